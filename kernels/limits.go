package kernels

import "fmt"

// TooLargeError is what a backend's Compile returns (wrapped) when a plan needs a
// buffer, or a binding of one, larger than its device allows. Callers find it with
// errors.As; model.NewNet answers it by splitting the batch into micro-batches.
type TooLargeError struct {
	Buffer string // the plan buffer (or the kernel operand) that does not fit
	Bytes  int64  // what it needs
	Limit  int64  // what the device allows
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%s needs %d bytes, the device allows %d: use a smaller batch", e.Buffer, e.Bytes, e.Limit)
}
