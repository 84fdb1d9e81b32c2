package simd

import (
	"fmt"
	"math"
	"os"
	"strconv"

	"webtune/kernels"
)

// addr is a byte address in the module memory.
type addr uint64

// call is one kernel invocation with fixed arguments (byte addresses, sizes, and f32 or
// f64 bit patterns where the export takes floats). Calls are made only by the typed
// emitters of kernels_gen.go (the <export>Args structs).
type call struct {
	fn       string
	args     []uint64
	kinds    string // per argument: 'i' i32, 'f' f32, 'd' f64
	parallel bool   // run on every instance; otherwise on one
	scratch  int    // index of the per-thread scratch argument, or -1
	check    bool   // the kernel may report an error at errAddr
	what     string
}

// profileByOp, set by SIMD_PROFILE=ops, makes the kernel profile (native.go, pool.js)
// sum each kernel's time per op, so it says which layer a kernel's time went to.
var profileByOp = os.Getenv("SIMD_PROFILE") == "ops"

// profileKey is what the kernel profile sums c's time under.
func (c *call) profileKey() string {
	if profileByOp {
		return c.fn + " " + c.what
	}
	return c.fn
}

// layout places a plan's buffers and the workspace in the module memory.
type layout struct {
	plan      *kernels.Plan
	addr      []uint32 // byte address of Buf(i), index i
	scratch   addr     // per-thread GEMM edge tiles
	wsBase    uint32   // start of the workspace
	wsSize    uint32   // largest workspace one op needs
	totalSize uint64
	wino      winoMode // how 3×3 stride-1 convolutions run

	// The weight packing cache (packcache.go): slots by packing, and per routine the
	// slots its prep list fills.
	packs   map[packKey]int
	entries []packEntry
	uses    map[string][]int
}

const (
	maxThreads = 64
	align      = 256
	// maxMemory is the most a WebAssembly (wasm32) memory can hold: maxPages of 64 KiB.
	maxMemory = maxPages << 16
)

// tooLarge is the error for a plan whose memory would end at byte need, past limit: a
// *kernels.TooLargeError, which model.NewNet answers by micro-batching.
func tooLarge(what string, need uint64, limit int64) error {
	return fmt.Errorf("the plan's WebAssembly memory: %w", &kernels.TooLargeError{Buffer: what, Bytes: int64(need), Limit: limit})
}

// colBudget caps the im2col workspace of a convolution (elements); images are
// processed in chunks that fit. A variable so tests can force many chunks.
var colBudget = 1 << 22

// noFusion, set by tests, compiles every op on its own (no fusion, fuse.go).
var noFusion = false

func alignUp(v, a uint64) uint64 { return (v + a - 1) / a * a }

// winoMode is which Winograd algorithms 3×3 stride-1 convolutions may run as.
type winoMode int

const (
	winoOff  winoMode = iota // as im2col GEMMs, like every other shape
	winoF2                   // forward and backward data as F(2×2, 3×3) only
	winoAuto                 // as F(4×4, 3×3) where it needs fewer multiplies, else F(2×2)
)

// winoTile is the output tile side m of the Winograd F(m×m, 3×3) that convolution s
// runs as (its forward; its backward data and filter gradient, F(3×3, m×m), follow
// it), 0 for none. F(4×4) computes a tile with 36 products per channel pair where F(2×2)
// takes 4 × 16 = 64, but rounds the output up to a multiple of 4 instead of 2: at
// 2×2 and smaller outputs it needs more products and F(2×2) stays. Its float32
// error is about 20 times F(2×2)'s and inside the conformance tolerance
// (internal/gen/winograd.go derives and measures it).
func (l *layout) winoTile(s kernels.ConvShape) int {
	if l.wino == winoOff || !winogradFits(s) {
		return 0
	}
	oh, ow := s.OutH(), s.OutW()
	if l.wino == winoAuto && 36*ceil(oh, 4)*ceil(ow, 4) < 16*ceil(oh, 2)*ceil(ow, 2) {
		return 4
	}
	return 2
}

// winoFused reports whether convolution s, run as F(m×m, 3×3), multiplies by filters
// it transforms on the fly (wino_fused) rather than by a transformed copy: with F(4×4)
// when its tiles, all images at once, are at most fusedMaxTiles (batch-1 inference's
// stages 3 and 4), so each transformed filter element feeds so few multiplies that
// reading it costs more than making it. K must divide into strips of 16, the widest
// tile's NR (every tile's NR divides 16), and C fit the kernel's buffer (fusedMaxC).
func (l *layout) winoFused(s kernels.ConvShape, m int) bool {
	return m == 4 && s.K%16 == 0 && s.C <= fusedMaxC && s.N*ceil(s.OutH(), 4)*ceil(s.OutW(), 4) <= fusedMaxTiles
}

// fusedMaxTiles is the most tiles a fused Winograd convolution takes (winoFused).
// Batch-1 inference, medians of 5 paired runs: stage 4 (4 tiles) 12.2 -> 10.6 ms for
// its three 3×3 convolutions, stage 3 (16 tiles) 6.2 -> 5.9 ms.
var fusedMaxTiles = 16

// winoS2D reports whether convolution s, 7×7 at stride 2 (the stem), runs forward as
// Winograd F(3×3, 4×4) over its input's space-to-depth form (convS2D): 3 times fewer
// multiplies than its direct form. Only with winoAuto: F(2×2)-only and Winograd-off
// programs keep the direct stem, the form every other backend and PyTorch compute. Its
// 4C channels must fit one GEMM depth chunk (wino_conv_s2d multiplies them at once).
func (l *layout) winoS2D(s kernels.ConvShape) bool {
	return l.wino == winoAuto && s.R == s2dR && s.S == s2dR && s.Stride == 2 && s.K%4 == 0 && 4*s.C <= gemmKC
}

// s2dR is the filter side winoS2D takes: its space-to-depth form is 4×4.
const s2dR = 7

// winoStride2 reports whether convolution s, 3×3 at stride 2 with padding 1, runs
// forward as the stride-2 Winograd F(2×2, 3×3) (wino_*_2s2): 25 products per channel
// pair and 2×2 outputs where the direct sum takes 36, kept where the rounding up to
// whole tiles leaves at least 1.2 times fewer (not at 7×7 outputs, 16 tiles for 49
// pixels). Its transformed filters take 25/9 of the weights' bytes, which batch-1
// inference reads every image. Its backward passes stay im2col GEMMs.
func (l *layout) winoStride2(s kernels.ConvShape) bool {
	if l.wino == winoOff || s.R != 3 || s.S != 3 || s.Stride != 2 || s.Pad != 1 || s.C%4 != 0 || s.K%4 != 0 {
		return false
	}
	return 25*ceil(s.OutH(), 2)*ceil(s.OutW(), 2)*6 < 9*s.OutH()*s.OutW()*5
}

// winoFromEnv is winoAuto unless SIMD_WINOGRAD says "f2" (winoF2) or "off" (winoOff):
// a switch for benchmarks that compare the algorithms, as SIMD_TILE fixes the tile.
func winoFromEnv() winoMode {
	switch os.Getenv("SIMD_WINOGRAD") {
	case "f2":
		return winoF2
	case "off":
		return winoOff
	}
	return winoAuto
}

func newLayout(p *kernels.Plan, t tile, wino winoMode, limit int64) (*layout, error) {
	l := &layout{plan: p, addr: make([]uint32, len(p.Buffers)+1), wino: wino}
	next := uint64(reservedBytes)
	l.scratch = addr(next)
	next += scratchBytes * maxThreads
	for i, s := range p.Buffers {
		if s.Parent != kernels.NoBuf {
			continue
		}
		next = alignUp(next, align)
		l.addr[i+1] = uint32(next)
		next += uint64(s.Len * s.DType.Size())
		if next > uint64(limit) {
			return nil, tooLarge(fmt.Sprintf("buffer %q", s.Name), next, limit)
		}
	}
	for i, s := range p.Buffers {
		if s.Parent == kernels.NoBuf {
			continue
		}
		ps := p.Spec(s.Parent)
		if ps.Parent != kernels.NoBuf || s.DType != ps.DType || s.Offset < 0 || s.Offset+s.Len > ps.Len {
			return nil, fmt.Errorf("view %q does not fit its parent %q", s.Name, ps.Name)
		}
		l.addr[i+1] = l.addr[s.Parent] + uint32(s.Offset*s.DType.Size())
	}
	next = l.planPackCache(p.Routines, t.NR, next)
	if next > uint64(limit) {
		return nil, tooLarge("the packed weights", next, limit)
	}
	l.wsBase = uint32(alignUp(next, align))
	return l, nil
}

// compiler turns ops into calls.
type compiler struct {
	l       *layout
	tile    tile
	threads int // instances that share each parallel call's tiles
	calls   []call
	ws      uint64 // bump pointer inside the workspace for the current op

	writes []byteSpan // what the routine being compiled writes
	prep   []call     // pack calls of its cached weights (packcache.go)
	used   []int      // the cache slots prep fills
}

func (c *compiler) buf(b kernels.Buf) addr { return addr(c.l.addr[b]) }

// opt is the address of an optional buffer, 0 when absent (address 0 is the control
// area, never a buffer).
func (c *compiler) opt(b kernels.Buf) addr {
	if b == kernels.NoBuf {
		return 0
	}
	return c.buf(b)
}

// take reserves n bytes of workspace for the op being compiled.
func (c *compiler) take(n int) addr {
	a := addr(c.l.wsBase) + addr(c.ws)
	c.ws = alignUp(c.ws+uint64(n), align)
	if c.ws > uint64(c.l.wsSize) {
		c.l.wsSize = uint32(c.ws)
	}
	return a
}

// emit appends a kernel call, made by a typed emitter (kernels_gen.go).
func (c *compiler) emit(k call) { c.calls = append(c.calls, k) }

func u(v int) uint64 { return uint64(uint32(int32(v))) }
func b2u(v bool) uint64 {
	if v {
		return 1
	}
	return 0
}
func f32(v float32) uint64 { return uint64(math.Float32bits(v)) }
func f64(v float64) uint64 { return math.Float64bits(v) }
func ceil(a, b int) int    { return (a + b - 1) / b }
func padTo(a, b int) int   { return ceil(a, b) * b }

// exact64 widens a float32 hyper-parameter to the float64 it was meant as (0.1f becomes
// 0.1), as PyTorch holds eps and momentum in double (and kernels/ref does the same).
func exact64(v float32) float64 {
	f, _ := strconv.ParseFloat(strconv.FormatFloat(float64(v), 'g', -1, 32), 64)
	return f
}

// prepName names the call list that packs routine's cached weights; the NUL keeps it
// apart from any routine name of a plan.
func prepName(routine string) string { return "\x00prep " + routine }

// compileRoutines compiles every routine of p; the memory size is known afterwards.
// wino says which Winograd algorithms 3×3 stride-1 convolutions may run as. The memory
// may hold at most limit bytes (at most maxMemory); threads instances share each
// parallel call's tiles (stripGroup sizes GEMM tiles by it).
func compileRoutines(p *kernels.Plan, t tile, wino winoMode, limit int64, threads int) (*layout, map[string][]call, error) {
	if err := p.Validate(); err != nil {
		return nil, nil, err
	}
	limit = min(limit, maxMemory)
	l, err := newLayout(p, t, wino, limit)
	if err != nil {
		return nil, nil, err
	}
	routines := map[string][]call{}
	l.uses = map[string][]int{}
	for _, r := range p.Routines {
		c := &compiler{l: l, tile: t, threads: max(threads, 1), writes: l.writtenSpans(r)}
		for i := 0; i < len(r.Ops); i++ {
			op := r.Ops[i]
			c.ws = 0
			start := len(c.calls)
			layer := filterName(p, op)
			what := fmt.Sprintf("routine %q op %d (%s)%s", r.Name, i, op.Kind(), layer)
			var err error
			fused := func(how string) string {
				return fmt.Sprintf("routine %q ops %d-%d (%s %s %s fused)%s", r.Name, i, i+1, op.Kind(), how, r.Ops[i+1].Kind(), layer)
			}
			if conv, bn, ok := l.fusedBN(r, i); ok && !noFusion {
				what, err = fused("with"), c.convBN(conv, bn)
				i++
			} else if rb, bb, ok := l.fusedReLU(r, i); ok && !noFusion {
				what, err = fused("into"), c.reluBN(rb, bb)
				i++
			} else if mp, ok := l.deadIndexPool(r, i); ok && !noFusion {
				what, err = what+" without its indices", c.maxPoolIndex(mp, 0)
			} else {
				err = c.op(op)
			}
			if err != nil {
				return nil, nil, fmt.Errorf("%s: %w", what, err)
			}
			for j := start; j < len(c.calls); j++ {
				c.calls[j].what = what
			}
		}
		routines[r.Name] = c.calls
		if len(c.prep) > 0 {
			for i := range c.prep {
				c.prep[i].what = fmt.Sprintf("routine %q: packing its weights", r.Name)
			}
			routines[prepName(r.Name)] = c.prep
			l.uses[r.Name] = c.used
		}
	}
	l.totalSize = uint64(l.wsBase) + uint64(l.wsSize)
	if l.totalSize > uint64(limit) {
		return nil, nil, tooLarge("buffers, packed weights and workspace", l.totalSize, limit)
	}
	return l, routines, nil
}

// filterName is " of <name>" for an op that reads or writes a filter (operand "w" or
// "dw"), with the filter buffer's name (model's plans name it after the PyTorch
// parameter, such as layer2.0.conv1.weight), else "": the profile and errors then say
// which layer an op belongs to.
func filterName(p *kernels.Plan, op kernels.Op) string {
	for _, o := range op.Operands() {
		if (o.Role == "w" || o.Role == "dw") && o.Buf != kernels.NoBuf {
			return " of " + p.Spec(o.Buf).Name
		}
	}
	return ""
}

func (c *compiler) op(op kernels.Op) error {
	switch o := deref(op).(type) {
	case kernels.Conv2D:
		return c.conv(o)
	case kernels.Conv2DBackwardData:
		return c.convData(o)
	case kernels.Conv2DBackwardFilter:
		return c.convFilter(o)
	case kernels.BatchNorm:
		return c.batchNorm(o)
	case kernels.BatchNormBackward:
		return c.batchNormBackward(o)
	case kernels.ReLUBackward:
		c.emit(reluBwdArgs{Y: c.buf(o.Y), Dy: c.buf(o.DY), Dx: c.buf(o.DX), N: o.Len}.call())
	case kernels.Add:
		c.emit(addArgs{A: c.buf(o.A), B: c.buf(o.B), Y: c.buf(o.Y), N: o.Len}.call())
	case kernels.MaxPool:
		return c.maxPool(o)
	case kernels.MaxPoolBackward:
		return c.maxPoolBackward(o)
	case kernels.GlobalAvgPool:
		if o.N < 1 || o.HW < 1 || o.C < 1 {
			return fmt.Errorf("avgpool: N %d, HW %d and C %d must be at least 1", o.N, o.HW, o.C)
		}
		c.emit(avgpoolArgs{X: c.buf(o.X), Y: c.buf(o.Y), N: o.N, HW: o.HW, C: o.C}.call())
	case kernels.GlobalAvgPoolBackward:
		if o.N < 1 || o.HW < 1 || o.C < 1 {
			return fmt.Errorf("avgpool_bwd: N %d, HW %d and C %d must be at least 1", o.N, o.HW, o.C)
		}
		c.emit(avgpoolBwdArgs{Dy: c.buf(o.DY), Dx: c.buf(o.DX), N: o.N, HW: o.HW, C: o.C}.call())
	case kernels.Linear:
		return c.linear(o)
	case kernels.LinearBackward:
		return c.linearBackward(o)
	case kernels.SoftmaxCrossEntropy:
		if o.N < 1 || o.Classes < 1 {
			return fmt.Errorf("softmax_xent: N %d and Classes %d must be at least 1", o.N, o.Classes)
		}
		c.emit(softmaxXentArgs{Logits: c.buf(o.Logits), Labels: c.buf(o.Labels), Dlogits: c.opt(o.DLogits),
			Loss: c.buf(o.Loss), Correct: c.buf(o.Correct), N: o.N, Classes: o.Classes}.call())
	case kernels.SGD:
		c.emit(sgdArgs{Param: c.buf(o.Param), Grad: c.buf(o.Grad), Velocity: c.opt(o.Velocity), Hyper: c.buf(o.Hyper),
			N: o.Len}.call())
	case kernels.InputNormalize:
		for ch, s := range o.Std {
			if s == 0 {
				return fmt.Errorf("input: std[%d] is 0", ch)
			}
		}
		c.emit(inputArgs{Src: c.buf(o.Src), Dst: c.buf(o.Dst), Npix: o.N * o.H * o.W,
			Mean0: o.Mean[0], Mean1: o.Mean[1], Mean2: o.Mean[2], Std0: o.Std[0], Std1: o.Std[1], Std2: o.Std[2]}.call())
	default:
		return fmt.Errorf("the simd backend has no kernel for op %T; add one to kernels/simd/compile.go", op)
	}
	return nil
}

// span checks that a host copy of n bytes fits buffer b exactly and returns b's address.
func (l *layout) span(b kernels.Buf, n int, verb string) (uint32, error) {
	if b <= kernels.NoBuf || int(b) > len(l.plan.Buffers) {
		return 0, fmt.Errorf("simd: %s: buffer id %d not in plan", verb, int(b))
	}
	s := l.plan.Spec(b)
	if want := s.Len * s.DType.Size(); n != want {
		return 0, fmt.Errorf("simd: %s buffer %q: got %d bytes, the buffer holds %d", verb, s.Name, n, want)
	}
	return l.addr[b], nil
}
