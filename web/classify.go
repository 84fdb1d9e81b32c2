package web

import (
	"fmt"
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"webtune/web/protocol"
)

// Classify is the live classification page: the webcam (or a dropped file, or a
// served image) classified by the compute worker, top-5 as bars, with the backend,
// the model's latency and the frame rate.
type Classify struct {
	app.Compo

	backend   string                // the backend asked for: protocol.BackendAuto/WebGPU/SIMD
	info      *protocol.BackendInfo // what the worker computes on
	fellBack  string                // why the worker left WebGPU, when it did
	model     string                // name of the weights in use
	classes   int
	progress  *protocol.Progress // of the weights' download
	loaded    *protocol.Loaded
	noWeights string // why there is nothing to classify with
	status    string // what is happening, for the user
	err       string // the last error, in words with what to do

	cameras   []camera
	cameraID  string
	cameraOn  bool
	cameraErr string

	top      []protocol.Class
	source   string  // what the prediction is of: "webcam", a file name, a URL
	preview  string  // object URL or path of a classified file, shown beside the bars
	latency  window  // model milliseconds of the last frames
	frames   []int64 // unix milliseconds of recent webcam predictions, for the rate
	imageURL string  // the URL field's text

	live *liveSession // the browser side; nil when pre-rendered on the server
}

type camera struct{ ID, Label string }

// window keeps the last n values and gives their median.
type window struct {
	vals []float64
	n    int
}

func (w *window) add(v float64) {
	if w.n == 0 {
		w.n = 30
	}
	w.vals = append(w.vals, v)
	if len(w.vals) > w.n {
		w.vals = w.vals[len(w.vals)-w.n:]
	}
}

func (w *window) median() float64 {
	if len(w.vals) == 0 {
		return 0
	}
	s := slices.Clone(w.vals)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// fps is the rate of webcam predictions over the last two seconds.
func fps(frames []int64) float64 {
	if len(frames) < 2 {
		return 0
	}
	span := float64(frames[len(frames)-1]-frames[0]) / 1000
	if span <= 0 {
		return 0
	}
	return float64(len(frames)-1) / span
}

// Render draws the page.
func (c *Classify) Render() app.UI {
	return app.Div().Class("page").Body(
		nav("/classify"),
		app.Main().Body(
			c.renderStatus(),
			app.Div().Class("classify").Body(
				c.renderCamera(),
				c.renderResult(),
			),
			c.renderFiles(),
		),
	)
}

// nav is the header every page shares, with the current page marked.
func nav(current string) app.UI {
	link := func(path, text string) app.UI {
		a := app.A().Href(path).Text(text)
		if path == current {
			a = a.Class("current")
		}
		return a
	}
	return app.Header().Class("top").Body(
		app.H1().Body(app.A().Href("/").Text("webtune")),
		app.Nav().Body(link("/", "Overview"), link("/classify", "Classify"), link("/train", "Train")),
	)
}

func (c *Classify) renderStatus() app.UI {
	sec := app.Section().ID("status").Class("card")
	var backend app.UI = app.Span().ID("backend").DataSet("name", "").Text("starting the compute worker…")
	if c.info != nil {
		text := c.info.Name
		if c.info.Name == "webgpu" {
			text += " — " + c.info.Adapter
		} else {
			text += fmt.Sprintf(" — %d threads, relaxed SIMD %s, cross-origin isolated %s", c.info.Threads, yesNo(c.info.Relaxed), yesNo(c.info.Isolated))
		}
		backend = app.Span().ID("backend").DataSet("name", c.info.Name).Title(c.info.Why).Text(text)
	}
	return sec.Body(
		app.Div().Class("row").Body(
			app.Strong().Text("Compute: "), backend,
			app.Select().ID("backend-choice").OnChange(c.onBackend).Body(
				app.Option().Value(protocol.BackendAuto).Selected(c.backend == protocol.BackendAuto).Text("auto"),
				app.Option().Value(protocol.BackendWebGPU).Selected(c.backend == protocol.BackendWebGPU).Text("WebGPU"),
				app.Option().Value(protocol.BackendSIMD).Selected(c.backend == protocol.BackendSIMD).Text("SIMD"),
			),
		),
		slot(c.info != nil, app.P().Class("muted").Text(c.whyText())),
		slot(c.info != nil && c.info.Name == "webgpu",
			app.P().Class("muted").Body(app.Button().ID("lose-device").Class("link").Text("Simulate a lost GPU").OnClick(c.onLoseDevice),
				app.Text(" (destroys the device as a driver reset would; the worker falls back to SIMD)"))),
		slot(c.fellBack != "", app.P().ID("fallback").Class("warn").Text(c.fellBack)),
		app.Div().Class("row").Body(app.Strong().Text("Model: "), app.Span().ID("model").Text(c.modelText()),
			app.Label().Class("muted").Body(app.Text(" · import weights (.safetensors, torchvision .pth): "),
				app.Input().ID("import").Type("file").Accept(".safetensors,.pth").OnChange(c.onImport))),
		slot(c.progress != nil && c.loaded == nil, c.renderProgress()),
		slot(c.noWeights != "", app.P().ID("no-weights").Class("warn").Text(c.noWeights)),
		slot(c.status != "", app.P().ID("status-text").Class("muted").Text(c.status)),
		slot(c.err != "", app.P().ID("error").Class("error").Text(c.err)),
	)
}

func (c *Classify) whyText() string {
	if c.info == nil {
		return ""
	}
	return "Why: " + c.info.Why + "."
}

func (c *Classify) modelText() string {
	switch {
	case c.loaded != nil:
		from := "downloaded"
		if c.loaded.FromCache {
			from = "from browser storage"
		}
		l := c.loaded
		return fmt.Sprintf("%s, %d classes (%s, ready in %.1f s: fetch %.1f, read %.1f, build %.1f)",
			c.model, c.classes, from, l.Seconds, l.FetchSec, l.ParseSec, l.CompileSec)
	case c.model != "":
		return c.model + " (loading)"
	}
	return "none yet"
}

func (c *Classify) renderProgress() app.UI {
	p := c.progress
	if p == nil { // app.If evaluates its body even when the condition is false
		return app.Div()
	}
	text := p.Phase
	var frac float64
	switch {
	case p.Phase == "download" && p.Total > 0:
		frac = float64(p.Done) / float64(p.Total)
		text = fmt.Sprintf("downloading: %s of %s", FormatBytes(p.Done), FormatBytes(p.Total))
	case p.Phase == "verify":
		frac, text = 1, "checking the sha256…"
	case p.Phase == "compile":
		frac, text = 1, "building the network…"
	}
	return app.Div().ID("progress").Class("progress").Body(
		app.Div().Class("bar").Style("width", fmt.Sprintf("%.1f%%", 100*frac)),
		app.Span().Text(text),
	)
}

func (c *Classify) renderCamera() app.UI {
	return app.Section().ID("camera").Class("card").Body(
		app.H2().Text("Webcam"),
		app.Video().ID("video").Class("video").AutoPlay(true).Muted(true).Attr("playsinline", true),
		app.Div().Class("row").Body(
			app.If(!c.cameraOn, app.Button().ID("camera-start").Text("Start camera").OnClick(c.onCameraStart)),
			app.If(c.cameraOn, app.Button().ID("camera-stop").Text("Stop camera").OnClick(c.onCameraStop)),
			app.If(len(c.cameras) > 1, app.Select().ID("camera-choice").OnChange(c.onCameraChoice).Body(
				app.Range(c.cameras).Slice(func(i int) app.UI {
					return app.Option().Value(c.cameras[i].ID).Selected(c.cameras[i].ID == c.cameraID).Text(c.cameras[i].Label)
				}),
			)),
		),
		app.If(c.cameraErr != "", app.P().ID("camera-error").Class("error").Text(c.cameraErr)),
	)
}

func (c *Classify) renderResult() app.UI {
	stats := fmt.Sprintf("model latency %.1f ms (median of the last %d)", c.latency.median(), len(c.latency.vals))
	if c.source == "webcam" {
		stats += fmt.Sprintf(" · %.1f frames/s", fps(c.frames))
	}
	return app.Section().ID("result").Class("card").DataSet("count", len(c.latency.vals)).Body(
		app.H2().Text("What ResNet-18 sees"),
		app.If(len(c.top) == 0, app.P().Class("muted").Text("No prediction yet.")),
		app.If(len(c.top) > 0,
			app.P().Class("muted").Body(app.Text("Of: "), app.Span().ID("source").Text(c.source)),
			app.If(c.preview != "", app.Img().ID("preview").Class("preview").Src(c.preview).Alt(c.source)),
			app.Div().ID("top").Body(app.Range(c.top).Slice(func(i int) app.UI {
				t := c.top[i]
				return app.Div().Class("pred").DataSet("index", t.Index).DataSet("prob", fmt.Sprintf("%.6f", t.Prob)).Body(
					app.Span().Class("pred-name").Text(t.Name),
					app.Div().Class("pred-bar").Body(app.Div().Class("bar").Style("width", fmt.Sprintf("%.1f%%", 100*t.Prob))),
					app.Span().Class("pred-prob mono").Text(fmt.Sprintf("%.1f%%", 100*t.Prob)),
				)
			})),
			app.P().ID("stats").Class("muted").DataSet("latency", fmt.Sprintf("%.2f", c.latency.median())).
				DataSet("fps", fmt.Sprintf("%.2f", fps(c.frames))).Text(stats),
		),
	)
}

func (c *Classify) renderFiles() app.UI {
	return app.Section().ID("files").Class("card").Body(
		app.H2().Text("Or classify an image"),
		app.Div().ID("drop").Class("drop").OnDragOver(func(ctx app.Context, e app.Event) { e.PreventDefault() }).
			OnDrop(c.onDrop).Body(
			app.Text("Drop a JPEG or PNG here, or "),
			app.Input().ID("file").Type("file").Accept("image/jpeg,image/png").OnChange(c.onFile),
		),
		app.Div().Class("row").Body(
			app.Input().ID("image-url").Type("text").Placeholder("/datasets/shapes/test/circle/…jpg").
				Value(c.imageURL).OnChange(c.ValueTo(&c.imageURL)),
			app.Button().ID("image-url-go").Text("Classify URL").OnClick(c.onURL),
		),
		app.P().Class("muted").Text("Paste the path of an image this server serves (a dataset image: the Overview page links them)."),
	)
}

// noWeightsText is what the page says when the server has nothing to classify with.
func noWeightsText(note string) string {
	s := "Classification needs the ImageNet weights, and this server has none. On a machine with internet access run `bin/webtune fetch` " +
		"(or restart `make run`, which downloads them), then reload this page."
	if note = strings.TrimSpace(note); note != "" {
		s += " " + note
	}
	return s
}

// pickWeights chooses what Classify loads: the ImageNet model when served, else the
// first file.
func pickWeights(list []WeightsFile) (WeightsFile, bool) {
	for _, w := range list {
		if w.NumClasses == 1000 && strings.Contains(strings.ToLower(w.Name), "imagenet") {
			return w, true
		}
	}
	if len(list) > 0 {
		return list[0], true
	}
	return WeightsFile{}, false
}
