/* SPDX-License-Identifier: MIT */
/*
 * traps_xen.c - exceptions and page-table updates under Xen PV, where
 * lidt and writes to the page tables are privileged: the trap table is
 * given with set_trap_table, pages are unmapped with update_va_mapping,
 * and the faulting address (CR2) is read from the shared info page, where
 * Xen stores it for the guest.
 */
#include <linktable/free.h>

#include "kernel.h"
#include "xen_abi.h"

#define PAGE_SIZE 4096u
#define PTE_PRESENT_RW_USER_ACCESSED_DIRTY 0x67u
#define VCPU0_CR2_OFFSET 16 /* shared_info.vcpu_info[0].arch.cr2 */
#define VCPU0_TIME_OFFSET 32 /* shared_info.vcpu_info[0].time */

extern const uint64_t xen_trap_stubs[32];

LINKTABLE_ONLY_DATA(XEN) static struct xen_trap_info trap_table[33];
/* Remapped onto the shared info frame. */
LINKTABLE_ONLY_DATA(XEN) static uint8_t shared_info[PAGE_SIZE] __attribute__((aligned(PAGE_SIZE)));
LINKTABLE_ONLY_DATA(XEN) static int shared_info_mapped;

static int xen_map_shared_info(unsigned long maddr);

/* The trap table, and the shared info page (where Xen stores CR2 and the
 * time scale): both before any fault can be reported. */
LINKTABLE_INIT_TEXT
void xen_traps_init(void)
{
	long rc;

	for (unsigned int v = 0; v < 32; v++)
		trap_table[v] = (struct xen_trap_info){ (uint8_t)v, v == 3 ? 3 : 0, FLAT_KERNEL_CS64,
							xen_trap_stubs[v] };
	trap_table[32] = (struct xen_trap_info){ 0, 0, 0, 0 };
	rc = xen_hypercall2(__HYPERVISOR_set_trap_table, (uintptr_t)trap_table, 0);
	if (rc)
		printk("Xen: set_trap_table failed (%ld)\n", rc);
	if (xen_map_shared_info(boot.xen_shared_info))
		printk("Xen: cannot map shared info: fault addresses unknown\n");
}

/* Maps the shared info page (machine address @maddr) over our page. */
LINKTABLE_INIT_TEXT
static int xen_map_shared_info(unsigned long maddr)
{
	long rc = xen_hypercall3(__HYPERVISOR_update_va_mapping, (uintptr_t)shared_info,
				 (maddr & ~(unsigned long)(PAGE_SIZE - 1)) | PTE_PRESENT_RW_USER_ACCESSED_DIRTY,
				 UVMF_INVLPG);

	shared_info_mapped = rc == 0;
	return (int)rc;
}

LINKTABLE_ONLY_TEXT(XEN)
uintptr_t xen_fault_address(void)
{
	uint64_t cr2;

	if (!shared_info_mapped)
		return 0;
	memcpy(&cr2, shared_info + VCPU0_CR2_OFFSET, sizeof(cr2));
	return (uintptr_t)cr2;
}

/* The TSC rate from vcpu_time_info: ns = (tsc << shift) * mul >> 32. */
LINKTABLE_INIT_TEXT
uint64_t xen_tsc_khz(void)
{
	uint32_t mul;
	int8_t shift;
	uint64_t khz = 1000000ull << 32; /* kHz = 1e6 * 2^32 / mul, then undo the shift */

	if (!shared_info_mapped)
		return 0;
	memcpy(&mul, shared_info + VCPU0_TIME_OFFSET + 24, sizeof(mul));
	memcpy(&shift, shared_info + VCPU0_TIME_OFFSET + 28, sizeof(shift));
	if (!mul)
		return 0;
	khz /= mul;
	return shift >= 0 ? khz >> shift : khz << -shift;
}

LINKTABLE_ONLY_TEXT(XEN)
int xen_unmap_pages(uintptr_t start, size_t len)
{
	if (start % PAGE_SIZE || len % PAGE_SIZE)
		return -22;
	for (uintptr_t va = start; va < start + len; va += PAGE_SIZE) {
		long rc = xen_hypercall3(__HYPERVISOR_update_va_mapping, va, 0, UVMF_INVLPG);

		if (rc)
			return (int)rc;
	}
	return 0;
}
