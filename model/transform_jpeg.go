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
	w, h, stride := m.Rect.Dx(), m.Rect.Dy(), m.CStride
	var chroma func(plane []uint8, x, y int) uint8
	switch m.SubsampleRatio {
	case image.YCbCrSubsampleRatio444:
		chroma = func(p []uint8, x, y int) uint8 { return p[y*stride+x] }
	case image.YCbCrSubsampleRatio422:
		chroma = fancy422((w+1)/2, stride)
	case image.YCbCrSubsampleRatio420:
		chroma = fancy420((w+1)/2, (h+1)/2, stride)
	default:
		return out, false
	}
	out = rgbImage{w: r.Dx(), h: r.Dy(), pix: make([]uint8, 3*r.Dx()*r.Dy())}
	i := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			out.pix[i], out.pix[i+1], out.pix[i+2] = yccToRGB(m.Y[y*m.YStride+x], chroma(m.Cb, x, y), chroma(m.Cr, x, y))
			i += 3
		}
	}
	return out, true
}

// fancy422 is h2v1_fancy_upsample: each output sample is 3/4 of the nearer chroma
// sample and 1/4 of the next one out, edges replicated, rounding alternately down and
// up. libjpeg repeats samples instead when a row has 2 or fewer.
func fancy422(cw, stride int) func(p []uint8, x, y int) uint8 {
	return func(p []uint8, x, y int) uint8 {
		row := p[y*stride : y*stride+cw]
		cx := x / 2
		if cw <= 2 {
			return row[cx]
		}
		near := 3 * int(row[cx])
		if x%2 == 0 {
			return uint8((near + int(row[max(cx-1, 0)]) + 1) >> 2)
		}
		return uint8((near + int(row[min(cx+1, cw-1)]) + 2) >> 2)
	}
}

// fancy420 is h2v2_fancy_upsample: 9/16, 3/16, 3/16, 1/16 of the four nearest chroma
// samples, edges replicated (libjpeg duplicates the first and last rows as context).
// libjpeg repeats samples instead when a row has 2 or fewer.
func fancy420(cw, ch, stride int) func(p []uint8, x, y int) uint8 {
	return func(p []uint8, x, y int) uint8 {
		cx, cy := x/2, y/2
		if cw <= 2 {
			return p[cy*stride+cx]
		}
		far := cy - 1 // the row above for even rows, below for odd ones
		if y%2 == 1 {
			far = cy + 1
		}
		far = min(max(far, 0), ch-1)
		colSum := func(cx int) int { return 3*int(p[cy*stride+cx]) + int(p[far*stride+cx]) }
		this := colSum(cx)
		if x%2 == 0 {
			return uint8((3*this + colSum(max(cx-1, 0)) + 8) >> 4)
		}
		return uint8((3*this + colSum(min(cx+1, cw-1)) + 7) >> 4)
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
