/* SPDX-License-Identifier: MIT */
/*
 * Freeing after a boot, enforced by the boot's outcome: a boot that was
 * refused (a critical step lacks the running subarch, a plan error) or
 * stopped frees nothing - the code that reports and stops is still
 * running.  Otherwise the other subarchs' ranges, then the init-only ones,
 * are released, except a range that holds something still in use: a hook
 * of the boot's environment (its console, its release code), a callback of
 * a step that ran, or an address the program names (its exit path).
 */
#include <linktable/free.h>

#include "boot_internal.h"
#include "plan_internal.h"

/* Callbacks of the steps that ran, then the program's addresses. */
#define KEEP_MAX 256u

int linktable_boot_release(const struct linktable_boot *b, const struct linktable_free_set *set,
			   const void *const *in_use, struct linktable_free_report *other,
			   struct linktable_free_report *init)
{
	const void *keep[KEEP_MAX];
	linktable__size_t n = 0, ran, i;
	const struct linktable_env *env;
	unsigned int p;
	int err;

	if (!b || !b->priv)
		return -1;
	env = b->priv->env;
	if (b->priv->refused || b->stopped >= 0) {
		linktable_env_printf(env, "linktable: nothing freed: the boot was %s (%s)\n",
				     b->priv->refused ? "refused" : "stopped", b->error);
		return -1;
	}
	for (i = 0; i < b->plan->nsteps && n < KEEP_MAX; i++) {
		const struct linktable_init_step *s = b->plan->steps[i];

		if (b->results[i].state != LINKTABLE_STEP_OK && b->results[i].state != LINKTABLE_STEP_FAILED)
			continue;
		for (p = 0; p < LINKTABLE_MAX_PHASES && n < KEEP_MAX; p++)
			if (s->phase[p])
				keep[n++] = (const void *)s->phase[p];
	}
	/* Step callbacks keep other subarchs' memory only: init memory is
	 * theirs by design (the planner's release rule keeps later phases'
	 * callbacks out of it). */
	ran = n;
	for (i = 0; in_use && in_use[i] && n < KEEP_MAX; i++)
		keep[n++] = in_use[i];
	err = linktable_free_keeping(set, 0, b->subarch, env, keep, n, other);
	if (err)
		return err;
	return linktable_free_keeping(set, 1, b->subarch, env, keep + ran, n - ran, init);
}
