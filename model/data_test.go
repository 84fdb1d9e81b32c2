package model

import (
	"errors"
	"image"
	"image/color"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// solidImage is a w x h image of one color.
func solidImage(w, h int, c color.NRGBA) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for i := 0; i < len(img.Pix); i += 4 {
		img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = c.R, c.G, c.B, c.A
	}
	return img
}

// classColor is a color that tells the class of a test image, even after JPEG.
func classColor(label int) color.NRGBA {
	return color.NRGBA{uint8(40 + 70*label), uint8(200 - 50*label), 100, 255}
}

// makeClass writes n JPEGs of class label to dir, named img0.jpg, img1.jpg, ...
func makeClass(t testing.TB, dir string, label, n int) {
	t.Helper()
	for i := range n {
		writeFile(t, filepath.Join(dir, "img"+string(rune('0'+i))+".jpg"), encodeJPEG(t, solidImage(40+i, 30, classColor(label))))
	}
}

func mustSymlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Fatalf("making symlink: %v", err)
	}
}

func samplePaths(ss []Sample) []string {
	var p []string
	for _, s := range ss {
		p = append(p, s.Path)
	}
	return p
}

func TestOpenImageFolder(t *testing.T) {
	root := t.TempDir()
	for _, split := range []string{"train", "test"} {
		makeClass(t, filepath.Join(root, split, "not-hotdog"), 1, 2)
		makeClass(t, filepath.Join(root, split, "hotdog"), 0, 3)
	}
	tr := filepath.Join(root, "train", "hotdog")
	png := encodePNG(t, solidImage(5, 5, classColor(0)))
	writeFile(t, filepath.Join(tr, "UPPER.PNG"), png)
	writeFile(t, filepath.Join(tr, "mixed.JpEg"), encodeJPEG(t, solidImage(5, 5, classColor(0))))
	writeFile(t, filepath.Join(tr, "nested", "deeper", "x.png"), png)
	writeFile(t, filepath.Join(tr, "notes.txt"), []byte("not part of the dataset"))
	writeFile(t, filepath.Join(tr, ".hidden.png"), png)
	writeFile(t, filepath.Join(tr, ".thumbs", "y.png"), png)
	writeFile(t, filepath.Join(root, "train", ".cache", "z.png"), png)       // a hidden class dir
	writeFile(t, filepath.Join(root, "train", "stray.png"), png)             // a file where classes go
	writeFile(t, filepath.Join(tr, "text.jpg"), []byte("hello, not a JPEG")) // skipped
	writeFile(t, filepath.Join(tr, "empty.png"), nil)                        // skipped
	full := encodeJPEG(t, patternImage(200, 150, 1))                         // mostly scan data, after the header
	writeFile(t, filepath.Join(tr, "truncated.jpg"), full[:len(full)/2])     // a readable header: kept, the loader skips it

	ds, err := OpenImageFolder(root)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ds.Classes, []string{"hotdog", "not-hotdog"}) {
		t.Fatalf("classes %q, want [hotdog not-hotdog]", ds.Classes)
	}
	wantTrain := []string{
		"train/hotdog/UPPER.PNG", "train/hotdog/img0.jpg", "train/hotdog/img1.jpg", "train/hotdog/img2.jpg",
		"train/hotdog/mixed.JpEg", "train/hotdog/nested/deeper/x.png", "train/hotdog/truncated.jpg",
		"train/not-hotdog/img0.jpg", "train/not-hotdog/img1.jpg",
	}
	var gotTrain []string
	for _, s := range ds.Train {
		rel, _ := filepath.Rel(root, s.Path)
		gotTrain = append(gotTrain, filepath.ToSlash(rel))
		if want := 0; strings.Contains(rel, "not-hotdog") {
			want = 1
			if s.Label != want {
				t.Errorf("%s: label %d, want %d", rel, s.Label, want)
			}
		} else if s.Label != want {
			t.Errorf("%s: label %d, want %d", rel, s.Label, want)
		}
	}
	if !slices.Equal(gotTrain, wantTrain) {
		t.Errorf("train files\n%q\nwant\n%q", gotTrain, wantTrain)
	}
	if len(ds.Test) != 5 {
		t.Errorf("%d test samples, want 5: %q", len(ds.Test), samplePaths(ds.Test))
	}
	var skipped []string
	for _, s := range ds.Skipped {
		skipped = append(skipped, filepath.Base(s.Path))
		if !strings.Contains(s.Reason, "not a readable JPEG or PNG image") {
			t.Errorf("skipped %s: reason %q does not say it is not a readable image", s.Path, s.Reason)
		}
	}
	if !slices.Equal(skipped, []string{"empty.png", "text.jpg"}) {
		t.Errorf("skipped %q, want [empty.png text.jpg]", skipped)
	}
}

func TestOpenImageFolderLayoutErrors(t *testing.T) {
	cases := []struct {
		name  string
		build func(t *testing.T, root string)
		want  []string // substrings of the error
	}{
		{"no train", func(t *testing.T, root string) {
			makeClass(t, filepath.Join(root, "test", "a"), 0, 1)
		}, []string{`no readable "train" directory`, "{train,test}/<class>/<image files>"}},
		{"no test", func(t *testing.T, root string) {
			makeClass(t, filepath.Join(root, "train", "a"), 0, 1)
		}, []string{`no readable "test" directory`}},
		{"no classes", func(t *testing.T, root string) {
			makeClass(t, filepath.Join(root, "train"), 0, 2) // images directly in train/
			makeClass(t, filepath.Join(root, "test", "a"), 0, 1)
			writeFile(t, filepath.Join(root, "train", ".git", "x.png"), nil)
		}, []string{"train has no class directories"}},
		{"different classes", func(t *testing.T, root string) {
			makeClass(t, filepath.Join(root, "train", "a"), 0, 1)
			makeClass(t, filepath.Join(root, "train", "b"), 0, 1)
			makeClass(t, filepath.Join(root, "test", "a"), 0, 1)
			makeClass(t, filepath.Join(root, "test", "c"), 0, 1)
		}, []string{`only in train ["b"]`, `only in test ["c"]`}},
		{"empty class", func(t *testing.T, root string) {
			makeClass(t, filepath.Join(root, "train", "hotdog"), 0, 1)
			makeClass(t, filepath.Join(root, "test", "not-hotdog"), 0, 1)
			makeClass(t, filepath.Join(root, "train", "not-hotdog"), 0, 1)
			writeFile(t, filepath.Join(root, "test", "hotdog", "readme.txt"), []byte("x"))
		}, []string{"class hotdog in test has no images"}},
		{"class of unreadable files", func(t *testing.T, root string) {
			makeClass(t, filepath.Join(root, "train", "a"), 0, 1)
			writeFile(t, filepath.Join(root, "test", "a", "broken.jpg"), []byte("garbage"))
		}, []string{"class a in test has no images", "1 file(s) skipped", "broken.jpg", "not a readable JPEG or PNG image"}},
		{"missing root", func(t *testing.T, root string) {
			os.RemoveAll(root)
		}, []string{"{train,test}/<class>/<image files>"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			root := filepath.Join(t.TempDir(), "ds")
			os.MkdirAll(root, 0o755)
			c.build(t, root)
			_, err := OpenImageFolder(root)
			if err == nil {
				t.Fatal("no error")
			}
			if c.name == "missing root" && !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("error %q is not fs.ErrNotExist", err)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestOpenImageFolderSymlinks(t *testing.T) {
	base := t.TempDir()
	root := filepath.Join(base, "ds")
	outside := filepath.Join(base, "elsewhere")
	makeClass(t, outside, 0, 2)
	makeClass(t, filepath.Join(root, "train", "a"), 0, 1)
	makeClass(t, filepath.Join(root, "test", "a"), 0, 1)
	makeClass(t, filepath.Join(root, "shared"), 0, 2)
	mustSymlink(t, outside, filepath.Join(root, "train", "a", "out"))                      // leads outside: not followed
	mustSymlink(t, filepath.Join(root, "shared"), filepath.Join(root, "train", "a", "in")) // inside: followed
	mustSymlink(t, "..", filepath.Join(root, "train", "a", "loop"))                        // a cycle: listed once
	mustSymlink(t, outside, filepath.Join(root, "test", "b"))                              // a class dir outside
	mustSymlink(t, filepath.Join(outside, "img0.jpg"), filepath.Join(root, "test", "a", "linked.jpg"))

	ds, err := OpenImageFolder(root)
	if err != nil {
		t.Fatal(err)
	}
	var train []string
	for _, s := range ds.Train {
		rel, _ := filepath.Rel(root, s.Path)
		train = append(train, filepath.ToSlash(rel))
	}
	want := []string{"train/a/img0.jpg", "train/a/in/img0.jpg", "train/a/in/img1.jpg"}
	if !slices.Equal(train, want) {
		t.Errorf("train %q, want %q", train, want)
	}
	if len(ds.Test) != 2 {
		t.Errorf("test %q, want img0.jpg and the linked file", samplePaths(ds.Test))
	}
	if !slices.Equal(ds.Classes, []string{"a"}) {
		t.Errorf("classes %q, want [a]: the class dir linked outside is not a class", ds.Classes)
	}
	var outs []string
	for _, s := range ds.Skipped {
		if strings.Contains(s.Reason, "outside the dataset root") {
			outs = append(outs, filepath.Base(s.Path))
		}
	}
	if !slices.Equal(outs, []string{"b", "out"}) {
		t.Errorf("skipped links %q (%v), want [b out]", outs, ds.Skipped)
	}
}
