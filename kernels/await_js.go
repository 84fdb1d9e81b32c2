package kernels

import (
	"errors"
	"syscall/js"
)

// Await blocks until promise settles and returns its value, or its rejection as an
// error (the rejection's message when it has one). The browser drivers of kernels/simd
// and kernels/webgpu share it. Go wasm runs the JS event loop while a goroutine blocks,
// so the promise's callbacks run meanwhile; never call it from inside a JS callback.
func Await(promise js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	ch := make(chan result, 1)
	ok := js.FuncOf(func(_ js.Value, args []js.Value) any {
		v := js.Undefined()
		if len(args) > 0 {
			v = args[0]
		}
		ch <- result{v: v}
		return nil
	})
	defer ok.Release()
	fail := js.FuncOf(func(_ js.Value, args []js.Value) any {
		msg := "promise rejected"
		if len(args) > 0 {
			if m := args[0].Get("message"); m.Type() == js.TypeString {
				msg = m.String()
			} else {
				msg = js.Global().Call("String", args[0]).String()
			}
		}
		ch <- result{err: errors.New(msg)}
		return nil
	})
	defer fail.Release()
	promise.Call("then", ok, fail)
	r := <-ch
	return r.v, r.err
}
