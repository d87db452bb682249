/* SPDX-License-Identifier: MIT */
/*
 * Init steps built in memory, for the planner and runner tests.
 */
#ifndef LINKTABLE_TESTS_INIT_STEPS_H
#define LINKTABLE_TESTS_INIT_STEPS_H

#include <stdlib.h>
#include <string.h>

#include <linktable/plan.h>

#define TSTEP_MAX_DEPS 8

struct tstep {
	struct linktable_init_step s;
	const char *deps[TSTEP_MAX_DEPS + 1];
	const char *soft[TSTEP_MAX_DEPS + 1];
	const char *after[TSTEP_MAX_DEPS + 1];
	int ndeps, nsoft, nafter;
};

static inline struct tstep *tstep(struct tstep *t, const char *name, unsigned int level,
				  linktable_subarch_mask_t mask)
{
	memset(t, 0, sizeof(*t));
	t->s.name = name;
	t->s.file = "test.c";
	t->s.line = 1;
	t->s.level = level;
	t->s.subarchs = mask;
	t->s.depends = t->deps;
	t->s.soft_depends = t->soft;
	t->s.after = t->after;
	return t;
}

static inline void tdep(struct tstep *t, const char *name)
{
	if (t->ndeps < TSTEP_MAX_DEPS)
		t->deps[t->ndeps++] = name;
}

static inline void tafter(struct tstep *t, const char *name)
{
	if (t->nafter < TSTEP_MAX_DEPS)
		t->after[t->nafter++] = name;
}

static inline void tsoft(struct tstep *t, const char *name)
{
	if (t->nsoft < TSTEP_MAX_DEPS)
		t->soft[t->nsoft++] = name;
}

/* Pointer array over @n tsteps (free it). */
static inline const struct linktable_init_step **tptrs(struct tstep *t, size_t n)
{
	const struct linktable_init_step **p = malloc((n ? n : 1) * sizeof(*p));
	size_t i;

	for (i = 0; p && i < n; i++)
		p[i] = &t[i].s;
	return p;
}

/* "a b c": the plan's order as names, into @buf. */
static inline const char *torder(const struct linktable_plan *p, char *buf, size_t size)
{
	size_t i, used = 0;

	buf[0] = 0;
	for (i = 0; i < p->norder && used + 1 < size; i++) {
		int n = snprintf(buf + used, size - used, "%s%s", i ? " " : "", p->steps[p->order[i]]->name);

		if (n < 0)
			break;
		used += (size_t)n;
	}
	return buf;
}

/* Whether any error message contains @text. */
static inline int terror(const struct linktable_plan *p, const char *text)
{
	char msg[1024];
	size_t i;

	for (i = 0; i < p->errors_kept; i++)
		if (strstr((linktable_plan_error_text(p, i, msg, sizeof(msg)), msg), text))
			return 1;
	return 0;
}

#endif
