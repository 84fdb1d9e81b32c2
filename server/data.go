package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"webtune/model"
	"webtune/web"
)

// The data directory's layout.
const (
	weightsDir   = "weights"  // <data>/weights/<name>.safetensors (+ <name>.classes.txt)
	datasetsDir  = "datasets" // <data>/datasets/<name>/{train,test}/<class>/<image>
	builtinMark  = ".builtin" // present in a dataset drawn by webtune itself
	samplesShown = 8          // thumbnails per class in the dataset listing
)

// dataIndex is an immutable snapshot of what the data directory serves. A new one
// replaces it whenever the directory changes.
type dataIndex struct {
	root        *os.Root
	weightsList jsonDoc
	weights     map[string]fileEntry // URL path -> file
	datasetList jsonDoc
	manifests   map[string]jsonDoc   // URL path of manifest.json -> body
	images      map[string]fileEntry // URL path -> file
	hasWeights  bool
	stale       func(rel string) // tells the indexer a file's hash no longer holds
}

// jsonDoc is a JSON body with its gzip form and ETag, made once per index.
type jsonDoc struct {
	body, gz []byte
	etag     string
}

func newJSONDoc(v any) jsonDoc {
	body, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("encoding a listing: %v", err)) // only plain structs are encoded
	}
	sum := sha256.Sum256(body)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(body)
	zw.Close()
	return jsonDoc{body: body, gz: gz.Bytes(), etag: hex.EncodeToString(sum[:16])}
}

func (d jsonDoc) serve(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Cache-Control", cacheRevalidate)
	h.Add("Vary", "Accept-Encoding")
	body, etag := d.body, d.etag
	if chooseEncoding(r.Header.Get("Accept-Encoding"), map[string][]byte{"gzip": d.gz}) == "gzip" {
		body, etag = d.gz, d.etag+".gzip"
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("ETag", `"`+etag+`"`)
	serveContent(w, r, "", time.Time{}, bytes.NewReader(body), int64(len(body)))
}

func (x *dataIndex) serveWeightsList(w http.ResponseWriter, r *http.Request) {
	x.weightsList.serve(w, r)
}

func (x *dataIndex) serveDatasetList(w http.ResponseWriter, r *http.Request) {
	x.datasetList.serve(w, r)
}

func (x *dataIndex) serveWeights(w http.ResponseWriter, r *http.Request, log *slog.Logger) {
	e, ok := x.weights[r.URL.Path]
	if !ok {
		http.NotFound(w, r)
		return
	}
	cache := cacheRevalidate
	if r.URL.Query().Get("v") == e.sha256 {
		cache = cacheImmutable
	}
	serveEntry(w, r, x.root, e, "application/octet-stream", cache, log, x.stale)
}

func (x *dataIndex) serveDatasetFile(w http.ResponseWriter, r *http.Request, log *slog.Logger) {
	if d, ok := x.manifests[r.URL.Path]; ok {
		d.serve(w, r)
		return
	}
	e, ok := x.images[r.URL.Path]
	if !ok {
		http.NotFound(w, r)
		return
	}
	serveEntry(w, r, x.root, e, "", cacheShort, log, x.stale)
}

// indexer builds dataIndexes for one data directory, remembering each file's hash and
// verdict by (size, time) so that re-indexing reads only what changed.
type indexer struct {
	dir    string
	root   *os.Root
	log    *slog.Logger
	seen   map[string]checked
	logged map[string]string // last warning per key, so each is logged once
	stale  sync.Map          // rel -> true: found changed while served; hash again
}

// markStale makes the next build hash rel again even if its size and time did not
// change (a file rewritten in place with its time kept). Safe from any goroutine.
func (ix *indexer) markStale(rel string) { ix.stale.Store(rel, true) }

// hasStale reports whether a file waits to be hashed again (the watcher then
// rebuilds even though the tree's signature did not change).
func (ix *indexer) hasStale() bool {
	found := false
	ix.stale.Range(func(_, _ any) bool { found = true; return false })
	return found
}

// checked is the remembered verdict on one file.
type checked struct {
	size   int64
	mod    time.Time
	sha256 string
	reason string // why it is not served; "" when it is
}

func newIndexer(dir string, log *slog.Logger) (*indexer, error) {
	if err := os.MkdirAll(filepath.Join(dir, datasetsDir), 0o755); err != nil {
		return nil, fmt.Errorf("creating the data directory: %w", err)
	}
	if err := os.MkdirAll(filepath.Join(dir, weightsDir), 0o755); err != nil {
		return nil, fmt.Errorf("creating the data directory: %w", err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("opening the data directory: %w", err)
	}
	return &indexer{dir: dir, root: root, log: log, seen: map[string]checked{}, logged: map[string]string{}}, nil
}

// build indexes the whole data directory.
func (ix *indexer) build() *dataIndex {
	x := &dataIndex{root: ix.root, weights: map[string]fileEntry{}, manifests: map[string]jsonDoc{}, images: map[string]fileEntry{}, stale: ix.markStale}
	x.weightsList = newJSONDoc(ix.indexWeights(x))
	x.datasetList = newJSONDoc(ix.indexDatasets(x))
	return x
}

// noWeightsNote is what the page and the log say when no pretrained weights are served.
func noWeightsNote(dir string) string {
	return fmt.Sprintf("No pretrained weights in %s. Run `webtune fetch` on the server to download the torchvision ResNet-18 ImageNet weights, "+
		"or place resnet18-f37072fd.pth in %s by hand and run `webtune convert %s %s`.",
		filepath.Join(dir, weightsDir), dir, filepath.Join(dir, "resnet18-f37072fd.pth"), filepath.Join(dir, weightsDir, "resnet18-imagenet.safetensors"))
}

func (ix *indexer) indexWeights(x *dataIndex) web.WeightsList {
	list := web.WeightsList{Weights: []web.WeightsFile{}}
	entries, err := fs.ReadDir(ix.root.FS(), weightsDir)
	if err != nil {
		ix.log.Warn("cannot list weights", "dir", filepath.Join(ix.dir, weightsDir), "err", err)
	}
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), ".safetensors")
		if !ok || strings.HasPrefix(name, ".") {
			continue
		}
		rel := path.Join(weightsDir, e.Name())
		info, err := readSafetensorsHeader(ix.root, rel)
		if err != nil {
			ix.reject(rel, checked{reason: "not a ResNet-18 safetensors file: " + err.Error()})
			continue
		}
		fe, c := ix.check(rel, checkSafetensors)
		if c.reason != "" {
			continue
		}
		urlPath := path.Join(web.WeightsPath, e.Name())
		x.weights[urlPath] = fe
		list.Weights = append(list.Weights, web.WeightsFile{
			Name: name, URL: (&url.URL{Path: urlPath, RawQuery: "v=" + fe.sha256}).String(),
			Size: fe.size, SHA256: fe.sha256, DType: info.dtype, NumClasses: info.numClasses,
			Classes: ix.readClassNames(path.Join(weightsDir, name+".classes.txt"), info.numClasses),
			Params:  info.params, Meta: info.meta,
		})
	}
	x.hasWeights = len(list.Weights) > 0
	if !x.hasWeights {
		list.Note = noWeightsNote(ix.dir)
	}
	return list
}

// maxClassNamesBytes bounds a weights file's class names file.
const maxClassNamesBytes = 4 << 20

// readClassNames reads one class name per line; a file whose count does not match the
// weights is ignored with a warning.
func (ix *indexer) readClassNames(rel string, want int) []string {
	f, err := openRegular(ix.root, rel)
	if err != nil {
		return nil
	}
	defer f.Close()
	var names []string
	// ImageNet's names take 21 KB; a huge file must not be read into memory whole.
	sc := bufio.NewScanner(io.LimitReader(f, maxClassNamesBytes))
	for sc.Scan() && len(names) <= want {
		if s := strings.TrimSpace(sc.Text()); s != "" {
			names = append(names, s)
		}
	}
	if len(names) != want || sc.Err() != nil {
		ix.log.Warn("class names file does not match its weights", "file", rel, "names", len(names), "classes", want)
		return nil
	}
	return names
}

// check returns the entry for the file at rel, running verify (and hashing) only when
// the file is new or changed. Files not served are logged once per change.
func (ix *indexer) check(rel string, verify func(data []byte) error) (fileEntry, checked) {
	st, err := ix.root.Stat(rel) // follows symlinks, but only inside the root
	if err != nil {
		c := checked{reason: "unreadable or a symlink out of the data directory: " + err.Error()}
		ix.reject(rel, c)
		return fileEntry{}, c
	}
	if _, ok := ix.stale.LoadAndDelete(rel); ok {
		delete(ix.seen, rel)
	}
	if c, ok := ix.seen[rel]; ok && c.size == st.Size() && c.mod.Equal(st.ModTime()) {
		return fileEntry{rel: rel, size: c.size, mod: c.mod, sha256: c.sha256}, c
	}
	c := checked{size: st.Size(), mod: st.ModTime()}
	switch {
	case !st.Mode().IsRegular():
		c.reason = "not a regular file"
	case st.Size() == 0:
		c.reason = "empty"
	case st.Size() > maxServedFile:
		c.reason = fmt.Sprintf("larger than %d bytes", int64(maxServedFile))
	default:
		c.sha256, c.reason = ix.hashAndVerify(rel, c.size, verify)
	}
	ix.seen[rel] = c
	ix.reject(rel, c)
	return fileEntry{rel: rel, size: c.size, mod: c.mod, sha256: c.sha256}, c
}

// maxServedFile bounds any served file (weights are 45 MB in f32).
const maxServedFile = 1 << 30

// verifyInMemoryLimit: files up to this size are read whole and checked by verify;
// larger ones (weights) are hashed streaming and checked by their header.
const verifyInMemoryLimit = 64 << 20

// hashAndVerify hashes the file rel of the given size and runs verify on its bytes. It
// returns the hex SHA-256, or why the file is not served.
func (ix *indexer) hashAndVerify(rel string, size int64, verify func(data []byte) error) (string, string) {
	if size > verifyInMemoryLimit {
		if err := verify(nil); err != nil {
			return "", err.Error()
		}
		sum, err := hashRootFile(ix.root, rel)
		if err != nil {
			return "", err.Error()
		}
		return sum, ""
	}
	data, err := readRootFile(ix.root, rel, verifyInMemoryLimit)
	if err != nil {
		return "", err.Error()
	}
	if int64(len(data)) != size {
		return "", "changed while being indexed (still being written?)"
	}
	if err := verify(data); err != nil {
		return "", err.Error()
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:]), ""
}

func (ix *indexer) reject(rel string, c checked) {
	if c.reason == "" {
		return
	}
	if prev, ok := ix.seen[rel+"\x00logged"]; ok && prev.reason == c.reason && prev.mod.Equal(c.mod) {
		return
	}
	ix.seen[rel+"\x00logged"] = c
	ix.log.Warn("file left out", "file", filepath.Join(ix.dir, filepath.FromSlash(rel)), "reason", c.reason)
}

// checkSafetensors accepts any data: the header was checked (from the file, since
// weights are large) before.
func checkSafetensors([]byte) error { return nil }

func (ix *indexer) indexDatasets(x *dataIndex) web.DatasetList {
	list := web.DatasetList{Datasets: []web.DatasetSummary{}}
	entries, err := fs.ReadDir(ix.root.FS(), datasetsDir)
	if err != nil {
		ix.log.Warn("cannot list datasets", "dir", filepath.Join(ix.dir, datasetsDir), "err", err)
	}
	for _, e := range entries {
		if !e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if sum, ok := ix.indexDataset(x, e.Name()); ok {
			list.Datasets = append(list.Datasets, sum)
		}
	}
	return list
}

// indexDataset builds the manifest of one ImageFolder dataset. model.OpenImageFolder
// decides the layout and what counts as an image (the trainer reads datasets the same
// way); on top of it every image is read whole, decoded and hashed here, so a truncated
// file is left out and the manifest's hashes are those of the bytes served.
func (ix *indexer) indexDataset(x *dataIndex, name string) (web.DatasetSummary, bool) {
	base := datasetsDir + "/" + name
	urlBase := web.DatasetsPath + "/" + name // the decoded form: index keys
	manifestKey := urlBase + "/manifest.json"
	if reason := unsafePath(manifestKey, imageURL(web.DatasetsPath, name, "manifest.json")); reason != "" {
		ix.log.Warn("dataset left out: its name cannot be served safely", "dataset", name, "reason", reason)
		return web.DatasetSummary{}, false
	}
	if _, err := ix.root.Stat(base); err != nil {
		ix.logOnce("dataset:"+name, "dataset left out: a link out of the data directory, or unreadable", "dataset", name, "err", err)
		return web.DatasetSummary{}, false
	}
	ds, err := model.OpenImageFolder(filepath.Join(ix.dir, filepath.FromSlash(base)))
	if err != nil {
		ix.logOnce("dataset:"+name, "dataset left out", "dataset", name, "err", err)
		return web.DatasetSummary{}, false
	}
	m := web.Manifest{Name: name, Classes: ds.Classes, Splits: map[string][]web.ManifestImage{}}
	sum := web.DatasetSummary{Name: name, ManifestURL: imageURL(web.DatasetsPath, name, "manifest.json"), Classes: ds.Classes,
		Counts: map[string][]int{}, Samples: map[string][]string{}}
	if _, err := ix.root.Stat(base + "/" + builtinMark); err == nil {
		sum.Builtin = true
	}
	listed := map[string]bool{}
	for _, sk := range ds.Skipped {
		listed[sk.Path] = true
		ix.reject(ix.relPath(sk.Path), checked{reason: sk.Reason})
		sum.Skipped++
	}
	for split, samples := range map[string][]model.Sample{"train": ds.Train, "test": ds.Test} {
		counts := make([]int, len(ds.Classes))
		m.Splits[split] = []web.ManifestImage{}
		for _, smp := range samples {
			listed[smp.Path] = true
			rel := ix.relPath(smp.Path)               // datasets/<name>/<split>/<class>/...
			inDS := strings.TrimPrefix(rel, base+"/") // <split>/<class>/...
			key := urlBase + "/" + inDS               // not path.Join: it would clean ".." away
			u := imageURL(web.DatasetsPath, append([]string{name}, strings.Split(inDS, "/")...)...)
			if reason := unsafePath(key, u); reason != "" {
				ix.reject(rel, checked{reason: "name cannot be served safely: " + reason})
				sum.Skipped++
				continue
			}
			fe, c := ix.check(rel, checkImage)
			if c.reason != "" {
				sum.Skipped++
				continue
			}
			x.images[key] = fe
			m.Splits[split] = append(m.Splits[split], web.ManifestImage{URL: u, Class: smp.Label, Size: fe.size, SHA256: fe.sha256})
			counts[smp.Label]++
			sum.Images++
			sum.Bytes += fe.size
			if split == "train" {
				addSample(sum.Samples, ds.Classes, smp.Label, u)
			}
		}
		sum.Counts[split] = counts
	}
	sum.Skipped += ix.reportOthers(filepath.Join(ix.dir, filepath.FromSlash(base)), listed)
	x.manifests[manifestKey] = newJSONDoc(m)
	return sum, true
}

// addSample keeps the thumbnails the listing shows, as the recipe shows its data: the
// first samplesShown train images of the first class and the last of every other
// (hotdog's first 8, not-hotdog's last 8). Images come in folder order.
func addSample(samples map[string][]string, classes []string, label int, url string) {
	kept := samples[classes[label]]
	switch {
	case len(kept) < samplesShown:
		kept = append(kept, url)
	case label > 0:
		kept = append(kept[1:], url)
	}
	samples[classes[label]] = kept
}

// reportOthers names, in the log, the files of a dataset that are neither images nor
// already reported (notes, archives, ...), and counts them.
func (ix *indexer) reportOthers(dir string, listed map[string]bool) int {
	n := 0
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || strings.HasPrefix(d.Name(), ".") {
			if err == nil && d.IsDir() && p != dir {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || listed[p] || p == dir {
			return nil
		}
		n++
		ix.reject(ix.relPath(p), checked{reason: "not an image file (.jpg, .jpeg or .png)"})
		return nil
	})
	return n
}

// relPath turns a path under the data directory into the slash path the root uses.
func (ix *indexer) relPath(p string) string {
	rel, err := filepath.Rel(ix.dir, p)
	if err != nil {
		return p
	}
	return filepath.ToSlash(rel)
}

// logOnce logs a warning the first time it is seen for key, and again when it changes.
func (ix *indexer) logOnce(key, msg string, args ...any) {
	text := fmt.Sprint(msg, args)
	if ix.logged[key] == text {
		return
	}
	ix.logged[key] = text
	ix.log.Warn(msg, args...)
}

// imageURL escapes each segment, so odd file names still give a valid URL whose
// decoded path is the index key.
func imageURL(base string, segs ...string) string {
	var b strings.Builder
	b.WriteString(base)
	for _, s := range segs {
		b.WriteByte('/')
		b.WriteString(url.PathEscape(s))
	}
	return b.String()
}
