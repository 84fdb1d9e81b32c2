package main

// Regression tests for the hostile-input probe (issue 12): each covers a class of
// defect with the reported case and its neighbours.

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"io"
	"math"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"webtune/model"
	"webtune/web"
)

// A run resumes from its checkpoint alone (no -weights, mode and settings from the
// checkpoint), also in linear mode, and the resumed epochs equal an uninterrupted
// run's; a flag that contradicts the checkpoint is refused naming both values.
func TestTrainResumesFromCheckpointAlone(t *testing.T) {
	root := t.TempDir()
	data := filepath.Join(root, "colors")
	writeColorDataset(t, data, 8, 3)
	weights := filepath.Join(root, "imagenet.safetensors")
	if err := model.WriteSafetensors(weights, model.InitState(1000, 9), nil); err != nil {
		t.Fatal(err)
	}
	common := []string{"-data", data, "-batch", "8", "-size", "32", "-quiet"}
	linear := append([]string{"-mode", "linear", "-weights", weights, "-lr", "0.5"}, common...)
	whole, err := captureStdout(t, func() error { return runTrain(append(linear, "-epochs", "3")) })
	if err != nil {
		t.Fatal(err)
	}
	ck := filepath.Join(root, "lin")
	if _, err := captureStdout(t, func() error { return runTrain(append(linear, "-epochs", "1", "-out", ck)) }); err != nil {
		t.Fatal(err)
	}
	resumed, err := captureStdout(t, func() error {
		return runTrain([]string{"-data", data, "-quiet", "-epochs", "3", "-resume", ck})
	})
	t.Log(resumed)
	if err != nil {
		t.Fatalf("linear resume without -weights: %v", err)
	}
	if a, b := epochTail(whole, 2), epochTail(resumed, 2); a == "" || a != b {
		t.Errorf("epochs 2-3 resumed:\n%s\nuninterrupted:\n%s", b, a)
	}
	gens, _ := filepath.Glob(filepath.Join(ck, "checkpoint-*.safetensors"))
	if len(gens) != 2 {
		t.Errorf("after 3 epochs the run directory holds generations %v, want the last two", gens)
	}
	if _, err := os.Stat(filepath.Join(ck, model.ModelFile)); err != nil {
		t.Errorf("no exported %s: %v", model.ModelFile, err)
	}
	for _, bad := range [][]string{{"-lr", "0.1"}, {"-mode", "finetune"}, {"-batch", "4"}, {"-size", "64"}} {
		_, err := captureStdout(t, func() error {
			return runTrain(append([]string{"-data", data, "-quiet", "-epochs", "4", "-resume", ck}, bad...))
		})
		if err == nil || !strings.Contains(err.Error(), bad[0]+" "+bad[1]) || !strings.Contains(err.Error(), "checkpoint has") {
			t.Errorf("resume with %v: %v, want a refusal naming both values", bad, err)
		}
	}
	// A new run pointed at this run's directory would prune its checkpoints.
	if _, err := captureStdout(t, func() error { return runTrain(append(linear, "-epochs", "1", "-out", ck)) }); err == nil ||
		!strings.Contains(err.Error(), "already holds another run's checkpoints") {
		t.Errorf("a new run into an existing run's -out: %v", err)
	}
	old := filepath.Join(root, "old")
	writeFile(t, filepath.Join(old, model.ModelFile), []byte("x"))
	writeFile(t, filepath.Join(old, model.OptimizerFile), []byte("x"))
	if _, err := captureStdout(t, func() error { return runTrain([]string{"-data", data, "-resume", old}) }); err == nil ||
		!strings.Contains(err.Error(), "old two-file checkpoint") {
		t.Errorf("old-style directory: %v", err)
	}
}

// epochTail returns the epoch lines from epoch `from` on, without their times.
func epochTail(out string, from int) string {
	var b strings.Builder
	for _, m := range epochLine.FindAllStringSubmatch(out, -1) {
		var n int
		if fmt.Sscan(m[1], &n); n >= from {
			fmt.Fprintf(&b, "epoch %s loss %s train %s test %s\n", m[1], m[2], m[3], m[4])
		}
	}
	return b.String()
}

// Invalid settings, sizes that cannot fit and a bad -out fail at once, before any
// training, with a message naming the value.
func TestTrainRefusesBeforeTraining(t *testing.T) {
	root := t.TempDir()
	data := filepath.Join(root, "colors")
	writeColorDataset(t, data, 2, 1)
	aFile := filepath.Join(root, "file")
	writeFile(t, aFile, []byte("x"))
	scratch := []string{"-data", data, "-mode", "scratch", "-batch", "2", "-size", "32", "-quiet"}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-lr", "NaN"}, "learning rate NaN"},
		{[]string{"-lr", "inf"}, "learning rate +Inf"},
		{[]string{"-lr", "-0.5"}, "learning rate -0.5"},
		{[]string{"-lr", "1e39"}, "learning rate 1e+39"},
		{[]string{"-wd", "NaN"}, "weight decay NaN"},
		{[]string{"-wd", "-1"}, "weight decay -1"},
		{[]string{"-momentum", "5"}, "momentum 5"},
		{[]string{"-momentum", "-1"}, "momentum -1"},
		{[]string{"-momentum", "1"}, "momentum 1"},
		{[]string{"-size", "20000"}, "size 20000"},
		{[]string{"-size", "31"}, "size 31"},
		{[]string{"-batch", "0"}, "batch 0"},
		{[]string{"-batch", "100000000"}, "batch 100000000"},
		{[]string{"-epochs", "0"}, "-epochs 0"},
		{[]string{"-out", aFile}, "-out " + aFile},
		{[]string{"-out", filepath.Join(aFile, "sub")}, "not a writable directory"},
		{[]string{"-resume", filepath.Join(root, "none")}, "none"},
	} {
		_, err := captureStdout(t, func() error { return runTrain(append(append([]string{}, scratch...), tc.args...)) })
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: %v, want an error saying %q", tc.args, err, tc.want)
		}
	}
	// Linear mode skips the batch-versus-split check; the limit still holds, and the
	// memory check names the machine's memory when the limit is not the problem.
	_, err := captureStdout(t, func() error {
		return runTrain([]string{"-data", data, "-mode", "linear", "-weights", "x", "-batch", "100000000", "-size", "32", "-quiet"})
	})
	if err == nil || !strings.Contains(err.Error(), "100000000") {
		t.Errorf("linear batch 100000000: %v", err)
	}
	if free, ok := diskFree(root); ok {
		if err := checkRoom(root, 1<<16); err == nil && free < 3*model.CheckpointBytes(1<<16) {
			t.Errorf("%d MB free passed for checkpoints of %d MB", free>>20, model.CheckpointBytes(1<<16)>>20)
		}
		if err := checkRoom(root, 2); err != nil && free > 4*model.CheckpointBytes(2) {
			t.Errorf("%d MB free refused: %v", free>>20, err)
		}
	}
	if have, ok := machineMemory(); ok {
		big := model.Config{Classes: 3, Batch: model.MaxBatch, Height: model.MaxSize, Width: model.MaxSize}
		if err := checkMemory(big); err == nil || !strings.Contains(err.Error(), fmt.Sprintf("%.1f GB of memory", float64(have)/1e9)) {
			t.Errorf("batch %d at %d: %v, want a refusal naming the machine's memory", model.MaxBatch, model.MaxSize, err)
		}
	}
}

// A run whose loss stops being a number stops with an error that says so and writes
// no checkpoint of the diverged state; NaN weights are refused as a start.
func TestTrainStopsWhenItDiverges(t *testing.T) {
	root := t.TempDir()
	data := filepath.Join(root, "colors")
	writeColorDataset(t, data, 8, 2)
	ck := filepath.Join(root, "ck")
	_, err := captureStdout(t, func() error {
		return runTrain([]string{"-data", data, "-mode", "scratch", "-batch", "4", "-size", "32", "-quiet",
			"-lr", "1e30", "-epochs", "2", "-out", ck})
	})
	if err == nil || !strings.Contains(err.Error(), "diverged") || !strings.Contains(err.Error(), "no checkpoint") {
		t.Fatalf("lr 1e30: %v, want a divergence error", err)
	}
	if gens, _ := filepath.Glob(filepath.Join(ck, "checkpoint-*")); len(gens) != 0 {
		t.Errorf("a diverged run wrote %v", gens)
	}
	sd := model.InitState(3, 1)
	sd.Tensors["layer1.0.conv1.weight"].Data().([]float32)[7] = float32(math.NaN())
	nan := filepath.Join(root, "nan.safetensors")
	if err := model.WriteSafetensors(nan, sd, nil); err != nil {
		t.Fatal(err)
	}
	_, err = captureStdout(t, func() error {
		return runTrain([]string{"-data", data, "-weights", nan, "-batch", "4", "-size", "32", "-quiet"})
	})
	if err == nil || !strings.Contains(err.Error(), "layer1.0.conv1.weight[7] is NaN") {
		t.Errorf("NaN weights: %v", err)
	}
}

// bombPNG is a valid PNG of w x h gray pixels: a few KB that declare anything.
func bombPNG(t *testing.T, w, h int) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, w, h))); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Files whose headers promise huge allocations, FIFOs (also through a link) and
// images that all fail to decode: train and serve skip or refuse them, neither hangs.
func TestHostileDatasetFiles(t *testing.T) {
	data := t.TempDir()
	ds := filepath.Join(data, "datasets", "pets")
	smallDataset(t, ds)
	writeFile(t, filepath.Join(ds, "train/cat/line.png"), bombPNG(t, 10_000_000, 1))
	writeFile(t, filepath.Join(ds, "train/cat/tall.png"), bombPNG(t, 1, 40))
	fifo := filepath.Join(ds, "train/dog/pipe.jpg")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	os.Symlink("pipe.jpg", filepath.Join(ds, "train/dog/link.jpg"))
	os.MkdirAll(filepath.Join(data, "weights"), 0o755)
	syscall.Mkfifo(filepath.Join(data, "weights", "pipe.safetensors"), 0o644)
	path := filepath.Join(data, "weights", "two.safetensors")
	if err := model.WriteSafetensors(path, model.InitState(2, 1), nil); err != nil {
		t.Fatal(err)
	}
	syscall.Mkfifo(filepath.Join(data, "weights", "two.classes.txt"), 0o644)

	d, err := model.OpenImageFolder(ds)
	if err != nil {
		t.Fatal(err)
	}
	skipped := map[string]string{}
	for _, s := range d.Skipped {
		skipped[filepath.Base(s.Path)] = s.Reason
	}
	for name, want := range map[string]string{"line.png": "side over", "tall.png": "aspect ratio", "pipe.jpg": "not a regular file", "link.jpg": "not a regular file"} {
		if !strings.Contains(skipped[name], want) {
			t.Errorf("%s: skipped because %q, want %q", name, skipped[name], want)
		}
	}
	ts := startServer(t, data, testStatic(t))
	var wl web.WeightsList
	_, body := get(t, ts.url+"/weights")
	if err := json.Unmarshal(body, &wl); err != nil || len(wl.Weights) != 1 || wl.Weights[0].Name != "two" {
		t.Errorf("weights listing %s", body)
	}
	var m web.Manifest
	_, body = get(t, ts.url+"/datasets/pets/manifest.json")
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatal(err)
	}
	for _, img := range m.Splits["train"] {
		for _, bad := range []string{"line.png", "tall.png", "pipe.jpg", "link.jpg"} {
			if strings.HasSuffix(img.URL, bad) {
				t.Errorf("manifest lists %s", img.URL)
			}
		}
	}
	// A FIFO added while serving is left out too; the server keeps answering.
	syscall.Mkfifo(filepath.Join(ds, "test/cat/later.jpg"), 0o644)
	waitFor(t, "the new FIFO to be reported", func() bool { return strings.Contains(ts.logs.String(), "later.jpg") })
	if resp, _ := get(t, ts.url+"/datasets/pets/manifest.json"); resp.StatusCode != 200 {
		t.Errorf("after a FIFO appeared: %s", resp.Status)
	}

	// A class whose every image has a valid header but corrupt pixels fails before
	// training, naming the class.
	broken := filepath.Join(t.TempDir(), "broken")
	writeColorDataset(t, broken, 2, 1)
	for _, f := range []string{"0.jpg", "1.jpg"} {
		p := filepath.Join(broken, "train", "red", f)
		b, _ := os.ReadFile(p)
		writeFile(t, p, b[:len(b)*2/3])
	}
	_, err = captureStdout(t, func() error {
		return runTrain([]string{"-data", broken, "-mode", "scratch", "-batch", "1", "-size", "32", "-quiet"})
	})
	if err == nil || !strings.Contains(err.Error(), "class red in train has no images") {
		t.Errorf("a class of undecodable images: %v", err)
	}
}

// safetensorsFile assembles a safetensors file from a header and data.
func safetensorsFile(header string, data int) []byte {
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(header)))
	return append(append(n[:], header...), make([]byte, data)...)
}

// /weights lists only what the model's reader loads: not an fc-only file, not
// overlapping ranges, not a shape whose element count overflows.
func TestWeightsListingUsesTheModelReader(t *testing.T) {
	for name, file := range map[string][]byte{
		"fc-only":  safetensorsFile(`{"fc.weight":{"dtype":"F32","shape":[2,512],"data_offsets":[0,4096]}}`, 4096),
		"overlap":  safetensorsFile(`{"fc.weight":{"dtype":"F32","shape":[2,512],"data_offsets":[0,4096]},"fc.bias":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}`, 4096),
		"overflow": safetensorsFile(`{"fc.weight":{"dtype":"F32","shape":[4294967296,4294967296,4],"data_offsets":[0,0]}}`, 0),
		"bf16":     safetensorsFile(`{"fc.weight":{"dtype":"BF16","shape":[2,512],"data_offsets":[0,2048]}}`, 2048),
	} {
		h, err := safetensorsInfo(bytes.NewReader(file), int64(len(file)))
		if err == nil {
			t.Errorf("%s: listed as %+v", name, h)
		}
		sd, _, err := model.DecodeSafetensors(file)
		if err == nil {
			_, err = model.CheckResNet18(sd)
		}
		if err == nil {
			t.Errorf("%s: the model loads it", name)
		}
	}
}

// A weights file rewritten in place (same size, same time, so the index cannot see
// it) is not sent whole with the old hash: the transfer is cut, and the index then
// hashes the file again and publishes its new hash.
func TestChangedFileIsNotServedWithOldHash(t *testing.T) {
	data := t.TempDir()
	smallDataset(t, filepath.Join(data, "datasets", "pets"))
	path := filepath.Join(data, "weights", "w.safetensors")
	os.MkdirAll(filepath.Dir(path), 0o755)
	if err := model.WriteSafetensors(path, model.InitState(2, 1), nil); err != nil {
		t.Fatal(err)
	}
	ts := startServer(t, data, testStatic(t))
	var wl web.WeightsList
	waitFor(t, "the weights", func() bool {
		_, body := get(t, ts.url+"/weights")
		return json.Unmarshal(body, &wl) == nil && len(wl.Weights) == 1
	})
	// The same net with other values, given the old file's time, then renamed over
	// it in one step: the watcher never sees a changed size or time.
	st, _ := os.Stat(path)
	if err := model.WriteSafetensors(path+".new", model.InitState(2, 2), nil); err != nil {
		t.Fatal(err)
	}
	other, _ := os.ReadFile(path + ".new")
	if int64(len(other)) != st.Size() {
		t.Fatalf("replacement is %d bytes, want %d", len(other), st.Size())
	}
	if err := os.Chtimes(path+".new", st.ModTime(), st.ModTime()); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(path+".new", path); err != nil {
		t.Fatal(err)
	}

	resp, err := http.Get(ts.url + "/weights/w.safetensors")
	if err == nil {
		got, rerr := io.ReadAll(resp.Body)
		resp.Body.Close()
		if rerr == nil {
			t.Fatalf("a changed file was sent complete (%s, %d bytes, sha %s) under ETag %s",
				resp.Status, len(got), sha(got), resp.Header.Get("ETag"))
		}
	}
	if !strings.Contains(ts.logs.String(), "file changed while being sent") {
		t.Errorf("the log does not name the change:\n%s", ts.logs)
	}
	waitFor(t, "the new hash in /weights", func() bool {
		_, body := get(t, ts.url+"/weights")
		return json.Unmarshal(body, &wl) == nil && len(wl.Weights) == 1 && wl.Weights[0].SHA256 == sha(other)
	})
	if r, got := get(t, ts.url+"/weights/w.safetensors"); r.StatusCode != 200 || sha(got) != wl.Weights[0].SHA256 {
		t.Errorf("after the re-index: %s, sha %s", r.Status, sha(got))
	}
}

// Go's own error responses (malformed requests, headers too large) carry the
// isolation headers, and Range: bytes=-0 is unsatisfiable (416).
func TestErrorResponsesAndRanges(t *testing.T) {
	data := t.TempDir()
	smallDataset(t, filepath.Join(data, "datasets", "pets"))
	ts := startServer(t, data, testStatic(t))
	for name, req := range map[string]string{
		"431":       "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + strings.Repeat("a", maxHeaderBytes+8192) + "\r\n\r\n",
		"400":       "GARBAGE\r\n\r\n",
		"400 host":  "GET / HTTP/1.1\r\n\r\n",
		"501":       "GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n",
		"505":       "GET / HTTP/2.0\r\nHost: x\r\n\r\n",
		"OPTIONS *": "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n",
	} {
		head := rawHead(t, ts.url, req)
		if !strings.Contains(head, "Cross-Origin-Embedder-Policy: require-corp") || !strings.Contains(head, "Cross-Origin-Opener-Policy: same-origin") {
			t.Errorf("%s: response lacks the isolation headers:\n%s", name, head)
		}
	}
	for _, u := range []string{"/datasets/pets/train/cat/a.jpg", "/weights", "/web/style.css"} {
		for _, r := range []string{"bytes=-0", "bytes=-00", "bytes=0-0, -0", "bytes=5-2", "bytes=abc", "bytes=99999999999-"} {
			resp, _ := get(t, ts.url+u, "Range", r)
			if resp.StatusCode != 416 || !strings.HasPrefix(resp.Header.Get("Content-Range"), "bytes */") {
				t.Errorf("%s Range %s: %s, Content-Range %q", u, r, resp.Status, resp.Header.Get("Content-Range"))
			}
		}
		// A unit other than bytes is ignored (RFC 9110 14.2): the whole file.
		if resp, _ := get(t, ts.url+u, "Range", "items=0-1"); resp.StatusCode != 200 {
			t.Errorf("%s Range items=0-1: %s, want 200", u, resp.Status)
		}
	}
}

// rawHead sends raw bytes and returns the response head.
func rawHead(t *testing.T, addr, req string) string {
	t.Helper()
	c, err := net.Dial("tcp", strings.TrimPrefix(addr, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(10 * time.Second))
	go c.Write([]byte(req)) // the server may answer before reading it all
	var head strings.Builder
	br := bufio.NewReader(c)
	for {
		line, err := br.ReadString('\n')
		head.WriteString(line)
		if err != nil || line == "\r\n" {
			return head.String()
		}
	}
}

func TestServeRefusesBadDurations(t *testing.T) {
	for _, args := range [][]string{{"-poll", "0s"}, {"-poll", "-1s"}, {"-header-timeout", "0s"}} {
		if err := runServe(append(args, "-addr", "127.0.0.1:0")); err == nil || !strings.Contains(err.Error(), args[0]) {
			t.Errorf("%v: %v", args, err)
		}
	}
}

// step refuses what PyTorch refuses: a 2-D y, a negative or non-finite lr or weight
// decay; and an x beyond the size limits.
func TestStepRefusesWhatPyTorchRefuses(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, x []float32, xs []int, y []int64, ys ...int) string {
		sd := model.InitState(2, 1)
		sd.Set("x", model.F32Tensor(x, xs...))
		sd.Set("y", model.I64Tensor(y, ys...))
		p := filepath.Join(dir, name)
		if err := model.WriteSafetensors(p, sd, nil); err != nil {
			t.Fatal(err)
		}
		return p
	}
	x := make([]float32, 2*3*32*32)
	good := write("good.safetensors", x, []int{2, 3, 32, 32}, []int64{0, 1}, 2)
	out := filepath.Join(dir, "out.safetensors")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-in", write("y2d.safetensors", x, []int{2, 3, 32, 32}, []int64{0, 1}, 2, 1)}, "y has shape [2 1]"},
		{[]string{"-in", write("y0d.safetensors", x[:3*32*32], []int{1, 3, 32, 32}, []int64{1})}, "y has shape []"},
		{[]string{"-in", write("small.safetensors", make([]float32, 3*8*8), []int{1, 3, 8, 8}, []int64{1}, 1)}, "x has shape [1 3 8 8]"},
		{[]string{"-in", good, "-lr", "-0.5"}, "-lr -0.5"},
		{[]string{"-in", good, "-fc-lr", "NaN"}, "-fc-lr NaN"},
		{[]string{"-in", good, "-wd", "inf"}, "-wd +Inf"},
		{[]string{"-in", good, "-momentum", "-1"}, "-momentum -1"},
	} {
		err := runStep(append(tc.args, "-out", out))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: %v, want an error saying %q", tc.args, err, tc.want)
		}
	}
}

// convert -dtype f16 refuses values float16 cannot hold instead of writing inf, and a
// failed conversion leaves nothing behind (no orphan class names).
func TestConvertRefusesF16Overflow(t *testing.T) {
	dir := t.TempDir()
	sd := model.InitState(1000, 1)
	sd.Tensors["fc.bias"].Data().([]float32)[3] = 1e5
	in := filepath.Join(dir, "big.safetensors")
	if err := model.WriteSafetensors(in, sd, nil); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out", "half.safetensors")
	err := runConvert([]string{"-dtype", "f16", in, out})
	if err == nil || !strings.Contains(err.Error(), "fc.bias[3] = 100000") || !strings.Contains(err.Error(), "65504") {
		t.Fatalf("f16 overflow: %v", err)
	}
	if ents, _ := os.ReadDir(filepath.Dir(out)); len(ents) != 0 {
		t.Errorf("a failed convert left %v", ents)
	}
}

// A class name a checkpoint cannot hold (a line break) fails before training when
// checkpoints are asked for, not at the first save an epoch later.
func TestTrainRefusesUnstorableClassNames(t *testing.T) {
	root := t.TempDir()
	data := filepath.Join(root, "colors")
	writeColorDataset(t, data, 2, 1)
	for _, split := range []string{"train", "test"} {
		if err := os.Rename(filepath.Join(data, split, "red"), filepath.Join(data, split, "re\nd")); err != nil {
			t.Fatal(err)
		}
	}
	out, err := captureStdout(t, func() error {
		return runTrain([]string{"-data", data, "-mode", "scratch", "-batch", "2", "-size", "32", "-quiet", "-out", filepath.Join(root, "ck")})
	})
	if err == nil || !strings.Contains(err.Error(), `"re\nd"`) || strings.Contains(out, "epoch 1") {
		t.Fatalf("class with a newline: %v\n%s", err, out)
	}
}

// SIGINT during training stops the run after its current step and says where it can
// be resumed from; the checkpoint it names resumes.
func TestTrainStopsOnSIGINT(t *testing.T) {
	root := t.TempDir()
	data := filepath.Join(root, "colors")
	writeColorDataset(t, data, 4, 1)
	ck := filepath.Join(root, "ck")
	args := []string{"-data", data, "-mode", "scratch", "-batch", "2", "-size", "32", "-quiet", "-epochs", "1000", "-out", ck}
	done := make(chan error, 1)
	go func() {
		_, err := captureStdout(t, func() error { return runTrain(args) })
		done <- err
	}()
	first := filepath.Join(ck, model.GenerationName(6)) // 12 images / batch 2
	// No deadline: a slow machine only makes this wait longer.
	for {
		if _, err := os.Stat(first); err == nil {
			break
		}
		select {
		case err := <-done:
			t.Fatalf("training ended before its first checkpoint: %v", err)
		case <-time.After(20 * time.Millisecond):
		}
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	err := <-done
	if err == nil || !strings.Contains(err.Error(), "stopped") || !strings.Contains(err.Error(), "-resume "+ck) {
		t.Fatalf("after SIGINT: %v", err)
	}
	if _, _, err := model.LoadCheckpoint(model.DirStore(ck), nil); err != nil {
		t.Fatalf("the named checkpoint does not load: %v", err)
	}
}
