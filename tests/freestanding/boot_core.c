/* SPDX-License-Identifier: MIT */
/*
 * tests/freestanding/boot_core.c - the core on bare metal, as near as a test
 * can get: static, -ffreestanding -nostdlib, no libc at all (raw write and
 * exit system calls, its own memcpy & co.).  It defines PC-only, Xen-only
 * and common init steps, decides the subarch from a zero page in its own
 * memory (hardware_subarch = xen), plans and boots in static storage, then
 * releases its init memory through its own hook - and prints what happened.
 *
 * Exit status 0 when everything happened as it must; the output says what.
 */
#include <linktable/free.h>
#include <linktable/boot_core.h>

#include "entry.h"

LINKTABLE_INIT_TABLE_DEFINE();
LINKTABLE_FREE_RANGES_DEFINE();

/* ---- What libc would give: system calls and the four memory functions ---- */

static long sys_write(int fd, const void *buf, unsigned long len)
{
	long ret;

	__asm__ volatile("syscall" : "=a"(ret) : "a"(1), "D"(fd), "S"(buf), "d"(len) : "rcx", "r11", "memory");
	return ret;
}

void *memcpy(void *dst, const void *src, linktable__size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	while (n--)
		*d++ = *s++;
	return dst;
}

void *memmove(void *dst, const void *src, linktable__size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (d < s)
		return memcpy(dst, src, n);
	while (n--)
		d[n] = s[n];
	return dst;
}

void *memset(void *dst, int c, linktable__size_t n)
{
	unsigned char *d = dst;

	while (n--)
		*d++ = (unsigned char)c;
	return dst;
}

int memcmp(const void *a, const void *b, linktable__size_t n)
{
	const unsigned char *x = a, *y = b;

	for (; n; n--, x++, y++)
		if (*x != *y)
			return *x - *y;
	return 0;
}

/* ---- The program's hooks ---------------------------------------------------- */

static void console(void *ctx, const char *text, linktable__size_t len)
{
	(void)ctx;
	sys_write(1, text, len);
}

static unsigned long released_bytes;

/* A kernel would hand the pages to its page allocator; this one counts them
 * and never touches them again. */
static int give_back(void *ctx, void *start, linktable__size_t len, const char *range)
{
	(void)ctx;
	(void)start;
	(void)range;
	released_bytes += len;
	return 0;
}

static const struct linktable_env env = { .release = give_back, .write = console };

/* ---- Init steps ------------------------------------------------------------- */

static int ran_memory, ran_pc, ran_xen, ran_console;

LINKTABLE_INIT_TEXT static int memory_init(struct linktable_boot *b, const struct linktable_init_step *step)
{
	(void)step;
	(void)b;
	ran_memory++;
	return 0;
}
LINKTABLE_INIT_STEP(memory, 10, LINKTABLE_SUBARCHS_ALL, .early_init = memory_init);

LINKTABLE_INIT_TEXT static int pc_bios_init(struct linktable_boot *b, const struct linktable_init_step *step)
{
	(void)step;
	(void)b;
	ran_pc++;
	return 0;
}
LINKTABLE_INIT_STEP(pc_bios, 20, LINKTABLE_SUBARCHS(PC), .depends = LINKTABLE_INIT_DEPS(memory),
		    .setup_arch = pc_bios_init);

LINKTABLE_INIT_TEXT static int xen_events_init(struct linktable_boot *b, const struct linktable_init_step *step)
{
	(void)step;
	(void)b;
	ran_xen++;
	return 0;
}
LINKTABLE_INIT_STEP(xen_events, 20, LINKTABLE_SUBARCHS(XEN), .depends = LINKTABLE_INIT_DEPS(memory),
		    .setup_arch = xen_events_init);

static int console_init(struct linktable_boot *b, const struct linktable_init_step *step)
{
	(void)step;
	(void)b;
	ran_console++;
	return 0;
}
LINKTABLE_INIT_STEP(console, 30, LINKTABLE_SUBARCHS_ALL, .soft_depends = LINKTABLE_INIT_DEPS(pc_bios, xen_events),
		    .late_init = console_init);

/* The platform: critical, for pc and xen only.  On any other subarch the
 * core refuses the boot before a step runs, and frees nothing after it. */
static int platform_init(struct linktable_boot *b, const struct linktable_init_step *step)
{
	(void)step;
	(void)b;
	return 0;
}
LINKTABLE_INIT_STEP(platform, 0, LINKTABLE_SUBARCHS(PC, XEN), .flags = LINKTABLE_INIT_CRITICAL,
		    .provides = LINKTABLE_INIT_RESOURCES(console), .early_init = platform_init);

#ifdef BOOT_CORE_EXTRA_STEP
/* A table that changed after its plan was made (tests the fingerprint). */
LINKTABLE_INIT_STEP(late_addition, 40, LINKTABLE_SUBARCHS_ALL);
#endif

/* ---- The boot ---------------------------------------------------------------- */

/* A zero page as a boot loader leaves it: protocol 2.13, hardware_subarch 2. */
static unsigned char zero_page[4096];
static _Alignas(16) unsigned char storage[LINKTABLE_BOOT_BYTES(9, 8, 3)];
static char report[1024];

__attribute__((used, noreturn)) static void start_c(void)
{
	struct linktable_subarch_detect_options det = { 0 };
	struct linktable_boot_config cfg = { 0 };
	struct linktable_free_report rep;
	struct linktable_boot boot;
	int failed = 0, r;

	zero_page[LINKTABLE_ZERO_PAGE_VERSION_OFFSET] = 0x0d;
	zero_page[LINKTABLE_ZERO_PAGE_VERSION_OFFSET + 1] = 0x02;
	zero_page[LINKTABLE_ZERO_PAGE_SUBARCH_OFFSET] = LINKTABLE_SUBARCH_XEN;
	det.boot_params = zero_page;
	det.boot_params_size = sizeof(zero_page);
	det.skip_cpuid = 1;
	cfg.detect = &det;
	cfg.env = &env;
	/* First a zero page saying lguest (1): refused, nothing ran or freed. */
	zero_page[LINKTABLE_ZERO_PAGE_SUBARCH_OFFSET] = LINKTABLE_SUBARCH_LGUEST;
	r = linktable_boot_run_in(&boot, storage, sizeof(storage), &linktable_bounds_init_steps, &cfg);
	if (r != -1 || boot.subarch != LINKTABLE_SUBARCH_LGUEST || linktable_boot_unsupported(&boot) != 1 ||
	    ran_memory || linktable_boot_release(&boot, LINKTABLE_FREE_SET, 0, &rep, &rep) != -1 || released_bytes) {
		linktable_env_printf(&env, "FAIL: lguest: boot %d, unsupported %zu, ran memory %d, released %lu: %s\n", r,
				     linktable_boot_unsupported(&boot), ran_memory, released_bytes, boot.error);
		failed = 1;
	}
	zero_page[LINKTABLE_ZERO_PAGE_SUBARCH_OFFSET] = LINKTABLE_SUBARCH_XEN;
	r = linktable_boot_run_in(&boot, storage, sizeof(storage), &linktable_bounds_init_steps, &cfg);
	if (r || boot.subarch != LINKTABLE_SUBARCH_XEN || ran_memory != 1 || ran_xen != 1 || ran_pc != 0 ||
	    ran_console != 1) {
		linktable_env_printf(&env, "FAIL: boot %d, subarch %u, ran memory %d xen %d pc %d console %d: %s\n", r,
				     boot.subarch, ran_memory, ran_xen, ran_pc, ran_console, boot.error);
		failed = 1;
	}
	r = linktable_free_init(LINKTABLE_FREE_SET, &env, &rep);
	linktable_free_format(&rep, report, sizeof(report));
	linktable_env_printf(&env, "%s", report);
	if (r || !released_bytes || rep.released != released_bytes) {
		linktable_env_printf(&env, "FAIL: release %d, %lu bytes through the hook\n", r, released_bytes);
		failed = 1;
	}
	linktable_env_printf(&env, "%s: planned in %zu static bytes, released %luK of init memory\n",
			     failed ? "FAIL" : "PASS", sizeof(storage), released_bytes >> 10);
	sys_exit(failed);
}
