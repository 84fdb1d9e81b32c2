// Runs a GOOS=js GOARCH=wasm Go program under node with navigator.gpu from Dawn
// (dawn.node from the npm package webgpu@0.6.2), on a machine without a browser.
// Usage: node runner.cjs program.wasm [args...]
// WEBTUNE_DAWN_FLAGS (space-separated) adds Dawn options, such as
// "enable-dawn-features=disable_robustness". Timestamp queries are not quantized here
// (a browser rounds them; the benchmark wants each kernel's time).
"use strict";
const fs = require("fs");
const path = require("path");
const dawn = require(path.join(__dirname, "dawn.node"));
Object.assign(globalThis, dawn.globals);

function dawnFlags() {
	const flags = ["disable-dawn-features=timestamp_quantization"];
	for (const f of (process.env.WEBTUNE_DAWN_FLAGS || "").split(/\s+/)) {
		if (f) flags.push(f);
	}
	if (flags.length > 1) console.log("runner: Dawn flags " + flags.join(" "));
	return flags;
}
Object.defineProperty(globalThis, "navigator", {
	value: { gpu: dawn.create(dawnFlags()) }, configurable: true, writable: true,
});
globalThis.require = require;
globalThis.fs = fs;
globalThis.path = path;
globalThis.TextEncoder = require("util").TextEncoder;
globalThis.TextDecoder = require("util").TextDecoder;
globalThis.performance ??= require("perf_hooks").performance;
globalThis.crypto ??= require("crypto");
require(path.join(__dirname, "wasm_exec.js"));

const [file, ...args] = process.argv.slice(2);
if (!file) {
	console.error("usage: node runner.cjs program.wasm [args...]");
	process.exit(2);
}
const go = new Go();
go.argv = [path.basename(file), ...args];
go.env = Object.assign({ TMPDIR: require("os").tmpdir() }, process.env);
go.exit = (code) => process.exit(code); // Dawn keeps node alive otherwise
WebAssembly.instantiate(fs.readFileSync(file), go.importObject)
	.then((r) => go.run(r.instance))
	.catch((e) => { console.error("runner:", e); process.exit(1); });
