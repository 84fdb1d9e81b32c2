{{define "gemm"}}// gemm: OUT(m, n) = Σ_k A(m, k)·B(k, n) over a tile of BM×BN outputs per workgroup,
// TM×TN per thread (register tiling), K in steps of BK through workgroup memory. A
// thread's rows and columns are strided by BM/TM and BN/TN, so neighbouring threads
// read neighbouring words of the shared tiles (no bank conflicts) and store neighbouring
// outputs.
// wg.z selects a slice [z·KCHUNK, (z+1)·KCHUNK) of k (split-K); with SPLIT each slice
// writes its partial product to out[z][M][N] for a second pass to sum, else out is the
// [M][N] result. loadA and loadB are op-specific.
{{.Decls}}
const M = {{.M}}u;
const N = {{.N}}u;
const KD = {{.K}}u;
const BM = {{.BM}}u;
const BN = {{.BN}}u;
const BK = {{.BK}}u;
const TM = {{.TM}}u;
const TN = {{.TN}}u;
const TX = BN / TN;
const TY = BM / TM;
const THREADS = (BM / TM) * (BN / TN);
const KCHUNK = {{.KChunk}}u;

var<workgroup> As: array<f32, {{.BK}} * {{.BM}}>; // [BK][BM]
var<workgroup> Bs: array<f32, {{.BK}} * {{.BN}}>; // [BK][BN]

{{.Funcs}}

fn store(m: u32, n: u32, z: u32, v: f32) {
{{- if .Split}}
	out[(z * M + m) * N + n] = v;
{{- else if .Scatter}}
	out[outIndex(m, n)] = v;
{{- else if .Bias}}
	out[m * N + n] = v + bias[n];
{{- else}}
	out[m * N + n] = v;
{{- end}}
}

@compute @workgroup_size({{.Threads}})
fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
	let m0 = wg.y * BM;
	let n0 = wg.x * BN;
	let kBegin = wg.z * KCHUNK;
	let kEnd = min(kBegin + KCHUNK, KD);
	let tx = lid % TX;
	let ty = lid / TX;
	var acc: array<f32, {{.TM}} * {{.TN}}>;
	var a: array<f32, {{.TM}}>;
	var b: array<f32, {{.TN}}>;
	for (var k0 = kBegin; k0 < kEnd; k0 += BK) {
		// Stage the A and B tiles; the index order follows the operand's contiguous axis
		// so that neighbouring threads read neighbouring addresses.
		for (var e = 0u; e < (BM * BK + THREADS - 1u) / THREADS; e++) {
			let i = lid + e * THREADS;
			if (i >= BM * BK) {
				break;
			}
{{- if .AKContig}}
			let row = i / BK;
			let kk = i % BK;
{{- else}}
			let kk = i / BM;
			let row = i % BM;
{{- end}}
			let k = k0 + kk;
			let m = m0 + row;
			var v = 0.0;
			if (k < kEnd && m < M) {
				v = loadA(m, k);
			}
			As[kk * BM + row] = v;
		}
		for (var e = 0u; e < (BN * BK + THREADS - 1u) / THREADS; e++) {
			let i = lid + e * THREADS;
			if (i >= BN * BK) {
				break;
			}
{{- if .BKContig}}
			let col = i / BK;
			let kk = i % BK;
{{- else}}
			let kk = i / BN;
			let col = i % BN;
{{- end}}
			let k = k0 + kk;
			let n = n0 + col;
			var v = 0.0;
			if (k < kEnd && n < N) {
				v = loadB(k, n);
			}
			Bs[kk * BN + col] = v;
		}
		workgroupBarrier();
		for (var kk = 0u; kk < BK; kk++) {
			for (var i = 0u; i < TM; i++) {
				a[i] = As[kk * BM + ty + i * TY];
			}
			for (var j = 0u; j < TN; j++) {
				b[j] = Bs[kk * BN + tx + j * TX];
			}
			for (var i = 0u; i < TM; i++) {
				for (var j = 0u; j < TN; j++) {
					acc[i * TN + j] = fma(a[i], b[j], acc[i * TN + j]);
				}
			}
		}
		workgroupBarrier();
	}
	for (var i = 0u; i < TM; i++) {
		for (var j = 0u; j < TN; j++) {
			let m = m0 + ty + i * TY;
			let n = n0 + tx + j * TX;
			if (m < M && n < N) {
				store(m, n, wg.z, acc[i * TN + j]);
			}
		}
	}
}
{{end}}
