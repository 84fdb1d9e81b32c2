// webtune's WebGPU helper. Go evaluates this file once per page (new Function) and keeps
// the returned object, whose init() makes a Device. A Device turns a compiled plan (JSON
// from Go) into buffers, pipelines and bind groups, so that replaying a routine is one
// call from Go.
"use strict";
const STORAGE = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST;

// Device is one GPUDevice with its caches and its error state: the message once it is
// lost, and the first uncaptured error since the last check.
class Device {
	constructor(device, info) {
		this.device = device;
		this.info = info;
		this.lost = null;
		this.error = null;
		this.layouts = new Map();   // writable flags ("wrr") -> {bgl, pl}
		this.pipelines = new Map(); // WGSL text -> GPUComputePipeline
		device.lost.then((i) => { this.lost = "WebGPU device lost (" + i.reason + "): " + i.message; });
		device.addEventListener("uncapturederror", (e) => { if (!this.error) this.error = e.error.message; });
	}

	check() {
		if (this.lost) return this.lost;
		if (this.error) {
			const e = this.error;
			this.error = null;
			return "WebGPU error: " + e;
		}
		return null;
	}

	// destroy gives the device back; every later call reports it lost.
	destroy() {
		this.lost = this.lost || "WebGPU device lost (destroyed): the backend was closed";
		this.device.destroy();
	}

	// layout is the bind group layout of storage bindings 0..n-1, writable where w[i].
	layout(w) {
		const key = w.map((x) => (x ? "w" : "r")).join("");
		let l = this.layouts.get(key);
		if (!l) {
			const entries = w.map((x, i) => ({
				binding: i, visibility: GPUShaderStage.COMPUTE, buffer: { type: x ? "storage" : "read-only-storage" },
			}));
			const bgl = this.device.createBindGroupLayout({ entries });
			l = { bgl, pl: this.device.createPipelineLayout({ bindGroupLayouts: [bgl] }) };
			this.layouts.set(key, l);
		}
		return l;
	}

	async pipeline(code, w, label) {
		let p = this.pipelines.get(code);
		if (p) return p;
		const module = this.device.createShaderModule({ code, label });
		const info = await module.getCompilationInfo();
		const errs = info.messages.filter((m) => m.type === "error");
		if (errs.length > 0) {
			const lines = code.split("\n");
			throw new Error("WGSL of kernel " + label + " does not compile: " + errs.map((m) =>
				"line " + m.lineNum + ": " + m.message + " [" + (lines[m.lineNum - 1] || "").trim() + "]").join("; "));
		}
		p = await this.device.createComputePipelineAsync({ layout: this.layout(w).pl, compute: { module, entryPoint: "main" }, label });
		this.pipelines.set(code, p);
		return p;
	}

	// compile builds a program from the JSON plan {buffers: [bytes], shaders: [{code,
	// writable: [bool], label}], routines: [[{s, b: [[buffer, offset, size]], g: [x, y, z]}]]}.
	// Every WebGPU error inside is caught by error scopes and rejects the promise.
	async compile(json) {
		const c = this.check();
		if (c) throw new Error(c);
		const plan = JSON.parse(json);
		const device = this.device;
		device.pushErrorScope("out-of-memory");
		device.pushErrorScope("validation");
		let buffers = [];
		let prog = null;
		let failure = null;
		try {
			buffers = plan.buffers.map((size) => device.createBuffer({ size: Math.max(size, 4), usage: STORAGE }));
			const pipes = await Promise.all(plan.shaders.map((s) => this.pipeline(s.code, s.writable, s.label)));
			const routines = plan.routines.map((list) => list.map((d) => ({
				pipe: pipes[d.s],
				group: device.createBindGroup({
					layout: this.layout(plan.shaders[d.s].writable).bgl,
					entries: d.b.map(([buf, offset, size], i) => ({ binding: i, resource: { buffer: buffers[buf], offset, size } })),
				}),
				x: d.g[0], y: d.g[1], z: d.g[2],
			})));
			prog = new Program(this, buffers, routines);
		} catch (e) {
			failure = e.message;
		}
		const verr = await device.popErrorScope();
		const oerr = await device.popErrorScope();
		const msg = failure || (verr && "validation: " + verr.message) || (oerr && "out of memory: " + oerr.message);
		if (msg) {
			for (const b of buffers) b.destroy();
			this.pipelines.clear(); // a failed compile may have cached a broken pipeline
			throw new Error(this.check() || msg);
		}
		return prog;
	}
}

class Program {
	constructor(dev, buffers, routines) {
		this.dev = dev;
		this.buffers = buffers;
		this.routines = routines;
		this.staging = new Map(); // size -> idle MAP_READ buffer
	}

	// run encodes routine i into one compute pass and submits it. It returns an error
	// message (a lost device, or an error that an earlier submission raised) or null.
	run(i) {
		const c = this.dev.check();
		if (c) return c;
		const device = this.dev.device;
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

	// profile replays routine i `replays` times with every dispatch in a compute pass of
	// its own between two GPU timestamps, and resolves to the median milliseconds of
	// each dispatch, as the bytes of a Float64Array. Needs the timestamp-query feature.
	async profile(i, replays) {
		const c = this.dev.check();
		if (c) throw new Error(c);
		const device = this.dev.device;
		if (!device.features.has("timestamp-query")) throw new Error("the device has no timestamp-query");
		const list = this.routines[i];
		const n = list.length;
		const perSet = 2048; // WebGPU allows 4096 queries in a set: two per dispatch
		const sets = [];
		for (let k = 0; k < n; k += perSet) {
			sets.push(device.createQuerySet({ type: "timestamp", count: 2 * Math.min(perSet, n - k) }));
		}
		const resolve = device.createBuffer({ size: 16 * n, usage: GPUBufferUsage.QUERY_RESOLVE | GPUBufferUsage.COPY_SRC });
		const read = device.createBuffer({ size: 16 * n, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
		const times = list.map(() => []);
		try {
			for (let r = 0; r < replays; r++) {
				const enc = device.createCommandEncoder();
				list.forEach((d, k) => {
					const q = k % perSet;
					const pass = enc.beginComputePass({ timestampWrites: {
						querySet: sets[(k - q) / perSet], beginningOfPassWriteIndex: 2 * q, endOfPassWriteIndex: 2 * q + 1,
					} });
					pass.setPipeline(d.pipe);
					pass.setBindGroup(0, d.group);
					pass.dispatchWorkgroups(d.x, d.y, d.z);
					pass.end();
				});
				sets.forEach((qs, j) => enc.resolveQuerySet(qs, 0, qs.count, resolve, 16 * perSet * j));
				enc.copyBufferToBuffer(resolve, 0, read, 0, 16 * n);
				device.queue.submit([enc.finish()]);
				await read.mapAsync(GPUMapMode.READ);
				const t = new BigInt64Array(read.getMappedRange());
				for (let k = 0; k < n; k++) times[k].push(Number(t[2 * k + 1] - t[2 * k]) / 1e6);
				read.unmap();
			}
		} finally {
			for (const qs of sets) qs.destroy();
			resolve.destroy();
			read.destroy();
		}
		const c2 = this.dev.check();
		if (c2) throw new Error(c2);
		const med = new Float64Array(times.map((v) => v.sort((a, b) => a - b)[v.length >> 1]));
		return new Uint8Array(med.buffer);
	}

	// timeClasses is profile's fallback on a device without timestamps: for each class
	// (cls[k] is dispatch k's, 0..nclass-1) it submits that class's dispatches alone, in
	// one pass, and waits for the queue; the wall-clock milliseconds of the fastest of
	// `replays` submissions per class, as the bytes of a Float64Array. A class's
	// dispatches then read whatever the buffers hold: the kernels' cost does not depend
	// on the values.
	async timeClasses(i, cls, nclass, replays) {
		const c = this.dev.check();
		if (c) throw new Error(c);
		const device = this.dev.device;
		const list = this.routines[i];
		this.run(i); // warm up every pipeline
		await device.queue.onSubmittedWorkDone();
		const best = new Float64Array(nclass).fill(Infinity);
		for (let r = 0; r < replays; r++) {
			for (let j = 0; j < nclass; j++) {
				const enc = device.createCommandEncoder();
				const pass = enc.beginComputePass();
				list.forEach((d, k) => {
					if (cls[k] !== j) return;
					pass.setPipeline(d.pipe);
					pass.setBindGroup(0, d.group);
					pass.dispatchWorkgroups(d.x, d.y, d.z);
				});
				pass.end();
				const t0 = performance.now();
				device.queue.submit([enc.finish()]);
				await device.queue.onSubmittedWorkDone();
				best[j] = Math.min(best[j], performance.now() - t0);
			}
		}
		const c2 = this.dev.check();
		if (c2) throw new Error(c2);
		return new Uint8Array(best.buffer);
	}

	write(b, offset, bytes) {
		const c = this.dev.check();
		if (c) return c;
		this.dev.device.queue.writeBuffer(this.buffers[b], offset, bytes);
		return null;
	}

	async read(b, offset, size) {
		let c = this.dev.check();
		if (c) throw new Error(c);
		const device = this.dev.device;
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
			throw new Error(this.dev.check() || "reading a buffer back: " + e.message);
		}
		const out = new Uint8Array(st.getMappedRange()).slice();
		st.unmap();
		this.staging.set(size, st);
		c = this.dev.check();
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
	// init requests the adapter and a new device with the adapter's largest buffer
	// limits, and the subgroups and timestamp-query features where it has them. caps (JSON) may lower
	// maxBufferSize and maxStorageBufferBindingSize (0 keeps the adapter's). It
	// resolves to a Device.
	async init(caps) {
		if (!globalThis.navigator || !navigator.gpu) throw new Error("WebGPU is not available here (navigator.gpu is missing)");
		const adapter = await navigator.gpu.requestAdapter({ powerPreference: "high-performance" });
		if (!adapter) throw new Error("WebGPU has no adapter (no usable GPU, or WebGPU disabled)");
		const limits = {};
		for (const k of ["maxStorageBufferBindingSize", "maxBufferSize", "maxStorageBuffersPerShaderStage",
			"maxComputeWorkgroupStorageSize", "maxComputeInvocationsPerWorkgroup", "maxComputeWorkgroupSizeX",
			"maxComputeWorkgroupsPerDimension"]) {
			limits[k] = adapter.limits[k];
		}
		for (const [k, v] of Object.entries(JSON.parse(caps || "{}"))) {
			if (v > 0 && v < limits[k]) limits[k] = v;
		}
		const features = ["subgroups", "timestamp-query"].filter((f) => adapter.features.has(f));
		const device = await adapter.requestDevice({ requiredFeatures: features, requiredLimits: limits });
		const info = adapter.info || {};
		return new Device(device, JSON.stringify({
			vendor: info.vendor || "", architecture: info.architecture || "", device: info.device || "",
			description: info.description || "", features, limits,
		}));
	},
};
