package e2e

import (
	"bufio"
	"fmt"
	"image"
	"image/color"
	"os"
)

// writeY4M writes a YUV4MPEG2 (4:2:0) video that Chromium's fake webcam plays in a
// loop: frames frames of w x h in which a bright disc crosses a background whose hue
// turns, so that consecutive frames differ and so do their predictions.
func writeY4M(path string, w, h, frames int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	bw := bufio.NewWriter(f)
	fmt.Fprintf(bw, "YUV4MPEG2 W%d H%d F10:1 Ip A1:1 C420jpeg\n", w, h)
	for i := 0; i < frames; i++ {
		img := videoFrame(w, h, i, frames)
		bw.WriteString("FRAME\n")
		writeYUV420(bw, img)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return f.Close()
}

func videoFrame(w, h, i, n int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	t := float64(i) / float64(n)
	bg := color.RGBA{uint8(40 + 180*t), uint8(200 - 150*t), uint8(90 + 60*t), 255}
	cx, cy, r := int(float64(w)*(0.2+0.6*t)), h/2, h/4
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			c := bg
			if (x-cx)*(x-cx)+(y-cy)*(y-cy) < r*r {
				c = color.RGBA{250, 240, uint8(255 * (1 - t)), 255}
			} else if (x/40+y/40)%2 == 0 {
				c.R, c.G, c.B = c.R/2, c.G/2, c.B/2
			}
			img.SetRGBA(x, y, c)
		}
	}
	return img
}

// writeYUV420 writes the Y plane, then U and V subsampled 2x2 (BT.601, full range).
func writeYUV420(bw *bufio.Writer, img *image.RGBA) {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			c := img.RGBAAt(x, y)
			yy, _, _ := color.RGBToYCbCr(c.R, c.G, c.B)
			bw.WriteByte(yy)
		}
	}
	for plane := 0; plane < 2; plane++ {
		for y := 0; y < h; y += 2 {
			for x := 0; x < w; x += 2 {
				c := img.RGBAAt(x, y)
				_, cb, cr := color.RGBToYCbCr(c.R, c.G, c.B)
				if plane == 0 {
					bw.WriteByte(cb)
				} else {
					bw.WriteByte(cr)
				}
			}
		}
	}
}
