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

/* Also the 0.1 names (linktable_plan_make()), kept for one release. */
#include <linktable/init.h>

#define M_PC LINKTABLE_SUBARCHS(PC)
#define M_XEN LINKTABLE_SUBARCHS(XEN)
#define M_ALL LINKTABLE_SUBARCHS_ALL
#define M_LGUEST LINKTABLE_SUBARCHS(LGUEST)

/* Pointer arrays made by tptrs() for calls that may keep them (a boot
 * runs from its array): freed at the end, so that LeakSanitizer has
 * nothing to report. */
static const struct linktable_init_step **held[32];
static int nheld;

static const struct linktable_init_step **hold(const struct linktable_init_step **p)
{
	if (nheld < (int)(sizeof(held) / sizeof(held[0])))
		held[nheld++] = p;
	return p;
}

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
	is_str(text, "init step 'b' depends on 'ghost', which is not linked in", "a record rendered in words");
	linktable_plan_error_print(&plan, 0, text, sizeof(text));
	is_str(text, "test.c:1: error: init step 'b' depends on 'ghost', which is not linked in [missing]",
	       "printed as a compiler diagnostic, located at the step");
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
/* The verdicts every consumer prints, from the core alone. */
static void test_verdicts(void)
{
	static struct tstep v[5];
	static _Alignas(16) unsigned char storage[LINKTABLE_PLAN_BYTES(5, 8)];
	struct linktable_verdict out[5];
	struct linktable_plan plan;
	char text[512];
	long r;

	/* The program: a .after b, b .after a, c .after a missing step. */
	tstep(&v[0], "a", 10, M_ALL);
	tafter(&v[0], "b");
	tstep(&v[1], "b", 10, M_ALL);
	tafter(&v[1], "a");
	tstep(&v[2], "c", 10, M_ALL);
	tafter(&v[2], "nothere");
	tstep(&v[3], "d", 10, M_ALL);
	r = linktable_plan_make(&plan, storage, sizeof(storage), hold(tptrs(v, 4)), 4, LINKTABLE_SUBARCH_PC, NULL);
	memset(out, 0, sizeof(out));
	linktable_plan_verdicts(&plan, LINKTABLE_SUBARCH_XEN, out);
	ok(r == 2 && out[0].state == LINKTABLE_VERDICT_BROKEN && out[0].rule == LINKTABLE_RULE_CYCLE && out[0].on_cycle &&
		   out[1].state == LINKTABLE_VERDICT_BROKEN && out[1].rule == LINKTABLE_RULE_CYCLE,
	   "order-only cycle: both steps broken by the cycle, on any subarch");
	ok(out[2].state == LINKTABLE_VERDICT_BROKEN && out[2].rule == LINKTABLE_RULE_MISSING,
	   "order-only dependency not linked in: broken, rule missing");
	ok(out[3].state == LINKTABLE_VERDICT_REFUSED, "a healthy step of a refused plan: refused");
	linktable_verdict_text(&plan, 2, &out[2], LINKTABLE_SUBARCH_XEN, text, sizeof(text));
	is_str(text, "runs after 'nothere', which is not linked in", "the verdict in words");
	is_str(linktable_rule_name(out[0].rule), "cycle", "the rule's word");
	is_str(linktable_verdict_state_name(out[3].state), "refused", "the state's word");

	/* A Xen step depending on a PC-only one, and a chain behind it. */
	tstep(&v[0], "pc_only", 1, M_PC);
	tstep(&v[1], "feature", 2, M_PC | M_XEN);
	tdep(&v[1], "pc_only");
	tstep(&v[2], "follower", 3, M_PC | M_XEN);
	tdep(&v[2], "feature");
	tstep(&v[3], "other", 3, M_ALL);
	r = linktable_plan_make(&plan, storage, sizeof(storage), hold(tptrs(v, 4)), 4, LINKTABLE_SUBARCH_PC, NULL);
	memset(out, 0, sizeof(out));
	linktable_plan_verdicts(&plan, LINKTABLE_SUBARCH_XEN, out);
	ok(r == 1 && out[0].state == LINKTABLE_VERDICT_UNSUPPORTED && out[1].state == LINKTABLE_VERDICT_BROKEN &&
		   out[1].rule == LINKTABLE_RULE_SUBARCH_PLAN && out[1].other == 0,
	   "xen: the step whose hard dependency lacks xen is broken (subarch-plan)");
	ok(out[2].state == LINKTABLE_VERDICT_BROKEN && out[2].rule == LINKTABLE_RULE_DEPENDENCY && out[2].other == 1,
	   "xen: and so is its dependent (dependency)");
	linktable_verdict_text(&plan, 2, &out[2], LINKTABLE_SUBARCH_XEN, text, sizeof(text));
	is_str(text, "needs 'feature', which cannot run on xen", "a broken dependency in words");
	memset(out, 0, sizeof(out));
	linktable_plan_verdicts(&plan, LINKTABLE_SUBARCH_PC, out);
	ok(out[0].state == LINKTABLE_VERDICT_REFUSED && out[1].state == LINKTABLE_VERDICT_REFUSED &&
		   out[2].state == LINKTABLE_VERDICT_REFUSED,
	   "pc: nothing broken there, but the table's plan is refused");

	/* Healthy: every supported step runs; a caller's own broken verdict propagates. */
	tstep(&v[0], "base", 1, M_ALL);
	tstep(&v[1], "top", 2, M_PC);
	tdep(&v[1], "base");
	r = linktable_plan_build_in(&plan, storage, sizeof(storage), hold(tptrs(v, 2)), 2, LINKTABLE_SUBARCH_PC, NULL);
	memset(out, 0, sizeof(out));
	linktable_plan_verdicts(&plan, LINKTABLE_SUBARCH_XEN, out);
	ok(r == 0 && out[0].state == LINKTABLE_VERDICT_RUNS && out[1].state == LINKTABLE_VERDICT_UNSUPPORTED,
	   "healthy: runs where supported, unsupported elsewhere");
	memset(out, 0, sizeof(out));
	out[0] = (struct linktable_verdict){ LINKTABLE_VERDICT_BROKEN, LINKTABLE_RULE_SUBARCH_MEMORY, 0, -1, -1 };
	linktable_plan_verdicts(&plan, LINKTABLE_SUBARCH_PC, out);
	ok(out[0].rule == LINKTABLE_RULE_SUBARCH_MEMORY && out[1].state == LINKTABLE_VERDICT_BROKEN &&
		   out[1].rule == LINKTABLE_RULE_DEPENDENCY,
	   "a caller's own broken verdict is kept and breaks the dependents");

	/* A critical step lacking a subarch: the boot there is refused before any
	 * step, so each step that would run is refused with that rule and reason. */
	tstep(&v[0], "platform", 1, M_PC | M_XEN)->s.flags = LINKTABLE_INIT_CRITICAL;
	tstep(&v[1], "console", 2, M_ALL);
	r = linktable_plan_build_in(&plan, storage, sizeof(storage), hold(tptrs(v, 2)), 2, LINKTABLE_SUBARCH_PC, NULL);
	memset(out, 0, sizeof(out));
	linktable_plan_verdicts(&plan, LINKTABLE_SUBARCH_LGUEST, out);
	ok(r == 0 && out[0].state == LINKTABLE_VERDICT_UNSUPPORTED && out[1].state == LINKTABLE_VERDICT_REFUSED &&
		   out[1].rule == LINKTABLE_RULE_UNSUPPORTED_CRITICAL && out[1].other == 0,
	   "lguest: a critical step lacks it: the others are refused (unsupported-critical)");
	linktable_verdict_text(&plan, 1, &out[1], LINKTABLE_SUBARCH_LGUEST, text, sizeof(text));
	is_str(text, "the boot on lguest is refused before any step: 1 critical step lacks it: platform (supports pc, xen)",
	       "the refusal in words, as the boot words it");
	is_str(linktable_rule_name(out[1].rule), "unsupported-critical", "its rule's word");
	memset(out, 0, sizeof(out));
	linktable_plan_verdicts(&plan, LINKTABLE_SUBARCH_XEN, out);
	ok(out[0].state == LINKTABLE_VERDICT_RUNS && out[1].state == LINKTABLE_VERDICT_RUNS &&
		   out[1].rule == LINKTABLE_RULE_NONE,
	   "xen: the critical step supports it: everything runs");

	/* A used resource no hard dependency provides: broken, rule resource, on
	 * the subarchs where it is missing only. */
	static const char *const cr4[] = { "cr4", NULL };
	tstep(&v[0], "cr4_shadow", 1, M_PC)->s.provides = cr4;
	tstep(&v[1], "pge", 2, M_PC)->s.uses = cr4;
	tdep(&v[1], "cr4_shadow");
	tstep(&v[2], "mce", 2, M_PC | M_XEN)->s.uses = cr4;
	tdep(&v[2], "console");
	tstep(&v[3], "console", 1, M_ALL);
	r = linktable_plan_build_in(&plan, storage, sizeof(storage), hold(tptrs(v, 4)), 4, LINKTABLE_SUBARCH_PC, NULL);
	memset(out, 0, sizeof(out));
	linktable_plan_verdicts(&plan, LINKTABLE_SUBARCH_XEN, out);
	ok(r == 1 && out[2].state == LINKTABLE_VERDICT_BROKEN && out[2].rule == LINKTABLE_RULE_RESOURCE &&
		   out[3].state == LINKTABLE_VERDICT_REFUSED,
	   "a use without a provider: broken by rule resource, the rest refused");
}

/* The one-verb names lead where the 0.1 names do. */
static void test_verbs(void)
{
	static _Alignas(16) unsigned char storage[LINKTABLE_BOOT_BYTES(4, 4, 3)];
	static struct linktable_boot boot;
	struct linktable_boot_config cfg = { .subarch = "pc" };
	struct linktable_boot_summary sum;
	struct linktable_plan plan;
	int r;

	r = linktable_boot_begin_steps_in(&boot, storage, sizeof(storage), hold(tptrs(t, 4)), 4, &cfg);
	ok(r == 0 && boot.plan->norder == 3, "linktable_boot_begin_steps_in() plans in the caller's storage");
	for (unsigned int ph = 0; ph < 3; ph++)
		linktable_boot_run_phase(&boot, ph);
	ok(linktable_boot_finish_in(&boot, &sum) == 0 && sum.ok == 3, "linktable_boot_finish_in() closes it: 3 ok");
	ok(linktable_plan_build_in(&plan, plan_storage, sizeof(plan_storage), hold(tptrs(t, 4)), 4, LINKTABLE_SUBARCH_XEN,
				   NULL) == 0 && plan.norder == 3,
	   "linktable_plan_build_in() is linktable_plan_make()");
}

static void test_words(void)
{
	char buf[64];

	is_str(linktable_flag_names(LINKTABLE_INIT_CRITICAL | LINKTABLE_INIT_PARALLEL_SAFE | 0x10, buf, sizeof(buf)),
	       "critical,parallel-safe,0x10", "flags in the one spelling, unknown bits in hex");
	is_str(linktable_flag_name(LINKTABLE_INIT_FINISH_IF_DETECTED), "finish-if-detected", "one flag's word");
	ok(linktable_flag_name(0x8) == NULL, "no word for a bit that is no flag");
	is_str(linktable_phase_name(1), "setup_arch", "default phase names");
	is_str(linktable_phase_name(LINKTABLE_DEFAULT_PHASES), "phase3", "generic names after the seed's");
	is_str(linktable_plan_error_rule(LINKTABLE_PLAN_ERROR_MISSING_AFTER), "missing", "error kinds map to rules");
	is_str(linktable_plan_error_rule(LINKTABLE_PLAN_ERROR_RESOURCE), "resource", "the resource rule is the core's word");
	is_str(linktable_rule_name(LINKTABLE_RULE_PREBUILT_PLAN), "prebuilt-plan", "so is check's prebuilt-plan");
	is_str(linktable_kind_name(LINKTABLE_KIND_ARRAY), "array", "array tables have the core's kind word");
	for (unsigned int k = 0; k < LINKTABLE_RULES; k++)
		if (!linktable_rule_name(k) || (k && !*linktable_rule_name(k)))
			ok(0, "rule %u has a word", k);
	ok(1, "every rule has a word");
}

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

/* Warnings: the core finds them (the tool prints them); none refuses the
 * plan.  A step ordered after itself was a cycle error before: the plan
 * was refused for an edge that orders nothing. */
static void test_warnings(void)
{
	static struct tstep v[6];
	static _Alignas(16) unsigned char storage[LINKTABLE_PLAN_BYTES(6, 12)];
	struct linktable_plan_warning w[8];
	struct linktable_verdict out[6];
	struct linktable_plan plan;
	char text[512];
	linktable__size_t n;
	long r;

	tstep(&v[0], "platform", 0, M_PC | M_XEN)->s.flags = LINKTABLE_INIT_CRITICAL;
	tstep(&v[1], "console", 10, M_ALL);
	tafter(&v[1], "console");
	tafter(&v[1], "platform");
	tstep(&v[2], "timer", 20, M_PC | M_XEN);
	tsoft(&v[2], "hpet"); /* not linked in: soft, no warning */
	tsoft(&v[2], "timer");
	tstep(&v[3], "pc_pic", 10, M_PC);
	tstep(&v[4], "xen_evtchn", 20, M_XEN);
	tafter(&v[4], "pc_pic");
	tstep(&v[5], "lguest_blk", 20, M_LGUEST);
	r = linktable_plan_build_in(&plan, storage, sizeof(storage), hold(tptrs(v, 6)), 6, LINKTABLE_SUBARCH_PC, NULL);
	ok(r == 0, "a step naming itself in .after or .soft_depends is no cycle: the plan is made (%ld errors)", r);
	memset(out, 0, sizeof(out));
	linktable_plan_verdicts(&plan, LINKTABLE_SUBARCH_PC, out);
	ok(out[1].state == LINKTABLE_VERDICT_RUNS && out[2].state == LINKTABLE_VERDICT_RUNS,
	   "and both steps run");
	n = linktable_plan_warnings(&plan, NULL, 0);
	is_int((long)n, 4, "four warnings counted");
	is_int((long)linktable_plan_warnings(&plan, w, 2), 4, "all counted when fewer fit");
	memset(w, 0, sizeof(w));
	n = linktable_plan_warnings(&plan, w, 8);
	ok(n == 4 && w[0].rule == LINKTABLE_RULE_SELF_DEPENDENCY && w[0].a == 1 && w[0].value == 2 &&
		   w[1].rule == LINKTABLE_RULE_SELF_DEPENDENCY && w[1].a == 2 && w[1].value == 0 &&
		   w[2].rule == LINKTABLE_RULE_UNUSED_DEPENDENCY && w[2].a == 4 && w[2].b == 3 && w[2].value == 2 &&
		   w[3].rule == LINKTABLE_RULE_NEVER_RUNS && w[3].a == 5 && w[3].b == 0,
	   "in step order: self (.after), self (soft), unused .after, never-runs");
	linktable_plan_warning_text(&plan, &w[3], text, sizeof(text));
	is_str(text,
	       "init step 'lguest_blk' never runs: the boot is refused on every subarch it supports (lguest), "
	       "for a critical step lacks it: 'platform' supports pc, xen",
	       "never-runs in words");
	linktable_plan_warning_text(&plan, &w[2], text, sizeof(text));
	is_str(text,
	       "init step 'xen_evtchn' (xen) has order-only dependency 'pc_pic' (pc): they share no subarch, so it "
	       "never orders anything",
	       "unused-dependency in words");
	for (linktable__size_t i = 0; i < n; i++)
		ok(linktable_rule_severity(w[i].rule) == LINKTABLE_SEVERITY_WARNING, "%s is a warning",
		   linktable_rule_name(w[i].rule));
	is_str(linktable_severity_name(linktable_rule_severity(LINKTABLE_RULE_CYCLE)), "error", "cycle is an error");
	is_str(linktable_severity_name(linktable_rule_severity(LINKTABLE_RULE_UNSEALED)), "warning",
	       "unsealed is a warning");

	/* A hard dependency on itself stays an error: it can never be met. */
	tstep(&v[0], "selfish", 0, M_ALL);
	tdep(&v[0], "selfish");
	r = linktable_plan_build_in(&plan, storage, sizeof(storage), hold(tptrs(v, 1)), 1, LINKTABLE_SUBARCH_PC, NULL);
	ok(r == 1 && plan.errors[0].kind == LINKTABLE_PLAN_ERROR_CYCLE, "a hard dependency on itself: a cycle error");
	is_int((long)linktable_plan_warnings(&plan, NULL, 0), 0, "and no warning");
}

int main(void)
{
	table();
	test_format();
	test_static_plan();
	test_error_records();
	test_boot();
	test_verdicts();
	test_verbs();
	test_words();
	test_warnings();
	for (int i = 0; i < nheld; i++)
		free(held[i]);
	return tap_done();
}
