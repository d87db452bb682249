/* SPDX-License-Identifier: MIT */
/*
 * src/tool/elf_arch.h - what the tool must know of each machine to read
 * its images: the dynamic relocations that set a pointer-sized word (the
 * load-relative one and the absolute one).  Everything else (word size,
 * byte order) comes from the image's own ELF header.
 */
#ifndef LINKTABLE_TOOL_ELF_ARCH_H
#define LINKTABLE_TOOL_ELF_ARCH_H

#include <stdint.h>

/**
 * struct elf_arch - one machine.
 * @machine:  e_machine.
 * @is64:     its ELF class (1: ELFCLASS64), for machines with both.
 * @name:     for messages.
 * @relative: R_*_RELATIVE: the word is load base + addend.
 * @absolute: the word-sized absolute relocation: symbol + addend.
 */
struct elf_arch {
	uint16_t machine;
	int is64;
	const char *name;
	uint32_t relative;
	uint32_t absolute;
};

/**
 * elf_arch_of() - the machine @machine of class @is64, or NULL when the
 * tool does not know its relocations (images without any still read).
 * @machine: e_machine.  @is64: 1 for ELFCLASS64.
 */
const struct elf_arch *elf_arch_of(unsigned int machine, int is64);

#endif /* LINKTABLE_TOOL_ELF_ARCH_H */
