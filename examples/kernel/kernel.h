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

/* ---- Boot state: filled by the entry, read by the common path ---------- */
struct boot_state {
	unsigned int entry;              /* ENTRY_* */
	const char *entry_name;          /* "bzImage code32_start", ... */
	const char *zero_page_builder;   /* who filled the zero page */
	struct boot_params *zero_page;   /* the one the common path reads */
	int xen_pv;                      /* running as a Xen PV guest */
	uint64_t tsc_entry;              /* TSC at the first instruction */
	uint64_t tsc_common;             /* TSC on entering the common path */
	uint64_t tsc_calibration;        /* cycles tsc_init() spent measuring */
	uint64_t prebuilt_plan_cycles;   /* taking the build-time plan over (0: none) */
	uint64_t time_origin;            /* ns since entry when the init run began */
	const char *cmdline;
	unsigned int subarch;            /* decided before any step */
	uint64_t ram_bytes;              /* usable memory (memory step) */
	uint64_t cr4_shadow;             /* cr4 step */
	int cr4_shadow_valid;
};

extern struct boot_state boot;
extern uint64_t boot_tsc_entry;
extern unsigned int boot_entry_kind;
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

/* The TSC rate (measured by tsc_init()) and time since the entry. */
void tsc_init(void);
uint64_t tsc_khz_get(void);
uint64_t ns_since_entry(void);
uint64_t xen_tsc_khz(void);

/* ---- Ends ----------------------------------------------------------------- */
/* Writes @code to isa-debug-exit (QEMU exits 2 * code + 1); without the
 * device, halts (natively) or powers off (Xen PV). */
__attribute__((noreturn)) void kernel_exit(unsigned int code);
__attribute__((noreturn)) void panic(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* ---- Xen PV --------------------------------------------------------------- */
long xen_hypercall2(unsigned int nr, unsigned long a1, unsigned long a2);
long xen_hypercall3(unsigned int nr, unsigned long a1, unsigned long a2, unsigned long a3);
__attribute__((noreturn)) void xen_exit(unsigned int code);

/* ---- Paging and freeing --------------------------------------------------- */
/* Unmaps [start, start + len) (whole pages); 0 or a negative error. */
int unmap_pages(uintptr_t start, size_t len);
int free_unused_memory(void);
int native_unmap_pages(uintptr_t start, size_t len);
long long native_mapped_image_bytes(void);
int xen_unmap_pages(uintptr_t start, size_t len);
void native_traps_init(void);
void xen_traps_init(void);
uintptr_t xen_fault_address(void);
int xen_map_shared_info(unsigned long maddr);

/* ---- The common path ------------------------------------------------------ */
__attribute__((noreturn)) void start_kernel(void);
void cmdline_init(const struct boot_params *zp);
const char *cmdline_get(const char *key, char *buf, size_t size);

#endif
