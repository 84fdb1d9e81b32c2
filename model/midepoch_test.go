package model

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

// tinyImageDataset writes n train images per class (and one test image per class)
// as PNGs and returns the dataset.
func tinyImageDataset(t *testing.T, n int) *Dataset {
	t.Helper()
	dir := t.TempDir()
	d := &Dataset{Root: dir, Classes: []string{"cat", "dog"}}
	for c := range d.Classes {
		for i := 0; i < n+1; i++ {
			img := image.NewRGBA(image.Rect(0, 0, 40+i, 36))
			for p := range img.Pix {
				img.Pix[p] = uint8(p*(c+1)*7 + i*31)
			}
			img.SetRGBA(3, 3, color.RGBA{255, 0, 0, 255})
			path := filepath.Join(dir, fmt.Sprintf("%d-%d.png", c, i))
			f, err := os.Create(path)
			if err != nil {
				t.Fatal(err)
			}
			png.Encode(f, img)
			f.Close()
			if i < n {
				d.Train = append(d.Train, Sample{Path: path, Label: c})
			} else {
				d.Test = append(d.Test, Sample{Path: path, Label: c})
			}
		}
	}
	return d
}

// A checkpoint taken in the middle of an epoch resumes that epoch: the batches done
// are skipped (same order, same augmentation), and the weights, the velocity and the
// epoch's line come out exactly as in a run that was never interrupted.
func TestCheckpointMidEpochResume(t *testing.T) {
	data := tinyImageDataset(t, 4) // 8 train images: 4 batches of 2
	whole := ckTrainer(t, 3)
	whole.Data = data
	want, err := whole.RunEpoch()
	if err != nil {
		t.Fatal(err)
	}

	cut := ckTrainer(t, 3)
	cut.Data = data
	cut.Stop = func() bool { return cut.Partial().Batches == 2 }
	if _, err := cut.RunEpoch(); !errors.Is(err, ErrStopped) {
		t.Fatalf("stopped epoch: %v, want ErrStopped", err)
	}
	s := memStore{}
	if err := cut.Save(s, nil); err != nil {
		t.Fatal(err)
	}

	resumed := ckTrainer(t, 9) // other weights: everything must come from the checkpoint
	resumed.Data = data
	if _, err := resumed.Resume(s); err != nil {
		t.Fatal(err)
	}
	if p := resumed.Partial(); p.Batches != 2 || p.Images != 4 || resumed.Step != 2 || resumed.Epoch != 0 {
		t.Fatalf("resumed at epoch %d step %d with %+v, want epoch 0 step 2, 2 batches and 4 images done", resumed.Epoch, resumed.Step, p)
	}
	got, err := resumed.RunEpoch()
	if err != nil {
		t.Fatal(err)
	}
	if got.Loss != want.Loss || got.TrainAcc != want.TrainAcc || got.TestAcc != want.TestAcc || got.Images != want.Images || resumed.Step != whole.Step {
		t.Fatalf("resumed epoch %+v (step %d), uninterrupted %+v (step %d)", got, resumed.Step, want, whole.Step)
	}
	sameNets(t, resumed.Net, whole.Net)
	if p := resumed.Partial(); p != (EpochProgress{}) {
		t.Fatalf("after the epoch, progress %+v, want zero", p)
	}
}
