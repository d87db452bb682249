/* SPDX-License-Identifier: MIT */
/*
 * The parts of Xen's public interface this kernel uses (xen/include/public:
 * elfnote.h, xen.h, arch-x86/xen-x86_64.h, hvm/start_info.h, sched.h,
 * physdev.h, version.h), written from their documented values.
 */
#ifndef KERNEL_XEN_ABI_H
#define KERNEL_XEN_ABI_H

/* ELF note types (name "Xen"). */
#define XEN_ELFNOTE_ENTRY 1
#define XEN_ELFNOTE_HYPERCALL_PAGE 2
#define XEN_ELFNOTE_VIRT_BASE 3
#define XEN_ELFNOTE_PADDR_OFFSET 4
#define XEN_ELFNOTE_XEN_VERSION 5
#define XEN_ELFNOTE_GUEST_OS 6
#define XEN_ELFNOTE_GUEST_VERSION 7
#define XEN_ELFNOTE_LOADER 8
#define XEN_ELFNOTE_FEATURES 10
#define XEN_ELFNOTE_SUPPORTED_FEATURES 17
#define XEN_ELFNOTE_PHYS32_ENTRY 18
#define XENFEAT_dom0 11

/* Hypercall numbers. */
#define __HYPERVISOR_set_trap_table 0
#define __HYPERVISOR_memory_op 12
#define __HYPERVISOR_update_va_mapping 14
#define __HYPERVISOR_xen_version 17
#define __HYPERVISOR_console_io 18
#define __HYPERVISOR_sched_op 29
#define __HYPERVISOR_physdev_op 33

#define UVMF_INVLPG 2
#define XENMEM_memory_map 9 /* the caller's own (pseudo-physical) e820 map */


/* CPUID leaves from the Xen base (0x40000000 or 0x40000100): base + 2
 * EBX = the MSR that takes the hypercall page's physical address (HVM and
 * PVH guests; Xen fills the page); base + 3 sub-leaf 0 ECX = the guest's
 * TSC rate in kHz. */
#define XEN_CPUID_HYPERCALL_MSR 2
#define XEN_CPUID_TIME 3
#define CONSOLEIO_write 0
#define XENVER_version 0
#define XENVER_extraversion 1
#define SCHEDOP_shutdown 2
#define SHUTDOWN_poweroff 0
#define PHYSDEVOP_set_iopl 6

/* 64-bit PV guest kernel selectors (ring 3). */
#define FLAT_KERNEL_CS64 0xe033
#define FLAT_KERNEL_SS64 0xe02b

#define SIF_PRIVILEGED 1
#define SIF_INITDOMAIN 2

#ifndef __ASSEMBLER__
/* XENMEM_memory_map's argument: in, the room in @buffer (entries); out,
 * the entries written.  Entries are e820 entries (20 bytes, packed). */
struct xen_memory_map {
	uint32_t nr_entries;
	uint64_t buffer;
};

#include <stdint.h>

struct xen_start_info {
	char magic[32]; /* "xen-3.0-x86_64" */
	unsigned long nr_pages;
	unsigned long shared_info;
	uint32_t flags;
	uint64_t store_mfn;
	uint32_t store_evtchn;
	union {
		struct {
			uint64_t mfn;
			uint32_t evtchn;
		} domu;
		struct {
			uint32_t info_off;
			uint32_t info_size;
		} dom0;
	} console;
	unsigned long pt_base;
	unsigned long nr_pt_frames;
	unsigned long mfn_list;
	unsigned long mod_start;
	unsigned long mod_len;
	int8_t cmd_line[1024];
	unsigned long first_p2m_pfn;
	unsigned long nr_p2m_frames;
};

struct xen_trap_info {
	uint8_t vector;
	uint8_t flags; /* privilege level in bits 0-1 */
	uint16_t cs;
	unsigned long address;
};

#define XEN_HVM_START_MAGIC 0x336ec578u

struct hvm_start_info {
	uint32_t magic;
	uint32_t version;
	uint32_t flags;
	uint32_t nr_modules;
	uint64_t modlist_paddr;
	uint64_t cmdline_paddr;
	uint64_t rsdp_paddr;
	uint64_t memmap_paddr;   /* version >= 1 */
	uint32_t memmap_entries; /* version >= 1 */
	uint32_t reserved;
};

struct hvm_memmap_table_entry {
	uint64_t addr;
	uint64_t size;
	uint32_t type;
	uint32_t reserved;
};
#endif

#endif
