package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"webtune/model"
)

func init() {
	register("convert", "convert weights: .pth to safetensors, or safetensors to f16/f32 safetensors", runConvert)
}

func runConvert(args []string) error {
	fl := flag.NewFlagSet("convert", flag.ContinueOnError)
	dtype := fl.String("dtype", "", "f16 or f32: element type of the output (default: f32 for .pth, unchanged for safetensors)")
	fl.Usage = func() {
		fmt.Fprintln(fl.Output(), "usage: webtune convert [-dtype f16|f32] IN OUT\n\n"+
			"IN is a torchvision .pth checkpoint or a .safetensors file; OUT is a .safetensors file.\n"+
			"f16 halves the download for inference.")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		return err
	}
	if fl.NArg() != 2 {
		fl.Usage()
		return fmt.Errorf("want IN and OUT, got %d arguments", fl.NArg())
	}
	if *dtype != "" && *dtype != "f16" && *dtype != "f32" {
		return fmt.Errorf("-dtype %q: want f16 or f32", *dtype)
	}
	return convert(fl.Arg(0), fl.Arg(1), *dtype, nil)
}

// convert reads IN (.pth or safetensors), checks it is a ResNet-18 state dict, and
// writes OUT atomically in the requested dtype, with extra metadata. A 1000-class net
// is taken for ImageNet's: the class names are written beside it (OUT.classes.txt).
func convert(in, out, dtype string, extra map[string]string) error {
	if !strings.HasSuffix(out, ".safetensors") {
		return fmt.Errorf("output %s: want a .safetensors name", out)
	}
	sd, meta, err := model.ReadWeights(in)
	if err != nil {
		return fmt.Errorf("reading %s: %w", in, err)
	}
	if meta == nil { // a .pth has no metadata: record where it came from
		meta = map[string]string{"source": in}
	}
	classes, err := model.CheckResNet18(sd)
	if err != nil {
		return fmt.Errorf("%s is not a ResNet-18 state dict: %w", in, err)
	}
	if err := model.CheckFinite(sd); err != nil {
		return fmt.Errorf("%s holds weights that are not numbers: %w", in, err)
	}
	for k, v := range extra {
		meta[k] = v
	}
	if dtype != "" {
		if sd, err = model.ConvertDType(sd, dtype); err != nil {
			return fmt.Errorf("converting %s to %s: %w", in, dtype, err)
		}
		meta["dtype"] = dtype
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	// The weights first: a failed write (a full disk) then leaves no class names
	// file without its weights.
	if err := model.WriteSafetensors(out, sd, meta); err != nil {
		return err
	}
	if classes == 1000 {
		names := strings.TrimSuffix(out, ".safetensors") + ".classes.txt"
		if err := writeAtomic(names, []byte(imagenetClasses)); err != nil {
			return fmt.Errorf("%s was written, but not the ImageNet class names beside it: %w", out, err)
		}
	}
	fmt.Printf("%s: ResNet-18 with %d classes\n", out, classes)
	return nil
}
