package simd

import "fmt"

// kernelError turns the error word a kernel left in memory into an error.
func kernelError(code uint32, index int32) error {
	switch code {
	case 0:
		return nil
	case errNoVelocity:
		return fmt.Errorf("momentum is non-zero but the op has no velocity buffer")
	case errPoolIndex:
		return fmt.Errorf("index[%d] is not an input of the same image and channel; Index must come from MaxPool with the same shape", index)
	case errLabel:
		return fmt.Errorf("labels[%d] is not below the class count (negative marks padding)", index)
	}
	return fmt.Errorf("kernel error code %d at element %d", code, index)
}
