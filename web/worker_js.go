//go:build js

package web

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"syscall/js"
	"time"

	"github.com/hack-pad/go-webworkers/worker"
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"webtune/web/protocol"
)

// WorkerScript is the bootstrap of the compute worker (static/worker.js).
const WorkerScript = StaticPath + "worker.js"

// readyTimeout bounds the wait for the worker's Ready: it downloads and compiles
// worker.wasm (tens of MB) first, which takes seconds, not minutes.
const readyTimeout = 3 * time.Minute

// ComputeWorker is the UI's end of the compute worker: requests with their replies
// matched by number, progress handed to the caller, unsolicited events to listeners.
type ComputeWorker struct {
	conn *protocol.Conn
	w    *worker.Worker

	mu        sync.Mutex
	calls     map[uint64]*pendingCall
	listeners map[int]func(protocol.Message)
	nextID    int
	heard     time.Time // the worker's last message
	died      error     // why the worker is taken for dead; nil while it lives
}

// The watchdog: while a request waits on its reply the page pings the worker every
// pingEvery; a worker that sends nothing for deadAfter is taken for dead. A training
// step yields to the worker's message loop often (every kernel routine is awaited; a
// simd run ends with a message to itself, so that its await reaches the loop),
// and its longest stretches of plain Go (decoding a batch, parsing weights) take a
// second or two, so a live worker always answers well within deadAfter.
const (
	pingEvery = 3 * time.Second
	deadAfter = 15 * time.Second
)

// ErrWorkerDied is the error of every request that was waiting when the compute
// worker died (it crashed, or the browser killed it); the next Worker starts a new one.
var ErrWorkerDied = errors.New("the compute worker died")

// kindDied marks the message that ends a call whose worker died; it never crosses
// postMessage.
const kindDied protocol.Kind = "died"

type pendingCall struct {
	progress func(protocol.Message)
	done     chan protocol.Message
}

var (
	sharedWorker    *ComputeWorker
	sharedWorkerErr error
	sharedWorkerMu  sync.Mutex
)

// Worker returns the page's compute worker, starting it on first use and waiting for
// its Ready. Every page shares it, so a model loaded once serves them all. A worker
// that failed to start is retried on the next call.
func Worker() (*ComputeWorker, error) {
	sharedWorkerMu.Lock()
	defer sharedWorkerMu.Unlock()
	if sharedWorker != nil {
		return sharedWorker, nil
	}
	sharedWorker, sharedWorkerErr = startWorker()
	return sharedWorker, sharedWorkerErr
}

func startWorker() (*ComputeWorker, error) {
	url := WorkerScript + "?v=" + app.Getenv("GOAPP_VERSION")
	w, err := worker.New(url, worker.Options{Name: "webtune-compute"})
	if err != nil {
		return nil, fmt.Errorf("starting the compute worker (%s): %v", url, err)
	}
	c := &ComputeWorker{conn: protocol.NewConn(w), w: w, calls: map[uint64]*pendingCall{}, listeners: map[int]func(protocol.Message){},
		heard: time.Now()}
	msgs, err := c.conn.Listen(context.Background())
	if err != nil {
		w.Terminate()
		return nil, err
	}
	ready := make(chan protocol.Message, 1)
	go c.dispatch(msgs, ready)
	select {
	case m := <-ready:
		if m.Kind == protocol.KindError {
			w.Terminate()
			var e protocol.Error
			m.Open(&e)
			return nil, errors.New(e.Message)
		}
		go c.watch()
		return c, nil
	case <-time.After(readyTimeout):
		w.Terminate()
		return nil, fmt.Errorf("the compute worker did not start within %v: reload the page; if it persists, the browser console says why", readyTimeout)
	}
}

// dispatch routes every message: the first Ready (or a start-up error) to ready,
// replies to their caller, the rest to the listeners.
func (c *ComputeWorker) dispatch(msgs <-chan protocol.Message, ready chan<- protocol.Message) {
	started := false
	for m := range msgs {
		c.mu.Lock()
		c.heard = time.Now()
		c.mu.Unlock()
		if !started && (m.Kind == protocol.KindReady || (m.Kind == protocol.KindError && m.ReplyTo == 0)) {
			started = true
			ready <- m
			continue
		}
		if m.Kind == protocol.KindError && m.ReplyTo == 0 { // worker.js: the Go program exited
			var e protocol.Error
			m.Open(&e)
			c.die(e.Message)
			continue
		}
		if m.Kind == protocol.KindPong {
			continue
		}
		c.mu.Lock()
		call := c.calls[m.ReplyTo]
		final := call != nil && !m.Kind.Interim()
		if final {
			delete(c.calls, m.ReplyTo)
		}
		var ls []func(protocol.Message)
		if call == nil {
			for _, l := range c.listeners {
				ls = append(ls, l)
			}
		}
		c.mu.Unlock()
		switch {
		case final:
			call.done <- m
		case call != nil:
			if call.progress != nil {
				call.progress(m)
			}
		default:
			for _, l := range ls {
				l(m)
			}
		}
	}
}

// watch pings the worker while requests wait, and takes it for dead when it has sent
// nothing for deadAfter.
func (c *ComputeWorker) watch() {
	for range time.Tick(pingEvery) {
		c.mu.Lock()
		waiting, silent, died := len(c.calls) > 0, time.Since(c.heard), c.died != nil
		c.mu.Unlock()
		switch {
		case died:
			return
		case !waiting:
			c.mu.Lock()
			c.heard = time.Now() // an idle worker need not answer
			c.mu.Unlock()
		case silent > deadAfter:
			c.die(fmt.Sprintf("it answered nothing for %.0f s", silent.Seconds()))
			return
		default:
			c.conn.Send(protocol.KindPing, 0, protocol.Ping{}, js.Undefined())
		}
	}
}

// die ends the worker: it is terminated, every waiting request fails with
// ErrWorkerDied, and the next Worker call starts a new one.
func (c *ComputeWorker) die(reason string) {
	c.mu.Lock()
	if c.died != nil {
		c.mu.Unlock()
		return
	}
	c.died = fmt.Errorf("%w (%s)", ErrWorkerDied, reason)
	calls := c.calls
	c.calls = map[uint64]*pendingCall{}
	c.mu.Unlock()
	c.w.Terminate()
	sharedWorkerMu.Lock()
	if sharedWorker == c {
		sharedWorker = nil
	}
	sharedWorkerMu.Unlock()
	for _, call := range calls {
		call.done <- protocol.Message{Envelope: protocol.Envelope{Kind: kindDied}}
	}
}

// Listen registers f for messages that answer no pending request (a fallback to
// another backend, say). The returned function removes it.
func (c *ComputeWorker) Listen(f func(protocol.Message)) (remove func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	id := c.nextID
	c.nextID++
	c.listeners[id] = f
	return func() {
		c.mu.Lock()
		delete(c.listeners, id)
		c.mu.Unlock()
	}
}

// Call sends a request and blocks until its reply, which it decodes into reply (nil:
// ignore the body). Progress messages go to progress. A KindError reply is returned as
// an error. payload, when not undefined, is transferred.
func (c *ComputeWorker) Call(kind protocol.Kind, body any, payload js.Value, progress func(protocol.Message), reply any) (protocol.Message, error) {
	call := &pendingCall{progress: progress, done: make(chan protocol.Message, 1)}
	// The number is known only once sent, and the reply may come back at once, so the
	// lock is held across the send: dispatch cannot look the call up before it is filed.
	c.mu.Lock()
	if c.died != nil {
		c.mu.Unlock()
		return protocol.Message{}, c.died
	}
	seq, err := c.conn.Send(kind, 0, body, payload)
	if err != nil {
		c.mu.Unlock()
		return protocol.Message{}, err
	}
	c.calls[seq] = call
	c.mu.Unlock()
	m := <-call.done
	if m.Kind == kindDied {
		c.mu.Lock()
		defer c.mu.Unlock()
		return m, c.died
	}
	if m.Kind == protocol.KindError {
		var e protocol.Error
		if err := m.Open(&e); err != nil {
			return m, err
		}
		return m, errors.New(e.Message)
	}
	if reply != nil {
		if err := m.Open(reply); err != nil {
			return m, err
		}
	}
	return m, nil
}
