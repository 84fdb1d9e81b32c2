// Package ref is webtune's reference backend: every op of package kernels written in
// plain Go, exactly as the op's doc comment defines it. It is the definition of
// correct that every other backend is checked against, and it is also the backend
// that trains natively (webtune train), so it is parallel over all cores and runs
// convolutions as cache-blocked GEMMs.
//
// The math is generic over float32 and float64: New returns the float32 backend used
// for training and for conformance checks; New64 returns the same code instantiated
// in float64 for finite-difference gradient tests. Reductions (batch-norm statistics,
// average pooling, the loss) accumulate in float64 in both modes.
//
// A compiled Program holds one zeroed storage per root buffer, as a typed slice
// ([]T for f32 buffers, []int32, []uint8); views are subslices of their root, so
// writes through a view land in the parent. Compile binds every op to its slices once,
// so Run only computes. One Program must not be used from several goroutines at once
// (its ops already use every core); separate Programs are independent.
package ref
