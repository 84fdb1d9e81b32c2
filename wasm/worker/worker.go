//go:build js

package main

import (
	"errors"
	"fmt"
	"sync"
	"syscall/js"
	"time"

	"webtune/kernels"
	"webtune/kernels/webgpu"
	"webtune/model"
	"webtune/wasm/jsutil"
	"webtune/web/protocol"
)

// computeWorker is the worker's state. Messages arrive on goroutines of their own; mu
// makes them compute one at a time, in whatever order they came.
type computeWorker struct {
	conn *protocol.Conn

	mu      sync.Mutex
	init    protocol.Init
	backend kernels.Backend
	info    protocol.BackendInfo
	weights *loadedWeights
	eval    *model.Net     // batch-1 eval net on backend, over weights
	trained *loadedWeights // the last run's model, for export and Classify

	runMu sync.Mutex
	run   *runControl // the running Train, if any
}

// loadedWeights is the state dict the eval net was built from, kept so that a
// fallback to another backend can rebuild the net without a download.
type loadedWeights struct {
	name    string
	sd      *model.StateDict
	classes []string
	size    int // the input side it classifies at: the one it was trained at
}

func (w *computeWorker) handle(m protocol.Message) {
	var err error
	switch m.Kind {
	case protocol.KindInit:
		var req protocol.Init
		if err = m.Open(&req); err == nil {
			err = w.doInit(m.Seq, req)
		}
	case protocol.KindLoad:
		var req protocol.Load
		if err = m.Open(&req); err == nil {
			err = w.doLoad(m.Seq, req, m.Payload)
		}
	case protocol.KindClassify:
		var req protocol.Classify
		if err = m.Open(&req); err == nil {
			err = w.doClassify(m.Seq, req, m.Payload)
		}
	case protocol.KindLoseDevice:
		err = w.doLoseDevice(m.Seq)
	case protocol.KindDefaults:
		var req protocol.Defaults
		if err = m.Open(&req); err == nil {
			w.reply(protocol.KindDefaults, m.Seq, w.defaults(req))
		}
	case protocol.KindTrain:
		var req protocol.Train
		if err = m.Open(&req); err == nil {
			err = w.doTrain(m.Seq, req, m.Payload)
		}
	case protocol.KindControl:
		var req protocol.Control
		if err = m.Open(&req); err == nil {
			err = w.doControl(m.Seq, req)
		}
	case protocol.KindRunState:
		err = w.doRunState(m.Seq)
	case protocol.KindExport:
		err = w.doExport(m.Seq)
	case protocol.KindUseTrained:
		err = w.doUseTrained(m.Seq)
	case protocol.KindStage:
		var req protocol.Stage
		if err = m.Open(&req); err == nil {
			err = w.doStage(m.Seq, req, m.Payload)
		}
	case protocol.KindPing:
		w.reply(protocol.KindPong, m.Seq, protocol.Pong{})
	default:
		err = fmt.Errorf("the worker does not know requests of kind %q (is the page older than the worker? reload it)", m.Kind)
	}
	if err != nil {
		w.reply(protocol.KindError, m.Seq, protocol.Error{Message: err.Error()})
	}
}

func (w *computeWorker) reply(kind protocol.Kind, to uint64, body any) {
	if _, err := w.conn.Send(kind, to, body, js.Undefined()); err != nil {
		fmt.Println("worker: replying:", err)
	}
}

func (w *computeWorker) doInit(seq uint64, req protocol.Init) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	b, info, err := chooseBackend(req)
	if err != nil {
		return err
	}
	w.closeBackend()
	w.init, w.backend, w.info = req, b, info
	if w.weights != nil {
		if err := w.buildEval(); err != nil {
			return err
		}
	}
	w.reply(protocol.KindBackendInfo, seq, w.info)
	return nil
}

func (w *computeWorker) closeBackend() {
	if w.eval != nil {
		w.eval.Close()
		w.eval = nil
	}
	if c, ok := w.backend.(interface{ Close() error }); ok {
		c.Close()
	}
	w.backend = nil
}

// buildEval compiles the batch-1 eval net on the backend and uploads the weights; a
// WebGPU failure falls back to SIMD.
func (w *computeWorker) buildEval() error {
	if w.eval != nil {
		w.eval.Close()
		w.eval = nil
	}
	size := w.weights.size
	cfg := model.Config{Classes: len(w.weights.classes), Batch: 1, Height: size, Width: size}
	net, err := model.NewNet(w.backend, cfg)
	if err == nil {
		if err = net.LoadState(w.weights.sd); err != nil {
			net.Close()
		}
	}
	if err != nil && w.info.Name == "webgpu" {
		return w.fallBack(fmt.Sprintf("building the network on WebGPU failed (%v)", err))
	}
	if err != nil {
		return err
	}
	w.eval = net
	return nil
}

// fallBack switches to the SIMD kernels after WebGPU failed, rebuilds the net, and
// tells the page why.
func (w *computeWorker) fallBack(reason string) error {
	w.closeBackend()
	b, info, err := openSIMD(w.init.Threads, "fell back from WebGPU")
	if err != nil {
		return err
	}
	info.Fallback = reason + "; switched to the SIMD kernels"
	w.backend, w.info = b, info
	if w.weights != nil {
		if err := w.buildEval(); err != nil {
			return fmt.Errorf("%s, and then the SIMD kernels failed too: %w", reason, err)
		}
	}
	w.reply(protocol.KindBackendInfo, 0, w.info)
	return nil
}

func (w *computeWorker) doLoad(seq uint64, req protocol.Load, payload js.Value) error {
	start := time.Now()
	progress := func(p protocol.Progress) { w.reply(protocol.KindProgress, seq, p) }
	var data []byte
	var fromCache bool
	var err error
	if payload.Truthy() { // a file the user imported
		data = jsutil.Bytes(payload)
	} else if data, fromCache, err = fetchWeights(req, progress); err != nil {
		return err
	}
	fetched := time.Now()
	sd, classes, own, size, err := parseWeights(req.Name, data)
	if err != nil {
		return err
	}
	parsed := time.Now()
	names := req.Classes
	if len(names) != classes {
		names = own
	}
	if len(names) != classes {
		names = make([]string, classes)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.backend == nil {
		return errors.New("no backend yet: the page must send init before load")
	}
	progress(protocol.Progress{Phase: "compile"})
	w.weights = &loadedWeights{name: req.Name, sd: sd, classes: names, size: size}
	compileStart := time.Now()
	if err := w.buildEval(); err != nil {
		w.weights = nil
		return err
	}
	w.reply(protocol.KindLoaded, seq, protocol.Loaded{Name: req.Name, Classes: classes, FromCache: fromCache,
		Seconds: time.Since(start).Seconds(), FetchSec: fetched.Sub(start).Seconds(),
		ParseSec: parsed.Sub(fetched).Seconds(), CompileSec: time.Since(compileStart).Seconds()})
	return nil
}

func (w *computeWorker) doClassify(seq uint64, req protocol.Classify, payload js.Value) error {
	start := time.Now()
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.eval == nil {
		return errors.New("no model is loaded yet: wait for the weights, or pick a model")
	}
	pixels, err := requestPixels(req, payload, w.weights.size)
	if err != nil {
		return err
	}
	prep := time.Since(start)
	t0 := time.Now()
	logits, err := w.forward(pixels)
	if err != nil && lost(err) {
		if ferr := w.fallBack(fmt.Sprintf("the GPU device was lost (%v)", err)); ferr != nil {
			return ferr
		}
		t0 = time.Now()
		logits, err = w.forward(pixels)
	}
	if err != nil {
		return fmt.Errorf("classifying on %s: %w", w.info.Name, err)
	}
	top := req.Top
	if top <= 0 {
		top = 5
	}
	w.reply(protocol.KindPrediction, seq, protocol.Prediction{
		Top: topK(logits, w.weights.classes, top), ModelMs: ms(time.Since(t0)), PrepMs: ms(prep), Backend: w.info.Name,
	})
	return nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func requestPixels(req protocol.Classify, payload js.Value, inputSize int) ([]uint8, error) {
	switch req.Source {
	case protocol.SourceBitmap:
		if !payload.Truthy() {
			return nil, errors.New("a frame to classify was announced but no image came with it")
		}
		return framePixels(payload, inputSize)
	case protocol.SourceBytes:
		if !payload.Truthy() {
			return nil, errors.New("a file to classify was announced but no bytes came with it")
		}
		return model.EvalImageBytes(req.Name, jsutil.Bytes(payload), inputSize)
	case protocol.SourceURL:
		data, err := fetchBytes(req.URL)
		if err != nil {
			return nil, err
		}
		return model.EvalImageBytes(req.URL, data, inputSize)
	}
	return nil, fmt.Errorf("unknown image source %q", req.Source)
}

// forward runs the eval net on one image's pixels and returns its logits.
func (w *computeWorker) forward(pixels []uint8) ([]float32, error) {
	if err := w.eval.SetPixels(pixels, []int32{-1}); err != nil {
		return nil, err
	}
	if _, err := w.eval.Run(model.RoutineEval); err != nil {
		return nil, err
	}
	return w.eval.Logits()
}

// doLoseDevice destroys the GPU device the way a driver reset would, then runs the
// net once, which meets the loss and falls back exactly as a real loss does.
func (w *computeWorker) doLoseDevice(seq uint64) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	gpu, ok := w.backend.(*webgpu.Backend)
	if !ok {
		return fmt.Errorf("the worker computes on %s, not WebGPU: there is no GPU device to lose", w.info.Name)
	}
	gpu.Close()
	if w.eval != nil {
		_, err := w.forward(make([]uint8, w.weights.size*w.weights.size*3))
		if err == nil {
			return errors.New("the GPU device was destroyed but the net still ran on it")
		}
		if !lost(err) {
			return fmt.Errorf("after destroying the GPU device: %w", err)
		}
		if err := w.fallBack(fmt.Sprintf("the GPU device was lost (%v)", err)); err != nil {
			return err
		}
	} else if err := w.fallBack("the GPU device was lost"); err != nil {
		return err
	}
	w.reply(protocol.KindBackendInfo, seq, w.info)
	return nil
}
