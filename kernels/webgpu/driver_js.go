//go:build js

package webgpu

import (
	_ "embed"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"syscall/js"

	"webtune/kernels"
	"webtune/wasm/jsutil"
)

//go:embed helper.js
var helperJS string

// ErrDeviceLost is wrapped by every error after the GPU device was lost (driver reset,
// tab in the background too long, out of memory): the app should fall back to another
// backend or rebuild from its last checkpoint.
var ErrDeviceLost = errors.New("webgpu: device lost")

// Info describes the adapter and device a Backend got.
type Info struct {
	Vendor       string         `json:"vendor"`
	Architecture string         `json:"architecture"`
	Device       string         `json:"device"`
	Description  string         `json:"description"`
	Features     []string       `json:"features"`
	Limits       map[string]int `json:"limits"`
}

// Backend compiles plans for one WebGPU device.
type Backend struct {
	dev  js.Value // the helper's Device
	Info Info
	opts Options
}

// Options adjust the device New asks for; the zero value takes everything the adapter
// offers.
type Options struct {
	// DisableSubgroups lowers every reduction to its shared-memory form even where the
	// device has the subgroups feature (to test that path, or to avoid a driver bug).
	DisableSubgroups bool
	// MaxBufferSize and MaxStorageBufferBindingSize, when not 0, request lower limits
	// than the adapter's, in bytes (tests use them to force micro-batching).
	MaxBufferSize, MaxStorageBufferBindingSize int
	// GEMMSharedBytes, when not 0, caps the workgroup memory a GEMM tile may take
	// below the device's limit (16384 gives the tiles every device can run, the former
	// choice), for an A/B comparison of tile shapes.
	GEMMSharedBytes int
	// SplitKWorkgroups, when not 0, cuts long GEMM reductions by the former rule (a
	// grid of about that many workgroups; it was 512) instead of sizing the split from
	// the problem.
	SplitKWorkgroups int
	// ScalarElementwise keeps elementwise passes at one float per thread (the former
	// kernels) instead of vec4s, for an A/B comparison.
	ScalarElementwise bool
	// ScalarSharedA reads GEMM A tiles from workgroup memory one float at a time (the
	// former kernel) instead of vec4s, for an A/B comparison.
	ScalarSharedA bool
	// SeparateReLUMask keeps each ReLU backward as its own pass (the former lowering)
	// instead of folding it into the batch-norm backward after it, for an A/B
	// comparison.
	SeparateReLUMask bool
	// SeparateBNStats keeps each training batch norm's statistics pass (the former
	// lowering) instead of having the convolution's GEMM write the statistics in its
	// epilogue, for an A/B comparison.
	SeparateBNStats bool
	// PerElementIndex has the convolutions' GEMMs work out each im2col address whole
	// for each element, instead of the pixel's (forward) or tap's (backward filter)
	// part once per fetch slot held in registers, for an A/B comparison.
	PerElementIndex bool
	// PaddedTiles keeps 64-wide GEMM tiles where narrower ones would pad less (the
	// stem's backward filter: 147 columns as 3 x 64 instead of 3 x 52), the former
	// choice, for an A/B comparison.
	PaddedTiles bool
}

var (
	installOnce sync.Once
	helper      js.Value
	installErr  error
)

// New requests the adapter and a new device and returns the backend; the JS helper is
// installed once per page. At most one Options may be given. After ErrDeviceLost, a new
// backend from New is how to get the GPU back. New blocks until the device is ready, so
// it must not be called from inside a JS callback.
func New(options ...Options) (*Backend, error) {
	var opts Options
	switch len(options) {
	case 0:
	case 1:
		opts = options[0]
	default:
		return nil, fmt.Errorf("webgpu: New takes at most one Options, got %d", len(options))
	}
	installOnce.Do(func() {
		defer func() {
			if r := recover(); r != nil {
				installErr = fmt.Errorf("webgpu: installing the JS helper: %v", r)
			}
		}()
		helper = js.Global().Get("Function").New(helperJS).Invoke()
	})
	if installErr != nil {
		return nil, installErr
	}
	caps, err := json.Marshal(map[string]int{"maxBufferSize": opts.MaxBufferSize,
		"maxStorageBufferBindingSize": opts.MaxStorageBufferBindingSize})
	if err != nil {
		return nil, err
	}
	dev, err := jsutil.Await(helper.Call("init", string(caps)))
	if err != nil {
		return nil, fmt.Errorf("webgpu: %w", err)
	}
	b := &Backend{dev: dev, opts: opts}
	if err := json.Unmarshal([]byte(dev.Get("info").String()), &b.Info); err != nil {
		return nil, fmt.Errorf("webgpu: adapter description: %w", err)
	}
	return b, nil
}

// Close destroys the device: every program compiled on it fails from then on with
// ErrDeviceLost.
func (b *Backend) Close() error {
	b.dev.Call("destroy")
	return nil
}

// Name is "webgpu".
func (b *Backend) Name() string { return "webgpu" }

// WithoutSubgroups returns a backend on the same device (and the same pipeline cache)
// that lowers every reduction to its shared-memory form, as Options.DisableSubgroups
// does. Closing either closes the device of both.
func (b *Backend) WithoutSubgroups() *Backend {
	c := *b
	c.opts.DisableSubgroups = true
	return &c
}

// UsesSubgroups reports whether Compile picks the subgroup forms of the reductions: the
// device has the feature and Options did not turn it off.
func (b *Backend) UsesSubgroups() bool { return b.HasSubgroups() && !b.opts.DisableSubgroups }

// HasTimestamps reports whether the device has the timestamp-query feature, with which
// ProfileRoutine times each kernel on the GPU.
func (b *Backend) HasTimestamps() bool { return b.hasFeature("timestamp-query") }

// HasSubgroups reports whether the device has the WGSL subgroups feature.
func (b *Backend) HasSubgroups() bool { return b.hasFeature("subgroups") }

func (b *Backend) hasFeature(name string) bool {
	for _, f := range b.Info.Features {
		if f == name {
			return true
		}
	}
	return false
}

// Compile lowers every op of p into dispatches, then builds all device buffers,
// pipelines and bind groups at once; no WebGPU object is created per Run.
func (b *Backend) Compile(p *kernels.Plan) (kernels.Program, error) {
	l, routines, err := lowerPlan(p, b.tuning())
	if err != nil {
		return nil, err
	}
	if err := b.checkLimits(p, l, routines); err != nil {
		return nil, err
	}
	desc, err := json.Marshal(encodePlan(l, routines))
	if err != nil {
		return nil, err
	}
	prog, err := jsutil.Await(b.dev.Call("compile", string(desc)))
	if err != nil {
		return nil, b.wrap(fmt.Errorf("webgpu: compiling the plan: %w", err))
	}
	pr := &program{b: b, plan: p, l: l, js: prog, routine: map[string]int{}, dispatches: routines}
	for i, r := range p.Routines {
		pr.routine[r.Name] = i
	}
	return pr, nil
}

// tuning is how Compile lowers plans on this device with these Options.
func (b *Backend) tuning() tuning {
	shared := b.Info.Limits["maxComputeWorkgroupStorageSize"]
	if c := b.opts.GEMMSharedBytes; c > 0 && c < shared {
		shared = c
	}
	return tuning{Subgroups: b.UsesSubgroups(), SharedBytes: shared, SplitKWorkgroups: b.opts.SplitKWorkgroups,
		ScalarElementwise: b.opts.ScalarElementwise, ScalarSharedA: b.opts.ScalarSharedA,
		SeparateReLUMask: b.opts.SeparateReLUMask, SeparateBNStats: b.opts.SeparateBNStats,
		PerElementIndex: b.opts.PerElementIndex, PaddedTiles: b.opts.PaddedTiles}
}

// checkLimits refuses a plan whose buffers or bindings the device cannot hold with a
// *kernels.TooLargeError (sizes and names in it), instead of a WebGPU validation error.
func (b *Backend) checkLimits(p *kernels.Plan, l *layout, routines [][]dispatch) error {
	maxBuf, maxBind := b.Info.Limits["maxBufferSize"], b.Info.Limits["maxStorageBufferBindingSize"]
	maxPer := b.Info.Limits["maxStorageBuffersPerShaderStage"]
	for i, size := range l.sizes {
		if maxBuf > 0 && size > maxBuf {
			return fmt.Errorf("webgpu: %w", &kernels.TooLargeError{Buffer: "buffer " + l.name(i), Bytes: int64(size), Limit: int64(maxBuf)})
		}
	}
	for _, ds := range routines {
		for _, d := range ds {
			if maxPer > 0 && len(d.Params) > maxPer {
				return fmt.Errorf("webgpu: kernel %s needs %d storage buffers, the device allows %d", d.Label, len(d.Params), maxPer)
			}
			for _, pa := range d.Params {
				if maxBind > 0 && pa.Bind.Size > maxBind {
					return fmt.Errorf("webgpu: %w", &kernels.TooLargeError{
						Buffer: fmt.Sprintf("kernel %s's binding %s (buffer %s)", d.Label, pa.Name, l.name(pa.Bind.Buffer)),
						Bytes:  int64(pa.Bind.Size), Limit: int64(maxBind)})
				}
			}
		}
	}
	return nil
}

// name says which plan buffer device buffer i holds, for messages.
func (l *layout) name(i int) string {
	if i == l.scratch {
		return "scratch"
	}
	for b, j := range l.index {
		if j == i {
			return fmt.Sprintf("%q", l.plan.Spec(b).Name)
		}
	}
	return fmt.Sprint(i)
}

type jsShader struct {
	Code     string `json:"code"`
	Writable []bool `json:"writable"` // per binding
	Label    string `json:"label"`
}

type jsDispatch struct {
	Shader int      `json:"s"`
	Binds  [][3]int `json:"b"`
	Groups [3]int   `json:"g"`
}

type jsPlan struct {
	Buffers  []int          `json:"buffers"`
	Shaders  []jsShader     `json:"shaders"`
	Routines [][]jsDispatch `json:"routines"`
}

// encodePlan is the helper's view of a compiled plan, each distinct shader once.
func encodePlan(l *layout, routines [][]dispatch) jsPlan {
	jp := jsPlan{Buffers: l.sizes, Routines: make([][]jsDispatch, len(routines))}
	shader := map[string]int{}
	for i, ds := range routines {
		jp.Routines[i] = []jsDispatch{}
		for _, d := range ds {
			s, ok := shader[d.WGSL]
			if !ok {
				s = len(jp.Shaders)
				shader[d.WGSL] = s
				w := make([]bool, len(d.Params))
				for k, p := range d.Params {
					w[k] = p.Write
				}
				jp.Shaders = append(jp.Shaders, jsShader{Code: d.WGSL, Writable: w, Label: d.Label})
			}
			jd := jsDispatch{Shader: s, Groups: d.Groups}
			for _, p := range d.Params {
				jd.Binds = append(jd.Binds, [3]int{p.Bind.Buffer, p.Bind.Offset, p.Bind.Size})
			}
			jp.Routines[i] = append(jp.Routines[i], jd)
		}
	}
	return jp
}

// wrap marks errors that come from a lost device.
func (b *Backend) wrap(err error) error {
	if err != nil && strings.Contains(err.Error(), "WebGPU device lost") {
		return fmt.Errorf("%w: %v", ErrDeviceLost, err)
	}
	return err
}

type program struct {
	b          *Backend
	plan       *kernels.Plan
	l          *layout
	js         js.Value
	routine    map[string]int
	dispatches [][]dispatch // per routine, as encoded (for profiles)
	closed     bool
}

func (p *program) buffer(b kernels.Buf, n int) (buf, offset int, err error) {
	if p.closed {
		return 0, 0, errors.New("webgpu: program is closed")
	}
	if b <= kernels.NoBuf || int(b) > len(p.plan.Buffers) {
		return 0, 0, fmt.Errorf("webgpu: buffer id %d is not in the plan", int(b))
	}
	s := p.plan.Spec(b)
	if want := s.Len * s.DType.Size(); n != want {
		return 0, 0, fmt.Errorf("webgpu: buffer %q holds %d bytes, got %d", s.Name, want, n)
	}
	if s.DType == kernels.U8 && s.Parent != kernels.NoBuf && s.Len%4 != 0 {
		// WebGPU copies whole 4-byte words, which would spill into the parent's next bytes.
		return 0, 0, fmt.Errorf("webgpu: U8 view %q has length %d, not a multiple of 4, which this backend cannot copy", s.Name, s.Len)
	}
	buf, offset = p.l.place(b)
	return buf, offset, nil
}

// Write copies src into b with queue.writeBuffer, padded to whole 4-byte words.
func (p *program) Write(b kernels.Buf, src []byte) error {
	buf, off, err := p.buffer(b, len(src))
	if err != nil {
		return err
	}
	arr := js.Global().Get("Uint8Array").New(pad4(len(src)))
	js.CopyBytesToJS(arr, src)
	if r := p.js.Call("write", buf, off, arr); !r.IsNull() {
		return p.b.wrap(fmt.Errorf("webgpu: writing %q: %s", p.plan.Spec(b).Name, r.String()))
	}
	return nil
}

// Read copies b to a staging buffer, maps it and waits (the Go program yields to the
// JS event loop while it waits, so the promise can settle).
func (p *program) Read(b kernels.Buf, dst []byte) error {
	buf, off, err := p.buffer(b, len(dst))
	if err != nil {
		return err
	}
	v, err := jsutil.Await(p.js.Call("read", buf, off, pad4(len(dst))))
	if err != nil {
		return p.b.wrap(fmt.Errorf("webgpu: reading %q: %w", p.plan.Spec(b).Name, err))
	}
	js.CopyBytesToGo(dst, v)
	return nil
}

// Run submits the routine's recorded dispatches with one call into the helper. Errors
// that WebGPU raises asynchronously come back from the next call.
func (p *program) Run(routine string) error {
	if p.closed {
		return errors.New("webgpu: program is closed")
	}
	i, ok := p.routine[routine]
	if !ok {
		return fmt.Errorf("webgpu: no routine %q in the plan", routine)
	}
	if r := p.js.Call("run", i); !r.IsNull() {
		return p.b.wrap(fmt.Errorf("webgpu: running %q: %s", routine, r.String()))
	}
	return nil
}

// ProfileRoutine replays a routine of prog (a program this package compiled) and says
// where its time goes per kernel class. With timestamp-query (and wallClock false) each
// dispatch runs in a compute pass of its own between two GPU timestamps, the median of
// `replays` replays; otherwise each class's dispatches are submitted alone and timed by
// the wall clock until the queue is done, the fastest of `replays` (which adds one
// submission's latency to each class). The replays change the program's buffers as Run
// would (a training routine takes `replays` more steps).
func ProfileRoutine(prog kernels.Program, routine string, replays int, wallClock bool) (Profile, error) {
	p, ok := prog.(*program)
	if !ok {
		return Profile{}, fmt.Errorf("webgpu: ProfileRoutine needs a program compiled by this backend, got %T", prog)
	}
	if p.closed {
		return Profile{}, errors.New("webgpu: program is closed")
	}
	i, ok := p.routine[routine]
	if !ok {
		return Profile{}, fmt.Errorf("webgpu: no routine %q in the plan", routine)
	}
	replays = max(replays, 1)
	ds := p.dispatches[i]
	rows, rowOf := profileRows(ds)
	prof := Profile{Routine: routine, Dispatches: len(ds), Rows: rows}
	if p.b.HasTimestamps() && !wallClock {
		prof.Method = fmt.Sprintf("GPU timestamps, each dispatch in its own pass, median of %d", replays)
		ms, err := p.awaitFloats(p.js.Call("profile", i, replays), len(ds))
		if err != nil {
			return Profile{}, p.b.wrap(fmt.Errorf("webgpu: profiling %q: %w", routine, err))
		}
		for k, t := range ms {
			prof.Rows[rowOf[k]].Ms += t
		}
	} else {
		prof.Method = fmt.Sprintf("wall clock of one submission per class, fastest of %d; timestamp-query %v", replays, p.b.HasTimestamps())
		cls := js.Global().Get("Int32Array").New(len(rowOf))
		for k, r := range rowOf {
			cls.SetIndex(k, r)
		}
		ms, err := p.awaitFloats(p.js.Call("timeClasses", i, cls, len(rows), replays), len(rows))
		if err != nil {
			return Profile{}, p.b.wrap(fmt.Errorf("webgpu: timing the kernel classes of %q: %w", routine, err))
		}
		for r, t := range ms {
			prof.Rows[r].Ms = t
		}
	}
	sortRows(prof.Rows)
	return prof, nil
}

// awaitFloats waits for a promise of a Uint8Array that holds n float64s.
func (p *program) awaitFloats(promise js.Value, n int) ([]float64, error) {
	v, err := jsutil.Await(promise)
	if err != nil {
		return nil, err
	}
	raw := make([]byte, 8*n)
	if got := js.CopyBytesToGo(raw, v); got != len(raw) {
		return nil, fmt.Errorf("the helper returned %d bytes for %d times", got, n)
	}
	out := make([]float64, n)
	for k := range out {
		out[k] = math.Float64frombits(binary.LittleEndian.Uint64(raw[8*k:]))
	}
	return out, nil
}

// Close destroys the program's device buffers.
func (p *program) Close() error {
	if !p.closed {
		p.closed = true
		p.js.Call("destroy")
	}
	return nil
}
