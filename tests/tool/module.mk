# SPDX-License-Identifier: MIT
# Tests of the linktable command: fixture images of every kind (run.sh),
# bad input (bad-input.sh), the boot protocol decoders on this machine's
# zero page and a real Debian kernel (boot.sh), the demo's check
# (demo-check.sh), every command under valgrind (valgrind.sh), and replays
# of the fuzz corpora.
#
# Fuzzing itself (clang + libFuzzer, not needed by make check):
#   make fuzz-tool                       build build/fuzz/fuzz_elf, fuzz_boot
#   tests/tool/fuzz/run-fuzz.sh SECONDS  fuzz each harness

TOOL_TT := $(BUILD)/tests/tool
TOOL_REPLAYS := $(TOOL_TT)/replay_elf $(TOOL_TT)/replay_boot

$(TOOL_TT)/replay_%.o: tests/tool/fuzz/replay.c $(FLAGS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(CFLAGS_EXTRA) -DCORPUS_DIR='"tests/tool/fuzz/corpus-$*"' -MMD -MP -c $< -o $@

$(TOOL_TT)/replay_%: $(TOOL_TT)/replay_%.o $(BUILD)/tests/tool/fuzz/fuzz_%.o $(TOOL_LIB) $(CORE_A)
	$(CC) $(LDFLAGS_BASE) -o $@ $(filter-out $(CORE_A),$^) $(TOOL_LIBS)

# Keep the objects (make would delete them as intermediates of the chain).
.SECONDARY: $(TOOL_TT)/replay_elf.o $(TOOL_TT)/replay_boot.o $(TOOL_TT)/fuzz/fuzz_elf.o $(TOOL_TT)/fuzz/fuzz_boot.o

TESTS += $(TOOL_REPLAYS)
TEST_SCRIPTS += tests/tool/agree.sh tests/tool/release-rule.sh tests/tool/same-words.sh tests/tool/second-link.sh tests/tool/seal.sh tests/tool/seal-cross.sh tests/tool/seal-atomic.sh tests/tool/plan-tamper.sh tests/tool/elf-headers.sh tests/tool/run.sh tests/tool/bad-input.sh tests/tool/hostile.sh tests/tool/hostile-output.sh tests/tool/fuzz-ci.sh tests/tool/cross.sh tests/tool/relative.sh \
	tests/tool/boot.sh \
	tests/tool/demo-check.sh \
	tests/tool/valgrind.sh

# libFuzzer builds: every tool source compiled into the harness.
FUZZ_CC ?= clang
FUZZ_FLAGS := -std=gnu11 -g -O1 -Iinclude -D_GNU_SOURCE -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
.PHONY: fuzz-tool
fuzz-tool: $(BUILD)/fuzz/fuzz_elf $(BUILD)/fuzz/fuzz_boot
$(BUILD)/fuzz/fuzz_%: tests/tool/fuzz/fuzz_%.c $(TOOL_SRCS) $(wildcard src/tool/*.h) $(CORE_A)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_FLAGS) -o $@ $< $(TOOL_SRCS) $(TOOL_LIBS)

# The real kernel the boot protocol tests decode: fetched once (~100 MB
# package) and unpacked under build/debian-kernel/; boot.sh calls it too.
.PHONY: debian-kernel
debian-kernel:
	tests/tool/fetch-debian-kernel.sh

# docs/demo-deps.svg, the demo's dependency graph (needs graphviz).
.PHONY: demo-graph
demo-graph: $(TOOL_BIN) $(BUILD)/bin/linktable-demo
	tests/tool/render-demo-graph.sh
