//go:build js

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"syscall/js"
	"time"

	"webtune/model"
	"webtune/wasm/jsutil"
	"webtune/web/protocol"
)

// currentRun is the OPFS folder of the run the Train page drives.
const currentRun = "current"

// checkpointEvery is how often a running epoch is checkpointed, besides at its end.
const checkpointEvery = 30 * time.Second

// runControl is how Control messages reach a running Train: they must not wait for
// the worker's compute lock, which the run holds.
type runControl struct {
	mu      sync.Mutex
	paused  bool
	stopped bool
	resume  chan struct{} // closed when a pause ends
}

func (c *runControl) set(action string) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch action {
	case protocol.ActionPause:
		if !c.paused {
			c.paused, c.resume = true, make(chan struct{})
		}
	case protocol.ActionResume:
		if c.paused {
			c.paused = false
			close(c.resume)
		}
	case protocol.ActionStop:
		c.stopped = true
		if c.paused {
			c.paused = false
			close(c.resume)
		}
	default:
		return "", fmt.Errorf("unknown action %q: want pause, resume or stop", action)
	}
	return c.stateLocked(), nil
}

func (c *runControl) stateLocked() string {
	switch {
	case c.stopped:
		return "stopping"
	case c.paused:
		return "paused"
	}
	return "running"
}

// wait blocks while paused and reports whether the run should stop.
func (c *runControl) wait() bool {
	c.mu.Lock()
	ch, paused := c.resume, c.paused
	c.mu.Unlock()
	if paused {
		<-ch
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.stopped
}

func (w *computeWorker) doControl(seq uint64, req protocol.Control) error {
	w.runMu.Lock()
	run := w.run
	w.runMu.Unlock()
	if run == nil {
		w.reply(protocol.KindAck, seq, protocol.Ack{State: "idle"})
		return nil
	}
	state, err := run.set(req.Action)
	if err != nil {
		return err
	}
	w.reply(protocol.KindAck, seq, protocol.Ack{State: state})
	return nil
}

// training is one run in progress: its trainer, where it keeps its checkpoints, and
// what the charts show.
type training struct {
	tr       *model.Trainer
	store    *opfsStore
	manifest string
	captured string // the index of a filmed dataset (then manifest is empty)
	settings protocol.TrainSettings
	history  protocol.History
	lastSave time.Time
}

func (t *training) extras() map[string]string {
	settings, _ := json.Marshal(t.settings)
	history, _ := json.Marshal(t.history)
	return map[string]string{"manifest": t.manifest, "captured": t.captured, "settings": string(settings), "history": string(history)}
}

func (t *training) save() error {
	if err := t.tr.Save(t.store, t.extras()); err != nil {
		return err
	}
	t.lastSave = time.Now()
	return nil
}

func (w *computeWorker) doTrain(seq uint64, req protocol.Train, payload js.Value) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.backend == nil {
		return errors.New("no backend yet: the page must send init before train")
	}
	ctl := &runControl{}
	w.runMu.Lock()
	w.run = ctl
	w.runMu.Unlock()
	defer func() {
		w.runMu.Lock()
		w.run = nil
		w.runMu.Unlock()
	}()
	event := func(e protocol.TrainEvent) { w.reply(protocol.KindTrainEvent, seq, e) }

	t, err := w.prepareRun(req, payload, event)
	if err != nil {
		return err
	}
	t.tr.Stop = ctl.wait
	err = w.runEpochs(t, event)
	if err != nil && lost(err) {
		// The GPU is gone: carry on with the SIMD kernels from the last checkpoint.
		t.tr.Net.Close()
		reason := fmt.Sprintf("the GPU device was lost while training (%v)", err)
		if ferr := w.fallBack(reason); ferr != nil {
			return ferr
		}
		event(protocol.TrainEvent{Phase: "note", Note: reason + "; continuing on the SIMD kernels from the last checkpoint"})
		if t, err = w.prepareRun(protocol.Train{Resume: true}, js.Undefined(), event); err != nil {
			return err
		}
		t.tr.Stop = ctl.wait
		err = w.runEpochs(t, event)
	}
	defer t.tr.Net.Close()
	stopped := errors.Is(err, model.ErrStopped)
	if err != nil && !stopped {
		return err
	}
	if stopped {
		if err := t.save(); err != nil {
			return fmt.Errorf("stopped, but the checkpoint failed: %w", err)
		}
	}
	sd, err := t.tr.Net.State()
	if err != nil {
		return err
	}
	w.trained = &loadedWeights{name: "your model (" + strings.Join(t.tr.Data.Classes, ", ") + ")", sd: sd,
		classes: t.tr.Data.Classes, size: t.tr.Opts.Size}
	w.reply(protocol.KindTrainDone, seq, protocol.TrainDone{Stopped: stopped, History: t.history, Classes: t.tr.Data.Classes})
	return nil
}

// prepareRun downloads the data, builds the net at the run's batch and size, and
// either starts from the chosen weights or resumes the kept checkpoint.
func (w *computeWorker) prepareRun(req protocol.Train, payload js.Value, event func(protocol.TrainEvent)) (*training, error) {
	store, err := openRunStore(currentRun)
	if err != nil {
		return nil, err
	}
	t := &training{store: store, manifest: req.Manifest, settings: req.Settings}
	var ck *model.Checkpoint
	if req.Resume {
		c, info, err := model.LoadCheckpoint(store, nil)
		if err != nil {
			return nil, fmt.Errorf("resuming: %w", err)
		}
		ck = c
		if info.Note != "" {
			event(protocol.TrainEvent{Phase: "note", Note: info.Note})
		}
		t.manifest, t.captured = c.Extra["manifest"], c.Extra["captured"]
		if err := json.Unmarshal([]byte(c.Extra["settings"]), &t.settings); err != nil {
			return nil, fmt.Errorf("resuming: the checkpoint's settings are unreadable: %w", err)
		}
		json.Unmarshal([]byte(c.Extra["history"]), &t.history)
	} else if err := store.clear(); err != nil {
		return nil, fmt.Errorf("clearing the previous run from browser storage: %w", err)
	}
	ds, err := t.dataset(req, payload, event)
	if err != nil {
		return nil, err
	}
	opts, err := trainOptions(t.settings)
	if err != nil {
		return nil, err
	}
	if ck != nil {
		opts.Seed = ck.Options.Seed
	}
	event(protocol.TrainEvent{Phase: "compile"})
	cfg := model.Config{Classes: len(ds.data.Classes), Batch: opts.Batch, Height: opts.Size, Width: opts.Size}
	net, err := model.NewNet(w.backend, cfg)
	if err != nil {
		return nil, err
	}
	start, err := w.startingState(req, ck, len(ds.data.Classes), opts.Seed)
	if err == nil {
		err = net.LoadState(start)
	}
	if err == nil {
		t.tr, err = model.NewTrainer(net, ds.data, opts)
	}
	if err == nil && ck != nil {
		err = t.tr.ResumeFrom(ck)
	}
	if err != nil {
		net.Close()
		return nil, err
	}
	t.tr.Open = ds.open
	t.tr.Warn = func(path string, err error) {
		event(protocol.TrainEvent{Phase: "note", Note: fmt.Sprintf("%s left out: %v", path, err)})
	}
	return t, nil
}

// trainOptions turns the page's settings into the model's, refusing bad values.
func trainOptions(s protocol.TrainSettings) (model.TrainOptions, error) {
	mode, err := model.ParseMode(s.Mode)
	if err != nil {
		return model.TrainOptions{}, err
	}
	if s.Epochs < 1 || s.Epochs > 1000 {
		return model.TrainOptions{}, fmt.Errorf("epochs %d: want 1 to 1000", s.Epochs)
	}
	o := model.TrainOptions{Mode: mode, Batch: s.Batch, Size: s.Size, LR: s.LR, WeightDecay: s.WeightDecay,
		Momentum: s.Momentum, CropMin: s.CropMin, Seed: rand.Uint64()}.WithDefaults()
	if err := o.Validate(); err != nil {
		return o, err
	}
	return o, nil
}

// startingState is the state dict a run starts from: the checkpoint's when
// resuming (loaded by ResumeFrom; any state of the right shape does here), fresh init
// from scratch, else the pretrained weights with a new head.
func (w *computeWorker) startingState(req protocol.Train, ck *model.Checkpoint, classes int, seed uint64) (*model.StateDict, error) {
	if ck != nil {
		return ck.State, nil
	}
	if req.Settings.Mode == string(model.Scratch) {
		return model.InitState(classes, seed), nil
	}
	if req.Weights == nil {
		return nil, fmt.Errorf("%s starts from pretrained weights, and this server has none: choose from scratch, or get the ImageNet weights with `webtune fetch`", req.Settings.Mode)
	}
	data, _, err := fetchWeights(*req.Weights, func(protocol.Progress) {})
	if err != nil {
		return nil, err
	}
	sd, _, _, _, err := parseWeights(req.Weights.Name, data)
	if err != nil {
		return nil, err
	}
	return model.WithNewHead(sd, classes, seed), nil
}

// runEpochs trains until the run's epochs are done, reporting every step and epoch,
// checkpointing every epoch and every checkpointEvery.
func (w *computeWorker) runEpochs(t *training, event func(protocol.TrainEvent)) error {
	tr, epochs := t.tr, t.settings.Epochs
	t.lastSave = time.Now()
	var epochStart time.Time
	var batches int
	tr.Progress = func(done, total, images int) { batches = total }
	tr.OnStep = func(step int, m model.Metrics) {
		t.history.Losses = append(t.history.Losses, m.Loss)
		p := tr.Partial()
		rate := float64(p.Images) / time.Since(epochStart).Seconds()
		left := float64(max(0, batches-p.Batches)+(epochs-tr.Epoch-1)*batches) * float64(tr.Opts.Batch)
		event(protocol.TrainEvent{Phase: "train", Epoch: tr.Epoch + 1, Epochs: epochs, Batch: p.Batches, Batches: batches,
			Step: step, Loss: m.Loss, ImgPerSec: rate, ETASec: left / max(rate, 1e-9)})
		if time.Since(t.lastSave) >= checkpointEvery {
			if err := t.save(); err != nil {
				event(protocol.TrainEvent{Phase: "note", Note: err.Error()})
			} else {
				event(protocol.TrainEvent{Phase: "checkpoint", Step: step, Epoch: tr.Epoch + 1})
			}
		}
	}
	event(protocol.TrainEvent{Phase: "train", Epoch: tr.Epoch + 1, Epochs: epochs, Step: tr.Step, History: &t.history})
	for tr.Epoch < epochs {
		epochStart = time.Now()
		st, err := tr.RunEpoch()
		if err != nil {
			return err
		}
		line := protocol.EpochLine{Epoch: st.Epoch, Loss: st.Loss, TrainAcc: st.TrainAcc, TestAcc: st.TestAcc, Seconds: st.Seconds, Text: st.String()}
		t.history.Epochs = append(t.history.Epochs, line)
		if err := t.save(); err != nil {
			return err
		}
		event(protocol.TrainEvent{Phase: "checkpoint", Epoch: st.Epoch, Epochs: epochs, Step: tr.Step, Line: &line})
	}
	return nil
}

func (w *computeWorker) doRunState(seq uint64) error {
	store, err := openRunStore(currentRun)
	if err != nil {
		return err
	}
	c, info, err := model.LoadCheckpoint(store, nil)
	if err != nil {
		w.reply(protocol.KindRunStateRep, seq, protocol.RunState{})
		return nil
	}
	rs := protocol.RunState{Exists: true, Manifest: c.Extra["manifest"], Epoch: c.Epoch, Step: c.Step, Classes: c.Classes, Note: info.Note}
	json.Unmarshal([]byte(c.Extra["settings"]), &rs.Settings)
	json.Unmarshal([]byte(c.Extra["history"]), &rs.History)
	w.reply(protocol.KindRunStateRep, seq, rs)
	return nil
}

// doExport sends the last trained model as a safetensors file (torchvision keys, the
// class names in its metadata), which PyTorch's strict load_state_dict takes.
func (w *computeWorker) doExport(seq uint64) error {
	w.mu.Lock()
	trained := w.trained
	w.mu.Unlock()
	if trained == nil {
		var err error
		if trained, err = keptModel(); err != nil {
			return err
		}
	}
	var buf bytes.Buffer
	meta := map[string]string{"classes": strings.Join(trained.classes, "\n"), "size": fmt.Sprint(trained.size)}
	if err := model.EncodeSafetensors(&buf, trained.sd, meta); err != nil {
		return err
	}
	ab := js.Global().Get("ArrayBuffer").New(buf.Len())
	js.CopyBytesToJS(js.Global().Get("Uint8Array").New(ab), buf.Bytes())
	_, err := w.conn.Send(protocol.KindExported, seq, protocol.Exported{Name: "webtune-model.safetensors", Bytes: int64(buf.Len())}, ab)
	return err
}

// defaults are the settings the Train page starts from: the built-in demo's for the
// built-in dataset (model.BuiltinDemo: it learns within minutes), else the recipe's,
// with a batch the SIMD kernels get through in a reasonable time.
func (w *computeWorker) defaults(req protocol.Defaults) protocol.TrainSettings {
	mode, err := model.ParseMode(req.Mode)
	if err != nil { // no choice yet: the demo starts from scratch, real data fine-tunes
		mode = model.Finetune
		if req.Builtin {
			mode = model.BuiltinDemo.Options.Mode
		}
	}
	epochs := 5
	o := model.TrainOptions{Mode: mode}.WithDefaults()
	note := "the recipe's settings (batch 128 at 224², 5 epochs)"
	if req.Builtin {
		o, epochs = model.BuiltinDemo.For(mode), model.BuiltinDemo.Epochs
		note = "the built-in demo's settings: small images and momentum, so that it learns in minutes"
	} else if w.info.Name == "simd" {
		o.Batch = 32
		note = "the recipe's settings, with batch 32 instead of 128 on the SIMD kernels (memory and time per step); " +
			"lower the image size for a quicker demo"
	}
	return protocol.TrainSettings{Mode: string(o.Mode), Epochs: epochs, Batch: o.Batch, Size: o.Size, LR: o.LR,
		Momentum: o.Momentum, WeightDecay: o.WeightDecay, CropMin: o.CropMin, Note: note}
}

// keptModel is the model of the run kept in browser storage (after a reload, the
// worker has no trained model in memory).
func keptModel() (*loadedWeights, error) {
	store, err := openRunStore(currentRun)
	if err != nil {
		return nil, err
	}
	c, _, err := model.LoadCheckpoint(store, nil)
	if err != nil {
		return nil, fmt.Errorf("no trained model yet (%v): train a run first", err)
	}
	return &loadedWeights{name: "your model (" + strings.Join(c.Classes, ", ") + ")", sd: c.State, classes: c.Classes,
		size: c.Options.Size}, nil
}

// doUseTrained builds the classification net on the trained model.
func (w *computeWorker) doUseTrained(seq uint64) error {
	start := time.Now()
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.backend == nil {
		return errors.New("no backend yet: the page must send init first")
	}
	trained := w.trained
	if trained == nil {
		var err error
		if trained, err = keptModel(); err != nil {
			return err
		}
	}
	w.weights = trained
	if err := w.buildEval(); err != nil {
		w.weights = nil
		return err
	}
	w.reply(protocol.KindLoaded, seq, protocol.Loaded{Name: trained.name, Classes: len(trained.classes),
		FromCache: true, Seconds: time.Since(start).Seconds(), CompileSec: time.Since(start).Seconds()})
	return nil
}

// dataset is the run's data: filmed frames (sent now, or kept with a resumed run), or
// a served dataset.
func (t *training) dataset(req protocol.Train, payload js.Value, event func(protocol.TrainEvent)) (*servedDataset, error) {
	switch {
	case req.Captured != nil:
		if !payload.Truthy() {
			return nil, errors.New("webcam frames were announced but none came with the request")
		}
		blob := jsutil.Bytes(payload)
		ds, err := capturedDataset(req.Captured, blob)
		if err != nil {
			return nil, err
		}
		if t.captured, err = keepCaptured(t.store, req.Captured, blob); err != nil {
			return nil, err
		}
		t.manifest = ""
		return ds, nil
	case t.captured != "":
		c, blob, err := restoreCaptured(t.store, t.captured)
		if err != nil {
			return nil, err
		}
		return capturedDataset(c, blob)
	}
	return fetchDataset(t.manifest,
		func(done, total int) {
			event(protocol.TrainEvent{Phase: "data", Done: int64(done), Total: int64(total)})
		},
		func(msg string) { event(protocol.TrainEvent{Phase: "note", Note: msg}) })
}
