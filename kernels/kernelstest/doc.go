// Package kernelstest is the conformance suite every kernels.Backend must pass: Run
// builds small plans for every op, forward and backward (odd and ResNet-18 shapes,
// views, in-place forms, multi-step routines), runs each on the backend under test
// and on the reference backend (kernels/ref) with the same seeded inputs, and compares
// every buffer: written ones within a per-op tolerance, untouched ones bit for bit.
package kernelstest
