package model

import "fmt"

// EntryKind says what a state dict entry is, which fixes its init, its layout on the
// device and whether SGD updates it.
type EntryKind int

const (
	ConvWeight   EntryKind = iota + 1 // [K][C][R][S] on disk, OHWI on the device
	BNWeight                          // γ, [C]
	BNBias                            // β, [C]
	BNRunMean                         // running_mean, [C]
	BNRunVar                          // running_var, [C]
	BNNumBatches                      // num_batches_tracked, int64 scalar
	FCWeight                          // [classes][512]
	FCBias                            // [classes]
)

// Trainable reports whether SGD updates entries of this kind.
func (k EntryKind) Trainable() bool {
	return k == ConvWeight || k == BNWeight || k == BNBias || k == FCWeight || k == FCBias
}

// Entry is one torchvision state dict entry of ResNet-18.
type Entry struct {
	Key   string
	Shape []int // [] for a scalar
	Kind  EntryKind
}

// Numel is the element count.
func (e Entry) Numel() int {
	n := 1
	for _, d := range e.Shape {
		n *= d
	}
	return n
}

// ConvLayer is one convolution of ResNet-18 with the batch norm that follows it.
type ConvLayer struct {
	Name           string // state dict prefix of the conv, e.g. "layer2.0.conv1" or "layer2.0.downsample.0"
	BN             string // prefix of its batch norm, e.g. "layer2.0.bn1" or "layer2.0.downsample.1"
	In, Out        int
	Kernel, Stride int
	Pad            int
}

// Block is a BasicBlock: conv1-bn1-relu-conv2-bn2, plus the shortcut, then relu.
type Block struct {
	Name       string // "layer1.0"
	Conv1      ConvLayer
	Conv2      ConvLayer
	Downsample *ConvLayer // nil for the identity shortcut
}

// Stem is conv1 7x7/2 + bn1 + relu (+ maxpool 3x3/2, applied by the plan).
var Stem = ConvLayer{Name: "conv1", BN: "bn1", In: 3, Out: 64, Kernel: 7, Stride: 2, Pad: 3}

// FeatureDim is the width of the pooled features that feed fc.
const FeatureDim = 512

// Blocks returns ResNet-18's eight BasicBlocks in order.
func Blocks() []Block {
	var blocks []Block
	in := 64
	for l, width := range []int{64, 128, 256, 512} {
		for b := 0; b < 2; b++ {
			name := fmt.Sprintf("layer%d.%d", l+1, b)
			stride := 1
			if l > 0 && b == 0 {
				stride = 2
			}
			blk := Block{
				Name:  name,
				Conv1: ConvLayer{Name: name + ".conv1", BN: name + ".bn1", In: in, Out: width, Kernel: 3, Stride: stride, Pad: 1},
				Conv2: ConvLayer{Name: name + ".conv2", BN: name + ".bn2", In: width, Out: width, Kernel: 3, Stride: 1, Pad: 1},
			}
			if stride != 1 || in != width {
				blk.Downsample = &ConvLayer{Name: name + ".downsample.0", BN: name + ".downsample.1",
					In: in, Out: width, Kernel: 1, Stride: stride, Pad: 0}
			}
			blocks = append(blocks, blk)
			in = width
		}
	}
	return blocks
}

// ConvLayers lists every convolution in state dict order.
func ConvLayers() []ConvLayer {
	layers := []ConvLayer{Stem}
	for _, b := range Blocks() {
		layers = append(layers, b.Conv1, b.Conv2)
		if b.Downsample != nil {
			layers = append(layers, *b.Downsample)
		}
	}
	return layers
}

// Entries lists ResNet-18's state dict for the given class count, in torchvision's order.
func Entries(classes int) []Entry {
	var es []Entry
	for _, c := range ConvLayers() {
		es = append(es, Entry{c.Name + ".weight", []int{c.Out, c.In, c.Kernel, c.Kernel}, ConvWeight})
		es = append(es,
			Entry{c.BN + ".weight", []int{c.Out}, BNWeight},
			Entry{c.BN + ".bias", []int{c.Out}, BNBias},
			Entry{c.BN + ".running_mean", []int{c.Out}, BNRunMean},
			Entry{c.BN + ".running_var", []int{c.Out}, BNRunVar},
			Entry{c.BN + ".num_batches_tracked", []int{}, BNNumBatches},
		)
	}
	return append(es,
		Entry{"fc.weight", []int{classes, FeatureDim}, FCWeight},
		Entry{"fc.bias", []int{classes}, FCBias})
}

// ParamCount is the number of trainable parameters for a class count
// (11,689,512 for 1000 classes).
func ParamCount(classes int) int {
	n := 0
	for _, e := range Entries(classes) {
		if e.Kind.Trainable() {
			n += e.Numel()
		}
	}
	return n
}
