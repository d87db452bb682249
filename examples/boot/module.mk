# SPDX-License-Identifier: MIT
# The simulated x86 boot demo: build/bin/linktable-demo.
# "make demo" builds everything, then runs a native and a Xen boot.
# The build checks the demo's init steps with the linktable tool: a step that
# breaks a rule (a cycle, a dependency missing on some subarch, ...) fails
# the build, not the boot.

DEMO_SRCS := $(sort $(wildcard examples/boot/*.c))
DEMO_OBJS := $(DEMO_SRCS:%.c=$(BUILD)/%.o)
DEMO_BIN := $(BUILD)/bin/linktable-demo
DEMO_CHECKED := $(BUILD)/examples/boot/linktable-check.ok
ALL_TARGETS += $(DEMO_BIN) $(DEMO_CHECKED)

$(DEMO_BIN): $(DEMO_OBJS) $(LIB_A)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_BASE) -o $@ $(DEMO_OBJS) $(LIB_A) -lpthread

$(DEMO_CHECKED): $(DEMO_BIN) $(TOOL_BIN)
	@mkdir -p $(dir $@)
	$(TOOL_BIN) check $(DEMO_BIN)
	@touch $@

# First the Debian packages the build needs (scripts/ensure-deps.sh), then
# the build, in a second make: nothing compiles before they are there.
.PHONY: demo-run
# Quiet: the build's command lines are not what the demo shows (make V=1
# demo brings them back).
DEMO_MAKE = $(MAKE) --no-print-directory $(if $(filter 1,$(V)),,-s)
demo:
	@scripts/ensure-deps.sh build
	@echo "linktable demo: building (make V=1 demo shows the commands)"
	@$(DEMO_MAKE) build-all
	@$(DEMO_MAKE) demo-run

demo-run: build-all
	@$(DEMO_BIN)
	@examples/kernel/demo.sh
	@examples/boot/summary.sh
