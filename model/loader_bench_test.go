package model

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"testing"
)

// BenchmarkLoaderDemo is the input pipeline alone, as the browser demo runs it: JPEG
// decoding, RandomResizedCrop (scale 0.7–1) and flip to 64², batches of 32, from
// bytes in memory (the worker's Open). Compare its img/s with the training step's.
// In the browser: GOOS=js GOARCH=wasm go test -run '^$' -bench LoaderDemo
// -exec $PWD/bin/testrunner ./model
func BenchmarkLoaderDemo(b *testing.B) {
	files := map[string][]byte{}
	var samples []Sample
	for i := 0; i < 256; i++ {
		img := image.NewRGBA(image.Rect(0, 0, 96, 96)) // the built-in dataset's size
		for p := 0; p < len(img.Pix); p += 4 {
			img.Pix[p], img.Pix[p+1], img.Pix[p+2], img.Pix[p+3] = uint8(p*7+i), uint8(p/3), uint8(i*13), 255
		}
		img.SetRGBA(48, 48, color.RGBA{255, 255, 255, 255})
		var buf bytes.Buffer
		if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 90}); err != nil {
			b.Fatal(err)
		}
		name := fmt.Sprintf("%d.jpg", i)
		files[name] = buf.Bytes()
		samples = append(samples, Sample{Path: name, Label: i % 4})
	}
	l, err := NewLoader(samples, LoaderConfig{Batch: 32, Size: 64, Augment: true, Shuffle: true, CropScale: [2]float64{0.7, 1},
		Open: func(p string) ([]byte, error) { return files[p], nil }})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	images := 0
	for i := 0; i < b.N; i++ {
		for batch := range l.Epoch(i) {
			images += batch.N
		}
	}
	b.ReportMetric(float64(images)/b.Elapsed().Seconds(), "img/s")
}
