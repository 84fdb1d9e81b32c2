package kernelstest

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"webtune/kernels"
	"webtune/kernels/ref"
)

// TestRefAgainstRef runs the suite with a second ref instance as the backend under
// test: every case must compile and compare clean (this exercises the suite's plans,
// views, derive steps and comparisons; ref's own correctness is tested in ref).
func TestRefAgainstRef(t *testing.T) {
	Run(t, ref.New(), Options{Short: testing.Short()})
}

// TestFloat64WithinTolerance runs the float64 reference as the backend under test:
// it differs from the float32 reference only by float32 rounding, which is exactly
// what the tolerances must accept (a float32 backend's error is of the same order).
func TestFloat64WithinTolerance(t *testing.T) {
	Run(t, ref.New64(), Options{Short: true})
}

// brokenAdd is a backend whose Add writes A - B: the suite must catch it.
type brokenAdd struct{ kernels.Backend }

func (b brokenAdd) Compile(p *kernels.Plan) (kernels.Program, error) {
	q := *p
	q.Routines = nil
	for _, r := range p.Routines {
		ops := make([]kernels.Op, len(r.Ops))
		for i, op := range r.Ops {
			if a, ok := op.(kernels.Add); ok {
				// A - B = A + (-B) is not expressible with the ops; swap in A + A instead.
				a.B = a.A
				op = a
			}
			ops[i] = op
		}
		q.Routines = append(q.Routines, kernels.Routine{Name: r.Name, Ops: ops})
	}
	return b.Backend.Compile(&q)
}

// recorder is a reporter that keeps messages; Fatalf ends the calling goroutine.
type recorder struct{ msgs []string }

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.msgs = append(r.msgs, fmt.Sprintf(format, args...))
}
func (r *recorder) Fatalf(format string, args ...any) {
	r.Errorf(format, args...)
	runtime.Goexit()
}

// runRecorded runs one case against b and returns what the suite reported.
func runRecorded(b kernels.Backend, c testCase) []string {
	r := &recorder{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		runCase(r, b, Options{}.withDefaults(), c, 1)
	}()
	<-done
	return r.msgs
}

// TestSuiteCatchesWrongResults: a backend whose Add computes A + A must fail every add
// case, with a message naming the op and the buffer.
func TestSuiteCatchesWrongResults(t *testing.T) {
	n := 0
	for _, c := range cases(Options{Short: true}.withDefaults()) {
		if !strings.HasPrefix(c.name, "add/") {
			continue
		}
		n++
		msgs := runRecorded(brokenAdd{ref.New()}, c)
		if len(msgs) == 0 {
			t.Errorf("%s: the suite passed a backend whose Add computes A + A", c.name)
			continue
		}
		if !strings.Contains(msgs[0], "add len=") || !strings.Contains(msgs[0], "worst index") {
			t.Errorf("%s: message does not name the op and the worst index: %s", c.name, msgs[0])
		}
	}
	if n == 0 {
		t.Fatal("no add cases found")
	}
}

// strayWrite is a backend that, after every run, also bumps the last element of each
// f32 root (a guard past a view): a write outside an op's operands that must be caught.
type strayWrite struct{ kernels.Backend }

type strayProgram struct {
	kernels.Program
	plan *kernels.Plan
}

func (b strayWrite) Compile(p *kernels.Plan) (kernels.Program, error) {
	prog, err := b.Backend.Compile(p)
	return strayProgram{prog, p}, err
}

func (s strayProgram) Run(routine string) error {
	if err := s.Program.Run(routine); err != nil {
		return err
	}
	for i, spec := range s.plan.Buffers {
		if spec.Parent != kernels.NoBuf || spec.DType != kernels.F32 {
			continue
		}
		v, err := kernels.ReadF32(s.Program, kernels.Buf(i+1), spec.Len)
		if err != nil {
			return err
		}
		v[len(v)-1] += 1
		if err := kernels.WriteF32(s.Program, kernels.Buf(i+1), v); err != nil {
			return err
		}
	}
	return nil
}

func TestSuiteCatchesStrayWrites(t *testing.T) {
	for _, c := range cases(Options{Short: true}.withDefaults()) {
		if c.name != "conv2d/view_3x3s2/fwd" {
			continue
		}
		msgs := runRecorded(strayWrite{ref.New()}, c)
		if len(msgs) == 0 || !strings.Contains(strings.Join(msgs, "\n"), "no op writes it") {
			t.Fatalf("stray write past a view not reported; messages: %q", msgs)
		}
		return
	}
	t.Fatal("case conv2d/view_3x3s2/fwd not found")
}
