/* SPDX-License-Identifier: MIT */
/* src/tool/elf_arch.c - relocation numbers per machine (see elf_arch.h),
 * from each psABI (the same numbers as <elf.h>). */
#include "elf_arch.h"

#include <elf.h>
#include <stddef.h>

static const struct elf_arch arches[] = {
	{ EM_X86_64, 1, "x86-64", R_X86_64_RELATIVE, R_X86_64_64 },
	{ EM_386, 0, "i386", R_386_RELATIVE, R_386_32 },
	{ EM_AARCH64, 1, "aarch64", R_AARCH64_RELATIVE, R_AARCH64_ABS64 },
	{ EM_ARM, 0, "arm", R_ARM_RELATIVE, R_ARM_ABS32 },
	{ EM_RISCV, 1, "riscv64", R_RISCV_RELATIVE, R_RISCV_64 },
	{ EM_RISCV, 0, "riscv32", R_RISCV_RELATIVE, R_RISCV_32 },
	{ EM_S390, 1, "s390x", R_390_RELATIVE, R_390_64 },
	{ EM_S390, 0, "s390", R_390_RELATIVE, R_390_32 },
	{ EM_PPC64, 1, "ppc64", R_PPC64_RELATIVE, R_PPC64_ADDR64 },
	{ EM_PPC, 0, "ppc", R_PPC_RELATIVE, R_PPC_ADDR32 },
	{ EM_SPARCV9, 1, "sparc64", R_SPARC_RELATIVE, R_SPARC_64 },
	{ EM_LOONGARCH, 1, "loongarch64", R_LARCH_RELATIVE, R_LARCH_64 },
};

const struct elf_arch *elf_arch_of(unsigned int machine, int is64)
{
	for (size_t i = 0; i < sizeof(arches) / sizeof(arches[0]); i++)
		if (arches[i].machine == machine && arches[i].is64 == is64)
			return &arches[i];
	return NULL;
}
