// Package model is ResNet-18 on any kernels.Backend: the parameter list with
// torchvision's names and init, the recorded training and evaluation plans (forward,
// backward, loss, SGD), metrics, checkpoints (safetensors read/write, torchvision .pth
// import), datasets and image transforms.
package model
