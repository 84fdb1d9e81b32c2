package web

import (
	"fmt"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"webtune/web/protocol"
)

// reusedInputs lists the <input> elements that go-app would turn from one type into
// another when the page goes from the markup before to the markup after: go-app
// matches children by position and updates an element of the same tag in place,
// attribute by attribute in no fixed order, and a browser refuses a value set on a
// file input (an exception that stops the app).
func reusedInputs(t *testing.T, before, after string) []string {
	t.Helper()
	parse := func(s string) *html.Node {
		nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
		if err != nil || len(nodes) != 1 {
			t.Fatalf("parsing the page's markup: %v (%d nodes)", err, len(nodes))
		}
		return nodes[0]
	}
	var found []string
	var walk func(a, b *html.Node, path string)
	walk = func(a, b *html.Node, path string) {
		if a.Type != b.Type || a.Data != b.Data {
			return // go-app replaces the element
		}
		if a.Data == "input" && attr(a, "type") != attr(b, "type") {
			found = append(found, fmt.Sprintf("%s: <input type=%s id=%s> becomes <input type=%s id=%s>",
				path, attr(a, "type"), attr(a, "id"), attr(b, "type"), attr(b, "id")))
		}
		ca, cb := children(a), children(b)
		for i := range min(len(ca), len(cb)) {
			walk(ca[i], cb[i], fmt.Sprintf("%s/%s[%d]", path, cb[i].Data, i))
		}
	}
	walk(parse(before), parse(after), "")
	return found
}

// children are the node's children as go-app has them: the line breaks that
// HTMLString puts between elements are not in the page.
func children(n *html.Node) []*html.Node {
	var c []*html.Node
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		if k.Type != html.TextNode || strings.TrimSpace(k.Data) != "" {
			c = append(c, k)
		}
	}
	return c
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// TestTrainPageKeepsInputsInPlace renders the Train page in the states a visit goes
// through and checks that no change from one to another (in either direction) makes
// go-app reuse an input as an input of another type. Such a reuse once stopped the
// app while the page loaded (the built-in dataset's defaults took away the "import a
// model file" row, and its file input became the epochs field).
func TestTrainPageKeepsInputsInPlace(t *testing.T) {
	builtin := DatasetSummary{Name: "shapes", Classes: []string{"circle", "square"}, Builtin: true,
		Counts: map[string][]int{"train": {2, 2}, "test": {1, 1}}}
	served := DatasetSummary{Name: "colors", Classes: []string{"red", "green"},
		Counts: map[string][]int{"train": {2, 2}, "test": {1, 1}}}
	lists := &DatasetList{Datasets: []DatasetSummary{builtin, served}}
	weights := &WeightsList{}
	set := func(mode string) protocol.TrainSettings {
		return protocol.TrainSettings{Mode: mode, Epochs: 4, Batch: 32, Size: 64, LR: 0.01, ScratchLR: 0.1, Momentum: 0.9, Note: "defaults"}
	}
	states := map[string]*Train{
		"loading":          {state: "loading"},
		"listed":           {state: "loading", datasets: lists, weights: weights, dataset: "shapes"},
		"built-in scratch": {state: "idle", datasets: lists, weights: weights, dataset: "shapes", settings: set("scratch")},
		"fine-tune":        {state: "idle", datasets: lists, weights: weights, dataset: "colors", settings: set("finetune")},
		"compare":          {state: "idle", datasets: lists, weights: weights, dataset: "colors", settings: set(protocol.ModeCompare)},
		"head only":        {state: "idle", datasets: lists, weights: weights, dataset: "colors", settings: set("linear")},
		"webcam": {state: "idle", datasets: lists, weights: weights, source: "webcam", settings: set("linear"),
			capture: []captureClass{{Name: "a"}, {Name: "b"}}},
		"running": {state: "running", datasets: lists, weights: weights, dataset: "shapes", settings: set("scratch"),
			last: protocol.TrainEvent{Epoch: 1, Epochs: 4, Batch: 3, Batches: 10}, resumed: "resumed", err: "an error"},
		"failed": {state: "failed", datasets: lists, weights: weights, dataset: "shapes", err: "the worker did not start"},
	}
	markup := map[string]string{}
	for name, p := range states {
		markup[name] = app.HTMLString(p.Render())
		if name != "loading" && name != "listed" && name != "failed" && !strings.Contains(markup[name], `id="set-epochs"`) {
			t.Fatalf("state %q renders no epochs field: the states do not reach the settings", name)
		}
	}
	checkEveryChange(t, markup)
}

// checkEveryChange fails on every change between two of the page's states that
// reuses an input as one of another type.
func checkEveryChange(t *testing.T, markup map[string]string) {
	t.Helper()
	for from := range markup {
		for to := range markup {
			for _, r := range reusedInputs(t, markup[from], markup[to]) {
				t.Errorf("%s -> %s: %s", from, to, r)
			}
		}
	}
}

// TestClassifyPageKeepsInputsInPlace: the same for the Classify page, whose status
// part grows and shrinks around its "import weights" file input.
func TestClassifyPageKeepsInputsInPlace(t *testing.T) {
	simd := &protocol.BackendInfo{Name: "simd", Threads: 2}
	gpu := &protocol.BackendInfo{Name: "webgpu", Adapter: "a GPU"}
	states := map[string]*Classify{
		"starting":    {},
		"downloading": {info: simd, progress: &protocol.Progress{Done: 1, Total: 2}},
		"no weights":  {info: simd, noWeights: "no weights"},
		"on webgpu":   {info: gpu, status: "classifying", loaded: &protocol.Loaded{}},
		"fell back":   {info: simd, fellBack: "the GPU was lost", err: "an error", cameraErr: "denied"},
		"classified": {info: simd, loaded: &protocol.Loaded{}, cameraOn: true, source: "a.png", preview: "a.png",
			top: []protocol.Class{{Name: "cat", Prob: 0.9}}},
	}
	markup := map[string]string{}
	for name, c := range states {
		markup[name] = app.HTMLString(c.Render())
	}
	checkEveryChange(t, markup)
}

// TestReusedInputsCatchesAShift checks the check: a row that vanishes before an
// input of another type is found.
func TestReusedInputsCatchesAShift(t *testing.T) {
	before := app.HTMLString(app.Div().Body(
		app.Label().Body(app.Input().Type("file")),
		app.Label().Body(app.Input().Type("number").Value("3")),
	))
	after := app.HTMLString(app.Div().Body(
		app.Label().Body(app.Input().Type("number").Value("3")),
	))
	if r := reusedInputs(t, before, after); len(r) != 1 {
		t.Fatalf("found %v; want the file input turned into a number field", r)
	}
	withSlots := func(show bool) string {
		return app.HTMLString(app.Div().Body(
			slot(show, app.Label().Body(app.Input().Type("file"))),
			app.Label().Body(app.Input().Type("number").Value("3")),
		))
	}
	if r := reusedInputs(t, withSlots(true), withSlots(false)); len(r) != 0 {
		t.Fatalf("with a slot: %v; want nothing reused", r)
	}
}
