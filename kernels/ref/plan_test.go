package ref

import (
	"strings"
	"testing"

	"webtune/kernels"
)

func compileErr(t *testing.T, p *kernels.Plan, wants ...string) {
	t.Helper()
	_, err := New().Compile(p)
	if err == nil {
		t.Fatalf("compile succeeded, want an error mentioning %q", wants)
	}
	for _, w := range wants {
		if !strings.Contains(err.Error(), w) {
			t.Fatalf("error %q does not mention %q", err, w)
		}
	}
}

func TestCompileRejectsBadPlans(t *testing.T) {
	t.Run("wrong length", func(t *testing.T) {
		p := kernels.NewPlan()
		a, b, y := p.Alloc("a", kernels.F32, 4), p.Alloc("b", kernels.F32, 5), p.Alloc("y", kernels.F32, 4)
		p.AddRoutine("r", kernels.Add{Len: 4, A: a, B: b, Y: y})
		compileErr(t, p, `"b"`, "5 elements", "needs 4", "add")
	})
	t.Run("wrong dtype", func(t *testing.T) {
		s := kernels.PoolShape{N: 1, H: 2, W: 2, C: 1, Window: 2, Stride: 2}
		p := kernels.NewPlan()
		x, y, idx := p.Alloc("x", kernels.F32, 4), p.Alloc("y", kernels.F32, 1), p.Alloc("idx", kernels.F32, 1)
		p.AddRoutine("r", kernels.MaxPool{PoolShape: s, X: x, Y: y, Index: idx})
		compileErr(t, p, `"idx"`, "f32", "want i32")
	})
	t.Run("missing buffer", func(t *testing.T) {
		p := kernels.NewPlan()
		a, y := p.Alloc("a", kernels.F32, 4), p.Alloc("y", kernels.F32, 4)
		p.AddRoutine("r", kernels.Add{Len: 4, A: a, Y: y})
		compileErr(t, p, "operand b is required")
	})
	t.Run("unknown buffer id", func(t *testing.T) {
		p := kernels.NewPlan()
		a := p.Alloc("a", kernels.F32, 4)
		p.AddRoutine("r", kernels.Add{Len: 4, A: a, B: 9, Y: a})
		compileErr(t, p, "buffer id 9 not in plan")
	})
	t.Run("filter larger than input", func(t *testing.T) {
		s := kernels.ConvShape{N: 1, H: 2, W: 2, C: 1, K: 1, R: 3, S: 3, Stride: 2}
		p := kernels.NewPlan()
		x, w, y := p.Alloc("x", kernels.F32, 4), p.Alloc("w", kernels.F32, 9), p.Alloc("y", kernels.F32, s.YLen())
		p.AddRoutine("r", kernels.Conv2D{ConvShape: s, X: x, W: w, Y: y})
		compileErr(t, p, "larger than the padded")
	})
	t.Run("train batchnorm on one row", func(t *testing.T) {
		p := kernels.NewPlan()
		f := func(n string) kernels.Buf { return p.Alloc(n, kernels.F32, 2) }
		p.AddRoutine("r", kernels.BatchNorm{Rows: 1, C: 2, Train: true, Eps: 1e-5, X: f("x"), Gamma: f("g"), Beta: f("b"),
			RunMean: f("rm"), RunVar: f("rv"), SaveMean: f("sm"), SaveInvStd: f("si"), Y: f("y")})
		compileErr(t, p, "at least 2 rows")
	})
	t.Run("bad hand-made view", func(t *testing.T) {
		p := kernels.NewPlan()
		p.Alloc("root", kernels.F32, 128)
		p.Buffers = append(p.Buffers, kernels.BufferSpec{Name: "v", DType: kernels.F32, Len: 8, Parent: 1, Offset: 3})
		compileErr(t, p, `view "v"`, "aligned")
	})
}

func TestWriteReadErrorsNameTheBuffer(t *testing.T) {
	p := kernels.NewPlan()
	a := p.Alloc("weights", kernels.F32, 3)
	prog, err := New().Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	defer prog.Close()
	if err := prog.Write(a, make([]byte, 8)); err == nil || !strings.Contains(err.Error(), `"weights"`) || !strings.Contains(err.Error(), "12 bytes") {
		t.Fatalf("short write: err = %v, want one naming \"weights\" and its 12 bytes", err)
	}
	if err := prog.Read(a, make([]byte, 16)); err == nil || !strings.Contains(err.Error(), `"weights"`) {
		t.Fatalf("long read: err = %v, want one naming \"weights\"", err)
	}
	if err := prog.Read(5, make([]byte, 12)); err == nil || !strings.Contains(err.Error(), "id 5") {
		t.Fatalf("unknown buffer: err = %v", err)
	}
	if err := prog.Run("train"); err == nil || !strings.Contains(err.Error(), `"train"`) {
		t.Fatalf("unknown routine: err = %v", err)
	}
}

// TestViewsShareStorage: writes through a view land in the parent at its offset, ops
// see views, and a buffer starts zeroed.
func TestViewsShareStorage(t *testing.T) {
	p := kernels.NewPlan()
	root := p.Alloc("params", kernels.F32, 200)
	v1 := p.View("p1", root, 0, 3)
	v2 := p.View("p2", root, 64, 3)
	p.AddRoutine("add", kernels.Add{Len: 3, A: v1, B: v2, Y: v2})
	prog, err := New().Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	defer prog.Close()
	all, err := kernels.ReadF32(prog, root, 200)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range all {
		if v != 0 {
			t.Fatalf("params[%d] = %v before any write, want 0", i, v)
		}
	}
	if err := kernels.WriteF32(prog, v1, []float32{1, 2, 3}); err != nil {
		t.Fatal(err)
	}
	if err := kernels.WriteF32(prog, v2, []float32{10, 20, 30}); err != nil {
		t.Fatal(err)
	}
	if err := prog.Run("add"); err != nil {
		t.Fatal(err)
	}
	if all, err = kernels.ReadF32(prog, root, 200); err != nil {
		t.Fatal(err)
	}
	if all[0] != 1 || all[2] != 3 || all[64] != 11 || all[66] != 33 || all[3] != 0 || all[67] != 0 {
		t.Fatalf("params after add through views: %v", all[:70])
	}
}

func TestClosedProgramRefuses(t *testing.T) {
	p := kernels.NewPlan()
	a := p.Alloc("a", kernels.F32, 1)
	p.AddRoutine("r", kernels.Add{Len: 1, A: a, B: a, Y: a})
	prog, err := New().Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	prog.Close()
	if err := prog.Run("r"); err == nil {
		t.Fatal("Run after Close succeeded")
	}
	if err := prog.Write(a, make([]byte, 4)); err == nil {
		t.Fatal("Write after Close succeeded")
	}
}
