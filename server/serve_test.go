package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/andybalholm/brotli"

	"webtune/model"
	"webtune/web"
)

// syncBuffer collects log output from the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// testServer is a real webtune server on a loopback port.
type testServer struct {
	url     string
	data    string
	static  string
	logs    *syncBuffer
	cancel  context.CancelFunc
	stopped chan error
}

// startServer serves data and static dirs made by the caller (fill them before, or
// after with a short poll interval).
func startServer(t *testing.T, data, static string) *testServer {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	logs := &syncBuffer{}
	log := slog.New(slog.NewTextHandler(logs, nil))
	ctx, cancel := context.WithCancel(context.Background())
	ts := &testServer{url: "http://" + ln.Addr().String(), data: data, static: static, logs: logs, cancel: cancel, stopped: make(chan error, 1)}
	cfg := serveConfig{dataDir: data, staticDir: static, poll: 50 * time.Millisecond, headerTimeout: 2 * time.Second}
	go func() { ts.stopped <- serve(ctx, ln, cfg, log) }()
	t.Cleanup(func() {
		cancel()
		if err := <-ts.stopped; err != nil {
			t.Errorf("server did not stop cleanly: %v", err)
		}
	})
	// The listener is open before serve indexes; wait for the first answer.
	waitFor(t, "server up", func() bool {
		resp, err := http.Get(ts.url + web.WeightsPath)
		if err == nil {
			resp.Body.Close()
		}
		return err == nil && resp.StatusCode == 200
	})
	return ts
}

func waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// testStatic makes a static dir: the repository's hand-written assets and a build/
// with a fake app.wasm (real bytes; the browser test builds the real one).
func testStatic(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"style.css", "icon.svg"} {
		b, err := os.ReadFile(filepath.Join("..", "static", f))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, f), b)
	}
	writeFile(t, filepath.Join(dir, "build", "app.wasm"), bytes.Repeat([]byte("\x00asm wasm bytes "), 80000))
	return dir
}

func writeFile(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func jpegBytes(t *testing.T, c color.RGBA) []byte { return solidJPEG(c) }

// solidJPEG is a small one-colour JPEG (encoding into memory cannot fail).
func solidJPEG(c color.RGBA) []byte {
	img := image.NewRGBA(image.Rect(0, 0, 16, 12))
	for i := range img.Pix {
		img.Pix[i] = []uint8{c.R, c.G, c.B, 255}[i%4]
	}
	var b bytes.Buffer
	jpeg.Encode(&b, img, nil)
	return b.Bytes()
}

func pngBytes(t *testing.T) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, 5, 7))); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// smallDataset writes a 2-class ImageFolder with good and bad files; it returns the
// good images' paths relative to the dataset.
func smallDataset(t *testing.T, root string) map[string][]byte {
	t.Helper()
	good := map[string][]byte{
		"train/cat/a.jpg":  jpegBytes(t, color.RGBA{200, 10, 10, 255}),
		"train/cat/b.png":  pngBytes(t),
		"train/dog/c.jpg":  jpegBytes(t, color.RGBA{10, 200, 10, 255}),
		"test/cat/d.jpg":   jpegBytes(t, color.RGBA{10, 10, 200, 255}),
		"test/dog/e f.jpg": jpegBytes(t, color.RGBA{90, 90, 90, 255}), // a space: escaped in URLs
	}
	for rel, b := range good {
		writeFile(t, filepath.Join(root, rel), b)
	}
	truncated := jpegBytes(t, color.RGBA{1, 2, 3, 255})
	writeFile(t, filepath.Join(root, "train/cat/truncated.jpg"), truncated[:len(truncated)/2])
	writeFile(t, filepath.Join(root, "train/dog/empty.jpg"), nil)
	writeFile(t, filepath.Join(root, "train/dog/notes.txt"), []byte("not an image"))
	writeFile(t, filepath.Join(root, "test/dog/fake.png"), []byte("\x89PNG but not really"))
	return good
}

func get(t *testing.T, url string, hdr ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	// No transparent gzip: the tests check encodings themselves.
	tr := &http.Transport{DisableCompression: true}
	defer tr.CloseIdleConnections()
	resp, err := (&http.Client{Transport: tr}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}

func sha(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func TestDatasetManifestAndImages(t *testing.T) {
	data := t.TempDir()
	good := smallDataset(t, filepath.Join(data, "datasets", "pets"))
	ts := startServer(t, data, testStatic(t))

	_, body := get(t, ts.url+"/datasets")
	var dl web.DatasetList
	if err := json.Unmarshal(body, &dl); err != nil {
		t.Fatalf("/datasets: %v: %s", err, body)
	}
	if len(dl.Datasets) != 1 || dl.Datasets[0].Name != "pets" || dl.Datasets[0].Builtin {
		t.Fatalf("datasets = %+v, want only pets (not built-in: the data dir had one)", dl.Datasets)
	}
	d := dl.Datasets[0]
	if fmt.Sprint(d.Classes) != "[cat dog]" || fmt.Sprint(d.Counts["train"]) != "[2 1]" || fmt.Sprint(d.Counts["test"]) != "[1 1]" {
		t.Errorf("classes %v counts %v, want [cat dog] train [2 1] test [1 1]", d.Classes, d.Counts)
	}
	if d.Skipped != 4 || d.Images != 5 {
		t.Errorf("skipped %d images %d, want 4 and 5", d.Skipped, d.Images)
	}
	for _, bad := range []string{"truncated.jpg", "empty.jpg", "notes.txt", "fake.png"} {
		if !strings.Contains(ts.logs.String(), bad) {
			t.Errorf("log does not name the skipped file %s:\n%s", bad, ts.logs)
		}
	}

	_, body = get(t, ts.url+d.ManifestURL)
	var m web.Manifest
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatalf("manifest: %v", err)
	}
	n := 0
	for split, imgs := range m.Splits {
		for _, im := range imgs {
			n++
			resp, got := get(t, ts.url+im.URL)
			if resp.StatusCode != 200 {
				t.Fatalf("%s: %s", im.URL, resp.Status)
			}
			if sha(got) != im.SHA256 || int64(len(got)) != im.Size {
				t.Errorf("%s: served %d bytes sha %s, manifest says %d and %s", im.URL, len(got), sha(got), im.Size, im.SHA256)
			}
			rel := strings.TrimPrefix(mustUnescape(t, im.URL), "/datasets/pets/")
			if !bytes.Equal(good[rel], got) {
				t.Errorf("%s (%s split) is not the file %s", im.URL, split, rel)
			}
			if resp.Header.Get("ETag") != `"`+im.SHA256+`"` {
				t.Errorf("%s: ETag %s, want the sha256", im.URL, resp.Header.Get("ETag"))
			}
		}
	}
	if n != len(good) {
		t.Errorf("manifest lists %d images, want %d", n, len(good))
	}
	// Files left out are not served either.
	if resp, _ := get(t, ts.url+"/datasets/pets/train/dog/notes.txt"); resp.StatusCode != 404 {
		t.Errorf("a skipped file is served: %s", resp.Status)
	}
}

func mustUnescape(t *testing.T, u string) string {
	req, err := http.NewRequest("GET", "http://x"+u, nil)
	if err != nil {
		t.Fatal(err)
	}
	return req.URL.Path
}

func TestNewDatasetNeedsNoRestart(t *testing.T) {
	data := t.TempDir()
	smallDataset(t, filepath.Join(data, "datasets", "pets"))
	ts := startServer(t, data, testStatic(t))
	// Written beside, renamed in: as a user copying a dataset would.
	tmp := filepath.Join(data, "datasets", ".incoming")
	smallDataset(t, tmp)
	if err := os.Rename(tmp, filepath.Join(data, "datasets", "birds")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the new dataset in /datasets", func() bool {
		_, body := get(t, ts.url+"/datasets")
		return strings.Contains(string(body), `"name":"birds"`)
	})
	if resp, _ := get(t, ts.url+"/datasets/birds/manifest.json"); resp.StatusCode != 200 {
		t.Errorf("new manifest: %s", resp.Status)
	}
}

func TestIsolationHeadersAndMethods(t *testing.T) {
	data := t.TempDir()
	smallDataset(t, filepath.Join(data, "datasets", "pets"))
	ts := startServer(t, data, testStatic(t))
	for _, p := range []string{"/", "/weights", "/datasets", "/web/style.css", "/web/app.wasm", "/app.js", "/nonexistent", "/datasets/../x"} {
		resp, _ := get(t, ts.url+p)
		for k, want := range map[string]string{
			"Cross-Origin-Opener-Policy":   "same-origin",
			"Cross-Origin-Embedder-Policy": "require-corp",
			"Cross-Origin-Resource-Policy": "same-origin",
		} {
			if got := resp.Header.Get(k); got != want {
				t.Errorf("%s (%s): %s = %q, want %q", p, resp.Status, k, got, want)
			}
		}
	}
	for _, method := range []string{"POST", "PUT", "DELETE", "PATCH", "OPTIONS"} {
		req, _ := http.NewRequest(method, ts.url+"/weights", nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 405 || resp.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s: %s Allow %q, want 405 and GET, HEAD", method, resp.Status, resp.Header.Get("Allow"))
		}
	}
	req, _ := http.NewRequest("HEAD", ts.url+"/web/app.wasm", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/wasm" {
		t.Errorf("HEAD app.wasm: %s %s", resp.Status, resp.Header.Get("Content-Type"))
	}
}

// rawRequest sends request bytes as they are (Go's client would clean the path) and
// returns the status line.
func rawRequest(t *testing.T, addr, req string) string {
	t.Helper()
	c, err := net.Dial("tcp", strings.TrimPrefix(addr, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := io.WriteString(c, req); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		t.Fatalf("no answer to %q: %v", req[:min(len(req), 60)], err)
	}
	return strings.TrimSpace(line)
}

func TestPathsOutOfTheDataDirAre404(t *testing.T) {
	data := t.TempDir()
	smallDataset(t, filepath.Join(data, "datasets", "pets"))
	// A secret beside the data dir, and links that lead to it.
	outside := t.TempDir()
	secret := jpegBytes(t, color.RGBA{255, 0, 255, 255})
	writeFile(t, filepath.Join(outside, "secret.jpg"), secret)
	smallDataset(t, filepath.Join(outside, "elsewhere"))
	if err := os.Symlink(filepath.Join(outside, "secret.jpg"), filepath.Join(data, "datasets/pets/train/cat/link.jpg")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(outside, "elsewhere"), filepath.Join(data, "datasets/linked")); err != nil {
		t.Fatal(err)
	}
	ts := startServer(t, data, testStatic(t))
	paths := []string{
		"/datasets/../../etc/passwd",
		"/datasets/pets/../../secret.jpg",
		"/datasets/%2e%2e/%2e%2e/etc/passwd",
		"/datasets/pets/%2E%2E%2F%2E%2E%2Fsecret.jpg",
		"/web/..%5c..%5cgo.mod",
		"/web/..\\..\\go.mod",
		"//etc/passwd",
		"/datasets//etc/passwd",
		"/web/C:/Windows/win.ini",
		"/datasets/pets/train/cat/link.jpg",
		"/datasets/linked/manifest.json",
		"/datasets/linked/train/cat/a.jpg",
		"/weights/%00.safetensors",
		"/datasets/pets%2Ftrain%2Fcat%2Fa.jpg",
	}
	for _, p := range paths {
		status := rawRequest(t, ts.url, "GET "+p+" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
		if !strings.Contains(status, " 404 ") && !strings.Contains(status, " 400 ") {
			t.Errorf("GET %s: %s, want 404", p, status)
		}
	}
	logs := ts.logs.String()
	for _, reason := range []string{"dot segment", "backslash", "empty segment", "encoded separator", "colon"} {
		if !strings.Contains(logs, reason) {
			t.Errorf("no log line for a %s path:\n%s", reason, logs)
		}
	}
	if !strings.Contains(logs, "link.jpg") {
		t.Errorf("the symlink leading out is not named in the log:\n%s", logs)
	}
	_, body := get(t, ts.url+"/datasets")
	if strings.Contains(string(body), "link.jpg") {
		t.Errorf("the manifest lists a symlink leading out: %s", body)
	}
}

func TestRequestLimits(t *testing.T) {
	data := t.TempDir()
	smallDataset(t, filepath.Join(data, "datasets", "pets"))
	ts := startServer(t, data, testStatic(t))
	long := "/web/" + strings.Repeat("a", maxURILen)
	if s := rawRequest(t, ts.url, "GET "+long+" HTTP/1.1\r\nHost: x\r\n\r\n"); !strings.Contains(s, " 414 ") {
		t.Errorf("long URI: %s, want 414", s)
	}
	big := "X-Big: " + strings.Repeat("b", 2*maxHeaderBytes) + "\r\n"
	if s := rawRequest(t, ts.url, "GET / HTTP/1.1\r\nHost: x\r\n"+big+"\r\n"); !strings.Contains(s, " 431 ") {
		t.Errorf("huge header: %s, want 431", s)
	}
	if s := rawRequest(t, ts.url, "GET /weights HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"); !strings.Contains(s, " 400 ") {
		t.Errorf("GET with a body: %s, want 400", s)
	}
	// A client that never finishes its headers is cut off (headerTimeout is 2s here).
	c, err := net.Dial("tcp", strings.TrimPrefix(ts.url, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	io.WriteString(c, "GET / HTTP/1.1\r\nHost: x\r\n")
	c.SetReadDeadline(time.Now().Add(30 * time.Second))
	if _, err := io.ReadAll(c); err != nil {
		t.Errorf("slow client was not disconnected by the server: %v", err)
	}
}

func TestStaticCompressionAndCaching(t *testing.T) {
	data := t.TempDir()
	smallDataset(t, filepath.Join(data, "datasets", "pets"))
	static := testStatic(t)
	wasm, _ := os.ReadFile(filepath.Join(static, "build", "app.wasm"))
	if err := precompressDir(filepath.Join(static, "build")); err != nil {
		t.Fatal(err)
	}
	ts := startServer(t, data, static)
	decode := map[string]func([]byte) ([]byte, error){
		"br": func(b []byte) ([]byte, error) { return io.ReadAll(brotli.NewReader(bytes.NewReader(b))) },
		"gzip": func(b []byte) ([]byte, error) {
			r, err := gzip.NewReader(bytes.NewReader(b))
			if err != nil {
				return nil, err
			}
			return io.ReadAll(r)
		},
		"": func(b []byte) ([]byte, error) { return b, nil },
	}
	etags := map[string]bool{}
	for accept, want := range map[string]string{
		"br, gzip":             "br",
		"gzip, deflate, br":    "br",
		"gzip":                 "gzip",
		"br;q=0, gzip;q=0.5":   "gzip",
		"*":                    "br",
		"br;q=0, *":            "gzip",
		"identity":             "",
		"":                     "",
		"gzip;q=0, br;q=0.000": "",
	} {
		resp, body := get(t, ts.url+"/web/app.wasm", "Accept-Encoding", accept)
		if got := resp.Header.Get("Content-Encoding"); got != want {
			t.Errorf("Accept-Encoding %q: got %q, want %q", accept, got, want)
			continue
		}
		plain, err := decode[want](body)
		if err != nil || !bytes.Equal(plain, wasm) {
			t.Errorf("Accept-Encoding %q: body does not decode to app.wasm (%v)", accept, err)
		}
		if resp.Header.Get("Content-Type") != "application/wasm" || !strings.Contains(resp.Header.Get("Vary"), "Accept-Encoding") {
			t.Errorf("Accept-Encoding %q: Content-Type %q Vary %q", accept, resp.Header.Get("Content-Type"), resp.Header.Get("Vary"))
		}
		etags[resp.Header.Get("ETag")] = true
	}
	if len(etags) != 3 {
		t.Errorf("want one ETag per encoding, got %v", etags)
	}
	resp, _ := get(t, ts.url+"/web/app.wasm", "Accept-Encoding", "br")
	if resp.Header.Get("Cache-Control") != cacheRevalidate {
		t.Errorf("unversioned URL: Cache-Control %q, want %q", resp.Header.Get("Cache-Control"), cacheRevalidate)
	}
	if r2, _ := get(t, ts.url+"/web/app.wasm", "Accept-Encoding", "br", "If-None-Match", resp.Header.Get("ETag")); r2.StatusCode != 304 {
		t.Errorf("If-None-Match with the ETag: %s, want 304", r2.Status)
	}
	// The page loads the versioned URL, which may be cached for good.
	_, page := get(t, ts.url+"/")
	if !strings.Contains(string(page), "/web/style.css?v=") {
		t.Errorf("page does not load the versioned stylesheet:\n%s", page)
	}
	resp, _ = get(t, ts.url+"/web/app.wasm?v="+sha(wasm)[:16])
	if resp.Header.Get("Cache-Control") != cacheImmutable {
		t.Errorf("versioned URL: Cache-Control %q, want %q", resp.Header.Get("Cache-Control"), cacheImmutable)
	}

	// A rebuild with stale variants: the server must not serve the old bytes.
	newWasm := append([]byte("\x00asm new build "), wasm...)
	later := time.Now().Add(2 * time.Second)
	writeFile(t, filepath.Join(static, "build", "app.wasm"), newWasm)
	os.Chtimes(filepath.Join(static, "build", "app.wasm"), later, later)
	waitFor(t, "the new build", func() bool {
		resp, body := get(t, ts.url+"/web/app.wasm", "Accept-Encoding", "br, gzip")
		return resp.Header.Get("Content-Encoding") == "" && bytes.Equal(body, newWasm)
	})
	if !strings.Contains(ts.logs.String(), "older than its source") {
		t.Errorf("stale variants are not reported:\n%s", ts.logs)
	}
}

func TestWeightsListingAndRange(t *testing.T) {
	data := t.TempDir()
	smallDataset(t, filepath.Join(data, "datasets", "pets"))
	ts := startServer(t, data, testStatic(t))
	var wl web.WeightsList
	_, body := get(t, ts.url+"/weights")
	if err := json.Unmarshal(body, &wl); err != nil {
		t.Fatal(err)
	}
	if len(wl.Weights) != 0 || !strings.Contains(wl.Note, "webtune fetch") || !strings.Contains(wl.Note, "webtune convert") {
		t.Errorf("no weights: listing %+v should say how to fetch them", wl)
	}
	if !strings.Contains(ts.logs.String(), "webtune fetch") {
		t.Errorf("the log does not say how to fetch weights:\n%s", ts.logs)
	}

	path := filepath.Join(data, "weights", "tiny2.safetensors")
	if err := model.WriteSafetensors(path, model.InitState(2, 1), map[string]string{"source": "test"}); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(data, "weights", "tiny2.classes.txt"), []byte("cat\ndog\n"))
	file, _ := os.ReadFile(path)
	waitFor(t, "the weights in /weights", func() bool {
		_, body := get(t, ts.url+"/weights")
		return json.Unmarshal(body, &wl) == nil && len(wl.Weights) == 1
	})
	w := wl.Weights[0]
	if w.Name != "tiny2" || w.Size != int64(len(file)) || w.SHA256 != sha(file) || w.NumClasses != 2 ||
		fmt.Sprint(w.Classes) != "[cat dog]" || w.DType != "F32" || w.Params <= 11177538 || w.Meta["source"] != "test" {
		t.Errorf("listing %+v does not describe the file (size %d sha %s)", w, len(file), sha(file))
	}
	resp, got := get(t, ts.url+w.URL, "Range", "bytes=100-199")
	if resp.StatusCode != 206 || !bytes.Equal(got, file[100:200]) {
		t.Errorf("Range: %s, %d bytes", resp.Status, len(got))
	}
	if resp.Header.Get("Cache-Control") != cacheImmutable {
		t.Errorf("hash-versioned weights URL: Cache-Control %q", resp.Header.Get("Cache-Control"))
	}
	resp, got = get(t, ts.url+"/weights/tiny2.safetensors")
	if resp.StatusCode != 200 || !bytes.Equal(got, file) || resp.Header.Get("ETag") != `"`+sha(file)+`"` {
		t.Errorf("full download: %s, %d bytes, ETag %s", resp.Status, len(got), resp.Header.Get("ETag"))
	}
	// A corrupt safetensors file is left out and named in the log.
	writeFile(t, filepath.Join(data, "weights", "broken.safetensors"), []byte("\xff\xff\xff\xff\xff\xff\xff\x7fnot a header"))
	waitFor(t, "the broken weights to be reported", func() bool { return strings.Contains(ts.logs.String(), "broken.safetensors") })
	if resp, _ := get(t, ts.url+"/weights/broken.safetensors"); resp.StatusCode != 404 {
		t.Errorf("corrupt weights served: %s", resp.Status)
	}
}

func TestBuiltinDatasetOnEmptyDataDir(t *testing.T) {
	data := t.TempDir()
	ts := startServer(t, data, testStatic(t))
	var dl web.DatasetList
	_, body := get(t, ts.url+"/datasets")
	if err := json.Unmarshal(body, &dl); err != nil {
		t.Fatal(err)
	}
	if len(dl.Datasets) != 1 || !dl.Datasets[0].Builtin || len(dl.Datasets[0].Classes) < 3 || dl.Datasets[0].Skipped != 0 {
		t.Fatalf("empty data dir: datasets %+v, want the built-in one", dl.Datasets)
	}
	d := dl.Datasets[0]
	for i, c := range d.Classes {
		if d.Counts["train"][i] != builtinTrain || d.Counts["test"][i] != builtinTest {
			t.Errorf("class %s: counts train %d test %d", c, d.Counts["train"][i], d.Counts["test"][i])
		}
	}
	// Deterministic: drawing the same images again gives the same bytes.
	again := t.TempDir()
	for _, split := range []string{"train", "test"} {
		for c := range builtinClasses {
			if err := os.MkdirAll(filepath.Join(again, split, builtinClasses[c]), 0o755); err != nil {
				t.Fatal(err)
			}
			for _, i := range []int{0, 7} {
				if err := writeBuiltinImage(again, split, c, i); err != nil {
					t.Fatal(err)
				}
				rel := filepath.Join(split, builtinClasses[c], fmt.Sprintf("%04d.jpg", i))
				a, _ := os.ReadFile(filepath.Join(data, "datasets", builtinName, rel))
				b, _ := os.ReadFile(filepath.Join(again, rel))
				if len(a) == 0 || !bytes.Equal(a, b) {
					t.Errorf("%s differs between two drawings", rel)
				}
			}
		}
	}
	// Train and test images differ (different seeds).
	a, _ := os.ReadFile(filepath.Join(again, "train", "circle", "0000.jpg"))
	b, _ := os.ReadFile(filepath.Join(again, "test", "circle", "0000.jpg"))
	if bytes.Equal(a, b) {
		t.Error("train and test images are the same drawing")
	}
}

func sendSIGTERM(t *testing.T) {
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
}

func TestGracefulShutdownOnSIGTERM(t *testing.T) {
	data := t.TempDir()
	smallDataset(t, filepath.Join(data, "datasets", "pets"))
	path := filepath.Join(data, "weights", "w.safetensors")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := model.WriteSafetensors(path, model.InitState(2, 1), nil); err != nil {
		t.Fatal(err)
	}
	file, _ := os.ReadFile(path)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := signalContext()
	defer stop()
	done := make(chan error, 1)
	logs := &syncBuffer{}
	go func() {
		done <- serve(ctx, ln, serveConfig{dataDir: data, staticDir: testStatic(t), poll: time.Second}, slog.New(slog.NewTextHandler(logs, nil)))
	}()
	url := "http://" + ln.Addr().String() + "/weights/w.safetensors"
	var resp *http.Response
	waitFor(t, "server up", func() bool {
		resp, err = http.Get(url)
		if err == nil && resp.StatusCode != 200 {
			resp.Body.Close()
		}
		return err == nil && resp.StatusCode == 200
	})
	// A download is in flight when the signal comes: it must complete.
	first := make([]byte, 1024)
	if _, err := io.ReadFull(resp.Body, first); err != nil {
		t.Fatal(err)
	}
	sendSIGTERM(t)
	rest, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil || !bytes.Equal(append(first, rest...), file) {
		t.Errorf("download in flight at SIGTERM broke: %v, %d of %d bytes", err, len(first)+len(rest), len(file))
	}
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve after SIGTERM: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not return after SIGTERM")
	}
	if _, err := http.Get(url); err == nil {
		t.Error("server still answers after shutdown")
	}
	if !strings.Contains(logs.String(), "shutting down") {
		t.Errorf("no shutdown log line:\n%s", logs)
	}
}

func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(t.Output(), nil))
}

func TestUnsafePath(t *testing.T) {
	for _, c := range []struct{ path, escaped, want string }{
		{"/datasets/pets/train/cat/a.jpg", "/datasets/pets/train/cat/a.jpg", ""},
		{"/datasets/pets/train/cat/e f.jpg", "/datasets/pets/train/cat/e%20f.jpg", ""},
		{"/datasets/../x", "/datasets/../x", "dot segment"},
		{"/datasets/./x", "/datasets/%2e/x", "dot segment"},
		{"/web/a\\b", "/web/a%5cb", "backslash"},
		{"/web//etc", "/web//etc", "empty segment"},
		{"/web/C:/x", "/web/C:/x", "colon (drive or scheme)"},
		{"/web/a/b", "/web/a%2Fb", "encoded separator"},
		{"/web/a\x00", "/web/a%00", "control character"},
		{"web/a", "web/a", "not absolute"},
	} {
		if got := unsafePath(c.path, c.escaped); got != c.want {
			t.Errorf("unsafePath(%q, %q) = %q, want %q", c.path, c.escaped, got, c.want)
		}
	}
}

func TestServeFlagErrors(t *testing.T) {
	if err := runServe([]string{"-addr", "256.0.0.1:99999"}); err == nil || !strings.Contains(err.Error(), "listening on") {
		t.Errorf("bad -addr: %v", err)
	}
	if err := runServe([]string{"-nope"}); err == nil {
		t.Error("unknown flag: no error")
	}
	if err := runConvert([]string{"-dtype", "f8", "a.pth", "b.safetensors"}); err == nil || !strings.Contains(err.Error(), "f16 or f32") {
		t.Errorf("bad -dtype: %v", err)
	}
}

func TestSamplesAsTheRecipeShowsThem(t *testing.T) {
	classes := []string{"hotdog", "not-hotdog"}
	samples := map[string][]string{}
	for label := range classes {
		for i := range 10 {
			addSample(samples, classes, label, fmt.Sprintf("%d-%d", label, i))
		}
	}
	if got, want := fmt.Sprint(samples["hotdog"]), "[0-0 0-1 0-2 0-3 0-4 0-5 0-6 0-7]"; got != want {
		t.Errorf("hotdog samples %s, want the first 8: %s", got, want)
	}
	if got, want := fmt.Sprint(samples["not-hotdog"]), "[1-2 1-3 1-4 1-5 1-6 1-7 1-8 1-9]"; got != want {
		t.Errorf("not-hotdog samples %s, want the last 8: %s", got, want)
	}
}

// TestPagesPreRender asks for every page as a browser's first visit does: go-app
// renders it on the server, where no worker or listing has answered yet.
func TestPagesPreRender(t *testing.T) {
	ts := startServer(t, t.TempDir(), testStatic(t))
	for _, page := range []string{"/", "/classify", "/train", "/train?backend=webgpu", "/classify?model=trained"} {
		resp, body := get(t, ts.url+page)
		if resp.StatusCode != 200 || !strings.Contains(string(body), "webtune") {
			t.Errorf("%s: %s, %d bytes:\n%s", page, resp.Status, len(body), ts.logs)
		}
	}
	if strings.Contains(ts.logs.String(), "panic") {
		t.Errorf("rendering a page panicked:\n%s", ts.logs)
	}
}

// A file that appears after the server indexed its data but before the watcher's first
// poll (while the server is still starting) is indexed by that poll, not missed until
// some other change: the watcher starts from the signature taken before the index.
func TestWatchSeesFilesAddedWhileStarting(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	smallDataset(t, filepath.Join(data, "datasets", "pets"))
	cfg := serveConfig{dataDir: data, staticDir: testStatic(t), poll: 10 * time.Millisecond}
	s, ix, err := newSite(cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(data, "datasets", "pets", "train", "dog", "late.jpg"), jpegBytes(t, color.RGBA{1, 200, 1, 255}))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.watch(ctx, ix, cfg)
	waitFor(t, "late.jpg to be indexed", func() bool {
		for url := range s.data.Load().images {
			if strings.HasSuffix(url, "/late.jpg") {
				return true
			}
		}
		return false
	})
}
