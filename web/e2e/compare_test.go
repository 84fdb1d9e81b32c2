package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestTrainCompare runs the recipe's comparison on a served dataset: the network
// from scratch and then fine-tuned from the served weights, both legs on the same
// charts; a reload during the run keeps the finished leg on them.
func TestTrainCompare(t *testing.T) {
	srv := startServer(t, classifyData(t, true))
	ctx := sharedChrome(t).tab(t)
	openTrain(t, ctx, srv, "simd")
	setField(t, ctx, "#dataset", "colors")
	setField(t, ctx, "#mode", "compare")
	if err := waitJS(ctx, time.Minute, `!!document.querySelector("#set-scratchLR")`); err != nil {
		t.Fatalf("compare mode shows no from-scratch lr: %v\n%s", err, text(t, ctx, "#setup"))
	}
	for field, v := range map[string]string{"#set-epochs": "3", "#set-batch": "4", "#set-size": "32"} {
		setField(t, ctx, field, v)
	}
	if err := chromedp.Do(ctx, chromedp.Click("#start")); err != nil {
		t.Fatal(err)
	}
	// Once the fine-tune leg has begun, a reload must keep the from-scratch leg.
	if err := waitJS(ctx, 5*time.Minute, `(document.querySelector("#epoch-log")?.innerText ?? "").includes("fine-tune:")`); err != nil {
		t.Fatalf("the fine-tune leg did not begin: %v\n%s", err, text(t, ctx, "body"))
	}
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, 5*time.Minute, `document.querySelector("#run")?.dataset.state === "done"`); err != nil {
		t.Fatalf("the run did not finish after the reload: %v\n%s", err, text(t, ctx, "body"))
	}
	log := text(t, ctx, "#epoch-log")
	t.Logf("epoch log:\n%s", log)
	scratch, finetune, ok := strings.Cut(log, "fine-tune:")
	if !ok || !strings.Contains(scratch, "from scratch:") || strings.Count(scratch, "epoch ") != 3 || strings.Count(finetune, "epoch ") != 3 {
		t.Errorf("the log must have 3 epoch lines from scratch, then 3 fine-tuned:\n%s", log)
	}
	if n, _ := eval[int](ctx, `+document.querySelector("#loss-chart").dataset.series`); n != 2 {
		t.Errorf("the loss chart draws %d lines; want 2 (from scratch, fine-tune)", n)
	}
	if n, _ := eval[int](ctx, `+document.querySelector("#acc-chart").dataset.series`); n != 4 {
		t.Errorf("the accuracy chart draws %d lines; want 4 (train and test of each leg)", n)
	}
	legend, _ := eval[string](ctx, `document.querySelector("#acc-chart").textContent`) // SVG has no innerText
	for _, name := range []string{"from scratch test", "fine-tune test"} {
		if !strings.Contains(legend, name) {
			t.Errorf("the accuracy chart's legend %q lacks %q", legend, name)
		}
	}
	screenshot(t, ctx, "train-compare")
}
