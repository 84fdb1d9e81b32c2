package main

import (
	"flag"
	"fmt"
	"math"

	"webtune/model"
)

// `webtune step` is the parity contract with PyTorch: one training step (or one eval
// forward) on the weights, batch and labels of one safetensors file, everything the
// step computed written to another. Keep its flags and outputs stable.
func init() {
	register("step", "run one training step on a safetensors batch (parity with PyTorch)", runStep)
}

func runStep(args []string) error {
	fs := flag.NewFlagSet("step", flag.ContinueOnError)
	in := fs.String("in", "", "input safetensors: a resnet18 state dict plus x (float32 NCHW) and y (int64)")
	out := fs.String("out", "", "output safetensors: logits, loss, grad.<param>, after.<key>")
	lr := fs.Float64("lr", 0.01, "learning rate of the backbone group")
	fcLR := fs.Float64("fc-lr", 0.1, "learning rate of the fc group")
	wd := fs.Float64("wd", 0.001, "weight decay (added to the gradient, both groups)")
	momentum := fs.Float64("momentum", 0, "SGD momentum")
	eval := fs.Bool("eval", false, "eval mode: write logits only")
	backendName := fs.String("backend", "ref", "compute backend")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *in == "" || *out == "" {
		return fmt.Errorf("need -in and -out")
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	for _, h := range []struct {
		name string
		v    float64
	}{{"-lr", *lr}, {"-fc-lr", *fcLR}, {"-wd", *wd}} {
		if !(h.v >= 0) || math.IsInf(h.v, 0) || h.v > math.MaxFloat32 {
			return fmt.Errorf("%s %g: want a finite number of at least 0 (PyTorch's SGD refuses negative values)", h.name, h.v)
		}
	}
	if !(*momentum >= 0 && float32(*momentum) < 1) {
		return fmt.Errorf("-momentum %g: want at least 0 and below 1", *momentum)
	}
	backend, err := nativeBackend(*backendName)
	if err != nil {
		return err
	}
	file, _, err := model.ReadSafetensors(*in)
	if err != nil {
		return err
	}
	batch, err := readStepBatch(file, *in)
	if err != nil {
		return err
	}
	net, err := model.NewNet(backend, batch.cfg)
	if err != nil {
		return err
	}
	defer net.Close()
	if err := net.LoadState(batch.state); err != nil {
		return fmt.Errorf("%s: %w", *in, err)
	}
	if err := net.SetInputNCHW(batch.x, batch.y); err != nil {
		return err
	}
	h := func(lr float64) model.Hyper {
		return model.Hyper{LR: float32(lr), WeightDecay: float32(*wd), Momentum: float32(*momentum)}
	}
	if err := net.SetHyper(h(*lr), h(*fcLR)); err != nil {
		return err
	}
	routine := model.RoutineTrain
	if *eval {
		routine = model.RoutineEval
	}
	metrics, err := net.Run(routine)
	if err != nil {
		return err
	}
	result, err := stepResult(net, metrics, !*eval)
	if err != nil {
		return err
	}
	return model.WriteSafetensors(*out, result, map[string]string{"webtune": "step", "routine": routine})
}

type stepBatch struct {
	cfg   model.Config
	state *model.StateDict
	x     []float32
	y     []int32
}

// readStepBatch splits the input file into the state dict, x and y and checks them.
func readStepBatch(file *model.StateDict, path string) (*stepBatch, error) {
	fcw, ok := file.Get("fc.weight")
	if !ok || len(fcw.Shape()) != 2 {
		return nil, fmt.Errorf("%s: no fc.weight of shape [classes 512]; is it a resnet18 state dict?", path)
	}
	xt, ok := file.Get("x")
	if !ok || len(xt.Shape()) != 4 || xt.Shape()[1] != 3 {
		return nil, fmt.Errorf("%s: need x, float32 of shape [N 3 H W]", path)
	}
	if s := xt.Shape(); s[0] > model.MaxBatch || s[2] < model.MinSize || s[3] < model.MinSize || s[2] > model.MaxSize || s[3] > model.MaxSize {
		return nil, fmt.Errorf("%s: x has shape %v; want N at most %d and H, W from %d to %d", path, []int(s), model.MaxBatch, model.MinSize, model.MaxSize)
	}
	x, ok := xt.Data().([]float32)
	if !ok {
		return nil, fmt.Errorf("%s: x is %v, want float32", path, xt.Dtype())
	}
	yt, ok := file.Get("y")
	if !ok {
		return nil, fmt.Errorf("%s: need y, int64 labels of shape [N]", path)
	}
	y64, ok := yt.Data().([]int64)
	shape := xt.Shape()
	classes := fcw.Shape()[0]
	if !ok || len(yt.Shape()) != 1 || len(y64) != shape[0] {
		return nil, fmt.Errorf("%s: y has shape %v (%v), want int64 of shape [%d] (class indices, as PyTorch's cross_entropy takes them)",
			path, []int(yt.Shape()), yt.Dtype(), shape[0])
	}
	y := make([]int32, len(y64))
	for i, v := range y64 {
		if v < 0 || v >= int64(classes) {
			return nil, fmt.Errorf("%s: label y[%d] = %d is outside 0..%d", path, i, v, classes-1)
		}
		y[i] = int32(v)
	}
	state := model.NewStateDict()
	for _, e := range model.Entries(classes) {
		t, ok := file.Get(e.Key)
		if !ok {
			return nil, fmt.Errorf("%s: missing %q", path, e.Key)
		}
		state.Set(e.Key, t)
	}
	return &stepBatch{
		cfg:   model.Config{Classes: classes, Batch: shape[0], Height: shape[2], Width: shape[3], FloatInput: true},
		state: state, x: x, y: y,
	}, nil
}

func stepResult(net *model.Net, m model.Metrics, train bool) (*model.StateDict, error) {
	res := model.NewStateDict()
	logits, err := net.Logits()
	if err != nil {
		return nil, err
	}
	res.Set("logits", model.F32Tensor(logits, net.Batch, net.Classes))
	if !train {
		return res, nil
	}
	res.Set("loss", model.F32Tensor([]float32{m.Loss}))
	grads, err := net.Grads()
	if err != nil {
		return nil, err
	}
	after, err := net.State()
	if err != nil {
		return nil, err
	}
	for _, e := range model.Entries(net.Classes) {
		if g, ok := grads[e.Key]; ok {
			res.Set("grad."+e.Key, model.F32Tensor(g, e.Shape...))
		}
	}
	for _, key := range after.Keys {
		res.Set("after."+key, after.Tensors[key])
	}
	return res, nil
}
