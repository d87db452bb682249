/* SPDX-License-Identifier: MIT */
/*
 * traps_native.c - the IDT: vectors 0..31 to trap_entry.S's native stubs
 * (interrupt gates, ring 0, the 64-bit code segment).
 */
#include <linktable/free.h>

#include "kernel.h"

struct idt_gate {
	uint16_t offset_low;
	uint16_t selector;
	uint8_t ist;
	uint8_t type; /* 0x8e: present, DPL 0, 64-bit interrupt gate */
	uint16_t offset_mid;
	uint32_t offset_high;
	uint32_t reserved;
};

extern const uint64_t native_trap_stubs[32];

LINKTABLE_ONLY_DATA(PC) static struct idt_gate idt[32] __attribute__((aligned(16)));

LINKTABLE_INIT_TEXT
void native_traps_init(void)
{
	struct __attribute__((packed)) {
		uint16_t limit;
		uint64_t base;
	} desc = { sizeof(idt) - 1, (uintptr_t)idt };

	for (unsigned int v = 0; v < 32; v++) {
		uint64_t a = native_trap_stubs[v];

		idt[v] = (struct idt_gate){ (uint16_t)a, BOOT_CS64, 0, 0x8e, (uint16_t)(a >> 16),
					    (uint32_t)(a >> 32), 0 };
	}
	__asm__ volatile("lidt %0" : : "m"(desc));
}
