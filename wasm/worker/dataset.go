//go:build js

package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"syscall/js"

	"webtune/model"
	"webtune/wasm/jsutil"
	"webtune/web/protocol"
)

// dataCache is the Cache Storage bucket that keeps dataset images between visits.
const dataCache = "webtune-data-v1"

// fetchParallel is how many images download at once.
const fetchParallel = 8

// servedDataset is a dataset the worker holds in memory: the split lists the trainer
// reads and the bytes of every image, by URL.
type servedDataset struct {
	data  *model.Dataset
	files map[string][]byte
}

// open is the trainer's Open: images come from memory, never from a path.
func (d *servedDataset) open(url string) ([]byte, error) {
	b, ok := d.files[url]
	if !ok {
		return nil, fmt.Errorf("%s is not part of the dataset", url)
	}
	return b, nil
}

// fetchDataset reads a manifest and downloads its images (from browser storage when
// kept there), each checked against its sha256. Images that fail are left out and
// reported through warn, as the native loader skips unreadable files.
func fetchDataset(manifestURL string, progress func(done, total int), warn func(string)) (*servedDataset, error) {
	if !strings.HasPrefix(manifestURL, "/datasets/") || !strings.HasSuffix(manifestURL, "/manifest.json") {
		return nil, fmt.Errorf("%q is not a dataset manifest of this server (/datasets/<name>/manifest.json)", manifestURL)
	}
	raw, err := fetchBytes(manifestURL)
	if err != nil {
		return nil, err
	}
	var m protocol.Manifest
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("reading %s: %w", manifestURL, err)
	}
	if len(m.Classes) < 2 {
		return nil, fmt.Errorf("dataset %s has %d classes; training needs at least 2", m.Name, len(m.Classes))
	}
	var all []protocol.ManifestImage
	for _, split := range []string{"train", "test"} {
		all = append(all, m.Splits[split]...)
	}
	cache, _ := openNamedCache(dataCache)
	files := make(map[string][]byte, len(all))
	var mu sync.Mutex
	jobs := make(chan protocol.ManifestImage)
	var wg sync.WaitGroup
	done := 0
	for range fetchParallel {
		wg.Go(func() {
			for im := range jobs {
				b, err := fetchImage(cache, im)
				mu.Lock()
				if err != nil {
					warn(err.Error())
				} else {
					files[im.URL] = b
				}
				done++
				n := done
				mu.Unlock()
				if n%25 == 0 || n == len(all) {
					progress(n, len(all))
				}
			}
		})
	}
	for _, im := range all {
		jobs <- im
	}
	close(jobs)
	wg.Wait()

	d := &model.Dataset{Root: m.Name, Classes: m.Classes}
	add := func(split string) []model.Sample {
		var out []model.Sample
		for _, im := range m.Splits[split] {
			if _, ok := files[im.URL]; ok && im.Class >= 0 && im.Class < len(m.Classes) {
				out = append(out, model.Sample{Path: im.URL, Label: im.Class})
			}
		}
		return out
	}
	d.Train, d.Test = add("train"), add("test")
	if len(d.Train) == 0 || len(d.Test) == 0 {
		return nil, fmt.Errorf("dataset %s: %d train and %d test images arrived intact; training needs both splits", m.Name, len(d.Train), len(d.Test))
	}
	return &servedDataset{data: d, files: files}, nil
}

// fetchImage returns one image's bytes, checked against the manifest's sha256.
func fetchImage(cache js.Value, im protocol.ManifestImage) ([]byte, error) {
	if cache.Truthy() {
		if buf, ok := cached(cache, im.URL); ok {
			if b := jsutil.Bytes(buf); sha(b) == im.SHA256 {
				return b, nil
			}
		}
	}
	b, err := fetchBytes(im.URL)
	if err != nil {
		return nil, err
	}
	if got := sha(b); got != im.SHA256 {
		return nil, fmt.Errorf("%s arrived with sha256 %s, the manifest lists %s: left out", im.URL, short(got), short(im.SHA256))
	}
	if cache.Truthy() {
		jsutil.Await(cache.Call("put", im.URL, js.Global().Get("Response").New(jsutil.Uint8Array(b))))
	}
	return b, nil
}

func sha(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}
