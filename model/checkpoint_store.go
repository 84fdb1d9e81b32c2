package model

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// CheckpointStore is where a run's checkpoints live: a directory natively (DirStore),
// a directory of browser storage (OPFS) in the worker. Names are plain file names,
// no separators. WriteAtomic must make name appear with the complete content or not
// at all, the previous content staying intact until then: write name+".tmp", make
// it durable, then rename it over name. Save and Resume rely on nothing else.
type CheckpointStore interface {
	// List returns the names of the store's files, in any order.
	List() ([]string, error)
	// Read returns a file's whole content.
	Read(name string) ([]byte, error)
	// WriteAtomic replaces name with what write produces (see the type's comment).
	WriteAtomic(name string, write func(io.Writer) error) error
	// Remove deletes a file; removing a missing file is not an error.
	Remove(name string) error
}

// TmpSuffix ends the name of a file being written by WriteAtomic. A file with it
// that outlives its write is a crash's leftover; Save and Resume remove them.
const TmpSuffix = ".tmp"

// maxStoreFile bounds what DirStore.Read reads: a checkpoint of a 1000-class net is
// about 94 MB, so anything near this is not one of ours.
const maxStoreFile = 1 << 30

// DirStore is a CheckpointStore over the directory dir, created on the first write.
func DirStore(dir string) CheckpointStore { return dirStore(dir) }

type dirStore string

func (d dirStore) path(name string) (string, error) {
	if name == "" || name == "." || name == ".." || strings.ContainsAny(name, `/\`) {
		return "", fmt.Errorf("checkpoint store %s: %q is not a plain file name", string(d), name)
	}
	return filepath.Join(string(d), name), nil
}

// List returns the regular files of the directory (links and FIFOs are not ours).
func (d dirStore) List() ([]string, error) {
	ents, err := os.ReadDir(string(d))
	if err != nil {
		return nil, fmt.Errorf("listing checkpoints: %w", err)
	}
	var names []string
	for _, e := range ents {
		if e.Type().IsRegular() {
			names = append(names, e.Name())
		}
	}
	return names, nil
}

func (d dirStore) Read(name string) ([]byte, error) {
	p, err := d.path(name)
	if err != nil {
		return nil, err
	}
	return ReadRegularFile(p, maxStoreFile)
}

func (d dirStore) Remove(name string) error {
	p, err := d.path(name)
	if err != nil {
		return err
	}
	if err := os.Remove(p); err != nil && !os.IsNotExist(err) {
		return err
	}
	return nil
}

// WriteAtomic writes name.tmp in the directory, syncs it, renames it over name and
// syncs the directory, so after a crash name holds the old content or the new.
func (d dirStore) WriteAtomic(name string, write func(io.Writer) error) (err error) {
	p, err := d.path(name)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(string(d), 0o755); err != nil {
		return fmt.Errorf("checkpoint directory: %w", err)
	}
	tmp := p + TmpSuffix
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return fmt.Errorf("write %s: %w", p, err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err = write(f); err != nil {
		return fmt.Errorf("write %s: %w", p, err)
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("write %s: sync: %w", p, err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", p, err)
	}
	if err = os.Rename(tmp, p); err != nil {
		return fmt.Errorf("write %s: %w", p, err)
	}
	syncDir(string(d))
	return nil
}

// removeLeftovers deletes the *.tmp files a crashed write left in s.
func removeLeftovers(s CheckpointStore, names []string) {
	for _, n := range names {
		if strings.HasSuffix(n, TmpSuffix) {
			s.Remove(n)
		}
	}
}

func (d dirStore) String() string { return string(d) }
