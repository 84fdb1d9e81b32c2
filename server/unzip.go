package main

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// unzipLimits bound what a dataset zip may unpack to, so a hostile or broken archive
// cannot fill the disk.
type unzipLimits struct {
	entries    int
	totalBytes int64
	entryBytes int64
}

var defaultUnzipLimits = unzipLimits{entries: 200_000, totalBytes: 8 << 30, entryBytes: 512 << 20}

// unzipDataset unpacks an ImageFolder zip (train/ and test/ at its top, or under one
// top folder, as hotdog.zip has them) to dest. It unpacks into a hidden folder beside
// dest and renames it at the end, so on any error nothing is left at dest. Entries that
// could land outside (absolute, "..", backslashes, drive letters), links and special
// files fail the whole archive.
func unzipDataset(zipPath, dest string, lim unzipLimits) (err error) {
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		return fmt.Errorf("opening %s: %w", zipPath, err)
	}
	defer zr.Close()
	if len(zr.File) > lim.entries {
		return fmt.Errorf("%s has %d entries, more than the %d a dataset may have", zipPath, len(zr.File), lim.entries)
	}
	for _, f := range zr.File {
		if reason := unsafeZipEntry(f); reason != "" {
			return fmt.Errorf("%s: refusing entry %q: %s; nothing was unpacked", zipPath, f.Name, reason)
		}
	}
	strip := commonTop(zr.File)
	if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dest), "."+filepath.Base(dest)+".tmp-")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	root, err := os.OpenRoot(tmp)
	if err != nil {
		return err
	}
	defer root.Close()
	var total int64
	for _, f := range zr.File {
		name := strings.TrimPrefix(strings.TrimSuffix(f.Name, "/"), strip)
		if name == "" || name == strings.TrimSuffix(strip, "/") {
			continue
		}
		if f.FileInfo().IsDir() {
			if err := root.MkdirAll(name, 0o755); err != nil {
				return fmt.Errorf("%s: %q: %w", zipPath, f.Name, err)
			}
			continue
		}
		n, err := extract(root, f, name, min(lim.entryBytes, lim.totalBytes-total))
		if err != nil {
			return fmt.Errorf("%s: %q: %w; nothing was unpacked", zipPath, f.Name, err)
		}
		total += n
	}
	for _, split := range []string{"train", "test"} {
		if st, err := root.Stat(split); err != nil || !st.IsDir() {
			return fmt.Errorf("%s holds no %s/ folder: not an ImageFolder dataset (want %s/{train,test}/<class>/<images>)", zipPath, split, filepath.Base(dest))
		}
	}
	if err := os.Rename(tmp, dest); err != nil {
		return fmt.Errorf("placing the dataset at %s: %w", dest, err)
	}
	fmt.Printf("%s: unpacked %d files, %d bytes\n", dest, len(zr.File), total)
	return nil
}

// unsafeZipEntry says why an entry may not be unpacked, or "".
func unsafeZipEntry(f *zip.File) string {
	name := f.Name
	switch {
	case name == "":
		return "empty name"
	case strings.ContainsRune(name, '\\'):
		return "backslash in the name"
	case strings.HasPrefix(name, "/"):
		return "absolute path"
	case strings.ContainsAny(name, ":\x00"):
		return "drive letter or NUL in the name"
	}
	for _, seg := range strings.Split(strings.TrimSuffix(name, "/"), "/") {
		if seg == ".." || seg == "." || seg == "" {
			return "\"..\", \".\" or empty path segment"
		}
	}
	mode := f.Mode()
	if mode&os.ModeSymlink != 0 {
		return "symbolic link"
	}
	if !mode.IsDir() && !mode.IsRegular() {
		return "not a regular file"
	}
	return ""
}

// commonTop returns "top/" when every entry sits under one folder that is not itself
// train or test (hotdog.zip's hotdog/), else "".
func commonTop(files []*zip.File) string {
	top := ""
	for _, f := range files {
		first, _, _ := strings.Cut(f.Name, "/")
		if top == "" {
			top = first
		}
		if first != top || !strings.Contains(f.Name, "/") && !f.FileInfo().IsDir() {
			return ""
		}
	}
	if top == "" || top == "train" || top == "test" {
		return ""
	}
	return top + "/"
}

// extract copies one entry, refusing more than limit bytes whatever its header says.
func extract(root *os.Root, f *zip.File, name string, limit int64) (int64, error) {
	if dir := path.Dir(name); dir != "." {
		if err := root.MkdirAll(dir, 0o755); err != nil {
			return 0, err
		}
	}
	if int64(f.UncompressedSize64) > limit {
		return 0, fmt.Errorf("%d bytes is over the size limit (%d left)", f.UncompressedSize64, limit)
	}
	rc, err := f.Open()
	if err != nil {
		return 0, err
	}
	defer rc.Close()
	out, err := root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return 0, err
	}
	n, err := io.Copy(out, io.LimitReader(rc, limit+1))
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return n, err
	}
	if n > limit {
		return n, errors.New("unpacks to more than the size limit")
	}
	return n, nil
}
