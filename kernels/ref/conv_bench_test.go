package ref

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"webtune/kernels"
)

// resnetConvs are ResNet-18's distinct convolution shapes at batch 8, 224x224.
func resnetConvs() []namedShape {
	const n = 8
	sq := func(size, c, k, r, stride, pad int) kernels.ConvShape {
		return kernels.ConvShape{N: n, H: size, W: size, C: c, K: k, R: r, S: r, Stride: stride, Pad: pad}
	}
	return []namedShape{
		{"conv1_7x7s2_3-64", sq(224, 3, 64, 7, 2, 3)},
		{"layer1_3x3_64", sq(56, 64, 64, 3, 1, 1)},
		{"layer2.0.conv1_3x3s2_64-128", sq(56, 64, 128, 3, 2, 1)},
		{"layer2.0.downsample_1x1s2_64-128", sq(56, 64, 128, 1, 2, 0)},
		{"layer2_3x3_128", sq(28, 128, 128, 3, 1, 1)},
		{"layer3.0.conv1_3x3s2_128-256", sq(28, 128, 256, 3, 2, 1)},
		{"layer3.0.downsample_1x1s2_128-256", sq(28, 128, 256, 1, 2, 0)},
		{"layer3_3x3_256", sq(14, 256, 256, 3, 1, 1)},
		{"layer4.0.conv1_3x3s2_256-512", sq(14, 256, 512, 3, 2, 1)},
		{"layer4.0.downsample_1x1s2_256-512", sq(14, 256, 512, 1, 2, 0)},
		{"layer4_3x3_512", sq(7, 512, 512, 3, 1, 1)},
	}
}

type namedShape struct {
	name  string
	shape kernels.ConvShape
}

// BenchmarkResNetConv reports float32 GFLOP/s of each ResNet-18 convolution shape
// (batch 8, 224x224 input), forward, backward data and backward filter, through the
// public Compile/Run path.
func BenchmarkResNetConv(b *testing.B) {
	for _, c := range resnetConvs() {
		s := c.shape
		for _, dir := range []string{"fwd", "bwd_data", "bwd_filter"} {
			b.Run(c.name+"/"+dir, func(b *testing.B) {
				p := kernels.NewPlan()
				x, w, y := p.Alloc("x", kernels.F32, s.XLen()), p.Alloc("w", kernels.F32, s.WLen()), p.Alloc("y", kernels.F32, s.YLen())
				var op kernels.Op
				switch dir {
				case "fwd":
					op = kernels.Conv2D{ConvShape: s, X: x, W: w, Y: y}
				case "bwd_data":
					op = kernels.Conv2DBackwardData{ConvShape: s, DY: y, W: w, DX: x}
				default:
					op = kernels.Conv2DBackwardFilter{ConvShape: s, X: x, DY: y, DW: w}
				}
				p.AddRoutine("run", op)
				prog, err := New().Compile(p)
				if err != nil {
					b.Fatal(err)
				}
				defer prog.Close()
				rng := rand.New(rand.NewPCG(1, 1))
				for _, buf := range []kernels.Buf{x, w, y} {
					if err := kernels.WriteF32(prog, buf, randSlice[float32](rng, p.Spec(buf).Len)); err != nil {
						b.Fatal(err)
					}
				}
				m := startMeter(b)
				for i := 0; i < b.N; i++ {
					if err := prog.Run("run"); err != nil {
						b.Fatal(err)
					}
				}
				m.stop(s.FLOPs())
			})
		}
	}
}

// BenchmarkResNetConvTotal is one pass of all 20 convolutions of ResNet-18 (each shape
// as often as the net uses it), forward and both backwards, batch 8.
func BenchmarkResNetConvTotal(b *testing.B) {
	counts := map[string]int{"layer1_3x3_64": 4, "layer2_3x3_128": 3, "layer3_3x3_256": 3, "layer4_3x3_512": 3}
	var total float64
	p := kernels.NewPlan()
	var ops []kernels.Op
	for i, c := range resnetConvs() {
		s := c.shape
		x := p.Alloc(fmt.Sprint("x", i), kernels.F32, s.XLen())
		w := p.Alloc(fmt.Sprint("w", i), kernels.F32, s.WLen())
		y := p.Alloc(fmt.Sprint("y", i), kernels.F32, s.YLen())
		for k := 0; k < max(1, counts[c.name]); k++ {
			ops = append(ops, kernels.Conv2D{ConvShape: s, X: x, W: w, Y: y},
				kernels.Conv2DBackwardData{ConvShape: s, DY: y, W: w, DX: x},
				kernels.Conv2DBackwardFilter{ConvShape: s, X: x, DY: y, DW: w})
			total += 3 * s.FLOPs()
		}
	}
	p.AddRoutine("run", ops...)
	prog, err := New().Compile(p)
	if err != nil {
		b.Fatal(err)
	}
	defer prog.Close()
	m := startMeter(b)
	for i := 0; i < b.N; i++ {
		if err := prog.Run("run"); err != nil {
			b.Fatal(err)
		}
	}
	m.stop(total)
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N)/8*1e3, "ms/img")
}
