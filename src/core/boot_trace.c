/* SPDX-License-Identifier: MIT */
/*
 * Human-readable output: the plan, and a trace in the style of the kernel's
 * initcall_debug ("calling X", "initcall X returned R after N usecs").
 */
#include <stdio.h>

#include "boot_internal.h"
#include "plan_internal.h"

FILE *boot_trace_file(const struct linktable_boot *b)
{
	return (FILE *)b->config.trace_file;
}

static void stamp(FILE *f, unsigned long long ns)
{
	fprintf(f, "[%5llu.%06llu] ", ns / 1000000000ull, ns / 1000ull % 1000000ull);
}

static void flag_names(unsigned int flags, char *buf, size_t size)
{
	snprintf(buf, size, "%s%s%s", flags & LINKTABLE_INIT_CRITICAL ? " critical" : "",
		 flags & LINKTABLE_INIT_PARALLEL_SAFE ? " parallel" : "",
		 flags & LINKTABLE_INIT_FINISH_IF_DETECTED ? " finish-if-detected" : "");
}

static void print_deps(FILE *f, const struct linktable_plan *p, size_t id)
{
	size_t k;

	for (k = p->dep_start[id]; k < p->dep_start[id + 1]; k++)
		fprintf(f, "%s%s%s", k == p->dep_start[id] ? " after " : ", ", p->steps[p->dep_id[k]]->name,
			k - p->dep_start[id] < p->dep_nhard[id] ? "" : " (soft)");
}

void linktable_plan_print(const struct linktable_plan *p, void *file)
{
	const char *sub = linktable_subarch_name(p->subarch);
	FILE *f = file;
	char buf[256];
	size_t i;

	if (p->nerrors) {
		fprintf(f, "plan for %s: refused, %zu error%s:\n", sub ? sub : "?", p->nerrors,
			p->nerrors == 1 ? "" : "s");
		for (i = 0; i < p->nerrors && i < LINKTABLE_PLAN_MAX_MESSAGES; i++)
			fprintf(f, "  error: %s\n", p->errors[i]);
		return;
	}
	fprintf(f, "plan for %s: %zu of %zu steps\n", sub ? sub : "?", p->norder, p->nsteps);
	for (i = 0; i < p->norder; i++) {
		size_t id = p->order[i];
		const struct linktable_init_step *s = p->steps[id];

		flag_names(s->flags, buf, sizeof(buf));
		fprintf(f, "  %3zu. level %2u  %-22s", i + 1, s->level, s->name);
		if (buf[0])
			fprintf(f, " [%s]", buf + 1);
		print_deps(f, p, id);
		fputc('\n', f);
	}
	for (i = 0; i < p->nsteps; i++)
		if (p->dropped[i])
			fprintf(f, "  skip %s: not supported on subarch %s (supports %s)\n", p->steps[i]->name,
				sub ? sub : "?", plan_mask_names(p->steps[i]->subarchs, buf, sizeof(buf)));
}

const char *boot_skip_reason(const struct linktable_boot *b, size_t id, char *buf, size_t size)
{
	const struct linktable_step_result *r = &b->results[id];
	const char *sub = linktable_subarch_name(b->subarch);
	const char *blocker = r->blocker >= 0 ? b->plan->steps[r->blocker]->name : "?";

	switch (r->state) {
	case LINKTABLE_STEP_SKIPPED_UNSUPPORTED:
		snprintf(buf, size, "not supported on subarch %s", sub ? sub : "?");
		break;
	case LINKTABLE_STEP_SKIPPED_NOT_DETECTED:
		snprintf(buf, size, "not detected");
		break;
	case LINKTABLE_STEP_SKIPPED_FINISHED_LEVEL:
		snprintf(buf, size, "level %u finished by '%s'", b->plan->steps[id]->level, blocker);
		break;
	case LINKTABLE_STEP_SKIPPED_DEP_FAILED:
		snprintf(buf, size, "hard dependency '%s' %s", blocker,
			 b->results[r->blocker].state == LINKTABLE_STEP_FAILED ? "failed" : "did not run");
		break;
	case LINKTABLE_STEP_NOT_RUN:
		snprintf(buf, size, "boot stopped before it");
		break;
	default:
		buf[0] = 0;
	}
	return buf;
}

void trace_calling(const struct linktable_boot *b, size_t id, unsigned int phase, unsigned int thread,
		   unsigned long long at)
{
	FILE *f = boot_trace_file(b);

	if (!f)
		return;
	stamp(f, at);
	fprintf(f, "calling  %s.%s @ thread %u\n", b->plan->steps[id]->name,
		linktable_boot_phase_name(b, phase), thread);
}

void trace_returned(const struct linktable_boot *b, size_t id, unsigned int phase, int rc,
		    unsigned long long start, unsigned long long end)
{
	FILE *f = boot_trace_file(b);

	if (!f)
		return;
	stamp(f, end);
	fprintf(f, "initcall %s.%s returned %d after %llu usecs%s\n", b->plan->steps[id]->name,
		linktable_boot_phase_name(b, phase), rc, (end - start) / 1000ull,
		rc && (b->plan->steps[id]->flags & LINKTABLE_INIT_CRITICAL) ? " (critical)" : "");
}

void trace_skipped(const struct linktable_boot *b, size_t id, unsigned long long at)
{
	FILE *f = boot_trace_file(b);
	char why[256];

	if (!f)
		return;
	stamp(f, at);
	fprintf(f, "skipping %s: %s\n", b->plan->steps[id]->name, boot_skip_reason(b, id, why, sizeof(why)));
}

void trace_probe_ends_level(const struct linktable_boot *b, size_t id, unsigned long long at)
{
	FILE *f = boot_trace_file(b);

	if (!f)
		return;
	stamp(f, at);
	fprintf(f, "probe %s detected: it finishes level %u\n", b->plan->steps[id]->name,
		b->plan->steps[id]->level);
}

void trace_summary(const struct linktable_boot *b, const struct linktable_boot_summary *s)
{
	FILE *f = boot_trace_file(b);
	size_t skipped = s->unsupported + s->not_detected + s->finished_level + s->dep_failed;

	if (!f)
		return;
	fprintf(f,
		"%zu steps ran, %zu skipped (%zu unsupported, %zu not detected, %zu finished level, "
		"%zu dependency failed), %zu failed",
		s->ok, skipped, s->unsupported, s->not_detected, s->finished_level, s->dep_failed, s->failed);
	if (s->not_run)
		fprintf(f, ", %zu not run", s->not_run);
	fprintf(f, "\n");
	fprintf(f, "time: %.3f ms wall, %.3f ms in callbacks, critical path %.3f ms (%s)\n", s->wall_ns / 1e6,
		s->busy_ns / 1e6, s->critical_path_ns / 1e6, b->config.parallel ? "parallel" : "sequential");
}
