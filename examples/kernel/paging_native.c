/* SPDX-License-Identifier: MIT */
/*
 * paging_native.c - releasing memory natively: clear the page-table
 * entries head32.S built for the image (4 KiB pages in the first
 * BOOT_PT_PAGES * 2 MiB) and flush them from the TLB, so any later use
 * faults.
 */
#include <linktable/free.h>

#include "kernel.h"

#define PAGE_SIZE 4096u

extern uint64_t boot_pt[BOOT_PT_PAGES * 512];

LINKTABLE_ONLY_TEXT(PC)
int native_unmap_pages(uintptr_t start, size_t len)
{
	if (start % PAGE_SIZE || len % PAGE_SIZE || start + len > (uintptr_t)BOOT_PT_PAGES << 21 ||
	    start + len < start)
		return -22; /* -EINVAL: not whole pages of the 4 KiB-mapped region */
	for (uintptr_t va = start; va < start + len; va += PAGE_SIZE) {
		boot_pt[va / PAGE_SIZE] = 0;
		__asm__ volatile("invlpg (%0)" : : "r"(va) : "memory");
	}
	return 0;
}

/* Bytes of the image [_text, _end) mapped now: what releasing gave back is
 * measured from the page tables, not assumed. */
LINKTABLE_ONLY_TEXT(PC)
long long native_mapped_image_bytes(void)
{
	long long bytes = 0;

	for (uintptr_t va = (uintptr_t)_text; va < (uintptr_t)_end; va += PAGE_SIZE)
		if (boot_pt[va / PAGE_SIZE] & 1)
			bytes += PAGE_SIZE;
	return bytes;
}
