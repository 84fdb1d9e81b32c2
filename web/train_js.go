//go:build js

package web

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"syscall/js"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"webtune/wasm/jsutil"
	"webtune/web/protocol"
)

// lastStepKey keeps the last step the page saw ("leg:step"; the leg of a compare
// run, else empty), so that a resume after a reload can
// say how many steps it had to redo.
const lastStepKey = "webtune.train.lastStep"

// trainSession is the browser side of the Train page.
type trainSession struct {
	worker   *ComputeWorker
	unlisten func()   // ends the worker's backend announcements to this page
	stream   js.Value // the camera, while filming classes
}

// OnMount loads the listings, starts the worker, and resumes a run that browser
// storage holds and that had not finished (a reload, a closed tab, a killed worker).
func (p *Train) OnMount(ctx app.Context) {
	p.live = &trainSession{}
	p.state, p.capturing = "loading", -1
	ctx.Async(func() {
		var dl DatasetList
		var wl WeightsList
		errD := getJSON(app.Window().URL(), DatasetsPath, &dl)
		getJSON(app.Window().URL(), WeightsPath, &wl) // none: fine-tuning says why it cannot start
		ctx.Dispatch(func(app.Context) {
			if errD != nil {
				p.err = errD.Error()
			}
			p.datasets, p.weights = &dl, &wl
			if len(dl.Datasets) > 0 {
				p.dataset = dl.Datasets[0].Name
			}
		})
		p.connect(ctx, "")
	})
}

// connect starts the compute worker (a new one after the last died: died says how),
// chooses its backend, and resumes the kept run if it had not finished. It blocks:
// call it from ctx.Async.
func (p *Train) connect(ctx app.Context, died string) {
	w, err := Worker()
	var info protocol.BackendInfo
	if err == nil {
		// A fallback (a lost GPU) announces the new backend on its own.
		p.live.unlisten = w.Listen(func(m protocol.Message) {
			var now protocol.BackendInfo
			if m.Kind == protocol.KindBackendInfo && m.Open(&now) == nil {
				ctx.Dispatch(func(app.Context) { p.info = &now })
			}
		})
		backend := app.Window().URL().Query().Get("backend")
		if backend == "" {
			backend = protocol.BackendAuto
		}
		_, err = w.Call(protocol.KindInit, protocol.Init{Backend: backend}, js.Undefined(), nil, &info)
	}
	var rs protocol.RunState
	if err == nil {
		_, err = w.Call(protocol.KindRunState, protocol.RunStateQuery{}, js.Undefined(), nil, &rs)
	}
	ctx.Dispatch(func(ctx app.Context) {
		p.live.worker = w
		if err != nil {
			p.state, p.err = "failed", err.Error() // no worker to start a run on: the error says what to do
			return
		}
		p.info, p.state = &info, "idle"
		if rs.Exists {
			p.showKept(ctx, rs, died)
			return
		}
		p.loadDefaults(ctx, "")
	})
}

// showKept shows the run browser storage holds and resumes it if it had not finished.
func (p *Train) showKept(ctx app.Context, rs protocol.RunState, died string) {
	p.settings, p.history, p.epochs, p.classes = rs.Settings, rs.History, rs.Settings.Epochs, rs.Classes
	for _, d := range p.datasets.Datasets {
		if d.ManifestURL == rs.Manifest {
			p.dataset = d.Name
		}
	}
	if rs.Finished {
		p.state = "done"
		return
	}
	redone := 0
	if last := app.Window().Get("localStorage").Call("getItem", lastStepKey); last.Truthy() {
		leg, step, _ := strings.Cut(last.String(), ":")
		if n, err := strconv.Atoi(step); err == nil && leg == rs.Leg && n > rs.Step {
			redone = n - rs.Step
		}
	}
	what := "Resumed the interrupted run"
	if died != "" {
		what = "After " + died + ", a new one resumed the run"
	}
	leg := ""
	if rs.Leg != "" {
		leg = "the " + legName(rs.Leg, " leg, ")
	}
	p.resumed = fmt.Sprintf("%s from its checkpoint at %sepoch %d, step %d: %d steps redone.",
		what, leg, rs.Epoch+1, rs.Step, redone)
	if rs.Note != "" {
		p.resumed += " " + rs.Note
	}
	p.run(ctx, protocol.Train{Resume: true}, js.Undefined())
}

// loadDefaults asks the worker for the chosen dataset's default settings.
func (p *Train) loadDefaults(ctx app.Context, mode string) {
	d, ok := p.chosen()
	w := p.live.worker
	if !ok || w == nil {
		return
	}
	asked := p.askDefaults()
	ctx.Async(func() {
		var s protocol.TrainSettings
		_, err := w.Call(protocol.KindDefaults, protocol.Defaults{Builtin: d.Builtin, Mode: mode}, js.Undefined(), nil, &s)
		ctx.Dispatch(func(app.Context) {
			if err == nil {
				p.takeDefaults(asked, s)
			} else if asked == p.defaultsAsked {
				p.err = err.Error()
			}
		})
	})
}

func (p *Train) onDataset(ctx app.Context, e app.Event) {
	p.dataset = ctx.JSSrc().Get("value").String()
	p.loadDefaults(ctx, p.settings.Mode)
}

func (p *Train) onMode(ctx app.Context, e app.Event) {
	p.loadDefaults(ctx, ctx.JSSrc().Get("value").String())
}

func (p *Train) onSetting(field string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		v, err := strconv.ParseFloat(ctx.JSSrc().Get("value").String(), 64)
		if err != nil {
			p.err = fmt.Sprintf("%s: %q is not a number", field, ctx.JSSrc().Get("value").String())
			return
		}
		p.edit(field, v)
		p.err = ""
	}
}

func (p *Train) onStart(ctx app.Context, e app.Event) {
	req := protocol.Train{Settings: p.settings}
	payload := js.Undefined()
	if p.source == "webcam" {
		req.Captured, payload = p.capturedRequest()
	} else if d, ok := p.chosen(); ok {
		req.Manifest = d.ManifestURL
	} else {
		return
	}
	if wf, ok := pickWeights(p.weights.Weights); ok && p.settings.Mode != protocolScratch {
		req.Weights = &protocol.Load{URL: wf.URL, SHA256: wf.SHA256, Size: wf.Size, Name: wf.Name, Classes: wf.Classes}
	}
	if p.imported != nil && p.settings.Mode != protocolScratch {
		req.Weights = p.imported
	}
	p.history, p.resumed, p.notes, p.exported, p.saved = protocol.History{}, "", nil, "", protocol.TrainEvent{}
	p.run(ctx, req, payload)
}

// run sends a Train and follows it to its end.
func (p *Train) run(ctx app.Context, req protocol.Train, payload js.Value) {
	w := p.live.worker
	p.state, p.err, p.last, p.data = "preparing", "", protocol.TrainEvent{}, protocol.TrainEvent{}
	if !req.Resume {
		p.epochs = req.Settings.Epochs
	}
	storage := app.Window().Get("localStorage")
	batch := &eventBatch{}
	ctx.Async(func() {
		onEvent := func(m protocol.Message) {
			var ev protocol.TrainEvent
			if m.Kind != protocol.KindTrainEvent || m.Open(&ev) != nil {
				return
			}
			batch.add(ctx, ev, p.apply)
			if ev.Phase == "train" && ev.Step > 0 {
				storage.Call("setItem", lastStepKey, ev.Leg+":"+strconv.Itoa(ev.Step))
			}
		}
		var done protocol.TrainDone
		_, err := w.Call(protocol.KindTrain, req, payload, onEvent, &done)
		ctx.Dispatch(func(ctx app.Context) {
			if errors.Is(err, ErrWorkerDied) {
				// Like a reload: a new worker resumes from the last checkpoint.
				p.state = "preparing"
				ctx.Async(func() { p.connect(ctx, err.Error()) })
				return
			}
			if err != nil {
				p.state, p.err = "stopped", err.Error()
				return
			}
			p.history, p.classes = done.History, done.Classes
			p.state = "done"
			if done.Stopped {
				p.state = "stopped"
			}
		})
	})
}

// apply shows one event of the run.
func (p *Train) apply(ev protocol.TrainEvent) {
	if p.state == "done" || p.state == "stopped" {
		return // a batch that arrived after the run's end: TrainDone had it all
	}
	switch ev.Phase {
	case "data":
		p.data = ev
	case "note":
		p.notes = append(p.notes, ev.Note)
	case "train":
		if p.state == "preparing" {
			p.state = "running"
		}
		if ev.History != nil {
			p.history = *ev.History
		}
		if ev.Step > len(p.history.Losses) {
			p.history.Losses = append(p.history.Losses, ev.Loss)
		}
		if ev.Epochs > 0 {
			p.epochs = ev.Epochs
		}
		if ev.Batches > 0 {
			p.last = ev
		}
	case "checkpoint":
		p.saved = ev
		if ev.Line != nil {
			p.history.Epochs = append(p.history.Epochs, *ev.Line)
		}
	}
}

func (p *Train) onControl(action string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		w := p.live.worker
		ctx.Async(func() {
			var ack protocol.Ack
			_, err := w.Call(protocol.KindControl, protocol.Control{Action: action}, js.Undefined(), nil, &ack)
			ctx.Dispatch(func(app.Context) {
				if err != nil {
					p.err = err.Error()
					return
				}
				if p.state == "running" || p.state == "paused" || p.state == "stopping" {
					p.state = ack.State
				}
			})
		})
	}
}

// onExport asks the worker for the model and offers it as a download.
func (p *Train) onExport(ctx app.Context, e app.Event) {
	w := p.live.worker
	ctx.Async(func() {
		m, err := w.Call(protocol.KindExport, protocol.Export{}, js.Undefined(), nil, nil)
		ctx.Dispatch(func(app.Context) {
			if err != nil {
				p.err = err.Error()
				return
			}
			blob := js.Global().Get("Blob").New([]any{m.Payload}, map[string]any{"type": "application/octet-stream"})
			p.exported = js.Global().Get("URL").Call("createObjectURL", blob).String()
		})
	})
}

func (p *Train) onCopyLog(ctx app.Context, e app.Event) {
	text := app.Window().GetElementByID("epoch-log").Get("innerText").String()
	if cb := app.Window().Get("navigator").Get("clipboard"); cb.Truthy() {
		cb.Call("writeText", text)
	}
}

// onImport hands an imported model file to the worker, which checks it and keeps it
// as the start of the next run.
func (p *Train) onImport(ctx app.Context, e app.Event) {
	files := app.JSValue(ctx.JSSrc().Get("files"))
	w := p.live.worker
	if files.Length() == 0 || w == nil {
		return
	}
	file := files.Index(0)
	name := file.Get("name").String()
	p.importing, p.err = true, ""
	ctx.Async(func() {
		buf, err := jsutil.Await(file.Call("arrayBuffer"))
		var staged protocol.Staged
		if err == nil {
			_, err = w.Call(protocol.KindStage, protocol.Stage{Name: name}, buf, nil, &staged)
		}
		ctx.Dispatch(func(app.Context) {
			p.importing = false
			if err != nil {
				p.err = fmt.Sprintf("%s cannot be trained from: %v", name, err)
				return
			}
			p.imported = &staged.Weights
		})
	})
}

// redrawEvery bounds how often training events redraw the page: a step can take a few
// milliseconds at small sizes, and a redraw per step would keep the main thread busy.
const redrawEvery = 250 * time.Millisecond

// eventBatch gathers training events and applies them in one redraw.
type eventBatch struct {
	mu        sync.Mutex
	pending   []protocol.TrainEvent
	scheduled bool
}

func (b *eventBatch) add(ctx app.Context, ev protocol.TrainEvent, apply func(protocol.TrainEvent)) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.pending = append(b.pending, ev)
	if b.scheduled {
		return
	}
	b.scheduled = true
	go func() {
		time.Sleep(redrawEvery)
		b.mu.Lock()
		evs := b.pending
		b.pending, b.scheduled = nil, false
		b.mu.Unlock()
		ctx.Dispatch(func(app.Context) {
			for _, ev := range evs {
				apply(ev)
			}
		})
	}()
}

// captureEvery is the pause between two frames captured while the button is held.
const captureEvery = 150 * time.Millisecond

// captureSize is the side of a captured frame: the centre square of the camera
// image, scaled down (the training transforms crop and scale it further).
const captureSize = 256

func (p *Train) onSource(ctx app.Context, e app.Event) {
	p.source = ctx.JSSrc().Get("value").String()
	if p.source == "webcam" {
		if len(p.capture) == 0 {
			p.capture = []captureClass{{Name: "class 1"}, {Name: "class 2"}}
		}
		p.onCaptureCamera(ctx, e)
		p.loadDefaults(ctx, "linear")
		return
	}
	p.stopCaptureCamera()
	p.loadDefaults(ctx, "")
}

func (p *Train) onCaptureCamera(ctx app.Context, e app.Event) {
	p.camErr = ""
	ctx.Async(func() {
		stream, err := openCamera("")
		ctx.Dispatch(func(app.Context) {
			if err != nil {
				p.camErr = err.Error()
				return
			}
			p.stopCaptureCamera()
			p.live.stream, p.camOn = stream, true
			app.Window().GetElementByID("capture-video").Set("srcObject", stream)
		})
	})
}

func (p *Train) stopCaptureCamera() {
	if p.live != nil {
		stopStream(p.live.stream)
		p.live.stream = js.Value{}
	}
	p.camOn = false
}

// OnDismount stops the camera; a run goes on in the worker.
func (p *Train) OnDismount() {
	p.stopCaptureCamera()
	if p.live.unlisten != nil {
		p.live.unlisten()
	}
}

func (p *Train) onClassName(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if i < len(p.capture) {
			p.capture[i].Name = ctx.JSSrc().Get("value").String()
		}
	}
}

func (p *Train) onAddClass(ctx app.Context, e app.Event) {
	p.capture = append(p.capture, captureClass{Name: fmt.Sprintf("class %d", len(p.capture)+1)})
}

func (p *Train) onRemoveFrame(class, frame int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if class < len(p.capture) && frame < len(p.capture[class].Frames) {
			f := p.capture[class].Frames
			js.Global().Get("URL").Call("revokeObjectURL", f[frame].Thumb)
			p.capture[class].Frames = append(f[:frame:frame], f[frame+1:]...)
		}
	}
}

// onCaptureStart captures frames into class i for as long as the button is held.
func (p *Train) onCaptureStart(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if !p.camOn || p.capturing >= 0 && p.capturing != i {
			return
		}
		p.capturing = i
		video := app.JSValue(app.Window().GetElementByID("capture-video"))
		ctx.Async(func() {
			for {
				var still bool
				done := make(chan struct{})
				ctx.Dispatch(func(app.Context) { still = p.capturing == i; close(done) })
				<-done
				if !still {
					return
				}
				f, err := grabFrame(video)
				ctx.Dispatch(func(app.Context) {
					if err != nil {
						p.camErr = err.Error()
						return
					}
					p.camErr = ""
					if i < len(p.capture) {
						p.capture[i].Frames = append(p.capture[i].Frames, f)
					}
				})
				time.Sleep(captureEvery)
			}
		})
	}
}

func (p *Train) onCaptureStop(ctx app.Context, e app.Event) { p.capturing = -1 }

// grabFrame takes the centre square of the camera image as a JPEG.
func grabFrame(video js.Value) (capturedFrame, error) {
	w, h := video.Get("videoWidth").Int(), video.Get("videoHeight").Int()
	if w == 0 || h == 0 {
		return capturedFrame{}, fmt.Errorf("the camera gives no picture yet: wait a moment and capture again")
	}
	side := min(w, h)
	canvas := js.Global().Get("OffscreenCanvas").New(captureSize, captureSize)
	c2d := canvas.Call("getContext", "2d")
	c2d.Call("drawImage", video, (w-side)/2, (h-side)/2, side, side, 0, 0, captureSize, captureSize)
	blob, err := jsutil.Await(canvas.Call("convertToBlob", map[string]any{"type": "image/jpeg", "quality": 0.92}))
	if err != nil {
		return capturedFrame{}, fmt.Errorf("encoding a webcam frame: %w", err)
	}
	buf, err := jsutil.Await(blob.Call("arrayBuffer"))
	if err != nil {
		return capturedFrame{}, err
	}
	return capturedFrame{JPEG: jsutil.Bytes(buf), Thumb: js.Global().Get("URL").Call("createObjectURL", blob).String()}, nil
}

// capturedRequest packs the filmed classes for the worker: their names and frame
// sizes, and one ArrayBuffer with every JPEG.
func (p *Train) capturedRequest() (*protocol.Captured, js.Value) {
	c := &protocol.Captured{}
	var all []byte
	for i, class := range p.capture {
		c.Classes = append(c.Classes, class.Name)
		for _, f := range class.Frames {
			c.Images = append(c.Images, protocol.CapturedImage{Class: i, Bytes: len(f.JPEG)})
			all = append(all, f.JPEG...)
		}
	}
	buf := js.Global().Get("ArrayBuffer").New(len(all))
	js.CopyBytesToJS(js.Global().Get("Uint8Array").New(buf), all)
	return c, buf
}
