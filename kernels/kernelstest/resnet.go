package kernelstest

import (
	"fmt"

	"webtune/kernels"
)

// resnetCases covers every layer shape of torchvision's resnet18 at Options.Batch:
// the stem (conv 7x7/2 pad 3, 3->64; BN; max pool 3x3/2 pad 1), the 3x3 convs at stride
// 1 and 2 of each stage (64, 128, 256, 512 channels), the 1x1/2 downsamples, the BNs
// of every stage, the global average pool and the fc layer for 2 and 1000 classes,
// plus input normalization. With Short the input is ShortSize² instead of 224².
func resnetCases(o Options) []testCase {
	n, in := o.Batch, 224
	if o.Short {
		in = o.ShortSize
	}
	stem := in / 2 // after conv1
	s1 := stem / 2 // after the max pool: layer1's size
	var cs []testCase
	conv := func(name string, size, c, k, r, stride, pad int) {
		s := kernels.ConvShape{N: n, H: size, W: size, C: c, K: k, R: r, S: r, Stride: stride, Pad: pad}
		cs = append(cs, convCases(fmt.Sprintf("resnet%d_%s", in, name), s, false)...)
	}
	conv("conv1", in, 3, 64, 7, 2, 3)
	conv("layer1.conv", s1, 64, 64, 3, 1, 1)
	size, width := s1, 64
	for l, next := range []int{128, 256, 512} {
		layer := fmt.Sprintf("layer%d", l+2)
		conv(layer+".0.conv1", size, width, next, 3, 2, 1)
		conv(layer+".0.downsample", size, width, next, 1, 2, 0)
		size, width = (size+1)/2, next
		conv(layer+".conv2", size, width, width, 3, 1, 1)
	}
	pixels := []struct {
		name    string
		size, c int
	}{{"bn1", stem, 64}, {"layer1", s1, 64}, {"layer2", s1 / 2, 128}, {"layer3", s1 / 4, 256}, {"layer4", size, 512}}
	for _, p := range pixels {
		rows := n * p.size * p.size
		if rows < 2 {
			continue // a train-mode BN needs two values per channel
		}
		cs = append(cs, batchNormCases(fmt.Sprintf("resnet%d_%s", in, p.name), rows, p.c, false)...)
	}
	pool := kernels.PoolShape{N: n, H: stem, W: stem, C: 64, Window: 3, Stride: 2, Pad: 1}
	cs = append(cs, maxPoolCases(fmt.Sprintf("resnet%d_maxpool", in), pool, false)...)
	cs = append(cs, avgPoolCases(fmt.Sprintf("resnet%d_avgpool", in), n, size*size, 512, false)...)
	for _, classes := range []int{2, 1000} {
		cs = append(cs, linearCases(fmt.Sprintf("resnet_fc%d", classes), n, 512, classes, false)...)
		cs = append(cs, softmaxCases(fmt.Sprintf("resnet_classes%d", classes), n, classes, 0, false))
	}
	cs = append(cs, inputCases(fmt.Sprintf("resnet%d", in), n, in, in, false))
	// The elementwise ops at their largest ResNet-18 sizes, where a GPU backend's
	// dispatch must cover more than 65535 workgroups of a 1-D grid.
	cs = append(cs, reluCases(n*stem*stem*64, true))
	cs = append(cs, addCases(n*s1*s1*64, false)[1])
	params := 512 * 512 * 3 * 3 // layer4's conv weight, the largest tensor
	if !o.Short {
		params = 11177538 // every trainable parameter of the 2-class net, one SGD op
	}
	cs = append(cs, sgdCases(params, false)[0])
	return cs
}
