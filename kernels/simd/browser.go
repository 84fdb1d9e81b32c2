//go:build js

package simd

import (
	_ "embed"
	"fmt"
	"math"
	"os"
	"strings"
	"sync"
	"syscall/js"

	"webtune/kernels"
	"webtune/wasm/jsutil"
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

func jsBytes(b []byte) js.Value {
	u := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(u, b)
	return u
}

func (b *browserBackend) Compile(p *kernels.Plan) (kernels.Program, error) {
	compile := func(p *kernels.Plan, t tile) (kernels.Program, error) { return compileBrowser(p, t, b.threads) }
	t, err := fastestTile("browser", b.threads, compile)
	if err != nil {
		return nil, err
	}
	return compile(p, t)
}

func compileBrowser(p *kernels.Plan, t tile, threads int) (kernels.Program, error) {
	l, routines, err := compileRoutines(p, t, winoFromEnv(), maxMemory, threads)
	if err != nil {
		return nil, fmt.Errorf("simd: %w", err)
	}
	loadPool.Do(func() { js.Global().Call("eval", poolJS) })
	pages := (l.totalSize + 65535) / 65536
	pool, err := jsutil.Await(js.Global().Get("webtuneSimdPool").Call("create", jsBytes(kernelsWasm), jsBytes(kernelsRelaxedWasm),
		jsBytes(kernelsUnsharedWasm), jsBytes(kernelsUnsharedRelaxedWasm), pages, threads, scratchBytes))
	if err != nil && strings.HasPrefix(err.Error(), "could not allocate") {
		// The engine does not say how much it would grant: ask for half (model.NewNet
		// retries with a smaller micro-batch, and again if that is refused too).
		return nil, fmt.Errorf("simd: %v: %w", err, &kernels.TooLargeError{Buffer: "the shared memory",
			Bytes: int64(l.totalSize), Limit: int64(l.totalSize / 2)})
	}
	if err != nil {
		return nil, fmt.Errorf("simd: starting the kernel pool: %w", err)
	}
	if note := pool.Get("note").String(); note != "" {
		noteOnce.Do(func() { fmt.Fprintln(os.Stderr, note) })
	}
	if os.Getenv("SIMD_PROFILE") != "" {
		pool.Set("profile", js.Global().Get("Object").New())
	}
	for name, calls := range routines {
		if _, err := jsutil.Await(pool.Call("define", name, jsCalls(calls))); err != nil {
			pool.Call("close")
			return nil, fmt.Errorf("simd: sending routine %q to the workers: %w", name, err)
		}
	}
	return newProgram(l, routines, &browserHost{pool: pool}, p), nil
}

// jsCalls turns calls into pool.js's form, [fn, args, parallel, scratchIndex, check, profileKey],
// each argument a JS number of the kind the export takes.
func jsCalls(calls []call) []any {
	list := make([]any, len(calls))
	for i, c := range calls {
		args := make([]any, len(c.args))
		for j, a := range c.args {
			switch c.kinds[j] {
			case 'f':
				args[j] = float64(math.Float32frombits(uint32(a)))
			case 'd':
				args[j] = math.Float64frombits(a)
			default:
				args[j] = float64(uint32(a))
			}
		}
		list[i] = []any{c.fn, args, c.parallel, c.scratch, c.check, c.profileKey()}
	}
	return list
}

// browserHost runs programs on a pool.js pool: this thread and its workers.
type browserHost struct{ pool js.Value }

func (h *browserHost) write(a uint32, src []byte) {
	js.CopyBytesToJS(h.pool.Call("bytes", a, len(src)), src)
}

func (h *browserHost) read(a uint32, dst []byte) {
	js.CopyBytesToGo(dst, h.pool.Call("bytes", a, len(dst)))
}

// run replays the list the pool holds as name; calls, the same list, name the op of a
// failing kernel.
func (h *browserHost) run(name string, calls []call) error {
	res, err := jsutil.Await(h.pool.Call("run", name))
	if err != nil {
		return fmt.Errorf("list %q: %w", name, err)
	}
	if res.IsNull() {
		return nil
	}
	if res.Index(0).Type() == js.TypeString {
		return fmt.Errorf("list %q: a kernel trapped: %s", name, res.Index(1).String())
	}
	fn := res.Index(2).String()
	what := fmt.Sprintf("list %q, kernel %s", name, fn)
	for _, c := range calls {
		if c.fn == fn && c.check {
			what = c.what
			break
		}
	}
	return fmt.Errorf("%s: %w", what, kernelError(uint32(res.Index(0).Int()), int32(res.Index(1).Int())))
}

func (h *browserHost) close() {
	if text := h.pool.Call("profileText").String(); text != "" {
		fmt.Fprintln(os.Stderr, text)
	}
	h.pool.Call("close")
}
