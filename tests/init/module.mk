# SPDX-License-Identifier: MIT
# Init framework tests: planner, runner, a linked init table, the demo.

INIT_TESTS := $(BUILD)/tests/init/test_plan $(BUILD)/tests/init/test_run $(BUILD)/tests/init/test_table
TESTS += $(INIT_TESTS)
TEST_SCRIPTS += tests/init/demo.sh tests/init/duplicate_step.sh tests/init/bench_usage.sh

$(BUILD)/tests/init/%: $(BUILD)/tests/init/%.o $(LIB_A)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_BASE) -o $@ $< $(LIB_A) -lpthread
# Keep the objects: they are not throw-away intermediates.
.SECONDARY: $(INIT_TESTS:=.o)
$(INIT_TESTS): | $(DEMO_BIN)
