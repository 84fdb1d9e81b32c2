package model

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	_ "image/jpeg" // registers JPEG with image.Decode
	_ "image/png"  // registers PNG with image.Decode
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Bounds on the images the data pipeline decodes, checked on the declared size in a
// file's header before any pixel is decoded, so that one huge or malicious file cannot
// exhaust memory (a 29 KB PNG can declare 10,000,000 x 1 pixels):
//   - MaxImagePixels: 64 megapixels, a 9000x7000 photo;
//   - MaxImageSide: neither side longer than 16384 (a 16K panorama's long side);
//   - MaxImageAspect: the longer side at most 32 times the shorter (resizing the
//     shorter side up to the input size multiplies the longer side by as much);
//   - MaxImageFileBytes: the file itself.
const (
	MaxImagePixels    = 1 << 26
	MaxImageSide      = 1 << 14
	MaxImageAspect    = 32
	MaxImageFileBytes = 64 << 20
)

// imageExts are the file extensions an image folder's images have (compared
// lower-cased); other files are not part of the dataset.
var imageExts = []string{".jpg", ".jpeg", ".png"}

// Sample is one labelled image file.
type Sample struct {
	Path  string
	Label int // index into the dataset's Classes
}

// SkippedFile is a file left out of a dataset, and why.
type SkippedFile struct {
	Path   string
	Reason string
}

// Dataset is an image folder: Train and Test samples labelled by the index of their
// class in Classes.
type Dataset struct {
	Root    string
	Classes []string // sorted
	Train   []Sample
	Test    []Sample
	Skipped []SkippedFile // files with an image extension that are not readable images, and links leading out of Root
}

// OpenImageFolder lists the dataset at root laid out like torchvision's ImageFolder,
// one tree per split: root/train/<class>/... and root/test/<class>/..., with the same
// class directories in both. Classes are the sorted directory names and labels their
// index. Image files (.jpg, .jpeg, .png, any case) are found at any depth below a class
// directory; hidden files and directories (a leading dot) are ignored. Each image's
// header is checked (image.DecodeConfig, cheap): a file that is not a readable image
// is listed in Skipped rather than failing the whole dataset. A symlinked directory
// is followed only if it resolves inside root.
//
// It fails, before any training, on a missing split directory, a split without
// classes, different classes in the two splits, or a class with no readable image.
func OpenImageFolder(root string) (*Dataset, error) {
	realRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		return nil, fmt.Errorf("dataset %s: %w (want %s)", root, err, layoutHint(root))
	}
	if realRoot, err = filepath.Abs(realRoot); err != nil {
		return nil, fmt.Errorf("dataset %s: %w", root, err)
	}
	ds := &Dataset{Root: root}
	w := &walker{realRoot: realRoot, ds: ds}
	trainClasses, err := w.classDirs("train")
	if err != nil {
		return nil, err
	}
	testClasses, err := w.classDirs("test")
	if err != nil {
		return nil, err
	}
	if err := sameClasses(root, trainClasses, testClasses); err != nil {
		return nil, err
	}
	ds.Classes = trainClasses
	for _, split := range []string{"train", "test"} {
		for label, class := range ds.Classes {
			samples, err := w.classSamples(split, class, label)
			if err != nil {
				return nil, err
			}
			if split == "train" {
				ds.Train = append(ds.Train, samples...)
			} else {
				ds.Test = append(ds.Test, samples...)
			}
		}
	}
	return ds, nil
}

func layoutHint(root string) string {
	return filepath.Join(root, "{train,test}", "<class>", "<image files>")
}

// walker lists the files of one image folder.
type walker struct {
	realRoot string
	ds       *Dataset
	visited  map[string]bool // resolved directories already listed, against symlink loops
}

// classDirs returns the sorted class directory names of a split.
func (w *walker) classDirs(split string) ([]string, error) {
	root := w.ds.Root
	dir := filepath.Join(root, split)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("dataset %s: no readable %q directory: %w (want %s)", root, split, err, layoutHint(root))
	}
	var classes []string
	for _, e := range entries {
		if isHidden(e.Name()) {
			continue
		}
		path := filepath.Join(dir, e.Name())
		ok, reason := w.isDir(path, e)
		if reason != "" {
			w.ds.Skipped = append(w.ds.Skipped, SkippedFile{Path: path, Reason: reason})
		}
		if ok {
			classes = append(classes, e.Name())
		}
	}
	if len(classes) == 0 {
		return nil, fmt.Errorf("dataset %s: %s has no class directories (want %s)", root, dir, layoutHint(root))
	}
	slices.Sort(classes)
	return classes, nil
}

// isDir reports whether the entry at path is a directory to descend into. A symlink
// counts when it resolves to a directory inside the root; one leading outside is
// reported through the returned reason.
func (w *walker) isDir(path string, e os.DirEntry) (ok bool, skipReason string) {
	if e.Type()&os.ModeSymlink == 0 {
		return e.IsDir(), ""
	}
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return false, "" // a dangling link: its file check reports it
	}
	fi, err := os.Stat(target)
	if err != nil || !fi.IsDir() {
		return false, ""
	}
	if !within(w.realRoot, target) {
		return false, fmt.Sprintf("symlinked directory leads outside the dataset root, to %s; not followed", target)
	}
	return true, ""
}

// within reports whether path (absolute, symlinks resolved) is root or below it.
func within(root, path string) bool {
	rel, err := filepath.Rel(root, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func isHidden(name string) bool { return strings.HasPrefix(name, ".") }

func isImageName(name string) bool {
	return slices.Contains(imageExts, strings.ToLower(filepath.Ext(name)))
}

// classSamples lists the readable images of one class of a split, in path order.
func (w *walker) classSamples(split, class string, label int) ([]Sample, error) {
	dir := filepath.Join(w.ds.Root, split, class)
	w.visited = map[string]bool{}
	skippedBefore := len(w.ds.Skipped)
	var samples []Sample
	if err := w.walk(dir, label, &samples); err != nil {
		return nil, fmt.Errorf("dataset %s: listing class %s in %s: %w", w.ds.Root, class, split, err)
	}
	samples = w.dropUndecodable(samples)
	if len(samples) == 0 {
		msg := fmt.Sprintf("dataset %s: class %s in %s has no images (%s, want .jpg, .jpeg or .png files)", w.ds.Root, class, split, dir)
		if n := len(w.ds.Skipped) - skippedBefore; n > 0 {
			msg += fmt.Sprintf("; %d file(s) skipped, the first: %s: %s", n, w.ds.Skipped[skippedBefore].Path, w.ds.Skipped[skippedBefore].Reason)
		}
		return nil, fmt.Errorf("%s", msg)
	}
	return samples, nil
}

// dropUndecodable decodes the class's images in order until one decodes, moving those
// that fail before it to Skipped: a class whose files all have valid headers but
// corrupt pixels then fails here, before any training, and the usual class costs one
// decode. Files failing later are skipped with a warning when the loader meets them.
func (w *walker) dropUndecodable(samples []Sample) []Sample {
	for i, s := range samples {
		data, err := ReadRegularFile(s.Path, MaxImageFileBytes)
		if err == nil {
			_, err = decodeRecovered(data, DefaultSize)
		}
		if err == nil {
			return samples[i:]
		}
		w.ds.Skipped = append(w.ds.Skipped, SkippedFile{Path: s.Path, Reason: err.Error()})
	}
	return nil
}

// decodeRecovered is DecodeImage with a decoder's panic on a crafted file turned
// into an error.
func decodeRecovered(data []byte, size int) (img image.Image, err error) {
	defer func() {
		if p := recover(); p != nil {
			img, err = nil, fmt.Errorf("decoding image: %v", p)
		}
	}()
	return DecodeImage(data, size)
}

// walk appends the readable images below dir to samples.
func (w *walker) walk(dir string, label int, samples *[]Sample) error {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return err
	}
	if w.visited[real] {
		return nil
	}
	w.visited[real] = true
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		if isHidden(e.Name()) {
			continue
		}
		isDir, reason := w.isDir(path, e)
		switch {
		case reason != "":
			w.ds.Skipped = append(w.ds.Skipped, SkippedFile{Path: path, Reason: reason})
		case isDir:
			if err := w.walk(path, label, samples); err != nil {
				return err
			}
		case isImageName(e.Name()):
			if err := checkImageFile(path); err != nil {
				w.ds.Skipped = append(w.ds.Skipped, SkippedFile{Path: path, Reason: err.Error()})
				continue
			}
			*samples = append(*samples, Sample{Path: path, Label: label})
		}
	}
	return nil
}

// checkImageFile reads just the header of the image at path and checks that it is a
// regular file holding a JPEG or PNG of a size the pipeline accepts.
func checkImageFile(path string) error {
	f, err := OpenRegularFile(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || st.Size() > MaxImageFileBytes {
		return fmt.Errorf("file is larger than the %d-byte limit of an image", MaxImageFileBytes)
	}
	cfg, format, err := image.DecodeConfig(f)
	if err != nil {
		return fmt.Errorf("not a readable JPEG or PNG image: %w", err)
	}
	return checkConfig(cfg, format, DefaultSize)
}

// checkConfig checks a decoded header: the declared size (CheckImageSize) and the
// bytes the decoder would allocate for its pixel format.
func checkConfig(cfg image.Config, format string, size int) error {
	if err := CheckImageSize(cfg.Width, cfg.Height, size); err != nil {
		return fmt.Errorf("%s %w", format, err)
	}
	// The pixel limit counts pixels; the decoder's buffer also depends on the pixel
	// format (a 16-bit RGBA PNG takes 8 bytes a pixel).
	if n := int64(cfg.Width) * int64(cfg.Height) * decodedBytesPerPixel(cfg.ColorModel); n > MaxDecodedBytes {
		return fmt.Errorf("%s image of %dx%d pixels would take %d MB decoded, over the %d MB limit; downscale it",
			format, cfg.Width, cfg.Height, n>>20, MaxDecodedBytes>>20)
	}
	return nil
}

// CheckImageSize checks the declared size of an image, before it is decoded, against
// every allocation decoding and transforming it at input size size may cause: both
// sides positive and at most MaxImageSide, at most MaxImagePixels, an aspect ratio of
// at most MaxImageAspect, and the test transform's resized image (shorter side
// EvalResize(size)) at most MaxImagePixels too. The browser worker calls it on an
// image's header before decoding.
func CheckImageSize(w, h, size int) error {
	if w <= 0 || h <= 0 {
		return fmt.Errorf("image has an empty size %dx%d", w, h)
	}
	if w > MaxImageSide || h > MaxImageSide {
		return fmt.Errorf("image of %dx%d pixels has a side over the %d-pixel limit; downscale it", w, h, MaxImageSide)
	}
	if int64(w)*int64(h) > MaxImagePixels {
		return fmt.Errorf("image of %dx%d pixels is larger than the %d-pixel limit; downscale it", w, h, MaxImagePixels)
	}
	if long, short := max(w, h), min(w, h); long > MaxImageAspect*short {
		return fmt.Errorf("image of %dx%d pixels has an aspect ratio over %d:1; crop it", w, h, MaxImageAspect)
	}
	if size < 1 || size > MaxSize {
		return fmt.Errorf("input size %d: want 1 to %d", size, MaxSize)
	}
	if rw, rh, _ := EvalGeometry(w, h, size); int64(rw)*int64(rh) > MaxImagePixels {
		return fmt.Errorf("image of %dx%d pixels resized for input size %d would be %dx%d, over the %d-pixel limit; crop it",
			w, h, size, rw, rh, MaxImagePixels)
	}
	return nil
}

// DecodeImage decodes a JPEG or PNG image held in data for input size size, refusing
// before decoding any pixel an image whose declared size CheckImageSize refuses.
func DecodeImage(data []byte, size int) (image.Image, error) {
	if len(data) > MaxImageFileBytes {
		return nil, fmt.Errorf("file of %d bytes is larger than the %d-byte limit of an image", len(data), MaxImageFileBytes)
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("not a readable JPEG or PNG image: %w", err)
	}
	if err := checkConfig(cfg, format, size); err != nil {
		return nil, err
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("decoding %s image: %w", format, err)
	}
	return img, nil
}

// MaxDecodedBytes bounds the buffer a decoder allocates for one image: a 64-megapixel
// image at 4 bytes a pixel.
const MaxDecodedBytes = 4 * MaxImagePixels

// decodedBytesPerPixel is what Go's decoders allocate per pixel for an image of this
// color model (YCbCr counted as 4:4:4, the largest; unknown models as 16-bit RGBA).
func decodedBytesPerPixel(m color.Model) int64 {
	switch m {
	case color.GrayModel:
		return 1
	case color.Gray16Model:
		return 2
	case color.YCbCrModel:
		return 3
	case color.RGBAModel, color.NRGBAModel, color.CMYKModel:
		return 4
	}
	if _, ok := m.(color.Palette); ok {
		return 1
	}
	return 8
}

// sameClasses fails unless both splits have the same class directories.
func sameClasses(root string, train, test []string) error {
	var onlyTrain, onlyTest []string
	for _, c := range train {
		if !slices.Contains(test, c) {
			onlyTrain = append(onlyTrain, c)
		}
	}
	for _, c := range test {
		if !slices.Contains(train, c) {
			onlyTest = append(onlyTest, c)
		}
	}
	if len(onlyTrain) == 0 && len(onlyTest) == 0 {
		return nil
	}
	return fmt.Errorf("dataset %s: train and test have different classes: only in train %q, only in test %q; both splits need the same class directories",
		root, onlyTrain, onlyTest)
}
