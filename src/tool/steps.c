/* SPDX-License-Identifier: MIT */
/*
 * src/tool/steps.c - decode struct linktable_init_step entries in the
 * image's own layout: its pointer size and byte order decide every field's
 * offset (struct step_layout), not the host's offsetof(), so an i386, arm or
 * s390x image decodes on x86-64 like a native one, with no debug info.
 * Pointers go through image_read_ptr(), so PIE and shared objects decode
 * like static binaries.
 */
#include "steps.h"
#include "escape.h"
#include "tool.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* A dependency list longer than this is corrupt metadata, not a program. */
#define MAX_DEPENDS 4096

/* What decoding one table may cost.  Steps may share one dependency array
 * and names may share one string, so a small hostile file could otherwise
 * stand for millions of names and gigabytes of string reads: both are
 * bounded by the file's size (a real program's dependency pointers take 8
 * bytes each in the file, and its names are short). */
struct budget {
	uint64_t names;       /* dependency names still allowed */
	uint64_t string_bytes; /* string bytes still allowed to be read */
};
#define NAMES_PER_FILE_BYTE_DIV 2 /* names <= len / 2 + slack */
#define NAMES_SLACK 65536
#define STRING_BYTES_PER_FILE_BYTE 16
#define STRING_BYTES_SLACK (16u << 20)

const struct img_table *init_table(const struct image *img)
{
	for (size_t i = 0; i < img->ntables; i++)
		if (img->tables[i].kind == LINKTABLE_KIND_INIT)
			return &img->tables[i];
	return NULL;
}

static int read_u32(const struct image *img, uint64_t addr, uint32_t *out)
{
	return image_read_u32(img, addr, out);
}

/*
 * Where struct linktable_init_step's fields are in an image whose pointers
 * are @ptr bytes (aligned to their size, as every ELF psABI the tool reads
 * has them): name, file, then four 32-bit words (line, level, flags,
 * subarchs), then depends, soft_depends, detect, the phase callbacks,
 * after, data, provides and uses.  Images linked before .data was added
 * (0.1.0 without it), or before provides and uses, have the same fields
 * but those, so they decode too.
 */
struct step_layout {
	unsigned int ptr;
	uint64_t name, file, line, level, flags, subarchs, depends, soft_depends, detect, phase, after, data, provides,
		uses, size;
};

static uint64_t align_up(uint64_t v, unsigned int a)
{
	return (v + a - 1) / a * a;
}

/* @version: 0 without data, 1 with data, 2 with provides and uses too. */
static void layout_for(unsigned int ptr, int version, struct step_layout *l)
{
	l->ptr = ptr;
	l->name = 0;
	l->file = ptr;
	l->line = 2u * ptr;
	l->level = l->line + 4;
	l->flags = l->line + 8;
	l->subarchs = l->line + 12;
	l->depends = align_up(l->line + 16, ptr);
	l->soft_depends = l->depends + ptr;
	l->detect = l->depends + 2u * ptr;
	l->phase = l->depends + 3u * ptr;
	l->after = l->phase + (uint64_t)LINKTABLE_MAX_PHASES * ptr;
	l->data = l->after + ptr;
	l->provides = version >= 2 ? l->data + ptr : 0;
	l->uses = version >= 2 ? l->data + 2u * ptr : 0;
	l->size = align_up(l->data + (version == 0 ? 0u : version == 1 ? ptr : 3u * ptr), ptr);
}

/* The layout must be the one this build's own struct has, for its pointer
 * size: a change to struct linktable_init_step must change layout_for(). */
_Static_assert(offsetof(struct linktable_init_step, depends) == (sizeof(void *) == 8 ? 32 : 24) &&
		       offsetof(struct linktable_init_step, phase) == (sizeof(void *) == 8 ? 56 : 36) &&
		       offsetof(struct linktable_init_step, after) == (sizeof(void *) == 8 ? 120 : 68) &&
		       offsetof(struct linktable_init_step, data) == (sizeof(void *) == 8 ? 128 : 72) &&
		       offsetof(struct linktable_init_step, uses) == (sizeof(void *) == 8 ? 144 : 80) &&
		       sizeof(struct linktable_init_step) == (sizeof(void *) == 8 ? 152 : 84),
	       "struct linktable_init_step changed: update layout_for()");

/* Who a message is about: step @name, or while its name is being read the
 * step at @addr.  Formatted only for a message: a 100k-step image has
 * no time for two snprintf() per step. */
struct who {
	const char *name;
	uint64_t addr;
};

static const char *who_text(const struct who *w, char *buf, size_t size)
{
	if (w->name)
		return w->name;
	snprintf(buf, size, "at 0x%llx", (unsigned long long)w->addr);
	return buf;
}

/* The string at @addr, at most @max bytes, charged to @b.  Return: 0, or
 * -1 with a message about @what (with " name @idx" unless @idx is
 * SIZE_MAX) of step @w. */
static int read_string(const struct image *img, struct budget *b, uint64_t addr, size_t max, const char **out,
		       const char *what, size_t idx, const struct who *w, char *err, size_t errlen)
{
	int r = image_string_max(img, addr, max, out);
	char at[32], which[64];
	size_t len;

	if (r == 0 && (len = strlen(*out)) + 1 <= b->string_bytes) {
		b->string_bytes -= len + 1;
		return 0;
	}
	if (idx != SIZE_MAX) {
		snprintf(which, sizeof(which), "%s name %zu", what, idx);
		what = which;
	}
	if (r == IMAGE_STR_LONG)
		return fail_msg(err, errlen, "init step %s: %s at 0x%llx is longer than %zu bytes: not a real program",
				who_text(w, at, sizeof(at)), what, (unsigned long long)addr, max);
	if (r != 0)
		return fail_msg(err, errlen, "init step %s: %s at 0x%llx is not a string in the image",
				who_text(w, at, sizeof(at)), what, (unsigned long long)addr);
	return fail_msg(err, errlen, "init step %s: the names add up to more string bytes than a %zu-byte file can "
			"hold in a real program", who_text(w, at, sizeof(at)), img->len);
}

/* A NULL-terminated array of string pointers at @addr (0: empty). */
static int read_names(const struct image *img, struct budget *b, uint64_t addr, const char ***out, size_t *n,
		      const char *what, const char *step, char *err, size_t errlen)
{
	const char **names = NULL;
	size_t count = 0;
	struct who w = { step, 0 };

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
		if (image_read_ptr(img, addr + count * img->ptr_size, &p) != 0) {
			free(names);
			return fail_msg(err, errlen, "init step %s: %s list at 0x%llx is not in the image", step, what,
				    (unsigned long long)addr);
		}
		if (!p)
			break;
		if (b->names == 0) {
			free(names);
			return fail_msg(err, errlen, "init step %s: more dependency names in all than a %zu-byte file can "
					"hold: not a real program", step, img->len);
		}
		b->names--;
		if (read_string(img, b, p, STEP_MAX_NAME, &s, what, count, &w, err, errlen) != 0) {
			free(names);
			return -1;
		}
		names = xgrow(names, count, sizeof(*names));
		names[count++] = s;
	}
	*out = names;
	*n = count;
	return 0;
}

static void steps_free_one(struct step *s)
{
	free(s->depends);
	free(s->soft_depends);
	free(s->after);
	free(s->provides);
	free(s->uses);
	s->depends = s->soft_depends = s->after = s->provides = s->uses = NULL;
}

#define FIELD(f) (e + L->f)

/* The pointer fields of an entry, in the order they lie in it. */
enum { F_NAME, F_FILE, F_DEPENDS, F_SOFT, F_DETECT, F_PHASE, F_AFTER = F_PHASE + LINKTABLE_MAX_PHASES, F_PROVIDES,
       F_USES, F_COUNT };

/* Their offsets in layout @L; returns how many @L has. */
static size_t field_offsets(const struct step_layout *L, uint64_t *at)
{
	at[F_NAME] = L->name;
	at[F_FILE] = L->file;
	at[F_DEPENDS] = L->depends;
	at[F_SOFT] = L->soft_depends;
	at[F_DETECT] = L->detect;
	for (int p = 0; p < LINKTABLE_MAX_PHASES; p++)
		at[F_PHASE + p] = L->phase + (uint64_t)p * L->ptr;
	at[F_AFTER] = L->after;
	at[F_PROVIDES] = L->provides;
	at[F_USES] = L->uses;
	return L->provides ? F_COUNT : F_PROVIDES;
}

/* One entry's pointers (@ok: readable) and 32-bit words (@words_ok). */
struct fields {
	uint64_t ptr[F_COUNT];
	unsigned char ok[F_COUNT];
	uint32_t line, level, flags, subarchs;
	int words_ok;
};

static uint32_t word32(const struct image *img, const unsigned char *p)
{
	return (uint32_t)image_word(img, p, 4);
}

/* Reads the entry at @e: whole, or (across sections, where a hostile image
 * may put one) field by field as before. */
static void read_fields(const struct image *img, const struct step_layout *L, const uint64_t *at, size_t nf,
			uint64_t e, struct fields *f)
{
	unsigned char buf[256];

	memset(f, 0, sizeof(*f));
	if (L->size <= sizeof(buf) && image_read_fields(img, e, (size_t)L->size, buf, at, nf, f->ptr, f->ok) == 0) {
		f->line = word32(img, buf + L->line);
		f->level = word32(img, buf + L->level);
		f->flags = word32(img, buf + L->flags);
		f->subarchs = word32(img, buf + L->subarchs);
		f->words_ok = 1;
		return;
	}
	for (size_t i = 0; i < nf; i++)
		f->ok[i] = image_read_ptr(img, e + at[i], &f->ptr[i]) == 0;
	f->words_ok = read_u32(img, FIELD(line), &f->line) == 0 && read_u32(img, FIELD(level), &f->level) == 0 &&
		      read_u32(img, FIELD(flags), &f->flags) == 0 && read_u32(img, FIELD(subarchs), &f->subarchs) == 0;
}

static int decode_one(const struct image *img, const struct step_layout *L, const uint64_t *at, size_t nf,
		      struct budget *b, uint64_t e, unsigned level, struct step *s, char *err, size_t errlen)
{
	uint64_t provides = 0, uses = 0;
	struct who w = { NULL, e };
	struct fields f;

	memset(s, 0, sizeof(*s));
	s->addr = e;
	s->table_level = level;
	read_fields(img, L, at, nf, e, &f);
	if (!f.ok[F_NAME])
		return fail_msg(err, errlen, "init step at 0x%llx: its name is not a string in the image", (unsigned long long)e);
	if (read_string(img, b, f.ptr[F_NAME], STEP_MAX_NAME, &s->name, "its name", SIZE_MAX, &w, err, errlen) != 0)
		return -1;
	w.name = s->name;
	if (!f.ok[F_FILE] || !f.ok[F_DEPENDS] || !f.ok[F_SOFT] || !f.ok[F_DETECT] || !f.ok[F_AFTER] || !f.words_ok)
		return fail_msg(err, errlen, "init step %s: unreadable fields", s->name);
	s->detect = f.ptr[F_DETECT];
	s->line = f.line;
	s->level = f.level;
	s->flags = f.flags;
	s->subarchs = f.subarchs;
	s->file = "?";
	if (f.ptr[F_FILE] &&
	    read_string(img, b, f.ptr[F_FILE], STEP_MAX_FILE, &s->file, "its file name", SIZE_MAX, &w, err, errlen) != 0)
		return -1;
	for (int p = 0; p < LINKTABLE_MAX_PHASES; p++) {
		if (!f.ok[F_PHASE + p])
			return fail_msg(err, errlen, "init step %s: phase %d callback is unreadable", s->name, p);
		s->phase[p] = f.ptr[F_PHASE + p];
	}
	if (read_names(img, b, f.ptr[F_DEPENDS], &s->depends, &s->ndepends, "dependency", s->name, err, errlen) != 0)
		return -1;
	if (read_names(img, b, f.ptr[F_SOFT], &s->soft_depends, &s->nsoft_depends, "soft dependency", s->name, err,
		       errlen) != 0) {
		free(s->depends);
		return -1;
	}
	if (read_names(img, b, f.ptr[F_AFTER], &s->after, &s->nafter, "order-only dependency", s->name, err, errlen) != 0) {
		free(s->depends);
		free(s->soft_depends);
		return -1;
	}
	if (L->provides) {
		if (!f.ok[F_PROVIDES] || !f.ok[F_USES]) {
			steps_free_one(s);
			return fail_msg(err, errlen, "init step %s: unreadable resource lists", s->name);
		}
		provides = f.ptr[F_PROVIDES];
		uses = f.ptr[F_USES];
	}
	if (read_names(img, b, provides, &s->provides, &s->nprovides, "provided resource", s->name, err, errlen) != 0 ||
	    read_names(img, b, uses, &s->uses, &s->nuses, "used resource", s->name, err, errlen) != 0) {
		steps_free_one(s);
		return -1;
	}
	return 0;
}

int steps_decode(const struct image *img, const struct img_table *t, struct step_set *set, char *err, size_t errlen)
{
	struct step_layout L;
	uint64_t at[F_COUNT];
	size_t esize, nf, total = 0;
	struct budget b = { img->len / NAMES_PER_FILE_BYTE_DIV + NAMES_SLACK,
			    (uint64_t)img->len * STRING_BYTES_PER_FILE_BYTE + STRING_BYTES_SLACK };

	memset(set, 0, sizeof(*set));
	set->table = t;
	for (int v = 2; v >= 0; v--) { /* an image linked before provides/uses, or .data? */
		layout_for(img->ptr_size, v, &L);
		if (t->entry_size == L.size)
			break;
	}
	if (t->entry_size != L.size)
		layout_for(img->ptr_size, 2, &L); /* named in the message: today's struct */
	esize = (size_t)L.size;
	nf = field_offsets(&L, at);
	if (t->entry_size != esize)
		return fail_msg(err, errlen,
				"init table %s: entries of %u bytes, but struct linktable_init_step has %zu in a %u-bit image",
				t->name, t->entry_size, esize, img->ptr_size * 8);
	/* Every entry's room at once: growing the array would copy it again
	 * and again (20 MB at 100k steps). */
	for (unsigned k = 0; k < TABLE_SLOTS; k++) {
		const struct img_section *sec = table_part(img, t, (int)k);

		if (sec)
			total += sec->size / esize;
	}
	set->steps = xcalloc(total + 1, sizeof(*set->steps));
	for (unsigned k = 0; k < TABLE_SLOTS; k++) {
		unsigned l = SLOT_LEVEL(k);
		const struct img_section *sec = table_part(img, t, (int)k);

		if (!sec)
			continue;
		for (uint64_t off = 0; sec->size - off >= esize; off += esize) {
			if (decode_one(img, &L, at, nf, &b, sec->addr + off, l, &set->steps[set->n], err, errlen) != 0) {
				steps_free(set);
				return -1;
			}
			set->n++;
		}
	}
	return 0;
}

void steps_free(struct step_set *set)
{
	for (size_t i = 0; i < set->n; i++)
		steps_free_one(&set->steps[i]);
	free(set->steps);
	memset(set, 0, sizeof(*set));
}

const char *step_where(const struct step *s, char *buf)
{
	snprintf(buf, 512, "%.*s:%u", utf8_cut(s->file, 400), s->file, s->line);
	return buf;
}
