//go:build js

package web

import (
	"errors"
	"syscall/js"

	"webtune/wasm/jsutil"
)

// openCamera asks for a camera stream (the given device, else any) at about 640x480.
// The error is in words, with what to do (cameraError).
func openCamera(deviceID string) (js.Value, error) {
	md := js.Global().Get("navigator").Get("mediaDevices")
	if !md.Truthy() {
		return js.Value{}, errors.New("This browser gives no camera access here (a camera needs a secure context: https or localhost).")
	}
	video := map[string]any{"width": map[string]any{"ideal": 640}, "height": map[string]any{"ideal": 480}}
	if deviceID != "" {
		video["deviceId"] = map[string]any{"exact": deviceID}
	}
	stream, err := jsutil.Await(md.Call("getUserMedia", map[string]any{"video": video, "audio": false}))
	if err != nil {
		return js.Value{}, errors.New(cameraError(err))
	}
	return stream, nil
}

// stopStream ends every track of a camera stream.
func stopStream(stream js.Value) {
	if !stream.Truthy() {
		return
	}
	tracks := stream.Call("getTracks")
	for i := 0; i < tracks.Length(); i++ {
		tracks.Index(i).Call("stop")
	}
}
