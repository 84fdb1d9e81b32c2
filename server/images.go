package main

import (
	"bytes"
	"fmt"
	"image"
	_ "image/jpeg" // the formats datasets may hold
	_ "image/png"
)

// maxImagePixels bounds a dataset image (a 64-megapixel photo), so a decompression bomb
// is refused rather than decoded.
const maxImagePixels = 64 << 20

// checkImage decides whether data is an image webtune can train on: a JPEG or PNG that
// decodes completely (a truncated or corrupt file fails here, not in the browser).
func checkImage(data []byte) error {
	if data == nil {
		return fmt.Errorf("larger than %d MB: not a dataset image", verifyInMemoryLimit>>20)
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("not a JPEG or PNG image: %v", err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > maxImagePixels {
		return fmt.Errorf("%s of %dx%d pixels: outside 1..%d pixels", format, cfg.Width, cfg.Height, maxImagePixels)
	}
	if _, _, err := image.Decode(bytes.NewReader(data)); err != nil {
		return fmt.Errorf("corrupt %s: %v", format, err)
	}
	return nil
}
