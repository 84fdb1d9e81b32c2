package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"log/slog"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/andybalholm/brotli"

	"webtune/model"
)

// staticIndex holds the hand-written assets of static/ and the build outputs of
// static/build/ (app.wasm and its .br/.gz variants), all served under /web/. Everything
// is read into memory at index time: a few tens of MB at most, and a request can then
// never see a half-written build.
type staticIndex struct {
	assets  map[string]*staticAsset // URL path ("/web/app.wasm") -> asset
	version string                  // hash over all assets: changes with every build
}

// staticAsset is one file and its compressed variants.
type staticAsset struct {
	name     string
	data     []byte
	sha256   string
	mod      time.Time
	variants map[string][]byte // "br", "gzip"
}

// inlineCompressLimit is the size below which assets without a precompressed variant on
// disk are compressed in memory at index time; larger ones need `make build`.
const inlineCompressLimit = 1 << 20

// compressible reports whether a file of this name gains from compression.
func compressible(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".css", ".js", ".mjs", ".svg", ".json", ".html", ".txt", ".wasm", ".map", ".md":
		return true
	}
	return false
}

// encodingExt maps a Content-Encoding to the suffix of its precompressed file.
var encodingExt = map[string]string{"br": ".br", "gzip": ".gz"}

// loadStatic indexes dir (hand-written assets, top level only) and dir/build
// (recursively; build outputs win over hand-written files of the same name).
func loadStatic(dir string, log *slog.Logger) (*staticIndex, error) {
	idx := &staticIndex{assets: map[string]*staticAsset{}}
	top, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("reading static assets: %w (run webtune from the repository root, or pass -static DIR)", err)
	}
	for _, e := range top {
		if e.Type().IsRegular() && !isVariant(e.Name()) && !strings.HasPrefix(e.Name(), ".") {
			if err := idx.add(filepath.Join(dir, e.Name()), e.Name(), log); err != nil {
				return nil, err
			}
		}
	}
	build := filepath.Join(dir, "build")
	err = filepath.WalkDir(build, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if os.IsNotExist(err) && p == build {
				return fs.SkipDir
			}
			return err
		}
		if strings.HasPrefix(d.Name(), ".") && p != build {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil // temporary files of a build in progress
		}
		if !d.Type().IsRegular() || isVariant(p) {
			return nil // directories, symlinks and .br/.gz (read with their source)
		}
		rel, _ := filepath.Rel(build, p)
		return idx.add(p, filepath.ToSlash(rel), log)
	})
	if err != nil {
		return nil, fmt.Errorf("indexing %s: %w", build, err)
	}
	if _, ok := idx.assets["/web/app.wasm"]; !ok {
		log.Warn("no UI build: the page will not start", "missing", filepath.Join(build, "app.wasm"), "fix", "run `make build`")
	}
	idx.version = idx.hash()
	return idx, nil
}

func isVariant(name string) bool {
	return strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz")
}

// add reads the file at p and its compressed variants, served as /web/<rel>.
func (idx *staticIndex) add(p, rel string, log *slog.Logger) error {
	st, err := os.Stat(p)
	if err != nil {
		return err
	}
	data, err := model.ReadRegularFile(p, maxServedFile)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(data)
	a := &staticAsset{name: rel, data: data, sha256: hex.EncodeToString(sum[:]), mod: st.ModTime(), variants: map[string][]byte{}}
	if compressible(rel) {
		for enc, ext := range encodingExt {
			v, err := readFreshVariant(p+ext, st.ModTime())
			switch {
			case err == nil:
				a.variants[enc] = v
			case len(data) <= inlineCompressLimit:
				a.variants[enc] = compress(enc, data)
			default:
				log.Warn("large asset served uncompressed", "file", p, "encoding", enc, "reason", err, "fix", "run `make build`")
			}
		}
	}
	idx.assets[path.Join("/web", rel)] = a
	return nil
}

// readFreshVariant reads a precompressed file, refusing one older than its source: a
// stale variant would hide a new build.
func readFreshVariant(p string, srcMod time.Time) ([]byte, error) {
	st, err := os.Stat(p)
	if err != nil {
		return nil, fmt.Errorf("no %s", filepath.Base(p))
	}
	if st.ModTime().Before(srcMod) {
		return nil, fmt.Errorf("%s is older than its source", filepath.Base(p))
	}
	return model.ReadRegularFile(p, maxServedFile)
}

// compress encodes data with the given Content-Encoding.
func compress(enc string, data []byte) []byte {
	var b bytes.Buffer
	switch enc {
	case "br":
		w := brotli.NewWriterLevel(&b, brotliLevel)
		w.Write(data)
		w.Close()
	case "gzip":
		w, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		w.Write(data)
		w.Close()
	}
	return b.Bytes()
}

// brotliLevel trades build time for size: 11 takes minutes on a 13 MB wasm in pure Go.
const brotliLevel = 9

func (idx *staticIndex) hash() string {
	names := make([]string, 0, len(idx.assets))
	for n := range idx.assets {
		names = append(names, n)
	}
	sort.Strings(names)
	h := sha256.New()
	for _, n := range names {
		fmt.Fprintf(h, "%s %s\n", n, idx.assets[n].sha256)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// url returns the versioned URL of an asset: cached for good, since it changes with
// the content.
func (idx *staticIndex) url(p string) string {
	if a, ok := idx.assets[p]; ok {
		return p + "?v=" + a.sha256[:16]
	}
	return p
}

func (idx *staticIndex) serve(w http.ResponseWriter, r *http.Request) {
	a, ok := idx.assets[r.URL.Path]
	if !ok {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	ctype := mime.TypeByExtension(path.Ext(a.name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	h.Set("Content-Type", ctype)
	if r.URL.Query().Get("v") == a.sha256[:16] {
		h.Set("Cache-Control", cacheImmutable)
	} else {
		h.Set("Cache-Control", cacheRevalidate)
	}
	body, etag := a.data, a.sha256
	if len(a.variants) > 0 {
		h.Add("Vary", "Accept-Encoding")
		if enc := chooseEncoding(r.Header.Get("Accept-Encoding"), a.variants); enc != "" {
			body, etag = a.variants[enc], a.sha256+"."+enc
			h.Set("Content-Encoding", enc)
		}
	}
	h.Set("ETag", `"`+etag+`"`)
	serveContent(w, r, a.name, a.mod, bytes.NewReader(body), int64(len(body)))
}

// chooseEncoding picks br, then gzip, among what the client accepts (q > 0, or "*").
func chooseEncoding(accept string, have map[string][]byte) string {
	q := map[string]float64{}
	for _, part := range strings.Split(accept, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "" {
			continue
		}
		v := 1.0
		if k, val, ok := strings.Cut(strings.TrimSpace(params), "="); ok && strings.TrimSpace(k) == "q" {
			if f, err := strconv.ParseFloat(strings.TrimSpace(val), 64); err == nil {
				v = f
			}
		}
		q[name] = v
	}
	for _, enc := range []string{"br", "gzip"} {
		if _, ok := have[enc]; !ok {
			continue
		}
		v, named := q[enc]
		if !named {
			v, named = q["*"]
		}
		if named && v > 0 {
			return enc
		}
	}
	return ""
}
