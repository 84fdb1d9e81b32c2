package simd

import (
	"fmt"
	"reflect"

	"webtune/kernels"
)

// Weight packing cache.
//
// (Besides packed weights, the cache holds the per-channel scale and shift of every
// eval-mode batch norm, which depend only on its parameters and running statistics:
// they are computed once per version of those, not on every run.)
//
// A convolution or linear layer packs its weight into GEMM column strips before the
// product. Repacking on every run costs about a tenth of a batch-1 inference, yet in
// a routine that does not write the weight (eval, features, head_eval) the packed copy
// only changes when something else changes the weight: a host Write, or another
// routine (train, head) whose ops write it (SGD). So such weights are packed into a
// region of their own (between the buffers and the workspace, so no op's workspace
// overwrites them), by a separate "prep" call list per routine that Run replays only
// when one of the routine's packed copies is stale. A routine that writes the weight
// itself keeps packing it into the workspace on every run, as before.
//
// Staleness is tracked by byte ranges, not buffer ids, because parameters may be views
// of one flat buffer: a Write or a routine's written operand that overlaps a weight's
// bytes marks its packed copy stale.

// byteSpan is the half-open byte range [lo, hi) of memory.
type byteSpan struct{ lo, hi uint64 }

func (a byteSpan) overlaps(b byteSpan) bool { return a.lo < b.hi && b.lo < a.hi }

// packKey identifies one packing of a weight: the same source packed the same way is
// shared by every routine that uses it (eval and features share the backbone). A plain
// packing lays B[k][n] = w[k·rs + n·cs] out in pack_b strips; a Winograd F(m×m, 3×3)
// one holds the α² transformed 3×3 filter matrices U_ξ [C = k][K = n] (wino_filter_<m>,
// or wino_filter_2s2 at stride 2; flipped, the backward-data filters [K = k][C = n]),
// or for wino_fused only the filters' taps regrouped (wino_taps).
// A batch-norm key (bn) holds the eval scale and shift of n channels (bn_eval_finish)
// from gamma at src and beta, mean, variance.
type packKey struct {
	wino         int  // Winograd output tile side m; 0 for a plain packing
	winoStride2  bool // the stride-2 Winograd F(2×2, 3×3)
	winoS2D      bool // the stem's F(3×3, 4×4) over space-to-depth input (wino = 3, k = 4C)
	winoFused    bool // the filters' taps regrouped for wino_fused (wino_taps), not transformed
	flip         bool // Winograd filters of the backward-data convolution
	src          addr
	k, n, rs, cs int

	bn                   bool
	beta, mean, variance addr
	eps                  float32
}

// matBytes is the size of one packed matrix for strips of nr columns.
func (key packKey) matBytes(nr int) int { return 4 * padTo(key.n, nr) * key.k }

// winoMats is the number of Winograd matrices α²: (m+2)², (2m+1)² at stride 2, 36 for
// the stem's F(3×3, 4×4).
func (key packKey) winoMats() int {
	if key.winoS2D {
		return 36
	}
	if key.winoStride2 {
		return (2*key.wino + 1) * (2*key.wino + 1)
	}
	return (key.wino + 2) * (key.wino + 2)
}

// winoName is the Winograd algorithm's variant of the wino_filter, wino_input and
// wino_output kernels.
func (key packKey) winoName() string {
	if key.winoStride2 {
		return fmt.Sprintf("%ds2", key.wino)
	}
	return fmt.Sprint(key.wino)
}

// bytes is the size of the packed copy: one matrix, or α² Winograd ones winoStride
// apart.
func (key packKey) bytes(nr int) int {
	if key.bn {
		return 8 * key.n
	}
	if key.winoFused {
		return 4 * 9 * key.k * key.n
	}
	if key.wino != 0 {
		return key.winoMats() * winoStride(key.matBytes(nr))
	}
	return key.matBytes(nr)
}

// call is the kernel call that writes the packed copy at dst.
func (key packKey) call(dst addr, nr int) call {
	if key.bn {
		return bnEvalFinishArgs{RunMean: key.mean, RunVar: key.variance, Gamma: key.src, Beta: key.beta,
			Scale: dst, Shift: dst + addr(4*key.n), C: key.n, Eps: exact64(key.eps)}.call()
	}
	if key.winoFused {
		return winoTapsArgs{W: key.src, K: key.n, C: key.k, Dst: dst}.call()
	}
	if key.winoS2D {
		return winoFilterS2dArgs{W: key.src, K: key.n, C: key.k / 4, R: s2dR, NR: nr, Dst: dst,
			MatBytes: winoStride(key.matBytes(nr))}.call()
	}
	if key.wino != 0 {
		return winoFilterArgs{W: key.src, K: key.n, C: key.k, NR: nr, Dst: dst, Flip: key.flip,
			MatBytes: winoStride(key.matBytes(nr))}.call(key.winoName())
	}
	return packBArgs{Src: key.src, K: key.k, N: key.n, Rs: key.rs, Cs: key.cs, NR: nr, Dst: dst}.call()
}

// packEntry is one packed copy in the cache region.
type packEntry struct {
	src []byteSpan // the bytes it is computed from
	dst addr       // where its packed copy lives
}

// bufSpan is the byte range of buffer b in layout l.
func (l *layout) bufSpan(b kernels.Buf) byteSpan {
	s := l.plan.Spec(b)
	lo := uint64(l.addr[b])
	return byteSpan{lo, lo + uint64(s.Len*s.DType.Size())}
}

// writtenSpans lists the bytes every op of r may write.
func (l *layout) writtenSpans(r kernels.Routine) []byteSpan {
	var out []byteSpan
	for _, op := range r.Ops {
		for _, o := range op.Operands() {
			if o.Written && o.Buf != kernels.NoBuf {
				out = append(out, l.bufSpan(o.Buf))
			}
		}
	}
	return out
}

// anyOverlaps reports whether a span of a overlaps a span of b.
func anyOverlaps(a, b []byteSpan) bool {
	for _, s := range a {
		if overlapsAny(s, b) {
			return true
		}
	}
	return false
}

func overlapsAny(s byteSpan, list []byteSpan) bool {
	for _, w := range list {
		if s.overlaps(w) {
			return true
		}
	}
	return false
}

// weightKey says how op packs its weight as GEMM B, for the ops whose packing is
// cached (convolution, its backward data, and linear), or computes its eval batch-norm
// coefficients; srcs are the buffers it reads. ok is false for the other ops.
func (l *layout) weightKey(op kernels.Op) (key packKey, srcs []kernels.Buf, ok bool) {
	a := func(b kernels.Buf) addr { return addr(l.addr[b]) }
	switch o := deref(op).(type) {
	case kernels.Conv2D:
		if l.winoS2D(o.ConvShape) {
			return packKey{wino: 3, winoS2D: true, src: a(o.W), k: 4 * o.C, n: o.K}, []kernels.Buf{o.W}, true
		}
		if m := l.winoTile(o.ConvShape); m != 0 {
			return packKey{wino: m, winoFused: l.winoFused(o.ConvShape, m), src: a(o.W), k: o.C, n: o.K}, []kernels.Buf{o.W}, true
		}
		if l.winoStride2(o.ConvShape) {
			return packKey{wino: 2, winoStride2: true, src: a(o.W), k: o.C, n: o.K}, []kernels.Buf{o.W}, true
		}
		taps := o.R * o.S * o.C
		return packKey{src: a(o.W), k: taps, n: o.K, rs: 1, cs: taps}, []kernels.Buf{o.W}, true
	case kernels.Conv2DBackwardData:
		if m := l.winoTile(o.ConvShape); m != 0 {
			return packKey{wino: m, flip: true, src: a(o.W), k: o.K, n: o.C}, []kernels.Buf{o.W}, true
		}
		taps := o.R * o.S * o.C
		return packKey{src: a(o.W), k: o.K, n: taps, rs: taps, cs: 1}, []kernels.Buf{o.W}, true
	case kernels.Linear:
		return packKey{src: a(o.W), k: o.In, n: o.Out, rs: 1, cs: o.In}, []kernels.Buf{o.W}, true
	case kernels.BatchNorm:
		if o.Train {
			return packKey{}, nil, false
		}
		return packKey{bn: true, src: a(o.Gamma), beta: a(o.Beta), mean: a(o.RunMean), variance: a(o.RunVar),
				n: o.C, eps: o.Eps},
			[]kernels.Buf{o.Gamma, o.Beta, o.RunMean, o.RunVar}, true
	}
	return packKey{}, nil, false
}

// deref turns a pointer to an op into the op.
func deref(op kernels.Op) kernels.Op {
	if v := reflect.ValueOf(op); v.Kind() == reflect.Pointer && !v.IsNil() {
		if o, ok := v.Elem().Interface().(kernels.Op); ok {
			return o
		}
	}
	return op
}

// planPackCache gives every weight that some routine reads but does not write a slot in
// the cache region starting at next; it returns the end of the region.
func (l *layout) planPackCache(routines []kernels.Routine, nr int, next uint64) uint64 {
	l.packs = map[packKey]int{}
	for _, r := range routines {
		writes := l.writtenSpans(r)
		for _, op := range r.Ops {
			key, bufs, ok := l.weightKey(op)
			if !ok {
				continue
			}
			var src []byteSpan
			for _, b := range bufs {
				src = append(src, l.bufSpan(b))
			}
			if _, dup := l.packs[key]; dup || anyOverlaps(src, writes) {
				continue
			}
			next = alignUp(next, align)
			l.packs[key] = len(l.entries)
			l.entries = append(l.entries, packEntry{src: src, dst: addr(next)})
			next += uint64(key.bytes(nr))
		}
	}
	return next
}

// packState is a program's view of which packed copies are current. Not safe for
// concurrent use (neither are programs).
type packState struct {
	l     *layout
	valid []bool
	uses  map[string][]int // routine → entries its prep list packs
	kills map[string][]int // routine → entries whose weight it writes
}

func newPackState(l *layout, routines []kernels.Routine) *packState {
	ps := &packState{l: l, valid: make([]bool, len(l.entries)), uses: l.uses, kills: map[string][]int{}}
	for _, r := range routines {
		writes := l.writtenSpans(r)
		for i, e := range l.entries {
			if anyOverlaps(e.src, writes) {
				ps.kills[r.Name] = append(ps.kills[r.Name], i)
			}
		}
	}
	return ps
}

// needPrep reports whether routine's prep list must run before it (one of its packed
// copies is stale). The whole list reruns then: it is what every run cost before.
func (ps *packState) needPrep(routine string) bool {
	for _, i := range ps.uses[routine] {
		if !ps.valid[i] {
			return true
		}
	}
	return false
}

// prepped marks routine's packed copies current, after its prep list ran.
func (ps *packState) prepped(routine string) {
	for _, i := range ps.uses[routine] {
		ps.valid[i] = true
	}
}

// running marks stale the copies of every weight routine writes. It is called before
// the routine's calls, so a run that fails half-way leaves them stale too.
func (ps *packState) running(routine string) {
	for _, i := range ps.kills[routine] {
		ps.valid[i] = false
	}
}

// wrote marks stale the copies of every weight that overlaps a host write of buffer b.
func (ps *packState) wrote(b kernels.Buf) {
	s := ps.l.bufSpan(b)
	for i, e := range ps.l.entries {
		if overlapsAny(s, e.src) {
			ps.valid[i] = false
		}
	}
}
