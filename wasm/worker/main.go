//go:build js

// Command worker is webtune's compute worker, built with GOOS=js GOARCH=wasm into
// static/build/worker.wasm and started by the UI as a dedicated Web Worker
// (static/worker.js boots it). It alone links the model and the kernels: it owns the
// backend (WebGPU, else the SIMD kernels, with a fallback when the GPU is lost), the
// weights (downloaded once, checked, kept in Cache Storage) and the networks. It
// speaks the typed messages of web/protocol.
package main

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"syscall/js"

	"github.com/hack-pad/go-webworkers/worker"

	"webtune/web/protocol"
)

func main() {
	self, err := worker.Self()
	if err != nil {
		fmt.Fprintln(os.Stderr, "worker: not running in a Web Worker:", err)
		os.Exit(1)
	}
	conn := protocol.NewConn(self)
	msgs, err := conn.Listen(context.Background())
	if err != nil {
		fmt.Fprintln(os.Stderr, "worker:", err)
		os.Exit(1)
	}
	w := &computeWorker{conn: conn}
	// Only now, with the listener in place, may the UI send: nothing it posted
	// before this point could have been received.
	if _, err := conn.Send(protocol.KindReady, 0, protocol.Ready{GoVersion: runtime.Version()}, js.Undefined()); err != nil {
		fmt.Fprintln(os.Stderr, "worker:", err)
		os.Exit(1)
	}
	for m := range msgs {
		go w.handle(m)
	}
}
