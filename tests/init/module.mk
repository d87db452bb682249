# SPDX-License-Identifier: MIT
# Init framework tests: planner, runner, a linked init table, the demo.

INIT_TESTS := $(BUILD)/tests/init/test_plan $(BUILD)/tests/init/test_run $(BUILD)/tests/init/test_table
TESTS += $(INIT_TESTS)
# Not a TAP program: tests/init/crash-trace.sh runs it.
INIT_HELPERS := $(BUILD)/tests/init/crash_step
ALL_TARGETS += $(INIT_HELPERS)
# The core alone: no liblinktable, no -lpthread.
CORE_TESTS := $(BUILD)/tests/init/test_core $(BUILD)/tests/init/test_prebuilt
TESTS += $(CORE_TESTS)
TEST_SCRIPTS += tests/init/file-cycles.sh tests/init/include-cycles.sh tests/init/headers-by-reader.sh tests/init/demo.sh tests/init/duplicate_step.sh tests/init/bench_usage.sh tests/init/crash-trace.sh

$(BUILD)/tests/init/%: $(BUILD)/tests/init/%.o $(LIB_A)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_BASE) -o $@ $< $(LIB_A) -lpthread
$(CORE_TESTS): %: %.o $(CORE_A)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_BASE) -o $@ $< $(CORE_A)
# Keep the objects: they are not throw-away intermediates.
.SECONDARY: $(INIT_TESTS:=.o) $(CORE_TESTS:=.o) $(INIT_HELPERS:=.o)
$(INIT_TESTS): | $(DEMO_BIN)
