package webgpu

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"webtune/kernels"
	"webtune/model"
)

// The limits every WebGPU adapter guarantees; a plan that stays within them runs
// anywhere, whatever larger limits the device was given.
const (
	guaranteedWorkgroupSize    = 256
	guaranteedWorkgroupStorage = 16384 // bytes
	guaranteedStorageBuffers   = 8
	guaranteedOffsetAlign      = 256
)

var (
	workgroupSize = regexp.MustCompile(`@workgroup_size\((\d+)\)`)
	sharedArray   = regexp.MustCompile(`var<workgroup> \w+: array<(f32|u32|vec4<f32>), ([0-9* ]+)>`)
)

// Lowering ResNet-18's full plan at the benchmark's size (batch 32, 224x224) and at
// batch 1 must give dispatches within WebGPU's guaranteed limits, with and without the
// subgroup kernels, and within 32 KiB of workgroup memory where the device offers that
// (the larger GEMM tiles): this is checked here, natively, because the GPU benchmark
// cannot run in CI.
func TestResNetPlanWithinLimits(t *testing.T) {
	for _, tc := range []struct {
		cfg       model.Config
		subgroups bool
		shared    int
	}{
		{model.Config{Classes: 1000, Batch: 32, Height: 224, Width: 224}, false, guaranteedWorkgroupStorage},
		{model.Config{Classes: 1000, Batch: 32, Height: 224, Width: 224}, true, guaranteedWorkgroupStorage},
		{model.Config{Classes: 1000, Batch: 32, Height: 224, Width: 224}, true, 32768},
		{model.Config{Classes: 1000, Batch: 1, Height: 224, Width: 224}, true, 32768},
		{model.Config{Classes: 2, Batch: 128, Height: 224, Width: 224}, false, guaranteedWorkgroupStorage},
	} {
		cfg := tc.cfg
		p, _, err := model.BuildPlan(cfg)
		if err != nil {
			t.Fatal(err)
		}
		l, routines, err := lowerPlan(p, tuning{Subgroups: tc.subgroups, SharedBytes: tc.shared})
		if err != nil {
			t.Fatalf("batch %d: %v", cfg.Batch, err)
		}
		shaders := map[string]bool{}
		n := 0
		for _, ds := range routines {
			for _, d := range ds {
				checkDispatch(t, l, d, tc.shared)
				shaders[d.WGSL] = true
				n++
			}
		}
		train := routines[routineIndex(t, p, model.RoutineTrain)]
		t.Logf("batch %d, subgroups %v, %d bytes of workgroup memory: %d dispatches in all routines (%d in train), %d distinct shaders, scratch %d bytes",
			cfg.Batch, tc.subgroups, tc.shared, n, len(train), len(shaders), l.sizes[l.scratch])
	}
}

func routineIndex(t *testing.T, p *kernels.Plan, name string) int {
	for i, r := range p.Routines {
		if r.Name == name {
			return i
		}
	}
	t.Fatalf("no routine %q", name)
	return 0
}

func checkDispatch(t *testing.T, l *layout, d dispatch, sharedLimit int) {
	t.Helper()
	for _, g := range d.Groups {
		if g < 1 || g > maxGroups {
			t.Errorf("%s: grid %v outside [1, %d]", d.Label, d.Groups, maxGroups)
		}
	}
	m := workgroupSize.FindStringSubmatch(d.WGSL)
	if m == nil {
		t.Errorf("%s: no numeric @workgroup_size", d.Label)
	} else if n, _ := strconv.Atoi(m[1]); n > guaranteedWorkgroupSize {
		t.Errorf("%s: workgroup of %d threads", d.Label, n)
	}
	shared := 0
	for _, a := range sharedArray.FindAllStringSubmatch(d.WGSL, -1) {
		size := 1
		for _, f := range regexp.MustCompile(`\d+`).FindAllString(a[2], -1) {
			v, _ := strconv.Atoi(f)
			size *= v
		}
		if a[1] == "vec4<f32>" {
			size *= 4
		}
		shared += 4 * size
	}
	if shared > sharedLimit {
		t.Errorf("%s: %d bytes of workgroup memory", d.Label, shared)
	}
	if len(d.Params) > guaranteedStorageBuffers {
		t.Errorf("%s: %d storage buffers", d.Label, len(d.Params))
	}
	for _, p := range d.Params {
		b := p.Bind
		if b.Offset%guaranteedOffsetAlign != 0 || b.Size%4 != 0 || b.Size <= 0 || b.Offset+b.Size > l.sizes[b.Buffer] {
			t.Errorf("%s: binding %s %+v does not fit buffer %d of %d bytes aligned", d.Label, p.Name, b, b.Buffer, l.sizes[b.Buffer])
		}
	}
}

// Ops that may work in place lower to kernels with one binding; any other overlap of a
// written operand is refused with an error, never handed to WebGPU.
func TestAliasing(t *testing.T) {
	p := kernels.NewPlan()
	a, b := p.Alloc("a", kernels.F32, 64), p.Alloc("b", kernels.F32, 64)
	p.AddRoutine("ok", kernels.Add{Len: 64, A: a, B: b, Y: a}, kernels.Add{Len: 64, A: a, B: b, Y: b},
		kernels.Add{Len: 64, A: a, B: a, Y: a}, kernels.ReLUBackward{Len: 64, Y: a, DY: b, DX: b})
	if _, _, err := lowerPlan(p, tuning{}); err != nil {
		t.Fatalf("in-place forms the ops allow: %v", err)
	}
	q := kernels.NewPlan()
	x := q.Alloc("x", kernels.F32, 64*9)
	q.AddRoutine("bad", kernels.GlobalAvgPoolBackward{N: 1, HW: 9, C: 64, DY: q.View("dy", x, 0, 64), DX: x})
	if _, _, err := lowerPlan(q, tuning{}); err == nil {
		t.Fatal("an op writing a buffer it reads through an overlapping view was accepted")
	}
}

func TestGrid1D(t *testing.T) {
	for _, n := range []int{1, 255, 65535, 65536, 100000, 1 << 22} {
		x, y := grid1D(n)
		if x > maxGroups || y > maxGroups || x*y < n {
			t.Errorf("grid1D(%d) = %d x %d", n, x, y)
		}
	}
}

// The static cost of ResNet-18's training step at the benchmark's size (batch 32,
// 224x224) and of inference at batch 1, per kernel class: go test -v -run PlanStats
// prints the tables (dispatches, GEMM GFLOP, MB through memory-bound passes).
func TestResNetPlanStats(t *testing.T) {
	for _, tc := range []struct {
		batch   int
		routine string
	}{{32, model.RoutineTrain}, {1, model.RoutineEval}} {
		p, _, err := model.BuildPlan(model.Config{Classes: 1000, Batch: tc.batch, Height: 224, Width: 224})
		if err != nil {
			t.Fatal(err)
		}
		_, routines, err := lowerPlan(p, tuning{Subgroups: true, SharedBytes: 32768})
		if err != nil {
			t.Fatal(err)
		}
		ds := routines[routineIndex(t, p, tc.routine)]
		st := planStats(ds)
		st.Routine = fmt.Sprintf("%s, batch %d, 224x224, subgroups", tc.routine, tc.batch)
		n, gemms, flops, bytes := 0, 0, 0.0, int64(0)
		for _, r := range st.Rows {
			n += r.Dispatches
			flops += r.FLOPs
			bytes += r.Bytes
			if strings.HasPrefix(r.Class, "GEMM") {
				gemms += r.Dispatches
				if r.Bytes != 0 || r.FLOPs <= 0 {
					t.Errorf("%s: a GEMM class with %d bytes and %g FLOPs", r.Class, r.Bytes, r.FLOPs)
				}
			} else if r.FLOPs != 0 {
				t.Errorf("%s: a memory-bound class counted %g FLOPs", r.Class, r.FLOPs)
			}
		}
		if n != len(ds) {
			t.Errorf("%s: the rows hold %d dispatches, the routine has %d", st.Routine, n, len(ds))
		}
		var b strings.Builder
		st.Write(&b)
		t.Logf("%s\n%d GEMMs, %.1f GFLOP; %.2f GB through memory-bound passes", b.String(), gemms, flops/1e9, float64(bytes)/1e9)
	}
}

// Split-K follows the problem: a grid that already fills a large GPU is not split (a
// second wave and the reduce would cost more), a long reduction over few tiles is cut
// into slices of at least 512, and SplitKWorkgroups brings back the former rule.
func TestSplitK(t *testing.T) {
	wide := tuning{SharedBytes: 32768}
	for _, tc := range []struct {
		name       string
		g          gemm
		tune       tuning
		lo, hi     int
		formerRule bool
	}{
		{"layer2 conv forward, 196 tiles of 128x128", gemm{M: 25088, N: 128, K: 1152, CanSplit: true}, wide, 1, 1, false},
		{"layer1 backward filter, 9 tiles, K 100352", gemm{M: 64, N: 576, K: 100352, CanSplit: true}, wide, 16, 64, false},
		{"former rule on it: about 512 workgroups", gemm{M: 64, N: 576, K: 100352, CanSplit: true}, tuning{SharedBytes: 32768, SplitKWorkgroups: 512}, 57, 57, true},
		{"short reduction", gemm{M: 64, N: 64, K: 600, CanSplit: true}, wide, 1, 1, false},
		{"scatter output cannot split", gemm{M: 64, N: 64, K: 100000, CanSplit: true, Scatter: true}, wide, 1, 1, false},
	} {
		g := tc.g
		g.tune = tc.tune
		s := g.splits()
		_, _, bk, _, _ := g.tiles()
		chunk := ceilDiv(ceilDiv(g.K, s), bk) * bk
		if s < tc.lo || s > tc.hi || ceilDiv(g.K, chunk) != s || (s > 1 && chunk < 512 && !tc.formerRule) {
			t.Errorf("%s: %d slices of %d, want %d..%d slices of at least 512 covering K %d", tc.name, s, chunk, tc.lo, tc.hi, g.K)
		}
	}
}
