/* SPDX-License-Identifier: MIT */
/*
 * The freestanding core on its own (linked with liblinktable-core.a only):
 * planning in static storage sized by the macro, the exact size query,
 * storage that is too small, and a boot whose trace goes through the
 * program's write hook.
 */
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include "../tap.h"
#include "steps.h"

#define M_PC LINKTABLE_SUBARCHS(PC)
#define M_XEN LINKTABLE_SUBARCHS(XEN)
#define M_ALL LINKTABLE_SUBARCHS_ALL

static struct tstep t[4];
static _Alignas(16) unsigned char plan_storage[LINKTABLE_PLAN_BYTES(4, 4)];
static _Alignas(16) unsigned char boot_storage[LINKTABLE_BOOT_BYTES(4, 4, 3)];
static char trace[8192];
static size_t trace_len;
static int calls;

static void to_buffer(void *ctx, const char *text, linktable__size_t len)
{
	(void)ctx;
	if (trace_len + len < sizeof(trace)) {
		memcpy(trace + trace_len, text, len);
		trace_len += len;
		trace[trace_len] = 0;
	}
}

static unsigned long long fake_clock(void *ctx)
{
	static unsigned long long now = 1000000000ull;

	(void)ctx;
	return now += 1500; /* 1.5 us per reading */
}

static int count_call(struct linktable_boot *b, const struct linktable_init_step *step)
{
	(void)step;
	(void)b;
	calls++;
	return 0;
}

static void table(void)
{
	tstep(&t[0], "memory", 10, M_ALL)->s.early_init = count_call;
	tstep(&t[1], "pci", 20, M_PC)->s.setup_arch = count_call;
	tdep(&t[1], "memory");
	tstep(&t[2], "xen_events", 20, M_XEN)->s.setup_arch = count_call;
	tdep(&t[2], "memory");
	tstep(&t[3], "console", 30, M_ALL)->s.late_init = count_call;
	tsoft(&t[3], "pci");
	tsoft(&t[3], "xen_events");
}

static void test_static_plan(void)
{
	const struct linktable_init_step *p[4] = { &t[0].s, &t[1].s, &t[2].s, &t[3].s };
	size_t need = linktable_plan_bytes(4, 4, NULL);
	struct linktable_plan plan;
	long r;

	ok(need <= sizeof(plan_storage), "LINKTABLE_PLAN_BYTES(4, 4) = %zu covers linktable_plan_bytes() = %zu",
	   sizeof(plan_storage), need);
	r = linktable_plan_make(&plan, plan_storage, need, p, 4, LINKTABLE_SUBARCH_XEN, NULL);
	ok(r == 0 && plan.norder == 3, "plan for xen in exactly the queried bytes: 3 of 4 steps");
	ok(plan.norder == 3 && !strcmp(plan.steps[plan.order[0]]->name, "memory") &&
		   !strcmp(plan.steps[plan.order[1]]->name, "xen_events") &&
		   !strcmp(plan.steps[plan.order[2]]->name, "console"),
	   "order: memory, xen_events, console");
	ok(plan.dropped[1] == LINKTABLE_PLAN_UNSUPPORTED, "pci is dropped on xen");
	r = linktable_plan_make(&plan, plan_storage, need - 1, p, 4, LINKTABLE_SUBARCH_XEN, NULL);
	is_int(r, -1, "one byte less is refused, nothing written past it");
	r = linktable_plan_make(&plan, plan_storage + 8, need, p, 4, LINKTABLE_SUBARCH_XEN, NULL);
	is_int(r, -1, "misaligned storage is refused");
}

static void test_error_records(void)
{
	const struct linktable_init_step *p[2] = { &t[0].s, &t[1].s };
	struct linktable_plan_options o = { 0 };
	struct linktable_plan plan;
	char text[256];
	long r;

	tstep(&t[0], "a", 10, M_ALL);
	tdep(&t[0], "b");
	tstep(&t[1], "b", 10, M_ALL);
	tdep(&t[1], "a");
	tdep(&t[1], "ghost");
	o.max_errors = 1;
	r = linktable_plan_make(&plan, plan_storage, sizeof(plan_storage), p, 2, LINKTABLE_SUBARCH_PC, &o);
	ok(r == 2 && plan.nerrors == 2 && plan.errors_kept == 1, "2 errors counted, 1 record kept (max_errors = 1)");
	linktable_plan_error_text(&plan, 0, text, sizeof(text));
	is_str(text, "test.c:1: init step 'b' depends on 'ghost', which is not linked in", "a record rendered in words");
	is_str(linktable_plan_error_rule(plan.errors[0].kind), "missing", "and the rule it breaks");
	linktable_plan_error_text(&plan, 0, text, 20);
	ok(strlen(text) == 19, "rendering into a short buffer truncates");
	o.max_errors = 0;
	r = linktable_plan_make(&plan, plan_storage, sizeof(plan_storage), p, 2, LINKTABLE_SUBARCH_PC, &o);
	linktable_plan_error_text(&plan, 1, text, sizeof(text));
	ok(r == 2 && strstr(text, "dependency cycle: ") && strstr(text, "(each step depends on the next)") &&
		   strstr(text, "a -> b") && plan.errors[1].kind == LINKTABLE_PLAN_ERROR_CYCLE,
	   "a cycle is a record, named on demand: %s", text);
}

static void test_boot(void)
{
	const struct linktable_init_step *p[4] = { &t[0].s, &t[1].s, &t[2].s, &t[3].s };
	unsigned char zp[0x240] = { 0 };
	struct linktable_subarch_detect_options det = { 0 };
	struct linktable_env env = { 0 };
	struct linktable_boot_config cfg = { 0 };
	struct linktable_boot boot;
	int r;

	table();
	zp[0x206] = 0x0d; /* protocol 2.13 */
	zp[0x207] = 0x02;
	zp[0x23c] = LINKTABLE_SUBARCH_XEN;
	det.boot_params = zp;
	det.boot_params_size = sizeof(zp);
	det.skip_cpuid = 1;
	env.write = to_buffer;
	env.clock_ns = fake_clock;
	cfg.env = &env;
	cfg.detect = &det;
	ok(linktable_boot_bytes(4, 4, &cfg) <= sizeof(boot_storage), "LINKTABLE_BOOT_BYTES() covers the boot");
	r = linktable_boot_start_steps(&boot, boot_storage, sizeof(boot_storage), p, 4, &cfg);
	ok(r == 0 && boot.subarch == LINKTABLE_SUBARCH_XEN && boot.decision.source == LINKTABLE_SUBARCH_FROM_ZERO_PAGE,
	   "the zero page in memory decides xen");
	ok(!strncmp(trace, "linktable: subarch xen (2) from zero page: zero page in memory: protocol 2.13, "
			   "hardware_subarch 2 = xen",
		    strlen("linktable: subarch xen (2) from zero page: zero page in memory: protocol 2.13, "
			   "hardware_subarch 2 = xen")),
	   "the trace opens with the decision and its source");
	ok(strstr(trace, "skipping pci: not supported on subarch xen (supports pc)") != NULL,
	   "a step skipped as unsupported is in the trace");
	for (unsigned int ph = 0; r == 0 && ph < 3; ph++)
		r = linktable_boot_run_phase(&boot, ph);
	r = r ? r : linktable_boot_close(&boot, NULL);
	ok(r == 0 && calls == 3, "three callbacks ran, without libc or malloc");
	ok(strstr(trace, "initcall xen_events.setup_arch returned 0 after 1 usecs") != NULL,
	   "callback times come from the program's clock");
	ok(strstr(trace, "3 steps ran, 1 skipped (1 unsupported") != NULL, "the summary line");
	r = linktable_boot_start_steps(&boot, boot_storage, 64, p, 4, &cfg);
	ok(r == -1 && strstr(boot.error, "boot storage too small") && linktable_boot_run_phase(&boot, 0) == -1,
	   "too little storage refuses the boot: %s", boot.error);
}

/* A program's own printf-like function over the core's formatter. */
__attribute__((format(printf, 3, 4))) static const char *vformat_via(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	linktable_vformat(buf, size, fmt, ap);
	va_end(ap);
	return buf;
}

/* The core's printf reads each argument at its own width (size_t is 32 bits on i686). */
static void test_format(void)
{
	char buf[64];

	linktable_format(buf, sizeof(buf), "%zu|%s|%zd|%lu|%llu|%d|%x", (size_t)4096, "x", (ptrdiff_t)-5,
			 7ul, 1ull << 40, -3, 255u);
	is_str(buf, "4096|x|-5|7|1099511627776|-3|ff", "linktable_format: z, l, ll and plain widths");
	linktable_format(buf, sizeof(buf), "%X|%08lX|%-4x|", 0xbeefu, 0x1abul, 10u);
	is_str(buf, "BEEF|000001AB|a   |", "linktable_format: %X is upper-case hex");
	is_str(vformat_via(buf, sizeof(buf), "%s=%llX", "sp", 0xffff8000ull), "sp=FFFF8000",
	       "linktable_vformat takes a va_list");
}

int main(void)
{
	table();
	test_format();
	test_static_plan();
	test_error_records();
	test_boot();
	return tap_done();
}
