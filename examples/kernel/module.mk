# SPDX-License-Identifier: MIT
# The freestanding x86-64 kernel, linked once from one set of objects into
#   build/boot/linktable-kernel.elf      Xen PV and PVH entries (ELF notes)
#   build/boot/linktable-kernel.bzImage  Linux boot protocol: setup sectors
#                                        (setup.S) + the same image, flat
# with $(CC); make check also builds build/boot-gcc/ and build/boot-clang/
# (tests/kernel/module.mk) and boots each.  Links with GNU ld and
# kernel.ld; the init table and the freeable ranges are orphan sections
# the script does not name.

KERNEL_DIR := examples/kernel
KERNEL_SRCS := $(filter-out $(KERNEL_DIR)/setup.S,$(sort $(wildcard $(KERNEL_DIR)/*.c $(KERNEL_DIR)/*.S)))
# linktable's freestanding core (liblinktable-core.a's sources), compiled
# with the kernel's flags (no red zone, no SSE, no stack protector).
KERNEL_LIBSRCS := $(sort $(wildcard src/core/*.c))

# $(call kernel_build,COMPILER,OUTDIR): objects, ELF, setup sectors, bzImage.
define kernel_build
$(2)_CFLAGS := -std=gnu11 -Wall -Wextra -Werror -O2 -g -Iinclude -I$(KERNEL_DIR) \
	-ffreestanding -nostdinc -isystem $$(shell $(1) -print-file-name=include) \
	-fno-pic -fno-pie -mno-red-zone -mgeneral-regs-only -fno-stack-protector -fno-builtin \
	-fno-asynchronous-unwind-tables
$(2)_OBJS := $$(patsubst %,$(2)/obj/%.o,$(KERNEL_SRCS) $(KERNEL_LIBSRCS))

$(2)/obj/%.c.o: %.c $(FLAGS_STAMP)
	@mkdir -p $$(dir $$@)
	$(1) $$($(2)_CFLAGS) -MMD -MP -c $$< -o $$@

$(2)/obj/%.S.o: %.S $(FLAGS_STAMP)
	@mkdir -p $$(dir $$@)
	$(1) $$($(2)_CFLAGS) -MMD -MP -c $$< -o $$@

# First link: no build-time plan (the core's weak default: plan at boot).
$(2)/linktable-kernel.stage1.elf: $$($(2)_OBJS) $(KERNEL_DIR)/kernel.ld
	ld.bfd -m elf_x86_64 -nostdlib -static -z max-page-size=4096 -z noexecstack \
		-T $(KERNEL_DIR)/kernel.ld -o $$@ $$($(2)_OBJS)

# The build-time plan of the first link's init table: a rule broken there
# fails the build here.
$(2)/plan.c: $(2)/linktable-kernel.stage1.elf $(TOOL_BIN)
	$(TOOL_BIN) plan $$< > $$@.tmp
	mv $$@.tmp $$@

# Second link, as Linux links kallsyms: the same objects plus the plan.
# Addresses move, the table's contents (the fingerprint) do not.  The
# unsealed image stays for the benchmark (the boot hashes its table).
$(2)/linktable-kernel.unsealed.elf: $$($(2)_OBJS) $(2)/obj/plan.c.o $(KERNEL_DIR)/kernel.ld
	ld.bfd -m elf_x86_64 -nostdlib -static -z max-page-size=4096 -z noexecstack \
		-T $(KERNEL_DIR)/kernel.ld -o $$@ $$($(2)_OBJS) $(2)/obj/plan.c.o

# Sealed: "linktable seal" checks the plan against this very image's table
# (a mismatch fails the build) and writes the seal, so the boot trusts the
# plan without hashing the table.  Before objcopy makes the bzImage.
$(2)/linktable-kernel.elf: $(2)/linktable-kernel.unsealed.elf $(TOOL_BIN)
	cp $$< $$@.tmp
	$(TOOL_BIN) seal $$@.tmp
	mv $$@.tmp $$@

$(2)/obj/plan.c.o: $(2)/plan.c
	$(1) $$($(2)_CFLAGS) -c $$< -o $$@

$(2)/setup.bin: $(2)/obj/$(KERNEL_DIR)/setup.S.o $(KERNEL_DIR)/setup.ld
	ld.bfd -m elf_x86_64 -T $(KERNEL_DIR)/setup.ld -o $$@.elf $$<
	objcopy -O binary $$@.elf $$@

$(2)/linktable-kernel.bzImage: $(2)/linktable-kernel.elf $(2)/setup.bin $(KERNEL_DIR)/mkbzimage.sh
	$(KERNEL_DIR)/mkbzimage.sh $(2)/setup.bin $(2)/linktable-kernel.elf $$@
endef

$(eval $(call kernel_build,$(CC),$(BUILD)/boot))
KERNEL_ELF := $(BUILD)/boot/linktable-kernel.elf
KERNEL_BZIMAGE := $(BUILD)/boot/linktable-kernel.bzImage
ALL_TARGETS += $(KERNEL_ELF) $(KERNEL_BZIMAGE)
