# SPDX-License-Identifier: MIT
# Tables on Mach-O (x86-64, arm64): built with clang 14 and 16 and
# ld64.lld, checked statically with llvm-objdump --macho (never run: no
# macOS here).  About 15 s.
TEST_SCRIPTS += tests/macho/macho.sh
