# SPDX-License-Identifier: MIT
# Init benchmarks: planner growth 1k..1M, the mock-up baseline, demo boot
# sequential vs parallel.  Results: bench/results/init/ (bench/init/render.py).  Linked with -z now:
# no lazy binding of libc functions inside the counted calls.
PLAN_BENCH := $(BUILD)/bench/init/plan_bench
GEN_STEPS := $(BUILD)/bench/init/gen_steps
ALL_TARGETS += $(PLAN_BENCH) $(GEN_STEPS)
BENCHES += bench/init/run.sh

$(PLAN_BENCH): $(BUILD)/bench/init/plan_bench.o $(BUILD)/bench/init/mockup_sort.o $(LIB_A)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_BASE) -Wl,-z,now -o $@ $(BUILD)/bench/init/plan_bench.o $(BUILD)/bench/init/mockup_sort.o $(LIB_A) -lpthread

# plan_bench's table as C, for the sealed build-time plan's side (run.sh).
$(GEN_STEPS): $(BUILD)/bench/init/gen_steps.o
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_BASE) -o $@ $(BUILD)/bench/init/gen_steps.o
