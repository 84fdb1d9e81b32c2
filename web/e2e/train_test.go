package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestTrainBuiltin runs the offline demo as a visitor without the real weights gets
// it: the built-in shapes dataset, from scratch, on the SIMD kernels, at its default
// settings but fewer epochs. The page must show epoch lines, both charts and a test
// accuracy well above chance; a reload in the middle resumes from the checkpoint
// with the history intact.
func TestTrainBuiltin(t *testing.T) {
	srv := startServer(t, t.TempDir()) // no dataset, no weights: the server draws the built-in one
	ctx := sharedChrome(t).tab(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.url+"/train?backend=simd")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, 2*time.Minute, `document.querySelector("#run")?.dataset.state === "idle" && document.querySelector("#set-epochs")?.value !== "0"`); err != nil {
		t.Fatalf("the Train page did not get ready: %v\n%s\nserver:\n%s", err, text(t, ctx, "body"), srv.log())
	}
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

	// Reload: the run resumes from its last checkpoint, history and all.
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, 3*time.Minute, `!!document.querySelector("#resumed") && document.querySelector("#run")?.dataset.state === "running"`); err != nil {
		t.Fatalf("no resume after the reload: %v\n%s", err, text(t, ctx, "body"))
	}
	t.Logf("after the reload: %s", text(t, ctx, "#resumed"))
	if log := text(t, ctx, "#epoch-log"); !strings.Contains(log, "epoch 1,") {
		t.Errorf("the epoch log lost epoch 1 across the reload: %q", log)
	}
	if n, _ := eval[int](ctx, `+document.querySelector("#loss-chart").dataset.points`); n < stepBefore-1 {
		t.Errorf("loss chart has %d points after the reload, %d steps were done before it", n, stepBefore)
	}
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
	screenshot(t, ctx, "train-done")
}
