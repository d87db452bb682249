# SPDX-License-Identifier: MIT
# The linktable command: build/bin/linktable (reads ELF through libelf).

TOOL_SRCS := $(filter-out src/tool/main.c,$(sort $(wildcard src/tool/*.c)))
TOOL_OBJS := $(TOOL_SRCS:%.c=$(BUILD)/%.o)
TOOL_BIN := $(BUILD)/bin/linktable
TOOL_LIBS := $(CORE_A) -lelf
ALL_TARGETS += $(TOOL_BIN)

# --version says the release the Makefile builds.
$(BUILD)/src/tool/main.o: CFLAGS_EXTRA += -DLINKTABLE_VERSION='"$(VERSION)"'

# Everything but main(), for the fuzz harnesses and the replay driver.
TOOL_LIB := $(BUILD)/tool/libtool.a

$(TOOL_LIB): $(TOOL_OBJS)
	@mkdir -p $(dir $@)
	rm -f $@
	$(AR) rcs $@ $^

$(TOOL_BIN): $(BUILD)/src/tool/main.o $(TOOL_LIB) $(CORE_A)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_BASE) -o $@ $(filter-out $(CORE_A),$^) $(TOOL_LIBS)
