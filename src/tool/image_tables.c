/* SPDX-License-Identifier: MIT */
/*
 * src/tool/image_tables.c - find an image's tables and ranges: decode the
 * descriptor notes (see LTX_NOTE in linktable/internal/toolchain.h), then
 * give each linktable_<table>_<level> and linktable_range_<name> section to
 * its table or range.
 */
#include "image_internal.h"
#include "tool.h"

#include <stdlib.h>
#include <string.h>

#include <linktable/step.h>

#define NOTE_OWNER_SIZE sizeof(LTX_NOTE_OWNER) /* "linktable\0" */
#define NOTE_FIXED 16u                          /* version, kind, size, align */
/* Each table costs ~1.6 KB of slots; a hostile file must not make that
 * memory grow without bound. */
#define MAX_TABLES 65536

/* Notes are written by the compiler: 32-bit words in the image's order. */
static uint32_t u32(const struct image *img, const unsigned char *p)
{
	return (uint32_t)image_word(img, p, 4);
}

static size_t pad_to(size_t n, size_t align)
{
	return (n + align - 1) & ~(align - 1);
}

/* A name from a descriptor must be a C identifier (tables, ranges): it is
 * part of section and symbol names. */
static int is_identifier(const char *s)
{
	if (!*s || (*s >= '0' && *s <= '9'))
		return 0;
	for (; *s; s++)
		if (!(*s == '_' || (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9')))
			return 0;
	return 1;
}

/* Ranges are appended as found (notes, sections) and merged by name once
 * all are in: no quadratic search, whatever the image holds. */
static int add_range(struct image *img, const char *name, long section, int note)
{
	img->ranges = xgrow(img->ranges, img->nranges, sizeof(*img->ranges));
	img->ranges[img->nranges++] = (struct img_range){ name, section, note };
	return 0;
}

/* One linktable note's desc. */
static int add_descriptor(struct image *img, const char *sec, uint32_t type, const unsigned char *desc, size_t descsz,
			  char *err, size_t errlen)
{
	const char *name, *tname, *end = (const char *)desc + descsz;
	uint32_t version, kind, esize, ealign;
	struct img_table *t;

	if (descsz < NOTE_FIXED + 2)
		return fail_msg(err, errlen, "%s: descriptor of %zu bytes is too short", sec, descsz);
	version = u32(img, desc);
	kind = u32(img, desc + 4);
	esize = u32(img, desc + 8);
	ealign = u32(img, desc + 12);
	name = (const char *)desc + NOTE_FIXED;
	tname = memchr(name, 0, (size_t)(end - name));
	if (!tname || !memchr(tname + 1, 0, (size_t)(end - tname - 1)))
		return fail_msg(err, errlen, "%s: descriptor names are not NUL-terminated", sec);
	tname++;
	if (version != LTX_NOTE_VERSION)
		return fail_msg(err, errlen, "%s: descriptor version %u is not supported (this tool reads version %u)", sec,
			    version, LTX_NOTE_VERSION);
	if (!is_identifier(name))
		return fail_msg(err, errlen, "%s: descriptor name \"%.64s\" is not a C identifier", sec, name);
	if (type == LTX_NOTE_RANGE)
		return add_range(img, name, -1, 1);
	if (type == LTX_NOTE_RELEASE) {
		if (kind > LINKTABLE_MAX_PHASES)
			return fail_msg(err, errlen, "%s: release phase %u is out of range (0..%d)", sec, kind,
					LINKTABLE_MAX_PHASES);
		if (img->release_phase >= 0 && (uint32_t)img->release_phase != kind)
			return fail_msg(err, errlen, "%s: two release phases, %d and %u", sec, img->release_phase, kind);
		img->release_phase = (int)kind;
		return 0;
	}
	if (type != LTX_NOTE_TABLE)
		return fail_msg(err, errlen, "%s: unknown descriptor type %u for \"%s\"", sec, type, name);
	if (kind != LINKTABLE_KIND_PLAIN && kind != LINKTABLE_KIND_INIT && kind != LINKTABLE_KIND_REL && kind != LINKTABLE_KIND_ARRAY)
		return fail_msg(err, errlen, "table %s: unknown kind %u", name, kind);
	if (esize == 0 || ealign == 0 || (ealign & (ealign - 1)) || esize % ealign || ealign > 4096)
		return fail_msg(err, errlen, "table %s: impossible entry size %u / alignment %u", name, esize, ealign);
	/* a relative table's entries are 32-bit offsets (show decodes them) */
	if (kind == LINKTABLE_KIND_REL && (esize != 4 || ealign != 4))
		return fail_msg(err, errlen, "relative table %s: entries of %u bytes aligned to %u (must be 4 and 4)", name,
				esize, ealign);
	if (img->ntables == MAX_TABLES)
		return fail_msg(err, errlen, "%s: more than %d table descriptors: not a real program", sec, MAX_TABLES);
	img->tables = xgrow(img->tables, img->ntables, sizeof(*img->tables));
	t = &img->tables[img->ntables++];
	*t = (struct img_table){ name, tname, kind, esize, ealign, { 0 } };
	for (int k = 0; k < TABLE_SLOTS; k++)
		t->slot[k] = -1;
	return 0;
}

/*
 * Walk the notes of one section; notes of other owners are skipped.  Our
 * own section (.note.linktable) must be well formed.  A linker script may
 * gather every .note.* into one note section of its own (Linux's vmlinux:
 * .notes): there linktable's notes sit among other owners' and are read
 * too (@strict 0), but that section's format is not ours to judge, so a
 * note that does not fit ends the walk instead of failing the image.
 * Notes are padded to 4 bytes; in another's 8-aligned note section (such
 * as .note.gnu.property) to 8.
 */
static int parse_notes(struct image *img, const struct img_section *s, int strict, char *err, size_t errlen)
{
	size_t off = 0, al = !strict && s->note_align == 8 ? 8 : 4;

	while (off < s->size) {
		const unsigned char *p = s->data + off;
		size_t namesz, descsz, left = s->size - off;
		uint32_t type;

		if (left < 12) {
			if (!strict)
				return 0;
			return fail_msg(err, errlen, "%s: truncated note header at offset %zu", s->name, off);
		}
		namesz = u32(img, p);
		descsz = u32(img, p + 4);
		type = u32(img, p + 8);
		if (namesz > left - 12 || pad_to(namesz, al) > left - 12 || descsz > left - 12 - pad_to(namesz, al) ||
		    pad_to(descsz, al) > left - 12 - pad_to(namesz, al)) {
			if (!strict)
				return 0;
			return fail_msg(err, errlen, "%s: note at offset %zu runs past the section end", s->name, off);
		}
		if (namesz == NOTE_OWNER_SIZE && memcmp(p + 12, LTX_NOTE_OWNER, NOTE_OWNER_SIZE) == 0 &&
		    add_descriptor(img, s->name, type, p + 12 + pad_to(namesz, al), descsz, err, errlen) != 0)
			return -1;
		off += 12 + pad_to(namesz, al) + pad_to(descsz, al);
	}
	return 0;
}

static int cmp_table(const void *a, const void *b)
{
	return strcmp(((const struct img_table *)a)->name, ((const struct img_table *)b)->name);
}

static int cmp_range(const void *a, const void *b)
{
	return strcmp(((const struct img_range *)a)->name, ((const struct img_range *)b)->name);
}

/* Sort the tables by name; one table described by several notes (a copy per
 * object that defines it) is kept once, unless the copies disagree. */
static int merge_tables(struct image *img, char *err, size_t errlen)
{
	size_t kept = 0;

	if (img->ntables < 2) /* qsort(NULL, 0) is undefined */
		return 0;
	qsort(img->tables, img->ntables, sizeof(*img->tables), cmp_table);
	for (size_t i = 0; i < img->ntables; i++) {
		const struct img_table *t = &img->tables[i], *prev = kept ? &img->tables[kept - 1] : NULL;

		if (prev && strcmp(prev->name, t->name) == 0) {
			if (prev->entry_size != t->entry_size || prev->entry_align != t->entry_align || prev->kind != t->kind)
				return fail_msg(err, errlen, "table %s: two descriptors disagree (entry size %u vs %u)",
						t->name, prev->entry_size, t->entry_size);
			continue;
		}
		img->tables[kept++] = *t;
	}
	img->ntables = kept;
	return 0;
}

/* Sort the ranges by name and merge a range's note with its section. */
static void merge_ranges(struct image *img)
{
	size_t kept = 0;

	if (img->nranges < 2)
		return;
	qsort(img->ranges, img->nranges, sizeof(*img->ranges), cmp_range);
	for (size_t i = 0; i < img->nranges; i++) {
		const struct img_range *r = &img->ranges[i];
		struct img_range *prev = kept ? &img->ranges[kept - 1] : NULL;

		if (prev && strcmp(prev->name, r->name) == 0) {
			if (prev->section < 0)
				prev->section = r->section;
			prev->has_note |= r->has_note;
			continue;
		}
		img->ranges[kept++] = *r;
	}
	img->nranges = kept;
}

const struct img_table *image_table(const struct image *img, const char *name)
{
	struct img_table key = { .name = name };

	return img->ntables ? bsearch(&key, img->tables, img->ntables, sizeof(key), cmp_table) : NULL;
}

const struct img_range *image_range(const struct image *img, const char *name)
{
	struct img_range key = { .name = name };

	return img->nranges ? bsearch(&key, img->ranges, img->nranges, sizeof(key), cmp_range) : NULL;
}

int range_contains(const struct image *img, const struct img_range *r, uint64_t addr)
{
	const struct img_section *s = r && r->section >= 0 ? &img->sections[r->section] : NULL;

	return s && addr >= s->addr && addr - s->addr < s->size;
}

const char *range_at(const struct image *img, uint64_t addr)
{
	for (size_t i = 0; i < img->nranges; i++)
		if (range_contains(img, &img->ranges[i], addr))
			return img->ranges[i].name;
	return NULL;
}

/* "linktable_<table>_<level>[_rw]": the slot (see struct img_table), or -1
 * if the name does not end in a canonical decimal level 0..99 and an
 * optional "_rw"; *tlen is the table name's length.  An array table's
 * levels are "linktable_<table>_<NN>_rw", NN two digits (LTX_KEY): a
 * leading zero is taken there, and only there. */
static int section_slot(const char *rest, size_t *tlen)
{
	size_t len = strlen(rest);
	int rw = len > 3 && strcmp(rest + len - 3, "_rw") == 0;
	size_t end = rw ? len - 3 : len, start = end;
	int level = 0;

	while (start > 0 && rest[start - 1] >= '0' && rest[start - 1] <= '9')
		start--;
	if (start == end || end - start > 2 || start < 2 || rest[start - 1] != '_' ||
	    (rest[start] == '0' && end - start > 1 && !(rw && end - start == 2)))
		return -1;
	for (size_t i = start; i < end; i++)
		level = level * 10 + (rest[i] - '0');
	*tlen = start - 1;
	return 2 * level + rw;
}

/* Whether @img is a separate debug file: every loaded section that has a
 * size, but its notes, has no contents in the file (objcopy
 * --only-keep-debug keeps the image's section headers and its notes, and
 * drops what the other loaded sections hold). */
static int debug_only(const struct image *img)
{
	size_t i, loaded = 0;

	for (i = 1; i < img->nsections; i++) {
		if (!img->sections[i].alloc || !img->sections[i].size || img->sections[i].note_align)
			continue;
		if (img->sections[i].data)
			return 0;
		loaded++;
	}
	return loaded > 0;
}

static int assign_section(struct image *img, size_t i, char *err, size_t errlen)
{
	static const char prefix[] = "linktable_", range[] = "linktable_range_";
	const char *name = img->sections[i].name, *rest;
	struct img_table *t;
	char tname[256];
	size_t tlen;
	int slot;

	if (strncmp(name, prefix, sizeof(prefix) - 1) != 0)
		return 0;
	if (strncmp(name, range, sizeof(range) - 1) == 0 && is_identifier(name + sizeof(range) - 1))
		return add_range(img, name + sizeof(range) - 1, (long)i, 0);
	rest = name + sizeof(prefix) - 1;
	slot = section_slot(rest, &tlen);
	if (slot < 0 || tlen >= sizeof(tname))
		return 0;
	memcpy(tname, rest, tlen);
	tname[tlen] = 0;
	t = (struct img_table *)image_table(img, tname);
	if (!t) {
		img->orphans = xgrow(img->orphans, img->norphans, sizeof(size_t));
		img->orphans[img->norphans++] = i;
		return 0;
	}
	if (!img->sections[i].alloc)
		return fail_msg(err, errlen, "section %s is not part of the loaded image", name);
	/* Entries are initialised objects; a NOBITS "table" has no bytes to
	 * show and a size nothing bounds (found by fuzz_elf: a 2^48-byte level
	 * kept show busy for ever). */
	if (!img->sections[i].data && img->sections[i].size)
		return fail_msg(err, errlen,
				debug_only(img) ? "section %s has no contents in the file: this is a separate debug file "
						  "(objcopy --only-keep-debug leaves every loaded section empty); run linktable "
						  "on the image itself"
						: "section %s has no contents in the file (SHT_NOBITS): table entries are "
						  "initialised data",
				name);
	if (t->slot[slot] >= 0)
		return fail_msg(err, errlen, "table %s: two sections named %s", tname, name);
	t->slot[slot] = (long)i;
	return 0;
}

int image_load_tables(struct image *img, char *err, size_t errlen)
{
	for (size_t i = 1; i < img->nsections; i++) {
		const struct img_section *s = &img->sections[i];

		int ours = strcmp(s->name, LTX_NOTE_SECTION) == 0;

		if (s->data && (ours || s->note_align) && parse_notes(img, s, ours, err, errlen) != 0)
			return -1;
	}
	if (merge_tables(img, err, errlen) != 0)
		return -1;
	for (size_t i = 1; i < img->nsections; i++)
		if (assign_section(img, i, err, errlen) != 0)
			return -1;
	merge_ranges(img);
	return 0;
}

const struct img_section *table_part(const struct image *img, const struct img_table *t, int k)
{
	return t->slot[k] >= 0 ? &img->sections[t->slot[k]] : NULL;
}

uint64_t table_bytes(const struct image *img, const struct img_table *t)
{
	uint64_t n = 0;

	for (int k = 0; k < TABLE_SLOTS; k++)
		n += table_part(img, t, k) ? table_part(img, t, k)->size : 0;
	return n;
}
