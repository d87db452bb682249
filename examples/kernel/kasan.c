/* SPDX-License-Identifier: MIT */
/*
 * kasan.c - a PC-only, KASAN-like step: shadow memory (one byte per 8
 * bytes: 0 = accessible, non-zero = poisoned) for the kernel image, mapped
 * at Linux's KASAN shadow offset in our own page tables with pages taken
 * from e820 RAM after the image; then a redzone self-test.  KASAN had no Xen
 * PV support (a PV guest cannot build its own mappings like this), so the
 * step is PC only and the planner skips it under Xen with the reason.
 */
#include <linktable/free.h>
#include <linktable/step.h>

#include "kernel.h"

#define PAGE_SIZE 4096u
#define SHADOW_OFFSET 0xffffec0000000000ull /* Linux's KASAN_SHADOW_START */
#define PTE_P 0x1u
#define PTE_W 0x2u
#define PTE_NX (1ull << 63)
#define IDENTITY_LIMIT ((uint64_t)BOOT_IDENTITY_GIB << 30) /* head32.S's identity map */

extern uint64_t boot_pml4[512];

static uintptr_t next_free; /* bump allocator after the image */

/* A zeroed page of e820 RAM inside the identity map, or 0. */
LINKTABLE_INIT_TEXT
static void *alloc_page(void)
{
	const struct e820_entry *e = zp_e820(boot.zero_page);
	unsigned int n = zp_get(boot.zero_page, ZP_E820_ENTRIES, 1);

	if (!next_free)
		next_free = ((uintptr_t)_end + PAGE_SIZE - 1) & ~(uintptr_t)(PAGE_SIZE - 1);
	for (unsigned int i = 0; i < n; i++) {
		if (e[i].type == E820_RAM && next_free >= e[i].addr &&
		    next_free + PAGE_SIZE <= e[i].addr + e[i].size && next_free + PAGE_SIZE <= IDENTITY_LIMIT) {
			void *p = (void *)next_free;

			next_free += PAGE_SIZE;
			return memset(p, 0, PAGE_SIZE);
		}
	}
	return 0;
}

/* Maps @va to @pa (4 KiB, writable, not executable), allocating tables. */
LINKTABLE_INIT_TEXT
static int map_page(uint64_t va, uint64_t pa)
{
	uint64_t *table = boot_pml4;

	for (int shift = 39; shift > 12; shift -= 9) {
		uint64_t *e = &table[(va >> shift) & 511];

		if (!(*e & PTE_P)) {
			void *t = alloc_page();

			if (!t)
				return -12;
			*e = (uintptr_t)t | PTE_P | PTE_W;
		}
		table = (uint64_t *)(uintptr_t)(*e & 0x000ffffffffff000ull);
	}
	/* Bit 63 is reserved (a fault) unless EFER.NXE is on: only where
	 * head32.S found NX with CPUID. */
	table[(va >> 12) & 511] = pa | PTE_P | PTE_W | (boot_cpu_flags & BOOT_CPU_NX ? PTE_NX : 0);
	return 0;
}

LINKTABLE_ONLY_DATA(PC) static volatile uint8_t *kasan_shadow_base;
LINKTABLE_ONLY_DATA(PC) static uint8_t kasan_test_object[32] __attribute__((aligned(32)));

static volatile uint8_t *shadow_of(const void *addr)
{
	return (volatile uint8_t *)(uintptr_t)(((uintptr_t)addr >> 3) + SHADOW_OFFSET);
}

/* Whether [addr, addr + size) is accessible according to the shadow. */
LINKTABLE_ONLY_TEXT(PC)
static int kasan_check(const void *addr, size_t size)
{
	for (size_t i = 0; i < size; i++)
		if (*shadow_of((const uint8_t *)addr + i))
			return 0;
	return 1;
}

LINKTABLE_INIT_TEXT
int kasan_init(struct linktable_boot *b, const struct linktable_init_step *step)
{
	(void)step;
	uintptr_t lo = (uintptr_t)_text, hi = (uintptr_t)_end;
	uint64_t first = (uint64_t)(uintptr_t)shadow_of(_text) & ~(uint64_t)(PAGE_SIZE - 1);
	uint64_t last = (uint64_t)(uintptr_t)shadow_of(_end);
	unsigned int pages = 0;

	(void)b;
	for (uint64_t va = first; va <= last; va += PAGE_SIZE, pages++) {
		void *p = alloc_page();

		if (!p || map_page(va, (uintptr_t)p)) {
			tprintk("kasan: out of memory for the shadow\n");
			return -12;
		}
	}
	if (!(boot_cpu_flags & BOOT_CPU_NX))
		tprintk("kasan: the CPU has no NX (CPUID): shadow pages mapped without the no-execute bit\n");
	__asm__ volatile("mov %%cr3, %%rax; mov %%rax, %%cr3" : : : "rax", "memory");
	kasan_shadow_base = shadow_of(_text);
	/* The image is accessible; the 16 bytes after the test object's first
	 * half are a redzone. */
	for (uintptr_t a = lo; a < hi; a += 8)
		*shadow_of((const void *)a) = 0;
	for (unsigned int i = 16; i < 32; i += 8)
		*shadow_of(kasan_test_object + i) = 0xfc;
	if (!kasan_check(kasan_test_object, 16) || kasan_check(kasan_test_object + 16, 1)) {
		tprintk("kasan: self-test failed\n");
		return -5;
	}
	tprintk("kasan: shadow for [0x%lx-0x%lx) at 0x%lx (%u pages); self-test caught an out-of-bounds "
		"read at %p\n",
		(unsigned long)lo, (unsigned long)hi, (unsigned long)(uintptr_t)kasan_shadow_base, pages,
		(void *)(kasan_test_object + 16));
	return 0;
}

LINKTABLE_INIT_STEP(kasan, 15, LINKTABLE_SUBARCHS(PC), .depends = LINKTABLE_INIT_DEPS(memory),
		    .setup_arch = kasan_init);
