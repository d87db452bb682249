# SPDX-License-Identifier: MIT
# Tables on WebAssembly (wasm32, freestanding and WASI): clang 14 and 16
# with their wasm-ld, run under node.  About 15 s.
TEST_SCRIPTS += tests/wasm/wasm.sh
