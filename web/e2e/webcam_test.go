package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// setField sets an input or select as a user would, firing its change event.
func setField(t *testing.T, ctx context.Context, sel, value string) {
	t.Helper()
	js := fmt.Sprintf(`(() => { const e = document.querySelector(%q); e.value = %q; e.dispatchEvent(new Event("change", {bubbles: true})); })()`, sel, value)
	if _, err := eval[any](ctx, js); err != nil {
		t.Fatalf("setting %s: %v", sel, err)
	}
}

// hold presses a button for d, as a user holding it down.
func hold(t *testing.T, ctx context.Context, sel string, d time.Duration) {
	t.Helper()
	fire := func(ev string) {
		js := fmt.Sprintf(`document.querySelector(%q).dispatchEvent(new PointerEvent(%q, {bubbles: true}))`, sel, ev)
		if _, err := eval[any](ctx, js); err != nil {
			t.Fatalf("%s on %s: %v", ev, sel, err)
		}
	}
	fire("pointerdown")
	time.Sleep(d)
	fire("pointerup")
}

// TestTrainWebcamClasses films two classes with the (fake) webcam, names them,
// trains the head on them and has Classify show the user's class names.
func TestTrainWebcamClasses(t *testing.T) {
	srv := startServer(t, classifyData(t, true))
	ctx := sharedChrome(t).tab(t)
	openTrain(t, ctx, srv, "simd")
	setField(t, ctx, "#source", "webcam")
	if err := waitJS(ctx, time.Minute, `document.querySelector("#capture-0") && !document.querySelector("#capture-0").disabled && document.querySelector("#mode")?.value === "linear"`); err != nil {
		t.Fatalf("the webcam builder did not start: %v\n%s", err, text(t, ctx, "body"))
	}
	setField(t, ctx, "#class-name-0", "apple")
	setField(t, ctx, "#class-name-1", "banana")
	hold(t, ctx, "#capture-0", 1500*time.Millisecond)
	hold(t, ctx, "#capture-1", 1500*time.Millisecond)
	time.Sleep(time.Second) // a frame grabbed just before the release still lands
	counts, err := eval[[]int](ctx, `[...document.querySelectorAll(".capture-class")].map(e => +e.dataset.frames)`)
	if err != nil || len(counts) != 2 || counts[0] < 4 || counts[1] < 4 {
		t.Fatalf("captured frames per class %v (%v); want at least 4 each after holding the button 1.5 s", counts, err)
	}
	// A click on a thumbnail removes that frame.
	if err := chromedp.Do(ctx, chromedp.Click(".capture-class img.thumb")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, 10*time.Second, fmt.Sprintf(`+document.querySelector(".capture-class").dataset.frames === %d`, counts[0]-1)); err != nil {
		n, _ := eval[int](ctx, `+document.querySelector(".capture-class").dataset.frames`)
		t.Errorf("after removing a frame class 1 has %d frames, want %d", n, counts[0]-1)
	}
	screenshot(t, ctx, "train-webcam-classes")
	setField(t, ctx, "#set-epochs", "2")
	setField(t, ctx, "#set-batch", "8")
	if err := chromedp.Do(ctx, chromedp.Click("#start")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, 5*time.Minute, `["done", "stopped"].includes(document.querySelector("#run")?.dataset.state)`); err != nil {
		t.Fatalf("the run did not finish: %v\n%s", err, text(t, ctx, "body"))
	}
	if st, _ := eval[string](ctx, `document.querySelector("#run").dataset.state`); st != "done" {
		t.Fatalf("the run ended as %q:\n%s", st, text(t, ctx, "#run"))
	}
	t.Logf("webcam classes, head only:\n%s", text(t, ctx, "#epoch-log"))
	if err := chromedp.Do(ctx, chromedp.Click("#use-model")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, 2*time.Minute, `document.querySelector("#source")?.innerText === "webcam"`); err != nil {
		t.Fatalf("Classify did not classify the webcam with the trained model: %v\n%s", err, text(t, ctx, "body"))
	}
	names := text(t, ctx, "#top")
	if !strings.Contains(names, "apple") || !strings.Contains(names, "banana") {
		t.Errorf("Classify shows %q; want the user's classes apple and banana", names)
	}
	screenshot(t, ctx, "classify-webcam-classes")
}
