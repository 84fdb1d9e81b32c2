//go:build js

package main

import (
	"errors"
	"fmt"
	"strings"
	"syscall/js"

	"webtune/kernels"
	"webtune/kernels/simd"
	"webtune/kernels/webgpu"
	"webtune/web/protocol"
)

// chooseBackend opens the backend init asks for and says why it is the one.
// Auto prefers WebGPU on a hardware adapter; a software adapter (SwiftShader) is
// slower than the SIMD kernels, so auto takes SIMD there.
func chooseBackend(init protocol.Init) (kernels.Backend, protocol.BackendInfo, error) {
	switch init.Backend {
	case protocol.BackendSIMD:
		return openSIMD(init.Threads, "chosen by you")
	case protocol.BackendWebGPU:
		gpu, err := webgpu.New()
		if err != nil {
			return nil, protocol.BackendInfo{}, fmt.Errorf("WebGPU was asked for but is not available: %w; choose SIMD or auto", err)
		}
		return gpu, gpuInfo(gpu, "chosen by you"), nil
	case protocol.BackendAuto, "":
	default:
		return nil, protocol.BackendInfo{}, fmt.Errorf("unknown backend %q: want auto, webgpu or simd", init.Backend)
	}
	gpu, err := webgpu.New()
	if err != nil {
		return openSIMD(init.Threads, "no usable WebGPU adapter ("+err.Error()+")")
	}
	if software(gpu.Info) {
		gpu.Close()
		return openSIMD(init.Threads, "the only WebGPU adapter is SwiftShader, a CPU emulation slower than the SIMD kernels")
	}
	return gpu, gpuInfo(gpu, "a WebGPU adapter is available"), nil
}

// software reports whether the adapter is a CPU rasterizer.
func software(info webgpu.Info) bool {
	all := strings.ToLower(strings.Join([]string{info.Vendor, info.Architecture, info.Device, info.Description}, " "))
	return strings.Contains(all, "swiftshader") || strings.Contains(all, "llvmpipe") || strings.Contains(all, "lavapipe")
}

func gpuInfo(gpu *webgpu.Backend, why string) protocol.BackendInfo {
	var parts []string
	for _, s := range []string{gpu.Info.Vendor, gpu.Info.Architecture, gpu.Info.Device, gpu.Info.Description} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return protocol.BackendInfo{Name: "webgpu", Why: why, Adapter: strings.Join(parts, " / "), Isolated: isolated()}
}

func openSIMD(threads int, why string) (kernels.Backend, protocol.BackendInfo, error) {
	if !isolated() {
		threads = 1
		why += "; the page is not cross-origin isolated, so the kernels run on one thread"
	} else if threads <= 0 {
		threads = max(1, min(8, js.Global().Get("navigator").Get("hardwareConcurrency").Int()))
	}
	info := protocol.BackendInfo{Name: "simd", Why: why, Threads: threads, Relaxed: relaxedSIMD(), Isolated: isolated()}
	return simd.NewBrowser(threads), info, nil
}

func isolated() bool { return js.Global().Get("crossOriginIsolated").Truthy() }

// relaxedProbe is the smallest module using a relaxed-SIMD instruction
// (f32x4.relaxed_madd on three zero vectors): WebAssembly.validate accepts it only where
// the SIMD kernels can use their fused multiply-add build.
var relaxedProbe = func() []byte {
	b := []byte{0, 'a', 's', 'm', 1, 0, 0, 0, 1, 5, 1, 0x60, 0, 1, 0x7b, 3, 2, 1, 0, 10, 0x3d, 1, 0x3b, 0}
	for range 3 {
		b = append(b, 0xfd, 0x0c)
		b = append(b, make([]byte, 16)...)
	}
	return append(b, 0xfd, 0x85, 0x02, 0x0b)
}()

func relaxedSIMD() bool {
	u := js.Global().Get("Uint8Array").New(len(relaxedProbe))
	js.CopyBytesToJS(u, relaxedProbe)
	return js.Global().Get("WebAssembly").Call("validate", u).Bool()
}

// lost reports whether err means the GPU is gone or unusable, so that the worker
// should fall back to SIMD rather than report a failure.
func lost(err error) bool { return errors.Is(err, webgpu.ErrDeviceLost) }
