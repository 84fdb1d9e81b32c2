package browser

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// WebGPU must be there (SwiftShader), or every WGSL test would silently test nothing.
func TestChromiumHasWebGPU(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	tab, stop, err := Start(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	// WebGPU needs a secure context: a page from loopback is one, about:blank is not.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	if err := chromedp.Do(tab, chromedp.Navigate(srv.URL)); err != nil {
		t.Fatal(err)
	}
	adapter, err := chromedp.Run(tab, chromedp.Evaluate[string](`(async () => {
		if (!navigator.gpu) return "no navigator.gpu";
		const a = await navigator.gpu.requestAdapter();
		return a ? "adapter " + a.limits.maxStorageBufferBindingSize : "no adapter";
	})()`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	if adapter[:7] != "adapter" {
		t.Fatalf("Chromium exposes no WebGPU adapter: %s", adapter)
	}
	t.Log(adapter)
}
