// SPDX-License-Identifier: MIT
// tests/wasm/run-wasi.mjs MODULE: runs a WASI (preview 1) program under
// node's WASI with its own name as its only argument, no environment and
// no preopened directory; its stdout and stderr are node's, and its exit
// status is node's.  A module that cannot be loaded, or traps, exits 1
// after saying why.
import { readFile } from 'node:fs/promises';
import { WASI } from 'node:wasi';

try {
	const wasi = new WASI({ version: 'preview1', args: [process.argv[2]], env: {} });
	const mod = await WebAssembly.compile(await readFile(process.argv[2]));
	const inst = await WebAssembly.instantiate(mod, wasi.getImportObject());
	process.exitCode = wasi.start(inst);
} catch (e) {
	console.log(`error - ${e}`);
	process.exitCode = 1;
}
