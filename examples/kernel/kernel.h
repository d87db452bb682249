/* SPDX-License-Identifier: MIT */
/*
 * kernel.h - what the parts of the kernel share: the boot state, console
 * output, port I/O, the TSC, the exits.
 */
#ifndef KERNEL_KERNEL_H
#define KERNEL_KERNEL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "boot_abi.h"
#include "zero_page.h"

/* isa-debug-exit values (QEMU exits with 2 * value + 1). */
#define EXIT_BOOT_OK 0x10       /* QEMU status 33 */
#define EXIT_USE_AFTER_FREE 0x11 /* 35: the fault handler caught it */
#define EXIT_BOOT_FAILED 0x12   /* 37: init failed */
#define EXIT_UNEXPECTED_FAULT 0x13 /* 39: any other exception */
#define EXIT_TEST_NOT_CAUGHT 0x14  /* 41: the freed memory was still there */
#define EXIT_BAD_ENTRY 0x15     /* 43: the entry's data is unusable */
#define EXIT_UNSUPPORTED_SUBARCH 0x16 /* 45: critical steps lack the subarch */
/* EXIT_UNSUPPORTED_CPU 0x17 (47, boot_abi.h): no long mode, PAE, CMOV or CPUID */
#define EXIT_LEGACY_CRASH 0x18        /* 49: legacy mode used the cr4 shadow
				       * before it was set up (the seed's crash) */

/* ---- What differs by subarch ------------------------------------------------
 * Chosen by the decided subarch through the init table (the "platform"
 * step), never by the entry: before that, only the entry's early console
 * and exit are in use (the native one: COM1 and isa-debug-exit; under Xen
 * PV the entry has no choice - ring 3, Xen owns COM1 - so it starts on the
 * Xen ops).  A NULL hook: not available there. */
struct kernel_ops {
	const char *name;
	void (*write)(const char *s, size_t len);
	__attribute__((noreturn)) void (*exit)(unsigned int code);
	int (*unmap)(uintptr_t start, size_t len);
	long long (*resident)(void);
	uintptr_t (*fault_address)(void);
	void (*traps_init)(void);
	uint64_t (*tsc_khz)(void);
	const char *clock_source;
	uint64_t (*read_cr4)(void);
	void (*write_cr4)(uint64_t cr4); /* NULL: CR4 belongs to the hypervisor */
};

extern const struct kernel_ops *kops;
extern const struct kernel_ops early_native_ops, early_xen_hvm_ops, pc_ops, xen_ops;

/* ---- Boot state: filled by the entry, read by the common path ---------- */
struct boot_state {
	unsigned int entry;              /* ENTRY_* */
	const char *entry_name;          /* "bzImage code32_start", ... */
	const char *zero_page_builder;   /* who filled the zero page */
	struct boot_params *zero_page;   /* the one the common path reads */
	unsigned long xen_shared_info;   /* Xen PV: start_info's shared info frame */
	uint64_t tsc_entry;              /* TSC at the first instruction */
	uint64_t tsc_common;             /* TSC on entering the common path */
	uint64_t tsc_calibration;        /* cycles tsc_init() spent measuring */
	uint64_t prebuilt_plan_cycles;   /* taking the build-time plan over (0: none) */
	uint64_t time_origin;            /* ns since entry when the init run began */
	const char *cmdline;
	unsigned int subarch;            /* decided before any step */
	uint64_t ram_bytes;              /* usable memory (memory step) */
};

extern struct boot_state boot;
extern uint64_t boot_tsc_entry;
extern unsigned int boot_entry_kind;
extern uint32_t boot_cpu_flags; /* head32.S: BOOT_CPU_* */
extern char _text[], __bss_start[], __bss_stop[], _end[];

void *memcpy(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);

/* ---- Output --------------------------------------------------------------- */
void console_write(const char *s, size_t len);
int kvsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int ksnprintf(char *buf, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void printk(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* printk with the time since the entry (from the TSC) in front, like Linux's */
void tprintk(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* ---- Hardware ------------------------------------------------------------- */
static inline void outb(uint16_t port, uint8_t v)
{
	__asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port));
}
static inline uint8_t inb(uint16_t port)
{
	uint8_t v;
	__asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}
static inline void outl(uint16_t port, uint32_t v)
{
	__asm__ volatile("outl %0, %1" : : "a"(v), "Nd"(port));
}
static inline uint32_t inl(uint16_t port)
{
	uint32_t v;
	__asm__ volatile("inl %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}
static inline uint64_t rdtsc(void)
{
	uint32_t lo, hi;
	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return (uint64_t)hi << 32 | lo;
}
static inline void cpuid(uint32_t leaf, uint32_t r[4])
{
	__asm__ volatile("cpuid" : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3]) : "a"(leaf), "c"(0));
}

/* The TSC rate (measured by the tsc step) and time since the entry. */
uint64_t tsc_khz_get(void);
uint64_t pit_tsc_khz(void);
uint64_t ns_since_entry(void);
uint64_t xen_tsc_khz(void);

/* ---- Ends ----------------------------------------------------------------- */
/* Writes @code to isa-debug-exit (QEMU exits 2 * code + 1); without the
 * device, halts (natively) or powers off (Xen PV). */
__attribute__((noreturn)) void kernel_exit(unsigned int code);
__attribute__((noreturn)) void native_exit(unsigned int code);
void serial_write(const char *s, size_t len);
__attribute__((noreturn)) void panic(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* ---- Xen PV --------------------------------------------------------------- */
long xen_hypercall2(unsigned int nr, unsigned long a1, unsigned long a2);
long xen_hypercall3(unsigned int nr, unsigned long a1, unsigned long a2, unsigned long a3);
__attribute__((noreturn)) void xen_exit(unsigned int code);
void xen_console_write(const char *s, size_t len);
uint64_t xen_tsc_khz(void);
/* Xen under a PVH guest (subarch pc): xen_hvm.c */
uint32_t xen_cpuid_base(void);
int xen_hvm_init_hypercalls(void);
int xen_hvm_hypercalls(void);
unsigned int xen_hvm_memory_map(struct e820_entry *e, unsigned int max);
uint64_t xen_hvm_tsc_khz(void);

/* ---- Paging and freeing --------------------------------------------------- */
struct linktable_boot;
/* Releases the other subarchs' and init memory after boot @b. */
int free_unused_memory(struct linktable_boot *b);
/* Unmap [start, start + len) (whole pages); 0 or a negative error. */
int native_unmap_pages(uintptr_t start, size_t len);
long long native_mapped_image_bytes(void);
int xen_unmap_pages(uintptr_t start, size_t len);
void native_traps_init(void);
void xen_traps_init(void);
uintptr_t native_fault_address(void);
uintptr_t xen_fault_address(void);

struct trap_frame;
__attribute__((noreturn)) void trap_handler(struct trap_frame *f);

/* ---- The cr4 shadow (cr4.c), as Linux's cr4_read_shadow()/cr4_set_bits() */
uint64_t cr4_read_shadow(void);
int cr4_set_bits(uint64_t mask);
int cr4_shadow_ready(void);

/* ---- The common path ------------------------------------------------------ */
struct linktable_init_step;
__attribute__((noreturn)) void start_kernel(void);
void cmdline_init(const struct boot_params *zp);
const char *cmdline_get(const char *key, char *buf, size_t size);
int cmdline_has(const struct boot_params *zp, const char *word);
/* The legacy demo: two hand-written sequences chosen by the entry. */
__attribute__((noreturn)) void legacy_start_kernel(void);
/* Step callbacks the legacy sequences call by hand. */
int platform_init(struct linktable_boot *b, const struct linktable_init_step *s);
int traps_init(struct linktable_boot *b, const struct linktable_init_step *s);
int tsc_init(struct linktable_boot *b, const struct linktable_init_step *s);
int cmdline_step(struct linktable_boot *b, const struct linktable_init_step *s);
int cr4_init_shadow(struct linktable_boot *b, const struct linktable_init_step *s);
int pge_init(struct linktable_boot *b, const struct linktable_init_step *s);
int memory_init(struct linktable_boot *b, const struct linktable_init_step *s);
int kasan_init(struct linktable_boot *b, const struct linktable_init_step *s);
int serial_init(struct linktable_boot *b, const struct linktable_init_step *s);
int pci_init(struct linktable_boot *b, const struct linktable_init_step *s);
int xen_version_init(struct linktable_boot *b, const struct linktable_init_step *s);

#endif
