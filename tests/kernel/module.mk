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

.PHONY: kernel-test-images
kernel-test-images: $(KERNEL_TEST_IMAGES)
check: kernel-test-images
TEST_SCRIPTS += tests/kernel/boot.sh
