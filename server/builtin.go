package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"log/slog"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"
)

// The built-in dataset: procedurally drawn shapes on textured backgrounds, so the
// training demo works on a machine that never reached the network. It is drawn the same
// way every time (seeded per image), so its manifest hashes are stable.
//
// It is drawn to be learnable from scratch in the demo's two minutes (model.BuiltinDemo):
// each shape is bright on a dark background (any hues), stands upright, lies inside the
// test transform's center crop, covers a good part of the image, and the background's
// texture is of low contrast. On shapes and backgrounds of any colours, at any rotation,
// over high-contrast textures (a checkerboard has the edges and corners of the shapes
// themselves), ResNet-18 from scratch stayed at chance for its first epochs.
const (
	builtinName    = "shapes"
	builtinSize    = 96  // pixels, square: small to draw, decode and cache, still above the demo's 64
	builtinTrain   = 250 // images per class
	builtinTest    = 100
	builtinQuality = 90
)

var builtinClasses = []string{"circle", "square", "star", "triangle"}

// hasDataset reports whether the data directory holds any dataset folder.
func hasDataset(dataDir string) bool {
	entries, _ := os.ReadDir(filepath.Join(dataDir, datasetsDir))
	for _, e := range entries {
		if e.IsDir() && e.Name()[0] != '.' {
			return true
		}
	}
	return false
}

// builtinVersion is the first line of the built-in dataset's mark file. Change it with
// the drawing: a data directory holding an older drawing then gets the new one.
const builtinVersion = "webtune built-in shapes, drawing 3"

// ensureBuiltinDataset draws the built-in dataset when the data directory has no
// dataset (or, if always, when it has not this one), and redraws it when the one there
// is an older drawing (its mark file names another version): the demo's settings are
// tuned to the current one.
func ensureBuiltinDataset(dataDir string, always bool, log *slog.Logger) error {
	dir := filepath.Join(dataDir, datasetsDir, builtinName)
	mark, err := os.ReadFile(filepath.Join(dir, builtinMark))
	stale := err == nil && !strings.HasPrefix(string(mark), builtinVersion+"\n")
	_, err = os.Stat(dir)
	missing := err != nil && (always || !hasDataset(dataDir))
	if !missing && !stale {
		return nil
	}
	start := time.Now()
	old := filepath.Join(dataDir, datasetsDir, "."+builtinName+".old")
	if stale {
		// Hidden while it is removed, so the index never lists a half-deleted dataset.
		os.RemoveAll(old)
		if err := os.Rename(dir, old); err != nil {
			return fmt.Errorf("replacing the older drawing of the built-in dataset at %s: %w (delete that folder)", dir, err)
		}
	}
	if _, err := writeBuiltinDataset(dataDir); err != nil {
		return err
	}
	os.RemoveAll(old)
	what := "no dataset found: drew the built-in one"
	if stale {
		what = "the built-in dataset was an older drawing: redrew it"
	}
	log.Info(what, "dir", dir, "classes", len(builtinClasses),
		"images", len(builtinClasses)*(builtinTrain+builtinTest), "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// writeBuiltinDataset draws the built-in dataset into <dataDir>/datasets/shapes. It is
// written to a hidden folder first and renamed, so a crash leaves no half dataset.
func writeBuiltinDataset(dataDir string) (string, error) {
	final := filepath.Join(dataDir, datasetsDir, builtinName)
	tmp, err := os.MkdirTemp(filepath.Join(dataDir, datasetsDir), "."+builtinName+".tmp-")
	if err != nil {
		return "", fmt.Errorf("creating the built-in dataset: %w", err)
	}
	defer os.RemoveAll(tmp) // after a successful rename there is nothing left to remove
	type job struct {
		split      string
		class, idx int
	}
	jobs := make(chan job)
	errs := make(chan error, 1)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for j := range jobs {
				if err := writeBuiltinImage(tmp, j.split, j.class, j.idx); err != nil {
					select {
					case errs <- err:
					default:
					}
				}
			}
		})
	}
	for _, split := range []struct {
		name string
		n    int
	}{{"train", builtinTrain}, {"test", builtinTest}} {
		for c, class := range builtinClasses {
			if err := os.MkdirAll(filepath.Join(tmp, split.name, class), 0o755); err != nil {
				close(jobs)
				return "", err
			}
			for i := range split.n {
				jobs <- job{split.name, c, i}
			}
		}
	}
	close(jobs)
	wg.Wait()
	select {
	case err := <-errs:
		return "", fmt.Errorf("drawing the built-in dataset: %w", err)
	default:
	}
	note := builtinVersion + "\nDrawn by `webtune serve` because the data directory had no dataset: " +
		"circles, squares, stars and triangles on textured backgrounds. Delete this folder to redraw it.\n"
	if err := os.WriteFile(filepath.Join(tmp, builtinMark), []byte(note), 0o644); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, final); err != nil {
		return "", fmt.Errorf("placing the built-in dataset at %s: %w", final, err)
	}
	return final, nil
}

func writeBuiltinImage(dir, split string, class, idx int) error {
	seed := uint64(class)<<32 | uint64(idx)
	if split == "test" {
		seed |= 1 << 63
	}
	img := drawBuiltin(builtinClasses[class], rand.New(rand.NewPCG(seed, 0x5eed)))
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: builtinQuality}); err != nil {
		return err
	}
	name := filepath.Join(dir, split, builtinClasses[class], fmt.Sprintf("%04d.jpg", idx))
	return os.WriteFile(name, b.Bytes(), 0o644)
}

// drawBuiltin draws one upright shape of the given class with random colour, size,
// position and a slight tilt over a random texture (gradient, stripes, checks or noise).
func drawBuiltin(class string, rng *rand.Rand) *image.RGBA {
	const n = builtinSize
	img := image.NewRGBA(image.Rect(0, 0, n, n))
	// A bright shape of any hue on a dark background of any hue: the silhouette is
	// what tells the classes apart, and its edge has the same sign in every image.
	bg1 := colorWithLuma(20, 90, rng)
	bg2 := nearColor(bg1, 30, rng)
	fg := colorWithLuma(170, 250, rng)
	texture := rng.IntN(4)
	period := 4 + rng.Float64()*12
	angle := rng.Float64() * math.Pi
	// Centre and radius keep the shape (a star reaches 1.2 r) within 0.06..0.94 of the
	// side: inside the center crop of the test transform (7/8 of the side).
	cx := n * (0.42 + 0.16*rng.Float64())
	cy := n * (0.42 + 0.16*rng.Float64())
	r := n * (0.23 + 0.05*rng.Float64())
	// Upright (a flat-bottomed square, triangle and star pointing up, which a
	// horizontal flip keeps), tilted by up to 17 degrees either way.
	rot := uprightAngle[class] + 0.3*(2*rng.Float64()-1)
	inside := shapeTest(class, cx, cy, r, rot)
	for y := range n {
		for x := range n {
			t := textureAt(texture, float64(x), float64(y), period, angle, rng)
			c := mix(bg1, bg2, t)
			// 2x2 supersampling gives the shape soft edges, as a photo would.
			cover := 0.0
			for _, o := range [4][2]float64{{0.25, 0.25}, {0.75, 0.25}, {0.25, 0.75}, {0.75, 0.75}} {
				if inside(float64(x)+o[0], float64(y)+o[1]) {
					cover += 0.25
				}
			}
			img.SetRGBA(x, y, mix(c, fg, cover))
		}
	}
	return img
}

func textureAt(kind int, x, y, period, angle float64, rng *rand.Rand) float64 {
	u := x*math.Cos(angle) + y*math.Sin(angle)
	switch kind {
	case 0: // gradient
		return u / (builtinSize * 1.5)
	case 1: // stripes
		return 0.5 + 0.5*math.Sin(2*math.Pi*u/period)
	case 2: // checks
		v := -x*math.Sin(angle) + y*math.Cos(angle)
		if (int(math.Floor(u/period))+int(math.Floor(v/period)))%2 == 0 {
			return 0
		}
		return 1
	default: // noise
		return rng.Float64()
	}
}

// uprightAngle is the rotation that stands each polygon on a flat side (see regular:
// vertex i lies at angle rot + 2*pi*i/k, y pointing down).
var uprightAngle = map[string]float64{"square": math.Pi / 4, "triangle": -math.Pi / 2, "star": -math.Pi / 2}

// shapeTest returns the inside test of a shape centred at (cx, cy) with radius r.
func shapeTest(class string, cx, cy, r, rot float64) func(x, y float64) bool {
	if class == "circle" {
		return func(x, y float64) bool { return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r }
	}
	var pts [][2]float64
	switch class {
	case "square":
		pts = regular(4, cx, cy, r, r, rot)
	case "triangle":
		pts = regular(3, cx, cy, r*1.15, r*1.15, rot)
	case "star":
		pts = regular(10, cx, cy, r*1.2, r*0.5, rot)
	}
	return func(x, y float64) bool { return inPolygon(pts, x, y) }
}

// regular returns the vertices of a polygon alternating between radii r1 and r2 (equal
// for a regular polygon, different for a star).
func regular(k int, cx, cy, r1, r2, rot float64) [][2]float64 {
	pts := make([][2]float64, k)
	for i := range k {
		r := r1
		if i%2 == 1 {
			r = r2
		}
		a := rot + 2*math.Pi*float64(i)/float64(k)
		pts[i] = [2]float64{cx + r*math.Cos(a), cy + r*math.Sin(a)}
	}
	return pts
}

// inPolygon is the even-odd rule.
func inPolygon(pts [][2]float64, x, y float64) bool {
	in := false
	for i, j := 0, len(pts)-1; i < len(pts); j, i = i, i+1 {
		a, b := pts[i], pts[j]
		if (a[1] > y) != (b[1] > y) && x < (b[0]-a[0])*(y-a[1])/(b[1]-a[1])+a[0] {
			in = !in
		}
	}
	return in
}

func randColor(rng *rand.Rand) color.RGBA {
	return color.RGBA{uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256)), 255}
}

// colorWithLuma draws colours until one has a luma (Rec. 601) between lo and hi.
func colorWithLuma(lo, hi float64, rng *rand.Rand) color.RGBA {
	for {
		c := randColor(rng)
		if y := 0.299*float64(c.R) + 0.587*float64(c.G) + 0.114*float64(c.B); lo <= y && y <= hi {
			return c
		}
	}
}

// nearColor returns c moved by up to d in each channel (clamped), for a texture's
// second colour.
func nearColor(c color.RGBA, d int, rng *rand.Rand) color.RGBA {
	move := func(v uint8) uint8 { return uint8(max(0, min(255, int(v)+rng.IntN(2*d+1)-d))) }
	return color.RGBA{move(c.R), move(c.G), move(c.B), 255}
}

func mix(a, b color.RGBA, t float64) color.RGBA {
	t = math.Max(0, math.Min(1, t))
	l := func(p, q uint8) uint8 { return uint8(math.Round(float64(p)*(1-t) + float64(q)*t)) }
	return color.RGBA{l(a.R, b.R), l(a.G, b.G), l(a.B, b.B), 255}
}
