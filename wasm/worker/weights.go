//go:build js

package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"syscall/js"

	"webtune/model"
	"webtune/wasm/jsutil"
	"webtune/web/protocol"
)

// weightsCache is the Cache Storage bucket that keeps downloaded weights between
// visits, keyed by their URL (which carries ?v=<sha256>).
const weightsCache = "webtune-weights-v1"

// fetchWeights returns the bytes of a weights file: from browser storage when a copy
// with the right digest is there, else downloaded with progress reports, checked
// against the digest, and stored for the next visit.
func fetchWeights(req protocol.Load, progress func(protocol.Progress)) (data []byte, fromCache bool, err error) {
	if req.URL == protocol.StagedURL {
		data, err := readStaged(req)
		return data, true, err
	}
	if !strings.HasPrefix(req.URL, "/") || strings.HasPrefix(req.URL, "//") {
		return nil, false, fmt.Errorf("weights URL %q is not a path on this server", req.URL)
	}
	cache, cacheErr := openCache()
	if cacheErr == nil {
		if buf, ok := cached(cache, req.URL); ok {
			if digest(buf) == strings.ToLower(req.SHA256) {
				return jsutil.Bytes(buf), true, nil
			}
			jsutil.Await(cache.Call("delete", req.URL)) // a stale or damaged copy: fetch again
		}
	}
	buf, err := download(req, progress)
	if err != nil {
		return nil, false, err
	}
	progress(protocol.Progress{Phase: "verify", Done: req.Size, Total: req.Size})
	if got := digest(buf); got != strings.ToLower(req.SHA256) {
		return nil, false, fmt.Errorf("%s arrived with sha256 %s, the server listed %s: the file changed while it was sent or was damaged on the way; retry",
			req.Name, short(got), short(req.SHA256))
	}
	if cacheErr == nil {
		resp := js.Global().Get("Response").New(buf)
		if _, err := jsutil.Await(cache.Call("put", req.URL, resp)); err != nil {
			// Not fatal: the model still runs, the next visit downloads again.
			fmt.Printf("worker: could not keep %s in browser storage: %v\n", req.Name, err)
		}
	}
	return jsutil.Bytes(buf), false, nil
}

func short(h string) string { return h[:min(12, len(h))] }

func openCache() (js.Value, error) { return openNamedCache(weightsCache) }

// openNamedCache opens a Cache Storage bucket (an undefined value and an error where
// there is no Cache Storage).
func openNamedCache(name string) (js.Value, error) {
	caches := js.Global().Get("caches")
	if !caches.Truthy() {
		return js.Undefined(), errors.New("no Cache Storage in this context")
	}
	return jsutil.Await(caches.Call("open", name))
}

// cached returns the stored copy's ArrayBuffer.
func cached(cache js.Value, url string) (js.Value, bool) {
	resp, err := jsutil.Await(cache.Call("match", url))
	if err != nil || !resp.Truthy() {
		return js.Value{}, false
	}
	buf, err := jsutil.Await(resp.Call("arrayBuffer"))
	return buf, err == nil
}

// download streams the file, reporting bytes as they arrive, into one ArrayBuffer.
func download(req protocol.Load, progress func(protocol.Progress)) (js.Value, error) {
	resp, err := jsutil.Await(js.Global().Call("fetch", req.URL))
	if err != nil {
		return js.Value{}, fmt.Errorf("downloading %s failed (%v): check the connection to the server and retry", req.Name, err)
	}
	if !resp.Get("ok").Bool() {
		return js.Value{}, fmt.Errorf("downloading %s: the server answered %d %s; retry, or pick other weights",
			req.Name, resp.Get("status").Int(), resp.Get("statusText").String())
	}
	total := req.Size
	reader := resp.Get("body").Call("getReader")
	chunks := js.Global().Get("Array").New()
	var done int64
	for {
		r, err := jsutil.Await(reader.Call("read"))
		if err != nil {
			return js.Value{}, fmt.Errorf("downloading %s broke off after %d of %d bytes (%v); retry", req.Name, done, total, err)
		}
		if r.Get("done").Bool() {
			break
		}
		chunk := r.Get("value")
		chunks.Call("push", chunk)
		done += int64(chunk.Get("length").Int())
		if total > 0 && done > total {
			reader.Call("cancel")
			return js.Value{}, fmt.Errorf("downloading %s: more than the %d bytes listed arrived; the file changed on the server, reload the page", req.Name, total)
		}
		progress(protocol.Progress{Phase: "download", Done: done, Total: total})
	}
	if total > 0 && done != total {
		return js.Value{}, fmt.Errorf("downloading %s: %d of %d bytes arrived; retry", req.Name, done, total)
	}
	return jsutil.Await(js.Global().Get("Blob").New(chunks).Call("arrayBuffer"))
}

// digest is the hex sha256 of an ArrayBuffer, computed by the browser.
func digest(buf js.Value) string {
	d, err := jsutil.Await(js.Global().Get("crypto").Get("subtle").Call("digest", "SHA-256", buf))
	if err != nil {
		return ""
	}
	return hex.EncodeToString(jsutil.Bytes(d))
}

// parseWeights reads a state dict (safetensors f32 or f16, or a torchvision .pth)
// into float32 and checks it is a ResNet-18; names are the file's own class names
// (its "classes" metadata), when it has them, and size the input side it was trained
// at (its "size" metadata, as webtune exports it; else the recipe's 224).
func parseWeights(name string, data []byte) (sd *model.StateDict, classes int, names []string, size int, err error) {
	sd, meta, err := model.DecodeWeights(name, data)
	if err != nil {
		return nil, 0, nil, 0, err
	}
	if sd, err = model.ConvertDType(sd, "f32"); err != nil {
		return nil, 0, nil, 0, fmt.Errorf("%s: %w", name, err)
	}
	if classes, err = model.CheckResNet18(sd); err != nil {
		return nil, 0, nil, 0, fmt.Errorf("%s: %w", name, err)
	}
	size = model.DefaultSize
	if n, err := strconv.Atoi(meta["size"]); err == nil && n >= model.MinSize && n <= model.MaxSize {
		size = n
	}
	if s := meta["classes"]; s != "" {
		if n := strings.Split(s, "\n"); len(n) == classes {
			names = n
		}
	}
	return sd, classes, names, size, nil
}
