package webgpu

import (
	"embed"
	"fmt"
	"math"
	"slices"
	"strings"
	"text/template"
)

//go:embed wgsl/*.wgsl
var wgslFS embed.FS

var wgsl = template.Must(template.New("").Option("missingkey=error").Funcs(template.FuncMap{"vecIf": vecIf}).
	ParseFS(wgslFS, "wgsl/*.wgsl"))

// vecIf is a copy of a template's data with "Vec" set, for sub-templates (im2col) that
// emit their vec4 form only for the operand that is fetched as vec4.
func vecIf(vec bool, data map[string]any) map[string]any {
	d := map[string]any{"Vec": vec}
	for k, v := range data {
		if k != "Vec" {
			d[k] = v
		}
	}
	return d
}

// render executes the named WGSL template. A failure is a bug in this package (a
// template and its Go caller disagree), hence the panic.
func render(name string, data any) string {
	var b strings.Builder
	if err := wgsl.ExecuteTemplate(&b, name, data); err != nil {
		panic(fmt.Sprintf("webgpu: rendering WGSL template %q: %v", name, err))
	}
	return b.String()
}

// binding is one storage buffer binding of a dispatch: a byte range of a device buffer.
type binding struct {
	Buffer       int // index into the program's device buffers
	Offset, Size int // bytes
}

// param is a named binding of a kernel, with its WGSL element type.
type param struct {
	Name  string
	Type  string // f32, i32 or u32
	Bind  binding
	Write bool // the kernel writes it (read_write storage), else read-only storage
}

// dispatch is one compute dispatch: the shader text, its bindings in order and the
// workgroup grid; Class and FLOPs describe it for profiles (an empty Class is derived
// from Label, see kernelClass).
type dispatch struct {
	Label  string
	WGSL   string
	Params []param
	Groups [3]int
	Class  string
	FLOPs  float64
}

// decls declares the params as bindings 0..n-1 of group 0, read-only unless written.
func decls(ps []param) string {
	var b strings.Builder
	for i, p := range ps {
		access := "read"
		if p.Write {
			access = "read_write"
		}
		fmt.Fprintf(&b, "@group(0) @binding(%d) var<storage, %s> %s: array<%s>;\n", i, access, p.Name, p.Type)
	}
	return b.String()
}

// shareWrites declares read_write every binding of a buffer that the dispatch writes
// anywhere: WebGPU tracks usage per whole buffer, and one buffer may not be both
// read-only storage and writable storage in one dispatch (a view read and another view
// of the same root written).
func (d *dispatch) shareWrites() {
	written := map[int]bool{}
	for _, p := range d.Params {
		if p.Write {
			written[p.Bind.Buffer] = true
		}
	}
	for i := range d.Params {
		p := &d.Params[i]
		if !p.Write && written[p.Bind.Buffer] {
			p.Write = true
			d.WGSL = strings.Replace(d.WGSL, fmt.Sprintf("@binding(%d) var<storage, read>", i),
				fmt.Sprintf("@binding(%d) var<storage, read_write>", i), 1)
		}
	}
}

// checkAliasing refuses a dispatch that binds overlapping ranges of one buffer where
// one of them is written: WebGPU forbids it, and the kernels assume it never happens
// (the in-place forms that ops allow are lowered to kernels with one binding).
func (d dispatch) checkAliasing() error {
	for i, a := range d.Params {
		for _, b := range d.Params[i+1:] {
			if (a.Write || b.Write) && a.Bind.Buffer == b.Bind.Buffer &&
				a.Bind.Offset < b.Bind.Offset+b.Bind.Size && b.Bind.Offset < a.Bind.Offset+a.Bind.Size {
				return fmt.Errorf("kernel %s: operands %s and %s overlap in one buffer and one is written; this op cannot work in place", d.Label, a.Name, b.Name)
			}
		}
	}
	return nil
}

// f32bits is v as the u32 for bitcast<f32>(...) in WGSL, which bakes a float constant
// exactly.
func f32bits(v float32) uint32 { return math.Float32bits(v) }

// maxGroups is WebGPU's guaranteed maxComputeWorkgroupsPerDimension.
const maxGroups = 65535

// grid1D spreads n workgroups over x and y so that neither passes maxGroups.
func grid1D(n int) (x, y int) {
	if n <= maxGroups {
		return n, 1
	}
	y = (n + maxGroups - 1) / maxGroups
	x = (n + y - 1) / y
	return x, y
}

func ceilDiv(a, b int) int { return (a + b - 1) / b }

// eltwise builds a one-thread-per-element dispatch over length n: body is the named
// template of wgsl/eltwise.wgsl, consts extra WGSL declarations.
func eltwise(label, body string, n int, ps []param, consts string, data map[string]any) dispatch {
	return eltwiseOf(label, body, n, ps, consts, data, false)
}

// eltwise4 is eltwise over vec4s: one thread per 4 elements (n divides by 4), every
// f32 param bound as vec4<f32> except those named in scalar. The bodies are written so
// that the same text works on f32 and on vec4<f32> (ZERO is 0 of either), and consts
// count vec4s where they index a vec4 binding (a channel count C becomes C/4). One
// 16-byte load per operand instead of four 4-byte ones, and a quarter of the threads.
func eltwise4(label, body string, n int, ps []param, consts string, data map[string]any, scalar ...string) dispatch {
	vs := make([]param, len(ps))
	for i, p := range ps {
		if p.Type == "f32" && !slices.Contains(scalar, p.Name) {
			p.Type = "vec4<f32>"
		}
		vs[i] = p
	}
	return eltwiseOf(label, body, n/4, vs, consts, data, true)
}

func eltwiseOf(label, body string, n int, ps []param, consts string, data map[string]any, vec bool) dispatch {
	gx, gy := grid1D(ceilDiv(n, 256))
	text := render("eltwise", map[string]any{
		"Decls": decls(ps), "Len": n, "NX": gx, "Consts": consts, "Body": render(body, data), "Vec": vec,
	})
	return dispatch{Label: label, WGSL: text, Params: ps, Groups: [3]int{gx, gy, 1}}
}

// vecEltwise says whether an elementwise pass over n floats (in runs of 4 along every
// operand) takes its vec4 form.
func (l *layout) vecEltwise(n int) bool { return n%4 == 0 && !l.tune.ScalarElementwise }

// consts formats WGSL u32 constant declarations from name/value pairs.
func consts(kv ...any) string {
	var b strings.Builder
	for i := 0; i+1 < len(kv); i += 2 {
		fmt.Fprintf(&b, "const %s = %du;\n", kv[i], kv[i+1])
	}
	return b.String()
}

func u32s(v uint32) string { return fmt.Sprintf("%du", v) }
