/* SPDX-License-Identifier: MIT */
/*
 * The user-space boot: the core's common path in storage from malloc(), the
 * trace to a FILE *, CLOCK_MONOTONIC, a pthread lock, the environment's
 * subarch decision, the parallel runner and the JSON record.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "boot_posix.h"
#include "../core/plan_internal.h"

struct posix_boot {
	struct linktable_boot boot; /* first: the program holds a pointer to it */
	pthread_mutex_t lock;
	struct linktable_env env;
	FILE *trace;
	struct linktable_subarch_decision decision;
	linktable__size_t *seg_pos;
	void *storage;
};

static void file_write(void *ctx, const char *text, size_t len)
{
	struct posix_boot *pb = ctx;

	if (!pb->trace)
		return;
	fwrite(text, 1, len, pb->trace);
	/* Each line reaches the file before anything else happens: "calling
	 * X" is written before X runs, so when X crashes the process, the
	 * trace's last line names it, whatever buffering the FILE has (a file
	 * or a pipe is fully buffered by default). */
	if (len && text[len - 1] == '\n')
		fflush(pb->trace);
}

static void lock(void *ctx)
{
	pthread_mutex_lock(&((struct posix_boot *)ctx)->lock);
}

static void unlock(void *ctx)
{
	pthread_mutex_unlock(&((struct posix_boot *)ctx)->lock);
}

/* The program's boot with liblinktable's hooks; the parallel runner is
 * installed once the core has set the boot up. */
static struct posix_boot *posix_boot_new(const struct linktable_boot_config *cfg,
					 struct linktable_boot_config *local)
{
	struct posix_boot *pb = calloc(1, sizeof(*pb));

	if (!pb)
		return NULL;
	pthread_mutex_init(&pb->lock, NULL);
	if (cfg)
		*local = *cfg;
	else
		memset(local, 0, sizeof(*local));
	pb->trace = local->trace_file;
	pb->env = *linktable_posix_env();
	pb->env.ctx = pb;
	pb->env.write = file_write;
	pb->env.lock = lock;
	pb->env.unlock = unlock;
	pb->env.release = NULL; /* the boot releases nothing itself */
	pb->env.resident = NULL;
	/* the clock hook ignores its context */
	if (!local->env)
		local->env = &pb->env;
	return pb;
}

/* Decides with the environment and the zero page file unless the program
 * already did; a bad override refuses the boot in the core. */
static void posix_decide(struct posix_boot *pb, struct linktable_boot_config *local)
{
	struct linktable_subarch_detect_options det = { 0 };

	if (local->decided)
		return;
	if (local->detect)
		det = *local->detect;
	if (local->subarch)
		return; /* the core decides an explicit override (and refuses a bad one) */
	linktable_subarch_detect(&det, &pb->decision);
	local->decided = &pb->decision;
}

static int posix_begin(struct posix_boot *pb, struct linktable_boot_config *local, size_t n, size_t e,
		       int (*start)(struct posix_boot *pb, const struct linktable_boot_config *cfg, size_t bytes,
				    const void *arg),
		       const void *arg)
{
	size_t bytes = linktable_boot_bytes(n, e, local);
	int r;

	posix_decide(pb, local);
	pb->storage = aligned_alloc(16, (bytes + 15) & ~(size_t)15);
	pb->seg_pos = calloc(n ? n : 1, sizeof(*pb->seg_pos));
	if (!pb->storage || !pb->seg_pos) {
		memset(&pb->boot, 0, sizeof(pb->boot));
		pb->boot.stopped = -1;
		snprintf(pb->boot.error, sizeof(pb->boot.error), "out of memory");
		return -1;
	}
	r = start(pb, local, bytes, arg);
	if (pb->boot.priv) {
		pb->boot.priv->seg_pos = pb->seg_pos;
		if (local->parallel)
			pb->boot.priv->run_phase = linktable__boot_run_phase_parallel;
	}
	return r;
}

struct steps_arg {
	const struct linktable_init_step *const *steps;
	size_t n;
};

static int start_steps(struct posix_boot *pb, const struct linktable_boot_config *cfg, size_t bytes, const void *arg)
{
	const struct steps_arg *a = arg;

	return linktable_boot_start_steps(&pb->boot, pb->storage, bytes, a->steps, a->n, cfg);
}

static int start_table(struct posix_boot *pb, const struct linktable_boot_config *cfg, size_t bytes, const void *arg)
{
	return linktable_boot_start(&pb->boot, pb->storage, bytes, arg, cfg);
}

int linktable_boot_begin_steps(const struct linktable_init_step *const *steps, size_t n,
			       const struct linktable_boot_config *cfg, struct linktable_boot **out)
{
	struct linktable_boot_config local;
	struct posix_boot *pb = posix_boot_new(cfg, &local);
	struct steps_arg a = { steps, n };
	size_t i, e = 0;

	*out = pb ? &pb->boot : NULL;
	if (!pb)
		return -1;
	for (i = 0; i < n; i++)
		e += linktable__step_dep_count(steps[i]);
	return posix_begin(pb, &local, n, e, start_steps, &a);
}

int linktable_boot_begin(const struct linktable_bounds *table, const struct linktable_boot_config *cfg,
			 struct linktable_boot **out)
{
	struct linktable_boot_config local;
	struct posix_boot *pb = posix_boot_new(cfg, &local);
	const struct linktable_init_step *s;
	size_t n = 0, e = 0;

	*out = pb ? &pb->boot : NULL;
	if (!pb)
		return -1;
	LINKTABLE_FOREACH_IN(s, init_steps, table) {
		n++;
		e += linktable__step_dep_count(s);
	}
	return posix_begin(pb, &local, n, e, start_table, table);
}

int linktable_boot_finish(struct linktable_boot *b, struct linktable_boot_summary *sum)
{
	int r = linktable_boot_close(b, sum);

	if (b->config.trace_file)
		fflush(b->config.trace_file);
	if (b->config.json_file)
		linktable_boot_write_json(b, b->config.json_file);
	return r;
}

int linktable_boot_run(const struct linktable_bounds *table, const struct linktable_boot_config *cfg,
		       struct linktable_boot **out)
{
	unsigned int p;
	int r = linktable_boot_begin(table, cfg, out);

	if (!*out)
		return -1;
	for (p = 0; r == 0 && p < (*out)->config.nphases; p++)
		r = linktable_boot_run_phase(*out, p);
	return linktable_boot_finish(*out, NULL) ? -1 : r;
}

void linktable_boot_free(struct linktable_boot *b)
{
	struct posix_boot *pb = (struct posix_boot *)b;

	if (!b)
		return;
	pthread_mutex_destroy(&pb->lock);
	free(pb->storage);
	free(pb->seg_pos);
	free(pb);
}
