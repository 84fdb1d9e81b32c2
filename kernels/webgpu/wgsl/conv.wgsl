{{define "conv_consts"}}
const CN = {{.N}}u;
const CH = {{.H}}i;
const CW = {{.W}}i;
const CC = {{.C}}u;
const CK = {{.K}}u;
const CR = {{.R}}u;
const CS = {{.S}}u;
const OH = {{.OH}}u;
const OW = {{.OW}}u;
const STRIDE = {{.Stride}}u;
const PAD = {{.Pad}}i;
{{end}}

{{define "conv_im2col"}}
// The im2col matrix of X, never built: row m is output pixel (n, oh, ow), column j is
// filter tap (r, s, c). For one r the taps (s, c) are RUN = S·C consecutive floats of
// one row of X, so j splits into (r, q = s·C + c) with one division, and the tap lies
// in the padding exactly when h = oh·STRIDE - PAD + r or w·C + c = (ow·STRIDE - PAD)·C + q
// falls outside the image. A pixel's part (pixelOf: image offset, first h, first w·C + c)
// and a tap's part (tapOf: r, q) are each worked out once per GEMM fetch slot, which
// keeps its pixel (forward, ARow) or its tap (backward filter, BCol) for the whole
// reduction: an element then costs one division (forward: the tap's) or two (backward
// filter: the pixel's), where working out (n, oh, ow) and (r, s, c) for each element
// took four divisions and four remainders. Without ARow/BCol (Options.PerElementIndex)
// loadA/loadB work out both parts for each element.
const RUN = CS * CC;
const ROWLEN = CW * i32(CC);

fn pixelOf(m: u32) -> vec3<i32> {
	let ow = m % OW;
	let t = m / OW;
	let oh = t % OH;
	let n = t / OH;
	return vec3<i32>(i32(n) * CH * ROWLEN, i32(oh * STRIDE) - PAD, (i32(ow * STRIDE) - PAD) * i32(CC));
}
fn tapOf(j: u32) -> vec2<i32> {
	let r = j / RUN;
	return vec2<i32>(i32(r), i32(j - r * RUN));
}
// im2colIndex is the index into X of pixel p and tap t, or -1 in the padding.
fn im2colIndex(p: vec3<i32>, t: vec2<i32>) -> i32 {
	let h = p.y + t.x;
	let wc = p.z + t.y;
	if (h < 0 || h >= CH || wc < 0 || wc >= ROWLEN) {
		return -1;
	}
	return p.x + h * ROWLEN + wc;
}
fn im2col(p: vec3<i32>, t: vec2<i32>) -> f32 {
	let i = im2colIndex(p, t);
	if (i < 0) {
		return 0.0;
	}
	return x[i];
}
{{- if .Vec}}

// im2col4(p, t) is four channels of one tap (CC divides by 4, and so does the tap's
// first column), one vec4 load.
fn im2col4(p: vec3<i32>, t: vec2<i32>) -> vec4<f32> {
	let i = im2colIndex(p, t);
	if (i < 0) {
		return vec4<f32>();
	}
	return x4[u32(i) / 4u];
}
{{- end}}
{{end}}

{{define "conv_fwd"}}{{template "conv_consts" .}}{{template "conv_im2col" (vecIf .AVec .)}}
// Y[m][k] = Σ_j im2col(m, j) · W[k][j]; an A fetch slot keeps its pixel (ARow).
alias ARow = vec3<i32>;
fn aRow(m: u32) -> ARow { return pixelOf(m); }
fn loadAR(p: ARow, j: u32) -> f32 { return im2col(p, tapOf(j)); }
fn loadA(m: u32, j: u32) -> f32 { return loadAR(pixelOf(m), j); }
fn loadB(j: u32, k: u32) -> f32 { return w[k * (CR * CS * CC) + j]; }
{{- if .AVec}}
fn loadA4R(p: ARow, j: u32) -> vec4<f32> { return im2col4(p, tapOf(j)); }
fn loadA4(m: u32, j: u32) -> vec4<f32> { return loadA4R(pixelOf(m), j); }
{{- end}}
{{- if .BVec}}
fn loadB4(j: u32, k: u32) -> vec4<f32> { return w4[(k * (CR * CS * CC) + j) / 4u]; }
{{- end}}
{{end}}

{{define "conv_bwd_data"}}{{template "conv_consts" .}}
// DX[p][c] = Σ_{r,s,k} DY[n, (h+pad-r)/stride, (w+pad-s)/stride, k] · W[k][r][s][c] over the
// taps whose output position is whole and inside the output. dyAt(p, j) is the index
// into DY of input pixel p and tap j = (r, s, k), or -1 where the tap adds nothing.
fn dyAt(p: u32, j: u32) -> i32 {
	let wx = p % u32(CW);
	let t = p / u32(CW);
	let hx = t % u32(CH);
	let n = t / u32(CH);
	let k = j % CK;
	let rs = j / CK;
	let s = rs % CS;
	let r = rs / CS;
	let ohs = i32(hx) + PAD - i32(r);
	let ows = i32(wx) + PAD - i32(s);
	if (ohs < 0 || ows < 0 || ohs % i32(STRIDE) != 0 || ows % i32(STRIDE) != 0) {
		return -1;
	}
	let oh = u32(ohs) / STRIDE;
	let ow = u32(ows) / STRIDE;
	if (oh >= OH || ow >= OW) {
		return -1;
	}
	return i32(((n * OH + oh) * OW + ow) * CK + k);
}
fn wAt(j: u32, c: u32) -> u32 {
	let k = j % CK;
	let rs = j / CK;
	return (k * CR * CS + rs) * CC + c;
}
{{template "conv_dy_w_loads" .}}
{{end}}

{{define "conv_bwd_filter"}}{{template "conv_consts" .}}{{template "conv_im2col" (vecIf .BVec .)}}
// DW[k][j] = Σ_m DY[m][k] · im2col(m, j); a B fetch slot keeps its tap (BCol).
alias BCol = vec2<i32>;
fn bCol(j: u32) -> BCol { return tapOf(j); }
fn loadA(k: u32, m: u32) -> f32 { return dy[m * CK + k]; }
fn loadBC(m: u32, t: BCol) -> f32 { return im2col(pixelOf(m), t); }
fn loadB(m: u32, j: u32) -> f32 { return loadBC(m, tapOf(j)); }
{{- if .AVec}}
fn loadA4(k: u32, m: u32) -> vec4<f32> { return dy4[(m * CK + k) / 4u]; }
{{- end}}
{{- if .BVec}}
fn loadB4C(m: u32, t: BCol) -> vec4<f32> { return im2col4(pixelOf(m), t); }
fn loadB4(m: u32, j: u32) -> vec4<f32> { return loadB4C(m, tapOf(j)); }
{{- end}}
{{end}}

{{define "conv_bwd_data_phase"}}{{template "conv_consts" .}}
// One phase (PH, PW) of a strided backward-data: the input pixels h ≡ PH - PAD,
// w ≡ PW - PAD (mod STRIDE) receive only the taps r ≡ PH, s ≡ PW (mod STRIDE), so each
// phase is a dense GEMM over its own pixels and taps, without the zero terms a
// stride-blind gather would multiply. M = N·HP·WP phase pixels, K = RP·SP·K.
const H0 = {{.H0}}u;
const W0 = {{.W0}}u;
const HP = {{.HP}}u;
const WP = {{.WP}}u;
const RP = {{.RP}}u;
const SP = {{.SP}}u;
const PH = {{.PH}}u;
const PW = {{.PW}}u;
const BASEH = {{.BaseH}}i;
const BASEW = {{.BaseW}}i;

// dyAt(p, j): the index into DY of phase pixel p and phase tap j, or -1 outside DY.
fn dyAt(p: u32, j: u32) -> i32 {
	let wi = p % WP;
	let t = p / WP;
	let hi = t % HP;
	let n = t / HP;
	let k = j % CK;
	let t2 = j / CK;
	let si = t2 % SP;
	let ri = t2 / SP;
	let oh = i32(hi) - i32(ri) + BASEH;
	let ow = i32(wi) - i32(si) + BASEW;
	if (oh < 0 || oh >= i32(OH) || ow < 0 || ow >= i32(OW)) {
		return -1;
	}
	return i32(((n * OH + u32(oh)) * OW + u32(ow)) * CK + k);
}
fn wAt(j: u32, c: u32) -> u32 {
	let k = j % CK;
	let t2 = j / CK;
	let si = t2 % SP;
	let ri = t2 / SP;
	let r = PH + STRIDE * ri;
	let s = PW + STRIDE * si;
	return ((k * CR + r) * CS + s) * CC + c;
}
{{template "conv_dy_w_loads" .}}
fn outIndex(p: u32, c: u32) -> u32 {
	let wi = p % WP;
	let t = p / WP;
	let hi = t % HP;
	let n = t / HP;
	return ((n * u32(CH) + H0 + STRIDE * hi) * u32(CW) + W0 + STRIDE * wi) * CC + c;
}
{{end}}

{{define "conv_dy_w_loads"}}
// The GEMM operands of a backward-data kernel, from its dyAt and wAt; the vec4 forms
// read four filters (CK divides by 4) or four channels (CC divides by 4) at once.
fn loadA(p: u32, j: u32) -> f32 {
	let i = dyAt(p, j);
	if (i < 0) {
		return 0.0;
	}
	return dy[i];
}
fn loadB(j: u32, c: u32) -> f32 { return w[wAt(j, c)]; }
{{- if .AVec}}
fn loadA4(p: u32, j: u32) -> vec4<f32> {
	let i = dyAt(p, j);
	if (i < 0) {
		return vec4<f32>();
	}
	return dy4[u32(i) / 4u];
}
{{- end}}
{{- if .BVec}}
fn loadB4(j: u32, c: u32) -> vec4<f32> { return w4[wAt(j, c) / 4u]; }
{{- end}}
{{end}}
