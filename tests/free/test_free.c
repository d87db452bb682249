/* SPDX-License-Identifier: MIT */
/*
 * tests/free/test_free.c - releasing init-only and other-subarch memory:
 * layout of the ranges, exact pages handed to the hook, pages really gone,
 * neighbours intact, double release, debug-mode messages, bad input.
 */
#include <pthread.h>
#include <regex.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>

#include <linktable/free.h>
#include <linktable/subarch.h>

#include "annotated.h"
#include "child.h"
#include "range_named.h"

/* Range alignment (raised for 64 KiB-page builds), and the size of the
 * windows around a range that must stay intact. */
#define PAGE LINKTABLE_FREE_ALIGN
#define WINDOW 4096u

static uintptr_t up(uintptr_t a)
{
	return (a + PAGE - 1) & ~(uintptr_t)(PAGE - 1);
}

static int matches(const char *text, const char *pattern)
{
	regex_t re;
	int m;

	if (regcomp(&re, pattern, REG_EXTENDED | REG_NEWLINE) != 0)
		return 0;
	m = regexec(&re, text, 0, NULL, 0) == 0;
	regfree(&re);
	return m;
}

/* ---- layout ------------------------------------------------------------- */

static void test_layout(void)
{
	const char *names[] = { "init_text", "init_data", "only_XEN_text", "only_XEN_data",
				"only_PC_text", "only_PC_data" };
	unsigned int i;

	is_int(LINKTABLE_FREE_SET->count, 2 + 2 * LINKTABLE_SUBARCH_FIRST_PROGRAM, "the set holds every built-in range");
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		const struct linktable_free_range *r = range_named(names[i]);
		uintptr_t b, e;

		if (!ok(r != NULL, "range %s is in the set", names[i]))
			continue;
		b = (uintptr_t)r->range->begin;
		e = (uintptr_t)r->range->end;
		ok(b && e > b && b % PAGE == 0, "range %s starts on a page boundary", names[i]);
		ok((uintptr_t)r->tail == up(e),
		   "range %s: its end marker is on the first page boundary after it", names[i]);
		ok((uintptr_t)r->head >= b && (uintptr_t)r->head <= e && (uintptr_t)r->head % PAGE == 0,
		   "range %s: its head marker is inside it", names[i]);
	}
	ok(range_named("only_LGUEST_text")->range->begin == range_named("only_LGUEST_text")->range->end,
	   "a range nothing was put into is empty");
	ok(linktable_free_find(LINKTABLE_FREE_SET, (const void *)init_sum) == range_named("init_text") &&
		   range_named("init_text")->subarch == -1,
	   "linktable_free_find(): an init function is in init_text (init-only)");
	ok(linktable_free_find(LINKTABLE_FREE_SET, xen_table) == range_named("only_XEN_data") &&
		   range_named("only_XEN_data")->subarch == LINKTABLE_SUBARCH_XEN,
	   "linktable_free_find(): xen data is in only_XEN_data (subarch xen)");
	ok(linktable_free_find(LINKTABLE_FREE_SET, (const void *)neighbor_text) == NULL &&
		   linktable_free_find(LINKTABLE_FREE_SET, neighbor_data) == NULL,
	   "linktable_free_find(): ordinary code and data are in no range");
	ok(linktable_free_find(NULL, (const void *)init_sum) == NULL, "linktable_free_find(NULL, ...) is NULL");
	ok(linktable_free_in_init_memory((const void *)init_sum) && linktable_free_in_init_memory(&init_table[7]),
	   "linktable_free_in_init_memory(): init code and data are");
	ok(!linktable_free_in_init_memory((const void *)xen_only) &&
		   !linktable_free_in_init_memory((const void *)neighbor_text) &&
		   !linktable_free_in_init_memory(neighbor_data),
	   "linktable_free_in_init_memory(): subarch and ordinary code and data are not");
	ok(linktable_free_in_other_subarch_memory((const void *)xen_only, LINKTABLE_SUBARCH_PC) &&
		   linktable_free_in_other_subarch_memory(pc_table, LINKTABLE_SUBARCH_XEN),
	   "linktable_free_in_other_subarch_memory(): xen code on pc, pc data on xen");
	ok(!linktable_free_in_other_subarch_memory((const void *)xen_only, LINKTABLE_SUBARCH_XEN) &&
		   !linktable_free_in_other_subarch_memory((const void *)init_sum, LINKTABLE_SUBARCH_XEN) &&
		   !linktable_free_in_other_subarch_memory(neighbor_data, LINKTABLE_SUBARCH_PC),
	   "linktable_free_in_other_subarch_memory(): not own-subarch, init or ordinary memory");
}

/* ---- the hook receives exact ranges; twice is harmless ------------------ */

struct call {
	uintptr_t start;
	size_t len;
	char name[32];
};
static struct call calls[16];
static int ncalls;

static int record(void *ctx, void *start, size_t len, const char *name)
{
	(void)ctx;
	if (ncalls < 16) {
		calls[ncalls].start = (uintptr_t)start;
		calls[ncalls].len = len;
		snprintf(calls[ncalls].name, sizeof(calls[ncalls].name), "%s", name);
	}
	ncalls++;
	return 0;
}

static const struct linktable_env recording = { .release = record, .page_size = 4096 };

static int expect_call(int i, const char *name)
{
	const struct linktable_free_range *r = range_named(name);
	uintptr_t b = (uintptr_t)r->range->begin;
	uintptr_t want_len = up((uintptr_t)r->range->end) - b;

	return cok(i < ncalls && strcmp(calls[i].name, name) == 0 && calls[i].start == b &&
			   calls[i].len == want_len,
		   "hook call %d is %s [%#lx, +%#lx) (got %s [%#lx, +%#lx))", i, name, (unsigned long)b,
		   (unsigned long)want_len, i < ncalls ? calls[i].name : "-",
		   i < ncalls ? (unsigned long)calls[i].start : 0ul,
		   i < ncalls ? (unsigned long)calls[i].len : 0ul);
}

static void scenario_hook(void *arg)
{
	struct linktable_free_report rep;
	char text[4096];
	int rc;

	(void)arg;
	rc = linktable_free_init(LINKTABLE_FREE_SET, &recording, &rep);
	cok(rc == 0 && rep.error == NULL, "linktable_free_init() with a hook succeeds");
	cok(ncalls == 2, "the hook is called once per non-empty init range (%d calls)", ncalls);
	expect_call(0, "init_text");
	expect_call(1, "init_data");
	cok(rep.released == calls[0].len + calls[1].len, "the report counts the bytes handed over");
	cok(rep.annotated == (size_t)(range_named("init_text")->range->end - range_named("init_text")->range->begin) +
				     (size_t)(range_named("init_data")->range->end - range_named("init_data")->range->begin),
	    "the report counts the annotated bytes");
	cok(linktable_free_is_released((const void *)init_sum) && linktable_free_is_released(&init_table[100]),
	    "init code and data count as released");
	cok(!linktable_free_is_released((const void *)xen_only) && !linktable_free_is_released(neighbor_data),
	    "other code and data do not");
	linktable_free_format(&rep, text, sizeof(text));
	cok(matches(text, "^Freeing unused init memory: [0-9]+K \\(RSS not measured\\)$") &&
		    matches(text, "^  range init_text: [0-9]+K released, [0-9]+K in range, RSS not measured$"),
	    "the report reads like Linux's");

	ncalls = 0;
	rc = linktable_free_init(LINKTABLE_FREE_SET, &recording, &rep);
	cok(rc == 0 && ncalls == 0, "freeing twice does not call the hook again");
	cok(rep.count == 2 && rep.range[0].already && rep.range[1].already && rep.released == 0,
	    "the second report says the ranges were already freed");
	linktable_free_format(&rep, text, sizeof(text));
	cok(matches(text, "^Freeing unused init memory: already freed$") &&
		    matches(text, "^  range init_text: already freed$"),
	    "and prints so");
}

/* ---- the pages are really gone; neighbours intact ------------------------ */

struct window {
	const unsigned char *at;
	size_t len;
	unsigned char copy[3 * WINDOW];
};

/*
 * The windows span other objects and their AddressSanitizer redzones: copy
 * and compare them byte by byte (volatile: no memcpy() the sanitizer would
 * intercept), uninstrumented.
 */
#define RAW_MEMORY __attribute__((no_sanitize("address"), noinline))

RAW_MEMORY static void copy_raw(unsigned char *dst, const unsigned char *src, size_t len)
{
	const volatile unsigned char *s = src;
	size_t i;

	for (i = 0; i < len; i++)
		dst[i] = s[i];
}

RAW_MEMORY static int same_raw(const unsigned char *copy, const unsigned char *at, size_t len)
{
	const volatile unsigned char *p = at;
	size_t i;

	for (i = 0; i < len; i++)
		if (copy[i] != p[i])
			return 0;
	return 1;
}

/* The page before the range and two pages from its end marker on (the
 * range's last page ends there): whatever lives there must not change. */
static void snapshot(struct window w[2], const struct linktable_free_range *r)
{
	w[0].at = (const unsigned char *)r->range->begin - WINDOW;
	w[0].len = WINDOW;
	w[1].at = (const unsigned char *)r->tail;
	w[1].len = 2 * WINDOW;
	copy_raw(w[0].copy, w[0].at, w[0].len);
	copy_raw(w[1].copy, w[1].at, w[1].len);
}

RAW_MEMORY static int readable(const struct window *w)
{
	const volatile unsigned char *p = w->at;
	unsigned int sum = 0;
	size_t i;

	for (i = 0; i < w->len; i++)
		sum += p[i];
	(void)sum; /* the reads themselves are the test: a released page faults */
	return 1;
}

/* Ranges still in use are kept: an address the program names, or a hook
 * of the environment (linktable_free_keeping(), what linktable_boot_release()
 * uses after a completed boot). */
static void scenario_keep(void *arg)
{
	struct linktable_env env = recording;
	struct linktable_free_report rep;
	const void *in_use[] = { (const void *)xen_only };
	char text[4096];
	int rc;

	(void)arg;
	ncalls = 0;
	rc = linktable_free_keeping(LINKTABLE_FREE_SET, 0, LINKTABLE_SUBARCH_PC, &env, in_use, 1, &rep);
	cok(rc == 0, "linktable_free_keeping(other subarchs of pc) succeeds");
	cok(ncalls == 1 && strcmp(calls[0].name, "only_XEN_data") == 0,
	    "only_XEN_data released, only_XEN_text (holding an address in use) not (%d calls, first %s)", ncalls,
	    ncalls ? calls[0].name : "-");
	cok(!linktable_free_is_released((const void *)xen_only), "the kept range is not marked released");
	linktable_free_format(&rep, text, sizeof(text));
	cok(strstr(text, "range only_XEN_text: kept: still in use (0x") != NULL, "the report says why");
	/* A hook of the environment in init memory keeps that range. */
	env.clock_ns = (unsigned long long (*)(void *))(void (*)(void))init_sum;
	ncalls = 0;
	rc = linktable_free_keeping(LINKTABLE_FREE_SET, 1, 0, &env, NULL, 0, &rep);
	cok(rc == 0 && ncalls == 1 && strcmp(calls[0].name, "init_data") == 0,
	    "init: init_text holds the env's clock hook and is kept; init_data released (%d calls)", ncalls);
	fflush(stdout);
}

static void scenario_release(void *arg)
{
	struct window text_w[2], data_w[2];
	struct linktable_free_report rep;
	long long drop;
	char text[4096];
	int rc;

	(void)arg;
	touch_annotated();
	snapshot(text_w, range_named("init_text"));
	snapshot(data_w, range_named("init_data"));
	rc = linktable_free_init(LINKTABLE_FREE_SET, linktable_posix_env(), &rep);
	cok(rc == 0, "linktable_free_init() with the default release succeeds (%s)", rep.error ? rep.error : "ok");
	cok(same_raw(text_w[0].copy, text_w[0].at, text_w[0].len) &&
		    same_raw(text_w[1].copy, text_w[1].at, text_w[1].len),
	    "the page before init_text and the pages from its end marker on are intact");
	/* writable neighbours may change (the GOT, the library's own state):
	 * every byte must stay readable, and the test's data intact */
	cok(readable(&data_w[0]) && readable(&data_w[1]) && neighbor_data[0] == 11 && neighbor_data[3] == 14,
	    "the page before init_data and the pages from its end marker on are intact");
	cok(neighbor_text(1) == 13 && neighbor_data[3] == 14 && xen_only(1) == 8 && pc_only(1) == 10,
	    "ordinary and subarch code and data still work");
	cok(rep.rss_before > 0 && rep.rss_after > 0, "RSS was measured before and after");
	drop = rep.range[1].rss_before - rep.range[1].rss_after;
	cok(drop >= (long long)rep.range[1].released / 2,
	    "RSS dropped by %lld bytes for %zu bytes of touched init data released", drop, rep.range[1].released);
	linktable_free_format(&rep, text, sizeof(text));
	cok(matches(text, "^Freeing unused init memory: [0-9]+K \\(RSS -[0-9]+K\\)$"),
	    "the report gives the measured RSS drop");
	rc = linktable_free_init(LINKTABLE_FREE_SET, linktable_posix_env(), &rep);
	cok(rc == 0 && rep.released == 0 && neighbor_text(2) == 15, "a second release is harmless");
}

/* ---- faults ---------------------------------------------------------------- */

/* Calls through a volatile pointer: the compiler (LTO too) can neither drop
 * a call whose result is unused nor evaluate it at compile time. */
static int call(int (*fn)(int), int arg)
{
	int (*volatile f)(int) = fn;

	return f(arg);
}

static void scenario_call_freed(void *arg)
{
	int debug = arg != NULL;

	touch_annotated();
	if (debug)
		linktable_free_debug();
	linktable_free_init(LINKTABLE_FREE_SET, linktable_posix_env(), NULL);
	fprintf(stderr, "calling %p\n", (void *)init_sum);
	call(init_sum, 3);
	fprintf(stderr, "still alive after calling freed code\n");
}

static void scenario_read_freed(void *arg)
{
	volatile int *p = &init_table[2000];

	(void)arg;
	linktable_free_debug();
	linktable_free_init(LINKTABLE_FREE_SET, linktable_posix_env(), NULL);
	fprintf(stderr, "reading %p\n", (void *)p);
	fprintf(stderr, "read %d\n", *p);
}

static void scenario_other_subarch(void *arg)
{
	struct linktable_free_report rep;
	char text[4096];
	int rc;

	(void)arg;
	touch_annotated();
	linktable_free_debug();
	rc = linktable_free_other_subarchs(LINKTABLE_FREE_SET, LINKTABLE_SUBARCH_XEN, linktable_posix_env(), &rep);
	cok(rc == 0, "linktable_free_other_subarchs(xen) succeeds");
	linktable_free_format(&rep, text, sizeof(text));
	cok(matches(text, "^Freeing unused pc memory: [0-9]+K \\(RSS [-+][0-9]+K\\)$") &&
		    matches(text, "^  range only_PC_text: ") && matches(text, "^  range only_PC_data: ") &&
		    !matches(text, "xen|init"),
	    "it frees the pc ranges and reports them, nothing else");
	cok(xen_only(2) == 9 && xen_table[0] == 7 && init_sum(3) == 7,
	    "xen and init code and data still work");
	cok(linktable_free_is_released((const void *)pc_only) && !linktable_free_is_released((const void *)xen_only),
	    "pc code is released, xen code is not");
	fprintf(stderr, "calling %p\n", (void *)pc_only);
	call(pc_only, 1);
}

static void check_fault_message(const struct child_result *res, const char *pattern, const char *what)
{
	char want[256];
	void *addr = NULL;

	/* the child printed the address it was about to use */
	if (sscanf(res->err, "%*s %p", &addr) != 1)
		addr = NULL;
#if defined(__arm__)
	/* a Thumb function's address has bit 0 set; the fault is at the code */
	if (strncmp(res->err, "calling", 7) == 0)
		addr = (void *)((uintptr_t)addr & ~(uintptr_t)1);
#endif
#if defined(__s390x__)
	/* s390x reports the 4 KiB block of a protection fault, not its byte */
	addr = (void *)((uintptr_t)addr & ~(uintptr_t)4095);
#endif
	snprintf(want, sizeof(want), pattern, (unsigned long)(uintptr_t)addr);
	ok(WIFEXITED(res->status) && WEXITSTATUS(res->status) == LINKTABLE_FREE_FAULT_EXIT,
	   "%s: debug mode exits with status %d", what, LINKTABLE_FREE_FAULT_EXIT);
	if (!ok(addr && strstr(res->err, want) != NULL, "%s: stderr says \"%s\"", what, want))
		diag("stderr: %s", res->err);
}

static void test_faults(void)
{
	struct child_result res;

	run_child(scenario_call_freed, NULL, &res);
	/* (under AddressSanitizer its own SEGV handler reports and exits) */
	ok((WIFSIGNALED(res.status) && WTERMSIG(res.status) == SIGSEGV) ||
		   (WIFEXITED(res.status) && WEXITSTATUS(res.status) != 0 && strstr(res.err, "SEGV")),
	   "calling freed init code faults at once (SIGSEGV in the child)");
	if (strstr(res.err, "still alive"))
		diag("stderr: %s", res.err);
	run_child(scenario_call_freed, "debug", &res);
	check_fault_message(&res, "call into freed init memory at %#lx (range init_text)", "call into init_text");
	run_child(scenario_read_freed, NULL, &res);
	check_fault_message(&res, "access to freed init memory at %#lx (range init_data)", "read of init_data");
	run_child(scenario_other_subarch, NULL, &res);
	check_fault_message(&res, "call into freed pc memory at %#lx (range only_PC_text)",
			    "on xen, a call into pc-only code");
}

/* A thread calls into init_text without pause while the main thread
 * releases it: the fault may come the instant the pages are protected, and
 * must still be reported by name (the range is registered first).  The
 * callee reads init_data, so the first fault may be that read when
 * init_data goes first (seen under qemu-user): either range, named. */
static void *keep_calling(void *arg)
{
	(void)arg;
	for (;;)
		call(init_sum, 3);
	return NULL;
}

static void scenario_race(void *arg)
{
	pthread_t t;

	(void)arg;
	touch_annotated();
	linktable_free_debug();
	if (pthread_create(&t, NULL, keep_calling, NULL) != 0)
		return;
	if (linktable_free_init(LINKTABLE_FREE_SET, linktable_posix_env(), NULL) != 0)
		_exit(3); /* nothing released: no fault will come */
	/* the thread faults at its next call; the main thread waits */
	for (;;)
		pause();
}

static void test_fault_race(void)
{
	struct child_result res;
	int named = 0, runs = 100;

	for (int i = 0; i < runs; i++) {
		run_child(scenario_race, NULL, &res);
		if (WIFEXITED(res.status) && WEXITSTATUS(res.status) == LINKTABLE_FREE_FAULT_EXIT &&
		    strstr(res.err, " freed init memory at ") &&
		    (strstr(res.err, "(range init_text)") || strstr(res.err, "(range init_data)")))
			named++;
		else if (i - named < 3)
			diag("run %d: status %#x, stderr: %s", i, res.status, res.err);
	}
	ok(named == runs, "a thread calling into init code during its release: %d of %d faults reported by name", named,
	   runs);
}

/* ---- bad input ------------------------------------------------------------- */

static int refuse(void *ctx, void *start, size_t len, const char *name)
{
	(void)ctx, (void)start, (void)len, (void)name;
	return -13;
}

static void expect_error(int rc, const struct linktable_free_report *rep, int want_rc, const char *want, const char *what)
{
	char text[1024];

	is_int(rc, want_rc, what);
	is_str(rep->error, want, what);
	linktable_free_format(rep, text, sizeof(text));
	ok(strstr(text, " memory failed: ") != NULL && strstr(text, want) != NULL, "%s: printed", what);
}

static void test_bad_input(void)
{
	struct linktable_env no_release = { .release = NULL };
	struct linktable_env odd_page = { .release = record, .page_size = 3000 };
	struct linktable_env failing = { .release = refuse };
	struct linktable_free_report rep;
	int rc;

	rc = linktable_free_other_subarchs(LINKTABLE_FREE_SET, 99, &recording, &rep);
	expect_error(rc, &rep, -22,
		     "linktable_free_other_subarchs: subarch out of range (must be below LINKTABLE_SUBARCH_MAX = 32)",
		     "subarch 99 is refused");
	rc = linktable_free_init(NULL, &recording, &rep);
	expect_error(rc, &rep, -22,
		     "linktable_free: no range set (pass LINKTABLE_FREE_SET, defined by LINKTABLE_FREE_RANGES_DEFINE())",
		     "a NULL set is refused");
	rc = linktable_free_init(LINKTABLE_FREE_SET, NULL, &rep);
	expect_error(rc, &rep, -22,
		     "linktable_free: no environment (pass linktable_posix_env() in user space, or a struct linktable_env with a release hook)",
		     "no environment is refused (the core has no default)");
	rc = linktable_free_init(LINKTABLE_FREE_SET, &no_release, &rep);
	expect_error(rc, &rep, -22, "linktable_free: env->release is NULL", "an env without a release hook is refused");
	rc = linktable_free_init(LINKTABLE_FREE_SET, &odd_page, &rep);
	expect_error(rc, &rep, -22, "linktable_free: env->page_size is not a power of two",
		     "a page size that is not a power of two is refused");
	rc = linktable_free_init(LINKTABLE_FREE_SET, &failing, &rep);
	expect_error(rc, &rep, -13, "linktable_free: the release hook failed (see its message)",
		     "a failing release hook is reported");
	ok(!linktable_free_is_released((const void *)init_sum), "a range whose release failed is not marked released");
	ok(ncalls == 0, "no refused call reached the hook");
}

int main(void)
{
	struct child_result res;

	test_layout();
	run_child(scenario_hook, NULL, &res);
	ok(WIFEXITED(res.status) && WEXITSTATUS(res.status) == 0, "the hook scenario ran to its end");
	run_child(scenario_keep, NULL, &res);
	if (!ok(WIFEXITED(res.status) && WEXITSTATUS(res.status) == 0, "the keep scenario ran to its end"))
		diag("stderr: %s", res.err);
	run_child(scenario_release, NULL, &res);
	if (!ok(WIFEXITED(res.status) && WEXITSTATUS(res.status) == 0, "the release scenario ran to its end"))
		diag("stderr: %s", res.err);
	test_faults();
	test_fault_race();
	test_bad_input();
	return tap_done();
}
