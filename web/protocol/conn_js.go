//go:build js

package protocol

import (
	"context"
	"encoding/json"
	"fmt"
	"sync/atomic"
	"syscall/js"

	"github.com/hack-pad/go-webworkers/worker"
	"github.com/hack-pad/safejs"
)

// Port is either end of a dedicated worker: *worker.Worker in the UI,
// *worker.GlobalSelf in the worker.
type Port interface {
	PostMessage(data safejs.Value, transfers []safejs.Value) error
	Listen(ctx context.Context) (<-chan worker.MessageEvent, error)
}

// Conn sends and receives envelopes over a Port, numbering what it sends.
type Conn struct {
	port Port
	seq  atomic.Uint64
}

// NewConn wraps a port.
func NewConn(p Port) *Conn { return &Conn{port: p} }

// Message is a received envelope and its payload (undefined when there is none).
type Message struct {
	Envelope
	Payload js.Value
}

// Send posts body as a message of kind, answering replyTo (0: none), with payload
// transferred (not copied) when it is not undefined. It returns the message's number.
func (c *Conn) Send(kind Kind, replyTo uint64, body any, payload js.Value) (uint64, error) {
	seq := c.seq.Add(1)
	env, err := Seal(kind, seq, replyTo, body)
	if err != nil {
		return 0, err
	}
	text, err := json.Marshal(env)
	if err != nil {
		return 0, err
	}
	msg := js.Global().Get("Object").New()
	msg.Set("env", string(text))
	var transfer []safejs.Value
	if !payload.IsUndefined() && !payload.IsNull() {
		msg.Set("payload", payload)
		if transferable(payload) {
			transfer = append(transfer, safejs.Safe(payload))
		}
	}
	if err := c.port.PostMessage(safejs.Safe(msg), transfer); err != nil {
		return 0, fmt.Errorf("protocol: posting %s: %w", kind, err)
	}
	return seq, nil
}

// transferable reports whether v is an ImageBitmap or an ArrayBuffer, the two things
// this protocol moves instead of copying.
func transferable(v js.Value) bool {
	for _, name := range []string{"ImageBitmap", "ArrayBuffer"} {
		if c := js.Global().Get(name); c.Truthy() && v.InstanceOf(c) {
			return true
		}
	}
	return false
}

// Listen delivers received messages until ctx ends. A message that does not decode is
// delivered as a KindError message so that nothing is dropped silently.
func (c *Conn) Listen(ctx context.Context) (<-chan Message, error) {
	events, err := c.port.Listen(ctx)
	if err != nil {
		return nil, fmt.Errorf("protocol: listening: %w", err)
	}
	out := make(chan Message)
	go func() {
		defer close(out)
		for ev := range events {
			m := decode(ev)
			select {
			case out <- m:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out, nil
}

func decode(ev worker.MessageEvent) Message {
	bad := func(err error) Message {
		e, _ := Seal(KindError, 0, 0, Error{Message: "protocol: unreadable message: " + err.Error()})
		return Message{Envelope: e, Payload: js.Undefined()}
	}
	data, err := ev.Data()
	if err != nil {
		return bad(err)
	}
	v := safejs.Unsafe(data)
	if v.Type() != js.TypeObject || v.Get("env").Type() != js.TypeString {
		return bad(fmt.Errorf("no envelope in %s", js.Global().Get("String").Invoke(v).String()))
	}
	var env Envelope
	if err := json.Unmarshal([]byte(v.Get("env").String()), &env); err != nil {
		return bad(err)
	}
	return Message{Envelope: env, Payload: v.Get("payload")}
}
