// The browser side of kernels/simd: a pool of kernel module instances on one shared
// WebAssembly.Memory (this thread plus threads-1 workers). A compiled routine is a list
// of calls sent to every worker once. run(name) hands every worker the routine; then all
// threads replay the list together: each parallel call runs on every thread (the
// module's atomic tile counter shares its tiles out), and a barrier in the shared
// memory ends each call, so a step is one call from Go and no message per kernel call
// or tile.
//
// A worker that has run a routine parks: it sleeps in Atomics.wait on its state word
// until the next run claims it, so a run wakes it with a notify and ends without a
// reply (a message each way made a batch-1 inference 1 to 5 % slower). Only a worker's
// first run comes by message, so every routine is defined before the first run.
//
// Control words (i32 indices into the memory; the module reserves bytes 0-63): 0 the
// tile counter, 1 and 2 a kernel's error code and index, 4 and 5 the barrier's arrival
// count and generation, 6 a trap flag. The parking words are in a separate shared
// buffer, ctl: worker t's state at t, the routine it is handed at threads+t.
(() => {
  const TILE = 0, ERR = 1, ERR_INDEX = 2, ARRIVED = 4, GENERATION = 5, TRAPPED = 6;
  // A worker's states: IDLE in its event loop before its first run, PARKED asleep on
  // its state word, CLAIMED running (or about to). Only the pool moves a worker out of
  // IDLE or PARKED; only the worker moves itself out of CLAIMED.
  const IDLE = 0, PARKED = 1, CLAIMED = 2;
  const YIELD_EVERY_MS = 50;

  // barrier waits for all n threads; the last to arrive resets the tile counter for
  // the next call and releases the others. Workers sleep in Atomics.wait; the page's
  // thread may not, so it spins.
  function barrier(i32, n, canWait) {
    const gen = Atomics.load(i32, GENERATION);
    if (Atomics.add(i32, ARRIVED, 1) === n - 1) {
      Atomics.store(i32, ARRIVED, 0);
      Atomics.store(i32, TILE, 0);
      Atomics.add(i32, GENERATION, 1);
      Atomics.notify(i32, GENERATION);
      return;
    }
    while (Atomics.load(i32, GENERATION) === gen) {
      if (canWait) Atomics.wait(i32, GENERATION, gen);
    }
  }

  // replay runs a routine's calls on thread tid of n. It returns null, [code, index,
  // fn] for a kernel's refusal, or ["trap", text].
  function replay(i32, exports, calls, tid, n, scratchBytes, canWait, profile) {
    let trap = "";
    for (const [fn, args, parallel, scratch, check, key] of calls) {
      const t0 = profile ? performance.now() : 0;
      if (parallel || tid === 0) {
        try {
          if (scratch >= 0 && tid > 0) {
            const a = args.slice();
            a[scratch] += tid * scratchBytes;
            exports[fn](...a);
          } else {
            exports[fn](...args);
          }
        } catch (err) {
          trap = fn + ": " + (err && err.stack ? err.stack : err);
          Atomics.store(i32, TRAPPED, 1);
        }
      }
      if (n > 1) barrier(i32, n, canWait);
      else Atomics.store(i32, TILE, 0);
      if (profile) profile[key] = (profile[key] || 0) + performance.now() - t0;
      if (Atomics.load(i32, TRAPPED) !== 0) return ["trap", trap || "a kernel trapped on another thread"];
      if (check && Atomics.load(i32, ERR) !== 0) return [Atomics.load(i32, ERR), Atomics.load(i32, ERR_INDEX), fn];
    }
    return null;
  }

  const workerSource = `
    const TILE = ${TILE}, ERR = ${ERR}, ERR_INDEX = ${ERR_INDEX}, ARRIVED = ${ARRIVED}, GENERATION = ${GENERATION}, TRAPPED = ${TRAPPED};
    const PARKED = ${PARKED};
    ${barrier.toString()}
    ${replay.toString()}
    let instance, tid, n, i32, scratchBytes, ctl;
    const routines = new Map();
    // runAndPark replays routine id, then sleeps until the pool hands it the next one,
    // for as long as the worker lives.
    function runAndPark(id) {
      for (;;) {
        replay(i32, instance.exports, routines.get(id), tid, n, scratchBytes, true, null);
        Atomics.store(ctl, tid, PARKED);
        while (Atomics.load(ctl, tid) === PARKED) Atomics.wait(ctl, tid, PARKED);
        id = Atomics.load(ctl, n + tid);
      }
    }
    onmessage = async (e) => {
      const m = e.data;
      try {
        if (m.type === "run") {
          runAndPark(m.id);
        } else if (m.type === "init") {
          ({ tid, n, scratchBytes } = m);
          i32 = new Int32Array(m.memory.buffer);
          ctl = new Int32Array(m.ctl);
          instance = await WebAssembly.instantiate(m.module, { env: { memory: m.memory }, math: { exp: Math.exp, log: Math.log } });
        } else if (m.type === "define") {
          routines.set(m.id, m.calls);
        }
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
      try {
        p.memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared });
      } catch (err) {
        // The Go side turns this prefix into a kernels.TooLargeError (micro-batching).
        throw new Error(`could not allocate the memory of ${pages} pages: ${err}`);
      }
      p.i32 = new Int32Array(p.memory.buffer);
      p.scratchBytes = scratchBytes;
      p.local = await WebAssembly.instantiate(p.module, { env: { memory: p.memory }, math: { exp: Math.exp, log: Math.log } });
      const url = URL.createObjectURL(new Blob([workerSource], { type: "text/javascript" }));
      p.workers = [];
      p.ctl = threads > 1 ? new Int32Array(new SharedArrayBuffer(8 * threads)) : null;
      for (let t = 1; t < threads; t++) {
        const w = new Worker(url);
        p.workers.push(w);
        await rpc(w, { type: "init", module: p.module, memory: p.memory, ctl: p.ctl.buffer, tid: t, n: threads, scratchBytes });
      }
      p.routines = new Map();
      p.ids = new Map();
      p.loop = new MessageChannel();
      p.yielded = -Infinity;
      p.ran = new Set();
      return p;
    }
    bytes(addr, n) { return new Uint8Array(this.memory.buffer, addr, n); }
    // define stores a routine here and in every worker: calls are
    // [fn, args, parallel, scratchIndex, check, profileKey].
    async define(name, calls) {
      if (this.ran.size > 0) throw new Error(`simd pool: routine ${name} defined after a run (a worker that ran is parked and reads no messages): define every routine first`);
      this.routines.set(name, calls);
      if (!this.ids.has(name)) this.ids.set(name, this.ids.size);
      const id = this.ids.get(name);
      await Promise.all(this.workers.map((w) => rpc(w, { type: "define", id, calls })));
    }
    // settle waits until no worker is still in the last run. After its final barrier
    // (or the call that failed) a worker only reads the control words and parks, but it
    // must read them before the next run resets them.
    settle() {
      for (let t = 1; t <= this.workers.length; t++) while (Atomics.load(this.ctl, t) === CLAIMED);
    }
    // hand gives settled worker t routine id: through its state word when it is parked,
    // by a message when it has not run yet.
    hand(t, id) {
      const ctl = this.ctl, n = this.workers.length + 1;
      const state = Atomics.load(ctl, t);
      Atomics.store(ctl, n + t, id);
      Atomics.store(ctl, t, CLAIMED);
      if (state === PARKED) Atomics.notify(ctl, t);
      else this.workers[t - 1].postMessage({ type: "run", id });
    }
    async run(name) {
      if (!this.routines.has(name)) throw new Error(`simd pool: no routine ${name}`);
      this.settle();
      for (const word of [TILE, ERR, ERR_INDEX, ARRIVED, TRAPPED]) Atomics.store(this.i32, word, 0);
      const id = this.ids.get(name);
      for (let t = 1; t <= this.workers.length; t++) this.hand(t, id);
      // A routine's first run stays out of the profile: the engine starts every function
      // on baseline code and swaps in optimized code while it runs.
      const profile = this.ran.has(name) ? this.profile : null;
      this.ran.add(name);
      const res = replay(this.i32, this.local.exports, this.routines.get(name), 0, this.workers.length + 1,
        this.scratchBytes, false, profile);
      if (performance.now() - this.yielded > YIELD_EVERY_MS) {
        await this.yieldToLoop();
        this.yielded = performance.now();
      }
      return res;
    }
    // yieldToLoop lets this thread's message loop run before the caller goes on, through
    // a message to itself: a resolved promise alone would not (its callbacks run before
    // any message), and a compute worker in a long training loop must still answer the
    // page's pings and its pause and stop requests between routines. A yield costs about
    // 0.35 ms on a page's thread (1 % of an inference), so runs take one at most every
    // YIELD_EVERY_MS.
    yieldToLoop() {
      return new Promise((resolve) => {
        this.loop.port1.onmessage = () => resolve();
        this.loop.port2.postMessage(0);
      });
    }
    // profileText lists the time spent per kernel (when profile = {} was set), first runs left out.
    profileText() {
      if (!this.profile) return "";
      const all = Object.entries(this.profile).sort((a, b) => b[1] - a[1]);
      const total = all.reduce((s, [, v]) => s + v, 0);
      return all.map(([k, v]) => `simd profile ${k.padEnd(16)} ${v.toFixed(1).padStart(10)} ms ${(100 * v / total).toFixed(1).padStart(5)}%`).join("\n");
    }
    close() {
      this.workers.forEach((w) => w.terminate());
      this.workers = [];
      this.loop.port1.close();
      this.loop.port2.close();
    }
  }
  globalThis.webtuneSimdPool = Pool;
})();
