package simd

import (
	"fmt"

	"webtune/kernels"
)

// host is what differs between the native (wazero) and browser (pool.js) runners: how
// bytes reach the module memory and how a call list runs on the threads.
type host interface {
	write(a uint32, src []byte)
	read(a uint32, dst []byte)
	// run replays calls, the list called name (a routine or its prep list); an error
	// names the failing call's op (call.what).
	run(name string, calls []call) error
	close()
}

// program is a compiled plan on a host. Not safe for concurrent use.
type program struct {
	l        *layout
	routines map[string][]call // by routine, and prepName(routine) for its prep lists
	h        host              // nil after Close
	packs    *packState
}

func newProgram(l *layout, routines map[string][]call, h host, p *kernels.Plan) *program {
	return &program{l: l, routines: routines, h: h, packs: newPackState(l, p.Routines)}
}

func (p *program) span(b kernels.Buf, n int, verb string) (uint32, error) {
	if p.h == nil {
		return 0, fmt.Errorf("simd: %s after Close", verb)
	}
	return p.l.span(b, n, verb)
}

func (p *program) Write(b kernels.Buf, src []byte) error {
	a, err := p.span(b, len(src), "Write")
	if err != nil {
		return err
	}
	p.h.write(a, src)
	p.packs.wrote(b)
	return nil
}

func (p *program) Read(b kernels.Buf, dst []byte) error {
	a, err := p.span(b, len(dst), "Read")
	if err != nil {
		return err
	}
	p.h.read(a, dst)
	return nil
}

// Run replays routine, after its prep list when one of its packed weights is stale.
func (p *program) Run(routine string) error {
	if p.h == nil {
		return fmt.Errorf("simd: Run(%q) after Close", routine)
	}
	calls, ok := p.routines[routine]
	if !ok {
		return fmt.Errorf("simd: no routine %q in the plan", routine)
	}
	if p.packs.needPrep(routine) {
		if err := p.h.run(prepName(routine), p.routines[prepName(routine)]); err != nil {
			return fmt.Errorf("simd: %w", err)
		}
		p.packs.prepped(routine)
	}
	p.packs.running(routine)
	if err := p.h.run(routine, calls); err != nil {
		return fmt.Errorf("simd: %w", err)
	}
	return nil
}

func (p *program) Close() error {
	if p.h != nil {
		p.h.close()
		p.h = nil
	}
	return nil
}
