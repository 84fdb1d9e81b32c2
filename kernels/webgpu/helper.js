// webtune's WebGPU helper. Go evaluates this file once per page (new Function) and keeps
// the returned object. It owns the device and turns a compiled plan (JSON from Go) into
// buffers, pipelines and bind groups, so that replaying a routine is one call from Go.
"use strict";
const STORAGE = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST;
let device = null;
let lost = null;  // message once the device is lost
let error = null; // first uncaptured error since the last check
const layouts = new Map();   // writable flags ("wrr") -> {bgl, pl}
const pipelines = new Map(); // WGSL text -> GPUComputePipeline, shared by all programs

function check() {
	if (lost) return lost;
	if (error) {
		const e = error;
		error = null;
		return "WebGPU error: " + e;
	}
	return null;
}

// layout is the bind group layout of storage bindings 0..n-1, writable where w[i].
function layout(w) {
	const key = w.map((x) => (x ? "w" : "r")).join("");
	let l = layouts.get(key);
	if (!l) {
		const entries = w.map((x, i) => ({
			binding: i, visibility: GPUShaderStage.COMPUTE, buffer: { type: x ? "storage" : "read-only-storage" },
		}));
		const bgl = device.createBindGroupLayout({ entries });
		l = { bgl, pl: device.createPipelineLayout({ bindGroupLayouts: [bgl] }) };
		layouts.set(key, l);
	}
	return l;
}

async function pipeline(code, w, label) {
	let p = pipelines.get(code);
	if (p) return p;
	const module = device.createShaderModule({ code, label });
	const info = await module.getCompilationInfo();
	const errs = info.messages.filter((m) => m.type === "error");
	if (errs.length > 0) {
		const lines = code.split("\n");
		throw new Error("WGSL of kernel " + label + " does not compile: " + errs.map((m) =>
			"line " + m.lineNum + ": " + m.message + " [" + (lines[m.lineNum - 1] || "").trim() + "]").join("; "));
	}
	p = await device.createComputePipelineAsync({ layout: layout(w).pl, compute: { module, entryPoint: "main" }, label });
	pipelines.set(code, p);
	return p;
}

class Program {
	constructor(buffers, routines) {
		this.buffers = buffers;
		this.routines = routines;
		this.staging = new Map(); // size -> idle MAP_READ buffer
	}

	// run encodes routine i into one compute pass and submits it. It returns an error
	// message (a lost device, or an error that an earlier submission raised) or null.
	run(i) {
		const c = check();
		if (c) return c;
		const enc = device.createCommandEncoder();
		const pass = enc.beginComputePass();
		for (const d of this.routines[i]) {
			pass.setPipeline(d.pipe);
			pass.setBindGroup(0, d.group);
			pass.dispatchWorkgroups(d.x, d.y, d.z);
		}
		pass.end();
		device.queue.submit([enc.finish()]);
		return null;
	}

	write(b, offset, bytes) {
		const c = check();
		if (c) return c;
		device.queue.writeBuffer(this.buffers[b], offset, bytes);
		return null;
	}

	async read(b, offset, size) {
		let c = check();
		if (c) throw new Error(c);
		let st = this.staging.get(size);
		this.staging.delete(size);
		if (!st) st = device.createBuffer({ size, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
		const enc = device.createCommandEncoder();
		enc.copyBufferToBuffer(this.buffers[b], offset, st, 0, size);
		device.queue.submit([enc.finish()]);
		try {
			await st.mapAsync(GPUMapMode.READ);
		} catch (e) {
			st.destroy();
			throw new Error((check() || "") + " reading a buffer back: " + e.message);
		}
		const out = new Uint8Array(st.getMappedRange()).slice();
		st.unmap();
		this.staging.set(size, st);
		c = check();
		if (c) throw new Error(c);
		return out;
	}

	destroy() {
		for (const b of this.buffers) b.destroy();
		for (const st of this.staging.values()) st.destroy();
		this.buffers = [];
		this.routines = [];
		this.staging.clear();
	}
}

return {
	// init requests the adapter and a device with the adapter's largest buffer limits,
	// and the subgroups feature where there is one. It resolves to a JSON description.
	async init() {
		if (!globalThis.navigator || !navigator.gpu) throw new Error("WebGPU is not available here (navigator.gpu is missing)");
		const adapter = await navigator.gpu.requestAdapter({ powerPreference: "high-performance" });
		if (!adapter) throw new Error("WebGPU has no adapter (no usable GPU, or WebGPU disabled)");
		const limits = {};
		for (const k of ["maxStorageBufferBindingSize", "maxBufferSize", "maxStorageBuffersPerShaderStage",
			"maxComputeWorkgroupStorageSize", "maxComputeInvocationsPerWorkgroup", "maxComputeWorkgroupSizeX",
			"maxComputeWorkgroupsPerDimension"]) {
			limits[k] = adapter.limits[k];
		}
		const features = adapter.features.has("subgroups") ? ["subgroups"] : [];
		device = await adapter.requestDevice({ requiredFeatures: features, requiredLimits: limits });
		device.lost.then((info) => { lost = "WebGPU device lost (" + info.reason + "): " + info.message; });
		device.addEventListener("uncapturederror", (e) => { if (!error) error = e.error.message; });
		const info = adapter.info || {};
		return JSON.stringify({
			vendor: info.vendor || "", architecture: info.architecture || "", device: info.device || "",
			description: info.description || "", features, limits,
		});
	},

	// compile builds a program from the JSON plan {buffers: [bytes], shaders: [{code,
	// writable: [bool], label}], routines: [[{s, b: [[buffer, offset, size]], g: [x, y, z]}]]}.
	// Every WebGPU error inside is caught by error scopes and rejects the promise.
	async compile(json) {
		const c = check();
		if (c) throw new Error(c);
		const plan = JSON.parse(json);
		device.pushErrorScope("out-of-memory");
		device.pushErrorScope("validation");
		let buffers = [];
		let failure = null;
		try {
			buffers = plan.buffers.map((size) => device.createBuffer({ size: Math.max(size, 4), usage: STORAGE }));
			const pipes = await Promise.all(plan.shaders.map((s) => pipeline(s.code, s.writable, s.label)));
			const routines = plan.routines.map((list) => list.map((d) => ({
				pipe: pipes[d.s],
				group: device.createBindGroup({
					layout: layout(plan.shaders[d.s].writable).bgl,
					entries: d.b.map(([buf, offset, size], i) => ({ binding: i, resource: { buffer: buffers[buf], offset, size } })),
				}),
				x: d.g[0], y: d.g[1], z: d.g[2],
			})));
			var prog = new Program(buffers, routines);
		} catch (e) {
			failure = e.message;
		}
		const verr = await device.popErrorScope();
		const oerr = await device.popErrorScope();
		const msg = failure || (verr && "validation: " + verr.message) || (oerr && "out of memory: " + oerr.message);
		if (msg) {
			for (const b of buffers) b.destroy();
			pipelines.clear(); // a failed compile may have cached a broken pipeline
			throw new Error(msg);
		}
		return prog;
	},

	check,
};
