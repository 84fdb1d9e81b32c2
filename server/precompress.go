package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func init() {
	register("precompress", "write .br and .gz beside the compressible files of a folder (make build)", runPrecompress)
}

func runPrecompress(args []string) error {
	fl := flag.NewFlagSet("precompress", flag.ContinueOnError)
	fl.Usage = func() { fmt.Fprintln(fl.Output(), "usage: webtune precompress DIR") }
	if err := fl.Parse(args); err != nil {
		return err
	}
	if fl.NArg() != 1 {
		fl.Usage()
		return fmt.Errorf("want one folder, got %d arguments", fl.NArg())
	}
	return precompressDir(fl.Arg(0))
}

// precompressDir writes brotli and gzip variants of every compressible file under dir
// that lacks a fresh one. Each is written to a temporary file and renamed, so the
// server never reads half a variant.
func precompressDir(dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.Type().IsRegular() || isVariant(p) || !compressible(p) {
			return nil
		}
		src, err := os.Stat(p)
		if err != nil {
			return err
		}
		var data []byte
		for enc, ext := range encodingExt {
			if st, err := os.Stat(p + ext); err == nil && !st.ModTime().Before(src.ModTime()) {
				continue
			}
			if data == nil {
				if data, err = os.ReadFile(p); err != nil {
					return err
				}
			}
			if err := writeAtomic(p+ext, compress(enc, data)); err != nil {
				return err
			}
			fmt.Printf("%s: %d -> %d bytes\n", p+ext, len(data), fileSize(p+ext))
		}
		return nil
	})
}

func fileSize(p string) int64 {
	st, err := os.Stat(p)
	if err != nil {
		return -1
	}
	return st.Size()
}

// writeAtomic writes data to path through a temporary file in the same folder.
func writeAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return os.Rename(f.Name(), path)
}
