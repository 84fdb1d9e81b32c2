{{define "linear_fwd"}}
// Y[n][o] = Σ_i X[n][i]·W[o][i] + Bias[o]
const IN = {{.In}}u;
const OUT = {{.Out}}u;
fn loadA(n: u32, i: u32) -> f32 { return x[n * IN + i]; }
fn loadB(i: u32, o: u32) -> f32 { return w[o * IN + i]; }
{{- if .AVec}}
fn loadA4(n: u32, i: u32) -> vec4<f32> { return x4[(n * IN + i) / 4u]; }
{{- end}}
{{- if .BVec}}
fn loadB4(i: u32, o: u32) -> vec4<f32> { return w4[(o * IN + i) / 4u]; }
{{- end}}
{{end}}

{{define "linear_bwd_w"}}
// DW[o][i] = Σ_n DY[n][o]·X[n][i]
const IN = {{.In}}u;
const OUT = {{.Out}}u;
fn loadA(o: u32, n: u32) -> f32 { return dy[n * OUT + o]; }
fn loadB(n: u32, i: u32) -> f32 { return x[n * IN + i]; }
{{- if .AVec}}
fn loadA4(o: u32, n: u32) -> vec4<f32> { return dy4[(n * OUT + o) / 4u]; }
{{- end}}
{{- if .BVec}}
fn loadB4(n: u32, i: u32) -> vec4<f32> { return x4[(n * IN + i) / 4u]; }
{{- end}}
{{end}}

{{define "linear_bwd_x"}}
// DX[n][i] = Σ_o DY[n][o]·W[o][i]
const IN = {{.In}}u;
const OUT = {{.Out}}u;
fn loadA(n: u32, o: u32) -> f32 { return dy[n * OUT + o]; }
fn loadB(o: u32, i: u32) -> f32 { return w[o * IN + i]; }
{{- if .AVec}}
fn loadA4(n: u32, o: u32) -> vec4<f32> { return dy4[(n * OUT + o) / 4u]; }
{{- end}}
{{- if .BVec}}
fn loadB4(o: u32, i: u32) -> vec4<f32> { return w4[(o * IN + i) / 4u]; }
{{- end}}
{{end}}

{{define "matmul"}}
// C[m][n] = Σ_k A[m][k]·B[k][n], all row-major.
fn loadA(m: u32, k: u32) -> f32 { return a[m * KD + k]; }
fn loadB(k: u32, n: u32) -> f32 { return b[k * N + n]; }
{{- if .AVec}}
fn loadA4(m: u32, k: u32) -> vec4<f32> { return a4[(m * KD + k) / 4u]; }
{{- end}}
{{- if .BVec}}
fn loadB4(k: u32, n: u32) -> vec4<f32> { return b4[(k * N + n) / 4u]; }
{{- end}}
{{end}}
