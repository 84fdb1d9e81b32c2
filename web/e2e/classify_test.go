package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"webtune/model"
)

// classifyData makes a data folder as `webtune fetch` leaves it, with test weights in
// place of the real ones: ResNet-18 at torchvision's init with a 1000-class head,
// named as the ImageNet file and with ImageNet's class names beside it, plus a tiny
// dataset (so the server does not draw the built-in one).
func classifyData(t *testing.T, withWeights bool) string {
	t.Helper()
	data := t.TempDir()
	if withWeights {
		w := filepath.Join(data, "weights", "resnet18-imagenet.safetensors")
		os.MkdirAll(filepath.Dir(w), 0o755)
		if err := model.WriteSafetensors(w, model.InitState(1000, 7), nil); err != nil {
			t.Fatal(err)
		}
		root, _ := repoRoot()
		names, err := os.ReadFile(filepath.Join(root, "server", "imagenet_classes.txt"))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(strings.TrimSuffix(w, ".safetensors")+".classes.txt", names, 0o644)
	}
	for _, split := range []string{"train", "test"} {
		for ci, class := range []string{"red", "blue"} {
			dir := filepath.Join(data, "datasets", "colors", split, class)
			os.MkdirAll(dir, 0o755)
			for i := 0; i < 2; i++ {
				writePNG(t, filepath.Join(dir, fmt.Sprintf("%d.png", i)), 300+40*i, 200+30*ci, ci*3+i)
			}
		}
	}
	return data
}

// writePNG draws a w x h test picture: stripes and a disc whose colours depend on seed.
func writePNG(t *testing.T, path string, w, h, seed int) {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			c := color.RGBA{uint8(40 * seed), uint8((x * 255) / w), uint8((y * 255) / h), 255}
			if (x-w/2)*(x-w/2)+(y-h/2)*(y-h/2) < h*h/9 {
				c = color.RGBA{255, uint8(60 * seed), 30, 255}
			}
			if (x/17)%2 == 0 {
				c.B /= 2
			}
			img.SetRGBA(x, y, c)
		}
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

type pred struct {
	Index int     `json:"index"`
	Prob  float64 `json:"prob"`
}

// shownTop reads the top-5 bars the page shows.
func shownTop(t *testing.T, ctx context.Context) []pred {
	t.Helper()
	got, err := eval[[]pred](ctx, `[...document.querySelectorAll("#top .pred")].map(e => ({index: +e.dataset.index, prob: +e.dataset.prob}))`)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// nativeTop runs `webtune classify` on the same weights and image.
func nativeTop(t *testing.T, weights, img string) []pred {
	t.Helper()
	out, err := exec.Command(built.bin, "classify", "-weights", weights, "-json", img).Output()
	if err != nil {
		t.Fatalf("webtune classify: %v", err)
	}
	var res []struct {
		Top []pred `json:"top"`
	}
	if err := json.Unmarshal(out, &res); err != nil || len(res) != 1 {
		t.Fatalf("webtune classify printed %s (%v)", out, err)
	}
	return res[0].Top
}

func sameTop(t *testing.T, what string, browser, native []pred) {
	t.Helper()
	if len(browser) != 5 || len(native) != 5 {
		t.Fatalf("%s: browser shows %d classes, native %d; want 5", what, len(browser), len(native))
	}
	for i := range native {
		if browser[i].Index != native[i].Index || math.Abs(browser[i].Prob-native[i].Prob) > 1e-3 {
			t.Errorf("%s: browser top-5 %v, native %v (want equal classes, probabilities within 1e-3)", what, browser, native)
			return
		}
	}
}

func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	s, err := eval[string](ctx, `document.querySelector(`+"`"+sel+"`"+`)?.innerText ?? ""`)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestClassifySIMD is the Classify page on the SIMD kernels, as a visitor without a
// GPU gets it: the worker starts, the weights load, the webcam is classified
// continuously without blocking the page, and a file and a served image get the same
// top-5 as `webtune classify`.
func TestClassifySIMD(t *testing.T) {
	data := classifyData(t, true)
	srv := startServer(t, data)
	c := sharedChrome(t)
	ctx := c.tab(t)
	start := time.Now()
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.url+"/classify?backend=simd")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, time.Minute, `document.querySelector("#backend")?.dataset.name === "simd"`); err != nil {
		t.Fatalf("the page never showed the SIMD backend: %v\npage: %s\nserver:\n%s", err, text(t, ctx, "body"), srv.log())
	}
	if iso, err := eval[bool](ctx, `crossOriginIsolated`); err != nil || !iso {
		t.Errorf("the page is not cross-origin isolated (%v)", err)
	}
	if err := waitJS(ctx, time.Minute, `document.querySelector("#source")?.innerText === "webcam"`); err != nil {
		t.Fatalf("no webcam prediction: %v\npage: %s", err, text(t, ctx, "body"))
	}
	t.Logf("first webcam prediction %.1f s after opening the page (cold: worker, weights download); %s", time.Since(start).Seconds(), text(t, ctx, "#model"))
	if b := text(t, ctx, "#backend"); !strings.Contains(b, "threads") || !strings.Contains(b, "relaxed SIMD") {
		t.Errorf("backend line %q lacks threads and relaxed SIMD", b)
	}

	// Predictions keep coming, of different frames, and the main thread stays free
	// while they do (counted from 3 s after the first one: the page's start-up, the
	// camera's attachment and the service worker's install are over by then).
	time.Sleep(3 * time.Second)
	trace := traceTasks(t, ctx)
	seen := map[string]bool{}
	deadline := time.Now().Add(40 * time.Second)
	for len(seen) < 4 && time.Now().Before(deadline) {
		top := shownTop(t, ctx)
		if len(top) > 0 {
			seen[fmt.Sprintf("%d %.5f", top[0].Index, top[0].Prob)] = true
		}
		time.Sleep(200 * time.Millisecond)
	}
	if len(seen) < 4 {
		t.Errorf("only %d distinct webcam predictions in 40 s; want at least 4 (frames must keep being classified)", len(seen))
	}
	stats, err := eval[map[string]string](ctx, `({...document.querySelector("#stats").dataset})`)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("live classification: %s", text(t, ctx, "#stats"))
	if stats["latency"] == "0.00" || stats["fps"] == "0.00" {
		t.Errorf("latency %q and fps %q must be shown", stats["latency"], stats["fps"])
	}
	checkTasks(t, "classifying", trace.stop(t))
	screenshot(t, ctx, "classify-webcam")

	// A file: same top-5 as the CLI.
	img := filepath.Join(t.TempDir(), "upload.png")
	writePNG(t, img, 333, 251, 5)
	if err := chromedp.Do(ctx, chromedp.SetUploadFiles("#file", []string{img})); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, time.Minute, `document.querySelector("#source")?.innerText === "upload.png"`); err != nil {
		t.Fatalf("the uploaded file was not classified: %v\n%s", err, text(t, ctx, "body"))
	}
	weights := filepath.Join(data, "weights", "resnet18-imagenet.safetensors")
	sameTop(t, "uploaded file", shownTop(t, ctx), nativeTop(t, weights, img))
	screenshot(t, ctx, "classify-file")

	// A served dataset image, by its URL.
	served := "/datasets/colors/test/blue/1.png"
	if err := chromedp.Do(ctx,
		chromedp.SetValue("#image-url", served),
		chromedp.Click("#image-url-go"),
	); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, time.Minute, `document.querySelector("#source")?.innerText === "`+served+`"`); err != nil {
		t.Fatalf("the served image was not classified: %v\n%s", err, text(t, ctx, "body"))
	}
	sameTop(t, "served image", shownTop(t, ctx), nativeTop(t, weights, filepath.Join(data, "datasets", "colors", "test", "blue", "1.png")))

	// A second visit takes the weights from browser storage.
	start = time.Now()
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.url+"/classify?backend=simd")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, time.Minute, `document.querySelector("#source")?.innerText === "webcam"`); err != nil {
		t.Fatalf("no webcam prediction on the second visit: %v\n%s", err, text(t, ctx, "body"))
	}
	t.Logf("first webcam prediction %.1f s after opening the page (weights cached); %s", time.Since(start).Seconds(), text(t, ctx, "#model"))
	if m := text(t, ctx, "#model"); !strings.Contains(m, "from browser storage") {
		t.Errorf("second visit: model line %q; want the weights from browser storage", m)
	}

	// Offline: the server is gone; the service worker has the app, Cache Storage the
	// weights, and the page remembers which ones it loaded.
	srv.stop()
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.url+"/classify")); err != nil {
		t.Fatalf("the page did not open without the server: %v", err)
	}
	if err := waitJS(ctx, time.Minute, `document.querySelector("#source")?.innerText === "webcam"`); err != nil {
		t.Fatalf("no webcam prediction offline: %v\n%s", err, text(t, ctx, "body"))
	}
	t.Logf("offline: %s", text(t, ctx, "#model"))
	screenshot(t, ctx, "classify-offline")
}

// TestClassifyWebGPUFallback forces WebGPU (SwiftShader here), classifies a file on
// it, then destroys the device as a driver reset would: the worker must fall back to
// the SIMD kernels by itself, say so, and keep classifying with the same result.
func TestClassifyWebGPUFallback(t *testing.T) {
	t.Parallel() // beside TestTrainWebGPU: see swiftShaderWait
	data := classifyData(t, true)
	srv := startServer(t, data)
	ctx := denyingChrome(t).tab(t) // no camera: the file's prediction stays on screen
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.url+"/classify?backend=webgpu")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, time.Minute, `document.querySelector("#backend")?.dataset.name === "webgpu"`); err != nil {
		t.Fatalf("the page never showed the WebGPU backend: %v\n%s", err, text(t, ctx, "body"))
	}
	if err := waitJS(ctx, swiftShaderWait, `(document.querySelector("#model")?.innerText ?? "").includes("ready in")`); err != nil {
		t.Fatalf("the model did not load on WebGPU: %v\n%s", err, text(t, ctx, "body"))
	}
	img := filepath.Join(t.TempDir(), "gpu.png")
	writePNG(t, img, 280, 300, 2)
	weights := filepath.Join(data, "weights", "resnet18-imagenet.safetensors")
	native := nativeTop(t, weights, img)
	classify := func(name string) []pred {
		t.Helper()
		// A cleared input fires a change for the same file again; the count of
		// predictions tells the new one from the old.
		before, err := eval[int](ctx, `document.querySelector("#file").value = ""; +document.querySelector("#result").dataset.count`)
		if err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(ctx, chromedp.SetUploadFiles("#file", []string{img})); err != nil {
			t.Fatal(err)
		}
		if err := waitJS(ctx, 3*time.Minute, fmt.Sprintf(`+document.querySelector("#result").dataset.count > %d && document.querySelector("#source")?.innerText === "gpu.png"`, before)); err != nil {
			t.Fatalf("%s: the file was not classified: %v\n%s", name, err, text(t, ctx, "body"))
		}
		return shownTop(t, ctx)
	}
	sameTop(t, "on WebGPU", classify("on WebGPU"), native)
	screenshot(t, ctx, "classify-webgpu")

	if err := chromedp.Do(ctx, chromedp.Click("#lose-device")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, time.Minute, `document.querySelector("#backend")?.dataset.name === "simd" && !!document.querySelector("#fallback")`); err != nil {
		t.Fatalf("no fallback to SIMD after the device was lost: %v\n%s", err, text(t, ctx, "body"))
	}
	if f := text(t, ctx, "#fallback"); !strings.Contains(f, "lost") || !strings.Contains(f, "SIMD") {
		t.Errorf("fallback notice %q does not say the GPU was lost and SIMD took over", f)
	}
	sameTop(t, "after the fallback", classify("after the fallback"), native)
	screenshot(t, ctx, "classify-fallback")
}

// TestClassifyErrors: a server without weights, and a camera the user refused, each
// get a message in words that says what to do.
func TestClassifyErrors(t *testing.T) {
	srv := startServer(t, classifyData(t, false))
	ctx := denyingChrome(t).tab(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.url+"/classify?backend=simd")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, time.Minute, `!!document.querySelector("#no-weights")`); err != nil {
		t.Fatalf("no message about the missing weights: %v\n%s", err, text(t, ctx, "body"))
	}
	if m := text(t, ctx, "#no-weights"); !strings.Contains(m, "ImageNet weights") || !strings.Contains(m, "webtune fetch") {
		t.Errorf("missing-weights message %q: want what is missing and `webtune fetch`", m)
	}
	if err := chromedp.Do(ctx, chromedp.Click("#camera-start")); err != nil {
		t.Fatal(err)
	}
	// The page tried the camera by itself on opening: the click clears that attempt's
	// message and its own refusal brings the same one back, so the message is read in
	// the evaluation that finds it (a second read could fall between the two).
	if err := waitJS(ctx, time.Minute, `(m => m.includes("permission was denied") && m.includes("allow the camera"))(document.querySelector("#camera-error")?.innerText ?? "")`); err != nil {
		t.Fatalf("no message that the camera permission was denied and how to allow it: %v\n%s", err, text(t, ctx, "#camera"))
	}
	screenshot(t, ctx, "classify-errors")
}
