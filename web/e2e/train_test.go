package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"image"
	_ "image/jpeg"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"webtune/model/torchoracle"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// TestTrainBuiltin runs the offline demo as a visitor without the real weights gets
// it: the built-in shapes dataset, from scratch, on the SIMD kernels, at its default
// settings but fewer epochs. The page must show epoch lines, both charts and a test
// accuracy well above chance; a reload in the middle resumes from the checkpoint
// with the history intact.
func TestTrainBuiltin(t *testing.T) {
	data := t.TempDir()
	srv := startServer(t, data) // no dataset, no weights: the server draws the built-in one
	ctx := sharedChrome(t).tab(t)
	openTrain(t, ctx, srv, "simd")
	if d := text(t, ctx, "#setup"); !strings.Contains(d, "shapes") || !strings.Contains(d, "built-in demo") {
		t.Errorf("setup does not offer the built-in dataset with the demo's defaults:\n%s", d)
	}
	if err := chromedp.Do(ctx,
		chromedp.Evaluate[chromedp.Void](`(() => { const e = document.querySelector("#set-epochs"); e.value = "3"; e.dispatchEvent(new Event("change", {bubbles: true})); })()`),
		chromedp.Click("#start"),
	); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, 3*time.Minute, `document.querySelector("#run")?.dataset.state === "running"`); err != nil {
		t.Fatalf("the run did not start: %v\n%s", err, text(t, ctx, "body"))
	}
	if err := waitJS(ctx, 5*time.Minute, `(document.querySelector("#epoch-log")?.innerText ?? "").includes("epoch 1,")`); err != nil {
		t.Fatalf("no epoch line: %v\n%s", err, text(t, ctx, "body"))
	}
	stepBefore, err := eval[int](ctx, `+document.querySelector("#run").dataset.step`)
	if err != nil {
		t.Fatal(err)
	}
	screenshot(t, ctx, "train-epoch1")

	t.Logf("%s", text(t, ctx, "#checkpoint"))

	// Reload: the run resumes from its last checkpoint, history and all.
	reloaded := time.Now()
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, 3*time.Minute, `!!document.querySelector("#resumed") && document.querySelector("#run")?.dataset.state === "running"`); err != nil {
		t.Fatalf("no resume after the reload: %v\n%s", err, text(t, ctx, "body"))
	}
	t.Logf("after the reload: %s", text(t, ctx, "#resumed"))
	resumedAt, _ := eval[int](ctx, `+document.querySelector("#run").dataset.step`)
	if err := waitJS(ctx, 3*time.Minute, fmt.Sprintf(`+document.querySelector("#run").dataset.step > %d`, resumedAt)); err != nil {
		t.Fatalf("no step after the resume: %v\n%s", err, text(t, ctx, "#run"))
	}
	t.Logf("a reload cost %.1f s: from the reload to the first new step", time.Since(reloaded).Seconds())
	if log := text(t, ctx, "#epoch-log"); !strings.Contains(log, "epoch 1,") {
		t.Errorf("the epoch log lost epoch 1 across the reload: %q", log)
	}
	if n, _ := eval[int](ctx, `+document.querySelector("#loss-chart").dataset.points`); n < stepBefore-1 {
		t.Errorf("loss chart has %d points after the reload, %d steps were done before it", n, stepBefore)
	}
	// Pause holds the run (no step while paused), resume continues it.
	if err := chromedp.Do(ctx, chromedp.Click("#pause")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, time.Minute, `document.querySelector("#run")?.dataset.state === "paused"`); err != nil {
		t.Fatalf("pause: %v\n%s", err, text(t, ctx, "#run"))
	}
	time.Sleep(time.Second) // the step in flight when pause was pressed
	paused, _ := eval[int](ctx, `+document.querySelector("#run").dataset.step`)
	time.Sleep(3 * time.Second)
	if now, _ := eval[int](ctx, `+document.querySelector("#run").dataset.step`); now != paused {
		t.Errorf("paused at step %d, yet at step %d 3 s later", paused, now)
	}
	if err := chromedp.Do(ctx, chromedp.Click("#resume")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, time.Minute, `document.querySelector("#run")?.dataset.state === "running" && +document.querySelector("#run").dataset.step > `+fmt.Sprint(paused)); err != nil {
		t.Fatalf("resume after pause: %v\n%s", err, text(t, ctx, "#run"))
	}
	killed := time.Now()
	killWorker(t, ctx)
	if err := waitJS(ctx, 3*time.Minute, `(document.querySelector("#resumed")?.innerText ?? "").includes("died") && document.querySelector("#run")?.dataset.state === "running"`); err != nil {
		t.Fatalf("no new worker resumed the run after the worker was killed: %v\n%s", err, text(t, ctx, "#run"))
	}
	t.Logf("after the worker was killed: %s", text(t, ctx, "#resumed"))
	resumedAt, _ = eval[int](ctx, `+document.querySelector("#run").dataset.step`)
	if err := waitJS(ctx, 3*time.Minute, fmt.Sprintf(`+document.querySelector("#run").dataset.step > %d`, resumedAt)); err != nil {
		t.Fatalf("no step after the new worker resumed: %v\n%s", err, text(t, ctx, "#run"))
	}
	t.Logf("a killed worker cost %.1f s: from the kill to the first new step (15 s of it to notice)", time.Since(killed).Seconds())
	trace := traceTasks(t, ctx)
	if err := waitJS(ctx, 8*time.Minute, `document.querySelector("#run")?.dataset.state === "done"`); err != nil {
		t.Fatalf("the run did not finish: %v\n%s", err, text(t, ctx, "body"))
	}
	log := text(t, ctx, "#epoch-log")
	t.Logf("epoch log:\n%s", log)
	if !strings.Contains(log, "epoch 3,") {
		t.Errorf("epoch log %q lacks epoch 3", log)
	}
	accs, err := eval[[]float64](ctx, `[...document.querySelectorAll("#epoch-log")].flatMap(e => [...e.innerText.matchAll(/test acc ([0-9.]+)/g)].map(m => +m[1]))`)
	if err != nil || len(accs) != 3 {
		t.Fatalf("test accuracies %v (%v)", accs, err)
	}
	if accs[2] < 0.5 {
		t.Errorf("test accuracy after 3 epochs %.3f: the demo must learn well above chance (0.25)", accs[2])
	}
	if n, _ := eval[int](ctx, `+document.querySelector("#acc-chart").dataset.points`); n != 3 {
		t.Errorf("accuracy chart has %d points, want 3", n)
	}
	checkTasks(t, "training", trace.stop(t))
	screenshot(t, ctx, "train-done")
	exported := checkExport(t, ctx, srv, data)
	checkContinue(t, ctx, srv, exported)
}

// checkExport downloads the trained model, loads it into PyTorch strictly, and checks
// that Classify ("Use this model") gives PyTorch's top classes on a test image. It
// returns the exported file.
func checkExport(t *testing.T, ctx context.Context, srv *server, data string) string {
	downloads := t.TempDir()
	if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: downloads}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Click("#export")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, time.Minute, `!!document.querySelector("#download")`); err != nil {
		t.Fatalf("no download link after Export: %v\n%s", err, text(t, ctx, "body"))
	}
	if err := chromedp.Do(ctx, chromedp.Click("#download")); err != nil {
		t.Fatal(err)
	}
	exported := filepath.Join(downloads, "webtune-model.safetensors")
	deadline := time.Now().Add(time.Minute)
	for {
		if st, err := os.Stat(exported); err == nil && st.Size() > 40<<20 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the exported model did not arrive in %s", downloads)
		}
		time.Sleep(200 * time.Millisecond)
	}
	time.Sleep(500 * time.Millisecond) // the download's last write
	images, _ := filepath.Glob(filepath.Join(data, "datasets", "shapes", "test", "star", "*.jpg"))
	if len(images) == 0 {
		t.Fatal("no test image of the built-in dataset")
	}
	img := asPNG(t, images[0]) // PNG: both sides decode the same pixels (JPEG decoders differ by ±1)
	torchTop := pytorchTop(t, exported, img)

	if err := chromedp.Do(ctx, chromedp.Navigate(srv.url+"/classify?model=trained&backend=simd")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, 2*time.Minute, `(document.querySelector("#model")?.innerText ?? "").includes("ready in")`); err != nil {
		t.Fatalf("Classify did not take the trained model: %v\n%s", err, text(t, ctx, "body"))
	}
	if err := chromedp.Do(ctx, chromedp.SetUploadFiles("#file", []string{img})); err != nil {
		t.Fatal(err)
	}
	base := filepath.Base(img)
	if err := waitJS(ctx, time.Minute, `document.querySelector("#source")?.innerText === "`+base+`"`); err != nil {
		t.Fatalf("the image was not classified with the trained model: %v\n%s", err, text(t, ctx, "body"))
	}
	shown := shownTop(t, ctx)
	names, _ := eval[[]string](ctx, `[...document.querySelectorAll("#top .pred-name")].map(e => e.innerText)`)
	t.Logf("trained model on %s: browser %v %v, PyTorch %v", base, names, shown, torchTop)
	if torchTop == nil {
		return exported
	}
	if len(shown) != 4 || len(torchTop) != 4 {
		t.Fatalf("browser shows %d classes, PyTorch %d; the model has 4", len(shown), len(torchTop))
	}
	for i := range shown {
		if shown[i].Index != torchTop[i].Index || math.Abs(shown[i].Prob-torchTop[i].Prob) > 1e-3 || names[i] != torchTop[i].Name {
			t.Fatalf("browser %v %v, PyTorch %v: want the same classes, names and probabilities to 1e-3", names, shown, torchTop)
		}
	}
	screenshot(t, ctx, "classify-trained")

	// Import: the exported file, given to Classify on a fresh visit, classifies the same.
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.url+"/classify?backend=simd")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, time.Minute, `!!document.querySelector("#no-weights")`); err != nil {
		t.Fatalf("the page did not settle without server weights: %v\n%s", err, text(t, ctx, "body"))
	}
	if err := chromedp.Do(ctx, chromedp.SetUploadFiles("#import", []string{exported})); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, time.Minute, `(document.querySelector("#model")?.innerText ?? "").includes("ready in")`); err != nil {
		t.Fatalf("the imported model did not load: %v\n%s", err, text(t, ctx, "body"))
	}
	if err := chromedp.Do(ctx, chromedp.SetUploadFiles("#file", []string{img})); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, time.Minute, `document.querySelector("#source")?.innerText === "`+base+`"`); err != nil {
		t.Fatalf("the image was not classified with the imported model: %v\n%s", err, text(t, ctx, "body"))
	}
	imported := shownTop(t, ctx)
	for i := range imported {
		if imported[i].Index != torchTop[i].Index || math.Abs(imported[i].Prob-torchTop[i].Prob) > 1e-3 {
			t.Fatalf("imported model: browser %v, PyTorch %v", imported, torchTop)
		}
	}
	return exported
}

// checkContinue imports the exported model on the Train page and fine-tunes it: a
// model of the dataset's 4 classes keeps its head, so its first steps already have a
// low loss (a new head would start near ln 4 = 1.39).
func checkContinue(t *testing.T, ctx context.Context, srv *server, exported string) {
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.url+"/train?backend=simd")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, 2*time.Minute, `document.querySelector("#run")?.dataset.state === "done"`); err != nil {
		t.Fatalf("the Train page did not show the finished run: %v\n%s", err, text(t, ctx, "body"))
	}
	setField(t, ctx, "#mode", "finetune")
	if err := waitJS(ctx, time.Minute, `!!document.querySelector("#train-import")`); err != nil {
		t.Fatalf("fine-tune offers no import: %v\n%s", err, text(t, ctx, "#setup"))
	}
	if err := chromedp.Do(ctx, chromedp.SetUploadFiles("#train-import", []string{exported})); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, time.Minute, `(document.querySelector("#train-start")?.innerText ?? "").includes("your file")`); err != nil {
		t.Fatalf("the imported file was not taken: %v\n%s", err, text(t, ctx, "#setup"))
	}
	t.Logf("%s", text(t, ctx, "#train-start"))
	if err := chromedp.Do(ctx, chromedp.Click("#start")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, 3*time.Minute, `+document.querySelector("#run")?.dataset.step >= 2`); err != nil {
		t.Fatalf("training from the imported file did not start: %v\n%s", err, text(t, ctx, "#run"))
	}
	loss, _ := eval[float64](ctx, `+document.querySelector("#run").dataset.loss`)
	t.Logf("continued from the exported model: loss %.4f at step 2", loss)
	if !(loss >= 0 && loss < 0.7) {
		t.Errorf("training from the exported model starts at loss %v; a continued model starts low (a new head near 1.39)", loss)
	}
	if err := chromedp.Do(ctx, chromedp.Click("#stop")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, 2*time.Minute, `document.querySelector("#run")?.dataset.state === "stopped"`); err != nil {
		t.Fatalf("stop: %v\n%s", err, text(t, ctx, "#run"))
	}
}

type namedPred struct {
	Index int     `json:"index"`
	Name  string  `json:"name"`
	Prob  float64 `json:"prob"`
}

// pytorchTop runs testdata/check_export.py (Debian's PyTorch); nil when PyTorch is
// missing outside CI.
func pytorchTop(t *testing.T, model, img string) []namedPred {
	t.Helper()
	torchoracle.Require(t)
	out, err := exec.Command(torchoracle.Python, "testdata/check_export.py", model, img).CombinedOutput()
	if err != nil {
		t.Fatalf("PyTorch could not load the exported model strictly: %v\n%s", err, out)
	}
	var top []namedPred
	if err := json.Unmarshal(out, &top); err != nil {
		t.Fatalf("check_export.py printed %s", out)
	}
	return top
}

// asPNG re-encodes an image file as PNG in a temporary folder.
func asPNG(t *testing.T, path string) string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, _, err := image.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))+".png")
	g, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	if err := png.Encode(g, img); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestTrainWebGPU trains on the WebGPU kernels (SwiftShader here) on a small served
// dataset at a small size, then loses the GPU device mid-run: the run falls back to
// the SIMD kernels, continues from its last checkpoint and finishes.
func TestTrainWebGPU(t *testing.T) {
	t.Parallel() // beside TestClassifyWebGPUFallback: see swiftShaderWait
	srv := startServer(t, classifyData(t, true))
	ctx := sharedChrome(t).tab(t)
	openTrain(t, ctx, srv, "webgpu")
	if b, _ := eval[string](ctx, `document.querySelector("#run").dataset.backend`); b != "webgpu" {
		t.Fatalf("the page computes on %q; want webgpu\n%s", b, text(t, ctx, "#run"))
	}
	setField(t, ctx, "#dataset", "colors")
	for field, v := range map[string]string{"#set-epochs": "4", "#set-batch": "4", "#set-size": "32"} {
		setField(t, ctx, field, v) // one step an epoch, a checkpoint after each
	}
	if err := chromedp.Do(ctx, chromedp.Click("#start")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, swiftShaderWait, `+document.querySelector("#run")?.dataset.step >= 2`); err != nil {
		t.Fatalf("no WebGPU training steps: %v\n%s", err, text(t, ctx, "#run"))
	}
	loss, _ := eval[float64](ctx, `+document.querySelector("#run").dataset.loss`)
	t.Logf("WebGPU: step 2, loss %.4f", loss)
	// Batch 4 at 32² is unstable on either backend: a step-2 loss of 9-11 was seen on
	// simd too, so only a broken step (NaN, infinite, zero) is caught here; the
	// conformance suite checks WebGPU's numbers.
	if !(loss > 0) || math.IsInf(loss, 0) {
		t.Errorf("the loss of a WebGPU step is %v; want a finite positive loss", loss)
	}
	if err := chromedp.Do(ctx, chromedp.Click("#lose-gpu")); err != nil {
		t.Fatalf("no lost-GPU button while training on WebGPU: %v\n%s", err, text(t, ctx, "#run"))
	}
	if err := waitJS(ctx, 5*time.Minute, `document.querySelector("#run")?.dataset.state === "done"`); err != nil {
		t.Fatalf("the run did not finish after the GPU was lost: %v\n%s", err, text(t, ctx, "#run"))
	}
	t.Logf("after the lost GPU:\n%s", text(t, ctx, "#run"))
	if b, _ := eval[string](ctx, `document.querySelector("#run").dataset.backend`); b != "simd" {
		t.Errorf("after the lost GPU the page computes on %q; want simd", b)
	}
	if notes := text(t, ctx, "#notes"); !strings.Contains(notes, "lost") || !strings.Contains(notes, "last checkpoint") {
		t.Errorf("the page does not say the GPU was lost and the run went on from its checkpoint: %q", notes)
	}
	if log := text(t, ctx, "#epoch-log"); strings.Count(log, "epoch ") != 4 {
		t.Errorf("the epoch log has not 4 epochs after the fallback:\n%s", log)
	}
	screenshot(t, ctx, "train-webgpu-lost")
}

// killWorker ends the page's compute worker from outside, as the browser does when it
// reclaims a worker's memory: the worker closes and the page hears nothing more.
func killWorker(t *testing.T, ctx context.Context) {
	t.Helper()
	r, err := chromedp.CallBrowser(ctx, target.GetTargets, target.GetTargetsParams{Filter: target.Filter{{Type: "worker"}}})
	if err != nil {
		t.Fatal(err)
	}
	killed := 0
	for _, w := range r.TargetInfos {
		if !strings.Contains(w.URL, "/web/worker.js") {
			continue
		}
		// The close waits for the evaluation's answer: a worker that closed while
		// answering left the call waiting for ever once.
		wctx, cancel := chromedp.NewContext(ctx, chromedp.WithTargetID(w.TargetID))
		tctx, cancelT := context.WithTimeout(wctx, time.Minute)
		_, err := chromedp.Run(tctx, chromedp.Evaluate[any]("setTimeout(() => self.close(), 100); 0"))
		cancelT()
		cancel()
		if err != nil {
			t.Fatalf("closing the compute worker: %v", err)
		}
		killed++
	}
	if killed != 1 {
		t.Fatalf("found %d compute workers to kill; want 1", killed)
	}
}

// trainReady is true once the Train page can start a run: the worker has started and
// the chosen dataset's default settings are shown.
const trainReady = `document.querySelector("#run")?.dataset.state === "idle" && document.querySelector("#set-epochs")?.value !== "0"`

// openTrain opens the Train page on backend and waits until it can start a run,
// logging how long that took. A page that never gets ready is reported in full,
// with the server's log, and then, last, where a cut report still shows them: the
// run's state and error, the browser's workers and the page's console.
func openTrain(t *testing.T, ctx context.Context, srv *server, backend string) {
	t.Helper()
	console := watchConsole(t, ctx)
	start := time.Now()
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.url+"/train?backend="+backend)); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, 4*time.Minute, trainReady); err != nil {
		t.Logf("the page:\n%s\nthe server:\n%s", text(t, ctx, "body"), srv.log())
		t.Fatalf("the Train page did not get ready: %v\nrun: %s\nerror: %s\n%s\nconsole:\n%s",
			err, text(t, ctx, "#run"), text(t, ctx, "#error"), workerTargets(ctx), console.tail(30))
	}
	t.Logf("the Train page was ready to train in %.1f s", time.Since(start).Seconds())
}
