{{define "gemm"}}// gemm: OUT(m, n) = Σ_k A(m, k)·B(k, n) over a tile of BM×BN outputs per workgroup,
// TM×TN per thread (register tiling), K in steps of BK through workgroup memory. A
// thread's rows and columns are strided by BM/TM and BN/TN, so neighbouring threads
// read neighbouring words of the shared tiles (no bank conflicts) and store neighbouring
// outputs. With VecOut (TN and N divide by 4, the result is [M][N]) a thread's columns
// come in runs of 4 instead (run jb at (jb·TX + tx)·4): B is read from the shared tile
// and OUT written as vec4. With AsVec (TM divides by 4) a thread's rows come in runs
// of 4 too (rowOf), and A is read from the shared tile as vec4.
// Staging: each thread fetches its share of the next A and B tiles from global memory
// into registers while it multiplies the current tiles, then stores them into the other
// half of the double-buffered shared tiles (NBUF = 2; one barrier per step), or, when
// two copies would not fit in 16 KiB, into the single tiles (two barriers per step).
// Operands whose contiguous axis divides by 4 are fetched as vec4 (A4/B4 bindings of
// the same buffers); the others one float at a time.
// wg.z selects a slice [z·KCHUNK, (z+1)·KCHUNK) of k (split-K); with SPLIT each slice
// writes its partial product to out[z][M][N] for a second pass to sum, else out is the
// [M][N] result. loadA and loadB (or loadA4/loadB4) are op-specific. With AROW the
// op works out a row's part of A's address once per fetch slot (a slot's row is the
// same at every step): aRow(m) into rowA*, then loadAR(rowA, k) (loadA4R); BCOL does
// the same for B's columns (bCol(n), loadBC(k, colB), loadB4C).
// With STATS (an unsplit [M][N] result that a training batch norm reads next) the
// workgroup also writes the batch-norm statistics of its tile's columns while the
// values are still in registers: stats[(wg.y·N + n)·3 ..] = (rows, mean, M2) over the
// tile's valid rows, the mean and the sum of squared deviations from it taken in two
// passes through the B tile's workgroup memory (no cancellation), as bn_stats writes
// them per chunk of rows; bn_final merges them. This saves the batch norm a pass that
// reads the whole result again.
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
const NBUF = {{.Bufs}}u;
const VA = {{if .AVec}}4u{{else}}1u{{end}}; // floats per A fetch
const VB = {{if .BVec}}4u{{else}}1u{{end}};

{{- if .AsVec}}
var<workgroup> As: array<vec4<f32>, {{.AsVec4}}>; // [NBUF][BK][BM/4]
{{- else}}
var<workgroup> As: array<f32, {{.Bufs}} * {{.BK}} * {{.BM}}>; // [NBUF][BK][BM]
{{- end}}
{{- if .VecOut}}
var<workgroup> Bs: array<vec4<f32>, {{.BsVec4}}>; // [NBUF][BK][BN/4]
{{- else}}
var<workgroup> Bs: array<f32, {{.Bufs}} * {{.BK}} * {{.BN}}>; // [NBUF][BK][BN]
{{- end}}

{{.Funcs}}

{{- if .AsVec}}
// setA writes one float of the A tiles.
fn setA(o: u32, v: f32) {
	As[o / 4u][o % 4u] = v;
}

// rowOf is the tile row of this thread's accumulator row i: in runs of 4 (run ib at
// (ib·TY + ty)·4), so that a thread reads its A values from shared memory as vec4s.
fn rowOf(i: u32, ty: u32) -> u32 {
	return ((i / 4u) * TY + ty) * 4u + i % 4u;
}
{{- else}}
fn setA(o: u32, v: f32) {
	As[o] = v;
}

fn rowOf(i: u32, ty: u32) -> u32 {
	return ty + i * TY;
}
{{- end}}

{{- if .VecOut}}
// store4 writes OUT(m, n..n+3) with one vec4 store.
fn store4(m: u32, n: u32, z: u32, v: vec4<f32>) {
{{- if .Split}}
	out[((z * M + m) * N + n) / 4u] = v;
{{- else if .Bias}}
	out[(m * N + n) / 4u] = v + vec4<f32>(bias[n], bias[n + 1u], bias[n + 2u], bias[n + 3u]);
{{- else}}
	out[(m * N + n) / 4u] = v;
{{- end}}
}

// setB writes one float of the B tiles.
fn setB(o: u32, v: f32) {
	Bs[o / 4u][o % 4u] = v;
}

fn getB(o: u32) -> f32 {
	return Bs[o / 4u][o % 4u];
}

// colOf is the tile column of this thread's accumulator column j (runs of 4).
fn colOf(j: u32, tx: u32) -> u32 {
	return ((j / 4u) * TX + tx) * 4u + j % 4u;
}
{{- else}}
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

// setB writes one float of the B tiles.
fn setB(o: u32, v: f32) {
	Bs[o] = v;
}

fn getB(o: u32) -> f32 {
	return Bs[o];
}

// colOf is the tile column of this thread's accumulator column j.
fn colOf(j: u32, tx: u32) -> u32 {
	return tx + j * TX;
}
{{- end}}

// aPos is fetch i's place in the A tile: (row, first k); the index order follows the
// operand's contiguous axis so that neighbouring threads read neighbouring addresses.
fn aPos(i: u32) -> vec2<u32> {
{{- if and .AVec .AKContig}}
	return vec2<u32>(i / (BK / 4u), (i % (BK / 4u)) * 4u);
{{- else if .AVec}}
	return vec2<u32>((i % (BM / 4u)) * 4u, i / (BM / 4u));
{{- else if .AKContig}}
	return vec2<u32>(i / BK, i % BK);
{{- else}}
	return vec2<u32>(i % BM, i / BM);
{{- end}}
}

// bPos is fetch i's place in the B tile: (column, first k).
fn bPos(i: u32) -> vec2<u32> {
{{- if and .BVec .BKContig}}
	return vec2<u32>(i / (BK / 4u), (i % (BK / 4u)) * 4u);
{{- else if .BVec}}
	return vec2<u32>((i % (BN / 4u)) * 4u, i / (BN / 4u));
{{- else if .BKContig}}
	return vec2<u32>(i / BK, i % BK);
{{- else}}
	return vec2<u32>(i % BN, i / BN);
{{- end}}
}

// ra* and rb* hold this thread's share of the next tiles between fetch and put (one
// variable per fetch, not an array, so that they stay in registers).
{{- range .LA}}
var<private> ra{{.}}: {{if $.AVec}}vec4<f32>{{else}}f32{{end}};
{{- end}}
{{- range .LB}}
var<private> rb{{.}}: {{if $.BVec}}vec4<f32>{{else}}f32{{end}};
{{- end}}

{{- if .ARow}}
{{- range .LA}}
var<private> rowA{{.}}: ARow;
{{- end}}
{{- end}}
{{- if .BCol}}
{{- range .LB}}
var<private> colB{{.}}: BCol;
{{- end}}
{{- end}}

// fetch loads this thread's share of the tiles at k0 into ra and rb (zeros outside).
fn fetch(m0: u32, n0: u32, k0: u32, kEnd: u32, lid: u32) {
{{- template "gemm_fetch" .}}
}

// put stores ra and rb into shared tile buffer buf.
fn put(buf: u32, lid: u32) {
{{- template "gemm_put" .}}
}

@compute @workgroup_size({{.Threads}})
fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
	let m0 = wg.y * BM;
	let n0 = wg.x * BN;
	let kBegin = wg.z * KCHUNK;
	let kEnd = min(kBegin + KCHUNK, KD);
	let steps = (kEnd - kBegin + BK - 1u) / BK;
	let tx = lid % TX;
	let ty = lid / TX;
	var acc: array<f32, {{.TM}} * {{.TN}}>;
	var a: array<f32, {{.TM}}>;
	var b: array<f32, {{.TN}}>;
	// One fetch ahead: at step t the registers hold tile t, which is put into shared
	// buffer t % NBUF, and tile t+1 is fetched while tile t is multiplied. With two
	// buffers the barrier after put also tells that nobody still reads the buffer
	// put into next (it was read at step t-1, before this barrier).
{{- if .ARow}}
{{- range .LA}}
	rowA{{.}} = aRow(m0 + aPos(lid + {{.}}u * THREADS).x);
{{- end}}
{{- end}}
{{- if .BCol}}
{{- range .LB}}
	colB{{.}} = bCol(n0 + bPos(lid + {{.}}u * THREADS).x);
{{- end}}
{{- end}}
	fetch(m0, n0, kBegin, kEnd, lid);
	for (var t = 0u; t < steps; t++) {
		let cur = t % NBUF;
{{- if eq .Bufs 1}}
		if (t > 0u) {
			workgroupBarrier(); // everybody is done reading the single buffer
		}
{{- end}}
		put(cur, lid);
		workgroupBarrier();
		if (t + 1u < steps) {
			fetch(m0, n0, kBegin + (t + 1u) * BK, kEnd, lid);
		}
		let ao = cur * BK * BM;
		let bo = cur * BK * BN;
		for (var kk = 0u; kk < BK; kk++) {
{{- if .AsVec}}
			for (var ib = 0u; ib < TM / 4u; ib++) {
				let v = As[(ao + kk * BM) / 4u + ib * TY + ty];
				a[ib * 4u] = v.x;
				a[ib * 4u + 1u] = v.y;
				a[ib * 4u + 2u] = v.z;
				a[ib * 4u + 3u] = v.w;
			}
{{- else}}
			for (var i = 0u; i < TM; i++) {
				a[i] = As[ao + kk * BM + ty + i * TY];
			}
{{- end}}
{{- if .VecOut}}
			for (var jb = 0u; jb < TN / 4u; jb++) {
				let v = Bs[(bo + kk * BN) / 4u + jb * TX + tx];
				b[jb * 4u] = v.x;
				b[jb * 4u + 1u] = v.y;
				b[jb * 4u + 2u] = v.z;
				b[jb * 4u + 3u] = v.w;
			}
{{- else}}
			for (var j = 0u; j < TN; j++) {
				b[j] = Bs[bo + kk * BN + tx + j * TX];
			}
{{- end}}
			for (var i = 0u; i < TM; i++) {
				for (var j = 0u; j < TN; j++) {
					acc[i * TN + j] = fma(a[i], b[j], acc[i * TN + j]);
				}
			}
		}
	}
{{- if .VecOut}}
	for (var i = 0u; i < TM; i++) {
		for (var jb = 0u; jb < TN / 4u; jb++) {
			let m = m0 + rowOf(i, ty);
			let n = n0 + (jb * TX + tx) * 4u;
			let o = i * TN + jb * 4u;
			if (m < M && n < N) {
				store4(m, n, wg.z, vec4<f32>(acc[o], acc[o + 1u], acc[o + 2u], acc[o + 3u]));
			}
		}
	}
{{- else}}
	for (var i = 0u; i < TM; i++) {
		for (var j = 0u; j < TN; j++) {
			let m = m0 + rowOf(i, ty);
			let n = n0 + tx + j * TX;
			if (m < M && n < N) {
				store(m, n, wg.z, acc[i * TN + j]);
			}
		}
	}
{{- end}}
{{- if .Stats}}
	// The tile's column statistics (STATS, see the header). B's workgroup memory holds
	// a [TY][BN] table of per-thread partial sums (TY <= NBUF·BK, checked in Go); the
	// thread whose index is a column adds its column (THREADS >= BN, checked too).
	let rows = min(BM, M - m0);
	workgroupBarrier(); // every thread is past its last read of the B tile
	for (var j = 0u; j < TN; j++) {
		var s = 0.0;
		for (var i = 0u; i < TM; i++) {
			if (m0 + rowOf(i, ty) < M) {
				s += acc[i * TN + j];
			}
		}
		setB(ty * BN + colOf(j, tx), s);
	}
	workgroupBarrier();
	var mu = 0.0;
	if (lid < BN) {
		var s = 0.0;
		for (var t = 0u; t < TY; t++) {
			s += getB(t * BN + lid);
		}
		mu = s / f32(rows);
		setB(lid, mu); // only this thread reads or writes column lid of row 0
	}
	workgroupBarrier();
	var means: array<f32, {{.TN}}>;
	for (var j = 0u; j < TN; j++) {
		means[j] = getB(colOf(j, tx));
	}
	workgroupBarrier();
	for (var j = 0u; j < TN; j++) {
		var q = 0.0;
		for (var i = 0u; i < TM; i++) {
			if (m0 + rowOf(i, ty) < M) {
				let d = acc[i * TN + j] - means[j];
				q += d * d;
			}
		}
		setB(ty * BN + colOf(j, tx), q);
	}
	workgroupBarrier();
	if (lid < BN && n0 + lid < N) {
		var q = 0.0;
		for (var t = 0u; t < TY; t++) {
			q += getB(t * BN + lid);
		}
		let o = (wg.y * N + n0 + lid) * 3u;
		stats[o] = f32(rows);
		stats[o + 1u] = mu;
		stats[o + 2u] = q;
	}
{{- end}}
}
{{end}}

{{define "gemm_fetch"}}
{{- range .LA}}
	{
		let i = lid + {{.}}u * THREADS;
		let p = aPos(i);
		let m = m0 + p.x;
		let k = k0 + p.y;
		ra{{.}} = {{if $.AVec}}vec4<f32>(){{else}}0.0{{end}};
		if (i < BM * BK / VA && k < kEnd && m < M) {
{{- if $.ARow}}
			ra{{.}} = {{if $.AVec}}loadA4R{{else}}loadAR{{end}}(rowA{{.}}, k);
{{- else}}
			ra{{.}} = {{if $.AVec}}loadA4{{else}}loadA{{end}}(m, k);
{{- end}}
		}
	}
{{- end}}
{{- range .LB}}
	{
		let i = lid + {{.}}u * THREADS;
		let p = bPos(i);
		let n = n0 + p.x;
		let k = k0 + p.y;
		rb{{.}} = {{if $.BVec}}vec4<f32>(){{else}}0.0{{end}};
		if (i < BN * BK / VB && k < kEnd && n < N) {
{{- if $.BCol}}
			rb{{.}} = {{if $.BVec}}loadB4C{{else}}loadBC{{end}}(k, colB{{.}});
{{- else}}
			rb{{.}} = {{if $.BVec}}loadB4{{else}}loadB{{end}}(k, n);
{{- end}}
		}
	}
{{- end}}
{{- end}}

{{define "gemm_put"}}
{{- range .LA}}
	{
		let i = lid + {{.}}u * THREADS;
		if (i < BM * BK / VA) {
			let p = aPos(i);
			let o = buf * BK * BM + p.y * BM + p.x;
{{- if and $.AVec $.AKContig}}
			setA(o, ra{{.}}.x);
			setA(o + BM, ra{{.}}.y);
			setA(o + 2u * BM, ra{{.}}.z);
			setA(o + 3u * BM, ra{{.}}.w);
{{- else if $.AVec}}
			setA(o, ra{{.}}.x);
			setA(o + 1u, ra{{.}}.y);
			setA(o + 2u, ra{{.}}.z);
			setA(o + 3u, ra{{.}}.w);
{{- else}}
			setA(o, ra{{.}});
{{- end}}
		}
	}
{{- end}}
{{- range .LB}}
	{
		let i = lid + {{.}}u * THREADS;
		if (i < BN * BK / VB) {
			let p = bPos(i);
			let o = buf * BK * BN + p.y * BN + p.x;
{{- if and $.BVec $.BKContig}}
			setB(o, rb{{.}}.x);
			setB(o + BN, rb{{.}}.y);
			setB(o + 2u * BN, rb{{.}}.z);
			setB(o + 3u * BN, rb{{.}}.w);
{{- else if $.BVec}}
			setB(o, rb{{.}}.x);
			setB(o + 1u, rb{{.}}.y);
			setB(o + 2u, rb{{.}}.z);
			setB(o + 3u, rb{{.}}.w);
{{- else}}
			setB(o, rb{{.}});
{{- end}}
		}
	}
{{- end}}
{{- end}}
