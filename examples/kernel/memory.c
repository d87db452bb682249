/* SPDX-License-Identifier: MIT */
/*
 * memory.c - the memory map, from the zero page's e820 table whichever
 * entry built it (BIOS e820 via setup.S or GRUB, the PVH memory map,
 * start_info's page count).
 */
#include <linktable/free.h>
#include <linktable/step.h>

#include "kernel.h"

LINKTABLE_INIT_TEXT
static const char *e820_type_name(uint32_t type)
{
	switch (type) {
	case 1:
		return "usable";
	case 2:
		return "reserved";
	case 3:
		return "ACPI data";
	case 4:
		return "ACPI NVS";
	case 5:
		return "unusable";
	default:
		return "type?";
	}
}

LINKTABLE_INIT_TEXT
int memory_init(struct linktable_boot *b, const struct linktable_init_step *step)
{
	(void)step;
	const struct e820_entry *e = zp_e820(boot.zero_page);
	unsigned int n = zp_get(boot.zero_page, ZP_E820_ENTRIES, 1);
	uint64_t ram = 0;

	(void)b;
	if (n == 0 || n > ZP_E820_MAX) {
		tprintk("memory: the zero page has %u e820 entries\n", n);
		return -22;
	}
	for (unsigned int i = 0; i < n; i++) {
		tprintk("e820: [mem 0x%016llx-0x%016llx] %s\n", (unsigned long long)e[i].addr,
			(unsigned long long)(e[i].addr + e[i].size - 1), e820_type_name(e[i].type));
		if (e[i].type == E820_RAM)
			ram += e[i].size;
	}
	boot.ram_bytes = ram;
	tprintk("memory: %llu KiB usable in %u ranges\n", (unsigned long long)(ram >> 10), n);
	return ram ? 0 : -12;
}

LINKTABLE_INIT_STEP(memory, 10, LINKTABLE_SUBARCHS_ALL, .flags = LINKTABLE_INIT_CRITICAL,
		    .setup_arch = memory_init);
