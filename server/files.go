package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"time"
)

// fileEntry is one indexed file: where it is under its root, and what it was when
// indexed. A file whose size or time changed since is not served until re-indexed, so
// the hash the manifests publish is always the hash of the bytes sent.
type fileEntry struct {
	rel    string // slash path relative to the root
	size   int64
	mod    time.Time
	sha256 string // hex
}

// Cache policies.
const (
	cacheRevalidate = "no-cache"                            // may store, must check the ETag
	cacheImmutable  = "public, max-age=31536000, immutable" // URL carries the content hash
	cacheShort      = "public, max-age=300"                 // dataset images: ETag after that
)

// serveEntry sends e from root with Range, conditional requests and an ETag of its
// hash. A full download is hashed as it is sent and its last bytes are held back
// unless the hash is still the indexed one: a file overwritten in place while being
// sent (same size, even the same time) ends in a cut connection, never in a complete
// response whose bytes do not match the sha256 the listing published. stale is told
// the file so that the index hashes it again.
func serveEntry(w http.ResponseWriter, r *http.Request, root *os.Root, e fileEntry, contentType, cacheControl string, log *slog.Logger, stale func(rel string)) {
	f, err := openRegular(root, e.rel)
	if err != nil {
		log.Warn("indexed file cannot be opened", "file", e.rel, "err", err)
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || st.Size() != e.size || !st.ModTime().Equal(e.mod) {
		log.Warn("file changed since it was indexed; not served until the next index", "file", e.rel)
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("ETag", `"`+e.sha256+`"`)
	h.Set("Cache-Control", cacheControl)
	if contentType != "" {
		h.Set("Content-Type", contentType)
	}
	v := &verifyingReader{f: f, size: e.size, want: e.sha256, h: sha256.New()}
	serveContent(w, r, e.rel, e.mod, v, e.size)
	if v.mismatch {
		log.Warn("file changed while being sent; the download was cut and the file is hashed again", "file", e.rel)
		stale(e.rel)
		panic(http.ErrAbortHandler) // close the connection: the client sees a failed transfer
	}
}

// verifyingReader hashes what is read of a file front to back and, on the read that
// reaches its end, returns an error instead of the last bytes when the hash is not
// want. Once read out of order (a Range request) it only passes data through: a
// client assembling ranges verifies the whole file's sha256 itself.
type verifyingReader struct {
	f        *os.File
	size     int64
	want     string
	h        hash.Hash
	pos      int64
	hashing  bool // reads so far were sequential from offset 0
	mismatch bool
}

var errChangedWhileSent = errors.New("file changed while being sent")

func (v *verifyingReader) Seek(off int64, whence int) (int64, error) {
	n, err := v.f.Seek(off, whence)
	if err == nil {
		v.pos = n
		// http.ServeContent seeks to the end for the size, then to the start.
		v.hashing = n == 0
		if n == 0 {
			v.h.Reset()
		}
	}
	return n, err
}

func (v *verifyingReader) Read(p []byte) (int, error) {
	n, err := v.f.Read(p)
	if !v.hashing {
		v.pos += int64(n)
		return n, err
	}
	v.h.Write(p[:n])
	if v.pos+int64(n) >= v.size && (n > 0 || err == io.EOF) {
		if hex.EncodeToString(v.h.Sum(nil)) != v.want || v.pos+int64(n) != v.size {
			v.mismatch, v.hashing = true, false
			return 0, errChangedWhileSent
		}
		v.hashing = false
	}
	v.pos += int64(n)
	return n, err
}

// serveContent is http.ServeContent with three corrections after RFC 9110: a Range
// of suffix length 0 ("bytes=-0"), which no byte satisfies, gets 416 (Go sends a 206
// with an invalid Content-Range); a Range in a unit other than bytes is ignored (Go
// refuses it); and every 416 says the current length in Content-Range.
func serveContent(w http.ResponseWriter, r *http.Request, name string, mod time.Time, content io.ReadSeeker, size int64) {
	rng := strings.TrimSpace(r.Header.Get("Range"))
	if rng != "" && !strings.HasPrefix(rng, "bytes=") {
		r.Header.Del("Range")
	}
	w = rangeStatusWriter{w, size}
	if hasZeroSuffixRange(rng) && r.Method == http.MethodGet {
		http.Error(w, "requested range not satisfiable", http.StatusRequestedRangeNotSatisfiable)
		return
	}
	http.ServeContent(w, r, name, mod, content)
}

// rangeStatusWriter adds "Content-Range: bytes */size" to a 416 that lacks it.
type rangeStatusWriter struct {
	http.ResponseWriter
	size int64
}

func (w rangeStatusWriter) WriteHeader(code int) {
	if code == http.StatusRequestedRangeNotSatisfiable && w.Header().Get("Content-Range") == "" {
		w.Header().Set("Content-Range", fmt.Sprintf("bytes */%d", w.size))
	}
	w.ResponseWriter.WriteHeader(code)
}

// hasZeroSuffixRange reports whether a Range header asks for the last 0 bytes.
func hasZeroSuffixRange(h string) bool {
	spec, ok := strings.CutPrefix(strings.TrimSpace(h), "bytes=")
	if !ok {
		return false
	}
	for _, part := range strings.Split(spec, ",") {
		part = strings.TrimSpace(part)
		if digits, ok := strings.CutPrefix(part, "-"); ok && digits != "" && strings.Trim(digits, "0") == "" {
			return true
		}
	}
	return false
}

// hashRootFile returns the SHA-256 (hex) of the regular file rel under root.
func hashRootFile(root *os.Root, rel string) (string, error) {
	f, err := openRegular(root, rel)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("reading %s: %w", rel, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// readRootFile reads the regular file rel under root whole, up to limit bytes.
func readRootFile(root *os.Root, rel string, limit int64) ([]byte, error) {
	f, err := openRegular(root, rel)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", rel, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s is over %d bytes", rel, limit)
	}
	return data, nil
}
