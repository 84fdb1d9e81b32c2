{{define "softmax_xent"}}// Softmax cross-entropy in one workgroup: count the valid rows V, then each thread
// takes rows lid, lid+256, ...; the loss sum and correct count are reduced in
// workgroup memory{{if .Subgroups}} (subgroupAdd, then one slot per subgroup){{end}}.
// DLogits = (softmax - onehot)/V on valid rows, 0 on padding rows.
{{if .Subgroups}}enable subgroups;
{{end}}{{.Decls}}
const NROWS = {{.N}}u;
const CL = {{.Classes}}u;

var<workgroup> shU: array<u32, 256>;
var<workgroup> shF: array<f32, 256>;
{{- if .Subgroups}}
// Slot counters of the three reductions (V, correct, loss): each subgroup's elected
// invocation takes the next slot, so nothing assumes the subgroup size or grouping.
var<workgroup> nsg: array<atomic<u32>, 3>;

fn sumU(lid: u32, v: u32, which: u32) -> u32 {
	let t = subgroupAdd(v);
	if (subgroupElect()) {
		shU[atomicAdd(&nsg[which], 1u)] = t;
	}
	workgroupBarrier();
	var r = 0u;
	let n = atomicLoad(&nsg[which]);
	for (var k = 0u; k < n; k++) {
		r += shU[k];
	}
	workgroupBarrier();
	return r;
}

fn sumF(lid: u32, v: f32, which: u32) -> f32 {
	let t = subgroupAdd(v);
	if (subgroupElect()) {
		shF[atomicAdd(&nsg[which], 1u)] = t;
	}
	workgroupBarrier();
	var r = 0.0;
	let n = atomicLoad(&nsg[which]);
	for (var k = 0u; k < n; k++) {
		r += shF[k];
	}
	return r;
}
{{- else}}

fn sumU(lid: u32, v: u32, which: u32) -> u32 {
	shU[lid] = v;
	workgroupBarrier();
	for (var s = 128u; s > 0u; s >>= 1u) {
		if (lid < s) {
			shU[lid] += shU[lid + s];
		}
		workgroupBarrier();
	}
	let r = shU[0];
	workgroupBarrier();
	return r;
}

fn sumF(lid: u32, v: f32, which: u32) -> f32 {
	shF[lid] = v;
	workgroupBarrier();
	for (var s = 128u; s > 0u; s >>= 1u) {
		if (lid < s) {
			shF[lid] += shF[lid + s];
		}
		workgroupBarrier();
	}
	return shF[0];
}
{{- end}}

@compute @workgroup_size(256)
fn main(@builtin(local_invocation_index) lid: u32) {
	var valid = 0u;
	for (var r = lid; r < NROWS; r += 256u) {
		if (labels[r] >= 0) {
			valid++;
		}
	}
	let V = sumU(lid, valid, 0u);
	var lossSum = 0.0;
	var correctN = 0u;
	for (var r = lid; r < NROWS; r += 256u) {
		let base = r * CL;
		let label = labels[r];
		var mx = logits[base];
		var arg = 0u;
		for (var j = 1u; j < CL; j++) {
			let v = logits[base + j];
			if (v > mx) {
				mx = v;
				arg = j;
			}
		}
		var se = 0.0;
		for (var j = 0u; j < CL; j++) {
			se += exp(logits[base + j] - mx);
		}
		if (label >= 0) {
			lossSum += mx + log(se) - logits[base + u32(label)];
			if (arg == u32(label)) {
				correctN++;
			}
		}
{{- if .DLogits}}
		for (var j = 0u; j < CL; j++) {
			var d = 0.0;
			if (label >= 0) {
				d = exp(logits[base + j] - mx) / se;
				if (j == u32(label)) {
					d -= 1.0;
				}
				d /= f32(V);
			}
			dlogits[base + j] = d;
		}
{{- end}}
	}
	let C = sumU(lid, correctN, 1u);
	let L = sumF(lid, lossSum, 2u);
	if (lid == 0u) {
		if (V > 0u) {
			loss[0] = L / f32(V);
		} else {
			loss[0] = 0.0;
		}
		correct[0] = i32(C);
	}
}
{{end}}
