//go:build !js

package simd

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"webtune/kernels"
	"webtune/kernels/ref"
	"webtune/model"
)

// TestResNetTrainStepOpByOp replays the ResNet-18 train routine (odd batch, odd
// non-square input) one op at a time on ref and on simd from identical memory, and
// checks every buffer each op writes, so a failure names the first op that differs.
func TestResNetTrainStepOpByOp(t *testing.T) {
	cfg := model.Config{Classes: 5, Batch: 3, Height: 57, Width: 71, FloatInput: true}
	p, _, err := model.BuildPlan(cfg)
	if err != nil {
		t.Fatal(err)
	}
	train, ok := p.Routine(model.RoutineTrain)
	if !ok {
		t.Fatal("no train routine")
	}
	for i, op := range train.Ops {
		p.AddRoutine(fmt.Sprintf("op%d", i), op)
	}
	want, err := ref.New().Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	defer want.Close()
	got, err := NewNativeWith(Options{Threads: 2}).Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	defer got.Close()

	rng := rand.New(rand.NewPCG(3, 4))
	for i, s := range p.Buffers {
		if s.Parent != kernels.NoBuf {
			continue
		}
		var data []byte
		switch s.DType {
		case kernels.F32:
			v := make([]float32, s.Len)
			for j := range v {
				v[j] = float32(rng.NormFloat64()) * 0.1
			}
			data = kernels.F32Bytes(v)
		case kernels.I32:
			v := make([]int32, s.Len)
			for j := range v {
				v[j] = int32(rng.IntN(cfg.Classes))
			}
			data = kernels.I32Bytes(v)
		default:
			data = make([]byte, s.Len*s.DType.Size())
		}
		for _, prog := range []kernels.Program{want, got} {
			if err := prog.Write(kernels.Buf(i+1), data); err != nil {
				t.Fatal(err)
			}
		}
	}
	for i, op := range train.Ops {
		name := fmt.Sprintf("op%d", i)
		if err := want.Run(name); err != nil {
			t.Fatalf("ref %s (%s): %v", name, op.Kind(), err)
		}
		if err := got.Run(name); err != nil {
			t.Fatalf("simd %s (%s): %v", name, op.Kind(), err)
		}
		for _, u := range op.Operands() {
			if !u.Written || u.Buf == kernels.NoBuf {
				continue
			}
			n := u.Len * u.DType.Size()
			wb, gb := make([]byte, n), make([]byte, n)
			if err := want.Read(u.Buf, wb); err != nil {
				t.Fatal(err)
			}
			if err := got.Read(u.Buf, gb); err != nil {
				t.Fatal(err)
			}
			if u.DType != kernels.F32 {
				if string(wb) != string(gb) {
					t.Fatalf("op %d %s %+v: %s differs", i, op.Kind(), op, u.Role)
				}
				continue
			}
			wv, gv := kernels.BytesF32(wb), kernels.BytesF32(gb)
			scale, worst, at := 0.0, 0.0, 0
			for j := range wv {
				scale = math.Max(scale, math.Abs(float64(wv[j])))
				if d := math.Abs(float64(wv[j] - gv[j])); d > worst || d != d {
					worst, at = d, j
				}
			}
			if !(worst <= 1e-4*scale) {
				t.Fatalf("op %d %s: %s (%s)[%d] = %v, ref %v (largest %v)", i, op.Kind(), u.Role, p.Spec(u.Buf).Name, at, gv[at], wv[at], scale)
			}
		}
	}
}
