/* SPDX-License-Identifier: MIT */
/*
 * src/tool/prebuilt.h - the build-time plan as the tool sees it: the plan
 * "linktable plan" makes of an image's steps, and the plan an image holds
 * (read through its pointers, in its own word size and byte order), both
 * as a struct linktable_prebuilt_plan in host memory, so that the core's
 * own linktable_prebuilt_plan_problem() and _digest() judge and seal them
 * exactly as the boot does.
 */
#ifndef LINKTABLE_TOOL_PREBUILT_H
#define LINKTABLE_TOOL_PREBUILT_H

#include "depgraph.h"
#include "elf_image.h"
#include "steps.h"

#include <linktable/plan.h>

/**
 * struct host_plan - a build-time plan in host memory.
 * @p:      the plan; its arrays point into @mem (@p.bytes as the image
 *          says: the host copy is judged by the digest, not by it).
 * @base:   prebuilt_read(): the plan's address in the image.
 * @mem:    what the arrays are allocated in (one block per array).
 * @nmem:   blocks in @mem.
 */
struct host_plan {
	struct linktable_prebuilt_plan p;
	uint64_t base; /* prebuilt_read(): the plan's address in the image */
	void *mem[6 + LINKTABLE_SUBARCH_MAX];
	int nmem;
};

/* The plan's byte size and the offsets of its fields in an image of
 * @ptr_size-byte pointers (the same on every ABI: see prebuilt.c). */
#define PLAN_SEAL_AT 8u
#define PLAN_BYTES(ptr_size) (16u + 74u * (ptr_size))

/**
 * prebuilt_expected() - the plan "linktable plan" makes of @set: what a
 * build-time plan of this image must hold.
 * @img: the image.  @set: its steps.  @g: their graph (@g->subarchs: the
 * subarchs planned).  @hp: filled in; release with host_plan_free().
 */
void prebuilt_expected(const struct image *img, const struct step_set *set, const struct depgraph *g,
		       struct host_plan *hp);

/**
 * prebuilt_read() - the plan at link-time address @addr of @img, read
 * through its pointers (dynamic relocations applied); every array must lie
 * in the image.
 * @img: an image opened with IMAGE_RELOCS.  @addr: the plan.
 * @hp: filled in (release with host_plan_free(), also on failure).
 * @err: message buffer.  @errlen: its size.
 * Return: 0, or -1 with @err set.
 */
int prebuilt_read(const struct image *img, uint64_t addr, struct host_plan *hp, char *err, size_t errlen);

/**
 * prebuilt_difference() - the first field in which @got differs from
 * @want, in words ("the order of xen", "dep_id[3]"), or NULL when the two
 * plans are the same (fingerprint and seal aside).
 * @got: a plan.  @want: another.  @buf: room for the words (128 bytes).
 */
const char *prebuilt_difference(const struct linktable_prebuilt_plan *got, const struct linktable_prebuilt_plan *want,
				char *buf);

/** host_plan_free() - release @hp. @hp: the plan. */
void host_plan_free(struct host_plan *hp);

#endif /* LINKTABLE_TOOL_PREBUILT_H */
