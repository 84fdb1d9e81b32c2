//go:build js

package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"sync"
	"syscall/js"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"webtune/wasm/jsutil"
	"webtune/web/protocol"
)

// lastModelKey is where the page remembers the weights it loaded, so that a visit
// without the server (offline) still finds them in browser storage.
const lastModelKey = "webtune.classify.model"

// liveSession is the browser side of the page: the worker, the camera stream and the
// frame loop.
type liveSession struct {
	worker     *ComputeWorker
	modelReady chan struct{} // closed once a model is loaded
	readyOnce  sync.Once
	stream     js.Value // the camera's MediaStream, when on
	loopStop   chan struct{}
	unlisten   func()
}

// OnMount starts, side by side, the camera, the worker (then the backend: the
// ?backend= query, else auto) and the server's listing of weights, then loads the
// weights; frames are classified once they are in.
func (c *Classify) OnMount(ctx app.Context) {
	c.live = &liveSession{modelReady: make(chan struct{})}
	c.backend = protocol.BackendAuto
	if b := app.Window().URL().Query().Get("backend"); b != "" {
		c.backend = b
	}
	c.status = "starting the compute worker…"
	c.startCamera(ctx)
	choice := make(chan modelChoice, 1)
	go func() {
		req, err := c.chooseModel()
		choice <- modelChoice{req, err}
	}()
	ctx.Async(func() {
		w, err := Worker()
		if err != nil {
			ctx.Dispatch(func(app.Context) { c.err, c.status = err.Error(), "" })
			return
		}
		unlisten := w.Listen(func(m protocol.Message) { c.onWorkerEvent(ctx, m) })
		ctx.Dispatch(func(app.Context) { c.live.worker, c.live.unlisten = w, unlisten })
		if c.initBackend(ctx, w) && c.loadWeights(ctx, w, <-choice) {
			c.live.markReady()
		}
	})
}

// modelChoice is the weights the page will load, or why there are none.
type modelChoice struct {
	req protocol.Load
	err error
}

// OnDismount stops the camera and the frame loop; the worker stays for other pages.
func (c *Classify) OnDismount() {
	if c.live == nil {
		return
	}
	c.stopCamera()
	if c.live.unlisten != nil {
		c.live.unlisten()
	}
}

// onWorkerEvent shows what the worker says by itself: a fallback to SIMD.
func (c *Classify) onWorkerEvent(ctx app.Context, m protocol.Message) {
	if m.Kind != protocol.KindBackendInfo {
		return
	}
	var info protocol.BackendInfo
	if m.Open(&info) == nil {
		ctx.Dispatch(func(app.Context) {
			c.info = &info
			if info.Fallback != "" {
				c.fellBack = info.Fallback
			}
		})
	}
}

func (c *Classify) initBackend(ctx app.Context, w *ComputeWorker) bool {
	ctx.Dispatch(func(app.Context) { c.status = "choosing the compute backend…" })
	var info protocol.BackendInfo
	_, err := w.Call(protocol.KindInit, protocol.Init{Backend: c.backend}, js.Undefined(), nil, &info)
	ctx.Dispatch(func(app.Context) {
		if err != nil {
			c.err, c.status = err.Error(), ""
			return
		}
		c.info, c.status = &info, ""
	})
	return err == nil
}

// loadWeights asks the server what it has and has the worker load the model; without
// the server (offline) it loads the model it loaded last, from browser storage.
func (c *Classify) loadWeights(ctx app.Context, w *ComputeWorker, choice modelChoice) bool {
	req, err := choice.req, choice.err
	for {
		var mw *missingWeights
		if !errors.As(err, &mw) || mw.fetch == nil || mw.fetch.State != FetchDownloading {
			break
		}
		// The server is downloading them: show how far, and take them when they land.
		total := "an unknown size"
		if mw.fetch.Total > 0 {
			total = FormatBytes(mw.fetch.Total)
		}
		text := fmt.Sprintf("The server is downloading %s: %s of %s. This page takes the weights as soon as they are in.",
			mw.fetch.File, FormatBytes(mw.fetch.Done), total)
		ctx.Dispatch(func(app.Context) { c.noWeights, c.status = text, "" })
		time.Sleep(2 * time.Second)
		req, err = c.chooseModel()
	}
	if err != nil {
		ctx.Dispatch(func(app.Context) { c.noWeights, c.status = err.Error(), "" })
		return false
	}
	ctx.Dispatch(func(app.Context) { c.noWeights = "" })
	ctx.Dispatch(func(app.Context) { c.model, c.status, c.err = req.Name, "", "" })
	progress := func(m protocol.Message) {
		var p protocol.Progress
		if m.Open(&p) == nil {
			ctx.Dispatch(func(app.Context) { c.progress = &p })
		}
	}
	var loaded protocol.Loaded
	if req.URL == trainedModel {
		_, err = w.Call(protocol.KindUseTrained, protocol.UseTrained{}, js.Undefined(), nil, &loaded)
		req.Name = loaded.Name
	} else {
		_, err = w.Call(protocol.KindLoad, req, js.Undefined(), progress, &loaded)
	}
	ctx.Dispatch(func(app.Context) {
		if err != nil {
			c.err = err.Error() + " — reload the page to retry."
			return
		}
		c.loaded, c.classes, c.model = &loaded, loaded.Classes, req.Name
		if text, err := json.Marshal(req); err == nil && req.URL != trainedModel {
			app.Window().Get("localStorage").Call("setItem", lastModelKey, string(text))
		}
	})
	return err == nil
}

// trainedModel stands for the model trained on the Train page (?model=trained).
const trainedModel = "trained"

func (c *Classify) chooseModel() (protocol.Load, error) {
	if app.Window().URL().Query().Get("model") == trainedModel {
		return protocol.Load{URL: trainedModel, Name: "your model"}, nil
	}
	var wl WeightsList
	if err := getJSON(app.Window().URL(), WeightsPath, &wl); err != nil {
		if last := app.Window().Get("localStorage").Call("getItem", lastModelKey); last.Truthy() {
			var req protocol.Load
			if json.Unmarshal([]byte(last.String()), &req) == nil {
				return req, nil
			}
		}
		return protocol.Load{}, fmt.Errorf("the server cannot be reached (%v) and no model was kept from an earlier visit: reconnect and reload", err)
	}
	wf, ok := pickWeights(wl.Weights)
	if !ok {
		return protocol.Load{}, &missingWeights{text: noWeightsText(wl.Note), fetch: wl.Fetch}
	}
	return protocol.Load{URL: wf.URL, SHA256: wf.SHA256, Size: wf.Size, Name: wf.Name, Classes: wf.Classes}, nil
}

func (c *Classify) onBackend(ctx app.Context, e app.Event) {
	c.backend = ctx.JSSrc().Get("value").String()
	w := c.live.worker
	if w == nil {
		return
	}
	c.fellBack = ""
	ctx.Async(func() { c.initBackend(ctx, w) })
}

// startCamera asks for the camera (the chosen one, if any) and starts the frame loop.
func (c *Classify) startCamera(ctx app.Context) {
	c.cameraErr = ""
	ctx.Async(func() {
		stream, err := openCamera(c.cameraID)
		if err != nil {
			ctx.Dispatch(func(app.Context) { c.cameraErr = err.Error() + " You can still classify image files below." })
			return
		}
		cams := listCameras(js.Global().Get("navigator").Get("mediaDevices"))
		ctx.Dispatch(func(ctx app.Context) {
			c.stopCamera()
			c.cameras, c.cameraOn = cams, true
			c.live.stream = stream
			if tracks := stream.Call("getVideoTracks"); tracks.Length() > 0 {
				c.cameraID = tracks.Index(0).Call("getSettings").Get("deviceId").String()
			}
			v := js.Global().Get("document").Call("getElementById", "video")
			v.Set("srcObject", stream)
			stop := make(chan struct{})
			c.live.loopStop = stop
			ctx.Async(func() { c.frameLoop(ctx, v, stop) })
		})
	})
}

func listCameras(md js.Value) []camera {
	devs, err := jsutil.Await(md.Call("enumerateDevices"))
	if err != nil {
		return nil
	}
	var cams []camera
	for i := 0; i < devs.Length(); i++ {
		d := devs.Index(i)
		if d.Get("kind").String() != "videoinput" {
			continue
		}
		label := d.Get("label").String()
		if label == "" {
			label = fmt.Sprintf("camera %d", len(cams)+1)
		}
		cams = append(cams, camera{ID: d.Get("deviceId").String(), Label: label})
	}
	return cams
}

// cameraError says in words what went wrong with getUserMedia and what to do.
func cameraError(err error) string {
	var ne *jsutil.NamedError
	name := ""
	if errors.As(err, &ne) {
		name = ne.Name
	}
	switch name {
	case "NotAllowedError", "SecurityError":
		return "Camera permission was denied: allow the camera for this site (the icon in the address bar, or the site settings), then press Start camera."
	case "NotFoundError", "OverconstrainedError":
		return "No camera was found: connect one and press Start camera."
	case "NotReadableError", "AbortError":
		return "The camera could not be opened: another program may be using it. Close it and press Start camera."
	}
	return "The camera could not be started (" + err.Error() + ")."
}

func (c *Classify) stopCamera() {
	if c.live.loopStop != nil {
		close(c.live.loopStop)
		c.live.loopStop = nil
	}
	stopStream(c.live.stream)
	c.live.stream = js.Value{}
	c.cameraOn = false
}

// frameLoop classifies webcam frames one at a time: a frame is grabbed only after the
// previous prediction came back, so frames the worker has no time for are never taken
// (dropped, not queued).
func (c *Classify) frameLoop(ctx app.Context, video js.Value, stop <-chan struct{}) {
	select {
	case <-stop:
		return
	case <-c.live.modelReady:
	}
	for {
		select {
		case <-stop:
			return
		default:
		}
		if video.Get("readyState").Int() < 2 || video.Get("videoWidth").Int() == 0 {
			time.Sleep(50 * time.Millisecond)
			continue
		}
		bmp, err := jsutil.Await(js.Global().Call("createImageBitmap", video))
		if err != nil {
			time.Sleep(100 * time.Millisecond)
			continue
		}
		var p protocol.Prediction
		_, err = c.live.worker.Call(protocol.KindClassify, protocol.Classify{Source: protocol.SourceBitmap, Top: 5}, bmp, nil, &p)
		now := time.Now().UnixMilli()
		ctx.Dispatch(func(app.Context) {
			if err != nil {
				c.err = err.Error()
				return
			}
			c.showPrediction(p, "webcam", "")
			c.frames = append(c.frames, now)
			for len(c.frames) > 2 && now-c.frames[0] > 2000 {
				c.frames = c.frames[1:]
			}
		})
		if err != nil {
			time.Sleep(time.Second) // an error (no model yet, say) is shown; do not spin
		}
	}
}

func (c *Classify) showPrediction(p protocol.Prediction, source, preview string) {
	c.err = ""
	c.top, c.source = p.Top, source
	if source != "webcam" || c.source != source {
		c.preview = preview
	}
	if source != "webcam" {
		c.frames = nil
	}
	c.latency.add(p.ModelMs)
}

func (c *Classify) onCameraStart(ctx app.Context, e app.Event) { c.startCamera(ctx) }
func (c *Classify) onCameraStop(ctx app.Context, e app.Event)  { c.stopCamera() }

func (c *Classify) onCameraChoice(ctx app.Context, e app.Event) {
	c.cameraID = ctx.JSSrc().Get("value").String()
	c.startCamera(ctx)
}

func (c *Classify) onDrop(ctx app.Context, e app.Event) {
	e.PreventDefault()
	files := app.JSValue(e.Get("dataTransfer").Get("files"))
	if files.Length() > 0 {
		c.classifyFile(ctx, files.Index(0))
	}
}

func (c *Classify) onFile(ctx app.Context, e app.Event) {
	files := app.JSValue(ctx.JSSrc().Get("files"))
	if files.Length() > 0 {
		c.classifyFile(ctx, files.Index(0))
	}
}

// classifyFile sends a file's bytes to the worker, which decodes them exactly as the
// CLI does.
func (c *Classify) classifyFile(ctx app.Context, file js.Value) {
	name := file.Get("name").String()
	c.stopCamera() // the file's prediction should stay on screen
	preview := js.Global().Get("URL").Call("createObjectURL", file).String()
	ctx.Async(func() {
		buf, err := jsutil.Await(file.Call("arrayBuffer"))
		var p protocol.Prediction
		if err == nil {
			_, err = c.live.worker.Call(protocol.KindClassify, protocol.Classify{Source: protocol.SourceBytes, Name: name, Top: 5}, buf, nil, &p)
		}
		ctx.Dispatch(func(app.Context) {
			if err != nil {
				c.err = err.Error()
				return
			}
			c.showPrediction(p, name, preview)
		})
	})
}

func (c *Classify) onURL(ctx app.Context, e app.Event) {
	raw := app.Window().GetElementByID("image-url").Get("value").String()
	u, err := url.Parse(raw)
	if err != nil || raw == "" {
		c.err = fmt.Sprintf("%q is not a path: paste the path of a served image", raw)
		return
	}
	path := u.RequestURI()
	c.stopCamera()
	ctx.Async(func() {
		var p protocol.Prediction
		_, err := c.live.worker.Call(protocol.KindClassify, protocol.Classify{Source: protocol.SourceURL, URL: path, Top: 5}, js.Undefined(), nil, &p)
		ctx.Dispatch(func(app.Context) {
			if err != nil {
				c.err = err.Error()
				return
			}
			c.showPrediction(p, path, path)
		})
	})
}

// onLoseDevice destroys the GPU device, as a driver reset would, to show the fallback.
func (c *Classify) onLoseDevice(ctx app.Context, e app.Event) {
	w := c.live.worker
	if w == nil {
		return
	}
	ctx.Async(func() {
		var info protocol.BackendInfo
		_, err := w.Call(protocol.KindLoseDevice, protocol.LoseDevice{}, js.Undefined(), nil, &info)
		ctx.Dispatch(func(app.Context) {
			if err != nil {
				c.err = err.Error()
				return
			}
			c.info, c.fellBack = &info, info.Fallback
		})
	})
}

// missingWeights is a server without weights to classify with, and its download.
type missingWeights struct {
	text  string
	fetch *FetchStatus
}

func (e *missingWeights) Error() string {
	if e.fetch != nil && (e.fetch.State == FetchFailed || e.fetch.State == FetchOffline) && e.fetch.Message != "" {
		return e.text + " (The server's download: " + e.fetch.Message + ")"
	}
	return e.text
}

// onImport classifies with a weights file the user picks: the worker reads it from
// the bytes (a torchvision .pth, or a safetensors file such as the Train page exports)
// and uses its own class names when it has them.
func (c *Classify) onImport(ctx app.Context, e app.Event) {
	files := app.JSValue(ctx.JSSrc().Get("files"))
	w := c.live.worker
	if files.Length() == 0 || w == nil {
		return
	}
	file := files.Index(0)
	name := file.Get("name").String()
	c.model, c.loaded, c.err, c.noWeights = name, nil, "", ""
	ctx.Async(func() {
		buf, err := jsutil.Await(file.Call("arrayBuffer"))
		var loaded protocol.Loaded
		if err == nil {
			_, err = w.Call(protocol.KindLoad, protocol.Load{Name: name}, buf, nil, &loaded)
		}
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				c.err = err.Error()
				return
			}
			c.loaded, c.classes = &loaded, loaded.Classes
			c.live.markReady() // frames wait for a model: this is one
		})
	})
}

// markReady lets the frame loop start: a model is loaded.
func (l *liveSession) markReady() { l.readyOnce.Do(func() { close(l.modelReady) }) }
