package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
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

// serveEntry sends e from root with Range, conditional requests and an ETag of its hash.
func serveEntry(w http.ResponseWriter, r *http.Request, root *os.Root, e fileEntry, contentType, cacheControl string, log *slog.Logger) {
	f, err := root.Open(e.rel)
	if err != nil {
		log.Warn("indexed file cannot be opened", "file", e.rel, "err", err)
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() || st.Size() != e.size || !st.ModTime().Equal(e.mod) {
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
	http.ServeContent(w, r, e.rel, e.mod, f)
}

// hashRootFile returns the SHA-256 (hex) of the file rel under root.
func hashRootFile(root *os.Root, rel string) (string, error) {
	f, err := root.Open(rel)
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
