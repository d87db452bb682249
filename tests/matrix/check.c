/* SPDX-License-Identifier: MIT */
/*
 * tests/matrix/check.c - what the matrix checks in every configuration.
 *
 * The expected entries come from entries.def, the same list that defined
 * them.  For every table: the count (by iteration, LINKTABLE_COUNT and
 * LINKTABLE_EMPTY), each entry exactly once with intact contents, levels
 * ascending, entries of one level exactly sizeof(type) apart, every entry
 * aligned to its type, each level's bounds exactly as long as its entries,
 * the reverse walk the exact reverse of the forward one, and - in an
 * ordinary (non-LTO) link - link order within a level.
 *
 * No libc: the freestanding configuration links this file too.
 */
#include "check.h"
#include "types.h"

enum { T_t1, T_t3, T_t40, T_t64, T_tptr, T_tempty, T_trel, T_tnull = T_tptr };
enum { TU_a, TU_b, TU_cxx };
/* Whether an entries.def table name stands for entries with NULL pointers. */
#define NULLS_t1 0
#define NULLS_t3 0
#define NULLS_t40 0
#define NULLS_t64 0
#define NULLS_tptr 0
#define NULLS_tnull 1
#define NULLS_trel 0

struct expect {
	unsigned char tu, table, level, id, nulls;
};

static const struct expect expected[] = {
#define M(tu, table, level, id) { TU_##tu, T_##table, level, id, NULLS_##table },
#include "entries.def"
#undef M
};
#define N_EXPECTED (sizeof(expected) / sizeof(expected[0]))

/* More than any table of entries.def holds. */
#define MAXN 64

static int linked(const struct expect *x)
{
#ifdef MATRIX_WITH_CXX
	(void)x;
	return 1;
#else
	return x->tu != TU_cxx;
#endif
}

static const struct expect *find(int table, unsigned int id)
{
	unsigned int i;

	for (i = 0; i < N_EXPECTED; i++)
		if (expected[i].table == table && expected[i].id == id && linked(&expected[i]))
			return &expected[i];
	return 0;
}

static long expected_count(int table, int level)
{
	long n = 0;
	unsigned int i;

	for (i = 0; i < N_EXPECTED; i++)
		if (expected[i].table == table && linked(&expected[i]) &&
		    (level < 0 || expected[i].level == level))
			n++;
	return n;
}

/* Each returns the entry's id, or checks its contents (0 when intact). */
static unsigned int idof_t1(const void *p) { return ((const struct m1 *)p)->id; }
static unsigned int idof_t3(const void *p) { return ((const struct m3 *)p)->b[0]; }
static unsigned int idof_t40(const void *p) { return (unsigned int)((const struct m40 *)p)->id; }
static unsigned int idof_t64(const void *p) { return ((const struct m64 *)p)->id; }
static unsigned int idof_tptr(const void *p) { return ((const struct mptr *)p)->id; }
static unsigned int idof_tempty(const void *p) { return (unsigned int)((const struct m40 *)p)->id; }

static const char *verify_t1(const void *p, const struct expect *x)
{
	(void)p;
	(void)x;
	return 0; /* the id is the whole entry */
}

static const char *verify_t3(const void *p, const struct expect *x)
{
	const struct m3 *e = (const struct m3 *)p;

	if (e->b[1] != (x->id ^ 0x5a) || e->b[2] != x->level)
		return "entry bytes 1..2 corrupt";
	return 0;
}

static const char *verify_m40(const void *p, const struct expect *x)
{
	const struct m40 *e = (const struct m40 *)p;
	unsigned int i;

	if (e->level != x->level || e->fill[0] != (x->id ^ 0xa5))
		return "entry contents corrupt";
	for (i = 1; i < sizeof(e->fill); i++)
		if (e->fill[i] != 0)
			return "entry tail not zero";
	return 0;
}
#define verify_t40 verify_m40
#define verify_tempty verify_m40

static const char *verify_t64(const void *p, const struct expect *x)
{
	const struct m64 *e = (const struct m64 *)p;

	return e->level == x->level ? 0 : "entry contents corrupt";
}

static int same_string(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

static const char *verify_tptr(const void *p, const struct expect *x)
{
	const struct mptr *e = (const struct mptr *)p;
	char name[8];
	unsigned int id = x->id, i = 1, div;

	if (x->nulls)
		return e->name || e->idp || e->twice ? "NULL pointer member not NULL" : 0;
	name[0] = 'p';
	for (div = 100; div > 1 && id / div == 0; div /= 10)
		;
	for (; div > 0; div /= 10)
		name[i++] = (char)('0' + id / div % 10);
	name[i] = 0;
	if (!e->name || !same_string(e->name, name))
		return "name pointer wrong (relocation?)";
	if (!e->idp || *e->idp != id)
		return "object pointer wrong (relocation?)";
	if (!e->twice || e->twice(id) != 2 * id)
		return "function pointer wrong (relocation?)";
	return 0;
}

struct walk {
	int tab;
	const char *name;
	const void *fwd[MAXN], *rev[MAXN];
	long n, rn, count, empty, after;
	linktable__size_t size, align;
	const struct linktable_bounds *bounds;
	unsigned int (*idof)(const void *);
	const char *(*verify)(const void *, const struct expect *);
};

static int check_walk(const struct walk *w)
{
	const char *t = w->name;
	const struct expect *prev = 0;
	const struct linktable_bounds *b = w->bounds;
	/* A level may have several parts (bounds pairs) in the bounds object,
	 * walked in turn: with the layout of linktable.h, level L owns slots
	 * L * per .. L * per + per - 1. */
	const int slots = (int)(sizeof(b->level) / sizeof(b->level[0]));
	const int per = slots / LINKTABLE_LEVELS;
	int bad = 0, level, s, slot, prev_slot = -1;
	long i, j, want = expected_count(w->tab, -1);

#define FAIL(what, got, exp) (matrix_fail(t, what, (long)(got), (long)(exp)), bad++)
	if (w->n != want)
		FAIL("entries visited by LINKTABLE_FOREACH", w->n, want);
	if (w->count != want)
		FAIL("LINKTABLE_COUNT", w->count, want);
	if (w->empty != (want == 0))
		FAIL("LINKTABLE_EMPTY", w->empty, want == 0);
	if (w->after != 0)
		FAIL("loop variable not NULL after the loop", 1, 0);
	if (w->rn != w->n)
		FAIL("entries visited by LINKTABLE_FOREACH_REVERSE", w->rn, w->n);
	if (bad || w->n > MAXN)
		return bad + (w->n > MAXN);

	for (i = 0; i < w->n; i++) {
		const void *p = w->fwd[i];
		unsigned int id = w->idof(p);
		const struct expect *x = find(w->tab, id);
		const char *why;

		if (w->rev[w->n - 1 - i] != p)
			FAIL("reverse walk differs from the forward walk at position", i, i);
		if ((linktable__uintptr_t)p % w->align != 0)
			FAIL("entry misaligned: address modulo alignment", (linktable__uintptr_t)p % w->align, 0);
		if (!x) {
			FAIL("unknown entry id (garbage or padding read as an entry)", id, 0);
			continue;
		}
		for (j = 0; j < i; j++)
			if (w->idof(w->fwd[j]) == id)
				FAIL("entry visited twice, id", id, 0);
		why = w->verify(p, x);
		if (why)
			FAIL(why, id, id);
		slot = -1;
		for (s = x->level * per; s < (x->level + 1) * per; s++)
			if ((const char *)p >= linktable_level_begin(&b->level[s]) && (const char *)p < linktable_level_end(&b->level[s]))
				slot = s;
		if (slot < 0)
			FAIL("entry outside its level's bounds, level", x->level, x->level);
		if (prev && x->level < prev->level)
			FAIL("levels not ascending", x->level, prev->level);
		if (slot >= 0 && slot < prev_slot)
			FAIL("parts of a level not in order, slot", slot, prev_slot);
		if (prev && slot >= 0 && slot == prev_slot) {
			long gap = (const char *)p - (const char *)w->fwd[i - 1];

			if (gap != (long)w->size)
				FAIL("distance between entries of one level", gap, w->size);
#ifdef MATRIX_LINK_ORDER
			if (x->tu < prev->tu)
				FAIL("link order within a level: translation unit", x->tu, prev->tu);
#endif
		}
		prev = x;
		prev_slot = slot;
	}
	for (level = 0; level < LINKTABLE_LEVELS; level++) {
		long bytes = 0;

		for (s = level * per; s < (level + 1) * per; s++)
			bytes += linktable_level_end(&b->level[s]) - linktable_level_begin(&b->level[s]);
		if (bytes != expected_count(w->tab, level) * (long)w->size)
			FAIL("bytes between a level's bounds", bytes, expected_count(w->tab, level) * (long)w->size);
	}
#ifdef MATRIX_WITH_CXX
	if (w->tab != T_tempty) {
		const void *first = 0, *last = 0;
		long n = matrix_cxx_walk(w->tab, &first, &last);

		if (n != w->n)
			FAIL("entries visited from C++", n, w->n);
		else if (n && (first != w->fwd[0] || last != w->fwd[n - 1]))
			FAIL("C++ walk saw other first/last entries", 1, 0);
	}
#endif
	return bad;
#undef FAIL
}

/*
 * Whether every part of every level holds a whole number of entries.  Run
 * before walking: a walk steps by sizeof until it meets the end exactly, so
 * a padded part would make it run away.
 */
static int check_parts(const char *t, const struct linktable_bounds *b, long size)
{
	const int slots = (int)(sizeof(b->level) / sizeof(b->level[0]));
	int s, bad = 0;

	for (s = 0; s < slots; s++) {
		long part = linktable_level_end(&b->level[s]) - linktable_level_begin(&b->level[s]);

		if (part % size != 0) {
			matrix_fail(t, "bytes between a level's bounds not a multiple of the size", part, size);
			bad++;
		}
	}
	return bad;
}

/* Walks @table forward and backward into a struct walk. */
#define MATRIX_WALK(w, table) \
	do { \
		const linktable_type_##table *e; \
		const struct linktable_bounds *bp = &linktable_bounds_##table; \
		__asm__("" : "+r"(bp)); /* read the bounds as any caller would */ \
		(w)->tab = T_##table; \
		(w)->name = #table; \
		(w)->n = (w)->rn = 0; \
		LINKTABLE_FOREACH(e, table) { \
			if ((w)->n < MAXN) \
				(w)->fwd[(w)->n] = e; \
			(w)->n++; \
		} \
		(w)->after = e != 0; \
		LINKTABLE_FOREACH_REVERSE(e, table) { \
			if ((w)->rn < MAXN) \
				(w)->rev[(w)->rn] = e; \
			(w)->rn++; \
		} \
		(w)->count = (long)LINKTABLE_COUNT(table); \
		(w)->empty = LINKTABLE_EMPTY(table); \
		(w)->size = sizeof(*e); \
		(w)->align = _Alignof(linktable_type_##table); \
		(w)->bounds = bp; \
		(w)->idof = idof_##table; \
		(w)->verify = verify_##table; \
	} while (0)

/*
 * The relative table: each function once, levels ascending, the reverse
 * walk its exact reverse, the count, and every level's entries in the
 * read-only part (4 bytes each: no relocation, so never the writable part).
 */
static int check_rel(long *entries)
{
	const char *t = "trel";
	const struct linktable_bounds *b = &linktable_bounds_trel;
	const struct expect *x, *prev = 0;
	matrix_rel_fn f = 0;
	unsigned int ids[MAXN];
	long i, j, n = 0, rn = 0, want = expected_count(T_trel, -1);
	int bad = 0, level;

#define FAIL(what, got, exp) (matrix_fail(t, what, (long)(got), (long)(exp)), bad++)
	__asm__("" : "+r"(b));
	LINKTABLE_REL_FOREACH(f, trel) {
		if (n < MAXN)
			ids[n] = f();
		n++;
	}
	if (n != want || (long)LINKTABLE_REL_COUNT(trel) != want)
		return FAIL("functions visited by LINKTABLE_REL_FOREACH / LINKTABLE_REL_COUNT", n, want);
	LINKTABLE_REL_FOREACH_REVERSE(f, trel) {
		if (rn < n && f() != ids[n - 1 - rn])
			FAIL("reverse walk differs from the forward walk at position", rn, rn);
		rn++;
	}
	if (rn != n)
		FAIL("functions visited by LINKTABLE_REL_FOREACH_REVERSE", rn, n);
	for (i = 0; i < n; i++) {
		x = find(T_trel, ids[i]);
		if (!x) {
			FAIL("unknown function id", ids[i], 0);
			continue;
		}
		for (j = 0; j < i; j++)
			if (ids[j] == ids[i])
				FAIL("function visited twice, id", ids[i], 0);
		if (prev && x->level < prev->level)
			FAIL("levels not ascending", x->level, prev->level);
		prev = x;
	}
	for (level = 0; level < LINKTABLE_LEVELS; level++) {
		long ro = linktable_level_end(&b->level[2 * level]) - linktable_level_begin(&b->level[2 * level]);
		long rw = linktable_level_end(&b->level[2 * level + 1]) - linktable_level_begin(&b->level[2 * level + 1]);

		if (ro != expected_count(T_trel, level) * 4 || rw != 0)
			FAIL("bytes between a level's read-only bounds", ro, expected_count(T_trel, level) * 4);
	}
	*entries += n;
	return bad;
#undef FAIL
}

int matrix_check_all(long *entries)
{
	static struct walk w;
	int bad = 0;

	*entries = 0;
#define MATRIX_CHECK(table) \
	do { \
		const struct linktable_bounds *bp = &linktable_bounds_##table; \
		int parts_bad; \
		__asm__("" : "+r"(bp)); \
		parts_bad = check_parts(#table, bp, (long)sizeof(linktable_type_##table)); \
		bad += parts_bad; \
		if (!parts_bad) { \
			MATRIX_WALK(&w, table); \
			bad += check_walk(&w); \
			*entries += w.n; \
		} \
	} while (0)
	MATRIX_CHECK(t1);
	MATRIX_CHECK(t3);
	MATRIX_CHECK(t40);
	MATRIX_CHECK(t64);
	MATRIX_CHECK(tptr);
	MATRIX_CHECK(tempty);
	bad += check_rel(entries);
	return bad;
}
