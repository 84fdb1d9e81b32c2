package model

import (
	"fmt"
	"image"
	"math"
	"math/rand/v2"
)

// The recipe's transforms, with torchvision's semantics on PIL images. Both end in
// packed uint8 RGB pixels (HWC, size x size x 3), which is what torchvision holds
// before ToTensor; the [0,1] scaling and mean/std normalization run on the device
// (kernels.InputNormalize with NormMean and NormStd).

// DefaultSize is the recipe's crop size.
const DefaultSize = 224

// ImageNet normalization of the recipe, for kernels.InputNormalize.
var (
	NormMean = [3]float32{0.485, 0.456, 0.406}
	NormStd  = [3]float32{0.229, 0.224, 0.225}
)

// RandomResizedCrop's default ranges: the crop covers 8% to 100% of the image area,
// with an aspect ratio (width/height) between 3/4 and 4/3.
var (
	CropScale = [2]float64{0.08, 1}
	CropRatio = [2]float64{3. / 4, 4. / 3}
)

// EvalResize is the shorter side the test transform resizes to before its center crop
// of size: 256 for 224, in general round(size*8/7).
func EvalResize(size int) int { return int(math.Round(float64(size) * 8 / 7)) }

// RandomResizedCropParams picks the crop of a w x h image the way torchvision's
// RandomResizedCrop.get_params does: up to 10 tries of an area drawn uniformly from
// scale times the image area and an aspect ratio drawn log-uniformly from ratio, with
// w = round(sqrt(area*ratio)), h = round(sqrt(area/ratio)) (Python's round, half to
// even), accepted if it fits, its top-left corner then uniform over the positions
// that fit. If no try fits, it falls back to the largest central crop whose aspect
// ratio lies within ratio. The draws are float32 like torch's. The result is in the
// image's own coordinates, with its origin at (0,0).
func RandomResizedCropParams(w, h int, scale, ratio [2]float64, rng *rand.Rand) image.Rectangle {
	area := float64(w * h)
	logLo, logHi := log32(ratio[0]), log32(ratio[1])
	for range 10 {
		target := area * float64(uniform32(rng, float32(scale[0]), float32(scale[1])))
		aspect := float64(float32(math.Exp(float64(uniform32(rng, logLo, logHi)))))
		cw := int(math.RoundToEven(math.Sqrt(target * aspect)))
		ch := int(math.RoundToEven(math.Sqrt(target / aspect)))
		if 0 < cw && cw <= w && 0 < ch && ch <= h {
			y := rng.IntN(h - ch + 1)
			x := rng.IntN(w - cw + 1)
			return image.Rect(x, y, x+cw, y+ch)
		}
	}
	cw, ch := w, h
	switch inRatio := float64(w) / float64(h); {
	case inRatio < min(ratio[0], ratio[1]):
		ch = int(math.RoundToEven(float64(w) / min(ratio[0], ratio[1])))
	case inRatio > max(ratio[0], ratio[1]):
		cw = int(math.RoundToEven(float64(h) * max(ratio[0], ratio[1])))
	}
	x, y := (w-cw)/2, (h-ch)/2
	return image.Rect(x, y, x+cw, y+ch)
}

// log32 is torch.log(torch.tensor(r)): the log of r as a float32.
func log32(r float64) float32 { return float32(math.Log(float64(float32(r)))) }

// uniform32 is torch's Tensor.uniform_(lo, hi) on a float32 tensor: lo + (hi-lo)*u
// with u uniform in [0,1), computed in float32.
func uniform32(rng *rand.Rand, lo, hi float32) float32 {
	return lo + (hi-lo)*rng.Float32()
}

// EvalGeometry is the test transform's geometry for a w x h image: Resize(shorter side
// to EvalResize(size)) gives rw x rh (the longer side as torchvision computes it,
// int(short*long/shorter)), and CenterCrop(size) takes crop of that, its offset
// rounded as torchvision's int(round((rh-size)/2.0)).
func EvalGeometry(w, h, size int) (rw, rh int, crop image.Rectangle) {
	short := EvalResize(size)
	if w <= h {
		rw, rh = short, int(float64(short*h)/float64(w))
	} else {
		rw, rh = int(float64(short*w)/float64(h)), short
	}
	top := int(math.RoundToEven(float64(rh-size) / 2))
	left := int(math.RoundToEven(float64(rw-size) / 2))
	return rw, rh, image.Rect(left, top, left+size, top+size)
}

// EvalImage is the test transform (resize the shorter side to EvalResize(size), center
// crop size x size) of img: size*size*3 bytes of packed RGB, rows top to bottom. The
// browser's webcam classifier and `webtune` inference use it. Like torchvision's PIL
// loader it ignores EXIF orientation. img must not be empty and size must be at least
// 1 (it panics otherwise: check a webcam frame's size before).
func EvalImage(img image.Image, size int) []uint8 {
	b := img.Bounds()
	mustTransform("EvalImage", b, b, size)
	rw, rh, crop := EvalGeometry(b.Dx(), b.Dy(), size)
	return resample(toRGB(img, b), rw, rh, crop, false)
}

// ResizedCrop cuts crop (in img's own coordinates, origin at (0,0)) out of img,
// resizes it to size x size with PIL's BILINEAR filter (antialiased when it shrinks)
// and mirrors it left-right if flip: torchvision's resized_crop then hflip. It returns
// size*size*3 bytes of packed RGB.
func ResizedCrop(img image.Image, crop image.Rectangle, size int, flip bool) []uint8 {
	crop = crop.Add(img.Bounds().Min)
	mustTransform("ResizedCrop", img.Bounds(), crop, size)
	src := toRGB(img, crop)
	return resample(src, size, size, image.Rect(0, 0, size, size), flip)
}

// TrainImage is the train transform of img: RandomResizedCrop(size) with the default
// scale and ratio ranges, then a horizontal flip with probability 1/2, drawing from
// rng in that order. It returns size*size*3 bytes of packed RGB.
func TrainImage(img image.Image, size int, rng *rand.Rand) []uint8 {
	return TrainImageScale(img, size, CropScale, rng)
}

// TrainImageScale is TrainImage with RandomResizedCrop's area range scale
// (torchvision's scale argument) instead of the default.
func TrainImageScale(img image.Image, size int, scale [2]float64, rng *rand.Rand) []uint8 {
	b := img.Bounds()
	mustTransform("TrainImage", b, b, size)
	crop := RandomResizedCropParams(b.Dx(), b.Dy(), scale, CropRatio, rng)
	flip := rng.Float32() < 0.5
	return ResizedCrop(img, crop, size, flip)
}

// mustTransform panics, naming the caller's mistake, unless crop is a non-empty part
// of bounds and size is positive: the transforms have no output for those.
func mustTransform(fn string, bounds, crop image.Rectangle, size int) {
	if size < 1 {
		panic(fmt.Sprintf("model.%s: output size %d, want at least 1", fn, size))
	}
	if crop.Empty() || !crop.In(bounds) {
		panic(fmt.Sprintf("model.%s: crop %v of an image with bounds %v is empty or outside it", fn, crop, bounds))
	}
}
