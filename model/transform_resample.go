package model

import (
	"image"
	"image/color"
	"math"
)

// rgbImage is a packed 8-bit RGB raster (3 bytes a pixel, rows of 3*w bytes), the form
// PIL holds an "RGB" image in before torchvision's ToTensor.
type rgbImage struct {
	w, h int
	pix  []uint8
}

// toRGB converts the part r of img (in img's coordinates) to packed RGB the way PIL's
// convert("RGB") does: alpha is dropped (not blended), gray is replicated, 16-bit
// samples keep their high byte, and JPEG's YCbCr is converted as libjpeg-turbo does
// (transform_jpeg.go). The common decoder outputs take fast paths.
func toRGB(img image.Image, r image.Rectangle) rgbImage {
	out := rgbImage{w: r.Dx(), h: r.Dy(), pix: make([]uint8, 3*r.Dx()*r.Dy())}
	i := 0
	switch m := img.(type) {
	case *image.YCbCr:
		if out, ok := fancyYCbCr(m, r); ok {
			return out
		}
		return ycbcrNearest(m, r)
	case *image.Gray:
		for y := r.Min.Y; y < r.Max.Y; y++ {
			row := m.Pix[m.PixOffset(r.Min.X, y):]
			for x := 0; x < out.w; x++ {
				v := row[x]
				out.pix[i], out.pix[i+1], out.pix[i+2] = v, v, v
				i += 3
			}
		}
	case *image.NRGBA:
		for y := r.Min.Y; y < r.Max.Y; y++ {
			row := m.Pix[m.PixOffset(r.Min.X, y):]
			for x := 0; x < out.w; x++ {
				copy(out.pix[i:i+3], row[4*x:4*x+3])
				i += 3
			}
		}
	case *image.Paletted:
		// One conversion per palette entry instead of one per pixel.
		lut := make([][3]uint8, len(m.Palette))
		for j, c := range m.Palette {
			n := color.NRGBAModel.Convert(c).(color.NRGBA)
			lut[j] = [3]uint8{n.R, n.G, n.B}
		}
		for y := r.Min.Y; y < r.Max.Y; y++ {
			row := m.Pix[m.PixOffset(r.Min.X, y):]
			for x := 0; x < out.w; x++ {
				var c [3]uint8 // an index past the palette is black, as image.Paletted.At says
				if int(row[x]) < len(lut) {
					c = lut[row[x]]
				}
				copy(out.pix[i:i+3], c[:])
				i += 3
			}
		}
	default:
		// RGBA (premultiplied) is un-premultiplied here, so a transparent pixel keeps
		// its color as it would in PIL; CMYK, 16-bit and the rest go the same way.
		for y := r.Min.Y; y < r.Max.Y; y++ {
			for x := r.Min.X; x < r.Max.X; x++ {
				n := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
				out.pix[i], out.pix[i+1], out.pix[i+2] = n.R, n.G, n.B
				i += 3
			}
		}
	}
	return out
}

// precisionBits is PIL's fixed-point precision for 8-bit resampling (Resample.c).
const precisionBits = 32 - 8 - 2

// taps holds PIL's resampling coefficients for one axis: output position i reads
// n[i] input samples starting at first[i], weighted by k[i*size : i*size+n[i]].
type taps struct {
	first, n []int
	k        []int32
	size     int
}

// bilinearTaps computes PIL's BILINEAR coefficients (precompute_coeffs and
// normalize_coeffs_8bpc in Pillow's Resample.c) for resizing inSize samples to
// outSize. On downscale the triangle filter is stretched by the scale factor, which is
// PIL's antialiasing; on upscale it is plain linear interpolation.
func bilinearTaps(inSize, outSize int) taps {
	scale := float64(inSize) / float64(outSize)
	filterScale := max(scale, 1)
	support := 1.0 * filterScale // the bilinear filter's support is 1
	size := 2*int(math.Ceil(support)) + 1
	t := taps{first: make([]int, outSize), n: make([]int, outSize), k: make([]int32, outSize*size), size: size}
	w := make([]float64, size)
	ss := 1 / filterScale // PIL multiplies by the reciprocal; dividing can differ in the last bit
	for i := 0; i < outSize; i++ {
		center := (float64(i) + 0.5) * scale
		lo := max(int(center-support+0.5), 0)
		hi := min(int(center+support+0.5), inSize)
		sum := 0.0
		for x := lo; x < hi; x++ {
			v := triangle((float64(x) - center + 0.5) * ss)
			w[x-lo] = v
			sum += v
		}
		for x := 0; x < hi-lo; x++ {
			v := w[x]
			if sum != 0 {
				v /= sum
			}
			t.k[i*size+x] = fixed(v)
		}
		t.first[i], t.n[i] = lo, hi-lo
	}
	return t
}

// triangle is PIL's bilinear_filter.
func triangle(x float64) float64 {
	if x < 0 {
		x = -x
	}
	if x < 1 {
		return 1 - x
	}
	return 0
}

// fixed rounds a coefficient to PIL's fixed point, half away from zero.
func fixed(v float64) int32 {
	s := float64(v * (1 << precisionBits))
	if v < 0 {
		return int32(s - 0.5)
	}
	return int32(s + 0.5)
}

// clip8 turns an accumulator back into a byte, as PIL's clip8.
func clip8(v int32) uint8 {
	if v <= 0 {
		return 0
	}
	if v >= 255<<precisionBits {
		return 255
	}
	return uint8(v >> precisionBits)
}

// resample resizes src to outW x outH with PIL's BILINEAR filter and returns only the
// window win of the result (a rectangle inside [0,outW)x[0,outH)), packed RGB,
// mirrored left-right if flip. Like PIL it runs a horizontal pass into an 8-bit
// intermediate, then a vertical pass; every output pixel depends only on its own
// taps, so computing just the window gives the same bytes as resizing everything and
// cropping afterwards.
func resample(src rgbImage, outW, outH int, win image.Rectangle, flip bool) []uint8 {
	ww, wh := win.Dx(), win.Dy()
	// Horizontal pass, over the source rows the vertical pass will read.
	rowLo, rowHi := win.Min.Y, win.Max.Y
	var vt taps
	if outH != src.h {
		vt = bilinearTaps(src.h, outH)
		rowLo = vt.first[win.Min.Y]
		rowHi = 0
		for y := win.Min.Y; y < win.Max.Y; y++ {
			rowHi = max(rowHi, vt.first[y]+vt.n[y])
		}
	}
	mid := rgbImage{w: ww, h: rowHi - rowLo}
	if outW != src.w {
		mid.pix = make([]uint8, 3*mid.w*mid.h)
		ht := bilinearTaps(src.w, outW)
		for y := rowLo; y < rowHi; y++ {
			in := src.pix[3*src.w*y:]
			out := mid.pix[3*mid.w*(y-rowLo):]
			for x := win.Min.X; x < win.Max.X; x++ {
				k := ht.k[x*ht.size:]
				s0, s1, s2 := int32(1<<(precisionBits-1)), int32(1<<(precisionBits-1)), int32(1<<(precisionBits-1))
				p := in[3*ht.first[x]:]
				for j := 0; j < ht.n[x]; j++ {
					s0 += int32(p[3*j]) * k[j]
					s1 += int32(p[3*j+1]) * k[j]
					s2 += int32(p[3*j+2]) * k[j]
				}
				o := 3 * (x - win.Min.X)
				out[o], out[o+1], out[o+2] = clip8(s0), clip8(s1), clip8(s2)
			}
		}
	} else {
		mid.pix = make([]uint8, 0, 3*mid.w*mid.h)
		for y := rowLo; y < rowHi; y++ {
			mid.pix = append(mid.pix, src.pix[3*(src.w*y+win.Min.X):3*(src.w*y+win.Max.X)]...)
		}
	}

	dst := make([]uint8, 3*ww*wh)
	for y := 0; y < wh; y++ {
		out := dst[3*ww*y:]
		if outH == src.h {
			copy(out[:3*ww], mid.pix[3*ww*y:])
		} else {
			yy := y + win.Min.Y
			k := vt.k[yy*vt.size:]
			first := vt.first[yy] - rowLo
			for x := 0; x < ww; x++ {
				s0, s1, s2 := int32(1<<(precisionBits-1)), int32(1<<(precisionBits-1)), int32(1<<(precisionBits-1))
				for j := 0; j < vt.n[yy]; j++ {
					p := mid.pix[3*(mid.w*(first+j)+x):]
					s0 += int32(p[0]) * k[j]
					s1 += int32(p[1]) * k[j]
					s2 += int32(p[2]) * k[j]
				}
				out[3*x], out[3*x+1], out[3*x+2] = clip8(s0), clip8(s1), clip8(s2)
			}
		}
		if flip {
			mirrorRow(out[:3*ww])
		}
	}
	return dst
}

// mirrorRow reverses the pixel order of one packed RGB row.
func mirrorRow(row []uint8) {
	for l, r := 0, len(row)-3; l < r; l, r = l+3, r-3 {
		row[l], row[l+1], row[l+2], row[r], row[r+1], row[r+2] = row[r], row[r+1], row[r+2], row[l], row[l+1], row[l+2]
	}
}
