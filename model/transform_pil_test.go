package model

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"webtune/model/torchoracle"
)

// Debian's Python with PyTorch, torchvision and PIL: the oracle for the transforms.
// (The python3 on PATH may be another one without torch.)
const torchPython = torchoracle.Python

func requireTorch(t *testing.T) { t.Helper(); torchoracle.Require(t) }

// pilCase is one job for testdata/data/pil_transforms.py (see its doc string).
type pilCase struct {
	Op     string `json:"op"`
	Src    string `json:"src,omitempty"`
	Out    string `json:"out"`
	Box    []int  `json:"box,omitempty"` // left, top, w, h
	Size   int    `json:"size,omitempty"`
	Resize int    `json:"resize,omitempty"`
	Flip   bool   `json:"flip,omitempty"`
	W      int    `json:"w,omitempty"`
	H      int    `json:"h,omitempty"`
	N      int    `json:"n,omitempty"`
	Seed   int    `json:"seed,omitempty"`
	Mode   string `json:"mode,omitempty"`
	Sub    int    `json:"subsampling"`
	JPEG   string `json:"jpeg,omitempty"`
	Shape  []int  `json:"shape"`

	group string        // which tolerance applies
	ours  func() []byte // our result for the same job
}

// runPIL runs the cases through torchvision and returns its outputs, in order.
func runPIL(t *testing.T, dir string, cases []pilCase) [][]byte {
	t.Helper()
	for i := range cases {
		cases[i].Out = filepath.Join(dir, fmt.Sprintf("out%03d.bin", i))
	}
	js, err := json.Marshal(cases)
	if err != nil {
		t.Fatal(err)
	}
	jobs := writeFile(t, filepath.Join(dir, "cases.json"), js)
	cmd := exec.Command(torchPython, filepath.Join("testdata", "data", "pil_transforms.py"), jobs)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.Output()
	if err != nil {
		t.Fatalf("pil_transforms.py failed: %v\n%s", err, stderr.String())
	}
	var done []pilCase
	if err := json.Unmarshal(stdout, &done); err != nil || len(done) != len(cases) {
		t.Fatalf("pil_transforms.py printed %d cases (want %d): %v", len(done), len(cases), err)
	}
	outs := make([][]byte, len(cases))
	for i := range cases {
		cases[i].Shape = done[i].Shape
		if outs[i], err = os.ReadFile(cases[i].Out); err != nil {
			t.Fatal(err)
		}
	}
	return outs
}

// diffStats are the absolute differences between two byte strings.
type diffStats struct {
	bytes int
	max   int
	sum   float64
}

func (d *diffStats) add(a, b []byte) {
	for i := range a {
		v := int(a[i]) - int(b[i])
		d.max = max(d.max, v, -v)
		d.sum += math.Abs(float64(v))
	}
	d.bytes += len(a)
}

func (d *diffStats) mean() float64 { return d.sum / float64(max(d.bytes, 1)) }

// Tolerances, in 8-bit levels, against torchvision on PIL images. Resizing and
// cropping the same pixels follows PIL's fixed-point code exactly (measured: 0).
// Decoding a JPEG redoes libjpeg-turbo's chroma upsampling and color conversion, but
// Go's IDCT differs from libjpeg's in the last bit, which the color conversion can
// amplify to a few levels (measured: max 3, mean 0.05).
var pilTolerance = map[string]struct {
	max  int
	mean float64
}{
	"png resize": {max: 1, mean: 0.01},
	"png decode": {max: 0, mean: 0},
	"jpeg":       {max: 4, mean: 0.1},
	"cmyk":       {max: 2, mean: 0.1},
}

func TestTransformsMatchTorchvision(t *testing.T) {
	requireTorch(t)
	dir := t.TempDir()
	var cases []pilCase

	// Geometric transforms on lossless images: every size class of the pipeline.
	sizes := [][2]int{{500, 375}, {375, 500}, {224, 224}, {1200, 900}, {50, 40}, {7, 3}, {257, 1000}, {640, 480}}
	for n, sz := range sizes {
		img := patternImage(sz[0], sz[1], uint64(n))
		src := writeFile(t, filepath.Join(dir, fmt.Sprintf("p%dx%d.png", sz[0], sz[1])), encodePNG(t, img))
		for _, size := range []int{224, 100} {
			cases = append(cases, pilCase{Op: "eval", Src: src, Size: size, Resize: EvalResize(size), group: "png resize",
				ours: func() []byte { return EvalImage(img, size) }})
		}
		boxes := []image.Rectangle{img.Bounds(), image.Rect(sz[0]-1, sz[1]-1, sz[0], sz[1])}
		for seed := range uint64(6) {
			boxes = append(boxes, RandomResizedCropParams(sz[0], sz[1], CropScale, CropRatio, rand.New(rand.NewPCG(seed, 9))))
		}
		for i, box := range boxes {
			size := []int{224, 64}[i%2]
			flip := i%3 == 1
			cases = append(cases, pilCase{Op: "crop", Src: src, Box: []int{box.Min.X, box.Min.Y, box.Dx(), box.Dy()}, Size: size, Flip: flip,
				group: "png resize", ours: func() []byte { return ResizedCrop(img, box, size, flip) }})
		}
	}

	// Pixel formats: each must decode to the RGB that PIL's convert("RGB") gives.
	formats := formatImages(t, dir)
	for _, f := range formats {
		cases = append(cases, pilCase{Op: "rgb", Src: f.path, group: f.group, ours: func() []byte {
			img := decodeFile(t, f.path)
			return toRGB(img, img.Bounds()).pix
		}})
		cases = append(cases, pilCase{Op: "eval", Src: f.path, Size: 224, Resize: 256, group: f.group, ours: func() []byte {
			return EvalImage(decodeFile(t, f.path), 224)
		}})
	}

	// JPEG layouts that PIL writes: chroma subsampling 4:4:4, 4:2:2, 4:2:0 at odd and
	// tiny sizes (libjpeg repeats chroma of rows 4 pixels wide or less), and CMYK.
	for _, sz := range [][2]int{{121, 91}, {4, 5}, {6, 3}, {500, 375}} {
		src := writeFile(t, filepath.Join(dir, fmt.Sprintf("s%dx%d.png", sz[0], sz[1])), encodePNG(t, patternImage(sz[0], sz[1], 6)))
		for _, sub := range []int{0, 1, 2, -1} {
			c := pilCase{Op: "resave", Src: src, Mode: "RGB", Sub: sub, group: "jpeg",
				JPEG: filepath.Join(dir, fmt.Sprintf("s%dx%d-%d.jpg", sz[0], sz[1], sub))}
			if sub < 0 {
				c.Mode, c.group = "CMYK", "cmyk"
			}
			c.ours = func() []byte {
				img := decodeFile(t, c.JPEG)
				return toRGB(img, img.Bounds()).pix
			}
			cases = append(cases, c)
		}
	}

	outs := runPIL(t, dir, cases)
	stats := map[string]*diffStats{}
	for i, c := range cases {
		ours := c.ours()
		if len(ours) != len(outs[i]) {
			t.Fatalf("%s %s box %v size %d: %d bytes, torchvision %d (shape %v)", c.Op, filepath.Base(c.Src), c.Box, c.Size, len(ours), len(outs[i]), c.Shape)
		}
		if stats[c.group] == nil {
			stats[c.group] = &diffStats{}
		}
		var d diffStats
		d.add(ours, outs[i])
		stats[c.group].add(ours, outs[i])
		if tol := pilTolerance[c.group]; d.max > tol.max {
			t.Errorf("%s %s %s box %v size %d flip %v: max abs diff %d from torchvision, tolerance %d", c.Op, filepath.Base(c.Src), filepath.Base(c.JPEG), c.Box, c.Size, c.Flip, d.max, tol.max)
		}
	}
	for group, d := range stats {
		tol := pilTolerance[group]
		t.Logf("%-10s vs torchvision/PIL: %8d bytes, max abs diff %d, mean %.4f (tolerance max %d, mean %.2f)", group, d.bytes, d.max, d.mean(), tol.max, tol.mean)
		if d.mean() > tol.mean {
			t.Errorf("%s: mean abs diff %.4f from torchvision, tolerance %.2f", group, d.mean(), tol.mean)
		}
	}
}

type formatImage struct {
	path, group string
}

// formatImages writes one image in each pixel format the pipeline must accept.
func formatImages(t *testing.T, dir string) []formatImage {
	base := patternImage(120, 90, 42)
	gray := image.NewGray(base.Bounds())
	pal := image.NewPaletted(base.Bounds(), paletteOf(64))
	rgb16 := image.NewRGBA64(base.Bounds())
	alpha := image.NewNRGBA(base.Bounds())
	for y := range 90 {
		for x := range 120 {
			c := base.NRGBAAt(x, y)
			gray.SetGray(x, y, color.Gray{c.G})
			pal.SetColorIndex(x, y, uint8((x/3+y/5)%64))
			rgb16.SetRGBA64(x, y, color.RGBA64{uint16(c.R)<<8 | uint16(x), uint16(c.G)<<8 | uint16(y), uint16(c.B) << 8, 0xffff})
			alpha.SetNRGBA(x, y, color.NRGBA{c.R, c.G, c.B, uint8(x * 2)})
		}
	}
	var out []formatImage
	add := func(name, group string, data []byte) {
		out = append(out, formatImage{writeFile(t, filepath.Join(dir, name), data), group})
	}
	add("gray.png", "png decode", encodePNG(t, gray))
	add("paletted.png", "png decode", encodePNG(t, pal))
	add("rgb16.png", "png decode", encodePNG(t, rgb16))
	add("alpha.png", "png decode", encodePNG(t, alpha))
	add("color.jpg", "jpeg", encodeJPEG(t, base))
	add("gray.jpg", "jpeg", encodeJPEG(t, gray))
	add("hotdog-sized.jpg", "jpeg", encodeJPEG(t, patternImage(500, 375, 5)))
	return out
}

func paletteOf(n int) color.Palette {
	p := make(color.Palette, n)
	for i := range p {
		p[i] = color.NRGBA{uint8(i * 4), uint8(255 - i*4), uint8(i * 13), 255}
	}
	return p
}

func decodeFile(t testing.TB, path string) image.Image {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	img, err := DecodeImage(data, DefaultSize)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return img
}

// TestCropParamsMatchTorchvision compares RandomResizedCropParams with torchvision's
// get_params: exactly where the result does not depend on the random numbers (the
// fallback on extreme aspect ratios, a 1x1 image), and in distribution elsewhere (the
// two random generators differ, so single draws cannot be compared).
func TestCropParamsMatchTorchvision(t *testing.T) {
	requireTorch(t)
	const draws = 10000
	fixed := [][2]int{{1000, 10}, {10, 1000}, {300, 7}, {3, 1000}, {900, 6}, {1, 1}, {5000, 2}}
	var cases []pilCase
	for _, sz := range fixed {
		cases = append(cases, pilCase{Op: "params", W: sz[0], H: sz[1], N: 20})
	}
	cases = append(cases, pilCase{Op: "params", W: 500, H: 375, N: draws})
	outs := runPIL(t, t.TempDir(), cases)

	crops := func(data []byte) []image.Rectangle {
		var r []image.Rectangle
		for i := 0; i+16 <= len(data); i += 16 {
			v := func(k int) int { return int(int32(binary.LittleEndian.Uint32(data[i+4*k:]))) }
			r = append(r, image.Rect(v(0), v(1), v(0)+v(2), v(1)+v(3)))
		}
		return r
	}
	for i, sz := range fixed {
		theirs := crops(outs[i])
		for seed, want := range theirs {
			got := RandomResizedCropParams(sz[0], sz[1], CropScale, CropRatio, rand.New(rand.NewPCG(uint64(seed), 5)))
			if got != want {
				t.Errorf("%dx%d: crop %v, torchvision %v", sz[0], sz[1], got, want)
				break
			}
		}
	}

	theirs := crops(outs[len(fixed)])
	ours := make([]image.Rectangle, draws)
	rng := rand.New(rand.NewPCG(11, 12))
	for i := range ours {
		ours[i] = RandomResizedCropParams(500, 375, CropScale, CropRatio, rng)
	}
	// With 10000 draws the standard error of each mean is under 1% of it; allow 3%.
	for _, m := range []struct {
		name string
		f    func(image.Rectangle) float64
	}{
		{"width", func(r image.Rectangle) float64 { return float64(r.Dx()) }},
		{"height", func(r image.Rectangle) float64 { return float64(r.Dy()) }},
		{"area", func(r image.Rectangle) float64 { return float64(r.Dx() * r.Dy()) }},
		{"center x", func(r image.Rectangle) float64 { return float64(r.Min.X+r.Max.X) / 2 }},
		{"center y", func(r image.Rectangle) float64 { return float64(r.Min.Y+r.Max.Y) / 2 }},
		{"log aspect", func(r image.Rectangle) float64 { return 1 + math.Log(float64(r.Dx())/float64(r.Dy())) }},
	} {
		a, b := meanOf(ours, m.f), meanOf(theirs, m.f)
		t.Logf("500x375 crops, mean %-10s: ours %9.3f, torchvision %9.3f", m.name, a, b)
		if math.Abs(a-b) > 0.03*math.Abs(b) {
			t.Errorf("500x375 crops: mean %s %.3f, torchvision %.3f: more than 3%% apart", m.name, a, b)
		}
	}
}

func meanOf(rs []image.Rectangle, f func(image.Rectangle) float64) float64 {
	s := 0.0
	for _, r := range rs {
		s += f(r)
	}
	return s / float64(len(rs))
}
