# SPDX-License-Identifier: MIT
# The runtime library: build/lib/liblinktable.a and liblinktable.so - the
# core (src/core) plus the POSIX layer (src/posix): threads, clocks, FILE *
# output, the environment, /sys, mprotect/madvise, the fault reporter.

POSIX_SRCS := $(sort $(wildcard src/posix/*.c))
LIB_OBJS := $(CORE_OBJS) $(POSIX_SRCS:%.c=$(BUILD)/pic/%.o)
LIB_A := $(BUILD)/lib/liblinktable.a
LIB_SO := $(BUILD)/lib/liblinktable.so
LIB_LIBS := -lpthread
ALL_TARGETS += $(LIB_A) $(LIB_SO)

$(BUILD)/pic/%.o: %.c $(FLAGS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(CFLAGS_EXTRA) -fPIC -MMD -MP -c $< -o $@

$(LIB_A): $(LIB_OBJS)
	@mkdir -p $(dir $@)
	rm -f $@
	$(AR) rcs $@ $^

$(LIB_SO): $(LIB_OBJS) src/posix/liblinktable.map
	@mkdir -p $(dir $@)
	$(CC) -shared -Wl,-soname,liblinktable.so.$(ABI_VERSION) -Wl,--version-script=src/posix/liblinktable.map \
		$(LDFLAGS_BASE) -o $@ $(LIB_OBJS) $(LIB_LIBS)
