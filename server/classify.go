package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"webtune/model"
)

func init() {
	register("classify", "print the top classes of image files under a weights file (the eval transform, batch 1)", runClassify)
}

// classified is one image's result, as -json prints it.
type classified struct {
	File string       `json:"file"`
	Top  []classEntry `json:"top"`
}

type classEntry struct {
	Index int     `json:"index"`
	Name  string  `json:"name"`
	Prob  float64 `json:"prob"`
}

func runClassify(args []string) error {
	fl := flag.NewFlagSet("classify", flag.ContinueOnError)
	weights := fl.String("weights", "", "state dict: .safetensors or torchvision .pth (required)")
	backendName := fl.String("backend", "ref", "native backend: ref or simd")
	top := fl.Int("top", 5, "how many classes to print per image")
	asJSON := fl.Bool("json", false, "print JSON instead of text")
	fl.Usage = func() {
		fmt.Fprintln(fl.Output(), "usage: webtune classify -weights FILE [-top 5] [-json] IMAGE...")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *weights == "" || fl.NArg() == 0 {
		fl.Usage()
		return errors.New("need -weights and at least one image")
	}
	if *top < 1 {
		return fmt.Errorf("-top %d: want at least 1", *top)
	}
	net, names, err := evalNet(*weights, *backendName)
	if err != nil {
		return err
	}
	defer net.Close()
	var out []classified
	for _, file := range fl.Args() {
		c, err := classifyFile(net, names, file, *top)
		if err != nil {
			return err
		}
		out = append(out, c)
	}
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	for _, c := range out {
		fmt.Println(c.File)
		for i, t := range c.Top {
			fmt.Printf("  %d. %-32s %6.2f%%\n", i+1, t.Name, 100*t.Prob)
		}
	}
	return nil
}

// evalNet builds a batch-1 eval net at 224x224 on the weights, with the class names
// from the file's metadata or the names file beside it.
func evalNet(weights, backendName string) (*model.Net, []string, error) {
	sd, meta, err := model.ReadWeights(weights)
	if err != nil {
		return nil, nil, err
	}
	if sd, err = model.ConvertDType(sd, "f32"); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", weights, err)
	}
	classes, err := model.CheckResNet18(sd)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", weights, err)
	}
	backend, err := nativeBackend(backendName)
	if err != nil {
		return nil, nil, err
	}
	net, err := model.NewNet(backend, model.Config{Classes: classes, Batch: 1, Height: model.DefaultSize, Width: model.DefaultSize})
	if err != nil {
		return nil, nil, err
	}
	if err := net.LoadState(sd); err != nil {
		net.Close()
		return nil, nil, fmt.Errorf("%s: %w", weights, err)
	}
	return net, classNames(weights, meta, classes), nil
}

// classNames are the weights' class names: the "classes" metadata (newline-separated),
// else the lines of NAME.classes.txt beside the file; missing ones stay empty.
func classNames(weights string, meta map[string]string, classes int) []string {
	var names []string
	if s := meta["classes"]; s != "" {
		names = strings.Split(s, "\n")
	} else if b, err := os.ReadFile(strings.TrimSuffix(weights, ".safetensors") + ".classes.txt"); err == nil {
		names = strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	}
	if len(names) != classes {
		return make([]string, classes)
	}
	return names
}

func classifyFile(net *model.Net, names []string, file string, top int) (classified, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return classified{}, err
	}
	pixels, err := model.EvalImageBytes(file, data, model.DefaultSize)
	if err != nil {
		return classified{}, err
	}
	if err := net.SetPixels(pixels, []int32{-1}); err != nil {
		return classified{}, err
	}
	if _, err := net.Run(model.RoutineEval); err != nil {
		return classified{}, err
	}
	logits, err := net.Logits()
	if err != nil {
		return classified{}, err
	}
	c := classified{File: file}
	for _, p := range model.TopK(logits, top) {
		name := names[p.Index]
		if name == "" {
			name = fmt.Sprintf("class %d", p.Index)
		}
		c.Top = append(c.Top, classEntry{Index: p.Index, Name: name, Prob: p.Prob})
	}
	return c, nil
}
