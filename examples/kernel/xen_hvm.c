/* SPDX-License-Identifier: MIT */
/*
 * xen_hvm.c - Xen seen from a PVH (HVM-like) guest, whose subarch is pc:
 * found by its CPUID signature, the hypercall page requested through the
 * MSR that CPUID names (Xen fills the page we give it), then console_io
 * (which dom0 may use: Xen owns COM1), the guest's own memory map
 * (XENMEM_memory_map, when hvm_start_info carries none, as for a PVH dom0)
 * and the TSC rate from Xen's CPUID time leaf (a PVH guest has no PIT).
 */
#include "kernel.h"
#include "xen_abi.h"

extern char hypercall_page[];

static uint32_t xen_base;  /* the Xen CPUID base, 0: not on Xen */
static int hypercalls;     /* the hypercall page is filled */

static void cpuid2(uint32_t leaf, uint32_t sub, uint32_t r[4])
{
	__asm__ volatile("cpuid" : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3]) : "a"(leaf), "c"(sub));
}

/* The Xen CPUID base, or 0 (also where CPUID has no hypervisor bit). */
uint32_t xen_cpuid_base(void)
{
	uint32_t r[4];

	cpuid(1, r);
	if (!(r[2] & (1u << 31)))
		return 0;
	for (uint32_t base = 0x40000000; base <= 0x40000100; base += 0x100) {
		cpuid(base, r);
		if (r[1] == 0x566e6558 && r[2] == 0x65584d4d && r[3] == 0x4d4d566e && r[0] >= base + 2)
			return base; /* "XenVMMXenVMM" with the hypercall-page leaf */
	}
	return 0;
}

/* Asks Xen for the hypercall page (PVH/HVM); 1 when it is filled. */
int xen_hvm_init_hypercalls(void)
{
	uint32_t r[4];
	uint64_t pa = (uintptr_t)hypercall_page; /* identity-mapped */

	if (hypercalls)
		return 1;
	xen_base = xen_cpuid_base();
	if (!xen_base)
		return 0;
	cpuid(xen_base + XEN_CPUID_HYPERCALL_MSR, r);
	__asm__ volatile("wrmsr" : : "c"(r[1]), "a"((uint32_t)pa), "d"((uint32_t)(pa >> 32)) : "memory");
	hypercalls = (unsigned char)hypercall_page[0] != 0xcc; /* head64.S fills it with int3 */
	return hypercalls;
}

int xen_hvm_hypercalls(void)
{
	return hypercalls;
}

/* The guest's e820 map into @e (room for @max entries); the count, or 0. */
unsigned int xen_hvm_memory_map(struct e820_entry *e, unsigned int max)
{
	struct xen_memory_map m = { max, (uintptr_t)e };

	if (!hypercalls || xen_hypercall2(__HYPERVISOR_memory_op, XENMEM_memory_map, (uintptr_t)&m) != 0)
		return 0;
	return m.nr_entries <= max ? m.nr_entries : max;
}

/* The TSC rate Xen gives the guest, in kHz (0: unknown). */
uint64_t xen_hvm_tsc_khz(void)
{
	uint32_t r[4];

	if (!xen_base)
		return 0;
	cpuid(xen_base, r);
	if (r[0] < xen_base + XEN_CPUID_TIME)
		return 0;
	cpuid2(xen_base + XEN_CPUID_TIME, 0, r);
	return r[2];
}
