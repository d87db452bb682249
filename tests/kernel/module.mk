# SPDX-License-Identifier: MIT
# Real boots of the freestanding kernel (examples/kernel): a gcc and a
# clang build, each booted by QEMU -kernel (bzImage), GRUB linux (ISO),
# PVH (ELF) and Xen 4.17 (ELF as PV dom0), with and without
# linktable.test=use-after-free.  See tests/kernel/boot.sh.

$(eval $(call kernel_build,gcc,$(BUILD)/boot-gcc))
KERNEL_TEST_IMAGES := $(BUILD)/boot-gcc/linktable-kernel.elf $(BUILD)/boot-gcc/linktable-kernel.bzImage
ifneq ($(shell command -v clang 2>/dev/null),)
$(eval $(call kernel_build,clang,$(BUILD)/boot-clang))
KERNEL_TEST_IMAGES += $(BUILD)/boot-clang/linktable-kernel.elf $(BUILD)/boot-clang/linktable-kernel.bzImage
endif

# The seed's bug on purpose: a user of the cr4 shadow (pge) that does not
# depend on the step providing it.  Only its first link is made: "linktable
# plan" (the second link) must refuse it, and tests/kernel/boot.sh checks
# that "linktable check" does.
$(eval $(call kernel_build,gcc -DKERNEL_BROKEN_CR4_DEPENDENCY,$(BUILD)/boot-broken-cr4))
KERNEL_TEST_IMAGES += $(BUILD)/boot-broken-cr4/linktable-kernel.stage1.elf

.PHONY: kernel-test-images
kernel-test-images: $(KERNEL_TEST_IMAGES)
check: kernel-test-images
TEST_SCRIPTS += tests/kernel/boot.sh
