// Package browser starts Debian's headless Chromium for webtune's tests and tools, with
// the flags that give WebGPU on a CPU-only machine (SwiftShader) and keep Chromium off
// the network, and drives it with chromedp.
package browser

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"testing"

	"github.com/chromedp/chromedp"
)

// Path finds the Chromium binary: $CHROMIUM if set, else chromium on PATH.
func Path() (string, error) {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p, nil
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("no Chromium found: install it (apt-get install chromium) or set CHROMIUM=/path/to/chrome")
}

// Options are the chromedp allocator options webtune uses: headless, WebGPU on
// SwiftShader, no background networking, plus extra.
func Options(extra ...chromedp.ExecAllocatorOption) ([]chromedp.ExecAllocatorOption, error) {
	path, err := Path()
	if err != nil {
		return nil, err
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.Flag("enable-unsafe-webgpu", true),
		chromedp.Flag("use-webgpu-adapter", "swiftshader"),
		chromedp.Flag("enable-features", "Vulkan,WebAssemblyExperimentalJSPI"),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
	}
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox)
	}
	return append(opts, extra...), nil
}

// Start launches Chromium and returns a chromedp context for one tab; cancel closes it.
func Start(ctx context.Context, extra ...chromedp.ExecAllocatorOption) (context.Context, context.CancelFunc, error) {
	opts, err := Options(extra...)
	if err != nil {
		return nil, nil, err
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	tctx, cancelTab := chromedp.NewContext(actx)
	if err := chromedp.Do(tctx); err != nil {
		cancelTab()
		cancelAlloc()
		return nil, nil, fmt.Errorf("starting Chromium: %w", err)
	}
	return tctx, func() { cancelTab(); cancelAlloc() }, nil
}

// Require skips t when there is no Chromium, saying how to install it, except under CI
// (CI=true), where it fails: there a missing browser must not pass as a skipped test.
func Require(t testing.TB) {
	t.Helper()
	if _, err := Path(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
}
