package web

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Compute is what the browser offers for training: a WebGPU adapter, or WebAssembly
// SIMD spread over worker threads.
type Compute struct {
	Probed      bool
	WebGPU      bool        // navigator.gpu gave an adapter
	GPUNote     string      // why there is no adapter, when there is none
	Adapter     string      // vendor / architecture / device / description
	Limits      [][2]string // selected adapter limits, name and value
	Features    []string    // adapter features (shader-f16, subgroups, ...)
	SIMD        bool        // WebAssembly.validate accepts a SIMD module
	Threads     int         // navigator.hardwareConcurrency
	Isolated    bool        // crossOriginIsolated: SharedArrayBuffer is usable
	SharedArray bool        // typeof SharedArrayBuffer !== "undefined"
}

// simdProbe is the smallest module using a SIMD instruction (i8x16.splat, i8x16.popcnt):
// WebAssembly.validate accepts it only where WebAssembly SIMD is supported.
var simdProbe = []byte{0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10,
	10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11}

// gpuLimits are the adapter limits that matter to the training kernels.
var gpuLimits = []string{"maxBufferSize", "maxStorageBufferBindingSize",
	"maxComputeWorkgroupStorageSize", "maxComputeInvocationsPerWorkgroup",
	"maxComputeWorkgroupSizeX", "maxStorageBuffersPerShaderStage"}

// probeCPU fills the synchronous part of Compute (WASM SIMD, threads, isolation).
func probeCPU() Compute {
	w := app.Window()
	c := Compute{Probed: true}
	nav := w.Get("navigator")
	c.Threads = nav.Get("hardwareConcurrency").Int()
	c.Isolated = w.Get("crossOriginIsolated").Truthy()
	c.SharedArray = w.Get("SharedArrayBuffer").Truthy()
	wa := w.Get("WebAssembly")
	if wa.Truthy() {
		buf := w.Get("Uint8Array").New(len(simdProbe))
		app.CopyBytesToJS(buf, simdProbe)
		c.SIMD = wa.Call("validate", buf).Bool()
	}
	return c
}

// probeGPU asks navigator.gpu for an adapter and calls done with what it found. done
// runs on the JS event loop: callers dispatch back to the UI goroutine.
func probeGPU(done func(c Compute)) {
	gpu := app.Window().Get("navigator").Get("gpu")
	if !gpu.Truthy() {
		done(Compute{GPUNote: "navigator.gpu is missing: this browser has no WebGPU (or the page is not a secure context)"})
		return
	}
	gpu.Call("requestAdapter").Then(func(a app.Value) {
		if !a.Truthy() {
			done(Compute{GPUNote: "navigator.gpu.requestAdapter() gave no adapter"})
			return
		}
		c := Compute{WebGPU: true}
		if info := a.Get("info"); info.Truthy() {
			var parts []string
			for _, k := range []string{"vendor", "architecture", "device", "description"} {
				if v := info.Get(k); v.Truthy() {
					parts = append(parts, v.String())
				}
			}
			c.Adapter = strings.Join(parts, " / ")
		}
		if c.Adapter == "" {
			c.Adapter = "unnamed adapter"
		}
		limits := a.Get("limits")
		for _, k := range gpuLimits {
			if v := limits.Get(k); v.Truthy() {
				c.Limits = append(c.Limits, [2]string{k, fmt.Sprint(int64(v.Float()))})
			}
		}
		for _, f := range []string{"shader-f16", "subgroups", "timestamp-query"} {
			if a.Get("features").Call("has", f).Bool() {
				c.Features = append(c.Features, f)
			}
		}
		done(c)
	})
}
