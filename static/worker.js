// Boots webtune's compute worker (wasm/worker): Go's wasm_exec.js glue, then
// worker.wasm, both from the same build. The page starts this script as a dedicated
// Web Worker; the Go program posts "ready" once it listens for requests.
"use strict";
const version = new URL(self.location.href).searchParams.get("v") || "";
importScripts("/web/wasm_exec.js?v=" + version);

function fail(message) {
  // Same envelope as web/protocol, so the page shows the reason instead of waiting.
  postMessage({ env: JSON.stringify({ kind: "error", seq: 0, body: { message } }) });
}

(async () => {
  try {
    const go = new Go();
    go.exit = (code) => { if (code !== 0) fail("the compute worker exited with code " + code + " (the console has its output)"); };
    const resp = await fetch("/web/worker.wasm?v=" + version);
    if (!resp.ok) throw new Error("/web/worker.wasm: " + resp.status + " " + resp.statusText + " (run make build)");
    const { instance } = await WebAssembly.instantiateStreaming(resp, go.importObject);
    await go.run(instance);
  } catch (e) {
    fail("the compute worker failed to start: " + (e && e.message || e));
  }
})();
