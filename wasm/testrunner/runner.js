// Runs the Go wasm program served at /program.wasm with the argv and env from /config.
// Output goes back to the runner with ordered POSTs to /out?fd=N (writes are coalesced
// while a POST is in flight), the exit code with a POST to /exit?code=N after the output.
"use strict";
(() => {
	const pending = []; // [fd, Uint8Array] not yet sent
	let flushing = null; // the running flush loop, if any

	async function flush() {
		while (pending.length > 0) {
			const fd = pending[0][0];
			const parts = [];
			while (pending.length > 0 && pending[0][0] === fd) parts.push(pending.shift()[1]);
			try {
				await fetch("/out?fd=" + fd, { method: "POST", body: new Blob(parts) });
			} catch (e) {
				console.error("testrunner: sending output:", e);
			}
		}
		flushing = null;
	}

	function out(fd, bytes) {
		pending.push([fd, bytes.slice()]); // copy: the wasm memory is reused
		if (!flushing) flushing = flush();
	}

	function text(fd, s) { out(fd, new TextEncoder().encode(s)); }

	let finished = false;
	async function finish(code) {
		if (finished) return;
		finished = true;
		while (flushing) await flushing;
		await fetch("/exit?code=" + code, { method: "POST" });
	}

	globalThis.fs.writeSync = (fd, buf) => { out(fd, buf); return buf.length; };
	window.addEventListener("error", (e) => text(2, "testrunner: page error: " + e.message + "\n"));
	window.addEventListener("unhandledrejection", (e) =>
		text(2, "testrunner: unhandled promise rejection: " + (e.reason && e.reason.stack || e.reason) + "\n"));

	(async () => {
		try {
			const cfg = await (await fetch("/config")).json();
			const go = new Go();
			go.argv = cfg.argv;
			go.env = cfg.env;
			go.exit = (code) => { finish(code); };
			const { instance } = await WebAssembly.instantiateStreaming(fetch("/program.wasm"), go.importObject);
			await go.run(instance);
		} catch (e) {
			text(2, "testrunner: the wasm program crashed: " + (e && e.stack || e) + "\n");
			finish(1);
		}
	})();
})();
