/* SPDX-License-Identifier: MIT */
/*
 * src/tool/steps.c - decode struct linktable_init_step entries with
 * offsetof(): the tool reads the same layout the library writes, with no
 * debug info.  Pointers go through image_read_ptr(), so PIE and shared
 * objects decode like static binaries.
 */
#include "steps.h"
#include "tool.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* A dependency list longer than this is corrupt metadata, not a program. */
#define MAX_DEPENDS 4096
/* Steps may share one dependency array, so the total is bounded separately:
 * a hostile image must not turn a small file into gigabytes of names. */
#define MAX_TOTAL_DEPENDS (1u << 22)

const struct img_table *init_table(const struct image *img)
{
	for (size_t i = 0; i < img->ntables; i++)
		if (img->tables[i].kind == LINKTABLE_KIND_INIT)
			return &img->tables[i];
	return NULL;
}

static int read_u32(const struct image *img, uint64_t addr, uint32_t *out)
{
	return image_read(img, addr, out, sizeof(*out));
}

/* A NULL-terminated array of string pointers at @addr (0: empty). */
static int read_names(const struct image *img, uint64_t addr, const char ***out, size_t *n, const char *what,
		      const char *step, char *err, size_t errlen)
{
	const char **names = NULL;
	size_t count = 0;

	*out = NULL;
	*n = 0;
	if (!addr)
		return 0;
	for (;;) {
		uint64_t p;
		const char *s;

		if (count == MAX_DEPENDS) {
			free(names);
			return fail_msg(err, errlen, "init step %s: %s list has no end within %d entries", step, what, MAX_DEPENDS);
		}
		if (image_read_ptr(img, addr + count * 8, &p) != 0) {
			free(names);
			return fail_msg(err, errlen, "init step %s: %s list at 0x%llx is not in the image", step, what,
				    (unsigned long long)addr);
		}
		if (!p)
			break;
		s = image_string(img, p);
		if (!s) {
			free(names);
			return fail_msg(err, errlen, "init step %s: %s name %zu at 0x%llx is not a string in the image", step,
				    what, count, (unsigned long long)p);
		}
		names = xgrow(names, count, sizeof(*names));
		names[count++] = s;
	}
	*out = names;
	*n = count;
	return 0;
}

#define FIELD(f) (e + offsetof(struct linktable_init_step, f))

static int decode_one(const struct image *img, uint64_t e, unsigned level, struct step *s, char *err, size_t errlen)
{
	uint64_t name, file, deps, soft, after;

	memset(s, 0, sizeof(*s));
	s->addr = e;
	s->table_level = level;
	if (image_read_ptr(img, FIELD(name), &name) != 0 || !(s->name = image_string(img, name)))
		return fail_msg(err, errlen, "init step at 0x%llx: its name is not a string in the image", (unsigned long long)e);
	if (image_read_ptr(img, FIELD(file), &file) != 0 || image_read_ptr(img, FIELD(depends), &deps) != 0 ||
	    image_read_ptr(img, FIELD(soft_depends), &soft) != 0 || image_read_ptr(img, FIELD(detect), &s->detect) != 0 ||
	    image_read_ptr(img, FIELD(after), &after) != 0 ||
	    read_u32(img, FIELD(line), &s->line) != 0 || read_u32(img, FIELD(level), &s->level) != 0 ||
	    read_u32(img, FIELD(flags), &s->flags) != 0 || read_u32(img, FIELD(subarchs), &s->subarchs) != 0)
		return fail_msg(err, errlen, "init step %s: unreadable fields", s->name);
	s->file = file ? image_string(img, file) : "?";
	if (!s->file)
		return fail_msg(err, errlen, "init step %s: its file name is not a string in the image", s->name);
	for (int p = 0; p < LINKTABLE_MAX_PHASES; p++)
		if (image_read_ptr(img, FIELD(phase[p]), &s->phase[p]) != 0)
			return fail_msg(err, errlen, "init step %s: phase %d callback is unreadable", s->name, p);
	if (read_names(img, deps, &s->depends, &s->ndepends, "dependency", s->name, err, errlen) != 0)
		return -1;
	if (read_names(img, soft, &s->soft_depends, &s->nsoft_depends, "soft dependency", s->name, err, errlen) != 0) {
		free(s->depends);
		return -1;
	}
	if (read_names(img, after, &s->after, &s->nafter, "order-only dependency", s->name, err, errlen) != 0) {
		free(s->depends);
		free(s->soft_depends);
		return -1;
	}
	return 0;
}

int steps_decode(const struct image *img, const struct img_table *t, struct step_set *set, char *err, size_t errlen)
{
	const size_t esize = sizeof(struct linktable_init_step);
	size_t total = 0;

	memset(set, 0, sizeof(*set));
	set->table = t;
	if (t->entry_size != esize)
		return fail_msg(err, errlen, "init table %s: entries of %u bytes, but struct linktable_init_step has %zu here",
			    t->name, t->entry_size, esize);
	for (unsigned k = 0; k < TABLE_SLOTS; k++) {
		unsigned l = SLOT_LEVEL(k);
		const struct img_section *sec = table_part(img, t, (int)k);

		if (!sec)
			continue;
		for (uint64_t off = 0; sec->size - off >= esize; off += esize) {
			set->steps = xgrow(set->steps, set->n, sizeof(*set->steps));
			if (decode_one(img, sec->addr + off, l, &set->steps[set->n], err, errlen) != 0) {
				steps_free(set);
				return -1;
			}
			total += set->steps[set->n].ndepends + set->steps[set->n].nsoft_depends;
			set->n++;
			if (total > MAX_TOTAL_DEPENDS) {
				fail_msg(err, errlen, "init table %s: more than %u dependency names in all: not a real program",
					 t->name, MAX_TOTAL_DEPENDS);
				steps_free(set);
				return -1;
			}
		}
	}
	return 0;
}

void steps_free(struct step_set *set)
{
	for (size_t i = 0; i < set->n; i++) {
		free(set->steps[i].depends);
		free(set->steps[i].soft_depends);
		free(set->steps[i].after);
	}
	free(set->steps);
	memset(set, 0, sizeof(*set));
}

const char *step_where(const struct step *s, char *buf)
{
	snprintf(buf, 512, "%.400s:%u", s->file, s->line);
	return buf;
}
