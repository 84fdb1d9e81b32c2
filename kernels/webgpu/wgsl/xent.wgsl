{{define "softmax_xent"}}// Softmax cross-entropy in one workgroup: count the valid rows V, then each thread
// takes rows lid, lid+256, ...; the loss sum and correct count are reduced in
// workgroup memory. DLogits = (softmax - onehot)/V on valid rows, 0 on padding rows.
{{.Decls}}
const NROWS = {{.N}}u;
const CL = {{.Classes}}u;

var<workgroup> shU: array<u32, 256>;
var<workgroup> shF: array<f32, 256>;

fn sumU(lid: u32, v: u32) -> u32 {
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

@compute @workgroup_size(256)
fn main(@builtin(local_invocation_index) lid: u32) {
	var valid = 0u;
	for (var r = lid; r < NROWS; r += 256u) {
		if (labels[r] >= 0) {
			valid++;
		}
	}
	let V = sumU(lid, valid);
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
	let C = sumU(lid, correctN);
	shF[lid] = lossSum;
	workgroupBarrier();
	for (var s = 128u; s > 0u; s >>= 1u) {
		if (lid < s) {
			shF[lid] += shF[lid + s];
		}
		workgroupBarrier();
	}
	if (lid == 0u) {
		if (V > 0u) {
			loss[0] = shF[0] / f32(V);
		} else {
			loss[0] = 0.0;
		}
		correct[0] = i32(C);
	}
}
{{end}}
