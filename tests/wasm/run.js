// SPDX-License-Identifier: MIT
// tests/wasm/run.js MODULE: instantiates a freestanding WebAssembly module,
// calls its exported run() and prints each tap(ok, what) it makes as
// "ok - what" or "not ok - what" (wasm.sh numbers them).  Exit status 1 if
// the module cannot be loaded or run() traps.
'use strict';
const fs = require('fs');
let memory = null;
function cstring(ptr) {
	const bytes = new Uint8Array(memory.buffer);
	let end = ptr;
	while (bytes[end] !== 0)
		end++;
	return Buffer.from(bytes.subarray(ptr, end)).toString('utf8');
}
try {
	const mod = new WebAssembly.Module(fs.readFileSync(process.argv[2]));
	const inst = new WebAssembly.Instance(mod, {
		env: {
			tap: (ok, what) => console.log(`${ok ? 'ok' : 'not ok'} - ${cstring(what)}`),
			note: (v) => console.log(`# note ${v}`),
		},
	});
	memory = inst.exports.memory;
	inst.exports.run();
} catch (e) {
	console.log(`error - ${e}`);
	process.exit(1);
}
