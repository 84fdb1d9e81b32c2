package model

import (
	"fmt"
	"io"
	"os"
)

// ReadRegularFile reads the file at path whole, refusing anything that is not a
// regular file (a FIFO or device named like an image would block or never end) and
// files over limit bytes (one file must not exhaust memory). Links are followed.
func ReadRegularFile(path string, limit int64) ([]byte, error) {
	f, err := OpenRegularFile(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.Size() > limit {
		return nil, fmt.Errorf("%s is %d bytes, over the %d-byte limit", path, st.Size(), limit)
	}
	// Read at most limit+1 bytes: a file that grows while being read is caught too.
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s grew past the %d-byte limit while being read", path, limit)
	}
	return data, nil
}

// OpenRegularFile opens path for reading only if it is a regular file. The open
// itself does not block on a FIFO (non-blocking where the platform has it), and the
// type is checked on the opened file, so a file swapped for a FIFO after a Stat is
// refused as well.
func OpenRegularFile(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|openNonBlock, 0)
	if err != nil {
		return nil, err
	}
	return RegularOnly(f, path)
}

// RegularOnly returns f, just opened, if it is a regular file; otherwise it closes f
// and says what name is instead. Checking the opened file, not the path, refuses a
// file swapped for a FIFO or a device between a listing and the open.
func RegularOnly(f *os.File, name string) (*os.File, error) {
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !st.Mode().IsRegular() {
		f.Close()
		return nil, fmt.Errorf("%s is not a regular file (%v)", name, st.Mode().Type())
	}
	return f, nil
}
