package main

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"webtune/model/torchoracle"

	"image/color"

	"webtune/model"
)

// torchCheckpoint writes a real torchvision ResNet-18 state dict (1000 classes, as the
// ImageNet one) with Debian's PyTorch, the format `webtune fetch` downloads.
func torchCheckpoint(t *testing.T, dir string) []byte {
	t.Helper()
	path := filepath.Join(dir, "resnet18.pth")
	script := `import sys, torch, torchvision
torch.manual_seed(0)
torch.save(torchvision.models.resnet18(num_classes=1000).state_dict(), sys.argv[1])`
	torchoracle.Require(t)
	out, err := exec.Command(torchoracle.Python, "-c", script, path).CombinedOutput()
	if err != nil {
		t.Fatalf("making a torch checkpoint needs Debian's python3-torch and python3-torchvision (make deps): %v\n%s", err, out)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// imageFolderZip makes a small hotdog-like zip: hotdog/{train,test}/{a,b}/*.jpg, plus
// extra entries given as name -> content.
func imageFolderZip(t *testing.T, extra map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, split := range []string{"train", "test"} {
		for ci, class := range []string{"hotdog", "not-hotdog"} {
			for i := range 3 {
				w, err := zw.Create(fmt.Sprintf("hotdog/%s/%s/%d.jpg", split, class, i))
				if err != nil {
					t.Fatal(err)
				}
				w.Write(jpegBytes(t, color.RGBA{uint8(80 * ci), uint8(40 * i), 99, 255}))
			}
		}
	}
	for name, content := range extra {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(content))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// fileServer serves named files; a file in drop is cut off after half its bytes on
// the first request (the connection is closed), and served whole, Range included,
// afterwards. It records the Range headers it saw.
type fileServer struct {
	mu      sync.Mutex
	files   map[string][]byte
	drop    map[string]bool
	ranges  []string
	dropped int
}

func (fs *fileServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	fs.mu.Lock()
	name := strings.TrimPrefix(r.URL.Path, "/")
	data, ok := fs.files[name]
	drop := fs.drop[name]
	fs.drop[name] = false
	if rg := r.Header.Get("Range"); rg != "" {
		fs.ranges = append(fs.ranges, name+" "+rg)
	}
	fs.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	if drop {
		w.Header().Set("Content-Length", fmt.Sprint(len(data)))
		w.WriteHeader(200)
		w.Write(data[:len(data)/2])
		w.(http.Flusher).Flush()
		conn, _, err := http.NewResponseController(w).Hijack()
		if err == nil {
			conn.Close()
		}
		fs.mu.Lock()
		fs.dropped++
		fs.mu.Unlock()
		return
	}
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(data))
}

func sha256hex(b []byte) string { s := sha256.Sum256(b); return hex.EncodeToString(s[:]) }
func sha1hex(b []byte) string   { s := sha1.Sum(b); return hex.EncodeToString(s[:]) }

func testFetcher(dir string) *fetcher {
	return &fetcher{dataDir: dir, client: &http.Client{Timeout: time.Minute}, retries: 3, limits: defaultUnzipLimits}
}

// leftovers lists files in dir (recursively) other than the expected ones.
func leftovers(t *testing.T, dir string) []string {
	var out []string
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, rel)
		}
		return nil
	})
	return out
}

func TestFetch(t *testing.T) {
	if testing.Short() {
		t.Skip("makes a 45 MB torch checkpoint")
	}
	ckpt := torchCheckpoint(t, t.TempDir())
	dataZip := imageFolderZip(t, nil)
	fsrv := &fileServer{files: map[string][]byte{}, drop: map[string]bool{}}
	srv := httptest.NewServer(fsrv)
	defer srv.Close()
	sources := func(wantW, wantZ string) []source {
		return []source{
			{file: "resnet18-f37072fd.pth", url: srv.URL + "/w/resnet18-f37072fd.pth", algo: "sha256", want: wantW, kind: "weights"},
			{file: "hotdog.zip", url: srv.URL + "/z/hotdog.zip", algo: "sha1", want: wantZ, kind: "dataset"},
		}
	}
	good := sources(sha256hex(ckpt)[:8], sha1hex(dataZip))

	t.Run("resumes after a dropped connection and converts", func(t *testing.T) {
		fsrv.files = map[string][]byte{"w/resnet18-f37072fd.pth": ckpt, "z/hotdog.zip": dataZip}
		fsrv.drop = map[string]bool{"w/resnet18-f37072fd.pth": true, "z/hotdog.zip": true}
		fsrv.ranges = nil
		dir := t.TempDir()
		if err := testFetcher(dir).fetchAll(context.Background(), good); err != nil {
			t.Fatal(err)
		}
		if fsrv.dropped != 2 || len(fsrv.ranges) != 2 || !strings.Contains(fsrv.ranges[0], fmt.Sprintf("bytes=%d-", len(ckpt)/2)) {
			t.Errorf("want both downloads cut and resumed from the middle: dropped %d, ranges %v", fsrv.dropped, fsrv.ranges)
		}
		got, err := os.ReadFile(filepath.Join(dir, "resnet18-f37072fd.pth"))
		if err != nil || !bytes.Equal(got, ckpt) {
			t.Fatalf("resumed checkpoint differs from the served one (%v)", err)
		}
		sd, _, err := model.ReadSafetensors(filepath.Join(dir, "weights", imagenetWeights+".safetensors"))
		if err != nil {
			t.Fatal(err)
		}
		if n, err := model.CheckResNet18(sd); err != nil || n != 1000 {
			t.Errorf("converted weights: %d classes, %v", n, err)
		}
		pth, err := model.ReadPth(filepath.Join(dir, "resnet18-f37072fd.pth"))
		if err != nil {
			t.Fatal(err)
		}
		a, _ := pth.Float32s("layer3.1.conv2.weight", 256, 256, 3, 3)
		b, _ := sd.Float32s("layer3.1.conv2.weight", 256, 256, 3, 3)
		if len(a) == 0 || fmt.Sprint(a[:5]) != fmt.Sprint(b[:5]) {
			t.Errorf("converted values differ from the checkpoint's")
		}
		names, err := os.ReadFile(filepath.Join(dir, "weights", imagenetWeights+".classes.txt"))
		if err != nil || strings.Count(string(names), "\n") != 1000 || !strings.HasPrefix(string(names), "tench\n") {
			t.Errorf("ImageNet class names beside the weights: %v, %d lines", err, strings.Count(string(names), "\n"))
		}
		for _, rel := range []string{"train/hotdog/0.jpg", "test/not-hotdog/2.jpg"} {
			if _, err := os.Stat(filepath.Join(dir, "datasets", "hotdog", rel)); err != nil {
				t.Errorf("unzipped dataset: %v", err)
			}
		}
		for _, f := range leftovers(t, dir) {
			if strings.Contains(f, ".part") || strings.Contains(f, ".tmp") {
				t.Errorf("left behind: %s", f)
			}
		}
		// The served result: the server lists the converted weights with class names.
		x, err := newIndexer(dir, testLogger(t))
		if err != nil {
			t.Fatal(err)
		}
		idx := x.build()
		if !idx.hasWeights || len(idx.manifests) != 1 {
			t.Errorf("server sees weights %v, %d datasets", idx.hasWeights, len(idx.manifests))
		}
		// Run again: everything is in place, nothing is downloaded.
		fsrv.files = map[string][]byte{}
		if err := testFetcher(dir).fetchAll(context.Background(), good); err != nil {
			t.Errorf("second fetch: %v", err)
		}
	})

	t.Run("truncated file", func(t *testing.T) {
		fsrv.files = map[string][]byte{"w/resnet18-f37072fd.pth": ckpt[:len(ckpt)-1000]}
		dir := t.TempDir()
		err := testFetcher(dir).fetchAll(context.Background(), good[:1])
		if err == nil || !strings.Contains(err.Error(), "sha256") {
			t.Fatalf("truncated download: err %v, want a hash error", err)
		}
		if l := leftovers(t, dir); len(l) != 0 {
			t.Errorf("truncated download left %v", l)
		}
	})

	t.Run("wrong hash", func(t *testing.T) {
		fsrv.files = map[string][]byte{"z/hotdog.zip": dataZip}
		dir := t.TempDir()
		err := testFetcher(dir).fetchAll(context.Background(), sources("", strings.Repeat("0", 40))[1:])
		if err == nil || !strings.Contains(err.Error(), "want 0000") {
			t.Fatalf("wrong hash: err %v", err)
		}
		if l := leftovers(t, dir); len(l) != 0 {
			t.Errorf("wrong hash left %v", l)
		}
	})

	for name, extra := range map[string]map[string]string{
		"zip slip":      {"hotdog/../../evil.txt": "owned"},
		"absolute path": {"/tmp/evil.txt": "owned"},
		"backslashes":   {"hotdog\\..\\..\\evil.txt": "owned"},
	} {
		t.Run(name, func(t *testing.T) {
			z := imageFolderZip(t, extra)
			fsrv.files = map[string][]byte{"z/hotdog.zip": z}
			dir := t.TempDir()
			err := testFetcher(filepath.Join(dir, "data")).fetchAll(context.Background(), sources("", sha1hex(z))[1:])
			if err == nil || !strings.Contains(err.Error(), "refusing entry") {
				t.Fatalf("err %v, want a refused entry", err)
			}
			for _, f := range leftovers(t, dir) {
				if f != filepath.Join("data", "hotdog.zip") {
					t.Errorf("unsafe zip left %s", f)
				}
			}
		})
	}

	t.Run("symlink in zip", func(t *testing.T) {
		var b bytes.Buffer
		zw := zip.NewWriter(&b)
		h := &zip.FileHeader{Name: "hotdog/train/a/link.jpg"}
		h.SetMode(os.ModeSymlink | 0o777)
		w, _ := zw.CreateHeader(h)
		w.Write([]byte("/etc/passwd"))
		zw.Close()
		fsrv.files = map[string][]byte{"z/hotdog.zip": b.Bytes()}
		dir := t.TempDir()
		err := testFetcher(dir).fetchAll(context.Background(), sources("", sha1hex(b.Bytes()))[1:])
		if err == nil || !strings.Contains(err.Error(), "symbolic link") {
			t.Fatalf("err %v, want a refused link", err)
		}
	})

	t.Run("size and count limits", func(t *testing.T) {
		fsrv.files = map[string][]byte{"z/hotdog.zip": dataZip}
		for _, lim := range []unzipLimits{{entries: 5, totalBytes: 1 << 30, entryBytes: 1 << 30}, {entries: 1000, totalBytes: 2000, entryBytes: 1 << 30}} {
			dir := t.TempDir()
			f := testFetcher(dir)
			f.limits = lim
			if err := f.fetchAll(context.Background(), sources("", sha1hex(dataZip))[1:]); err == nil {
				t.Errorf("limits %+v: no error", lim)
			}
			if _, err := os.Stat(filepath.Join(dir, "datasets", "hotdog")); err == nil {
				t.Errorf("limits %+v: a dataset was placed", lim)
			}
		}
	})

	t.Run("offline", func(t *testing.T) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		dead := "http://" + ln.Addr().String()
		ln.Close() // nothing listens there now
		dir := t.TempDir()
		err = testFetcher(dir).fetchAll(context.Background(), withMirror(upstream, dead))
		if err == nil {
			t.Fatal("no error with the host down")
		}
		msg := err.Error()
		for _, want := range []string{dead + "/resnet18-f37072fd.pth", "cannot reach", "place it as", filepath.Join(dir, "hotdog.zip"), "-mirror"} {
			if !strings.Contains(msg, want) {
				t.Errorf("offline message lacks %q:\n%s", want, msg)
			}
		}
		if l := leftovers(t, dir); len(l) != 0 {
			t.Errorf("offline fetch left %v", l)
		}
	})

	t.Run("convert to f16", func(t *testing.T) {
		dir := t.TempDir()
		in := filepath.Join(dir, "in.pth")
		os.WriteFile(in, ckpt, 0o644)
		f32 := filepath.Join(dir, "w32.safetensors")
		f16 := filepath.Join(dir, "w16.safetensors")
		if err := runConvert([]string{in, f32}); err != nil {
			t.Fatal(err)
		}
		if err := runConvert([]string{"-dtype", "f16", f32, f16}); err != nil {
			t.Fatal(err)
		}
		a, _ := os.Stat(f32)
		b, _ := os.Stat(f16)
		if b.Size() > a.Size()*6/10 {
			t.Errorf("f16 file %d bytes is not about half of f32 %d", b.Size(), a.Size())
		}
		sd, _, err := model.ReadSafetensors(f16)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := model.CheckResNet18(sd); err != nil {
			t.Errorf("f16 weights: %v", err)
		}
		if err := runConvert([]string{filepath.Join(dir, "missing.pth"), f32}); err == nil {
			t.Error("converting a missing file: no error")
		}
	})
}
