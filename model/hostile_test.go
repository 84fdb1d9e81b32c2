package model

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// CheckImageSize bounds every allocation an image header can cause: each side, the
// pixel count, the aspect ratio and the resized image at the run's input size.
func TestCheckImageSizeBounds(t *testing.T) {
	for _, tc := range []struct {
		w, h, size int
		want       string // "" accepted
	}{
		{224, 224, 224, ""},
		{9000, 7000, 224, ""},
		{MaxImageSide, MaxImageSide / MaxImageAspect, DefaultSize, ""},
		{1, 1, 224, ""},
		{10_000_000, 1, 32, "side over"},
		{1, 10_000_000, 224, "side over"},
		{MaxImageSide + 1, 1000, 224, "side over"},
		{16000, 16000, 224, "pixel limit"},
		{3300, 100, 224, "aspect ratio"},
		{100, 3300, 224, "aspect ratio"},
		{0, 5, 224, "empty"},
		{5, -1, 224, "empty"},
		{100, 100, 0, "input size 0"},
		{100, 100, MaxSize + 1, "input size"},
	} {
		err := CheckImageSize(tc.w, tc.h, tc.size)
		if (tc.want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), tc.want)) {
			t.Errorf("CheckImageSize(%d, %d, %d) = %v, want %q", tc.w, tc.h, tc.size, err, tc.want)
		}
	}
	// Whatever passes at the largest input size resizes to at most MaxImagePixels (with
	// today's limits the aspect bound implies it; the resize check guards changes).
	for _, wh := range [][2]int{{MaxImageSide, MaxImageSide / MaxImageAspect}, {MaxImageAspect, 1}, {8192, 8192}} {
		if err := CheckImageSize(wh[0], wh[1], MaxSize); err == nil {
			if rw, rh, _ := EvalGeometry(wh[0], wh[1], MaxSize); int64(rw)*int64(rh) > MaxImagePixels {
				t.Errorf("%v passes but resizes to %dx%d", wh, rw, rh)
			}
		}
	}
}

// A 29 KB PNG declaring 10,000,000 x 1 pixels is refused before decoding, by
// DecodeImage and by the loader, which goes on with the other images.
func TestDecodeRefusesImageBombs(t *testing.T) {
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, 10_000_000, 1))); err != nil {
		t.Fatal(err)
	}
	if _, err := DecodeImage(b.Bytes(), 32); err == nil || !strings.Contains(err.Error(), "side over") {
		t.Fatalf("DecodeImage of a 10,000,000x1 PNG (%d bytes): %v", b.Len(), err)
	}
	if _, err := DecodeImage(make([]byte, MaxImageFileBytes+1), 32); err == nil || !strings.Contains(err.Error(), "byte limit") {
		t.Fatalf("DecodeImage of an oversized file: %v", err)
	}
	dir := t.TempDir()
	var good bytes.Buffer
	png.Encode(&good, image.NewGray(image.Rect(0, 0, 40, 30)))
	os.WriteFile(filepath.Join(dir, "bomb.png"), b.Bytes(), 0o644)
	os.WriteFile(filepath.Join(dir, "good.png"), good.Bytes(), 0o644)
	samples := []Sample{{Path: filepath.Join(dir, "bomb.png")}, {Path: filepath.Join(dir, "good.png")}}
	if mkfifo(filepath.Join(dir, "pipe.png")) == nil {
		samples = append(samples, Sample{Path: filepath.Join(dir, "pipe.png")})
	}
	var warned []string
	l, err := NewLoader(samples, LoaderConfig{Batch: 1, Size: 32, Warn: func(p string, err error) { warned = append(warned, filepath.Base(p)+": "+err.Error()) }})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for range l.Epoch(0) {
		n++
	}
	if n != 1 || len(warned) != len(samples)-1 {
		t.Fatalf("loader yielded %d batches, warned %v", n, warned)
	}
}

// Options PyTorch refuses, or that cannot be held in float32 or cannot fit, are
// refused up front, naming the value.
func TestTrainOptionsValidate(t *testing.T) {
	ok := TrainOptions{Mode: Finetune}.WithDefaults()
	if err := ok.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		edit func(o *TrainOptions)
		want string
	}{
		{func(o *TrainOptions) { o.LR = math.NaN() }, "learning rate NaN"},
		{func(o *TrainOptions) { o.LR = math.Inf(1) }, "learning rate +Inf"},
		{func(o *TrainOptions) { o.LR = -0.5 }, "learning rate -0.5"},
		{func(o *TrainOptions) { o.LR = 1e38 }, "learning rate 1e+38"},  // fc at 10x overflows float32
		{func(o *TrainOptions) { o.LR = 1e-50 }, "learning rate 1e-50"}, // 0 in float32
		{func(o *TrainOptions) { o.WeightDecay = math.NaN() }, "weight decay NaN"},
		{func(o *TrainOptions) { o.WeightDecay = -1 }, "weight decay -1"},
		{func(o *TrainOptions) { o.Momentum = 5 }, "momentum 5"},
		{func(o *TrainOptions) { o.Momentum = -1 }, "momentum -1"},
		{func(o *TrainOptions) { o.Momentum = math.NaN() }, "momentum NaN"},
		{func(o *TrainOptions) { o.Momentum = 0.99999999 }, "momentum 0.99999999"}, // 1 in float32
		{func(o *TrainOptions) { o.Size = 20000 }, "size 20000"},
		{func(o *TrainOptions) { o.Batch = 100000000 }, "batch 100000000"},
		{func(o *TrainOptions) { o.Mode = "fast" }, "unknown mode"},
	} {
		o := ok
		tc.edit(&o)
		if err := o.Validate(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: %v, want %q", o, err, tc.want)
		}
	}
	if _, err := PlanBytes(Config{Classes: 2, Batch: MaxBatch + 1, Height: 32, Width: 32}); err == nil {
		t.Error("PlanBytes accepted a batch over MaxBatch")
	}
	small, err := PlanBytes(Config{Classes: 2, Batch: 1, Height: 32, Width: 32})
	big, err2 := PlanBytes(Config{Classes: 2, Batch: 64, Height: 224, Width: 224})
	if err != nil || err2 != nil || small < int64(ParamCount(2))*4*3 || big < 64*small/4 {
		t.Errorf("PlanBytes: %d (%v) at batch 1 32x32, %d (%v) at batch 64 224x224", small, err, big, err2)
	}
}

// ConvertDType to f16 refuses a finite value float16 cannot hold, naming it.
func TestConvertDTypeRefusesOverflow(t *testing.T) {
	sd := testStateDict(2, 1)
	sd.Tensors["fc.weight"].Data().([]float32)[9] = -70000
	if _, err := ConvertDType(sd, "f16"); err == nil || !strings.Contains(err.Error(), "fc.weight[9] = -70000") {
		t.Fatalf("ConvertDType f16 of -70000: %v", err)
	}
	sd.Tensors["fc.weight"].Data().([]float32)[9] = 65504
	if _, err := ConvertDType(sd, "f16"); err != nil {
		t.Fatalf("65504 fits float16: %v", err)
	}
}

// pngHeader is the start of a PNG declaring w x h pixels of the given bit depth and
// color type: enough for image.DecodeConfig, which reads only the IHDR chunk.
func pngHeader(w, h uint32, depth, colorType byte) []byte {
	ihdr := binary.BigEndian.AppendUint32(nil, w)
	ihdr = binary.BigEndian.AppendUint32(ihdr, h)
	ihdr = append(ihdr, depth, colorType, 0, 0, 0)
	b := []byte("\x89PNG\r\n\x1a\n")
	b = binary.BigEndian.AppendUint32(b, uint32(len(ihdr)))
	chunk := append([]byte("IHDR"), ihdr...)
	b = append(b, chunk...)
	return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(chunk))
}

// The decoder's buffer is bounded in bytes too: a 16-bit RGBA PNG of 36 megapixels
// (8 bytes a pixel) is refused before decoding, an 8-bit gray one of the same size
// gets to the decoder (and fails there, on the missing data).
func TestDecodeBoundsDecodedBytes(t *testing.T) {
	_, err := DecodeImage(pngHeader(6000, 6000, 16, 6), 224)
	if err == nil || !strings.Contains(err.Error(), "MB decoded") {
		t.Fatalf("16-bit RGBA 6000x6000: %v", err)
	}
	_, err = DecodeImage(pngHeader(6000, 6000, 8, 0), 224)
	if err == nil || strings.Contains(err.Error(), "MB decoded") || !strings.Contains(err.Error(), "decoding png") {
		t.Fatalf("8-bit gray 6000x6000 header alone: %v", err)
	}
}
