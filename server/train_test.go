package main

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"webtune/model"
)

// writeColorDataset makes an ImageFolder whose classes are noisy solid colours: easy
// enough that a few epochs on a tiny net must learn it.
func writeColorDataset(t *testing.T, root string, train, test int) {
	t.Helper()
	colors := map[string]color.RGBA{"blue": {20, 40, 220, 255}, "green": {30, 200, 40, 255}, "red": {220, 30, 30, 255}}
	rng := rand.New(rand.NewPCG(3, 4))
	for split, n := range map[string]int{"train": train, "test": test} {
		for name, c := range colors {
			dir := filepath.Join(root, split, name)
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			for i := 0; i < n; i++ {
				img := image.NewRGBA(image.Rect(0, 0, 40+rng.IntN(30), 40+rng.IntN(30)))
				for p := 0; p < len(img.Pix); p += 4 {
					for k, v := range []uint8{c.R, c.G, c.B} {
						img.Pix[p+k] = uint8(min(255, max(0, int(v)+rng.IntN(61)-30)))
					}
					img.Pix[p+3] = 255
				}
				var buf bytes.Buffer
				if err := jpeg.Encode(&buf, img, nil); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, strconv.Itoa(i)+".jpg"), buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}

// captureStdout runs f with os.Stdout redirected and returns what it printed.
func captureStdout(t *testing.T, f func() error) (string, error) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdout
	os.Stdout = w
	done := make(chan string)
	go func() { b, _ := io.ReadAll(r); done <- string(b) }()
	ferr := f()
	w.Close()
	os.Stdout = old
	return <-done, ferr
}

var epochLine = regexp.MustCompile(`(?m)^epoch (\d+), loss (\d+\.\d{4}), train acc (\d\.\d{3}), test acc (\d\.\d{3}), time \d+\.\d sec$`)

func TestTrainLearnsAndResumes(t *testing.T) {
	root := t.TempDir()
	data := filepath.Join(root, "colors")
	writeColorDataset(t, data, 16, 6)
	// A corrupt file is skipped with a warning, not fatal.
	if err := os.WriteFile(filepath.Join(data, "train", "red", "broken.jpg"), []byte("not a jpeg"), 0o644); err != nil {
		t.Fatal(err)
	}
	ckpt := filepath.Join(root, "ckpt")
	common := []string{"-data", data, "-mode", "scratch", "-batch", "8", "-size", "32", "-lr", "0.05", "-quiet", "-out", ckpt}
	out, err := captureStdout(t, func() error { return runTrain(append(common, "-epochs", "3")) })
	t.Log(out)
	if err != nil {
		t.Fatal(err)
	}
	lines := epochLine.FindAllStringSubmatch(out, -1)
	if len(lines) != 3 {
		t.Fatalf("want 3 epoch lines in the recipe's format, got %d", len(lines))
	}
	if acc, _ := strconv.ParseFloat(lines[2][4], 64); acc < 0.9 {
		t.Errorf("test accuracy after 3 epochs on solid colours is %.3f, want >= 0.9", acc)
	}
	sd, meta, err := model.ReadSafetensors(filepath.Join(ckpt, model.ModelFile))
	if err != nil {
		t.Fatal(err)
	}
	if classes, err := model.CheckResNet18(sd); err != nil || classes != 3 || meta["epoch"] != "3" {
		t.Fatalf("checkpoint: classes %d, epoch %q, err %v", classes, meta["epoch"], err)
	}

	out, err = captureStdout(t, func() error { return runTrain(append(common, "-epochs", "4", "-resume", ckpt)) })
	t.Log(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "resumed from") || len(epochLine.FindAllString(out, -1)) != 1 || !strings.Contains(out, "epoch 4,") {
		t.Fatalf("resume must run exactly epoch 4, got:\n%s", out)
	}
}

func TestTrainRefusesBadSetup(t *testing.T) {
	root := t.TempDir()
	data := filepath.Join(root, "colors")
	writeColorDataset(t, data, 2, 1)
	five := filepath.Join(root, "five.safetensors")
	if err := model.WriteSafetensors(five, model.InitState(5, 1), nil); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(root, "empty")
	writeColorDataset(t, empty, 2, 1)
	for _, f := range []string{"0.jpg", "1.jpg"} {
		os.Remove(filepath.Join(empty, "train", "red", f))
	}
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"wrong class count", []string{"-data", data, "-weights", five}, "has 5 classes but the dataset has 3"},
		{"finetune without weights", []string{"-data", data}, "needs -weights"},
		{"missing split", []string{"-data", filepath.Join(data, "train"), "-mode", "scratch"}, "train"},
		{"empty class", []string{"-data", empty, "-mode", "scratch"}, "red"},
		{"bad mode", []string{"-data", data, "-mode", "bogus"}, "unknown mode"},
		{"batch larger than split", []string{"-data", data, "-mode", "scratch", "-batch", "64", "-size", "32"}, "fewer than one batch"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := captureStdout(t, func() error { return runTrain(append(tc.args, "-quiet")) })
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("want an error mentioning %q, got %v", tc.want, err)
			}
		})
	}
}

// Linear probing: a 1000-class "pretrained" net gets a new head; the frozen backbone's
// features are computed once and cached, and the head still learns the colours.
func TestTrainLinearNewHead(t *testing.T) {
	root := t.TempDir()
	data := filepath.Join(root, "colors")
	writeColorDataset(t, data, 16, 6)
	weights := filepath.Join(root, "imagenet.safetensors")
	if err := model.WriteSafetensors(weights, model.InitState(1000, 9), nil); err != nil {
		t.Fatal(err)
	}
	out, err := captureStdout(t, func() error {
		return runTrain([]string{"-data", data, "-mode", "linear", "-weights", weights, "-batch", "8",
			"-size", "32", "-epochs", "4", "-lr", "0.5", "-quiet"})
	})
	t.Log(out)
	if err != nil {
		t.Fatal(err)
	}
	lines := epochLine.FindAllStringSubmatch(out, -1)
	if !strings.Contains(out, "new fc head: 1000 ImageNet classes -> 3") || len(lines) != 4 {
		t.Fatalf("want a new head and 4 epochs, got:\n%s", out)
	}
	if acc, _ := strconv.ParseFloat(lines[3][4], 64); acc < 0.9 {
		t.Errorf("linear probe test accuracy %.3f after 4 epochs, want >= 0.9", acc)
	}
}
