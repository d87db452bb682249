/* SPDX-License-Identifier: MIT */
/*
 * Planner tests: order, ties, levels, dependency errors, subarch
 * consistency, release checks, and a randomized order property.
 */
#include <stdio.h>

#include "../tap.h"
#include "steps.h"

#define SPC LINKTABLE_SUBARCH_PC
#define SXEN LINKTABLE_SUBARCH_XEN
#define M_PC LINKTABLE_SUBARCHS(PC)
#define M_XEN LINKTABLE_SUBARCHS(XEN)
#define M_ALL LINKTABLE_SUBARCHS_ALL

static char buf[4096];

static struct linktable_plan *plan_of(struct tstep *t, size_t n, unsigned int subarch,
				      const struct linktable_plan_options *o, long *errors)
{
	const struct linktable_init_step **p = tptrs(t, n);
	struct linktable_plan *plan = NULL;

	*errors = linktable_plan_build(p, n, subarch, o, &plan);
	free(p);
	return plan;
}

static void show_errors(const struct linktable_plan *p)
{
	size_t i;

	char msg[1024];

	for (i = 0; p && i < p->errors_kept && i < 20; i++)
		diag("%s", (linktable_plan_error_text(p, i, msg, sizeof(msg)), msg));
}

static void test_empty_and_one(void)
{
	struct tstep t[1];
	struct linktable_plan *p;
	long e;

	p = plan_of(t, 0, SPC, NULL, &e);
	ok(p && e == 0 && p->norder == 0, "0 steps: empty plan, no error");
	linktable_plan_free(p);
	tstep(&t[0], "solo", 5, M_ALL);
	p = plan_of(t, 1, SPC, NULL, &e);
	is_str(torder(p, buf, sizeof(buf)), "solo", "1 step: planned");
	linktable_plan_free(p);
}

static void test_levels_and_ties(void)
{
	struct tstep t[5], r[5];
	struct linktable_plan *p, *q;
	long e, f;
	int i;

	tstep(&t[0], "zeta", 10, M_ALL);
	tstep(&t[1], "alpha", 20, M_ALL);
	tstep(&t[2], "beta", 10, M_ALL);
	tstep(&t[3], "gamma", 0, M_ALL);
	tstep(&t[4], "delta", 20, M_ALL);
	p = plan_of(t, 5, SPC, NULL, &e);
	is_str(torder(p, buf, sizeof(buf)), "gamma beta zeta alpha delta",
	       "levels ascend; ties broken by name");
	for (i = 0; i < 5; i++) /* the same steps, reversed input order */
		r[i] = t[4 - i], r[i].s.depends = r[i].deps, r[i].s.soft_depends = r[i].soft;
	q = plan_of(r, 5, SPC, NULL, &f);
	is_str(torder(q, buf, sizeof(buf)), "gamma beta zeta alpha delta",
	       "the plan does not depend on table (link) order");
	linktable_plan_free(p);
	linktable_plan_free(q);
}

static void test_dependencies_first(void)
{
	struct tstep t[4];
	struct linktable_plan *p;
	long e;

	tstep(&t[0], "a_driver", 30, M_ALL);
	tdep(&t[0], "z_bus");
	tstep(&t[1], "z_bus", 30, M_ALL);
	tstep(&t[2], "m_soft", 30, M_ALL);
	tsoft(&t[2], "z_bus");
	tsoft(&t[2], "not_linked");
	tstep(&t[3], "b_other", 30, M_ALL);
	p = plan_of(t, 4, SPC, NULL, &e);
	is_int(e, 0, "a missing soft dependency is no error");
	is_str(torder(p, buf, sizeof(buf)), "b_other z_bus a_driver m_soft",
	       "hard and soft dependencies run first, within one level");
	linktable_plan_free(p);
}

static void test_unsupported_dropped(void)
{
	struct tstep t[3];
	struct linktable_plan *p;
	long e;

	tstep(&t[0], "kasan", 10, M_PC);
	tstep(&t[1], "memory", 5, M_ALL);
	tstep(&t[2], "netfront", 30, M_XEN);
	p = plan_of(t, 3, SXEN, NULL, &e);
	is_str(torder(p, buf, sizeof(buf)), "memory netfront", "xen plan drops the pc-only step");
	ok(p->dropped[0] == LINKTABLE_PLAN_UNSUPPORTED && !p->dropped[1], "dropped step is marked");
	linktable_plan_free(p);
}

static void test_cycles(void)
{
	struct tstep t[6];
	struct linktable_plan *p;
	const char *names[] = { "c0", "c1", "c2", "c3", "c4" };
	long e;
	int i;

	tstep(&t[0], "selfish", 10, M_ALL);
	tdep(&t[0], "selfish");
	p = plan_of(t, 1, SPC, NULL, &e);
	ok(e == 1 && terror(p, "dependency cycle: selfish -> selfish"), "cycle of 1 step reported");
	show_errors(p);
	ok(p->norder == 0, "nothing planned when there is a cycle");
	linktable_plan_free(p);

	tstep(&t[0], "a", 10, M_ALL);
	tdep(&t[0], "b");
	tstep(&t[1], "b", 10, M_ALL);
	tdep(&t[1], "a");
	tstep(&t[2], "free", 10, M_ALL);
	p = plan_of(t, 3, SPC, NULL, &e);
	ok(e == 1 && terror(p, "dependency cycle: a -> b -> a"), "cycle of 2 steps: a -> b -> a");
	show_errors(p);
	linktable_plan_free(p);

	for (i = 0; i < 5; i++) {
		tstep(&t[i], names[i], 10, M_ALL);
		tdep(&t[i], names[(i + 1) % 5]);
	}
	tstep(&t[5], "tail", 10, M_ALL);
	tdep(&t[5], "c2"); /* leads into the cycle, not part of it */
	p = plan_of(t, 6, SPC, NULL, &e);
	ok(e == 1 && terror(p, "dependency cycle: c0 -> c1 -> c2 -> c3 -> c4 -> c0"),
	   "cycle of 5 steps printed whole, once");
	ok(!terror(p, "tail ->"), "a step leading into a cycle is not part of it");
	show_errors(p);
	linktable_plan_free(p);

	tstep(&t[0], "p", 10, M_PC);
	tdep(&t[0], "q");
	tstep(&t[1], "q", 10, M_PC);
	tdep(&t[1], "p");
	p = plan_of(t, 2, SXEN, NULL, &e);
	ok(e == 1 && terror(p, "p -> q -> p"), "a cycle among steps of another subarch is still found");
	linktable_plan_free(p);
}

static void test_missing_and_duplicate(void)
{
	struct tstep t[3];
	struct linktable_plan *p;
	long e;

	tstep(&t[0], "driver", 30, M_ALL);
	tdep(&t[0], "bus");
	p = plan_of(t, 1, SPC, NULL, &e);
	ok(e == 1 && terror(p, "init step 'driver' depends on 'bus', which is not linked in"),
	   "missing hard dependency named");
	show_errors(p);
	linktable_plan_free(p);

	tstep(&t[0], "twice", 10, M_ALL);
	tstep(&t[1], "other", 10, M_ALL);
	tstep(&t[2], "twice", 20, M_ALL);
	t[2].s.file = "second.c";
	t[2].s.line = 42;
	p = plan_of(t, 3, SPC, NULL, &e);
	ok(e == 1 && terror(p, "duplicate init step name 'twice': declared at test.c:1 and at second.c:42"),
	   "duplicate name reported with both places");
	show_errors(p);
	linktable_plan_free(p);
}

static void test_level_rule(void)
{
	struct tstep t[2];
	struct linktable_plan *p;
	long e;

	tstep(&t[0], "early", 10, M_ALL);
	tdep(&t[0], "late");
	tstep(&t[1], "late", 20, M_ALL);
	p = plan_of(t, 2, SPC, NULL, &e);
	ok(e == 1 && terror(p, "init step 'early' (level 10) depends on 'late' (level 20, "),
	   "a dependency of a higher level is refused");
	show_errors(p);
	linktable_plan_free(p);

	tsoft(tstep(&t[0], "early", 10, M_ALL), "late");
	p = plan_of(t, 2, SPC, NULL, &e);
	ok(e == 1 && terror(p, "soft-depends on 'late' (level 20, "), "the level rule holds for soft dependencies");
	linktable_plan_free(p);
}

static void test_subarch_consistency(void)
{
	struct tstep t[3];
	struct linktable_plan *p;
	long e;

	tstep(&t[0], "pc_bus", 20, M_PC);
	tstep(&t[1], "driver", 30, LINKTABLE_SUBARCHS(PC, XEN));
	tdep(&t[1], "pc_bus");
	p = plan_of(t, 2, SPC, NULL, &e);
	ok(e == 1 && terror(p, "init step 'driver' supports xen, but its hard dependency 'pc_bus' (test.c:1) does not: "
			       "'driver' is broken on xen"),
	   "pc+xen driver on a pc-only step: broken on xen, reported while planning for pc");
	show_errors(p);
	linktable_plan_free(p);

	tstep(&t[1], "driver", 30, LINKTABLE_SUBARCHS_ALL);
	tdep(&t[1], "pc_bus");
	p = plan_of(t, 2, SXEN, NULL, &e);
	ok(e == 1 && terror(p, "broken on all except pc"), "every broken subarch is named");
	linktable_plan_free(p);

	tstep(&t[1], "driver", 30, LINKTABLE_SUBARCHS(PC, XEN));
	tsoft(&t[1], "pc_bus");
	p = plan_of(t, 2, SXEN, NULL, &e);
	ok(e == 0 && p->norder == 1, "a soft dependency need not support every subarch");
	linktable_plan_free(p);
}

static void test_bad_steps(void)
{
	struct tstep t[2];
	struct linktable_plan *p;
	long e;

	tstep(&t[0], "nowhere", 10, 0);
	tstep(&t[1], "too_high", 100, M_ALL);
	p = plan_of(t, 2, SPC, NULL, &e);
	ok(e == 2 && terror(p, "init step 'nowhere' supports no subarch") &&
		   terror(p, "init step 'too_high': order level 100 is out of range 0..99"),
	   "empty mask and bad level in a built array are refused");
	linktable_plan_free(p);

	tstep(&t[0], NULL, 10, M_ALL);
	p = plan_of(t, 1, SPC, NULL, &e);
	ok(e == 1 && terror(p, "init step #0 has no name"), "a nameless step is refused");
	linktable_plan_free(p);

	tstep(&t[0], "ok", 10, M_ALL);
	p = plan_of(t, 1, 40, NULL, &e);
	ok(e == 1 && terror(p, "subarch 40 is out of range"), "planning for a subarch out of range is refused");
	linktable_plan_free(p);
}

static int cb(struct linktable_boot *b, const struct linktable_init_step *step)
{
	(void)step;
	(void)b;
	return 0;
}

static int cb_init_only(struct linktable_boot *b, const struct linktable_init_step *step)
{
	(void)step;
	(void)b;
	return 0;
}

/* The test's own "released memory": exactly one function. */
static int released(const void *addr)
{
	return addr == (const void *)cb_init_only;
}

static void test_release_check(void)
{
	struct linktable_plan_options o = { 0 };
	struct tstep t[2];
	struct linktable_plan *p;
	long e;

	tstep(&t[0], "early_user", 10, M_ALL);
	t[0].s.early_init = cb_init_only;
	tstep(&t[1], "late_user", 10, M_ALL);
	t[1].s.late_init = cb_init_only;
	t[1].s.early_init = cb;
	o.release_phase = LINKTABLE_PHASE_LATE;
	o.is_released = released;
	p = plan_of(t, 2, SPC, &o, &e);
	ok(e == 1 && terror(p, "init step 'late_user' has its late_init callback at 0x") &&
		   terror(p, "released before phase 2"),
	   "a callback in released memory after the release is refused, naming step, phase and address");
	show_errors(p);
	linktable_plan_free(p);

	o.release_phase = LINKTABLE_INIT_RELEASE_NEVER;
	p = plan_of(t, 2, SPC, &o, &e);
	ok(e == 0, "RELEASE_NEVER: nothing is checked");
	linktable_plan_free(p);

	o.nphases = 2;
	o.is_released = NULL;
	p = plan_of(t, 2, SPC, &o, &e);
	ok(e == 1 && terror(p, "init step 'late_user' has a callback for phase 2, but the phase set has 2 phases"),
	   "a callback outside the program's phase set is refused");
	linktable_plan_free(p);
}

/* Random DAGs: every dependency before its dependent, levels ascending,
 * and the same order for a shuffled table. */
static void test_random_order(void)
{
	enum { N = 3000 };
	struct tstep *t = calloc(N, sizeof(*t)), *u = calloc(N, sizeof(*u));
	char (*names)[16] = calloc(N, 16);
	long *pos = calloc(N, sizeof(long));
	struct linktable_plan *p, *q;
	size_t i, k, bad = 0, same = 1;
	long e, f;

	srand(12345);
	for (i = 0; i < N; i++) {
		snprintf(names[i], 16, "s%zu", (size_t)rand() % 100000 * N + i);
		tstep(&t[i], names[i], (unsigned int)(i * 100 / N), M_ALL);
		for (k = 0; i && k < 3; k++)
			(k == 2 ? tsoft : tdep)(&t[i], names[(size_t)rand() % i]);
	}
	p = plan_of(t, N, SPC, NULL, &e);
	is_int(e, 0, "random DAG of 3000 steps plans without error");
	for (i = 0; i < p->norder; i++)
		pos[p->order[i]] = (long)i;
	for (i = 0; i < N; i++)
		for (k = p->dep_start[i]; k < p->dep_start[i + 1]; k++)
			bad += pos[p->dep_id[k]] >= pos[i];
	for (i = 1; i < p->norder; i++)
		bad += p->steps[p->order[i - 1]]->level > p->steps[p->order[i]]->level;
	ok(p->norder == N && bad == 0, "every dependency first, levels ascending (%zu violations)", bad);
	for (i = 0; i < N; i++) { /* reversed table */
		u[i] = t[N - 1 - i];
		u[i].s.depends = u[i].deps;
		u[i].s.soft_depends = u[i].soft;
	}
	q = plan_of(u, N, SPC, NULL, &f);
	for (i = 0; i < p->norder && i < q->norder; i++)
		same &= strcmp(p->steps[p->order[i]]->name, q->steps[q->order[i]]->name) == 0;
	ok(f == 0 && same && q->norder == p->norder, "deterministic: reversed table, same order");
	linktable_plan_free(p);
	linktable_plan_free(q);
	free(t);
	free(u);
	free(names);
	free(pos);
}

/*
 * The planner against a plain reference on many random tables: names
 * resolve to the first step of that name (strcmp), Kahn takes the ready
 * step of smallest (level, name, table position) by scanning them all.
 * Names share long prefixes (sort keys tie), some dependencies name a step
 * by a copy of its string (no address match), some steps share a name,
 * some dependencies point up a level or round a cycle: the order of a clean
 * plan, the resolved edges and what stays unordered must all agree.
 */
static int ref_before(const struct linktable_init_step *a, size_t ia, const struct linktable_init_step *b, size_t ib)
{
	int c;

	if (a->level != b->level)
		return a->level < b->level;
	c = strcmp(a->name, b->name);
	return c ? c < 0 : ia < ib;
}

static long ref_find(struct tstep *t, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(t[i].s.name, name) == 0)
			return (long)i;
	return -1;
}

static void test_against_reference(void)
{
	enum { MAXN = 160, ROUNDS = 400 };
	static struct tstep t[MAXN];
	static char names[MAXN][24], copies[MAXN][24];
	static size_t dep[MAXN][3 * TSTEP_MAX_DEPS], ndep[MAXN], pending[MAXN], order[MAXN];
	static int done[MAXN];
	size_t bad_order = 0, bad_edges = 0, bad_left = 0, clean = 0, kahn_clean = 0;

	srand(2026);
	for (int round = 0; round < ROUNDS; round++) {
		size_t n = 1 + (size_t)rand() % (round < 200 ? 12 : MAXN), norder = 0;
		int levels = 1 + rand() % 6, messy = rand() % 3 == 0, dup = rand() % 8 == 0;
		unsigned int subarch = rand() % 2 ? SPC : SXEN;
		struct linktable_plan *p;
		long e;
		int kahn = 0;

		for (size_t i = 0; i < n; i++) {
			unsigned int level = (unsigned int)(rand() % levels) * (rand() % 2 ? 1u : 17u);

			if (rand() % 3)
				snprintf(names[i], sizeof(names[i]), "initstep_%03d", rand() % 1000);
			else
				snprintf(names[i], sizeof(names[i]), "%c%zu", 'a' + rand() % 3, i);
			if (!dup && ref_find(t, i, names[i]) >= 0)
				snprintf(names[i], sizeof(names[i]), "u%zu", i);
			memcpy(copies[i], names[i], sizeof(names[i]));
			tstep(&t[i], names[i], level % LINKTABLE_LEVELS,
			      rand() % 4 ? M_ALL : rand() % 2 ? M_PC : M_XEN);
		}
		for (size_t i = 0; i < n; i++) {
			int nd = rand() % 4;

			for (int k = 0; k < nd; k++) {
				size_t j = (size_t)rand() % n;
				const char *name = rand() % 4 ? t[j].s.name : copies[j];
				int kind = rand() % 3;

				/* clean tables: dependencies at a level not above, and
				 * earlier in the table (no cycle) */
				if (!messy && (j >= i || t[j].s.level > t[i].s.level || (t[i].s.subarchs & ~t[j].s.subarchs)))
					continue;
				if (messy && rand() % 10 == 0)
					name = "missing_step";
				if (kind == 0)
					tdep(&t[i], name);
				else if (kind == 1)
					tafter(&t[i], name);
				else
					tsoft(&t[i], name);
			}
		}
		/* the reference: resolve in list order (hard, order-only, soft) */
		for (size_t i = 0; i < n; i++) {
			const char *const *lists[3] = { t[i].s.depends, t[i].s.after, t[i].s.soft_depends };

			ndep[i] = 0;
			for (int l = 0; l < 3; l++)
				for (size_t k = 0; lists[l][k]; k++) {
					long d = ref_find(t, n, lists[l][k]);

					/* a step after itself orders nothing (a warning, not a cycle) */
					if (d >= 0 && !(l > 0 && (size_t)d == i))
						dep[i][ndep[i]++] = (size_t)d;
				}
			pending[i] = ndep[i];
			done[i] = 0;
		}
		for (;;) {
			long best = -1;

			for (size_t i = 0; i < n; i++)
				if (!done[i] && !pending[i] &&
				    (best < 0 || ref_before(&t[i].s, i, &t[best].s, (size_t)best)))
					best = (long)i;
			if (best < 0)
				break;
			done[best] = 1;
			if (t[best].s.subarchs & LINKTABLE_SUBARCH_BIT(subarch))
				order[norder++] = (size_t)best;
			for (size_t i = 0; i < n; i++)
				for (size_t k = 0; k < ndep[i]; k++)
					if (dep[i][k] == (size_t)best)
						pending[i]--;
		}
		p = plan_of(t, n, subarch, NULL, &e);
		if (!p) {
			bad_edges++;
			continue;
		}
		for (size_t i = 0; i < n; i++) {
			if (p->dep_start[i + 1] - p->dep_start[i] != ndep[i])
				bad_edges++;
			else
				for (size_t k = 0; k < ndep[i]; k++)
					bad_edges += p->dep_id[p->dep_start[i] + k] != dep[i][k];
			bad_left += p->unordered[i] != (done[i] ? 0 : pending[i]);
			for (size_t k = 0; k < ndep[i]; k++)
				kahn |= !ref_before(&t[dep[i][k]].s, dep[i][k], &t[i].s, i);
		}
		if (e == 0) {
			clean++;
			kahn_clean += kahn;
			if (p->norder != norder)
				bad_order++;
			else
				for (size_t k = 0; k < norder; k++)
					bad_order += p->order[k] != order[k];
		}
		linktable_plan_free(p);
	}
	ok(bad_edges == 0, "random tables: every dependency resolves as the reference does (%zu differ)", bad_edges);
	ok(bad_left == 0, "random tables: the steps left unordered agree (%zu differ)", bad_left);
	ok(bad_order == 0 && clean > 100 && kahn_clean > 20,
	   "random tables: %zu clean plans (%zu not in sorted order) run in the reference's order (%zu differ)", clean,
	   kahn_clean, bad_order);
}

/* The resource rule: a user of a resource reaches a provider through its
 * hard dependencies (transitively) on every subarch it supports. */
static void test_resources(void)
{
	static const char *const shadow[] = { "cr4_shadow", NULL };
	struct tstep t[5];
	struct linktable_plan *p;
	char msg[1024];
	long e;

	tstep(&t[0], "cr4_pc", 0, M_PC)->s.provides = shadow;
	tstep(&t[1], "cr4_xen", 0, M_XEN)->s.provides = shadow;
	tstep(&t[2], "flush", 5, LINKTABLE_SUBARCHS(PC, XEN))->s.uses = shadow;
	p = plan_of(t, 3, SPC, NULL, &e);
	ok(e == 1 && p->errors[0].kind == LINKTABLE_PLAN_ERROR_RESOURCE, "a user without a dependency: 1 error (%ld)",
	   e);
	linktable_plan_error_text(p, 0, msg, sizeof(msg));
	ok(strstr(msg, "init step 'flush' uses 'cr4_shadow', but on pc, xen neither it nor any step it depends on") !=
		   NULL,
	   "named with the subarchs: %s", msg);
	is_str(linktable_plan_error_rule(LINKTABLE_PLAN_ERROR_RESOURCE), "resource", "rule name");
	linktable_plan_free(p);

	/* The seed's crash: the user depends on the native provider only, so
	 * on xen nothing provides the shadow (and its hard dependency lacks xen:
	 * both rules speak). */
	tstep(&t[2], "flush", 5, LINKTABLE_SUBARCHS(PC, XEN))->s.uses = shadow;
	tdep(&t[2], "cr4_pc");
	p = plan_of(t, 3, SPC, NULL, &e);
	linktable_plan_error_text(p, 0, msg, sizeof(msg));
	ok(e >= 1 && p->errors[e - 1].kind == LINKTABLE_PLAN_ERROR_RESOURCE,
	   "provider on pc only: the resource rule fails (%ld errors)", e);
	linktable_plan_error_text(p, (size_t)e - 1, msg, sizeof(msg));
	ok(strstr(msg, "but on xen neither") != NULL, "and names xen alone: %s", msg);
	linktable_plan_free(p);

	/* One step per subarch, each providing it, reached through a common
	 * hard dependency on both: fine. */
	tstep(&t[0], "cr4", 0, LINKTABLE_SUBARCHS(PC, XEN))->s.provides = shadow;
	tstep(&t[1], "mid", 1, LINKTABLE_SUBARCHS(PC, XEN));
	tdep(&t[1], "cr4");
	tstep(&t[2], "flush", 5, LINKTABLE_SUBARCHS(PC, XEN))->s.uses = shadow;
	tdep(&t[2], "mid");
	p = plan_of(t, 3, SXEN, NULL, &e);
	is_int(e, 0, "provided through a transitive hard dependency on both subarchs: no error");
	show_errors(p);
	linktable_plan_free(p);

	/* Order-only and soft edges do not count: the provider may not run. */
	tstep(&t[1], "mid", 1, LINKTABLE_SUBARCHS(PC, XEN));
	tsoft(&t[1], "cr4");
	tstep(&t[2], "flush", 5, LINKTABLE_SUBARCHS(PC, XEN))->s.uses = shadow;
	tafter(&t[2], "mid");
	p = plan_of(t, 3, SXEN, NULL, &e);
	ok(e == 1 && p->errors[0].kind == LINKTABLE_PLAN_ERROR_RESOURCE, "soft and order-only edges provide nothing");
	linktable_plan_free(p);

	/* A step may provide what it uses itself. */
	tstep(&t[0], "self", 0, M_ALL)->s.provides = shadow;
	t[0].s.uses = shadow;
	p = plan_of(t, 1, SPC, NULL, &e);
	is_int(e, 0, "a step providing what it uses: no error");
	linktable_plan_free(p);
}

/* Dependencies named by the steps' own strings (same pointer) or by equal
 * strings elsewhere resolve alike; a name that differs only after the
 * pointer check still misses.  linktable_plan_build() skips the hash. */
static void test_name_pointers(void)
{
	char other_a[] = "aa", other_b[] = "bb", not_b[] = "bx";
	struct tstep t[3];
	struct linktable_plan *p;
	long e;

	tstep(&t[0], "bb", 1, M_ALL);
	tstep(&t[1], "aa", 1, M_ALL);
	tstep(&t[2], "cc", 1, M_ALL);
	tdep(&t[1], t[0].s.name); /* the very pointer */
	tdep(&t[2], other_a);     /* equal text, another pointer */
	tdep(&t[2], other_b);
	p = plan_of(t, 3, SPC, NULL, &e);
	is_str(torder(p, buf, sizeof(buf)), "bb aa cc", "dependencies by the same pointer and by equal text");
	ok(p && p->fingerprint == 0, "linktable_plan_build() leaves the fingerprint 0 (nothing hashed)");
	linktable_plan_free(p);
	tstep(&t[2], "cc", 1, M_ALL);
	tdep(&t[2], not_b);
	p = plan_of(t, 3, SPC, NULL, &e);
	ok(p && e == 1 && p->errors[0].kind == LINKTABLE_PLAN_ERROR_MISSING, "a name that only starts alike is missing");
	linktable_plan_free(p);
}

/*
 * The planner's fast path (src/core/plan_fast.c) against its general
 * checks: the same random tables - clean ones and ones breaking every rule
 * it vouches for (duplicates, levels up or out of range, no subarch,
 * subarch-inconsistent hard dependencies, a step naming itself, cycles,
 * missing names, extra phases, resources) - once with dependencies naming
 * steps by their own strings (the fast path's case) and once by copies of
 * them (no address matches: the general path).  Every array, count and
 * error record of the two plans must agree.
 */
static int plans_agree(const struct linktable_plan *a, const struct linktable_plan *b, size_t n)
{
	size_t e = a->dep_start[n];

	if (a->nerrors != b->nerrors || a->errors_kept != b->errors_kept || a->norder != b->norder ||
	    e != b->dep_start[n])
		return 0;
	for (size_t k = 0; k < a->errors_kept; k++)
		if (a->errors[k].kind != b->errors[k].kind || a->errors[k].value != b->errors[k].value ||
		    a->errors[k].a != b->errors[k].a || a->errors[k].b != b->errors[k].b)
			return 0;
	for (size_t k = 0; k < a->norder; k++)
		if (a->order[k] != b->order[k])
			return 0;
	for (size_t i = 0; i < n; i++)
		if (a->dropped[i] != b->dropped[i] || a->unordered[i] != b->unordered[i] ||
		    a->dep_nhard[i] != b->dep_nhard[i] || a->dep_nafter[i] != b->dep_nafter[i])
			return 0;
	for (size_t i = 0; i <= n; i++)
		if (a->dep_start[i] != b->dep_start[i] || a->rdep_start[i] != b->rdep_start[i])
			return 0;
	for (size_t k = 0; k < e; k++)
		if (a->dep_id[k] != b->dep_id[k] || a->rdep_id[k] != b->rdep_id[k])
			return 0;
	return 1;
}

static int dummy_phase(struct linktable_boot *b, const struct linktable_init_step *s)
{
	(void)b;
	(void)s;
	return 0;
}

static void test_fast_path_agrees(void)
{
	enum { MAXN = 120, ROUNDS = 600 };
	static struct tstep t[MAXN], c[MAXN];
	static char names[MAXN][24], copies[MAXN][24];
	static const char *const uses[] = { "res", NULL }, *const provides[] = { "res", NULL };
	size_t differ = 0, clean = 0, broken = 0;

	srand(2027);
	for (int round = 0; round < ROUNDS; round++) {
		size_t n = 1 + (size_t)rand() % (round < 300 ? 10 : MAXN);
		int messy = rand() % 2, kind = rand() % 10;
		unsigned int subarch = rand() % 2 ? SPC : SXEN;
		struct linktable_plan *p, *q;
		long e, f;

		for (size_t i = 0; i < n; i++) {
			/* a few levels shared by many steps, or (a third of the
			 * rounds) any level, mostly a step each: the ordering's
			 * paths for one step per level and for few steps per level */
			unsigned int level = round % 3 == 2 ? (unsigned int)(rand() % LINKTABLE_LEVELS)
							    : (unsigned int)(rand() % 5) * 20u + (unsigned int)(rand() % 3);

			snprintf(names[i], sizeof(names[i]), rand() % 2 ? "initstep_%03zu" : "s%zu", i);
			if (messy && kind == 0 && rand() % 10 == 0 && i)
				memcpy(names[i], names[rand() % i], sizeof(names[i])); /* a duplicate */
			memcpy(copies[i], names[i], sizeof(names[i]));
			if (messy && kind == 1 && rand() % 20 == 0)
				level = LINKTABLE_LEVELS + 3;
			tstep(&t[i], names[i], level, rand() % 4 ? M_ALL : rand() % 2 ? M_PC : M_XEN);
			if (messy && kind == 2 && rand() % 20 == 0)
				t[i].s.subarchs = 0;
			if (messy && kind == 3 && rand() % 20 == 0)
				t[i].s.phase[LINKTABLE_DEFAULT_PHASES + rand() % 2] = dummy_phase;
			if (messy && kind == 4 && rand() % 20 == 0)
				t[i].s.name = rand() % 2 ? NULL : "";
			if (kind == 5 && rand() % 4 == 0)
				t[i].s.uses = uses;
			if (kind == 5 && rand() % 4 == 0)
				t[i].s.provides = provides;
		}
		for (size_t i = 0; i < n; i++) {
			int nd = rand() % 4;

			for (int k = 0; k < nd; k++) {
				size_t j = (size_t)rand() % n;
				int which = rand() % 3;

				if (!t[j].s.name)
					continue;
				/* clean but for kinds 8 (subarchs) and 9 (cycles, levels
				 * up): earlier, not above, on no fewer subarchs */
				if (!(messy && kind == 9) &&
				    (j >= i || t[j].s.level > t[i].s.level ||
				     (!(messy && kind == 8) && (t[i].s.subarchs & ~t[j].s.subarchs))))
					continue;
				if (which == 0)
					tdep(&t[i], t[j].s.name);
				else if (which == 1)
					tafter(&t[i], t[j].s.name);
				else
					tsoft(&t[i], t[j].s.name);
			}
			if (messy && kind == 6 && rand() % 10 == 0)
				tdep(&t[i], "missing_step");
			if (messy && kind == 7 && rand() % 10 == 0)
				tsoft(&t[i], "missing_soft");
		}
		/* the copy: the same table, dependencies by copies of the names */
		for (size_t i = 0; i < n; i++) {
			c[i] = t[i];
			c[i].s.depends = c[i].deps;
			c[i].s.after = c[i].after;
			c[i].s.soft_depends = c[i].soft;
			for (int k = 0; k < c[i].ndeps + c[i].nafter + c[i].nsoft; k++) {
				const char **slot = k < c[i].ndeps ? &c[i].deps[k]
						  : k < c[i].ndeps + c[i].nafter ? &c[i].after[k - c[i].ndeps]
										  : &c[i].soft[k - c[i].ndeps - c[i].nafter];

				for (size_t j = 0; j < n; j++)
					if (*slot == t[j].s.name && t[j].s.name && t[j].s.name == names[j]) {
						*slot = copies[j];
						break;
					}
			}
		}
		p = plan_of(t, n, subarch, NULL, &e);
		q = plan_of(c, n, subarch, NULL, &f);
		if (!p || !q || e != f || !plans_agree(p, q, n)) {
			if (getenv("DEBUG_FAST"))
				diag("round %d kind %d messy %d n %zu: errors %ld vs %ld, norder %zu vs %zu", round, kind, messy, n, e, f,
				     p ? (size_t)p->norder : 0, q ? (size_t)q->norder : 0);
			differ++;
		}
		else if (e)
			broken++;
		else
			clean++;
		linktable_plan_free(p);
		linktable_plan_free(q);
	}
	ok(differ == 0 && clean > 100 && broken > 100,
	   "fast path and general checks agree on %zu clean and %zu broken random tables (%zu differ)", clean, broken,
	   differ);
}

int main(void)
{
	test_resources();
	test_empty_and_one();
	test_levels_and_ties();
	test_dependencies_first();
	test_unsupported_dropped();
	test_cycles();
	test_missing_and_duplicate();
	test_level_rule();
	test_subarch_consistency();
	test_bad_steps();
	test_release_check();
	test_random_order();
	test_against_reference();
	test_name_pointers();
	test_fast_path_agrees();
	return tap_done();
}
