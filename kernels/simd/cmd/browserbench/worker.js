// A kernel worker: one instance of the kernel module on the shared memory. It runs
// every call it is sent (the same export with the same arguments as its peers; tiles
// are shared out by the atomic counter inside the module) and answers "done".
let instance, tid;
onmessage = async (e) => {
  const m = e.data;
  try {
    if (m.type === "init") {
      tid = m.tid;
      instance = await WebAssembly.instantiate(m.module, {
        env: { memory: m.memory },
        math: { exp: Math.exp, log: Math.log },
      });
      postMessage("ready");
      return;
    }
    const args = m.args.slice();
    if (m.scratch >= 0) args[m.scratch] += tid * m.scratchBytes;
    instance.exports[m.fn](...args);
    postMessage("done");
  } catch (err) {
    postMessage("error: " + (err && err.stack ? err.stack : err));
  }
};
