//go:build js

package webgpu

import (
	"math/rand/v2"
	"strings"
	"testing"

	"webtune/kernels"
)

// ProfileRoutine groups a routine's dispatches by kernel class, times each class
// (GPU timestamps where the device has them, and the wall-clock fallback), and its
// replays compute what Run computes.
func TestProfileRoutine(t *testing.T) {
	be := backend(t)
	s := kernels.ConvShape{N: 1, H: 2, W: 2, C: 256, K: 40, R: 3, S: 3, Stride: 1, Pad: 1} // split-K forward
	p := kernels.NewPlan()
	x, w, y := p.Alloc("x", kernels.F32, s.XLen()), p.Alloc("w", kernels.F32, s.WLen()), p.Alloc("y", kernels.F32, s.YLen())
	b, z := p.Alloc("b", kernels.F32, s.YLen()), p.Alloc("z", kernels.F32, s.YLen())
	p.AddRoutine("r", kernels.Conv2D{ConvShape: s, X: x, W: w, Y: y}, kernels.Add{Len: s.YLen(), A: y, B: b, Y: z})
	want, _ := runOn(t, be, p, nil)

	for _, wallClock := range []bool{false, true} {
		if !wallClock && !be.HasTimestamps() {
			t.Log("the adapter has no timestamp-query: only the wall-clock profile runs here")
			continue
		}
		prog, err := be.Compile(p)
		if err != nil {
			t.Fatal(err)
		}
		for buf, v := range fill(p, rand.New(rand.NewPCG(1, 2)), nil) {
			if err := prog.Write(buf, v); err != nil {
				t.Fatal(err)
			}
		}
		prof, err := ProfileRoutine(prog, "r", 2, wallClock)
		if err != nil {
			t.Fatalf("wall clock %v: %v", wallClock, err)
		}
		var out strings.Builder
		prof.Write(&out)
		t.Logf("wall clock %v:\n%s", wallClock, out.String())
		classes := map[string]ProfileRow{}
		n := 0
		for _, r := range prof.Rows {
			classes[r.Class] = r
			n += r.Dispatches
			if r.Ms < 0 {
				t.Errorf("%s: %g ms", r.Class, r.Ms)
			}
		}
		if n != 3 || prof.Dispatches != 3 || len(classes) != 3 {
			t.Errorf("want 3 dispatches in 3 classes (GEMM, split-K reduce, elementwise), got %d in %v", n, prof.Rows)
		}
		if r := classes["elementwise"]; r.Bytes != int64(3*4*s.YLen()) {
			t.Errorf("the add moves %d bytes, want %d", r.Bytes, 3*4*s.YLen())
		}
		if prof.TotalMs() <= 0 {
			t.Errorf("the kernels took no time: %+v", prof.Rows)
		}
		got := map[kernels.Buf][]byte{}
		for buf := range want {
			got[buf] = make([]byte, len(want[buf]))
			if err := prog.Read(buf, got[buf]); err != nil {
				t.Fatal(err)
			}
		}
		compare(t, p, want, got, 1e-5)
		prog.Close()
	}
	if _, err := ProfileRoutine(nil, "r", 1, false); err == nil {
		t.Error("ProfileRoutine took a program of no backend")
	}
}
