//go:build js

package simd

import (
	_ "embed"
	"fmt"
	"math"
	"os"
	"sync"
	"syscall/js"

	"webtune/kernels"
	"webtune/kernels/simd/internal/gen"
)

//go:embed pool.js
var poolJS string

// NewBrowser returns the simd backend for a Go program built with GOOS=js GOARCH=wasm
// (in a page or worker that is cross-origin isolated): the kernel module (relaxed-SIMD
// build where WebAssembly.validate accepts it) in this thread and threads-1 workers on
// one shared memory. threads ≤ 0 means navigator.hardwareConcurrency, capped at 8.
func NewBrowser(threads int) kernels.Backend {
	if threads <= 0 {
		threads = 1
		if hc := js.Global().Get("navigator").Get("hardwareConcurrency"); hc.Type() == js.TypeNumber {
			threads = max(1, min(8, hc.Int()))
		}
	}
	return &browserBackend{threads: min(threads, maxThreads)}
}

type browserBackend struct{ threads int }

func (b *browserBackend) Name() string { return "simd" }

var loadPool, noteOnce sync.Once

// await blocks until the promise p settles (the Go runtime yields to the event loop).
func await(p js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	ch := make(chan result, 1)
	then := js.FuncOf(func(_ js.Value, args []js.Value) any { ch <- result{v: args[0]}; return nil })
	catch := js.FuncOf(func(_ js.Value, args []js.Value) any {
		ch <- result{err: fmt.Errorf("%s", args[0].Call("toString").String())}
		return nil
	})
	defer then.Release()
	defer catch.Release()
	p.Call("then", then, catch)
	r := <-ch
	return r.v, r.err
}

func jsBytes(b []byte) js.Value {
	u := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(u, b)
	return u
}

func (b *browserBackend) Compile(p *kernels.Plan) (kernels.Program, error) {
	compile := func(p *kernels.Plan, t gen.Tile) (kernels.Program, error) { return compileBrowser(p, t, b.threads) }
	tile, err := fastestTile("browser", b.threads, compile)
	if err != nil {
		return nil, err
	}
	return compile(p, tile)
}

func compileBrowser(p *kernels.Plan, tile gen.Tile, threads int) (kernels.Program, error) {
	l, routines, err := compileRoutines(p, tile, true)
	if err != nil {
		return nil, fmt.Errorf("simd: %w", err)
	}
	loadPool.Do(func() { js.Global().Call("eval", poolJS) })
	pages := (l.totalSize + 65535) / 65536
	pool, err := await(js.Global().Get("webtuneSimdPool").Call("create", jsBytes(kernelsWasm), jsBytes(kernelsRelaxedWasm),
		jsBytes(kernelsUnsharedWasm), jsBytes(kernelsUnsharedRelaxedWasm), pages, threads, scratchPerThread))
	if err != nil {
		return nil, fmt.Errorf("simd: starting the kernel pool: %w", err)
	}
	if note := pool.Get("note").String(); note != "" {
		noteOnce.Do(func() { fmt.Fprintln(os.Stderr, note) })
	}
	if os.Getenv("SIMD_PROFILE") != "" {
		pool.Set("profile", js.Global().Get("Object").New())
	}
	floats := gen.FloatParams()
	for name, calls := range routines {
		list := make([]any, len(calls))
		for i, c := range calls {
			args := make([]any, len(c.args))
			for j, a := range c.args {
				switch floats[c.fn][j] {
				case 'f':
					args[j] = float64(math.Float32frombits(uint32(a)))
				case 'd':
					args[j] = math.Float64frombits(a)
				default:
					args[j] = float64(uint32(a))
				}
			}
			list[i] = []any{c.fn, args, c.parallel, c.scratch, c.check}
		}
		if _, err := await(pool.Call("define", name, list)); err != nil {
			pool.Call("close")
			return nil, fmt.Errorf("simd: sending routine %q to the workers: %w", name, err)
		}
	}
	return &browserProgram{l: l, pool: pool, what: whatByRoutine(routines), packs: newPackState(l, p.Routines)}, nil
}

// whatByRoutine keeps, per routine and export, the op description for errors.
func whatByRoutine(routines map[string][]call) map[string]map[string]string {
	out := map[string]map[string]string{}
	for name, calls := range routines {
		out[name] = map[string]string{}
		for _, c := range calls {
			out[name][c.fn] = c.what
		}
	}
	return out
}

type browserProgram struct {
	l     *layout
	pool  js.Value
	what  map[string]map[string]string
	packs *packState
}

func (p *browserProgram) span(b kernels.Buf, n int, verb string) (uint32, error) {
	if p.pool.IsUndefined() {
		return 0, fmt.Errorf("simd: %s after Close", verb)
	}
	return p.l.span(b, n, verb)
}

func (p *browserProgram) Write(b kernels.Buf, src []byte) error {
	a, err := p.span(b, len(src), "Write")
	if err != nil {
		return err
	}
	js.CopyBytesToJS(p.pool.Call("bytes", a, len(src)), src)
	p.packs.wrote(b)
	return nil
}

func (p *browserProgram) Read(b kernels.Buf, dst []byte) error {
	a, err := p.span(b, len(dst), "Read")
	if err != nil {
		return err
	}
	js.CopyBytesToGo(dst, p.pool.Call("bytes", a, len(dst)))
	return nil
}

func (p *browserProgram) Run(routine string) error {
	if p.pool.IsUndefined() {
		return fmt.Errorf("simd: Run(%q) after Close", routine)
	}
	if _, ok := p.what[routine]; !ok {
		return fmt.Errorf("simd: no routine %q in the plan", routine)
	}
	if p.packs.needPrep(routine) {
		if err := p.runList(prepName(routine), routine); err != nil {
			return err
		}
		p.packs.prepped(routine)
	}
	p.packs.running(routine)
	return p.runList(routine, routine)
}

// runList replays the call list name (routine or its prep list) on the pool.
func (p *browserProgram) runList(name, routine string) error {
	res, err := await(p.pool.Call("run", name))
	if err != nil {
		return fmt.Errorf("simd: routine %q: %w", routine, err)
	}
	if !res.IsNull() {
		if res.Index(0).Type() == js.TypeString {
			return fmt.Errorf("simd: routine %q: a kernel trapped: %s", routine, res.Index(1).String())
		}
		fn := res.Index(2).String()
		return fmt.Errorf("simd: %s: %w", p.what[name][fn], kernelError(uint32(res.Index(0).Int()), int32(res.Index(1).Int())))
	}
	return nil
}

func (p *browserProgram) Close() error {
	if !p.pool.IsUndefined() {
		if text := p.pool.Call("profileText").String(); text != "" {
			fmt.Fprintln(os.Stderr, text)
		}
		p.pool.Call("close")
		p.pool = js.Undefined()
	}
	return nil
}
