//go:build js

// Package jsutil holds the few syscall/js helpers webtune's wasm programs share:
// waiting for a promise, moving bytes across, and turning a thrown JS value into a Go
// error.
package jsutil

import (
	"errors"
	"syscall/js"
)

// Await blocks the calling goroutine until p settles (the Go runtime keeps serving
// the event loop meanwhile) and returns its value, or its rejection as an error. It
// must not be called from inside a JS callback, which would deadlock.
func Await(p js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	ch := make(chan result, 1)
	then := js.FuncOf(func(_ js.Value, args []js.Value) any {
		ch <- result{v: arg0(args)}
		return nil
	})
	catch := js.FuncOf(func(_ js.Value, args []js.Value) any {
		ch <- result{err: Error(arg0(args))}
		return nil
	})
	defer then.Release()
	defer catch.Release()
	p.Call("then", then, catch)
	r := <-ch
	return r.v, r.err
}

func arg0(args []js.Value) js.Value {
	if len(args) == 0 {
		return js.Undefined()
	}
	return args[0]
}

// Error turns a thrown or rejected JS value into a Go error carrying its message
// (and its name, such as QuotaExceededError, when it has one).
func Error(v js.Value) error {
	if v.Type() == js.TypeObject {
		name, msg := v.Get("name"), v.Get("message")
		if msg.Type() == js.TypeString {
			if name.Type() == js.TypeString && name.String() != "Error" {
				return &NamedError{Name: name.String(), Message: msg.String()}
			}
			return errors.New(msg.String())
		}
	}
	return errors.New(js.Global().Get("String").Invoke(v).String())
}

// NamedError is a JS exception of a named class (a DOMException such as
// NotAllowedError or QuotaExceededError).
type NamedError struct{ Name, Message string }

func (e *NamedError) Error() string { return e.Name + ": " + e.Message }

// Try calls f and turns a JS exception it throws (a panic with a js.Error) into an
// error.
func Try(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if je, ok := r.(js.Error); ok {
				err = Error(je.Value)
				return
			}
			panic(r)
		}
	}()
	f()
	return nil
}

// Bytes copies a Uint8Array, an ArrayBuffer or a Uint8ClampedArray into Go memory.
func Bytes(v js.Value) []byte {
	if isA(v, "ArrayBuffer") || isA(v, "SharedArrayBuffer") {
		v = js.Global().Get("Uint8Array").New(v)
	}
	b := make([]byte, v.Get("length").Int())
	js.CopyBytesToGo(b, v)
	return b
}

// Uint8Array copies b into a new JS Uint8Array.
func Uint8Array(b []byte) js.Value {
	u := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(u, b)
	return u
}

// isA reports whether v is an instance of the global class name (false where the
// class does not exist, as SharedArrayBuffer without cross-origin isolation).
func isA(v js.Value, name string) bool {
	c := js.Global().Get(name)
	return c.Truthy() && v.InstanceOf(c)
}
