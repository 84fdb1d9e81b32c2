package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// longTaskCPU is the budget of one main-thread task's own work: a task that takes more
// CPU time than this blocks the page (the Long Tasks API's 50 ms).
const longTaskCPU = 50 * time.Millisecond

// mainTask is one task of a renderer's main thread, from Chrome's trace: how long it
// took (wall) and how much of that the thread ran (CPU). On a machine whose cores are
// all busy training, the two part: the OS keeps a ready main thread waiting, which
// the Long Tasks API counts as the page's, and the CPU time tells them apart.
type mainTask struct {
	At        time.Duration // since the trace began
	Wall, CPU time.Duration
}

func (m mainTask) String() string {
	return fmt.Sprintf("%.1f ms CPU in %.1f ms at %.1f s", ms(m.CPU), ms(m.Wall), m.At.Seconds())
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// taskTrace records the main-thread tasks of the tab's renderer with Chrome's tracing.
type taskTrace struct {
	ctx    context.Context
	mu     sync.Mutex
	events []json.RawMessage
	lost   bool // Chrome dropped some of the trace
	done   chan struct{}
}

// traceTasks starts recording; stop ends it and returns the tasks.
func traceTasks(t *testing.T, ctx context.Context) *taskTrace {
	t.Helper()
	tt := &taskTrace{ctx: ctx, done: make(chan struct{})}
	// One listener for both events: it sees them in order, so every batch of data is
	// kept before the completion closes done.
	if err := chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *tracing.EventDataCollected:
			tt.mu.Lock()
			for _, v := range e.Value {
				tt.events = append(tt.events, json.RawMessage(v))
			}
			tt.mu.Unlock()
		case *tracing.EventTracingComplete:
			tt.lost = e.DataLossOccurred
			close(tt.done)
		}
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, tracing.Start, tracing.StartParams{TransferMode: tracing.StartTransferModeReportEvents,
		TraceConfig: &tracing.TraceConfig{RecordMode: tracing.TraceConfigRecordModeRecordAsMuchAsPossible, TraceBufferSizeInKb: 512 << 10,
			IncludedCategories: []string{"disabled-by-default-devtools.timeline"}, ExcludedCategories: []string{"*"}}}); err != nil {
		t.Fatalf("starting Chrome's trace: %v", err)
	}
	// The renderer starts recording a moment after Tracing.start returns.
	time.Sleep(time.Second)
	return tt
}

// stop ends the trace and returns the main-thread tasks, the longest CPU first.
func (tt *taskTrace) stop(t *testing.T) []mainTask {
	t.Helper()
	// The renderer hands over its last events a moment late, too.
	time.Sleep(time.Second)
	if _, err := chromedp.Call(tt.ctx, tracing.End, cdp.Empty{}); err != nil {
		t.Fatalf("ending Chrome's trace: %v", err)
	}
	select {
	case <-tt.done:
	case <-time.After(2 * time.Minute):
		t.Fatal("Chrome's trace did not complete within 2 minutes")
	}
	tt.mu.Lock()
	defer tt.mu.Unlock()
	if tt.lost {
		t.Fatalf("Chrome's trace lost data (%d events kept): the check would miss tasks", len(tt.events))
	}
	tasks, err := mainThreadTasks(tt.events)
	if err != nil {
		t.Fatal(err)
	}
	if len(tasks) == 0 {
		t.Fatal("Chrome's trace holds no main-thread task: the check would be empty")
	}
	return tasks
}

// mainThreadTasks picks the renderer main threads' top-level tasks out of a trace:
// DevTools' RunTask events and the scheduler's ThreadControllerImpl::RunTask (the
// first was missing for some tasks).
func mainThreadTasks(events []json.RawMessage) ([]mainTask, error) {
	type event struct {
		Name string         `json:"name"`
		Ph   string         `json:"ph"`
		Pid  int            `json:"pid"`
		Tid  int            `json:"tid"`
		Ts   int64          `json:"ts"`  // µs
		Dur  int64          `json:"dur"` // µs
		Tdur int64          `json:"tdur"`
		Args map[string]any `json:"args"`
	}
	var all []event
	main := map[[2]int]bool{}
	first := int64(-1)
	for _, raw := range events {
		var e event
		if err := json.Unmarshal(raw, &e); err != nil {
			return nil, fmt.Errorf("a trace event is unreadable: %v", err)
		}
		if e.Name == "thread_name" && e.Args["name"] == "CrRendererMain" {
			main[[2]int{e.Pid, e.Tid}] = true
		}
		if e.Ts > 0 && (first < 0 || e.Ts < first) {
			first = e.Ts
		}
		all = append(all, e)
	}
	// Both names mark the same task (one inside the other): keep the outer one.
	var runs []event
	for _, e := range all {
		if (e.Name == "ThreadControllerImpl::RunTask" || e.Name == "RunTask") && e.Ph == "X" && main[[2]int{e.Pid, e.Tid}] {
			runs = append(runs, e)
		}
	}
	sort.Slice(runs, func(i, j int) bool {
		a, b := runs[i], runs[j]
		if a.Pid != b.Pid || a.Tid != b.Tid {
			return a.Pid < b.Pid || a.Pid == b.Pid && a.Tid < b.Tid
		}
		return a.Ts < b.Ts || a.Ts == b.Ts && a.Dur > b.Dur
	})
	var tasks []mainTask
	var outer event
	for _, e := range runs {
		if e.Pid == outer.Pid && e.Tid == outer.Tid && e.Ts+e.Dur <= outer.Ts+outer.Dur {
			continue
		}
		outer = e
		tasks = append(tasks, mainTask{At: time.Duration(e.Ts-first) * time.Microsecond,
			Wall: time.Duration(e.Dur) * time.Microsecond, CPU: time.Duration(e.Tdur) * time.Microsecond})
	}
	sort.Slice(tasks, func(i, j int) bool { return tasks[i].CPU > tasks[j].CPU })
	return tasks, nil
}

// checkTasks fails the test for a main-thread task whose own work (CPU time) passes
// longTaskCPU, and logs the longest ones by wall time too.
func checkTasks(t *testing.T, what string, tasks []mainTask) {
	t.Helper()
	var cpu time.Duration
	var long []mainTask
	for _, m := range tasks {
		cpu += m.CPU
		if m.Wall > longTaskCPU {
			long = append(long, m)
		}
	}
	t.Logf("main thread while %s: %d tasks, %.0f ms CPU in all, longest by CPU %v; %d over 50 ms of wall time (a busy machine keeps the thread waiting): %v",
		what, len(tasks), ms(cpu), tasks[0], len(long), long[:min(len(long), 5)])
	if tasks[0].CPU > longTaskCPU {
		t.Errorf("the main thread ran a task of %v while %s: over %v of its own work blocks the page", tasks[0], what, longTaskCPU)
	}
}

// TestTaskTraceCatchesBusyPage checks the check: a page that blocks its main thread
// with a fixed amount of work (a few hundred ms of CPU) shows up as a task over
// longTaskCPU, however busy the machine.
func TestTaskTraceCatchesBusyPage(t *testing.T) {
	ctx := sharedChrome(t).tab(t)
	if err := chromedp.Do(ctx, chromedp.Navigate("data:text/html,<p>a busy page</p>")); err != nil {
		t.Fatal(err)
	}
	trace := traceTasks(t, ctx)
	if _, err := eval[any](ctx, `(() => { let x = 0; for (let i = 0; i < 4e7; i++) x = (x + i) % 1000003; return x; })()`); err != nil {
		t.Fatal(err)
	}
	tasks := trace.stop(t)
	if tasks[0].CPU <= longTaskCPU {
		t.Fatalf("a busy loop on the main thread was not seen: longest task %v", tasks[0])
	}
	t.Logf("the busy loop: %v", tasks[0])
}
