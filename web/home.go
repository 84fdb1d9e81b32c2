package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Home is the first page: what the server offers (weights, datasets) and what this
// browser offers for compute.
type Home struct {
	app.Compo

	weights     *WeightsList
	weightsErr  string
	datasets    *DatasetList
	datasetsErr string
	cpu         Compute
	gpu         Compute
	gpuDone     bool
}

// OnMount loads the listings and probes the browser; it does nothing on the server,
// where go-app pre-renders the loading state.
func (h *Home) OnMount(ctx app.Context) {
	if app.IsServer {
		return
	}
	h.cpu = probeCPU()
	probeGPU(func(c Compute) {
		ctx.Dispatch(func(app.Context) { h.gpu, h.gpuDone = c, true })
	})
	base := app.Window().URL()
	ctx.Async(func() {
		var wl WeightsList
		err := getJSON(base, WeightsPath, &wl)
		ctx.Dispatch(func(app.Context) {
			if err != nil {
				h.weightsErr = err.Error()
				return
			}
			h.weights = &wl
		})
	})
	ctx.Async(func() {
		var dl DatasetList
		err := getJSON(base, DatasetsPath, &dl)
		ctx.Dispatch(func(app.Context) {
			if err != nil {
				h.datasetsErr = err.Error()
				return
			}
			h.datasets = &dl
		})
	})
}

// getJSON fetches path relative to the page's origin into v.
func getJSON(base *url.URL, path string, v any) error {
	u := url.URL{Scheme: base.Scheme, Host: base.Host, Path: path}
	resp, err := http.Get(u.String())
	if err != nil {
		return fmt.Errorf("fetching %s: %w", path, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("fetching %s: %s", path, resp.Status)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	return nil
}

// Render draws the page.
func (h *Home) Render() app.UI {
	return app.Div().Class("page").Body(
		nav("/"),
		app.P().Class("lead").Text("Fine-tune ResNet-18 in your browser: WebGPU when there is a GPU, WebAssembly SIMD on every core when there is not. "+
			"Classify what your webcam sees, or train on a dataset."),
		app.Main().Body(
			h.renderWeights(),
			h.renderDatasets(),
			h.renderCompute(),
		),
	)
}

// state is the data-state attribute tests wait on: loading, ready or error.
func state(ready bool, err string) string {
	switch {
	case err != "":
		return "error"
	case ready:
		return "ready"
	}
	return "loading"
}

func (h *Home) renderWeights() app.UI {
	sec := app.Section().ID("weights").Class("card").DataSet("state", state(h.weights != nil, h.weightsErr))
	title := app.H2().Text("Weights")
	switch {
	case h.weightsErr != "":
		return sec.Body(title, app.P().Class("error").Text(h.weightsErr))
	case h.weights == nil:
		return sec.Body(title, app.P().Class("muted").Text("Loading…"))
	case len(h.weights.Weights) == 0:
		return sec.Body(title,
			app.P().ID("no-weights").Class("warn").Text("No pretrained weights are present on this server. Training starts from random init (the from-scratch recipe)."),
			app.P().Class("muted").Text(h.weights.Note),
		)
	}
	return sec.Body(title,
		app.Table().Body(
			app.Tr().Body(app.Th().Text("name"), app.Th().Text("size"), app.Th().Text("dtype"), app.Th().Text("classes"), app.Th().Text("sha256")),
			app.Range(h.weights.Weights).Slice(func(i int) app.UI {
				wf := h.weights.Weights[i]
				return app.Tr().Class("weights-row").Body(
					app.Td().Body(app.A().Href(wf.URL).Text(wf.Name)),
					app.Td().Text(FormatBytes(wf.Size)),
					app.Td().Text(wf.DType),
					app.Td().Title(strings.Join(firstN(wf.Classes, 20), ", ")).Text(classSummary(wf)),
					app.Td().Class("mono").Text(shortHash(wf.SHA256)),
				)
			}),
		),
	)
}

func (h *Home) renderDatasets() app.UI {
	sec := app.Section().ID("datasets").Class("card").DataSet("state", state(h.datasets != nil, h.datasetsErr))
	title := app.H2().Text("Datasets")
	switch {
	case h.datasetsErr != "":
		return sec.Body(title, app.P().Class("error").Text(h.datasetsErr))
	case h.datasets == nil:
		return sec.Body(title, app.P().Class("muted").Text("Loading…"))
	case len(h.datasets.Datasets) == 0:
		return sec.Body(title, app.P().Class("warn").Text("No dataset is served."))
	}
	return sec.Body(title,
		app.Range(h.datasets.Datasets).Slice(func(i int) app.UI {
			return renderDataset(h.datasets.Datasets[i])
		}),
	)
}

func renderDataset(d DatasetSummary) app.UI {
	kind := "photos"
	if d.Builtin {
		kind = "built-in, procedurally drawn"
	}
	return app.Div().Class("dataset").DataSet("name", d.Name).Body(
		app.H3().Body(
			app.Text(d.Name),
			app.Span().Class("muted").Text(fmt.Sprintf(" — %d images, %s, %d classes (%s)", d.Images, FormatBytes(d.Bytes), len(d.Classes), kind)),
		),
		app.If(d.Skipped > 0, app.P().Class("warn").Text(fmt.Sprintf("%d files were left out (not readable images; see the server log).", d.Skipped))),
		app.Div().Class("classes").Body(
			app.Range(d.Classes).Slice(func(c int) app.UI {
				name := d.Classes[c]
				return app.Div().Class("class").Body(
					app.Div().Class("class-name").Text(fmt.Sprintf("%s (%s)", name, splitCounts(d, c))),
					app.Div().Class("thumbs").Body(
						app.Range(d.Samples[name]).Slice(func(k int) app.UI {
							return app.Img().Class("thumb").Src(d.Samples[name][k]).Alt(name)
						}),
					),
				)
			}),
		),
	)
}

func (h *Home) renderCompute() app.UI {
	ready := h.cpu.Probed && h.gpuDone
	sec := app.Section().ID("compute").Class("card").DataSet("state", state(ready, ""))
	title := app.H2().Text("Compute in this browser")
	if !ready {
		return sec.Body(title, app.P().Class("muted").Text("Probing…"))
	}
	var gpu app.UI
	if h.gpu.WebGPU {
		gpu = app.Div().ID("webgpu").Body(
			app.P().Body(app.Strong().Text("WebGPU: "), app.Text(h.gpu.Adapter)),
			app.Table().Class("limits").Body(
				app.Range(h.gpu.Limits).Slice(func(i int) app.UI {
					return app.Tr().Body(app.Td().Text(h.gpu.Limits[i][0]), app.Td().Class("mono").Text(h.gpu.Limits[i][1]))
				}),
				app.Tr().Body(app.Td().Text("features"), app.Td().Text(strings.Join(h.gpu.Features, ", "))),
			),
		)
	} else {
		gpu = app.P().ID("webgpu").Body(app.Strong().Text("WebGPU: "), app.Text("not available — "+h.gpu.GPUNote))
	}
	return sec.Body(title,
		gpu,
		app.Table().ID("cpu").Body(
			app.Tr().Body(app.Td().Text("WebAssembly SIMD"), app.Td().ID("simd").Text(yesNo(h.cpu.SIMD))),
			app.Tr().Body(app.Td().Text("threads (hardwareConcurrency)"), app.Td().ID("threads").Text(fmt.Sprint(h.cpu.Threads))),
			app.Tr().Body(app.Td().Text("cross-origin isolated"), app.Td().ID("isolated").Text(yesNo(h.cpu.Isolated))),
			app.Tr().Body(app.Td().Text("SharedArrayBuffer"), app.Td().ID("sab").Text(yesNo(h.cpu.SharedArray))),
		),
	)
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func splitCounts(d DatasetSummary, class int) string {
	var parts []string
	for _, s := range Splits {
		if n := d.Counts[s]; class < len(n) {
			parts = append(parts, fmt.Sprintf("%s %d", s, n[class]))
		}
	}
	return strings.Join(parts, ", ")
}

func classSummary(w WeightsFile) string {
	if len(w.Classes) == 0 {
		return fmt.Sprint(w.NumClasses)
	}
	return fmt.Sprintf("%d: %s…", w.NumClasses, strings.Join(firstN(w.Classes, 3), ", "))
}

func firstN(s []string, n int) []string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func shortHash(h string) string {
	if len(h) > 16 {
		return h[:16] + "…"
	}
	return h
}

// FormatBytes writes n as B, KB, MB or GB (powers of 1000, as download sizes are shown).
func FormatBytes(n int64) string {
	const unit = 1000
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %cB", float64(n)/float64(div), "kMGT"[exp])
}
