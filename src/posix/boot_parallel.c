/* SPDX-License-Identifier: MIT */
/*
 * The parallel runner.  A phase's plan is cut into segments: each maximal
 * run of consecutive parallel-eligible steps is one segment, and every other
 * step is a barrier that runs alone on the main thread, in plan order.
 * Inside a segment, a worker starts a step as soon as its dependencies in the
 * segment are done (earlier ones are done already).  Every step sees its
 * dependencies finished, exactly as in the sequential run, so the outcomes
 * are the same; only timing differs.
 */
#include <pthread.h>
#include <stdlib.h>

#include "boot_posix.h"

#define DEFAULT_THREADS 4
#define MAX_THREADS 64

struct segment {
	struct linktable_boot *b;
	const size_t *ids;    /* the segment's step ids, in plan order */
	size_t n;
	unsigned int phase;
	size_t *waiting;      /* per position: dependencies in the segment not yet done */
	size_t *queue;        /* positions ready to run, FIFO */
	size_t head, tail;
	size_t remaining;     /* steps not yet done */
	pthread_mutex_t lock;
	pthread_cond_t changed;
};

struct worker {
	struct segment *seg;
	unsigned int thread;
};

static void finished(struct segment *g, size_t pos)
{
	const struct linktable_plan *p = g->b->plan;
	size_t *seg_pos = g->b->priv->seg_pos;
	size_t id = g->ids[pos], k;

	for (k = p->rdep_start[id]; k < p->rdep_start[id + 1]; k++) {
		size_t r = seg_pos[p->rdep_id[k]];

		if (r && --g->waiting[r - 1] == 0)
			g->queue[g->tail++] = r - 1;
	}
	g->remaining--;
	pthread_cond_broadcast(&g->changed);
}

static void *work(void *arg)
{
	struct worker *w = arg;
	struct segment *g = w->seg;

	pthread_mutex_lock(&g->lock);
	for (;;) {
		size_t pos;

		while (g->head == g->tail && g->remaining)
			pthread_cond_wait(&g->changed, &g->lock);
		if (!g->remaining)
			break;
		pos = g->queue[g->head++];
		pthread_mutex_unlock(&g->lock);
		linktable__boot_run_step(g->b, g->ids[pos], g->phase, w->thread);
		pthread_mutex_lock(&g->lock);
		finished(g, pos);
	}
	pthread_mutex_unlock(&g->lock);
	return NULL;
}

static void run_segment(struct linktable_boot *b, const size_t *ids, size_t n, unsigned int phase)
{
	const struct linktable_plan *p = b->plan;
	size_t *seg_pos = b->priv->seg_pos, i, k, started = 0;
	unsigned int threads = b->config.threads ? b->config.threads : DEFAULT_THREADS;
	struct segment g = { b, ids, n, phase, NULL, NULL, 0, 0, n, PTHREAD_MUTEX_INITIALIZER,
			     PTHREAD_COND_INITIALIZER };
	pthread_t tid[MAX_THREADS];
	struct worker w[MAX_THREADS];

	g.waiting = calloc(n, sizeof(size_t));
	g.queue = malloc(n * sizeof(size_t));
	if (!g.waiting || !g.queue) {
		/* Out of memory: the sequential order is always valid. */
		for (i = 0; i < n; i++)
			linktable__boot_run_step(b, ids[i], phase, 0);
		goto out;
	}
	for (i = 0; i < n; i++)
		seg_pos[ids[i]] = i + 1;
	for (i = 0; i < n; i++) {
		for (k = p->dep_start[ids[i]]; k < p->dep_start[ids[i] + 1]; k++)
			if (seg_pos[p->dep_id[k]])
				g.waiting[i]++;
		if (!g.waiting[i])
			g.queue[g.tail++] = i;
	}
	if (threads > MAX_THREADS)
		threads = MAX_THREADS;
	if (threads > n)
		threads = (unsigned int)n;
	for (i = 0; i < threads; i++) {
		w[i].seg = &g;
		w[i].thread = (unsigned int)i + 1;
		if (pthread_create(&tid[i], NULL, work, &w[i]) != 0)
			break;
		started++;
	}
	if (!started) { /* no thread: the main thread works the segment */
		struct worker self = { &g, 0 };

		work(&self);
	}
	for (i = 0; i < started; i++)
		pthread_join(tid[i], NULL);
	for (i = 0; i < n; i++)
		seg_pos[ids[i]] = 0;
out:
	free(g.waiting);
	free(g.queue);
	pthread_mutex_destroy(&g.lock);
	pthread_cond_destroy(&g.changed);
}

void linktable__boot_run_phase_parallel(struct linktable_boot *b, unsigned int phase)
{
	const struct linktable_plan *p = b->plan;
	size_t i = 0, j;

	while (i < p->norder && b->stopped < 0) {
		if (!linktable__boot_step_is_parallel(b, p->order[i])) {
			linktable__boot_run_step(b, p->order[i++], phase, 0);
			continue;
		}
		for (j = i; j < p->norder && linktable__boot_step_is_parallel(b, p->order[j]); j++)
			;
		run_segment(b, p->order + i, j - i, phase);
		i = j;
	}
}
