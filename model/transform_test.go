package model

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// patternImage draws a w x h opaque test image with smooth gradients, sharp edges,
// fine stripes and noise, so that resampling errors of any kind show in the pixels.
func patternImage(w, h int, seed uint64) *image.NRGBA {
	rng := rand.New(rand.NewPCG(seed, 1))
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			r := 255 * x / max(w-1, 1)
			g := 255 * y / max(h-1, 1)
			b := 128 + int(100*math.Sin(float64(x+2*y)/3))
			if (x/17+y/13)%2 == 0 { // a checkerboard of hard edges
				r = 255 - r
			}
			n := rng.IntN(41) - 20
			img.SetNRGBA(x, y, color.NRGBA{clampByte(r + n), clampByte(g - n), clampByte(b + n/2), 255})
		}
	}
	return img
}

func clampByte(v int) uint8 { return uint8(min(max(v, 0), 255)) }

func encodePNG(t testing.TB, img image.Image) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatalf("encoding PNG: %v", err)
	}
	return buf.Bytes()
}

func encodeJPEG(t testing.TB, img image.Image) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 90}); err != nil {
		t.Fatalf("encoding JPEG: %v", err)
	}
	return buf.Bytes()
}

func writeFile(t testing.TB, path string, data []byte) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// checkCrop checks the invariants every RandomResizedCrop result has: it lies in the
// image and is non-empty; and it is either the central fallback crop or came from a
// try: its area and aspect ratio in range, up to the rounding of w and h.
func checkCrop(t *testing.T, w, h int, c image.Rectangle) (fallback bool) {
	t.Helper()
	if c.Empty() || !c.In(image.Rect(0, 0, w, h)) {
		t.Fatalf("%dx%d image: crop %v is empty or not inside the image", w, h, c)
	}
	if c == fallbackCrop(w, h) {
		return true
	}
	// w = round(sqrt(a*r)) and h = round(sqrt(a/r)) are each off by at most 1/2, so
	// a = sqrt(a*r)*sqrt(a/r) and r = sqrt(a*r)/sqrt(a/r) lie in these ranges.
	cw, ch := float64(c.Dx()), float64(c.Dy())
	areaLo, areaHi := (cw-0.5)*(ch-0.5), (cw+0.5)*(ch+0.5)
	ratioLo, ratioHi := (cw-0.5)/(ch+0.5), (cw+0.5)/(ch-0.5)
	if ch == 1 {
		ratioHi = math.Inf(1)
	}
	const slack = 1e-6 // the draws are float32
	full := float64(w * h)
	if areaHi < CropScale[0]*full*(1-slack) || areaLo > CropScale[1]*full*(1+slack) {
		t.Fatalf("%dx%d image: crop %v: area %v is not within %v of %v", w, h, c, cw*ch, CropScale, full)
	}
	if ratioHi < CropRatio[0]*(1-slack) || ratioLo > CropRatio[1]*(1+slack) {
		t.Fatalf("%dx%d image: crop %v: aspect ratio %v is not within %v", w, h, c, cw/ch, CropRatio)
	}
	return false
}

// fallbackCrop is torchvision's central fallback, written out for the default ranges.
func fallbackCrop(w, h int) image.Rectangle {
	cw, ch := w, h
	if r := float64(w) / float64(h); r < 3./4 {
		ch = int(math.RoundToEven(float64(w) / (3. / 4)))
	} else if r > 4./3 {
		cw = int(math.RoundToEven(float64(h) * (4. / 3)))
	}
	return image.Rect((w-cw)/2, (h-ch)/2, (w-cw)/2+cw, (h-ch)/2+ch)
}

func TestRandomResizedCropInvariants(t *testing.T) {
	sizes := [][2]int{{500, 375}, {375, 500}, {224, 224}, {1, 1}, {2, 3}, {31, 17}, {4000, 3000}, {600, 200}, {200, 600}}
	for _, sz := range sizes {
		w, h := sz[0], sz[1]
		fallbacks := 0
		xs := map[int]bool{}
		for seed := range uint64(2000) {
			c := RandomResizedCropParams(w, h, CropScale, CropRatio, rand.New(rand.NewPCG(seed, 7)))
			if checkCrop(t, w, h, c) {
				fallbacks++
			}
			xs[c.Min.X] = true
		}
		// For images of ordinary shape a try fits almost always (the chance that ten
		// tries all fail is tiny), and the crops move around.
		if w >= 100 && h >= 100 && max(w, h) <= 2*min(w, h) && fallbacks > 20 {
			t.Errorf("%dx%d: %d of 2000 crops fell back to the center", w, h, fallbacks)
		}
		if w >= 100 && len(xs) < 20 {
			t.Errorf("%dx%d: only %d distinct left edges in 2000 crops", w, h, len(xs))
		}
	}
}

func TestRandomResizedCropFallbackOnExtremeAspect(t *testing.T) {
	// No try can fit: every crop of at least 8% of the area with aspect <= 4/3 is
	// taller than the image (or, transposed, wider). The result is the fallback crop.
	cases := []struct {
		w, h int
		want image.Rectangle
	}{
		{1000, 10, image.Rect(493, 0, 506, 10)}, // h=10, w=round(13.33)=13, left=(1000-13)//2
		{10, 1000, image.Rect(0, 493, 10, 506)}, // w=10, h=round(13.33)=13
		{300, 7, image.Rect(145, 0, 154, 7)},    // w=round(9.33)=9
		{3, 1000, image.Rect(0, 498, 3, 502)},   // h=round(4)=4
		{900, 6, image.Rect(446, 0, 454, 6)},    // w=round(8.0)=8
	}
	for _, c := range cases {
		for seed := range uint64(200) {
			got := RandomResizedCropParams(c.w, c.h, CropScale, CropRatio, rand.New(rand.NewPCG(seed, 3)))
			if got != c.want {
				t.Fatalf("%dx%d seed %d: crop %v, want the fallback %v", c.w, c.h, seed, got, c.want)
			}
		}
	}
}

func TestEvalGeometry(t *testing.T) {
	cases := []struct {
		w, h, size int
		rw, rh     int
		crop       image.Rectangle
	}{
		// 256*500/375 = 341.33 -> 341; (341-224)/2 = 58.5 rounds half to even: 58.
		{500, 375, 224, 341, 256, image.Rect(58, 16, 282, 240)},
		{375, 500, 224, 256, 341, image.Rect(16, 58, 240, 282)},
		{224, 224, 224, 256, 256, image.Rect(16, 16, 240, 240)},
		{7, 3, 224, 597, 256, image.Rect(186, 16, 410, 240)},
		// size 100: resize to round(800/7) = 114.
		{640, 480, 100, 152, 114, image.Rect(26, 7, 126, 107)},
	}
	for _, c := range cases {
		rw, rh, crop := EvalGeometry(c.w, c.h, c.size)
		if rw != c.rw || rh != c.rh || crop != c.crop {
			t.Errorf("EvalGeometry(%d, %d, %d) = %d, %d, %v; want %d, %d, %v", c.w, c.h, c.size, rw, rh, crop, c.rw, c.rh, c.crop)
		}
	}
	if got := EvalResize(224); got != 256 {
		t.Errorf("EvalResize(224) = %d, want 256", got)
	}
}

func TestResampleWindowMatchesFullResize(t *testing.T) {
	// Computing a window must give the bytes of resizing everything and cropping.
	src := toRGB(patternImage(97, 61, 1), image.Rect(0, 0, 97, 61))
	for _, out := range [][2]int{{40, 30}, {150, 200}, {97, 20}, {30, 61}} {
		full := resample(src, out[0], out[1], image.Rect(0, 0, out[0], out[1]), false)
		win := image.Rect(out[0]/4, out[1]/3, out[0]-1, out[1]-2)
		got := resample(src, out[0], out[1], win, false)
		for y := win.Min.Y; y < win.Max.Y; y++ {
			want := full[3*(out[0]*y+win.Min.X) : 3*(out[0]*y+win.Max.X)]
			row := got[3*win.Dx()*(y-win.Min.Y) : 3*win.Dx()*(y-win.Min.Y+1)]
			if !bytes.Equal(row, want) {
				t.Fatalf("resize 97x61 -> %v: window %v row %d differs from the full resize", out, win, y)
			}
		}
	}
}

func TestResizeIdentityAndFlip(t *testing.T) {
	img := patternImage(50, 40, 2)
	rgb := toRGB(img, img.Bounds())
	same := resample(rgb, 50, 40, image.Rect(0, 0, 50, 40), false)
	if !bytes.Equal(same, rgb.pix) {
		t.Fatal("resizing 50x40 to 50x40 changed the pixels")
	}
	flipped := ResizedCrop(img, image.Rect(0, 0, 40, 40), 40, true)
	for y := range 40 {
		for x := range 40 {
			c := img.NRGBAAt(39-x, y)
			p := flipped[3*(40*y+x):]
			if p[0] != c.R || p[1] != c.G || p[2] != c.B {
				t.Fatalf("flipped pixel (%d,%d) = %v, want the source's (%d,%d) %v", x, y, p[:3], 39-x, y, c)
			}
		}
	}
}

func TestResizePreservesFlatColor(t *testing.T) {
	// A uniform image stays uniform through any down- or upscale (the weights sum to 1).
	img := image.NewNRGBA(image.Rect(0, 0, 37, 23))
	for i := range img.Pix {
		img.Pix[i] = []uint8{200, 17, 99, 255}[i%4]
	}
	for _, size := range []int{5, 23, 224} {
		for i, v := range EvalImage(img, size) {
			if want := []uint8{200, 17, 99}[i%3]; v != want {
				t.Fatalf("size %d: byte %d = %d, want %d", size, i, v, want)
			}
		}
	}
}

func TestToRGBConversions(t *testing.T) {
	r := image.Rect(0, 0, 3, 2)
	gray := image.NewGray(r)
	gray.SetGray(1, 0, color.Gray{77})
	gray16 := image.NewGray16(r)
	gray16.SetGray16(1, 0, color.Gray16{0x4dff})
	cmyk := image.NewCMYK(r)
	cmyk.SetCMYK(1, 0, color.CMYK{0, 255, 255, 0}) // red
	pal := image.NewPaletted(r, color.Palette{color.NRGBA{0, 0, 0, 255}, color.NRGBA{10, 20, 30, 255}})
	pal.SetColorIndex(1, 0, 1)
	nrgba := image.NewNRGBA(r)
	nrgba.SetNRGBA(1, 0, color.NRGBA{10, 20, 30, 0}) // transparent: PIL keeps the color
	rgba64 := image.NewNRGBA64(r)
	rgba64.SetNRGBA64(1, 0, color.NRGBA64{0x0aff, 0x1400, 0x1e80, 0xffff})
	ycc := image.NewYCbCr(r, image.YCbCrSubsampleRatio420)
	for i := range ycc.Y {
		ycc.Y[i] = 128
	}
	for i := range ycc.Cb {
		ycc.Cb[i], ycc.Cr[i] = 128, 128
	}
	cases := []struct {
		name string
		img  image.Image
		want [3]uint8 // pixel (1,0)
	}{
		{"gray", gray, [3]uint8{77, 77, 77}},
		{"gray16", gray16, [3]uint8{0x4d, 0x4d, 0x4d}},
		{"cmyk", cmyk, [3]uint8{255, 0, 0}},
		{"paletted", pal, [3]uint8{10, 20, 30}},
		{"nrgba transparent", nrgba, [3]uint8{10, 20, 30}},
		{"nrgba64", rgba64, [3]uint8{0x0a, 0x14, 0x1e}},
		{"ycbcr gray", ycc, [3]uint8{128, 128, 128}},
	}
	for _, c := range cases {
		got := toRGB(c.img, r)
		if len(got.pix) != 3*6 {
			t.Fatalf("%s: %d bytes, want 18", c.name, len(got.pix))
		}
		if p := [3]uint8(got.pix[3:6]); p != c.want {
			t.Errorf("%s: pixel (1,0) = %v, want %v", c.name, p, c.want)
		}
	}
}

func TestTransformsHandleOffsetBoundsAndTinyImages(t *testing.T) {
	// A sub-image has bounds not starting at (0,0); crops are in its own coordinates.
	big := patternImage(80, 60, 3)
	sub := big.SubImage(image.Rect(10, 20, 60, 60))
	want := ResizedCrop(patternImage(80, 60, 3).SubImage(image.Rect(10, 20, 60, 60)), image.Rect(5, 5, 25, 30), 16, false)
	direct := ResizedCrop(toImage(toRGB(big, image.Rect(15, 25, 35, 50))), image.Rect(0, 0, 20, 25), 16, false)
	if !bytes.Equal(want, direct) || !bytes.Equal(ResizedCrop(sub, image.Rect(5, 5, 25, 30), 16, false), direct) {
		t.Fatal("a crop of a sub-image differs from the same crop of its pixels")
	}
	// A 1x1 image upscales to a flat image of its color; nothing panics on tiny input.
	one := image.NewNRGBA(image.Rect(0, 0, 1, 1))
	one.SetNRGBA(0, 0, color.NRGBA{1, 2, 3, 255})
	rng := rand.New(rand.NewPCG(1, 1))
	for _, px := range [][]uint8{EvalImage(one, 224), TrainImage(one, 224, rng)} {
		if len(px) != 224*224*3 {
			t.Fatalf("%d bytes, want %d", len(px), 224*224*3)
		}
		for i, v := range px {
			if v != uint8(1+i%3) {
				t.Fatalf("byte %d = %d, want %d", i, v, 1+i%3)
			}
		}
	}
}

// toImage wraps packed RGB as an image.NRGBA.
func toImage(m rgbImage) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, m.w, m.h))
	for i := range m.w * m.h {
		copy(img.Pix[4*i:], m.pix[3*i:3*i+3])
		img.Pix[4*i+3] = 255
	}
	return img
}

func TestTransformsRefuseEmptyInput(t *testing.T) {
	img := patternImage(10, 10, 1)
	for name, f := range map[string]func(){
		"empty image":    func() { EvalImage(image.NewNRGBA(image.Rect(0, 0, 0, 5)), 224) },
		"size 0":         func() { EvalImage(img, 0) },
		"crop outside":   func() { ResizedCrop(img, image.Rect(5, 5, 11, 9), 8, false) },
		"empty crop":     func() { ResizedCrop(img, image.Rect(5, 5, 5, 9), 8, false) },
		"train, size -1": func() { TrainImage(img, -1, rand.New(rand.NewPCG(1, 1))) },
	} {
		func() {
			defer func() {
				if p := recover(); p == nil || !strings.Contains(fmt.Sprint(p), "model.") {
					t.Errorf("%s: panic %v, want one naming the function", name, p)
				}
			}()
			f()
		}()
	}
}
