# SPDX-License-Identifier: MIT
# The simulated x86 boot demo (init framework issue): build/bin/linktable-demo.
# "make demo" builds everything, then runs a native and a Xen boot.

DEMO_SRCS := $(sort $(wildcard examples/boot/*.c))
DEMO_OBJS := $(DEMO_SRCS:%.c=$(BUILD)/%.o)
DEMO_BIN := $(BUILD)/bin/linktable-demo
ALL_TARGETS += $(DEMO_BIN)

$(DEMO_BIN): $(DEMO_OBJS) $(LIB_A)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_BASE) -o $@ $(DEMO_OBJS) $(LIB_A) -lpthread

demo: build-all
	$(DEMO_BIN)
