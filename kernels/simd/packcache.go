package simd

import "webtune/kernels"

// Weight packing cache.
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
// shared by every routine that uses it (eval and features share the backbone).
type packKey struct {
	src          uint64
	k, n, rs, cs int
}

// packEntry is one packed copy in the cache region.
type packEntry struct {
	src byteSpan // the weight's bytes
	dst uint64   // where its packed copy lives
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

func overlapsAny(s byteSpan, list []byteSpan) bool {
	for _, w := range list {
		if s.overlaps(w) {
			return true
		}
	}
	return false
}

// weightPacking describes how op packs its weight as GEMM B (k×n with row stride rs and
// column stride cs, in elements), for the ops whose weight packing is cached.
func weightPacking(op kernels.Op) (w kernels.Buf, k, n, rs, cs int, ok bool) {
	switch o := op.(type) {
	case kernels.Conv2D:
		taps := o.R * o.S * o.C
		return o.W, taps, o.K, 1, taps, true
	case *kernels.Conv2D:
		return weightPacking(*o)
	case kernels.Linear:
		return o.W, o.In, o.Out, 1, o.In, true
	case *kernels.Linear:
		return weightPacking(*o)
	}
	return kernels.NoBuf, 0, 0, 0, 0, false
}

// planPackCache gives every weight that some routine reads but does not write a slot in
// the cache region starting at next; it returns the end of the region.
func (l *layout) planPackCache(routines []kernels.Routine, nr int, next uint64) uint64 {
	l.packs = map[packKey]int{}
	for _, r := range routines {
		writes := l.writtenSpans(r)
		for _, op := range r.Ops {
			w, k, n, rs, cs, ok := weightPacking(op)
			if !ok {
				continue
			}
			key := packKey{uint64(l.addr[w]), k, n, rs, cs}
			src := l.bufSpan(w)
			if _, dup := l.packs[key]; dup || overlapsAny(src, writes) {
				continue
			}
			next = alignUp(next, align)
			l.packs[key] = len(l.entries)
			l.entries = append(l.entries, packEntry{src: src, dst: next})
			next += uint64(4 * padTo(n, nr) * k)
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
			if overlapsAny(e.src, writes) {
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
		if e.src.overlaps(s) {
			ps.valid[i] = false
		}
	}
}
