//go:build !js

package simd

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"sort"
	"sync"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"

	"webtune/kernels"
)

// Options configures the native runner.
type Options struct {
	Threads int    // module instances sharing the memory; at least 1
	Tile    string // GEMM register tile such as "4x8"; empty picks the fastest at start-up
	// Unshared runs the build for pages without cross-origin isolation (an ordinary
	// memory, one thread), so tests cover it natively.
	Unshared bool
	// NoWinograd runs 3×3 stride-1 convolutions as im2col GEMMs like every other
	// shape instead of Winograd, so tests cover both paths.
	NoWinograd bool
	// WinogradF2 runs every Winograd convolution as F(2×2, 3×3), never F(4×4), so
	// tests cover F(2×2) at every size.
	WinogradF2 bool
	// MaxMemory caps the module memory in bytes (0: the 4 GiB a wasm32 memory can
	// hold); a larger plan is refused with a *kernels.TooLargeError.
	MaxMemory int64
}

// NewNative returns the simd backend running the mul+add kernel module on wazero with
// threads instances on one shared memory, and the fastest GEMM tile measured here.
func NewNative(threads int) kernels.Backend { return NewNativeWith(Options{Threads: threads}) }

// NewNativeWith returns the native simd backend configured by o.
func NewNativeWith(o Options) kernels.Backend {
	if o.Threads < 1 {
		o.Threads = 1
	}
	if o.Unshared {
		o.Threads = 1
	}
	if o.Threads > maxThreads {
		o.Threads = maxThreads
	}
	return &native{opts: o}
}

type native struct{ opts Options }

func (b *native) Name() string { return "simd" }

// profile, set by SIMD_PROFILE=1 (or =ops), sums the time of every kernel by export
// (or by export and op, call.profileKey) and prints the totals when a program closes.
var profile = newProfile(os.Getenv("SIMD_PROFILE") != "")

type profiler struct {
	mu  sync.Mutex
	sum map[string]time.Duration
}

func newProfile(on bool) *profiler {
	if !on {
		return nil
	}
	return &profiler{sum: map[string]time.Duration{}}
}

func (p *profiler) add(fn string, start time.Time) {
	p.mu.Lock()
	p.sum[fn] += time.Since(start)
	p.mu.Unlock()
}

func (p *profiler) print() {
	p.mu.Lock()
	defer p.mu.Unlock()
	type kv struct {
		k string
		v time.Duration
	}
	var all []kv
	var total time.Duration
	for k, v := range p.sum {
		all = append(all, kv{k, v})
		total += v
	}
	sort.Slice(all, func(i, j int) bool { return all[i].v > all[j].v })
	for _, e := range all {
		fmt.Fprintf(os.Stderr, "simd profile %-16s %10.1f ms %5.1f%%\n", e.k, e.v.Seconds()*1000, 100*e.v.Seconds()/total.Seconds())
	}
}

// cache shares wazero's compiled code between programs of this process.
var cache = wazero.NewCompilationCache()

func (b *native) Compile(p *kernels.Plan) (kernels.Program, error) {
	var t tile
	var err error
	if b.opts.Tile != "" {
		t, err = parseTile(b.opts.Tile)
	} else {
		t, err = fastestTile("wazero", b.opts.Threads, func(p *kernels.Plan, t tile) (kernels.Program, error) {
			return compileNative(p, t, b.opts)
		})
	}
	if err != nil {
		return nil, err
	}
	return compileNative(p, t, b.opts)
}

func compileNative(p *kernels.Plan, t tile, o Options) (*program, error) {
	limit := o.MaxMemory
	if limit <= 0 {
		limit = maxMemory
	}
	wino := winoAuto
	if o.WinogradF2 {
		wino = winoF2
	}
	if o.NoWinograd {
		wino = winoOff
	}
	l, routines, err := compileRoutines(p, t, wino, limit, o.Threads)
	if err != nil {
		return nil, fmt.Errorf("simd: %w", err)
	}
	ex, err := newExecutor(l.totalSize, o.Threads, o.Unshared)
	if err != nil {
		return nil, fmt.Errorf("simd: %w", err)
	}
	if err := ex.resolve(routines); err != nil {
		ex.close()
		return nil, fmt.Errorf("simd: %w", err)
	}
	return newProgram(l, routines, ex, p), nil
}

// The executor is the native program's host.
func (ex *executor) write(a uint32, src []byte) { copy(ex.mem[a:], src) }
func (ex *executor) read(a uint32, dst []byte)  { copy(dst, ex.mem[a:]) }

func (ex *executor) run(_ string, calls []call) error {
	for i := range calls {
		if err := ex.call(&calls[i]); err != nil {
			return fmt.Errorf("%s: %w", calls[i].what, err)
		}
	}
	return nil
}

// executor holds the wazero runtime, the shared memory and one module instance per
// thread, with threads-1 worker goroutines that join every parallel call.
type executor struct {
	ctx     context.Context
	rt      wazero.Runtime
	mem     []byte // the shared memory, fixed in place
	threads int
	fns     [][]api.Function // [thread][export id]
	ids     map[string]int
	work    []chan *call
	wg      sync.WaitGroup
	errs    []error
}

// envModule encodes a module that only defines a memory of pages 64 KiB pages (fixed
// size, shared or not) and exports it as "memory": wazero creates a shared memory only
// for a module that defines one, and the kernel module imports env.memory.
func envModule(pages uint32, shared bool) []byte {
	uleb := func(b []byte, v uint32) []byte {
		for ; v >= 0x80; v >>= 7 {
			b = append(b, byte(v)|0x80)
		}
		return append(b, byte(v))
	}
	flags := byte(0x01) // a maximum follows
	if shared {
		flags = 0x03
	}
	mem := uleb(uleb([]byte{0x01, flags}, pages), pages)                         // one memory, its limits
	exp := []byte{0x01, 0x06, 'm', 'e', 'm', 'o', 'r', 'y', 0x02, 0x00}          // "memory" = memory 0
	out := []byte{0x00, 'a', 's', 'm', 0x01, 0x00, 0x00, 0x00, 0x01, 0x01, 0x00} // header, no types
	out = append(uleb(append(out, 0x05), uint32(len(mem))), mem...)
	return append(uleb(append(out, 0x07), uint32(len(exp))), exp...)
}

func newExecutor(size uint64, threads int, unshared bool) (*executor, error) {
	ctx := context.Background()
	cfg := wazero.NewRuntimeConfigCompiler().
		WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesThreads).
		WithCompilationCache(cache)
	rt := wazero.NewRuntimeWithConfig(ctx, cfg)
	ex := &executor{ctx: ctx, rt: rt, threads: threads, ids: map[string]int{}}
	fail := func(err error) (*executor, error) { rt.Close(ctx); return nil, err }

	pages := uint32((size + 65535) / 65536)
	env, err := rt.InstantiateWithConfig(ctx, envModule(pages, !unshared), wazero.NewModuleConfig().WithName("env"))
	if err != nil {
		return fail(fmt.Errorf("creating a shared memory of %d pages: %w", pages, err))
	}
	mem := env.ExportedMemory("memory")
	buf, ok := mem.Read(0, mem.Size())
	if !ok {
		return fail(fmt.Errorf("reading the shared memory back"))
	}
	ex.mem = buf
	_, err = rt.NewHostModuleBuilder("math").
		NewFunctionBuilder().WithFunc(func(x float64) float64 { return math.Exp(x) }).Export("exp").
		NewFunctionBuilder().WithFunc(func(x float64) float64 { return math.Log(x) }).Export("log").
		Instantiate(ctx)
	if err != nil {
		return fail(fmt.Errorf("instantiating the math imports: %w", err))
	}
	code := kernelsWasm
	if unshared {
		code = kernelsUnsharedWasm
	}
	compiled, err := rt.CompileModule(ctx, code)
	if err != nil {
		return fail(fmt.Errorf("compiling kernels.wasm: %w", err))
	}
	for t := 0; t < threads; t++ {
		mod, err := rt.InstantiateModule(ctx, compiled, wazero.NewModuleConfig().WithName(fmt.Sprintf("kernels%d", t)))
		if err != nil {
			return fail(fmt.Errorf("instantiating kernel instance %d: %w", t, err))
		}
		_ = mod
	}
	ex.fns = make([][]api.Function, threads)
	ex.errs = make([]error, threads)
	for t := 1; t < threads; t++ {
		ch := make(chan *call)
		ex.work = append(ex.work, ch)
		go ex.worker(t, ch)
	}
	return ex, nil
}

// resolve looks up every export the routines use in every instance.
func (ex *executor) resolve(routines map[string][]call) error {
	for _, calls := range routines {
		for _, c := range calls {
			if _, ok := ex.ids[c.fn]; ok {
				continue
			}
			ex.ids[c.fn] = len(ex.ids)
			for t := 0; t < ex.threads; t++ {
				fn := ex.rt.Module(fmt.Sprintf("kernels%d", t)).ExportedFunction(c.fn)
				if fn == nil {
					return fmt.Errorf("kernels.wasm has no export %q; regenerate it with go generate ./kernels/simd", c.fn)
				}
				ex.fns[t] = append(ex.fns[t], fn)
			}
		}
	}
	return nil
}

func (ex *executor) worker(t int, ch chan *call) {
	for c := range ch {
		ex.errs[t] = ex.invoke(t, c)
		ex.wg.Done()
	}
}

// invoke runs c on instance t.
func (ex *executor) invoke(t int, c *call) error {
	stack := make([]uint64, len(c.args))
	copy(stack, c.args)
	if c.scratch >= 0 {
		stack[c.scratch] += uint64(t * scratchBytes)
	}
	return ex.fns[t][ex.ids[c.fn]].CallWithStack(ex.ctx, stack)
}

// call runs c on every instance (parallel) or on the first.
func (ex *executor) call(c *call) error {
	if trace {
		fmt.Fprintln(os.Stderr, "simd call", c.fn, c.args)
	}
	if profile != nil {
		defer profile.add(c.profileKey(), time.Now())
	}
	binary.LittleEndian.PutUint32(ex.mem[queueAddr:], 0)
	binary.LittleEndian.PutUint32(ex.mem[errAddr:], 0)
	if !c.parallel || ex.threads == 1 {
		if err := ex.invoke(0, c); err != nil {
			return err
		}
	} else {
		ex.wg.Add(ex.threads - 1)
		for _, ch := range ex.work {
			ch <- c
		}
		err0 := ex.invoke(0, c)
		ex.wg.Wait()
		if err0 != nil {
			return err0
		}
		for _, err := range ex.errs[1:] {
			if err != nil {
				return err
			}
		}
	}
	if c.check {
		return kernelError(binary.LittleEndian.Uint32(ex.mem[errAddr:]), int32(binary.LittleEndian.Uint32(ex.mem[errAddr+4:])))
	}
	return nil
}

func (ex *executor) close() {
	if profile != nil {
		profile.print()
	}
	for _, ch := range ex.work {
		close(ch)
	}
	ex.rt.Close(ex.ctx)
}
