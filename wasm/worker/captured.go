//go:build js

package main

import (
	"encoding/json"
	"fmt"

	"webtune/model"
	"webtune/web/protocol"
)

// capturedFile keeps a filmed dataset's images beside the run's checkpoints, so a
// resumed run trains on the same frames.
const capturedFile = "captured.bin"

// testEvery holds every testEvery-th frame of a class out as its test split.
const testEvery = 5

// capturedDataset turns filmed frames into a dataset: in each class every fifth
// frame (and at least one) is held out for testing.
func capturedDataset(c *protocol.Captured, blob []byte) (*servedDataset, error) {
	if err := model.CheckClassNames(c.Classes); err != nil {
		return nil, fmt.Errorf("class names: %w", err)
	}
	if len(c.Classes) < 2 {
		return nil, fmt.Errorf("%d classes: training needs at least 2", len(c.Classes))
	}
	d := &model.Dataset{Root: "webcam", Classes: c.Classes}
	files := map[string][]byte{}
	perClass := make([][]model.Sample, len(c.Classes))
	off := 0
	for i, im := range c.Images {
		if im.Class < 0 || im.Class >= len(c.Classes) || im.Bytes <= 0 || off+im.Bytes > len(blob) {
			return nil, fmt.Errorf("captured frame %d (class %d, %d bytes) does not fit the %d bytes sent", i, im.Class, im.Bytes, len(blob))
		}
		url := fmt.Sprintf("webcam/%s/%04d.jpg", c.Classes[im.Class], i)
		files[url] = blob[off : off+im.Bytes]
		off += im.Bytes
		perClass[im.Class] = append(perClass[im.Class], model.Sample{Path: url, Label: im.Class})
	}
	if off != len(blob) {
		return nil, fmt.Errorf("%d bytes of captured frames were sent, the frames add up to %d", len(blob), off)
	}
	for class, samples := range perClass {
		if len(samples) < 2 {
			return nil, fmt.Errorf("class %q has %d frames: capture at least 2 (one is held out for testing)", c.Classes[class], len(samples))
		}
		for i, s := range samples {
			if i%testEvery == testEvery-1 || (i == len(samples)-1 && len(samples) < testEvery) {
				d.Test = append(d.Test, s)
			} else {
				d.Train = append(d.Train, s)
			}
		}
	}
	return &servedDataset{data: d, files: files}, nil
}

// keepCaptured stores the frames in the run's folder and returns the extra that names
// them in the checkpoint.
func keepCaptured(store *opfsStore, c *protocol.Captured, blob []byte) (string, error) {
	if err := store.writeAll(capturedFile, blob); err != nil {
		return "", err
	}
	index, err := json.Marshal(c)
	return string(index), err
}

// restoreCaptured reads a resumed run's frames back.
func restoreCaptured(store *opfsStore, index string) (*protocol.Captured, []byte, error) {
	var c protocol.Captured
	if err := json.Unmarshal([]byte(index), &c); err != nil {
		return nil, nil, fmt.Errorf("the checkpoint's list of webcam frames is unreadable: %w", err)
	}
	blob, err := store.Read(capturedFile)
	if err != nil {
		return nil, nil, fmt.Errorf("the run's webcam frames are gone from browser storage (%v): start a new run", err)
	}
	return &c, blob, nil
}
