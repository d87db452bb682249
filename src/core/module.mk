# SPDX-License-Identifier: MIT
# The freestanding core: build/lib/liblinktable-core.a.  No libc, no
# allocator, no threads: it references nothing but memcpy, memmove, memset
# and memcmp (tests/freestanding checks with nm -u).  liblinktable has the
# same objects plus the POSIX layer (src/posix).

CORE_SRCS := $(sort $(wildcard src/core/*.c))
CORE_OBJS := $(CORE_SRCS:%.c=$(BUILD)/pic/%.o)
CORE_A := $(BUILD)/lib/liblinktable-core.a
ALL_TARGETS += $(CORE_A)
# No stack protector (its guard and failure call live in libc) and no
# builtins that could become calls to libc functions.
CORE_CFLAGS := -ffreestanding -fno-builtin -fno-stack-protector

$(CORE_OBJS): CFLAGS_EXTRA += $(CORE_CFLAGS)

$(CORE_A): $(CORE_OBJS)
	@mkdir -p $(dir $@)
	rm -f $@
	$(AR) rcs $@ $^
