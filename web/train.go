package web

import (
	"fmt"
	"math"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"webtune/web/protocol"
)

// Train is the training demo: pick a served dataset, set the run, start it in the
// compute worker and watch it learn (loss per step, accuracy per epoch, the recipe's
// epoch lines), pause, resume or stop it; the run is checkpointed in browser storage
// and resumes after a reload. The trained model exports as a safetensors file.
type Train struct {
	app.Compo

	datasets *DatasetList
	weights  *WeightsList
	dataset  string // the chosen dataset's name
	settings protocol.TrainSettings
	info     *protocol.BackendInfo

	state     string // "loading", "failed" (no worker), "idle", "preparing", "running", "paused", "stopping", "done", "stopped"
	last      protocol.TrainEvent
	data      protocol.TrainEvent // the data download's progress
	saved     protocol.TrainEvent // the last checkpoint
	history   protocol.History
	epochs    int    // of the run being shown
	resumed   string // what a resume after a reload says
	notes     []string
	err       string
	exported  string // object URL of the exported file
	classes   []string
	imported  *protocol.Load // an imported file to start from (kept by the worker), instead of the served weights
	importing bool
	// The settings the user typed since the last defaults were asked for (a dataset or
	// mode chosen): a reply that comes after them keeps them. defaultsAsked numbers
	// the requests, so that only the last one's reply counts.
	edits         map[string]float64
	defaultsAsked int

	source    string         // "served" (a dataset of the server) or "webcam" (classes filmed here)
	capture   []captureClass // the webcam classes
	camOn     bool
	camErr    string
	capturing int // the class being captured, or -1

	live *trainSession
}

// captureClass is one class filmed with the webcam.
type captureClass struct {
	Name   string
	Frames []capturedFrame
}

// capturedFrame is one webcam frame: a JPEG, and its thumbnail's object URL.
type capturedFrame struct {
	JPEG  []byte
	Thumb string
}

// Render draws the page.
func (p *Train) Render() app.UI {
	return app.Div().Class("page").Body(
		nav("/train"),
		app.Main().Body(
			p.renderSetup(),
			p.renderRun(),
			p.renderCharts(),
			p.renderLog(),
		),
	)
}

func (p *Train) chosen() (DatasetSummary, bool) {
	if p.datasets == nil {
		return DatasetSummary{}, false
	}
	for _, d := range p.datasets.Datasets {
		if d.Name == p.dataset {
			return d, true
		}
	}
	return DatasetSummary{}, false
}

func (p *Train) renderSetup() app.UI {
	sec := app.Section().ID("setup").Class("card").DataSet("state", p.state)
	title := app.H2().Text("Dataset and settings")
	if p.datasets == nil {
		return sec.Body(title, app.P().Class("muted").Text("Loading…"))
	}
	busy := p.state != "idle" && p.state != "done" && p.state != "stopped"
	d, _ := p.chosen()
	s := p.settings
	return sec.Body(title,
		app.Div().Class("row").Body(
			app.Label().Text("Data "),
			app.Select().ID("source").Disabled(busy).OnChange(p.onSource).Body(
				app.Option().Value("served").Selected(p.source != "webcam").Text("a dataset of this server"),
				app.Option().Value("webcam").Selected(p.source == "webcam").Text("classes you film with the webcam"),
			),
		),
		slot(p.source == "webcam", p.renderCapture(busy)),
		slot(p.source != "webcam", app.Div().Class("row").Body(
			app.Label().Text("Dataset "),
			app.Select().ID("dataset").Disabled(busy).OnChange(p.onDataset).Body(
				app.Range(p.datasets.Datasets).Slice(func(i int) app.UI {
					n := p.datasets.Datasets[i].Name
					return app.Option().Value(n).Selected(n == p.dataset).Text(n)
				}),
			),
			app.Label().Text(" Mode "),
			app.Select().ID("mode").Disabled(busy).OnChange(p.onMode).Body(
				app.Option().Value("finetune").Selected(s.Mode == "finetune").Text("fine-tune (pretrained, fc ×10 lr)"),
				app.Option().Value("scratch").Selected(s.Mode == "scratch").Text("from scratch"),
				app.Option().Value("linear").Selected(s.Mode == "linear").Text("head only (frozen backbone)"),
				app.Option().Value(protocol.ModeCompare).Selected(s.Mode == protocol.ModeCompare).Text("from scratch, then fine-tuned: side by side"),
			),
		)),
		slot(p.source != "webcam" && d.Name != "", renderDataset(d)),
		slot(s.Mode != string(protocolScratch), p.renderStart(busy)),
		app.Div().Class("row settings").Body(
			numField("epochs", "epochs", float64(s.Epochs), busy, p.onSetting),
			numField("batch", "batch", float64(s.Batch), busy, p.onSetting),
			numField("size", "image size", float64(s.Size), busy, p.onSetting),
			numField("lr", lrLabel(s.Mode), s.LR, busy, p.onSetting),
			slot(s.Mode == protocol.ModeCompare, numField("scratchLR", "from-scratch lr", s.ScratchLR, busy, p.onSetting)),
			numField("momentum", "momentum", s.Momentum, busy, p.onSetting),
			numField("weightDecay", "weight decay", s.WeightDecay, busy, p.onSetting),
			numField("cropMin", "crop min area", s.CropMin, busy, p.onSetting),
		),
		slot(s.Note != "", app.P().ID("settings-note").Class("muted").Text("Defaults: "+s.Note+".")),
	)
}

// protocolScratch is the from-scratch mode's name in TrainSettings.
const protocolScratch = "scratch"

// renderStart says which weights a run that starts pretrained starts from: the
// server's (the ImageNet model), or a file the user imports, such as a model exported
// from an earlier run (one with as many classes keeps its head: training continues it).
func (p *Train) renderStart(busy bool) app.UI {
	from := "no pretrained weights on this server: import a file, or choose from scratch"
	if p.imported != nil {
		from = "your file " + p.imported.Name
	} else if wf, ok := pickWeights(p.weightFiles()); ok {
		from = "the server's " + wf.Name
	}
	if p.importing {
		from = "checking the file…"
	}
	return app.Div().Class("row").Body(
		app.Span().ID("train-start").Text("Starts from: "+from+" "),
		app.Label().Class("button").Body(
			app.Text("import a model file"),
			app.Input().ID("train-import").Type("file").Accept(".safetensors,.pth,.pt").Disabled(busy).
				Style("display", "none").OnChange(p.onImport),
		),
	)
}

func (p *Train) weightFiles() []WeightsFile {
	if p.weights == nil {
		return nil
	}
	return p.weights.Weights
}

func lrLabel(mode string) string {
	if mode == protocol.ModeCompare {
		return "fine-tune lr"
	}
	return "lr"
}

// setSetting sets one field of the run's settings by its form name.
func setSetting(s *protocol.TrainSettings, field string, v float64) {
	switch field {
	case "epochs":
		s.Epochs = int(v)
	case "batch":
		s.Batch = int(v)
	case "size":
		s.Size = int(v)
	case "lr":
		s.LR = v
	case "scratchLR":
		s.ScratchLR = v
	case "momentum":
		s.Momentum = v
	case "weightDecay":
		s.WeightDecay = v
	case "cropMin":
		s.CropMin = v
	}
}

// askDefaults starts a request for default settings (a dataset or mode was chosen)
// and returns its number: edits from now on outlive its reply.
func (p *Train) askDefaults() int {
	p.defaultsAsked++
	p.edits = nil
	return p.defaultsAsked
}

// edit sets a field the user typed.
func (p *Train) edit(field string, v float64) {
	setSetting(&p.settings, field, v)
	if p.edits == nil {
		p.edits = map[string]float64{}
	}
	p.edits[field] = v
}

// takeDefaults shows the defaults of request asked, unless a later request was made,
// with the fields the user typed while they were on their way kept as typed.
func (p *Train) takeDefaults(asked int, s protocol.TrainSettings) {
	if asked != p.defaultsAsked {
		return
	}
	for field, v := range p.edits {
		setSetting(&s, field, v)
	}
	p.settings = s
}

func numField(id, label string, v float64, disabled bool, on func(string) app.EventHandler) app.UI {
	return app.Label().Class("field").Body(
		app.Text(label+" "),
		app.Input().ID("set-"+id).Type("number").Attr("step", "any").Value(fmt.Sprint(v)).Disabled(disabled).OnChange(on(id)),
	)
}

func (p *Train) renderRun() app.UI {
	l := p.last
	var progress app.UI = app.Div()
	switch {
	case p.state == "preparing" && p.data.Total > 0 && p.data.Done < p.data.Total:
		progress = bar("data-progress", float64(p.data.Done)/float64(p.data.Total),
			fmt.Sprintf("images %d of %d (downloaded, checked and kept in browser storage)", p.data.Done, p.data.Total))
	case l.Batches > 0:
		frac := (float64(l.Epoch-1) + float64(l.Batch)/float64(l.Batches)) / float64(max(1, l.Epochs))
		progress = bar("run-progress", frac, fmt.Sprintf("%sepoch %d of %d · batch %d of %d · %.1f img/s · %s left",
			legName(l.Leg, ": "), l.Epoch, l.Epochs, l.Batch, l.Batches, l.ImgPerSec, duration(l.ETASec)))
	}
	backend, fallback := "starting the compute worker…", ""
	if p.info != nil {
		fallback = p.info.Fallback
		backend = p.info.Name
		if p.info.Name == "simd" {
			backend += fmt.Sprintf(" (%d threads)", p.info.Threads)
		} else {
			backend += " (" + p.info.Adapter + ")"
		}
	}
	return app.Section().ID("run").Class("card").DataSet("state", p.state).DataSet("step", p.last.Step).
		DataSet("loss", p.last.Loss).DataSet("backend", backendName(p.info)).Body(
		app.H2().Text("Run"),
		app.Div().Class("row").Body(
			app.Button().ID("start").Text("Start").Disabled(!(p.state == "idle" || p.state == "done" || p.state == "stopped") || p.dataset == "").OnClick(p.onStart),
			app.Button().ID("pause").Text("Pause").Disabled(p.state != "running").OnClick(p.onControl(protocol.ActionPause)),
			app.Button().ID("resume").Text("Resume").Disabled(p.state != "paused").OnClick(p.onControl(protocol.ActionResume)),
			app.Button().ID("stop").Text("Stop").Disabled(p.state != "running" && p.state != "paused").OnClick(p.onControl(protocol.ActionStop)),
			app.If(p.state == "running" && backendName(p.info) == "webgpu",
				app.Button().ID("lose-gpu").Text("Simulate a lost GPU").OnClick(p.onControl(protocol.ActionLoseGPU))),
			app.Button().ID("export").Text("Export model").Disabled(len(p.history.Epochs) == 0 && p.state != "done").OnClick(p.onExport),
			app.If(len(p.history.Epochs) > 0, app.A().ID("use-model").Class("button").Href("/classify?model=trained").Text("Use this model")),
			app.If(p.exported != "", app.A().ID("download").Href(p.exported).Attr("download", "webtune-model.safetensors").Text("download webtune-model.safetensors")),
			app.Span().Class("muted").Text("state: "+p.state+" · compute: "+backend),
		),
		progress,
		app.If(p.resumed != "", app.P().ID("resumed").Class("warn").Text(p.resumed)),
		app.If(p.saved.Bytes > 0, app.P().ID("checkpoint").Class("muted").Text(fmt.Sprintf(
			"last checkpoint in browser storage: step %d, %s written in %.1f s", p.saved.Step, FormatBytes(p.saved.Bytes), p.saved.Seconds))),
		app.If(fallback != "", app.P().ID("fallback").Class("warn").Text(fallback)),
		app.If(len(p.notes) > 0, app.Ul().ID("notes").Class("muted").Body(app.Range(p.notes).Slice(func(i int) app.UI { return app.Li().Text(p.notes[i]) }))),
		app.If(p.err != "", app.P().ID("error").Class("error").Text(p.err)),
	)
}

func backendName(info *protocol.BackendInfo) string {
	if info == nil {
		return ""
	}
	return info.Name
}

func bar(id string, frac float64, text string) app.UI {
	return app.Div().ID(id).Class("progress").Body(
		app.Div().Class("bar").Style("width", fmt.Sprintf("%.1f%%", 100*math.Min(1, math.Max(0, frac)))),
		app.Span().Text(text),
	)
}

func duration(sec float64) string {
	if sec <= 0 || math.IsInf(sec, 0) || math.IsNaN(sec) {
		return "—"
	}
	if sec < 90 {
		return fmt.Sprintf("%.0f s", sec)
	}
	return fmt.Sprintf("%.0f min", sec/60)
}

// Chart geometry, in SVG user units.
const chartW, chartH, chartPad = 520.0, 180.0, 36.0

// Series colours. SVG elements take presentation attributes, not the page's classes.
const (
	colorLoss    = "#1f6feb"
	colorTrain   = "#8250df"
	colorTest    = "#1a7f37"
	colorScratch = "#d4650f"
)

// legName names a compare run's leg for the page, followed by sep; "" otherwise.
func legName(leg, sep string) string {
	switch leg {
	case protocol.LegScratch:
		return "from scratch" + sep
	case protocol.LegFinetune:
		return "fine-tune" + sep
	}
	return ""
}

func (p *Train) renderCharts() app.UI {
	return app.Section().ID("charts").Class("card").Body(
		app.H2().Text("Learning curves"),
		app.Div().Class("charts").Body(
			app.Div().Body(app.H3().Text("training loss per step"), lossChart(p.history, p.leg())),
			app.Div().Body(app.H3().Text("accuracy per epoch (train, test)"), accuracyChart(p.history, p.leg(), max(p.epochs, len(p.history.Epochs)))),
		),
	)
}

// leg is the compare leg the shown history belongs to ("" outside compare runs).
func (p *Train) leg() string {
	switch {
	case p.history.Scratch != nil:
		return protocol.LegFinetune
	case p.settings.Mode == protocol.ModeCompare:
		return protocol.LegScratch
	}
	return ""
}

// series is one line of a chart: its points in data units, colour, dashes and name.
type series struct {
	name  string
	color string
	dash  bool
	ys    []float64
}

// lossChart draws the loss of every step, and in a compare run the finished
// from-scratch leg's beside it.
func lossChart(h protocol.History, leg string) app.UI {
	var lines []series
	if h.Scratch != nil {
		lines = append(lines, series{name: "from scratch", color: colorScratch, ys: float64s(h.Scratch.Losses)})
	}
	lines = append(lines, series{name: legName(leg, ""), color: colorLoss, ys: float64s(h.Losses)})
	top, n := 0.0, 0
	for _, l := range lines {
		n = max(n, len(l.ys))
		for _, v := range l.ys {
			if !math.IsNaN(v) && !math.IsInf(v, 0) {
				top = math.Max(top, v)
			}
		}
	}
	x := func(i int) float64 { return float64(i) / float64(max(1, n-1)) }
	return svgChart("loss-chart", n, drawn(lines), fmt.Sprintf("%.2f", top), "0", fmt.Sprintf("step %d", n),
		plot(lines, x, func(v float64) float64 { return v / math.Max(top, 1e-9) })...)
}

// accuracyChart draws train and test accuracy per epoch over 0..1, and in a compare
// run the from-scratch leg's dashed.
func accuracyChart(h protocol.History, leg string, epochs int) app.UI {
	acc := func(lines []protocol.EpochLine, test bool) []float64 {
		ys := make([]float64, len(lines))
		for i, l := range lines {
			ys[i] = l.TrainAcc
			if test {
				ys[i] = l.TestAcc
			}
		}
		return ys
	}
	name := func(leg, what string) string { return strings.TrimSpace(legName(leg, " ") + what) }
	var lines []series
	if h.Scratch != nil {
		lines = append(lines,
			series{name: name(protocol.LegScratch, "train"), color: colorTrain, dash: true, ys: acc(h.Scratch.Epochs, false)},
			series{name: name(protocol.LegScratch, "test"), color: colorTest, dash: true, ys: acc(h.Scratch.Epochs, true)})
	}
	lines = append(lines,
		series{name: name(leg, "train"), color: colorTrain, ys: acc(h.Epochs, false)},
		series{name: name(leg, "test"), color: colorTest, ys: acc(h.Epochs, true)})
	x := func(i int) float64 { return float64(i+1) / float64(max(1, epochs)) }
	return svgChart("acc-chart", len(h.Epochs), drawn(lines), "1", "0", fmt.Sprintf("epoch %d", epochs),
		plot(lines, x, func(v float64) float64 { return v })...)
}

// drawn counts the series that have points.
func drawn(lines []series) int {
	n := 0
	for _, l := range lines {
		if len(l.ys) > 0 {
			n++
		}
	}
	return n
}

func float64s(v []float32) []float64 {
	out := make([]float64, len(v))
	for i, f := range v {
		out[i] = float64(f)
	}
	return out
}

// plot draws each series with a point and the series' name in the legend; x and y
// map an index and a value onto 0..1 of the plot area.
func plot(lines []series, x func(int) float64, y func(float64) float64) []app.UI {
	var out []app.UI
	shown := 0
	for _, l := range lines {
		if len(l.ys) == 0 {
			continue
		}
		pts := make([]string, len(l.ys))
		for i, v := range l.ys {
			pts[i] = fmt.Sprintf("%.1f,%.1f", chartPad+(chartW-2*chartPad)*x(i), chartH-chartPad-(chartH-2*chartPad)*y(v))
		}
		out = append(out, polyline(pts, l.color, l.dash))
		if l.name != "" {
			// Two names a row: a compare run's four fit without overlapping.
			out = append(out, legend(chartPad+8+190*float64(shown%2), chartPad+14+14*float64(shown/2), l.color, l.dash, l.name))
		}
		shown++
	}
	return out
}

// svgChart frames a chart; its data attributes say how many points (steps or epochs)
// and lines it draws.
func svgChart(id string, n, drawn int, top, bottom, right string, lines ...app.UI) app.UI {
	text := func(x, y float64, anchor, s string) app.UI {
		return svgText(x, y, anchor, "#5b6470", s)
	}
	body := []app.UI{
		svgEl("rect").Attr("x", chartPad).Attr("y", chartPad).Attr("width", chartW-2*chartPad).Attr("height", chartH-2*chartPad).
			Attr("fill", "none").Attr("stroke", "#dfe3e8"),
		text(chartPad-4, chartPad+4, "end", top), text(chartPad-4, chartH-chartPad, "end", bottom),
		text(chartW-chartPad, chartH-8, "end", right),
	}
	return svgEl("svg").ID(id).DataSet("points", n).DataSet("series", drawn).Attr("viewBox", fmt.Sprintf("0 0 %.0f %.0f", chartW, chartH)).
		Attr("class", "chart").Body(append(body, lines...)...)
}

func (p *Train) renderLog() app.UI {
	var text []string
	if p.history.Scratch != nil {
		text = append(text, "from scratch:")
		for _, l := range p.history.Scratch.Epochs {
			text = append(text, l.Text)
		}
		text = append(text, "", "fine-tune:")
	}
	for _, l := range p.history.Epochs {
		text = append(text, l.Text)
	}
	return app.Section().ID("log").Class("card").Body(
		app.H2().Text("Epochs"),
		app.Pre().ID("epoch-log").Class("mono").Text(strings.Join(text, "\n")),
		app.Button().ID("copy-log").Text("Copy").OnClick(p.onCopyLog),
	)
}

// svgEl is an SVG element (created in the SVG namespace, or the browser draws
// nothing).
func svgEl(tag string) app.HTMLElem { return app.Elem(tag).XMLNS("http://www.w3.org/2000/svg") }

func polyline(pts []string, color string, dash bool) app.UI {
	l := svgEl("polyline").Attr("points", strings.Join(pts, " ")).Attr("fill", "none").
		Attr("stroke", color).Attr("stroke-width", 1.8).Attr("stroke-linejoin", "round")
	if dash {
		l = l.Attr("stroke-dasharray", "5 3")
	}
	return l
}

func svgText(x, y float64, anchor, color, s string) app.UI {
	return svgEl("text").Attr("x", x).Attr("y", y).Attr("text-anchor", anchor).Attr("font-size", 11).Attr("fill", color).Text(s)
}

func legend(x, y float64, color string, dash bool, name string) app.UI {
	mark := "— "
	if dash {
		mark = "- - "
	}
	return svgText(x, y, "start", color, mark+name)
}

// renderCapture is the webcam dataset builder: classes with names, a button held down
// to capture frames into a class, counts and thumbnails (a click removes a frame).
func (p *Train) renderCapture(busy bool) app.UI {
	return app.Div().ID("capture").Body(
		app.Div().Class("capture").Body(
			app.Video().ID("capture-video").Class("video small").AutoPlay(true).Muted(true).Attr("playsinline", true),
			app.Div().Body(
				app.Range(p.capture).Slice(func(i int) app.UI {
					c := p.capture[i]
					return app.Div().Class("capture-class").DataSet("frames", len(c.Frames)).Body(
						app.Div().Class("row").Body(
							app.Input().ID(fmt.Sprintf("class-name-%d", i)).Type("text").Class("short").Value(c.Name).
								Disabled(busy).OnChange(p.onClassName(i)),
							app.Button().ID(fmt.Sprintf("capture-%d", i)).Text("Hold to capture").Disabled(busy || !p.camOn).
								On("pointerdown", p.onCaptureStart(i)).On("pointerup", p.onCaptureStop).On("pointerleave", p.onCaptureStop),
							app.Span().Class("muted").Text(fmt.Sprintf("%d frames (every 5th held out for testing)", len(c.Frames))),
						),
						app.Div().Class("thumbs").Body(app.Range(c.Frames).Slice(func(k int) app.UI {
							return app.Img().Class("thumb").Src(c.Frames[k].Thumb).Title("click to remove").OnClick(p.onRemoveFrame(i, k))
						})),
					)
				}),
				app.Div().Class("row").Body(
					app.Button().ID("add-class").Text("Add class").Disabled(busy).OnClick(p.onAddClass),
					app.If(!p.camOn, app.Button().ID("capture-camera").Text("Start camera").OnClick(p.onCaptureCamera)),
				),
				app.If(p.camErr != "", app.P().ID("capture-error").Class("error").Text(p.camErr)),
			),
		),
		app.Div().Class("row").Body(
			app.Label().Text("Mode "),
			app.Select().ID("mode").Disabled(busy).OnChange(p.onMode).Body(
				app.Option().Value("linear").Selected(p.settings.Mode == "linear").Text("head only (frozen backbone: fast)"),
				app.Option().Value("finetune").Selected(p.settings.Mode == "finetune").Text("fine-tune (pretrained, fc ×10 lr)"),
				app.Option().Value("scratch").Selected(p.settings.Mode == "scratch").Text("from scratch"),
			),
		),
	)
}
