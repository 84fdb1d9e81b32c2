// SGEMM benchmark of the generated kernel module in the browser: the page's thread
// and threads-1 workers share one WebAssembly.Memory; each call is posted to every
// worker and run on the page at once, and the module's atomic tile counter splits the
// work. The result lands in window.benchResult (a promise).
// The memory layout and every call (its export's arguments in order) come from the Go
// side in config (simd.ExportArgs), so this page repeats no export's argument order.

function rpc(w, msg) {
  return new Promise((resolve, reject) => {
    w.onmessage = (e) => (String(e.data).startsWith("error") ? reject(new Error(e.data)) : resolve(e.data));
    w.onerror = (e) => reject(new Error("worker: " + e.message));
    w.postMessage(msg);
  });
}

class Pool {
  static async create(module, memory, threads) {
    const p = new Pool();
    p.i32 = new Int32Array(memory.buffer);
    p.main = await WebAssembly.instantiate(module, { env: { memory }, math: { exp: Math.exp, log: Math.log } });
    p.workers = [];
    for (let t = 1; t < threads; t++) {
      const w = new Worker("worker.js");
      await rpc(w, { type: "init", module, memory, tid: t });
      p.workers.push(w);
    }
    return p;
  }
  async call([fn, args, scratch]) {
    Atomics.store(this.i32, 0, 0); // the tile counter
    const done = this.workers.map((w) => rpc(w, { type: "call", fn, args, scratch, scratchBytes: this.scratchBytes }));
    this.main.exports[fn](...args);
    await Promise.all(done);
  }
  close() { this.workers.forEach((w) => w.terminate()); }
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

async function main() {
  const cfg = await (await fetch("config")).json();
  const bytes = {
    "mul+add": await (await fetch("kernels.wasm")).arrayBuffer(),
    relaxed: await (await fetch("kernels_relaxed.wasm")).arrayBuffer(),
  };
  const res = {
    userAgent: navigator.userAgent, crossOriginIsolated, hardwareConcurrency: navigator.hardwareConcurrency,
    relaxedValid: WebAssembly.validate(bytes.relaxed), rows: [],
  };
  if (!crossOriginIsolated) throw new Error("the page is not cross-origin isolated: no shared memory, one thread only");
  const maxN = Math.max(...cfg.sizes), { a: A, b: B, c: C, end, scratchBytes } = cfg.layout;
  const pages = Math.ceil(end / 65536);
  for (const build of ["mul+add", "relaxed"]) {
    if (build === "relaxed" && !res.relaxedValid) continue;
    const module = await WebAssembly.compile(bytes[build]);
    for (const threads of cfg.threads) {
      const memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true });
      const f32 = new Float32Array(memory.buffer);
      for (let i = 0; i < maxN * maxN; i++) { f32[A / 4 + i] = Math.random() - 0.5; f32[B / 4 + i] = Math.random() - 0.5; }
      const pool = await Pool.create(module, memory, threads);
      pool.scratchBytes = scratchBytes;
      for (const n of cfg.sizes) {
        for (const tile of cfg.tiles) {
          const [packA, packB, product, productInPlace] = cfg.calls[`${n}/${tile}`];
          const pack = async () => {
            await pool.call(packA);
            await pool.call(packB);
          };
          const gemm = () => pool.call(product);
          await pack(); await gemm(); // warm up
          const total = [], kernel = [], inPlace = [];
          for (let r = 0; r < cfg.reps; r++) {
            const t0 = performance.now();
            await pack();
            const t1 = performance.now();
            await gemm();
            const t2 = performance.now();
            await pool.call(productInPlace); // same product, A unpacked; checked below
            const t3 = performance.now();
            total.push(t2 - t0); kernel.push(t2 - t1); inPlace.push(t3 - t2);
          }
          // Spot-check 256 entries of C = A·B against float64 dot products.
          let worst = 0;
          for (let s = 0; s < 256; s++) {
            const i = Math.floor(Math.random() * n), j = Math.floor(Math.random() * n);
            let d = 0;
            for (let k = 0; k < n; k++) d += f32[A / 4 + i * n + k] * f32[B / 4 + k * n + j];
            worst = Math.max(worst, Math.abs(d - f32[C / 4 + i * n + j]));
          }
          const flop = 2 * n * n * n;
          res.rows.push({
            build, threads, n, tile, totalMs: median(total), kernelMs: median(kernel),
            gflops: flop / median(total) / 1e6, kernelGflops: flop / median(kernel) / 1e6,
            inPlaceGflops: flop / median(inPlace) / 1e6, maxAbsErr: worst,
          });
        }
      }
      pool.close();
    }
  }
  return res;
}

window.benchResult = main().catch((e) => ({ error: String(e && e.stack ? e.stack : e) }));
