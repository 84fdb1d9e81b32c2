package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"webtune/wasm/browser"
)

// buildUI compiles wasm/app into static/build/app.wasm of a copy of static/.
func buildUI(t *testing.T) string {
	t.Helper()
	static := testStatic(t)
	cmd := exec.Command("go", "build", "-o", filepath.Join(static, "build", "app.wasm"), "webtune/wasm/app")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building the wasm UI: %v\n%s", err, out)
	}
	if err := precompressDir(filepath.Join(static, "build")); err != nil {
		t.Fatal(err)
	}
	return static
}

// TestFirstPageInChromium opens the real page in headless Chromium: the wasm UI must
// start, list the served dataset with thumbnails, say that there are no pretrained
// weights, and report the browser's compute, with the page cross-origin isolated.
// WEBTUNE_SCREENSHOT=path saves a PNG of the page (the README's picture).
func TestFirstPageInChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the wasm UI and starts Chromium")
	}
	data := t.TempDir()
	smallDataset(t, filepath.Join(data, "datasets", "pets"))
	ts := startServer(t, data, buildUI(t))

	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	browser.Require(t)
	tab, stop, err := browser.Start(ctx, chromedp.WindowSize(1100, 900))
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	if err := chromedp.Do(tab,
		chromedp.Navigate(ts.url+"/"),
		chromedp.WaitVisible(`#weights[data-state="ready"]`),
		chromedp.WaitVisible(`#datasets[data-state="ready"]`),
		chromedp.WaitVisible(`#compute[data-state="ready"]`),
	); err != nil {
		t.Fatalf("page did not finish loading: %v\nserver log:\n%s", err, ts.logs)
	}
	isolated, err := chromedp.Run(tab, chromedp.Evaluate[bool](`crossOriginIsolated === true`))
	if err != nil || !isolated {
		t.Errorf("crossOriginIsolated is not true (%v)", err)
	}
	text := func(sel string) string {
		s, err := chromedp.Run(tab, chromedp.Evaluate[string](`document.querySelector(`+"`"+sel+"`"+`)?.innerText ?? ""`))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	if w := text("#weights"); !strings.Contains(w, "No pretrained weights") || !strings.Contains(w, "random init") || !strings.Contains(w, "webtune fetch") {
		t.Errorf("weights section does not say plainly that there are none:\n%s", w)
	}
	if d := text("#datasets"); !strings.Contains(d, "pets") || !strings.Contains(d, "cat (train 2, test 1)") || !strings.Contains(d, "dog (train 1, test 1)") || !strings.Contains(d, "left out") {
		t.Errorf("datasets section:\n%s", d)
	}
	if got := text("#isolated"); got != "yes" {
		t.Errorf("page reports cross-origin isolated %q", got)
	}
	if got := text("#simd"); got != "yes" {
		t.Errorf("page reports WebAssembly SIMD %q; Chromium has it", got)
	}
	if c := text("#compute"); !strings.Contains(c, "WebGPU") || !strings.Contains(c, "threads") {
		t.Errorf("compute section:\n%s", c)
	}
	t.Logf("compute section:\n%s", text("#compute"))
	// Thumbnails must have loaded (same-origin images under COEP).
	loaded, err := chromedp.Run(tab, chromedp.Evaluate[int](`(async () => {
		const imgs = [...document.querySelectorAll("img.thumb")];
		await Promise.all(imgs.map(i => i.complete ? 0 : new Promise(r => { i.onload = i.onerror = r; })));
		return imgs.filter(i => i.naturalWidth > 0).length;
	})()`, chromedp.EvalAwaitPromise))
	if err != nil || loaded != 3 {
		t.Errorf("%d thumbnails loaded, want 3 (cat a, b; dog c): %v", loaded, err)
	}
}

// TestScreenshot saves a PNG of the first page serving the built-in dataset to
// $WEBTUNE_SCREENSHOT (static/screenshot.png is made this way for the README).
func TestScreenshot(t *testing.T) {
	path := os.Getenv("WEBTUNE_SCREENSHOT")
	if path == "" {
		t.Skip("set WEBTUNE_SCREENSHOT=file.png to take the README screenshot")
	}
	ts := startServer(t, t.TempDir(), buildUI(t))
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	browser.Require(t)
	tab, stop, err := browser.Start(ctx, chromedp.WindowSize(1000, 800))
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	if err := chromedp.Do(tab,
		chromedp.Navigate(ts.url+"/"),
		chromedp.WaitVisible(`#datasets[data-state="ready"]`),
		chromedp.WaitVisible(`#compute[data-state="ready"]`),
		chromedp.Sleep(time.Second), // thumbnails
	); err != nil {
		t.Fatal(err)
	}
	png, err := chromedp.Run(tab, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
}
