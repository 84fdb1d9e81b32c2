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

	"webtune/kernels/webgpu"
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
	if req.Action == protocol.ActionLoseGPU {
		// Not under w.mu, which the run holds: the device goes while a step may be in
		// flight, as it does when a driver resets.
		gpu, ok := w.backend.(*webgpu.Backend)
		if !ok {
			return fmt.Errorf("the run computes on %s, not WebGPU: there is no GPU device to lose", w.info.Name)
		}
		gpu.Close()
		w.reply(protocol.KindAck, seq, protocol.Ack{State: "running"})
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
	data     *servedDataset
	store    *opfsStore
	manifest string
	captured string // the index of a filmed dataset (then manifest is empty)
	settings protocol.TrainSettings
	weights  *protocol.Load // the pretrained start (finetune, linear, compare's second leg)
	leg      string         // a compare run's leg in progress, else ""
	history  protocol.History
	lastSave time.Time
	saveSec  float64 // how long the last checkpoint took
}

func (t *training) extras() map[string]string {
	settings, _ := json.Marshal(t.settings)
	history, _ := json.Marshal(t.history)
	weights, _ := json.Marshal(t.weights)
	return map[string]string{"manifest": t.manifest, "captured": t.captured, "settings": string(settings),
		"history": string(history), "weights": string(weights), "leg": t.leg}
}

func (t *training) save() error {
	start := time.Now()
	if err := t.tr.Save(t.store, t.extras()); err != nil {
		return err
	}
	t.lastSave, t.saveSec = time.Now(), time.Since(start).Seconds()
	return nil
}

// saved is the event of a checkpoint just written.
func (t *training) saved(e protocol.TrainEvent) protocol.TrainEvent {
	e.Phase, e.Bytes, e.Seconds = "checkpoint", t.store.written, t.saveSec
	return e
}

// legSettings are the settings the leg in progress trains with: the run's own, or
// in compare mode the leg's mode (and lr, for the from-scratch leg).
func (t *training) legSettings() protocol.TrainSettings {
	s := t.settings
	switch t.leg {
	case protocol.LegScratch:
		s.Mode, s.LR = string(model.Scratch), s.ScratchLR
	case protocol.LegFinetune:
		s.Mode = string(model.Finetune)
	}
	return s
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
	err = w.runLegs(t, event)
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
		err = w.runLegs(t, event)
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

// runLegs trains the run to its end: one leg, or a compare run's from-scratch leg and
// then its fine-tune leg, which starts from the pretrained weights with the finished
// leg's history kept beside its own.
func (w *computeWorker) runLegs(t *training, event func(protocol.TrainEvent)) error {
	if err := w.runEpochs(t, event); err != nil || t.leg != protocol.LegScratch {
		return err
	}
	t.tr.Net.Close()
	finished := t.history
	t.history, t.leg = protocol.History{Scratch: &finished}, protocol.LegFinetune
	stop := t.tr.Stop
	if err := w.startLeg(t, nil, event); err != nil {
		return err
	}
	t.tr.Stop = stop
	if err := t.save(); err != nil { // a reload from here on starts the fine-tune leg
		return err
	}
	return w.runEpochs(t, event)
}

// prepareRun downloads the data, builds the net at the run's batch and size, and
// either starts from the chosen weights or resumes the kept checkpoint.
func (w *computeWorker) prepareRun(req protocol.Train, payload js.Value, event func(protocol.TrainEvent)) (*training, error) {
	store, err := openRunStore(currentRun)
	if err != nil {
		return nil, err
	}
	t := &training{store: store, manifest: req.Manifest, settings: req.Settings, weights: req.Weights}
	var ck *model.Checkpoint
	if req.Resume {
		if ck, err = t.restore(event); err != nil {
			return nil, fmt.Errorf("resuming: %w", err)
		}
	} else {
		if err := t.checkNew(); err != nil {
			return nil, err
		}
		if err := store.clear(); err != nil {
			return nil, fmt.Errorf("clearing the previous run from browser storage: %w", err)
		}
	}
	if t.data, err = t.dataset(req, payload, event); err != nil {
		return nil, err
	}
	if err := w.startLeg(t, ck, event); err != nil {
		return nil, err
	}
	return t, nil
}

// restore reads the kept run's checkpoint into t.
func (t *training) restore(event func(protocol.TrainEvent)) (*model.Checkpoint, error) {
	c, info, err := model.LoadCheckpoint(t.store, nil)
	if err != nil {
		return nil, err
	}
	if info.Note != "" {
		event(protocol.TrainEvent{Phase: "note", Note: info.Note})
	}
	t.manifest, t.captured, t.leg = c.Extra["manifest"], c.Extra["captured"], c.Extra["leg"]
	if err := json.Unmarshal([]byte(c.Extra["settings"]), &t.settings); err != nil {
		return nil, fmt.Errorf("the checkpoint's settings are unreadable: %w", err)
	}
	json.Unmarshal([]byte(c.Extra["history"]), &t.history)
	json.Unmarshal([]byte(c.Extra["weights"]), &t.weights)
	return c, nil
}

// checkNew refuses a new run's settings before anything is cleared or downloaded
// (both legs' of a compare run, and a pretrained start without pretrained weights),
// and sets the leg the run starts with.
func (t *training) checkNew() error {
	legs := []string{""}
	if t.settings.Mode == protocol.ModeCompare {
		legs = []string{protocol.LegScratch, protocol.LegFinetune}
	}
	for _, leg := range legs {
		t.leg = leg
		s := t.legSettings()
		if _, err := trainOptions(s); err != nil {
			return err
		}
		if s.Mode != string(model.Scratch) && t.weights == nil {
			return noWeights(s.Mode)
		}
	}
	t.leg = legs[0] // the run starts with the first
	return nil
}

// startLeg builds the net and trainer of the leg in progress, from the checkpoint ck
// (nil: from the leg's starting weights).
func (w *computeWorker) startLeg(t *training, ck *model.Checkpoint, event func(protocol.TrainEvent)) error {
	opts, err := trainOptions(t.legSettings())
	if err != nil {
		return err
	}
	if ck != nil {
		opts.Seed = ck.Options.Seed
	}
	event(protocol.TrainEvent{Phase: "compile", Leg: t.leg})
	classes := len(t.data.data.Classes)
	net, err := model.NewNet(w.backend, model.Config{Classes: classes, Batch: opts.Batch, Height: opts.Size, Width: opts.Size})
	if err != nil {
		return err
	}
	start, err := t.startingState(opts.Mode, ck, classes, opts.Seed)
	if err == nil {
		err = net.LoadState(start)
	}
	if err == nil {
		t.tr, err = model.NewTrainer(net, t.data.data, opts)
	}
	if err == nil && ck != nil {
		err = t.tr.ResumeFrom(ck)
	}
	if err != nil {
		net.Close()
		return err
	}
	t.tr.Open = t.data.open
	t.tr.Warn = func(path string, err error) {
		event(protocol.TrainEvent{Phase: "note", Note: fmt.Sprintf("%s left out: %v", path, err)})
	}
	return nil
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

func noWeights(mode string) error {
	return fmt.Errorf("%s starts from pretrained weights, and this server has none: choose from scratch, or get the ImageNet weights with `webtune fetch`", mode)
}

// startingState is the state dict a leg starts from: the checkpoint's when resuming
// (loaded by ResumeFrom; any state of the right shape does here), fresh init from
// scratch, an imported model of the dataset's class count as it is, else the
// pretrained weights with a new head.
func (t *training) startingState(mode model.Mode, ck *model.Checkpoint, classes int, seed uint64) (*model.StateDict, error) {
	if ck != nil {
		return ck.State, nil
	}
	if mode == model.Scratch {
		return model.InitState(classes, seed), nil
	}
	if t.weights == nil {
		return nil, noWeights(string(mode))
	}
	data, _, err := fetchWeights(*t.weights, func(protocol.Progress) {})
	if err != nil {
		return nil, err
	}
	sd, own, _, _, err := parseWeights(t.weights.Name, data)
	if err != nil {
		return nil, err
	}
	if own == classes && t.weights.URL == protocol.StagedURL {
		return sd, nil // a model of as many classes, imported: training continues it, head and all
	}
	return model.WithNewHead(sd, classes, seed), nil
}

// runEpochs trains until the run's epochs are done, reporting every step and epoch,
// checkpointing every epoch and every checkpointEvery.
func (w *computeWorker) runEpochs(t *training, report func(protocol.TrainEvent)) error {
	tr, epochs := t.tr, t.settings.Epochs
	event := func(e protocol.TrainEvent) {
		e.Leg = t.leg
		report(e)
	}
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
				event(t.saved(protocol.TrainEvent{Step: step, Epoch: tr.Epoch + 1}))
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
		event(t.saved(protocol.TrainEvent{Epoch: st.Epoch, Epochs: epochs, Step: tr.Step, Line: &line}))
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
	rs := protocol.RunState{Exists: true, Manifest: c.Extra["manifest"], Epoch: c.Epoch, Step: c.Step, Classes: c.Classes,
		Note: info.Note, Leg: c.Extra["leg"]}
	json.Unmarshal([]byte(c.Extra["settings"]), &rs.Settings)
	json.Unmarshal([]byte(c.Extra["history"]), &rs.History)
	rs.Finished = c.Epoch >= rs.Settings.Epochs && rs.Leg != protocol.LegScratch
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
	if req.Mode == protocol.ModeCompare {
		s := w.defaults(protocol.Defaults{Builtin: req.Builtin, Mode: string(model.Finetune)})
		s.Mode, s.ScratchLR = protocol.ModeCompare, w.defaults(protocol.Defaults{Builtin: req.Builtin, Mode: string(model.Scratch)}).LR
		s.Note += "; from scratch at its own lr, then fine-tuned, each for the epochs set"
		return s
	}
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
