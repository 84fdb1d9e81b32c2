//go:build js

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"syscall/js"

	"webtune/wasm/jsutil"
)

// opfsStore keeps a run's checkpoints in the browser's origin private file system
// (OPFS), one folder per run. It is model.CheckpointStore: a checkpoint is written to
// NAME.tmp and then moved to NAME, one step that makes it current, so a reload, a
// closed tab or a full quota never leaves a half checkpoint under a real name (and
// the checkpoint's own payload digest catches what a weaker move could leave).
type opfsStore struct {
	dir     js.Value // FileSystemDirectoryHandle
	name    string
	written int64 // bytes of the last WriteAtomic
}

// runsFolder is the OPFS folder that holds one folder per run.
const runsFolder = "webtune-runs"

func openRunStore(run string) (*opfsStore, error) {
	storage := js.Global().Get("navigator").Get("storage")
	if !storage.Truthy() || !storage.Get("getDirectory").Truthy() {
		return nil, errors.New("this browser has no origin private file system (OPFS): checkpoints cannot be kept, so training would be lost on a reload; use a current Chromium, Firefox or Safari")
	}
	root, err := jsutil.Await(storage.Call("getDirectory"))
	if err != nil {
		return nil, fmt.Errorf("opening browser storage: %w", err)
	}
	create := map[string]any{"create": true}
	runs, err := jsutil.Await(root.Call("getDirectoryHandle", runsFolder, create))
	if err != nil {
		return nil, fmt.Errorf("opening browser storage folder %s: %w", runsFolder, err)
	}
	dir, err := jsutil.Await(runs.Call("getDirectoryHandle", run, create))
	if err != nil {
		return nil, fmt.Errorf("opening browser storage folder %s/%s: %w", runsFolder, run, err)
	}
	return &opfsStore{dir: dir, name: "browser storage " + runsFolder + "/" + run}, nil
}

// String names the store in messages.
func (s *opfsStore) String() string { return s.name }

func (s *opfsStore) List() ([]string, error) {
	it := s.dir.Call("keys")
	var names []string
	for {
		r, err := jsutil.Await(it.Call("next"))
		if err != nil {
			return nil, fmt.Errorf("listing %s: %w", s.name, err)
		}
		if r.Get("done").Bool() {
			return names, nil
		}
		names = append(names, r.Get("value").String())
	}
}

func (s *opfsStore) Read(name string) ([]byte, error) {
	fh, err := jsutil.Await(s.dir.Call("getFileHandle", name))
	if err != nil {
		return nil, err
	}
	f, err := jsutil.Await(fh.Call("getFile"))
	if err != nil {
		return nil, err
	}
	buf, err := jsutil.Await(f.Call("arrayBuffer"))
	if err != nil {
		return nil, err
	}
	return jsutil.Bytes(buf), nil
}

func (s *opfsStore) WriteAtomic(name string, write func(io.Writer) error) error {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return err
	}
	tmp := name + ".tmp"
	s.written = int64(buf.Len())
	if err := s.writeFile(tmp, buf.Bytes()); err != nil {
		s.Remove(tmp)
		return storageError(err, int64(buf.Len()))
	}
	fh, err := jsutil.Await(s.dir.Call("getFileHandle", tmp))
	if err == nil {
		_, err = jsutil.Await(fh.Call("move", name))
	}
	if err != nil {
		s.Remove(tmp)
		return fmt.Errorf("making %s current in %s: %w", name, s.name, err)
	}
	return nil
}

// writeAll stores data as name, atomically.
func (s *opfsStore) writeAll(name string, data []byte) error {
	return s.WriteAtomic(name, func(w io.Writer) error { _, err := w.Write(data); return err })
}

func (s *opfsStore) writeFile(name string, data []byte) error {
	fh, err := jsutil.Await(s.dir.Call("getFileHandle", name, map[string]any{"create": true}))
	if err != nil {
		return err
	}
	ws, err := jsutil.Await(fh.Call("createWritable"))
	if err != nil {
		return err
	}
	if _, err := jsutil.Await(ws.Call("write", jsutil.Uint8Array(data))); err != nil {
		jsutil.Await(ws.Call("abort"))
		return err
	}
	_, err = jsutil.Await(ws.Call("close"))
	return err
}

// storageError says in words that the quota is full, with what to do.
func storageError(err error, size int64) error {
	var ne *jsutil.NamedError
	if errors.As(err, &ne) && ne.Name == "QuotaExceededError" {
		return fmt.Errorf("browser storage is full: a checkpoint of %d MB did not fit, so the previous checkpoint was kept; "+
			"free space (other sites' data, or this site's older runs) and the run continues from the last checkpoint", size>>20)
	}
	return fmt.Errorf("writing a checkpoint to browser storage: %w", err)
}

func (s *opfsStore) Remove(name string) error {
	_, err := jsutil.Await(s.dir.Call("removeEntry", name))
	return err
}

// clear removes every file of the run.
func (s *opfsStore) clear() error {
	names, err := s.List()
	if err != nil {
		return err
	}
	for _, n := range names {
		if err := s.Remove(n); err != nil {
			return err
		}
	}
	return nil
}
