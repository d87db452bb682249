/* SPDX-License-Identifier: MIT */
/*
 * A critical step the running subarch lacks: its failure would stop the
 * boot, so its absence must too - before anything runs, so that nothing
 * half-initialised is used and nothing is freed.  The seed's point: a
 * feature without support for the running subarch is reported, not
 * crashed into.  One rule, used by the boot and by "linktable check".
 */
#include "boot_internal.h"
#include "plan_internal.h"

long linktable__plan_unsupported_critical_on(const struct linktable_plan *p, unsigned int subarch,
					     linktable__size_t *count, char *buf, linktable__size_t size)
{
	struct linktable__out o = { buf, size, 0 };
	linktable__size_t i, n = 0;
	long first = -1;
	char names[256];

	if (size)
		buf[0] = 0;
	for (i = 0; i < p->nsteps; i++) {
		const struct linktable_init_step *s = p->steps[i];

		if (!s || !(s->flags & LINKTABLE_INIT_CRITICAL) ||
		    (subarch < LINKTABLE_SUBARCH_MAX && (s->subarchs & LINKTABLE_SUBARCH_BIT(subarch))))
			continue;
		if (first < 0)
			first = (long)i;
		n++;
		if (!size)
			continue;
		linktable__subarch_mask_names(s->subarchs, names, sizeof(names));
		linktable__out_printf(&o, "%s%s (supports %s)", o.len ? ", " : "", s->name, names);
	}
	if (count)
		*count = n;
	return first;
}

linktable__size_t linktable_plan_unsupported_critical(const struct linktable_plan *p, char *buf,
						      linktable__size_t size)
{
	linktable__size_t n;

	linktable__plan_unsupported_critical_on(p, p->subarch, &n, buf, size);
	return n;
}

int linktable__boot_refuse_unsupported(struct linktable_boot *b)
{
	char list[400];
	const char *name = linktable_subarch_name(b->subarch);
	linktable__size_t n = linktable_plan_unsupported_critical(b->plan, list, sizeof(list));

	if (!n)
		return 0;
	b->priv->refused = 1;
	b->priv->unsupported = n;
	linktable_format(b->error, sizeof(b->error),
			 "subarch %s (%u) is not supported by %zu critical step%s: %s: no step runs, nothing is freed",
			 name ? name : "unknown", b->subarch, n, n == 1 ? "" : "s", list);
	linktable_env_printf(b->priv->env, "linktable: boot refused: %s\n", b->error);
	return -1;
}

linktable__size_t linktable_boot_unsupported(const struct linktable_boot *b)
{
	return b && b->priv ? b->priv->unsupported : 0;
}
