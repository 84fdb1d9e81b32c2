{{define "bn_consts"}}
const ROWS = {{.Rows}}u;
const C = {{.C}}u;
const CB = {{.CB}}u;       // channels per workgroup
const LANES = {{.Lanes}}u; // threads per channel
const CHUNK = {{.Chunk}}u; // rows per workgroup
const CHUNKS = {{.Chunks}}u;
const THREADS = CB * LANES;
{{end}}

{{define "bn_stats"}}// Per-chunk batch statistics. Workgroup (x, y) covers channels [x·CB, x·CB+CB) and rows
// [y·CHUNK, y·CHUNK+CHUNK). Each thread sums a strided set of rows, shifted by the chunk's
// first value (so the sum of squares does not cancel), then lane 0 merges the lanes
// with Chan's formula. partial[(y·C + c)·3 ..] = (count, mean, M2).
{{.Decls}}{{template "bn_consts" .}}
var<workgroup> shN: array<f32, {{.Threads}}>;
var<workgroup> shMean: array<f32, {{.Threads}}>;
var<workgroup> shM2: array<f32, {{.Threads}}>;

@compute @workgroup_size({{.Threads}})
fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
	let cl = lid % CB;
	let lane = lid / CB;
	let c = wg.x * CB + cl;
	let r0 = wg.y * CHUNK;
	let r1 = min(r0 + CHUNK, ROWS);
	var cnt = 0.0;
	var s = 0.0;
	var q = 0.0;
	var shift = 0.0;
	if (c < C) {
		shift = x[r0 * C + c];
		for (var r = r0 + lane; r < r1; r += LANES) {
			let d = x[r * C + c] - shift;
			s += d;
			q += d * d;
			cnt += 1.0;
		}
	}
	var mean = 0.0;
	var m2 = 0.0;
	if (cnt > 0.0) {
		mean = shift + s / cnt;
		m2 = max(q - s * s / cnt, 0.0);
	}
	shN[lid] = cnt;
	shMean[lid] = mean;
	shM2[lid] = m2;
	workgroupBarrier();
	if (lane == 0u && c < C) {
		var n = 0.0;
		var mu = 0.0;
		var acc = 0.0;
		for (var l = 0u; l < LANES; l++) {
			let t = l * CB + cl;
			let nb = shN[t];
			if (nb == 0.0) {
				continue;
			}
			let nn = n + nb;
			let delta = shMean[t] - mu;
			mu += delta * nb / nn;
			acc += shM2[t] + delta * delta * n * nb / nn;
			n = nn;
		}
		let o = (wg.y * C + c) * 3u;
		partial[o] = n;
		partial[o + 1u] = mu;
		partial[o + 2u] = acc;
	}
}
{{end}}

{{define "bn_final"}}// Per channel: merge the chunks' (count, mean, M2) with Chan's formula, then save μ and
// invstd for the backward pass and update the running statistics as PyTorch does.
// Workgroup x covers channels [x·CB, x·CB+CB) with LANES threads each: lane l merges
// chunks l, l+LANES, ..., and lane 0 merges the lanes in order.
{{.Decls}}
const C = {{.C}}u;
const CHUNKS = {{.Chunks}}u;
const ROWS = {{.Rows}}.0;
const CB = {{.CB}}u;
const LANES = {{.Lanes}}u;
const EPS = bitcast<f32>({{.Eps}}u);
const MOM = bitcast<f32>({{.Momentum}}u);

var<workgroup> shN: array<f32, {{.Threads}}>;
var<workgroup> shMean: array<f32, {{.Threads}}>;
var<workgroup> shM2: array<f32, {{.Threads}}>;

@compute @workgroup_size({{.Threads}})
fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
	let cl = lid % CB;
	let lane = lid / CB;
	let c = wg.x * CB + cl;
	var n = 0.0;
	var mu = 0.0;
	var acc = 0.0;
	if (c < C) {
		for (var g = lane; g < CHUNKS; g += LANES) {
			let o = (g * C + c) * 3u;
			let nb = partial[o];
			if (nb == 0.0) {
				continue;
			}
			let nn = n + nb;
			let delta = partial[o + 1u] - mu;
			mu += delta * nb / nn;
			acc += partial[o + 2u] + delta * delta * n * nb / nn;
			n = nn;
		}
	}
	shN[lid] = n;
	shMean[lid] = mu;
	shM2[lid] = acc;
	workgroupBarrier();
	if (lane != 0u || c >= C) {
		return;
	}
	n = 0.0;
	mu = 0.0;
	acc = 0.0;
	for (var l = 0u; l < LANES; l++) {
		let t = l * CB + cl;
		let nb = shN[t];
		if (nb == 0.0) {
			continue;
		}
		let nn = n + nb;
		let delta = shMean[t] - mu;
		mu += delta * nb / nn;
		acc += shM2[t] + delta * delta * n * nb / nn;
		n = nn;
	}
	let v = acc / ROWS;
	save_mean[c] = mu;
	save_invstd[c] = 1.0 / sqrt(v + EPS);
	run_mean[c] = (1.0 - MOM) * run_mean[c] + MOM * mu;
	run_var[c] = (1.0 - MOM) * run_var[c] + MOM * (acc / (ROWS - 1.0));
}
{{end}}

{{define "bn_bwd_sums"}}// Per-chunk sums for the batch-norm backward: partial[(y·C + c)·2 ..] =
// (Σ DY, Σ DY·x̂) over the chunk's rows of channel c.{{if .Mask}} The ReLU backward before
// it is folded in: DY is masked by y > 0 as it is read, and written back masked.{{end}}
{{.Decls}}{{template "bn_consts" .}}
var<workgroup> shA: array<f32, {{.Threads}}>;
var<workgroup> shB: array<f32, {{.Threads}}>;

@compute @workgroup_size({{.Threads}})
fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
	let cl = lid % CB;
	let lane = lid / CB;
	let c = wg.x * CB + cl;
	let r0 = wg.y * CHUNK;
	let r1 = min(r0 + CHUNK, ROWS);
	var sa = 0.0;
	var sb = 0.0;
	if (c < C) {
		let mu = mean[c];
		let is = invstd[c];
		for (var r = r0 + lane; r < r1; r += LANES) {
{{- if .Mask}}
			let g = select(0.0, dy[r * C + c], y[r * C + c] > 0.0);
			dy[r * C + c] = g;
{{- else}}
			let g = dy[r * C + c];
{{- end}}
			sa += g;
			sb += g * (x[r * C + c] - mu) * is;
		}
	}
	shA[lid] = sa;
	shB[lid] = sb;
	workgroupBarrier();
	if (lane == 0u && c < C) {
		var ta = 0.0;
		var tb = 0.0;
		for (var l = 0u; l < LANES; l++) {
			ta += shA[l * CB + cl];
			tb += shB[l * CB + cl];
		}
		partial[(wg.y * C + c) * 2u] = ta;
		partial[(wg.y * C + c) * 2u + 1u] = tb;
	}
}
{{end}}

{{define "bn_bwd_final"}}// One thread per channel: DBeta = Σ DY, DGamma = Σ DY·x̂ over the chunks.
{{.Decls}}
const C = {{.C}}u;
const CHUNKS = {{.Chunks}}u;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
	let c = gid.x;
	if (c >= C) {
		return;
	}
	var ta = 0.0;
	var tb = 0.0;
	for (var g = 0u; g < CHUNKS; g++) {
		ta += partial[(g * C + c) * 2u];
		tb += partial[(g * C + c) * 2u + 1u];
	}
	dbeta[c] = ta;
	dgamma[c] = tb;
}
{{end}}

{{define "bn_sums_sg"}}// Subgroup form of the per-chunk batch-norm sums, for channel counts that divide by 4.
// Workgroup (x, y) covers the NV·4 channels from x·NV·4 (NV vec4 columns) over rows
// [y·CHUNK, y·CHUNK+CHUNK); every thread reads whole vec4s of its own rows. The
// threads' sums are added per subgroup (subgroupAdd), each subgroup's total goes to
// its own slot of workgroup memory (slot numbers from an atomic counter, so nothing
// assumes how the device groups invocations or how large a subgroup is), and one
// thread per channel adds the slots.
{{- if .Bwd}}
// Backward: partial[(y·C + c)·2 ..] = (Σ DY, Σ DY·x̂).
{{- if .Mask}} The ReLU backward before it is folded in:
// DY is masked by y > 0 as it is read, and written back masked.
{{- end}}
{{- else}}
// Forward: partial[(y·C + c)·3 ..] = (count, mean, M2), the sums shifted by the chunk's
// first row (so the sum of squares does not cancel), as bn_stats writes them.
{{- end}}
enable subgroups;
{{.Decls}}
const ROWS = {{.Rows}}u;
const C = {{.C}}u;
const C4 = C / 4u;
const NV = {{.NV}}u;    // vec4 columns per workgroup
const CHUNK = {{.Chunk}}u;
const THREADS = 256u;

var<workgroup> nsg: atomic<u32>;
var<workgroup> shA: array<vec4<f32>, {{.Slots}}>;
var<workgroup> shB: array<vec4<f32>, {{.Slots}}>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
	let v0 = wg.x * NV;
	let r0 = wg.y * CHUNK;
	let r1 = min(r0 + CHUNK, ROWS);
	var a: array<vec4<f32>, NV>;
	var b: array<vec4<f32>, NV>;
	var k: array<vec4<f32>, NV>; // the shift (forward) or μ (backward)
{{- if .Bwd}}
	var is: array<vec4<f32>, NV>;
{{- end}}
	for (var j = 0u; j < NV; j++) {
{{- if .Bwd}}
		k[j] = mean[v0 + j];
		is[j] = invstd[v0 + j];
{{- else}}
		k[j] = x[r0 * C4 + v0 + j];
{{- end}}
	}
	for (var r = r0 + lid; r < r1; r += THREADS) {
		for (var j = 0u; j < NV; j++) {
{{- if .Bwd}}
{{- if .Mask}}
			let g = select(vec4<f32>(), dy[r * C4 + v0 + j], y[r * C4 + v0 + j] > vec4<f32>());
			dy[r * C4 + v0 + j] = g;
{{- else}}
			let g = dy[r * C4 + v0 + j];
{{- end}}
			a[j] += g;
			b[j] += g * (x[r * C4 + v0 + j] - k[j]) * is[j];
{{- else}}
			let d = x[r * C4 + v0 + j] - k[j];
			a[j] += d;
			b[j] += d * d;
{{- end}}
		}
	}
	let elected = subgroupElect();
	var slot = 0u;
	if (elected) {
		slot = atomicAdd(&nsg, 1u);
	}
	slot = subgroupBroadcastFirst(slot);
	for (var j = 0u; j < NV; j++) {
		let ta = subgroupAdd(a[j]);
		let tb = subgroupAdd(b[j]);
		if (elected) {
			shA[slot * NV + j] = ta;
			shB[slot * NV + j] = tb;
		}
	}
	workgroupBarrier();
	let n = atomicLoad(&nsg);
	if (lid < NV * 4u) {
		let j = lid / 4u;
		let e = lid % 4u;
		var ta = 0.0;
		var tb = 0.0;
		for (var s = 0u; s < n; s++) {
			ta += shA[s * NV + j][e];
			tb += shB[s * NV + j][e];
		}
		let c = (v0 + j) * 4u + e;
{{- if .Bwd}}
		partial[(wg.y * C + c) * 2u] = ta;
		partial[(wg.y * C + c) * 2u + 1u] = tb;
{{- else}}
		let cnt = f32(r1 - r0);
		let o = (wg.y * C + c) * 3u;
		partial[o] = cnt;
		partial[o + 1u] = k[j][e] + ta / cnt;
		partial[o + 2u] = max(tb - ta * ta / cnt, 0.0);
{{- end}}
	}
}
{{end}}
