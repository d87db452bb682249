/* SPDX-License-Identifier: MIT */
/*
 * Runner tests: outcomes of failing, critical, undetected and probe steps,
 * phase order, the parallel runner (same results, real overlap), trace and
 * JSON output, bad configuration.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "../tap.h"
#include "steps.h"

#include <linktable/boot.h>

/* What the callbacks did, in order. */
static char log_buf[4096];
static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;

static void logs(const char *name, struct linktable_boot *b)
{
	pthread_mutex_lock(&log_lock);
	snprintf(log_buf + strlen(log_buf), sizeof(log_buf) - strlen(log_buf), "%s%s.%u",
		 log_buf[0] ? " " : "", name, b->phase);
	pthread_mutex_unlock(&log_lock);
}

static int cb_a(struct linktable_boot *b, const struct linktable_init_step *step) { (void)step; logs("a", b); return 0; }
static int cb_b(struct linktable_boot *b, const struct linktable_init_step *step) { (void)step; logs("b", b); return 0; }
static int cb_c(struct linktable_boot *b, const struct linktable_init_step *step) { (void)step; logs("c", b); return 0; }
static int cb_d(struct linktable_boot *b, const struct linktable_init_step *step) { (void)step; logs("d", b); return 0; }
static int cb_fail(struct linktable_boot *b, const struct linktable_init_step *step) { (void)step; logs("fail", b); return -5; }
static int yes(struct linktable_boot *b, const struct linktable_init_step *step) { (void)step; (void)b; return 1; }
static int no(struct linktable_boot *b, const struct linktable_init_step *step) { (void)step; (void)b; return 0; }
static int enodev(struct linktable_boot *b, const struct linktable_init_step *step) { (void)step; (void)b; return -19; }

static struct linktable_boot *boot_of(struct tstep *t, size_t n, struct linktable_boot_config *cfg, int *r)
{
	const struct linktable_init_step **p = tptrs(t, n);
	struct linktable_boot *b;
	unsigned int ph;

	log_buf[0] = 0;
	*r = linktable_boot_begin_steps(p, n, cfg, &b);
	for (ph = 0; *r == 0 && ph < b->config.nphases; ph++)
		*r = linktable_boot_run_phase(b, ph);
	if (linktable_boot_finish(b, NULL))
		*r = -1;
	free(p);
	return b;
}

static const char *state(const struct linktable_boot *b, const char *name)
{
	long id = linktable_plan_find(b->plan, name);

	return id < 0 ? "(no such step)" : linktable_step_state_name(b->results[id].state);
}

static void test_phases_in_order(void)
{
	struct linktable_boot_config cfg = { .subarch = "pc" };
	struct tstep t[2];
	struct linktable_boot *b;
	int r;

	tstep(&t[0], "one", 10, LINKTABLE_SUBARCHS_ALL);
	t[0].s.early_init = cb_a;
	t[0].s.late_init = cb_a;
	tstep(&t[1], "two", 5, LINKTABLE_SUBARCHS_ALL);
	t[1].s.early_init = cb_b;
	t[1].s.setup_arch = cb_b;
	b = boot_of(t, 2, &cfg, &r);
	is_int(r, 0, "a clean boot returns 0");
	is_str(log_buf, "b.0 a.0 b.1 a.2", "each phase runs every step, in plan order");
	is_str(state(b, "one"), "ok", "state ok");
	linktable_boot_free(b);

	cfg.nphases = 5;
	tstep(&t[0], "custom", 10, LINKTABLE_SUBARCHS_ALL);
	t[0].s.phase[4] = cb_c;
	t[0].s.phase[3] = cb_a;
	b = boot_of(t, 1, &cfg, &r);
	is_str(log_buf, "a.3 c.4", "a program-defined phase set of 5 phases");
	is_str(linktable_boot_phase_name(b, 4), "phase4", "unnamed phases get generic names");
	linktable_boot_free(b);

	{
		static const char *const names[] = { "probe", "attach" };
		char *text = NULL;
		size_t len = 0;
		FILE *tf = open_memstream(&text, &len);
		struct linktable_boot_config two = { .subarch = "pc", .nphases = 2, .phase_names = names,
						     .trace_file = tf };

		tstep(&t[0], "named", 10, LINKTABLE_SUBARCHS_ALL);
		t[0].s.phase[1] = cb_d;
		b = boot_of(t, 1, &two, &r);
		fclose(tf);
		ok(r == 0 && strstr(text, "calling  named.attach @ thread 0"), "the program's phase names appear in the trace");
		linktable_boot_free(b);
		free(text);
	}
}

static void test_failures(void)
{
	struct linktable_boot_config cfg = { .subarch = "pc" };
	struct tstep t[5];
	struct linktable_boot *b;
	int r;

	tstep(&t[0], "flaky", 10, LINKTABLE_SUBARCHS_ALL);
	t[0].s.setup_arch = cb_fail;
	tstep(&t[1], "needs_flaky", 20, LINKTABLE_SUBARCHS_ALL);
	tdep(&t[1], "flaky");
	t[1].s.early_init = cb_a;
	t[1].s.late_init = cb_a;
	tstep(&t[2], "likes_flaky", 20, LINKTABLE_SUBARCHS_ALL);
	tsoft(&t[2], "flaky");
	t[2].s.late_init = cb_b;
	tstep(&t[3], "bystander", 30, LINKTABLE_SUBARCHS_ALL);
	t[3].s.late_init = cb_c;
	b = boot_of(t, 4, &cfg, &r);
	is_int(r, 0, "a non-critical failure does not stop the boot");
	is_str(state(b, "flaky"), "failed", "failing step: failed");
	is_int(b->results[0].error, -5, "its error code is kept");
	is_int(b->results[0].failed_phase, LINKTABLE_PHASE_SETUP_ARCH, "and the phase");
	is_str(state(b, "needs_flaky"), "skipped-dependency-failed", "hard dependent: skipped after the failure");
	is_str(state(b, "likes_flaky"), "ok", "soft dependent still runs");
	is_str(log_buf, "a.0 fail.1 b.2 c.2", "who ran, in order");
	linktable_boot_free(b);

	t[0].s.flags = LINKTABLE_INIT_CRITICAL;
	b = boot_of(t, 4, &cfg, &r);
	is_int(r, -1, "a critical failure stops the boot");
	ok(strstr(b->error, "critical init step 'flaky' failed in setup_arch with error -5") != NULL,
	   "and says which step, phase and error: %s", b->error);
	is_str(state(b, "bystander"), "not-run", "later steps are not run");
	is_str(log_buf, "a.0 fail.1", "nothing ran after the critical failure");
	linktable_boot_free(b);
}

static void test_detect_and_probes(void)
{
	struct linktable_boot_config cfg = { .subarch = "xen" };
	struct tstep t[6];
	struct linktable_boot *b;
	int r;

	tstep(&t[0], "absent", 10, LINKTABLE_SUBARCHS_ALL);
	t[0].s.detect = no;
	t[0].s.early_init = cb_a;
	tstep(&t[1], "needs_absent", 20, LINKTABLE_SUBARCHS_ALL);
	tdep(&t[1], "absent");
	t[1].s.early_init = cb_b;
	tstep(&t[2], "probe_a", 40, LINKTABLE_SUBARCHS_ALL);
	t[2].s.flags = LINKTABLE_INIT_FINISH_IF_DETECTED;
	t[2].s.detect = no;
	t[2].s.late_init = cb_a;
	tstep(&t[3], "probe_b", 40, LINKTABLE_SUBARCHS_ALL);
	t[3].s.flags = LINKTABLE_INIT_FINISH_IF_DETECTED;
	t[3].s.detect = yes;
	t[3].s.late_init = cb_b;
	tstep(&t[4], "probe_c", 40, LINKTABLE_SUBARCHS_ALL);
	t[4].s.flags = LINKTABLE_INIT_FINISH_IF_DETECTED;
	t[4].s.detect = yes;
	t[4].s.late_init = cb_c;
	tstep(&t[5], "next_level", 41, LINKTABLE_SUBARCHS(PC));
	t[5].s.late_init = cb_d;
	b = boot_of(t, 6, &cfg, &r);
	is_str(state(b, "absent"), "skipped-not-detected", "detect() false: skipped-not-detected");
	is_str(state(b, "needs_absent"), "skipped-dependency-failed", "its hard dependent is skipped");
	is_str(state(b, "probe_a"), "skipped-not-detected", "probe not detected");
	is_str(state(b, "probe_b"), "ok", "first detected probe runs");
	is_str(state(b, "probe_c"), "skipped-finished-level", "later probes of its level are skipped");
	ok(b->results[linktable_plan_find(b->plan, "probe_a")].detected == 0 &&
		   b->results[linktable_plan_find(b->plan, "probe_b")].detected == 1 &&
		   b->results[linktable_plan_find(b->plan, "probe_c")].detected == -1 &&
		   b->results[linktable_plan_find(b->plan, "needs_absent")].detected == -1,
	   "detected: no, yes, not asked (level finished), not asked (dependency)");
	is_str(state(b, "next_level"), "skipped-unsupported", "pc-only step skipped on xen");
	is_str(log_buf, "b.2", "only the detected probe ran");
	linktable_boot_free(b);
}

/* The parallel runner: a wide graph, compared with the sequential run. */
static atomic_int running, most_running;

static int slow(struct linktable_boot *b, const struct linktable_init_step *step)
{
	struct timespec ts = { 0, 20 * 1000 * 1000 };
	int now = atomic_fetch_add(&running, 1) + 1, seen = atomic_load(&most_running);

	(void)step;
	while (now > seen && !atomic_compare_exchange_weak(&most_running, &seen, now))
		;
	(void)b;
	nanosleep(&ts, NULL);
	atomic_fetch_sub(&running, 1);
	return 0;
}

static int slow_fail(struct linktable_boot *b, const struct linktable_init_step *step)
{
	slow(b, step);
	return -7;
}

static void build_wide(struct tstep *t, char (*names)[16], size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		snprintf(names[i], 16, "w%02u", (unsigned int)i); /* fits at -O0 too */
		tstep(&t[i], names[i], (unsigned int)(10 + i / 8), LINKTABLE_SUBARCHS_ALL);
		t[i].s.flags = i % 7 == 3 ? 0 : LINKTABLE_INIT_PARALLEL_SAFE;
		t[i].s.late_init = i % 11 == 5 ? slow_fail : slow;
		t[i].s.detect = i % 13 == 6 ? no : NULL;
		if (i >= 4)
			tdep(&t[i], names[i - 4]);
		if (i >= 9)
			tsoft(&t[i], names[i - 9]);
	}
}

static void test_parallel(void)
{
	enum { N = 24 };
	struct tstep t[N];
	char names[N][16];
	struct linktable_boot_config seq = { .subarch = "pc" }, par = { .subarch = "pc", .parallel = 1, .threads = 4 };
	struct linktable_boot *a, *b;
	size_t i, k, same = 0, order_ok = 1;
	int ra, rb;

	build_wide(t, names, N);
	a = boot_of(t, N, &seq, &ra);
	atomic_store(&most_running, 0);
	b = boot_of(t, N, &par, &rb);
	for (i = 0; i < N; i++)
		same += a->results[i].state == b->results[i].state && a->results[i].error == b->results[i].error;
	ok(ra == rb && same == N, "parallel run: same outcome for all %d steps as the sequential run (%zu same)", N, same);
	for (i = 0; i < b->nevents; i++) { /* every dependency ended before its dependent started */
		size_t id = b->events[i].step;

		for (k = b->plan->dep_start[id]; k < b->plan->dep_start[id + 1]; k++)
			if (b->results[b->plan->dep_id[k]].phases_run &&
			    b->results[b->plan->dep_id[k]].end_ns > b->events[i].start_ns)
				order_ok = 0;
	}
	ok(order_ok, "parallel run: dependencies finished before their dependents started");
	ok(atomic_load(&most_running) >= 2, "parallel-safe steps overlapped (at most %d at once)",
	   atomic_load(&most_running));
	linktable_boot_free(a);
	linktable_boot_free(b);

	t[12].s.flags = LINKTABLE_INIT_CRITICAL;
	t[12].s.late_init = slow_fail;
	a = boot_of(t, N, &seq, &ra);
	b = boot_of(t, N, &par, &rb);
	for (same = 0, i = 0; i < N; i++)
		same += a->results[i].state == b->results[i].state;
	ok(ra == -1 && rb == -1 && same == N, "critical failure: parallel and sequential stop alike (%zu same, returned %d and %d)", same, ra, rb);
	linktable_boot_free(a);
	linktable_boot_free(b);
}

static void test_output(void)
{
	char *text = NULL, *json = NULL;
	size_t tlen = 0, jlen = 0;
	FILE *tf = open_memstream(&text, &tlen), *jf = open_memstream(&json, &jlen);
	struct linktable_boot_config cfg = { .subarch = "xen", .trace_file = tf, .json_file = jf };
	struct tstep t[3];
	struct linktable_boot *b;
	int r;

	tstep(&t[0], "visible", 10, LINKTABLE_SUBARCHS_ALL);
	t[0].s.early_init = cb_a;
	tstep(&t[1], "kasan", 10, LINKTABLE_SUBARCHS(PC));
	t[1].s.early_init = cb_b;
	/* a name that is not UTF-8: the JSON must still be (checked below) */
	tstep(&t[2], "bytes\xff\xc3\x1b", 10, LINKTABLE_SUBARCHS(PC));
	b = boot_of(t, 3, &cfg, &r);
	fclose(tf);
	fclose(jf);
	ok(strstr(text, "calling  visible.early_init @ thread 0") != NULL, "trace: calling line");
	ok(strstr(text, "initcall visible.early_init returned 0 after ") != NULL, "trace: returned line");
	ok(strstr(text, "1 step ran, 2 skipped (2 unsupported, 0 not detected, 0 finished level, 0 dependency failed), 0 failed") != NULL,
	   "trace: summary line");
	ok(strstr(json, "\"state\": \"skipped-unsupported\"") && strstr(json, "kasan: not supported on subarch xen"),
	   "json: the skipped step and why");
	ok(strstr(json, "\"source\": \"argument\"") != NULL, "json: the decision's source");
	if (system("command -v python3 >/dev/null 2>&1") == 0) {
		char path[] = "/tmp/linktable-run-XXXXXX", cmd[128];
		int fd = mkstemp(path);
		FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;

		if (f) {
			fputs(json, f);
			fclose(f);
		}
		snprintf(cmd, sizeof(cmd), "python3 -m json.tool %s >/dev/null", path);
		ok(f && system(cmd) == 0, "json: valid (strict UTF-8, though a step's name is not)");
		ok(strstr(json, "\"bytes\\\\xff\\\\xc3\\u001b\"") != NULL, "json: invalid bytes as \\xNN");
		unlink(path);
	} else {
		skip("python3 not installed");
	}
	linktable_boot_free(b);
	free(text);
	free(json);
}

static void test_bad_config(void)
{
	struct linktable_boot_config cfg = { .subarch = "vax" };
	struct tstep t[2];
	struct linktable_boot *b;
	int r;

	tstep(&t[0], "x", 10, LINKTABLE_SUBARCHS_ALL);
	t[0].s.early_init = cb_a;
	b = boot_of(t, 1, &cfg, &r);
	ok(r == -1 && strstr(b->error, "override \"vax\" names no subarch"), "bad override refused: %s", b->error);
	is_str(log_buf, "", "nothing ran");
	ok(linktable_boot_run_phase(b, 0) == -1, "a refused boot runs no phase");
	linktable_boot_free(b);

	cfg.subarch = "pc";
	tdep(&t[0], "ghost");
	b = boot_of(t, 1, &cfg, &r);
	ok(r == -1 && strstr(b->error, "the init plan has 1 error; first: test.c:1: error: init step 'x' depends on 'ghost'"),
	   "plan errors refuse the boot: %s", b->error);
	is_str(log_buf, "", "nothing ran out of order");
	linktable_boot_free(b);

	{
		char *json = NULL;
		size_t len = 0;
		FILE *jf = open_memstream(&json, &len);
		const struct linktable_init_step *nameless[2] = { NULL, &t[0].s };

		cfg.json_file = jf;
		r = linktable_boot_begin_steps(nameless, 2, &cfg, &b);
		linktable_boot_finish(b, NULL);
		fclose(jf);
		ok(r == -1 && strstr(b->error, "init step #0 has no name") && strstr(json, "\"#0\""),
		   "a NULL step in the array is refused and reported, also in JSON");
		linktable_boot_free(b);
		free(json);
		cfg.json_file = NULL;
	}

	cfg.nphases = 9;
	b = boot_of(t, 1, &cfg, &r);
	ok(r == -1 && strstr(b->error, "too many phases"), "too many phases refused");
	linktable_boot_free(b);

	cfg.nphases = 0;
	tstep(&t[0], "y", 10, LINKTABLE_SUBARCHS_ALL);
	b = NULL;
	r = linktable_boot_begin_steps((const struct linktable_init_step *[]){ &t[0].s }, 1, &cfg, &b);
	ok(r == 0 && linktable_boot_run_phase(b, 1) == 0 && linktable_boot_run_phase(b, 0) == -1 &&
		   strstr(b->error, "phase 0 cannot run now"),
	   "phases cannot run backwards: %s", b->error);
	linktable_boot_free(b);
}

static atomic_int detect_calls;

static int counted_yes(struct linktable_boot *b, const struct linktable_init_step *step)
{
	(void)step;
	(void)b;
	atomic_fetch_add(&detect_calls, 1);
	return 1;
}

/* detect() once per step, whatever the runner and thread count; steps
 * without callbacks; a soft dependency on an unsupported step. */
static void test_edges(void)
{
	static const unsigned int threads[] = { 0, 1, 3, 64 };
	struct tstep t[6];
	struct linktable_boot *b;
	size_t i;
	int r;

	tstep(&t[0], "quiet", 10, LINKTABLE_SUBARCHS_ALL); /* no callbacks at all */
	t[0].s.detect = counted_yes;
	tstep(&t[1], "pc_only", 10, LINKTABLE_SUBARCHS(PC));
	t[1].s.early_init = cb_a;
	tstep(&t[2], "likes_pc_only", 20, LINKTABLE_SUBARCHS_ALL);
	tsoft(&t[2], "pc_only");
	t[2].s.detect = counted_yes;
	t[2].s.early_init = cb_b;
	t[2].s.late_init = cb_b;
	for (i = 3; i < 6; i++) {
		tstep(&t[i], i == 3 ? "par_a" : i == 4 ? "par_b" : "par_c", 30, LINKTABLE_SUBARCHS_ALL);
		t[i].s.flags = LINKTABLE_INIT_PARALLEL_SAFE;
		t[i].s.detect = counted_yes;
		t[i].s.setup_arch = cb_c;
		t[i].s.late_init = cb_d;
	}
	for (i = 0; i < sizeof(threads) / sizeof(threads[0]); i++) {
		struct linktable_boot_config cfg = { .subarch = "xen", .parallel = i > 0, .threads = threads[i] };

		atomic_store(&detect_calls, 0);
		b = boot_of(t, 6, &cfg, &r);
		ok(r == 0 && atomic_load(&detect_calls) == 5 && strcmp(state(b, "quiet"), "ok") == 0 &&
			   strcmp(state(b, "likes_pc_only"), "ok") == 0 && b->nevents == 8,
		   "%s, %u threads: detect() once per step, 8 callbacks, soft dependency on an unsupported step ignored",
		   cfg.parallel ? "parallel" : "sequential", threads[i]);
		linktable_boot_free(b);
	}
}

/* A parallel segment in which only one step has work in a phase runs it
 * on the calling thread: starting threads for steps without a callback
 * there made parallel boots slower than their critical path. */
static void test_parallel_idle_segments(void)
{
	struct linktable_boot_config cfg = { .subarch = "pc", .parallel = 1, .threads = 4 };
	struct tstep t[3];
	struct linktable_boot *b;
	unsigned int early_thread = 99, late_threads = 0;
	size_t i;
	int r;

	for (i = 0; i < 3; i++) {
		tstep(&t[i], i == 0 ? "par_early" : i == 1 ? "par_late_a" : "par_late_b", 30, LINKTABLE_SUBARCHS_ALL);
		t[i].s.flags = LINKTABLE_INIT_PARALLEL_SAFE;
	}
	t[0].s.early_init = cb_a;
	t[1].s.late_init = cb_b;
	t[2].s.late_init = cb_c;
	b = boot_of(t, 3, &cfg, &r);
	for (i = 0; b && i < b->nevents; i++) {
		if (b->events[i].phase == LINKTABLE_PHASE_EARLY)
			early_thread = b->events[i].thread;
		else if (b->events[i].phase == LINKTABLE_PHASE_LATE)
			late_threads |= 1u << b->events[i].thread;
	}
	ok(r == 0 && b && b->nevents == 3 && early_thread == 0,
	   "parallel: the only step with work in a phase runs on the calling thread (thread %u)", early_thread);
	ok(r == 0 && late_threads != 0, "parallel: two steps with work in a phase still run (threads mask %#x)",
	   late_threads);
	linktable_boot_free(b);
}

static int hook_calls[LINKTABLE_MAX_PHASES];

static void count_phase(struct linktable_boot *b, unsigned int phase)
{
	(void)b;
	hook_calls[phase]++;
}

static int released_cb_b(const void *addr)
{
	return addr == (const void *)cb_b;
}

static void test_hooks_and_release(void)
{
	struct linktable_boot_config cfg = { .subarch = "pc", .before_phase = count_phase };
	struct tstep t[1];
	struct linktable_boot *b;
	int r;

	tstep(&t[0], "late_b", 10, LINKTABLE_SUBARCHS_ALL);
	t[0].s.early_init = cb_a;
	t[0].s.late_init = cb_b;
	b = boot_of(t, 1, &cfg, &r);
	ok(r == 0 && hook_calls[0] == 1 && hook_calls[1] == 1 && hook_calls[2] == 1,
	   "before_phase is called once before each phase");
	linktable_boot_free(b);

	cfg.release_phase = LINKTABLE_PHASE_SETUP_ARCH;
	cfg.is_released = released_cb_b;
	b = boot_of(t, 1, &cfg, &r);
	ok(r == -1 && strstr(b->error, "init step 'late_b' has its late_init callback at 0x") &&
		   strstr(b->error, "released before phase 1"),
	   "boot refused: a late callback in memory released before setup_arch: %s", b->error);
	is_str(log_buf, "", "and nothing ran");
	linktable_boot_free(b);
}

/* What the seed asks to see: the decision first, every skipped step, and
 * a bad LINKTABLE_SUBARCH as a warning. */
static void test_trace_opening(void)
{
	struct tstep tt[2];
	char *text = NULL;
	size_t len = 0;
	FILE *tf = open_memstream(&text, &len);
	struct linktable_subarch_detect_options det = { .skip_cpuid = 1, .boot_params_path = "/nonexistent" };
	struct linktable_boot_config cfg = { .detect = &det, .trace_file = tf };
	struct linktable_boot *b;
	int r;

	setenv("LINKTABLE_SUBARCH", "bogus", 1);
	tstep(&tt[0], "everywhere", 10, LINKTABLE_SUBARCHS_ALL)->s.early_init = cb_a;
	tstep(&tt[1], "xen_only", 10, LINKTABLE_SUBARCHS(XEN))->s.early_init = cb_b;
	b = boot_of(tt, 2, &cfg, &r);
	fclose(tf);
	unsetenv("LINKTABLE_SUBARCH");
	ok(r == 0 && !strncmp(text, "linktable: warning: LINKTABLE_SUBARCH=bogus names no subarch", 60),
	   "a LINKTABLE_SUBARCH that names no subarch is a warning line, first");
	ok(strstr(text, "\nlinktable: subarch pc (0) from default: ") != NULL, "then the decision and its source");
	ok(strstr(text, "skipping xen_only: not supported on subarch pc (supports xen)") != NULL,
	   "a step skipped as unsupported is named in the trace with its reason");
	linktable_boot_free(b);
	free(text);
}

/* detect() returning -ENODEV used to count as detected. */
static void test_detect_errno(void)
{
	struct tstep tt[1];
	char *text = NULL;
	size_t len = 0;
	FILE *tf = open_memstream(&text, &len);
	struct linktable_boot_config cfg = { .subarch = "pc", .trace_file = tf };
	struct linktable_boot *b;
	int r;

	tstep(&tt[0], "absent_device", 10, LINKTABLE_SUBARCHS_ALL)->s.early_init = cb_a;
	tt[0].s.detect = enodev;
	b = boot_of(tt, 1, &cfg, &r);
	fclose(tf);
	ok(r == 0 && b->results[0].state == LINKTABLE_STEP_SKIPPED_NOT_DETECTED && b->results[0].error == -19 &&
		   b->results[0].phases_run == 0,
	   "detect() returning -ENODEV skips the step and keeps the value");
	ok(strstr(text, "skipping absent_device: not detected (detect() returned -19)") != NULL,
	   "the trace says what detect() returned");
	linktable_boot_free(b);
	free(text);
}

/* The seed mock-up's kind: linked in, ordered first, but its failure does
 * not skip the step. */
static void test_order_only(void)
{
	struct tstep tt[3];
	struct linktable_boot_config cfg = { .subarch = "pc" };
	struct linktable_boot *b;
	int r;

	tstep(&tt[0], "zz_first", 10, LINKTABLE_SUBARCHS_ALL)->s.early_init = cb_fail;
	tstep(&tt[1], "aa_second", 10, LINKTABLE_SUBARCHS_ALL)->s.early_init = cb_a;
	tafter(&tt[1], "zz_first");
	tstep(&tt[2], "hard_user", 10, LINKTABLE_SUBARCHS_ALL)->s.early_init = cb_b;
	tdep(&tt[2], "zz_first");
	b = boot_of(tt, 3, &cfg, &r);
	ok(r == 0 && b->plan->order[0] == 0 && b->plan->order[1] == 1,
	   "an order-only dependency runs first (name order would put it last)");
	ok(!strcmp(state(b, "aa_second"), "ok") && !strcmp(state(b, "hard_user"), "skipped-dependency-failed"),
	   "its failure does not skip the step, a hard dependent is skipped");
	linktable_boot_free(b);
	tstep(&tt[0], "lonely", 10, LINKTABLE_SUBARCHS_ALL);
	tafter(&tt[0], "ghost");
	b = boot_of(tt, 1, &cfg, &r);
	ok(r == -1 && strstr(b->error, "init step 'lonely' runs after 'ghost', which is not linked in"),
	   "an order-only dependency must be linked in: %s", b->error);
	linktable_boot_free(b);
}

/* One detect() and one callback serve several steps (the seed mock-up's
 * port needed it): each call gets its own step, so they tell the steps
 * apart by name and by .data - in the sequential and the parallel runner. */
struct uart {
	unsigned int port;
	int present;
};

static const struct uart uarts[3] = { { 0x3f8, 1 }, { 0x2f8, 0 }, { 0x3e8, 1 } };
static char shared_seen[3][64];

static int uart_detect(struct linktable_boot *b, const struct linktable_init_step *step)
{
	const struct uart *u = step->data;

	(void)b;
	return u->present;
}

static int uart_setup(struct linktable_boot *b, const struct linktable_init_step *step)
{
	const struct uart *u = step->data;

	snprintf(shared_seen[u - uarts], sizeof(shared_seen[0]), "%s@%#x.%u", step->name, u->port, b->phase);
	return u->port == 0x3e8 && b->phase == 1 ? -5 : 0; /* the third fails in its second phase */
}

static void test_shared_callback(void)
{
	static const char *const names[3] = { "uart0", "uart1", "uart2" };
	struct tstep tt[3];
	struct linktable_boot *b;
	int r, parallel, i;

	for (parallel = 0; parallel <= 1; parallel++) {
		struct linktable_boot_config cfg = { .subarch = "pc", .parallel = parallel, .threads = 3 };

		memset(shared_seen, 0, sizeof(shared_seen));
		for (i = 0; i < 3; i++) {
			tstep(&tt[i], names[i], 10, LINKTABLE_SUBARCHS_ALL);
			tt[i].s.flags = LINKTABLE_INIT_PARALLEL_SAFE;
			tt[i].s.detect = uart_detect;
			tt[i].s.early_init = uart_setup;
			tt[i].s.setup_arch = uart_setup;
			tt[i].s.data = &uarts[i];
		}
		b = boot_of(tt, 3, &cfg, &r);
		ok(!strcmp(shared_seen[0], "uart0@0x3f8.1") && !strcmp(shared_seen[2], "uart2@0x3e8.1"),
		   "%s: the shared callback saw each step's name and data: %s, %s", parallel ? "parallel" : "sequential",
		   shared_seen[0], shared_seen[2]);
		is_str(shared_seen[1], "", "the shared detect() read uart1's data (absent): no callback for it");
		ok(r == 0 && !strcmp(state(b, "uart0"), "ok") && !strcmp(state(b, "uart1"), "skipped-not-detected") &&
			   !strcmp(state(b, "uart2"), "failed") && b->results[2].failed_phase == 1,
		   "%s: each step has its own outcome", parallel ? "parallel" : "sequential");
		linktable_boot_free(b);
	}
}

/* A critical step the running subarch lacks: the boot is refused before any
 * step runs, with the subarch and the step named; the release frees
 * nothing. */
static void test_unsupported_critical(void)
{
	struct linktable_boot_config cfg = { .subarch = "lguest" };
	struct linktable_boot *b;
	struct tstep t[3];
	char list[256];
	int r;

	tstep(&t[0], "any", 0, LINKTABLE_SUBARCHS_ALL)->s.early_init = cb_a;
	tstep(&t[1], "platform", 0, LINKTABLE_SUBARCHS(PC, XEN))->s.early_init = cb_b;
	t[1].s.flags = LINKTABLE_INIT_CRITICAL;
	tstep(&t[2], "xen_only", 1, LINKTABLE_SUBARCHS(XEN))->s.early_init = cb_c;
	b = boot_of(t, 3, &cfg, &r);
	is_int(r, -1, "lguest: refused");
	is_str(log_buf, "", "no step ran, not even one that supports lguest");
	is_int(linktable_boot_unsupported(b), 1, "one critical step lacks lguest");
	ok(strstr(b->error, "subarch lguest (1) is not supported by 1 critical step: platform (supports pc, xen): "
			    "no step runs, nothing is freed") != NULL,
	   "the reason names the subarch and the step: %s", b->error);
	is_int(linktable_boot_release(b, NULL, NULL, NULL, NULL), -1, "the release frees nothing after it");
	is_long_((long long)linktable_plan_unsupported_critical(b->plan, list, sizeof(list)), 1, "the same rule as a function");
	is_str(list, "platform (supports pc, xen)", "with the same words");
	linktable_boot_free(b);

	cfg.subarch = "pc";
	b = boot_of(t, 3, &cfg, &r);
	is_int(r, 0, "pc: boots (a non-critical step for another subarch is just skipped)");
	is_str(log_buf, "a.0 b.0", "the supported steps ran");
	is_int(linktable_boot_unsupported(b), 0, "nothing unsupported");
	linktable_boot_free(b);
}

int main(void)
{
	test_unsupported_critical();
	test_shared_callback();
	test_order_only();
	test_detect_errno();
	test_trace_opening();
	test_edges();
	test_parallel_idle_segments();
	test_hooks_and_release();
	test_phases_in_order();
	test_failures();
	test_detect_and_probes();
	test_parallel();
	test_output();
	test_bad_config();
	return tap_done();
}
