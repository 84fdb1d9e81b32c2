// The browser side of kernels/simd: a pool of kernel module instances on one shared
// WebAssembly.Memory (this thread plus threads-1 workers). A compiled routine is a list
// of calls sent once; run(name) replays it, posting each parallel call to every worker
// and running it here too (the module's atomic tile counter shares the work out), so a
// step is one call from Go and one message per worker per kernel call, none per tile.
(() => {
  const workerSource = `
    let instance, tid;
    onmessage = async (e) => {
      const m = e.data;
      try {
        if (m.type === "init") {
          tid = m.tid;
          instance = await WebAssembly.instantiate(m.module, { env: { memory: m.memory }, math: { exp: Math.exp, log: Math.log } });
          postMessage("ok");
          return;
        }
        const args = m.args.slice();
        if (m.scratch >= 0) args[m.scratch] += tid * m.scratchBytes;
        instance.exports[m.fn](...args);
        postMessage("ok");
      } catch (err) {
        postMessage("error: " + (err && err.stack ? err.stack : err));
      }
    };`;

  function rpc(w, msg) {
    return new Promise((resolve, reject) => {
      w.onmessage = (e) => (e.data === "ok" ? resolve() : reject(new Error("simd worker: " + e.data)));
      w.onerror = (e) => reject(new Error("simd worker: " + e.message));
      w.postMessage(msg);
    });
  }

  class Pool {
    // create compiles the module (the relaxed-SIMD build when the engine validates it)
    // and starts threads-1 workers on a fresh shared memory of pages 64 KiB pages.
    // Without cross-origin isolation there is no shared memory: it then takes the
    // unshared builds on one thread and says so in note.
    static async create(plainBytes, relaxedBytes, unsharedBytes, unsharedRelaxedBytes, pages, threads, scratchBytes) {
      const p = new Pool();
      const shared = !!globalThis.crossOriginIsolated;
      p.note = "";
      if (!shared) {
        threads = 1;
        p.note = "simd: the page is not cross-origin isolated (it needs COOP same-origin and COEP require-corp), so there is no shared memory: running on one thread";
        console.warn(p.note);
        [plainBytes, relaxedBytes] = [unsharedBytes, unsharedRelaxedBytes];
      }
      p.threads = threads;
      p.relaxed = WebAssembly.validate(relaxedBytes);
      p.module = await WebAssembly.compile(p.relaxed ? relaxedBytes : plainBytes);
      p.memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared });
      p.i32 = new Int32Array(p.memory.buffer);
      p.scratchBytes = scratchBytes;
      p.local = await WebAssembly.instantiate(p.module, { env: { memory: p.memory }, math: { exp: Math.exp, log: Math.log } });
      const url = URL.createObjectURL(new Blob([workerSource], { type: "text/javascript" }));
      p.workers = [];
      for (let t = 1; t < threads; t++) {
        const w = new Worker(url);
        p.workers.push(w);
        await rpc(w, { type: "init", module: p.module, memory: p.memory, tid: t });
      }
      p.routines = new Map();
      return p;
    }
    bytes(addr, n) { return new Uint8Array(this.memory.buffer, addr, n); }
    // define stores a routine: calls are [fn, args, parallel, scratchIndex, check].
    define(name, calls) { this.routines.set(name, calls); }
    async run(name) {
      for (const [fn, args, parallel, scratch, check] of this.routines.get(name)) {
        const t0 = this.profile ? performance.now() : 0;
        Atomics.store(this.i32, 0, 0); // the tile counter
        Atomics.store(this.i32, 1, 0); // the error word
        const peers = parallel ? this.workers.map((w) => rpc(w, { fn, args, scratch, scratchBytes: this.scratchBytes })) : [];
        this.local.exports[fn](...args);
        await Promise.all(peers);
        if (this.profile) this.profile[fn] = (this.profile[fn] || 0) + performance.now() - t0;
        if (check && Atomics.load(this.i32, 1) !== 0) {
          return [Atomics.load(this.i32, 1), Atomics.load(this.i32, 2), fn];
        }
      }
      return null;
    }
    // profileText lists the time spent per kernel (when profile = {} was set).
    profileText() {
      if (!this.profile) return "";
      const all = Object.entries(this.profile).sort((a, b) => b[1] - a[1]);
      const total = all.reduce((s, [, v]) => s + v, 0);
      return all.map(([k, v]) => `simd profile ${k.padEnd(16)} ${v.toFixed(1).padStart(10)} ms ${(100 * v / total).toFixed(1).padStart(5)}%`).join("\n");
    }
    close() { this.workers.forEach((w) => w.terminate()); this.workers = []; }
  }
  globalThis.webtuneSimdPool = Pool;
})();
