# SPDX-License-Identifier: MIT
# Tables on WebAssembly (wasm32, freestanding): clang 14 and 16 with their
# wasm-ld, run under node.  About 10 s.
TEST_SCRIPTS += tests/wasm/wasm.sh
