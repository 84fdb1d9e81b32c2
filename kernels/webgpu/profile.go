package webgpu

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Profile is where a routine's time goes, kernel class by kernel class: GEMMs by tile
// shape, batch-norm forward and backward, split-K reduces, elementwise passes, pools,
// the loss and SGD.
type Profile struct {
	Routine string
	// Method says how the times were taken: GPU timestamps around each dispatch, or,
	// on a device without timestamp-query, the wall clock of one submission per class.
	Method     string
	Dispatches int
	Rows       []ProfileRow // the largest time first
}

// ProfileRow is one kernel class of a routine.
type ProfileRow struct {
	Class      string
	Dispatches int
	Ms         float64 // per replay of the routine
	// FLOPs counts the multiply-adds of GEMMs (2 per); Bytes what memory-bound passes
	// read and write, each binding once (a kernel may touch less where it skips, more
	// where its cache misses).
	FLOPs float64
	Bytes int64
}

// TotalMs is the summed time of every class.
func (p Profile) TotalMs() float64 {
	t := 0.0
	for _, r := range p.Rows {
		t += r.Ms
	}
	return t
}

// Write prints the profile as a table: time, share of the total, and the rate each
// class reaches (TFLOP/s for GEMMs, GB/s for memory-bound passes).
func (p Profile) Write(w io.Writer) {
	total := p.TotalMs()
	if total == 0 { // a static count: no time columns
		fmt.Fprintf(w, "%s: %d dispatches (%s)\n%-28s %6s %10s %9s\n", p.Routine, p.Dispatches, p.Method, "kernel class", "count", "GFLOP", "MB")
		for _, r := range p.Rows {
			fmt.Fprintf(w, "%-28s %6d %10.3f %9.2f\n", r.Class, r.Dispatches, r.FLOPs/1e9, float64(r.Bytes)/1e6)
		}
		return
	}
	fmt.Fprintf(w, "%s: %d dispatches, %.3f ms in kernels (%s)\n", p.Routine, p.Dispatches, total, p.Method)
	fmt.Fprintf(w, "%-28s %6s %10s %7s %10s %9s %11s\n", "kernel class", "count", "ms", "share", "GFLOP", "MB", "rate")
	for _, r := range p.Rows {
		rate := "-"
		switch {
		case r.Ms <= 0:
		case r.FLOPs > 0:
			rate = fmt.Sprintf("%.2f TF/s", r.FLOPs/(r.Ms/1e3)/1e12)
		case r.Bytes > 0:
			rate = fmt.Sprintf("%.0f GB/s", float64(r.Bytes)/(r.Ms/1e3)/1e9)
		}
		share := 0.0
		if total > 0 {
			share = 100 * r.Ms / total
		}
		fmt.Fprintf(w, "%-28s %6d %10.3f %6.1f%% %10.3f %9.2f %11s\n", r.Class, r.Dispatches, r.Ms, share,
			r.FLOPs/1e9, float64(r.Bytes)/1e6, rate)
	}
}

// kernelClass is the profile row a dispatch belongs to.
func (d dispatch) kernelClass() string {
	if d.Class != "" {
		return d.Class
	}
	l := d.Label
	switch {
	case strings.HasSuffix(l, "_splitk"):
		return "split-K reduce"
	case strings.HasPrefix(l, "batchnorm_bwd"):
		return "BN backward"
	case strings.HasPrefix(l, "batchnorm"):
		return "BN forward"
	case strings.Contains(l, "pool"):
		return "pool"
	case l == "softmax_xent":
		return "loss"
	case l == "sgd":
		return "SGD"
	case l == "input":
		return "input normalize"
	}
	return "elementwise"
}

// traffic is the bytes a memory-bound dispatch moves: every distinct binding once (a
// vec4 view of an operand binds the same range again and is not counted twice).
func (d dispatch) traffic() int64 {
	seen := map[binding]bool{}
	var n int64
	for _, p := range d.Params {
		if !seen[p.Bind] {
			seen[p.Bind] = true
			n += int64(p.Bind.Size)
		}
	}
	return n
}

// profileRows groups ds by kernel class: the rows (counts, FLOPs, bytes; no times yet)
// in order of first appearance, and each dispatch's row.
func profileRows(ds []dispatch) (rows []ProfileRow, rowOf []int) {
	index := map[string]int{}
	rowOf = make([]int, len(ds))
	for i, d := range ds {
		c := d.kernelClass()
		j, ok := index[c]
		if !ok {
			j = len(rows)
			index[c] = j
			rows = append(rows, ProfileRow{Class: c})
		}
		rowOf[i] = j
		r := &rows[j]
		r.Dispatches++
		if d.FLOPs > 0 {
			r.FLOPs += d.FLOPs
		} else {
			r.Bytes += d.traffic()
		}
	}
	return rows, rowOf
}

// sortRows puts the largest time first (then by name, for a stable table).
func sortRows(rows []ProfileRow) {
	sort.SliceStable(rows, func(i, j int) bool {
		if rows[i].Ms != rows[j].Ms {
			return rows[i].Ms > rows[j].Ms
		}
		return rows[i].Class < rows[j].Class
	})
}

// PlanStats is what a routine's lowering costs before it runs: dispatches, GEMM FLOPs
// and the bytes of the memory-bound passes, per kernel class.
func planStats(ds []dispatch) Profile {
	rows, _ := profileRows(ds)
	sortRows(rows)
	return Profile{Method: "static count, no times", Dispatches: len(ds), Rows: rows}
}
