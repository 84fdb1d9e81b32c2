{{define "eltwise"}}// One thread per element i < LEN (per vec4 where the bindings are vec4<f32>: the
// bodies read the same either way, ZERO is 0 of the element type); a 2-D grid of
// NX×ny workgroups of 256 covers lengths beyond the 65535-workgroup limit of one
// dimension.
{{.Decls}}
const LEN = {{.Len}}u;
const NX = {{.NX}}u;
const ZERO = {{if .Vec}}vec4<f32>(){{else}}0.0{{end}};
{{.Consts}}
@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
	let i = (wg.y * NX + wg.x) * 256u + lid;
	if (i >= LEN) {
		return;
	}
	{{.Body}}
}
{{end}}

{{define "zero"}}out[i] = ZERO;{{end}}

{{define "add"}}y[i] = a[i] + b[i];{{end}}

{{define "relu_bwd"}}dx[i] = select(ZERO, dy[i], y[i] > ZERO);{{end}}

{{define "relu_bwd_inplace"}}dx[i] = select(ZERO, dx[i], y[i] > ZERO);{{end}}

{{define "add_inplace"}}y[i] = y[i] + b[i];{{end}}

{{define "add_self"}}y[i] = y[i] + y[i];{{end}}

{{define "sgd"}}let lr = hyper[0];
	let wd = hyper[1];
	let mom = hyper[2];
	var g = grad[i] + wd * param[i];
{{- if .Velocity}}
	if (mom != 0.0) {
		let v = mom * velocity[i] + g;
		velocity[i] = v;
		g = v;
	}
{{- end}}
	param[i] = param[i] - lr * g;{{end}}

{{define "avgpool_bwd"}}let c = i % C;
	let n = i / (HW * C);
	dx[i] = dy[n * C + c] / f32(HW);{{end}}

{{define "input"}}// src holds bytes packed four to a u32 (little-endian), starting BASE bytes in.
	let b = BASE + i;
	let v = (src[b / 4u] >> (8u * (b % 4u))) & 255u;
	let c = i % 3u;
	dst[i] = (f32(v) / 255.0 - MEAN[c]) / STD[c];{{end}}

{{define "bn_apply"}}let c = i % C;
{{- if .Train}}
	let mu = mean[c];
	let is = invstd[c];
{{- else}}
	let mu = run_mean[c];
	let is = 1.0 / sqrt(run_var[c] + EPS);
{{- end}}
	var v = gamma[c] * (x[i] - mu) * is + beta[c];
{{- if .Residual}}
	v += residual[i];
{{- end}}
{{- if .ReLU}}
	v = max(v, ZERO);
{{- end}}
	y[i] = v;{{end}}

{{define "bn_bwd_dx"}}let c = i % C;
	let is = invstd[c];
	let xhat = (x[i] - mean[c]) * is;
	dx[i] = gamma[c] * is * (dy[i] - dbeta[c] / f32(ROWS) - xhat * dgamma[c] / f32(ROWS));{{end}}

{{define "maxpool"}}// i is an output (n, oh, ow, c); the first maximum in row-major window order wins.
	let c = i % C;
	let t = i / C;
	let ow = t % OW;
	let t2 = t / OW;
	let oh = t2 % OH;
	let n = t2 / OH;
	var best = 0.0;
	var arg = -1;
	for (var r = 0u; r < WIN; r++) {
		let h = i32(oh * STRIDE + r) - PAD;
		if (h < 0 || h >= i32(H)) {
			continue;
		}
		for (var s = 0u; s < WIN; s++) {
			let w = i32(ow * STRIDE + s) - PAD;
			if (w < 0 || w >= i32(W)) {
				continue;
			}
			let j = ((n * H + u32(h)) * W + u32(w)) * C + c;
			let v = x[j];
			if (arg < 0 || v > best) {
				best = v;
				arg = i32(j);
			}
		}
	}
	y[i] = best;
	index[i] = arg;{{end}}

{{define "maxpool_bwd"}}// i is an input (n, h, w, c); gather from every output whose window holds it.
	let c = i % C;
	let t = i / C;
	let w = t % W;
	let t2 = t / W;
	let h = t2 % H;
	let n = t2 / H;
	let hp = i32(h) + PAD;
	let wp = i32(w) + PAD;
	let oh0 = u32(max(0, (hp - i32(WIN) + i32(STRIDE)) / i32(STRIDE)));
	let ow0 = u32(max(0, (wp - i32(WIN) + i32(STRIDE)) / i32(STRIDE)));
	let oh1 = min(OH, u32(hp) / STRIDE + 1u);
	let ow1 = min(OW, u32(wp) / STRIDE + 1u);
	var sum = 0.0;
	for (var oh = oh0; oh < oh1; oh++) {
		for (var ow = ow0; ow < ow1; ow++) {
			let j = ((n * OH + oh) * OW + ow) * C + c;
			if (index[j] == i32(i)) {
				sum += dy[j];
			}
		}
	}
	dx[i] = sum;{{end}}

{{define "avgpool"}}// i is (n, c).
	let c = i % C;
	let n = i / C;
	var sum = 0.0;
	for (var p = 0u; p < HW; p++) {
		sum += x[(n * HW + p) * C + c];
	}
	y[i] = sum / f32(HW);{{end}}

{{define "colsum"}}// i is a column o: DBias[o] = Σ_n DY[n][o].
	var sum = 0.0;
	for (var n = 0u; n < ROWS; n++) {
		sum += dy[n * COLS + i];
	}
	dbias[i] = sum;{{end}}

{{define "splitk_reduce"}}// OUT[i] = Σ_z WS[z][i], the sum of the split-K slices.
	var sum = ZERO;
	for (var z = 0u; z < SPLITS; z++) {
		sum += ws[z * LEN + i];
	}
	out[i] = sum;{{end}}
