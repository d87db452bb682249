/* SPDX-License-Identifier: MIT */
/*
 * The boot_params "zero page" (Linux Documentation/arch/x86/zero-page.rst,
 * boot.rst): the fields this kernel reads or builds, by offset.  Every
 * entry path ends with one of these, so the common path reads one format.
 */
#ifndef KERNEL_ZERO_PAGE_H
#define KERNEL_ZERO_PAGE_H

#include <stdint.h>

#define ZP_SIZE 4096
#define ZP_SCRATCH 0x1e4 /* u32, the setup code's */
#define ZP_E820_ENTRIES 0x1e8 /* u8 */
#define ZP_SETUP_SECTS 0x1f1
#define ZP_BOOT_FLAG 0x1fe
#define ZP_HEADER 0x202 /* "HdrS" */
#define ZP_VERSION 0x206
#define ZP_TYPE_OF_LOADER 0x210
#define ZP_LOADFLAGS 0x211
#define ZP_CODE32_START 0x214
#define ZP_CMD_LINE_PTR 0x228
#define ZP_CMDLINE_SIZE 0x238
#define ZP_HARDWARE_SUBARCH 0x23c
#define ZP_HARDWARE_SUBARCH_DATA 0x240
#define ZP_EXT_CMD_LINE_PTR 0x0c8
#define ZP_E820_TABLE 0x2d0
#define ZP_E820_MAX 128

#define E820_RAM 1
#define E820_RESERVED 2

struct boot_params {
	uint8_t raw[ZP_SIZE];
} __attribute__((aligned(4096)));

struct e820_entry {
	uint64_t addr;
	uint64_t size;
	uint32_t type;
} __attribute__((packed));

static inline uint32_t zp_get(const struct boot_params *bp, unsigned int off, unsigned int size)
{
	uint32_t v = 0;

	for (unsigned int i = size; i-- > 0;)
		v = v << 8 | bp->raw[off + i];
	return v;
}

static inline void zp_put(struct boot_params *bp, unsigned int off, unsigned int size, uint32_t v)
{
	for (unsigned int i = 0; i < size; i++, v >>= 8)
		bp->raw[off + i] = (uint8_t)v;
}

static inline struct e820_entry *zp_e820(struct boot_params *bp)
{
	return (struct e820_entry *)(void *)(bp->raw + ZP_E820_TABLE);
}

#endif
