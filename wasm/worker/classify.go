//go:build js

package main

import (
	"fmt"
	"strings"
	"syscall/js"

	"webtune/model"
	"webtune/wasm/jsutil"
	"webtune/web/protocol"
)

// framePixels turns a webcam frame into the eval transform's input at size: the
// browser scales the centre crop (the region EvalGeometry picks) straight to
// size x size on an OffscreenCanvas, in this worker, then the RGB bytes are copied
// out. It closes bmp.
func framePixels(bmp js.Value, inputSize int) ([]uint8, error) {
	defer bmp.Call("close")
	w, h := bmp.Get("width").Int(), bmp.Get("height").Int()
	if err := model.CheckImageSize(w, h, inputSize); err != nil {
		return nil, fmt.Errorf("webcam frame: %w", err)
	}
	rw, rh, crop := model.EvalGeometry(w, h, inputSize)
	fx, fy := float64(w)/float64(rw), float64(h)/float64(rh)
	canvas := js.Global().Get("OffscreenCanvas").New(inputSize, inputSize)
	ctx := canvas.Call("getContext", "2d", map[string]any{"willReadFrequently": true})
	ctx.Set("imageSmoothingQuality", "high")
	ctx.Call("drawImage", bmp, float64(crop.Min.X)*fx, float64(crop.Min.Y)*fy,
		float64(inputSize)*fx, float64(inputSize)*fy, 0, 0, inputSize, inputSize)
	rgba := jsutil.Bytes(ctx.Call("getImageData", 0, 0, inputSize, inputSize).Get("data"))
	rgb := make([]uint8, 0, inputSize*inputSize*3)
	for i := 0; i < len(rgba); i += 4 {
		rgb = append(rgb, rgba[i], rgba[i+1], rgba[i+2])
	}
	return rgb, nil
}

// fetchBytes reads a same-origin file (a served dataset image).
func fetchBytes(url string) ([]byte, error) {
	if !strings.HasPrefix(url, "/") || strings.HasPrefix(url, "//") {
		return nil, fmt.Errorf("%q is not a path on this server: paste the path of a served image, such as /datasets/…/x.jpg", url)
	}
	resp, err := jsutil.Await(js.Global().Call("fetch", url))
	if err != nil {
		return nil, fmt.Errorf("fetching %s failed (%v): check the connection and retry", url, err)
	}
	if !resp.Get("ok").Bool() {
		return nil, fmt.Errorf("fetching %s: the server answered %d %s", url, resp.Get("status").Int(), resp.Get("statusText").String())
	}
	buf, err := jsutil.Await(resp.Call("arrayBuffer"))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %v", url, err)
	}
	return jsutil.Bytes(buf), nil
}

// topK names the k most probable classes of logits.
func topK(logits []float32, names []string, k int) []protocol.Class {
	var out []protocol.Class
	for _, p := range model.TopK(logits, k) {
		name := fmt.Sprintf("class %d", p.Index)
		if p.Index < len(names) && names[p.Index] != "" {
			name = names[p.Index]
		}
		out = append(out, protocol.Class{Index: p.Index, Name: name, Prob: p.Prob})
	}
	return out
}
