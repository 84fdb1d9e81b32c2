//go:build !js

package simd

import (
	"fmt"
	"regexp"
	"slices"
	"testing"

	"webtune/model"
)

// Every call of a layer's op carries the layer's filter name (the profile sums by it,
// kernels/simd/testdata/bench_layers.py joins it to PyTorch's module names): eval's
// calls name exactly ResNet-18's 20 convolutions and fc, PyTorch's names; training's
// filter gradients name the gradient buffers.
func TestCallsNameTheirLayer(t *testing.T) {
	p, _, err := model.BuildPlan(model.Config{Classes: 3, Batch: 2, Height: 37, Width: 45, FloatInput: true})
	if err != nil {
		t.Fatal(err)
	}
	prog, err := NewNativeWith(Options{Threads: 2, Tile: "4x8"}).Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	defer prog.Close()

	want := []string{"conv1", "fc"}
	for l := 1; l <= 4; l++ {
		for b := 0; b < 2; b++ {
			want = append(want, fmt.Sprintf("layer%d.%d.conv1", l, b), fmt.Sprintf("layer%d.%d.conv2", l, b))
		}
		if l > 1 {
			want = append(want, fmt.Sprintf("layer%d.0.downsample.0", l))
		}
	}
	label := regexp.MustCompile(` of (\S+)$`)
	layers := func(routine string) []string {
		var got []string
		for _, c := range prog.(*program).routines[routine] {
			m := label.FindStringSubmatch(c.what)
			if m == nil {
				continue
			}
			if !slices.Contains(got, m[1]) {
				got = append(got, m[1])
			}
		}
		slices.Sort(got)
		return got
	}
	var wantEval []string
	for _, n := range want {
		wantEval = append(wantEval, n+".weight")
	}
	slices.Sort(wantEval)
	if got := layers(model.RoutineEval); !slices.Equal(got, wantEval) {
		t.Errorf("eval's calls name the layers\n%v\nwant\n%v", got, wantEval)
	}
	if got := layers(model.RoutineTrain); !slices.Contains(got, "grad.conv1.weight") || !slices.Contains(got, "layer4.1.conv2.weight") {
		t.Errorf("training's calls name %v: no stem filter gradient (grad.conv1.weight) or last convolution (layer4.1.conv2.weight)", got)
	}
	for _, c := range prog.(*program).routines[model.RoutineEval] {
		if (c.fn == "pad" || slices.Contains([]string{"gemm", "wino", "im2c"}, c.fn[:4])) && !label.MatchString(c.what) {
			t.Errorf("eval's %s call of %s names no layer", c.fn, c.what)
		}
	}
}
