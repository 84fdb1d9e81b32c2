// Package model is ResNet-18 on any kernels.Backend: the parameter list with
// torchvision's names and init, the recorded training and evaluation plans (forward,
// backward, loss, SGD), metrics, checkpoints (safetensors read/write, torchvision .pth
// import, training checkpoints as one-file generations in a CheckpointStore: a
// directory natively, browser storage in the worker), datasets, image transforms and
// the bounds on untrusted input (image sizes, file types, settings).
package model
