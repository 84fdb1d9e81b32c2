// Package protocol is the message protocol between the UI (wasm/app) and the compute
// worker (wasm/worker): typed Go structs, defined once here, that travel as JSON inside
// a small envelope, plus at most one transferable JS object (an ImageBitmap or an
// ArrayBuffer) beside it.
//
// go-webworkers v0.1.0 delivers each message on its own goroutine (so in no particular
// order) and drops messages posted before the worker listens. Hence: the worker posts
// Ready once it listens and the UI sends nothing before it; every request carries a
// sequence number and every reply names the request it answers (ReplyTo); progress
// and unsolicited events are replies too, or carry ReplyTo 0.
//
// This package has no dependency on go-app or the model, so both programs link it.
package protocol

import (
	"encoding/json"
	"fmt"
)

// Kind names a message type. Each kind's body is the struct of the same name.
type Kind string

// Requests, UI → worker.
const (
	KindInit       Kind = "init"       // Init → BackendInfo
	KindLoad       Kind = "load"       // Load (+ the file, when imported) → Progress…, Loaded
	KindClassify   Kind = "classify"   // Classify (+ payload) → Prediction
	KindLoseDevice Kind = "losedevice" // LoseDevice → BackendInfo (after the fallback)
	KindDefaults   Kind = "defaults"   // Defaults → TrainSettings
	KindTrain      Kind = "train"      // Train → Progress… TrainEvent…, TrainDone
	KindControl    Kind = "control"    // Control (pause, resume, stop a run) → Ack
	KindRunState   Kind = "runstate"   // RunStateQuery → RunState
	KindExport     Kind = "export"     // Export → Exported (+ the file as payload)
	KindUseTrained Kind = "usetrained" // UseTrained → Loaded: Classify with the trained model
	KindPing       Kind = "ping"       // Ping → Pong, answered at once, even while a run trains
	KindStage      Kind = "stage"      // Stage (+ the file) → Staged: an imported file to train from
)

// Replies and events, worker → UI.
const (
	KindReady       Kind = "ready"       // Ready, unsolicited, once
	KindBackendInfo Kind = "backend"     // BackendInfo: a reply, or an event after a fallback
	KindProgress    Kind = "progress"    // Progress of a Load
	KindLoaded      Kind = "loaded"      // Loaded
	KindPrediction  Kind = "prediction"  // Prediction
	KindError       Kind = "error"       // Error: the request failed
	KindTrainEvent  Kind = "trainevent"  // TrainEvent of a Train
	KindTrainDone   Kind = "traindone"   // TrainDone
	KindAck         Kind = "ack"         // Ack
	KindRunStateRep Kind = "runstaterep" // RunState
	KindExported    Kind = "exported"    // Exported
	KindPong        Kind = "pong"        // Pong
	KindStaged      Kind = "staged"      // Staged
)

// Interim reports whether a reply of this kind is followed by more replies to the
// same request (progress, training events) rather than ending it.
func (k Kind) Interim() bool { return k == KindProgress || k == KindTrainEvent }

// Envelope is what crosses postMessage, apart from the payload.
type Envelope struct {
	Kind    Kind            `json:"kind"`
	Seq     uint64          `json:"seq"`               // the sender's number for this message
	ReplyTo uint64          `json:"replyTo,omitempty"` // the request this answers (0: none)
	Body    json.RawMessage `json:"body,omitempty"`
}

// Seal makes an envelope from a typed body.
func Seal(kind Kind, seq, replyTo uint64, body any) (Envelope, error) {
	b, err := json.Marshal(body)
	if err != nil {
		return Envelope{}, fmt.Errorf("protocol: encoding %s: %w", kind, err)
	}
	return Envelope{Kind: kind, Seq: seq, ReplyTo: replyTo, Body: b}, nil
}

// Open decodes the envelope's body into v, which must be the struct of its kind.
func (e Envelope) Open(v any) error {
	if len(e.Body) == 0 {
		return fmt.Errorf("protocol: %s message #%d has no body", e.Kind, e.Seq)
	}
	if err := json.Unmarshal(e.Body, v); err != nil {
		return fmt.Errorf("protocol: decoding %s message #%d: %w", e.Kind, e.Seq, err)
	}
	return nil
}

// Ready says the worker listens: the UI may send requests from now on.
type Ready struct {
	GoVersion string `json:"goVersion"`
}

// Backend choices for Init.
const (
	BackendAuto   = "auto"   // WebGPU on a hardware adapter, else SIMD
	BackendWebGPU = "webgpu" // WebGPU on any adapter, SwiftShader included
	BackendSIMD   = "simd"   // the WebAssembly SIMD kernels
)

// Init picks the compute backend.
type Init struct {
	Backend string `json:"backend"` // BackendAuto, BackendWebGPU or BackendSIMD
	Threads int    `json:"threads"` // SIMD threads; 0: the browser's core count, capped at 8
}

// BackendInfo says which backend computes, why, and what it runs on.
type BackendInfo struct {
	Name     string `json:"name"`              // "webgpu" or "simd"
	Why      string `json:"why"`               // why this one was chosen
	Adapter  string `json:"adapter,omitempty"` // WebGPU: vendor / architecture / device
	Threads  int    `json:"threads,omitempty"` // SIMD: kernel threads
	Relaxed  bool   `json:"relaxed,omitempty"` // SIMD: relaxed-SIMD (FMA) build
	Isolated bool   `json:"isolated"`          // the worker is cross-origin isolated
	// Fallback is set on an event the worker sends by itself: the previous backend
	// failed (device lost, compile error) and this one took over.
	Fallback string `json:"fallback,omitempty"`
}

// Load makes the worker fetch, check and keep a weights file and build the
// classification net on it; with a payload (an ArrayBuffer: a .safetensors or
// torchvision .pth file the user imported) it takes those bytes instead of fetching.
type Load struct {
	URL     string   `json:"url"`     // same-origin path, e.g. /weights/resnet18-imagenet.safetensors?v=…
	SHA256  string   `json:"sha256"`  // hex digest the bytes must have
	Size    int64    `json:"size"`    // bytes, for the progress figure
	Name    string   `json:"name"`    // shown to the user
	Classes []string `json:"classes"` // class names (the listing's), in fc row order
}

// Progress reports bytes of a Load so far.
type Progress struct {
	Phase string `json:"phase"` // "download", "verify", "compile"
	Done  int64  `json:"done"`
	Total int64  `json:"total"`
}

// Loaded says the net is ready to classify.
type Loaded struct {
	Name       string  `json:"name"`
	Classes    int     `json:"classes"`
	FromCache  bool    `json:"fromCache"`  // the bytes came from browser storage
	Seconds    float64 `json:"seconds"`    // total time of the Load
	FetchSec   float64 `json:"fetchSec"`   // of which getting and checking the bytes
	ParseSec   float64 `json:"parseSec"`   // reading the state dict
	CompileSec float64 `json:"compileSec"` // building the net and uploading the weights
}

// Classify sources.
const (
	SourceBitmap = "bitmap" // the payload is an ImageBitmap (a webcam frame)
	SourceBytes  = "bytes"  // the payload is an ArrayBuffer holding a JPEG or PNG file
	SourceURL    = "url"    // URL names a same-origin image (a served dataset image)
)

// Classify asks for the top classes of one image.
type Classify struct {
	Source string `json:"source"`
	URL    string `json:"url,omitempty"`  // SourceURL only
	Name   string `json:"name,omitempty"` // file name, for messages
	Top    int    `json:"top"`            // how many classes to return (default 5)
}

// Class is one entry of a prediction.
type Class struct {
	Index int     `json:"index"`
	Name  string  `json:"name"`
	Prob  float64 `json:"prob"`
}

// Prediction is the answer to Classify.
type Prediction struct {
	Top     []Class `json:"top"`
	ModelMs float64 `json:"modelMs"` // the net's forward pass (write, run, read back)
	PrepMs  float64 `json:"prepMs"`  // decoding and the eval transform
	Backend string  `json:"backend"`
}

// LoseDevice destroys the WebGPU device, as a driver reset would, so the fallback can
// be seen and tested; the worker then falls back to SIMD and rebuilds its net.
type LoseDevice struct{}

// Error is a failed request, in words a user can act on.
type Error struct {
	Message string `json:"message"`
}

// Defaults asks for the training settings the worker recommends for a dataset on its
// backend: the recipe's for real datasets, the built-in demo's for the built-in one.
type Defaults struct {
	Builtin bool   `json:"builtin"`
	Mode    string `json:"mode"`
}

// TrainSettings are a run's settings, as the user can edit them.
type TrainSettings struct {
	Mode        string  `json:"mode"` // finetune, scratch, linear, or compare (ModeCompare)
	Epochs      int     `json:"epochs"`
	Batch       int     `json:"batch"`
	Size        int     `json:"size"`
	LR          float64 `json:"lr"`
	Momentum    float64 `json:"momentum"`
	WeightDecay float64 `json:"weightDecay"`
	CropMin     float64 `json:"cropMin"` // RandomResizedCrop's smallest area
	// ScratchLR is the from-scratch leg's lr in compare mode (LR is the fine-tune leg's).
	ScratchLR float64 `json:"scratchLR,omitempty"`
	Note      string  `json:"note,omitempty"`
}

// ModeCompare is the recipe's comparison: the same network trained from scratch and
// then fine-tuned from the pretrained weights, on the same data and settings, both
// drawn on the same charts. The fine-tuned model is the one the run leaves.
const ModeCompare = "compare"

// The legs of a compare run, in the order they run.
const (
	LegScratch  = "scratch"
	LegFinetune = "finetune"
)

// Train starts a run on a served dataset, or resumes the run kept in browser storage.
type Train struct {
	Manifest string        `json:"manifest"` // /datasets/<name>/manifest.json
	Settings TrainSettings `json:"settings"`
	Weights  *Load         `json:"weights,omitempty"` // the pretrained start (finetune, linear)
	Resume   bool          `json:"resume"`            // continue the kept run instead
	// Captured, instead of Manifest, is a dataset filmed with the webcam; its images
	// travel as the payload.
	Captured *Captured `json:"captured,omitempty"`
}

// Captured describes webcam frames the user took: the classes and, per image in
// order, its class and size. The payload is one ArrayBuffer with the JPEG files one
// after the other.
type Captured struct {
	Classes []string        `json:"classes"`
	Images  []CapturedImage `json:"images"`
}

// CapturedImage is one frame of a Captured dataset.
type CapturedImage struct {
	Class int `json:"class"`
	Bytes int `json:"bytes"`
}

// Control actions on the running run.
const (
	ActionPause  = "pause"
	ActionResume = "resume"
	ActionStop   = "stop"
	// ActionLoseGPU destroys the WebGPU device under the run, as a driver reset would:
	// the run falls back to the SIMD kernels and continues from its last checkpoint.
	ActionLoseGPU = "losegpu"
)

// Control pauses, resumes or stops the run.
type Control struct {
	Action string `json:"action"`
}

// Ack confirms a Control.
type Ack struct {
	State string `json:"state"` // "running", "paused", "stopping", "idle"
}

// EpochLine is one line of the recipe's report.
type EpochLine struct {
	Epoch    int     `json:"epoch"`
	Loss     float64 `json:"loss"`
	TrainAcc float64 `json:"trainAcc"`
	TestAcc  float64 `json:"testAcc"`
	Seconds  float64 `json:"seconds"`
	Text     string  `json:"text"` // "epoch 3, loss 0.2103, train acc 0.915, test acc 0.936, time 41.2 sec"
}

// History is what the charts draw: every step's loss and every epoch's line. It is
// kept in the checkpoint, so a resumed run shows its whole past.
type History struct {
	Losses []float32   `json:"losses"` // per optimizer step, step 1 first
	Epochs []EpochLine `json:"epochs"`
	// Scratch is the finished from-scratch leg of a compare run, drawn beside this
	// one (the fine-tune leg's).
	Scratch *History `json:"scratch,omitempty"`
}

// TrainEvent reports a run as it goes.
type TrainEvent struct {
	Phase     string     `json:"phase"`         // "data", "compile", "train", "test", "checkpoint", "note"
	Leg       string     `json:"leg,omitempty"` // a compare run's leg in progress (LegScratch, LegFinetune)
	Epoch     int        `json:"epoch"`         // 1-based, the epoch in progress
	Epochs    int        `json:"epochs"`
	Batch     int        `json:"batch"` // batches done in this epoch
	Batches   int        `json:"batches"`
	Step      int        `json:"step"`
	Loss      float32    `json:"loss,omitempty"` // the step's loss
	ImgPerSec float64    `json:"imgPerSec,omitempty"`
	ETASec    float64    `json:"etaSec,omitempty"` // the run's remaining time
	Done      int64      `json:"done,omitempty"`   // data phase: images fetched
	Total     int64      `json:"total,omitempty"`
	Line      *EpochLine `json:"line,omitempty"`    // an epoch ended
	Bytes     int64      `json:"bytes,omitempty"`   // checkpoint phase: its size
	Seconds   float64    `json:"seconds,omitempty"` // checkpoint phase: how long it took to write
	History   *History   `json:"history,omitempty"`
	Note      string     `json:"note,omitempty"`
}

// TrainDone ends a Train.
type TrainDone struct {
	Stopped bool     `json:"stopped"` // stopped by the user (the run can be resumed)
	History History  `json:"history"`
	Classes []string `json:"classes"`
}

// RunStateQuery asks whether browser storage holds a run to resume.
type RunStateQuery struct{}

// RunState describes the kept run, if any.
type RunState struct {
	Exists   bool          `json:"exists"`
	Finished bool          `json:"finished"` // every epoch (of every leg) done
	Leg      string        `json:"leg,omitempty"`
	Manifest string        `json:"manifest,omitempty"`
	Settings TrainSettings `json:"settings"`
	Epoch    int           `json:"epoch"`
	Step     int           `json:"step"`
	History  History       `json:"history"`
	Classes  []string      `json:"classes,omitempty"`
	Note     string        `json:"note,omitempty"`
}

// Export asks for the trained model as a safetensors file.
type Export struct{}

// Exported names the file sent as the payload (an ArrayBuffer).
type Exported struct {
	Name  string `json:"name"`
	Bytes int64  `json:"bytes"`
}

// Manifest is the server's description of a dataset (GET
// /datasets/<name>/manifest.json): everything a client needs to download and check it.
type Manifest struct {
	Name    string                     `json:"name"`
	Classes []string                   `json:"classes"`
	Splits  map[string][]ManifestImage `json:"splits"` // "train", "test"
}

// ManifestImage is one image of a manifest.
type ManifestImage struct {
	URL    string `json:"url"`    // absolute path on the server
	Class  int    `json:"class"`  // index into Manifest.Classes
	Size   int64  `json:"size"`   // bytes
	SHA256 string `json:"sha256"` // hex, of the file's bytes
}

// UseTrained makes the last trained model (or the kept run's last checkpoint) the one
// Classify uses, with the run's class names.
type UseTrained struct{}

// Ping asks the worker whether it is alive: the page pings while it waits on a reply,
// and a worker that answers nothing for a while is taken for dead (killed by the
// browser, say) and replaced.
type Ping struct{}

// Pong answers a Ping.
type Pong struct{}

// Stage hands the worker a weights file the user imported (the payload) to start
// training from: a safetensors or torchvision .pth ResNet-18, say a model exported
// earlier. The worker checks it, keeps it in browser storage (a reload resumes the
// run from it) and answers with Staged.
type Stage struct {
	Name string `json:"name"`
}

// StagedURL is the URL of the staged file in a Load: browser storage, not the server.
const StagedURL = "staged:"

// Staged answers a Stage: the Load that names the kept file in Train.Weights.
type Staged struct {
	Weights Load `json:"weights"`
}
