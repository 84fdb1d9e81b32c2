package main

import (
	"bufio"
	"bytes"
	"image/color"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzRequestPath sends arbitrary request targets through the whole handler. Whatever
// the path, the server must not panic, must never send the secret that sits beside the
// data directory (reachable only by escaping it, directly or through a symlink), and
// must answer 404 to any path with dot segments.
func FuzzRequestPath(f *testing.F) {
	for _, s := range []string{"/", "/weights", "/datasets", "/datasets/pets/manifest.json", "/datasets/pets/train/cat/a.jpg",
		"/datasets/pets/train/cat/link.jpg", "/datasets/../secret.jpg", "/datasets/%2e%2e/secret.jpg", "/web/..%2fsecret.jpg",
		"/web/style.css", "//secret.jpg", "/datasets/pets/train/cat/..%5c..%5c..%5c..%5csecret.jpg", "/datasets/out/secret.jpg"} {
		f.Add(s)
	}
	base := f.TempDir()
	data := filepath.Join(base, "data")
	secret := []byte("SECRET-" + strings.Repeat("x", 64))
	os.MkdirAll(data, 0o755)
	os.WriteFile(filepath.Join(base, "secret.jpg"), secret, 0o644)
	smallDatasetF(f, filepath.Join(data, "datasets", "pets"))
	os.Symlink(filepath.Join(base, "secret.jpg"), filepath.Join(data, "datasets", "pets", "train", "cat", "link.jpg"))
	os.Symlink(base, filepath.Join(data, "datasets", "out"))
	static := filepath.Join(base, "static")
	os.MkdirAll(filepath.Join(static, "build"), 0o755)
	os.WriteFile(filepath.Join(static, "style.css"), []byte("body{}"), 0o644)
	s, _, err := newSite(serveConfig{dataDir: data, staticDir: static}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, target string) {
		req, err := http.ReadRequest(bufio.NewReader(strings.NewReader("GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n")))
		if err != nil {
			return // not a request Go's server would accept either
		}
		req.RemoteAddr = "127.0.0.1:1"
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if bytes.Contains(rec.Body.Bytes(), secret) {
			t.Fatalf("GET %q served the file outside the data directory", target)
		}
		for _, seg := range strings.Split(req.URL.Path, "/") {
			if (seg == ".." || seg == ".") && rec.Code != http.StatusNotFound {
				t.Fatalf("GET %q (path %q): %d, want 404", target, req.URL.Path, rec.Code)
			}
		}
		if rec.Code == http.StatusOK && path.Clean(req.URL.Path) != req.URL.Path && req.URL.Path != "/" {
			t.Fatalf("GET %q: 200 for an unclean path %q", target, req.URL.Path)
		}
	})
}

func smallDatasetF(f *testing.F, root string) {
	for _, rel := range []string{"train/cat/a.jpg", "test/cat/b.jpg"} {
		os.MkdirAll(filepath.Dir(filepath.Join(root, rel)), 0o755)
		os.WriteFile(filepath.Join(root, rel), solidJPEG(color.RGBA{9, 99, 199, 255}), 0o644)
	}
}

// FuzzManifestName checks the manifest's naming of a file: a name the index accepts
// must give a URL whose decoded path is exactly the index key, and a path that stays
// inside the dataset.
func FuzzManifestName(f *testing.F) {
	for _, s := range []string{"a.jpg", "e f.jpg", "100%.jpg", "a?b#c.jpg", "..", ".", "a/b", "x\\y.jpg", "C:evil", "%2e%2e", "日本.png", "\x00", "a;b,c=d.jpg"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		key := "/datasets/pets/train/cat/" + name // as the index builds it
		u := imageURL("/datasets/pets", "train", "cat", name)
		if unsafePath(key, u) != "" {
			return
		}
		if strings.Contains(name, "/") || name == "" {
			return // not a file name ReadDir can return
		}
		parsed, err := url.Parse(u)
		if err != nil {
			t.Fatalf("name %q: manifest URL %q does not parse: %v", name, u, err)
		}
		if parsed.Path != key {
			t.Fatalf("name %q: manifest URL %q decodes to %q, index key is %q", name, u, parsed.Path, key)
		}
		if !filepath.IsLocal(path.Join("train/cat", name)) {
			t.Fatalf("name %q: accepted but not local", name)
		}
	})
}

// FuzzSafetensorsHeader feeds arbitrary headers to the weights listing's parser: it
// must not panic, and what it accepts must have fc.weight with a class count.
func FuzzSafetensorsHeader(f *testing.F) {
	f.Add([]byte(`{"fc.weight":{"dtype":"F32","shape":[2,512],"data_offsets":[0,4096]}}`), int64(4096))
	f.Add([]byte(`{"__metadata__":{"a":"b"},"fc.weight":{"dtype":"F16","shape":[1000,512],"data_offsets":[0,1024000]}}`), int64(1024000))
	f.Add([]byte(`{"fc.weight":{"dtype":"F32","shape":[2,512],"data_offsets":[0,99999999]}}`), int64(10))
	f.Add([]byte(`{"x":{"shape":[-1]}}`), int64(0))
	f.Add([]byte(`[]`), int64(0))
	f.Fuzz(func(t *testing.T, header []byte, dataSize int64) {
		info, err := parseSafetensorsHeader(header, dataSize)
		if err == nil && (info.dtype == "" || info.params < 0) {
			t.Fatalf("accepted %q with dtype %q params %d", header, info.dtype, info.params)
		}
	})
}
