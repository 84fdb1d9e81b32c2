package main

import (
	"fmt"

	"webtune/model"
)

// checkImage decides whether data is an image webtune can train on, by decoding it
// completely with the trainer's own decoder (model.DecodeImage): a truncated or corrupt
// file fails here, not in the browser.
func checkImage(data []byte) error {
	if data == nil {
		return fmt.Errorf("larger than %d MB: not a dataset image", verifyInMemoryLimit>>20)
	}
	_, err := model.DecodeImage(data, model.DefaultSize)
	return err
}
