/* SPDX-License-Identifier: MIT */
/* src/tool/prebuilt.c - the build-time plan made and read (see prebuilt.h). */
#include "prebuilt.h"
#include "core_plan.h"
#include "tool.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* The layout prebuilt_read() decodes: two 8-byte words, eight pointer-sized
 * fields, the 32-bit subarch mask padded to a pointer, then 32 counts and
 * 32 pointers.  Checked here on the host's ABI; every ABI the tool reads
 * lays it out alike (no field is wider than 8 bytes, the 8-byte ones come
 * first). */
_Static_assert(offsetof(struct linktable_prebuilt_plan, seal) == PLAN_SEAL_AT, "seal at 8");
_Static_assert(offsetof(struct linktable_prebuilt_plan, subarchs) == 16 + 8 * sizeof(void *), "subarchs");
_Static_assert(offsetof(struct linktable_prebuilt_plan, norder) == 16 + 9 * sizeof(void *), "norder");
_Static_assert(offsetof(struct linktable_prebuilt_plan, order) == 16 + 41 * sizeof(void *), "order");
_Static_assert(offsetof(struct linktable_prebuilt_plan, bytes) == 16 + 73 * sizeof(void *), "bytes");
_Static_assert(sizeof(struct linktable_prebuilt_plan) == PLAN_BYTES(sizeof(void *)), "size");

static void *keep(struct host_plan *hp, size_t n, size_t size)
{
	void *p = xcalloc(n ? n : 1, size);

	hp->mem[hp->nmem++] = p;
	return p;
}

static const linktable__size_t *copy_ids(struct host_plan *hp, const linktable__size_t *v, size_t n)
{
	linktable__size_t *to = keep(hp, n, sizeof(*to));

	if (n)
		memcpy(to, v, n * sizeof(*to));
	return to;
}

void prebuilt_expected(const struct image *img, const struct step_set *set, const struct depgraph *g,
		       struct host_plan *hp)
{
	struct core_plan cp;
	size_t n = set->n, e;
	unsigned int *nhard, *nafter;

	memset(hp, 0, sizeof(*hp));
	core_plan_make(img, set, LINKTABLE_SUBARCH_PC, &cp);
	e = cp.plan.dep_start[n];
	hp->p.fingerprint = linktable_plan_fingerprint(cp.plan.steps, n); /* core_plan_make() skips it */
	hp->p.nsteps = n;
	hp->p.ndeps = e;
	hp->p.dep_start = copy_ids(hp, cp.plan.dep_start, n + 1);
	hp->p.dep_id = copy_ids(hp, cp.plan.dep_id, e);
	nhard = keep(hp, n, sizeof(*nhard));
	nafter = keep(hp, n, sizeof(*nafter));
	for (size_t i = 0; i < n; i++) {
		nhard[i] = cp.plan.dep_nhard[i];
		nafter[i] = cp.plan.dep_nafter[i];
	}
	hp->p.dep_nhard = nhard;
	hp->p.dep_nafter = nafter;
	hp->p.rdep_start = copy_ids(hp, cp.plan.rdep_start, n + 1);
	hp->p.rdep_id = copy_ids(hp, cp.plan.rdep_id, e);
	core_plan_free(&cp);
	hp->p.subarchs = g->subarchs;
	for (unsigned int s = 0; s < LINKTABLE_SUBARCH_MAX; s++) {
		struct core_plan sub;

		if (!(g->subarchs & (1u << s)))
			continue;
		core_plan_make(NULL, set, s, &sub);
		hp->p.norder[s] = sub.plan.norder;
		hp->p.order[s] = copy_ids(hp, sub.plan.order, sub.plan.norder);
		core_plan_free(&sub);
	}
}

/* Reads @count words of @size bytes at @addr (a pointer read from the
 * plan's field @what) into host memory; NULL stays NULL. */
static int read_words(const struct image *img, struct host_plan *hp, uint64_t addr, uint64_t count, unsigned int size,
		      int as_uint, const void **out, const char *what, char *err, size_t errlen)
{
	unsigned char *raw;
	void *to;

	*out = NULL;
	if (!addr)
		return 0;
	/* as the boot checks: inside the one object the plan says it is */
	if (hp->p.bytes && (addr < hp->base || addr - hp->base > hp->p.bytes ||
			    count > (hp->p.bytes - (addr - hp->base)) / size))
		return fail_msg(err, errlen, "the build-time plan's %s (%llu entries at %#llx) lies outside the plan's "
				"%llu bytes at %#llx", what, (unsigned long long)count, (unsigned long long)addr,
				(unsigned long long)hp->p.bytes, (unsigned long long)hp->base);
	if (count > img->len / size)
		return fail_msg(err, errlen, "the build-time plan's %s: %llu entries cannot be in a %zu-byte file", what,
				(unsigned long long)count, img->len);
	raw = xmalloc(count * size + 1);
	if (image_read(img, addr, raw, count * size) != 0) {
		free(raw);
		return fail_msg(err, errlen, "the build-time plan's %s (%llu entries at %#llx) is not inside the image",
				what, (unsigned long long)count, (unsigned long long)addr);
	}
	to = keep(hp, count, as_uint ? sizeof(unsigned int) : sizeof(linktable__size_t));
	for (uint64_t k = 0; k < count; k++) {
		uint64_t v = image_word(img, raw + k * size, size);

		if (as_uint)
			((unsigned int *)to)[k] = (unsigned int)v;
		else
			((linktable__size_t *)to)[k] = (linktable__size_t)v;
	}
	free(raw);
	*out = to;
	return 0;
}

int prebuilt_read(const struct image *img, uint64_t addr, struct host_plan *hp, char *err, size_t errlen)
{
	unsigned int P = img->ptr_size;
	unsigned char w[8];
	uint64_t ptr[6], n, e, v;
	const void *arr[6];
	static const char *const names[6] = { "dep_start", "dep_id", "dep_nhard", "dep_nafter", "rdep_start", "rdep_id" };

	memset(hp, 0, sizeof(*hp));
	if (image_read(img, addr, w, 8) != 0)
		return fail_msg(err, errlen, "the build-time plan at %#llx is not in the image", (unsigned long long)addr);
	hp->p.fingerprint = image_word(img, w, 8);
	if (image_read(img, addr + PLAN_SEAL_AT, w, 8) != 0)
		return fail_msg(err, errlen, "the build-time plan at %#llx is cut short", (unsigned long long)addr);
	hp->p.seal = image_word(img, w, 8);
	for (unsigned int f = 0; f < 2 + 6 + 2 * LINKTABLE_SUBARCH_MAX; f++) {
		uint64_t at = addr + 16 + (uint64_t)P * (f < 8 ? f : f + 1); /* the mask takes a word */

		if (image_read_ptr(img, at, &v) != 0)
			return fail_msg(err, errlen, "the build-time plan's field at %#llx is unreadable",
					(unsigned long long)at);
		if (f == 0)
			hp->p.nsteps = (linktable__size_t)v;
		else if (f == 1)
			hp->p.ndeps = (linktable__size_t)v;
		else if (f < 8)
			ptr[f - 2] = v;
		else if (f < 8 + LINKTABLE_SUBARCH_MAX)
			hp->p.norder[f - 8] = (linktable__size_t)v;
		else if (v) /* order[] pointers: read below, with their counts */
			hp->p.order[f - 8 - LINKTABLE_SUBARCH_MAX] = (const linktable__size_t *)(uintptr_t)v;
	}
	if (image_read(img, addr + 16 + 8u * P, w, 4) != 0 || image_read_ptr(img, addr + 16 + 73u * P, &v) != 0)
		return fail_msg(err, errlen, "the build-time plan is cut short");
	hp->p.bytes = (linktable__size_t)v;
	hp->base = addr;
	if (v && v < PLAN_BYTES(P))
		return fail_msg(err, errlen, "the build-time plan's size %llu is smaller than a plan",
				(unsigned long long)v);
	hp->p.subarchs = (linktable_subarch_mask_t)image_word(img, w, 4);
	n = hp->p.nsteps;
	e = hp->p.ndeps;
	if (n >= img->len || e >= img->len)
		return fail_msg(err, errlen, "the build-time plan's counts (%llu steps, %llu dependencies) are absurd",
				(unsigned long long)n, (unsigned long long)e);
	{
		const uint64_t counts[6] = { n + 1, e, n, n, n + 1, 0 };

		for (int k = 0; k < 6; k++) {
			uint64_t c = counts[k];

			if (k == 5) /* rdep_id: as many as rdep_start says, bounded by ndeps */
				c = arr[4] ? ((const linktable__size_t *)arr[4])[n] : 0;
			if (k == 5 && c > e)
				c = e;
			if (read_words(img, hp, ptr[k], c, k == 2 || k == 3 ? 4 : P, k == 2 || k == 3, &arr[k], names[k],
				       err, errlen) != 0)
				return -1;
		}
	}
	hp->p.dep_start = arr[0];
	hp->p.dep_id = arr[1];
	hp->p.dep_nhard = arr[2];
	hp->p.dep_nafter = arr[3];
	hp->p.rdep_start = arr[4];
	hp->p.rdep_id = arr[5];
	for (unsigned int s = 0; s < LINKTABLE_SUBARCH_MAX; s++) {
		uint64_t at = (uint64_t)(uintptr_t)hp->p.order[s];
		const void *o;

		if (!at)
			continue;
		hp->p.order[s] = NULL;
		if (!(hp->p.subarchs & (1u << s))) {
			/* not planned: only whether there is an order counts */
			hp->p.order[s] = keep(hp, 1, sizeof(linktable__size_t));
			continue;
		}
		if (read_words(img, hp, at, hp->p.norder[s], P, 0, &o, "order", err, errlen) != 0)
			return -1;
		hp->p.order[s] = o;
	}
	return 0;
}

static const char *differs(char *buf, const char *what, long index)
{
	if (index < 0)
		snprintf(buf, 128, "%s", what);
	else
		snprintf(buf, 128, "%s[%ld]", what, index);
	return buf;
}

static long first_diff(const linktable__size_t *a, const linktable__size_t *b, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (a[k] != b[k])
			return (long)k;
	return -1;
}

const char *prebuilt_difference(const struct linktable_prebuilt_plan *got, const struct linktable_prebuilt_plan *want,
				char *buf)
{
	size_t n = want->nsteps, e = want->ndeps;
	char sub[16], what[48];
	long k;

	if (got->nsteps != want->nsteps)
		return differs(buf, "nsteps", -1);
	if (got->ndeps != want->ndeps)
		return differs(buf, "ndeps", -1);
	if (got->subarchs != want->subarchs)
		return differs(buf, "subarchs", -1);
	if ((k = first_diff(got->dep_start, want->dep_start, n + 1)) >= 0)
		return differs(buf, "dep_start", k);
	if ((k = first_diff(got->dep_id, want->dep_id, e)) >= 0)
		return differs(buf, "dep_id", k);
	for (size_t i = 0; i < n; i++) {
		if (got->dep_nhard[i] != want->dep_nhard[i])
			return differs(buf, "dep_nhard", (long)i);
		if (got->dep_nafter[i] != want->dep_nafter[i])
			return differs(buf, "dep_nafter", (long)i);
	}
	if ((k = first_diff(got->rdep_start, want->rdep_start, n + 1)) >= 0)
		return differs(buf, "rdep_start", k);
	if ((k = first_diff(got->rdep_id, want->rdep_id, e)) >= 0)
		return differs(buf, "rdep_id", k);
	for (unsigned int s = 0; s < LINKTABLE_SUBARCH_MAX; s++) {
		subarch_name(s, sub);
		if (got->norder[s] != want->norder[s]) {
			snprintf(what, sizeof(what), "norder[%s]", subarch_name(s, sub));
			return differs(buf, what, -1);
		}
		if (!got->order[s] != !want->order[s]) {
			snprintf(what, sizeof(what), "order[%s] (%s)", subarch_name(s, sub), got->order[s] ? "set" : "NULL");
			return differs(buf, what, -1);
		}
		if (!(want->subarchs & (1u << s)))
			continue;
		if ((k = first_diff(got->order[s], want->order[s], want->norder[s])) >= 0) {
			snprintf(what, sizeof(what), "order[%s]", subarch_name(s, sub));
			return differs(buf, what, k);
		}
	}
	return NULL;
}

void host_plan_free(struct host_plan *hp)
{
	for (int i = 0; i < hp->nmem; i++)
		free(hp->mem[i]);
	memset(hp, 0, sizeof(*hp));
}
