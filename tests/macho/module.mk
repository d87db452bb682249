# SPDX-License-Identifier: MIT
# Tables on Mach-O (x86-64, arm64): built with clang 14 and 16 and
# ld64.lld, checked statically with llvm-objdump --macho (never run: no
# macOS here), about 15 s; and the Mach-O walk itself, run here on records
# laid out by hand (test_macho_walk).
TEST_SCRIPTS += tests/macho/macho.sh

$(BUILD)/tests/macho/test_macho_walk: $(BUILD)/tests/macho/test_macho_walk.o
	$(CC) $(LDFLAGS_BASE) -o $@ $^
TESTS += $(BUILD)/tests/macho/test_macho_walk
