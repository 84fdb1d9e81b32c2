package model

import (
	"image"
	"image/color"
)

// torchvision decodes JPEGs with PIL, that is with libjpeg-turbo, whose defaults
// upsample subsampled chroma with a triangle filter ("fancy upsampling") and convert
// YCbCr to RGB with its own rounding. Go's image/jpeg leaves the chroma planes
// subsampled and image.YCbCr.At repeats each chroma sample, which moves colors near
// edges by several levels. This file redoes libjpeg-turbo's upsampling
// (jdsample.c: h2v1_fancy_upsample, h2v2_fancy_upsample) and color conversion
// (jdcolor.c: ycc_rgb_convert) on Go's decoded planes, so that the pixels match PIL's.

// libjpeg's YCbCr -> RGB tables (build_ycc_rgb_table), 16-bit fixed point.
var yccTables = func() (t struct{ crR, cbB, crG, cbG [256]int32 }) {
	const scaleBits, half = 16, 1 << 15
	fix := func(x float64) int32 { return int32(x*(1<<scaleBits) + 0.5) }
	for i := range 256 {
		x := int32(i - 128)
		t.crR[i] = (fix(1.40200)*x + half) >> scaleBits
		t.cbB[i] = (fix(1.77200)*x + half) >> scaleBits
		t.crG[i] = -fix(0.71414) * x
		t.cbG[i] = -fix(0.34414)*x + half
	}
	return t
}()

// yccToRGB is libjpeg's ycc_rgb_convert for one pixel.
func yccToRGB(y, cb, cr uint8) (r, g, b uint8) {
	t := &yccTables
	yy := int32(y)
	return clampByte32(yy + t.crR[cr]), clampByte32(yy + (t.cbG[cb]+t.crG[cr])>>16), clampByte32(yy + t.cbB[cb])
}

func clampByte32(v int32) uint8 { return uint8(min(max(v, 0), 255)) }

// fancyYCbCr converts the part r of a decoded JPEG to packed RGB as libjpeg-turbo
// would. It handles what a decoder returns (bounds at the origin) with 4:4:4, 4:2:2
// and 4:2:0 chroma; for anything else ok is false.
func fancyYCbCr(m *image.YCbCr, r image.Rectangle) (out rgbImage, ok bool) {
	if m.Rect.Min != (image.Point{}) {
		return out, false
	}
	// The decoder's planes are padded to whole MCUs; like libjpeg, use only the real
	// chroma samples, ceil(w/2) by ceil(h/2) for 4:2:0.
	w, h := m.Rect.Dx(), m.Rect.Dy()
	up := chromaRows{stride: m.CStride, cw: w, ch: h}
	switch m.SubsampleRatio {
	case image.YCbCrSubsampleRatio444:
	case image.YCbCrSubsampleRatio422:
		up.cw, up.h2 = (w+1)/2, true
	case image.YCbCrSubsampleRatio420:
		up.cw, up.ch, up.h2, up.v2 = (w+1)/2, (h+1)/2, true, true
	default:
		return out, false
	}
	up.sums = make([]int, up.cw)
	out = rgbImage{w: r.Dx(), h: r.Dy(), pix: make([]uint8, 3*r.Dx()*r.Dy())}
	cb, cr := make([]uint8, r.Dx()), make([]uint8, r.Dx())
	i := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		up.row(m.Cb, y, r.Min.X, cb)
		up.row(m.Cr, y, r.Min.X, cr)
		luma := m.Y[y*m.YStride+r.Min.X:]
		for x := range r.Dx() {
			out.pix[i], out.pix[i+1], out.pix[i+2] = yccToRGB(luma[x], cb[x], cr[x])
			i += 3
		}
	}
	return out, true
}

// chromaRows upsamples a chroma plane one output row at a time.
type chromaRows struct {
	stride, cw, ch int   // row stride of the plane; its real width and height in samples
	h2, v2         bool  // subsampled 2:1 across, down
	sums           []int // scratch: the vertically filtered row, 4x scaled
}

// row writes the chroma of output row y, columns x0 to x0+len(dst), to dst.
//
// Across (h2v1_fancy_upsample) each output sample is 3/4 of the nearer chroma sample
// and 1/4 of the next one out, rounding alternately down and up; 4:2:0
// (h2v2_fancy_upsample) does the same down the rows first, so 9/16, 3/16, 3/16, 1/16
// of the four nearest samples. Edge samples are replicated (libjpeg duplicates the
// first and last rows as context). libjpeg repeats samples instead when a row has 2
// or fewer.
func (c *chromaRows) row(p []uint8, y, x0 int, dst []uint8) {
	if !c.h2 {
		copy(dst, p[y*c.stride+x0:])
		return
	}
	cy := y
	if c.v2 {
		cy = y / 2
	}
	near := p[cy*c.stride : cy*c.stride+c.cw]
	if c.cw <= 2 {
		for i := range dst {
			dst[i] = near[(x0+i)/2]
		}
		return
	}
	if !c.v2 {
		for i := range dst {
			x := x0 + i
			cx := x / 2
			if x%2 == 0 {
				dst[i] = uint8((3*int(near[cx]) + int(near[max(cx-1, 0)]) + 1) >> 2)
			} else {
				dst[i] = uint8((3*int(near[cx]) + int(near[min(cx+1, c.cw-1)]) + 2) >> 2)
			}
		}
		return
	}
	farY := cy - 1 // the row above for even rows, below for odd ones
	if y%2 == 1 {
		farY = cy + 1
	}
	farY = min(max(farY, 0), c.ch-1)
	far := p[farY*c.stride : farY*c.stride+c.cw]
	for cx := range c.sums {
		c.sums[cx] = 3*int(near[cx]) + int(far[cx])
	}
	for i := range dst {
		x := x0 + i
		cx := x / 2
		if x%2 == 0 {
			dst[i] = uint8((3*c.sums[cx] + c.sums[max(cx-1, 0)] + 8) >> 4)
		} else {
			dst[i] = uint8((3*c.sums[cx] + c.sums[min(cx+1, c.cw-1)] + 7) >> 4)
		}
	}
}

// ycbcrNearest is image.YCbCr.At's conversion, for the layouts fancyYCbCr leaves out.
func ycbcrNearest(m *image.YCbCr, r image.Rectangle) rgbImage {
	out := rgbImage{w: r.Dx(), h: r.Dy(), pix: make([]uint8, 3*r.Dx()*r.Dy())}
	i := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			yi, ci := m.YOffset(x, y), m.COffset(x, y)
			out.pix[i], out.pix[i+1], out.pix[i+2] = color.YCbCrToRGB(m.Y[yi], m.Cb[ci], m.Cr[ci])
			i += 3
		}
	}
	return out
}
