/* SPDX-License-Identifier: MIT */
/*
 * linktable/linktable.h - typed linker tables.
 *
 * A linker table is an array the linker assembles from entries that any
 * number of object files contribute.  A feature registers itself by being
 * linked in: no central list, no #ifdef at the call site.
 *
 *	struct frob { const char *name; int (*run)(int); };
 *	LINKTABLE_DECLARE(struct frob, frobs);          // in a header
 *	LINKTABLE_DEFINE(struct frob, frobs);           // in exactly one .c file
 *	LINKTABLE_ENTRY(frobs, 10, my_frob) = { "mine", my_run };
 *
 *	const struct frob *f;
 *	LINKTABLE_FOREACH(f, frobs)
 *		f->run(1);
 *
 * Order: entries are visited by ascending order level (0..99).  Within one
 * level, entries from non-PIC code come before entries from PIC code, each
 * in the order the linker lays them out: input order for an ordinary link
 * (within one file, the order the compiler emits them: gcc 12 emits them
 * last-first), a deterministic but unspecified order under LTO.  The same link inputs always
 * give the same order.  Give entries whose relative order
 * matters different levels.
 *
 * Scope: a table is per linked image.  An executable and every shared object
 * or plugin that defines the table sees the entries linked into that image
 * only; see LINKTABLE_EXPORT() to reach a plugin's entries.
 *
 * Needs gcc or clang and an ELF or a PE/COFF (mingw-w64) target; no linker
 * script, no libc.  On PE a table holds pointers to its entries (see
 * internal/pe.h).
 */
#ifndef LINKTABLE_LINKTABLE_H
#define LINKTABLE_LINKTABLE_H

#include <linktable/internal/toolchain.h>

/** Number of order levels: levels are 0 .. LINKTABLE_LEVELS - 1. */
#define LINKTABLE_LEVELS LTX_LEVELS

/**
 * struct linktable_level - the entries of one order level, as bytes.
 * @begin: first byte of the level's first entry (NULL if the level is empty
 *         in this image).
 * @end:   one past the level's last entry.
 */
struct linktable_level {
	const char *begin;
	const char *end;
};

/*
 * struct linktable__cache - what the first walk learnt about a table; private.
 * @pos:   pos[0..N-1]: where the table's N non-empty slots are, as byte
 *         offsets from the start of its bounds object, ascending.
 * @state: 0 until filled, then 4 * N + 1: one more than the byte offset of
 *         pos[N], so that a walk finds its end in one instruction (atomic:
 *         written with release, read with acquire).
 * @bytes: total bytes of all slots.
 * @protect:  LINKTABLE_PROTECT_*: what the write protection constructor did (set once).
 *
 * Filled on first use by linktable__fill(), by whichever thread gets there
 * first - or by several at once: each writes the same values with atomic
 * stores, so the race is benign and no lock (no libc, no threads library)
 * is needed.  It lives in .bss: no start-up work, and a walk from any
 * constructor, in any order, fills it itself.  It holds offsets only: the
 * addresses stay in the read-only bounds object.
 */
struct linktable__cache {
	unsigned int pos[LTX_SLOTS];
	unsigned int state;
	unsigned int protect;
	linktable__size_t bytes;
};

/**
 * struct linktable_bounds - where one table's entries are, level by level.
 * @cache: private: which slots hold entries, found on first use.
 * @level: the bounds of each order level, ascending; two slots per level:
 *         level[2 * L] is the read-only part of level L, level[2 * L + 1]
 *         its writable part (entries compiled as position-independent code).
 *
 * LINKTABLE_DEFINE() fills one in from the linker's __start_/__stop_ symbols.
 * It is read-only (RELRO in a PIE).
 */
struct linktable_bounds {
	struct linktable__cache *cache;
	struct linktable_level level[LTX_SLOTS];
};

/* Loop state of LINKTABLE_FOREACH(); private. */
struct linktable__iter {
	const char *bounds;      /* the bounds object, as bytes */
	const unsigned int *pos; /* the cache's next slot offset (reverse: one past it) */
	const unsigned int *end; /* where pos stops */
	const void *stop;        /* end (or begin) of the current slot */
	int once;
};

/*
 * First use of a table: scan all its slots once and record the non-empty
 * ones.  Idempotent, so racing threads (or a signal handler that interrupts
 * it) just write the same values again.  Out of line: it runs once per
 * table.  Returns @b, so that the caller keeps nothing live across the call.
 */
static LTX_COLD const struct linktable_bounds *linktable__fill(const struct linktable_bounds *b)
{
	struct linktable__cache *c;
	linktable__size_t bytes = 0;
	unsigned int n = 0;
	int s;

	LTX_LAUNDER(b);
	c = b->cache;
	for (s = 0; s < LTX_SLOTS; s++) {
		const struct linktable_level *l = &b->level[s];
		linktable__size_t l_bytes = LTX_SLOT_BYTES(l->begin, l->end);

		if (l_bytes) {
			LTX_STORE_RELAXED(&c->pos[n++], (unsigned int)((const char *)l - (const char *)b));
			bytes += l_bytes;
		}
	}
	LTX_STORE_RELAXED(&c->bytes, bytes);
	LTX_STORE_RELEASE(&c->state, (unsigned int)(n * sizeof(c->pos[0]) + 1));
	return b;
}

/* The table's cache, filled if this is the first use; *state: its state. */
static inline const struct linktable__cache *linktable__cache_of(const struct linktable_bounds *b,
								 unsigned int *state)
{
	const struct linktable__cache *c;

	LTX_LAUNDER(b);
	c = b->cache;
	*state = LTX_LOAD_ACQUIRE(&c->state);
	if (LTX_UNLIKELY(*state == 0)) {
		c = linktable__fill(b)->cache;
		*state = LTX_LOAD_ACQUIRE(&c->state);
	}
	return c;
}

static inline struct linktable__iter linktable__iter_begin(const struct linktable_bounds *b)
{
	unsigned int state;
	const struct linktable__cache *c = linktable__cache_of(b, &state);
	struct linktable__iter it;

	LTX_LAUNDER(b);
	it.bounds = (const char *)b;
	it.pos = c->pos;
	it.end = (const unsigned int *)((const char *)c->pos + state - 1);
	it.stop = LTX_NULL;
	it.once = 1;
	return it;
}

static inline struct linktable__iter linktable__iter_rbegin(const struct linktable_bounds *b)
{
	struct linktable__iter it = linktable__iter_begin(b);
	const unsigned int *first = it.pos;

	it.pos = it.end;
	it.end = first;
	return it;
}

/* The begin (@side 0) or end (1) of the slot at byte offset @off. */
#define LTX_SLOT_BOUND(it, off, side) \
	(*(const char *const *)((it)->bounds + (off) + (side) * sizeof(const char *)))

/* Start of the next non-empty slot (and remember its end), or NULL. */
static inline const void *linktable__next_level(struct linktable__iter *it)
{
	unsigned int off;
	const char *begin;

	if (it->pos == it->end)
		return it->stop = LTX_NULL;
	off = LTX_LOAD_RELAXED(it->pos);
	it->pos++;
	it->stop = LTX_SLOT_BOUND(it, off, 1);
	begin = LTX_SLOT_BOUND(it, off, 0);
	if (!begin) /* never: the slot holds entries; spares the caller a test */
		__builtin_unreachable();
	return begin;
}

/* End of the previous non-empty slot (and remember its begin), or NULL. */
static inline const void *linktable__prev_level(struct linktable__iter *it)
{
	unsigned int off;
	const char *end;

	if (it->pos == it->end)
		return it->stop = LTX_NULL;
	it->pos--;
	off = LTX_LOAD_RELAXED(it->pos);
	it->stop = LTX_SLOT_BOUND(it, off, 0);
	end = LTX_SLOT_BOUND(it, off, 1);
	if (!end)
		__builtin_unreachable();
	return end;
}

static inline linktable__size_t linktable__bytes(const struct linktable_bounds *b)
{
	unsigned int state;

	return LTX_LOAD_RELAXED(&linktable__cache_of(b, &state)->bytes);
}

static inline int linktable__empty(const struct linktable_bounds *b)
{
	unsigned int state;

	linktable__cache_of(b, &state);
	return state == 1;
}

/* ---- Write protection ------------------------------------------------------------ */

/*
 * What LINKTABLE_PROTECT_STATE() reports about a table's writable part (the
 * entries of position-independent code).
 */
/** The image does not protect this table: its defining file was built without
 * -fPIC/-fPIE (non-PIC entries are in read-only sections from the start),
 * freestanding, with LINKTABLE_NO_PROTECT, or the constructor has not run yet. */
#define LINKTABLE_PROTECT_NONE 0u
/** The writable part is read-only since the defining file's constructor ran. */
#define LINKTABLE_PROTECT_DONE 1u
/** Not protected: the run-time page size exceeds the guards' alignment. */
#define LINKTABLE_PROTECT_PAGE_SIZE 2u
/** Not protected: a writable level lies outside the guards (a file declared the
 * table without the guards, e.g. built with LINKTABLE_NO_PROTECT). */
#define LINKTABLE_PROTECT_LAYOUT 3u
/** Not protected: mprotect() failed. */
#define LINKTABLE_PROTECT_FAILED 4u

#if LTX_PROTECT
/*
 * Make the pages between a table's guards [lo, hi) read-only, after checking
 * that they hold every writable level; from a constructor, so after the
 * loader relocated the entries.  A walk before it (another file's
 * constructor) reads the same bytes.  The cache is in .bss, outside.
 */
static LTX_COLD void linktable__protect(const struct linktable_bounds *b, const char *lo, const char *hi)
{
	linktable__uintptr_t page = (linktable__uintptr_t)linktable__getpagesize();
	linktable__uintptr_t l = (linktable__uintptr_t)lo, h = (linktable__uintptr_t)hi;
	unsigned int state = LINKTABLE_PROTECT_DONE;
	int s;

	LTX_LAUNDER(b);
	if (l % page || h % page)
		state = LINKTABLE_PROTECT_PAGE_SIZE;
	for (s = 1; s < LTX_SLOTS; s += 2) {
		linktable__uintptr_t begin = (linktable__uintptr_t)b->level[s].begin;
		linktable__uintptr_t end = (linktable__uintptr_t)b->level[s].end;

		if (begin != end && (begin < l || end > h))
			state = LINKTABLE_PROTECT_LAYOUT;
	}
	if (state == LINKTABLE_PROTECT_DONE && linktable__mprotect((void *)l, h - l, LTX_PROT_READ) != 0)
		state = LINKTABLE_PROTECT_FAILED;
	LTX_STORE_RELAXED(&b->cache->protect, state);
}

/* The guards and the constructor of table @name, in its defining file. */
#define LTX_PROTECT_DEFINE(name) \
	LTX_PROTECT_GUARD(LTX_PROTECT_LO_SECTION(name)) static char linktable__protect_lo_##name = 1; \
	LTX_PROTECT_GUARD(LTX_PROTECT_HI_SECTION(name)) static char linktable__protect_hi_##name = 1; \
	LTX_CALL_UNUSED_BEGIN __attribute__((constructor, used)) static void linktable__protect_##name(void) \
	{ \
		linktable__protect(&linktable_bounds_##name, &linktable__protect_lo_##name, &linktable__protect_hi_##name); \
	} LTX_CALL_UNUSED_END
#else
#define LTX_PROTECT_DEFINE(name)
#endif

/**
 * LINKTABLE_PROTECT_STATE() - whether a table's writable part was made
 * read-only: LINKTABLE_PROTECT_DONE, LINKTABLE_PROTECT_NONE, or why not
 * (LINKTABLE_PROTECT_PAGE_SIZE, LINKTABLE_PROTECT_LAYOUT, LINKTABLE_PROTECT_FAILED).
 * @table: the table's name.
 *
 * In a hosted build with -fPIC or -fPIE, a table's writable levels sit
 * between two page-aligned guards and a constructor in its defining file
 * makes those pages read-only after relocation (see docs/design.md).
 */
#define LINKTABLE_PROTECT_STATE(table) LTX_LOAD_RELAXED(&linktable_bounds_##table.cache->protect)

/* ---- Declaring and defining -------------------------------------------- */

#define LTX_DECLARE_BOUND(t, level) \
	extern const char LTX_TABLE_START(t, level)[] LTX_BOUND_ATTRS; \
	extern const char LTX_TABLE_STOP(t, level)[] LTX_BOUND_ATTRS; \
	extern const char LTX_TABLE_START_RW(t, level)[] LTX_BOUND_ATTRS; \
	extern const char LTX_TABLE_STOP_RW(t, level)[] LTX_BOUND_ATTRS;
#define LTX_BOUND_PAIR(t, level) \
	{ LTX_TABLE_START(t, level), LTX_TABLE_STOP(t, level) }, \
	{ LTX_TABLE_START_RW(t, level), LTX_TABLE_STOP_RW(t, level) },

/**
 * LINKTABLE_DECLARE() - declare a table and the type of its entries.
 * @type: the entry type (any complete object type).
 * @name: the table's name, a C identifier.
 *
 * Put it in the header that users of the table include.  It may be repeated.
 */
#define LINKTABLE_DECLARE(type, name) \
	LTX_PROTECT_ORDER(name) \
	LTX_DECLARE_TYPE(type, name)
/* The typedef and the bounds, without the write protection guards (relative tables). */
#define LTX_DECLARE_TYPE(type, name) \
	typedef type linktable_type_##name; \
	LTX_EXTERN_DECL LTX_HIDDEN const struct linktable_bounds linktable_bounds_##name

/**
 * LINKTABLE_DEFINE() - define a table, in exactly one .c file of each linked
 * image that iterates it.
 * @type: the entry type, as in LINKTABLE_DECLARE().
 * @name: the table's name.
 *
 * Defines the table's bounds (read by the iteration macros) and a descriptor
 * note that the linktable tool reads from the built binary.
 */
#define LINKTABLE_DEFINE(type, name) LTX_DEFINE_TABLE(type, name, LINKTABLE_KIND_PLAIN)

/** Kind tags recorded in a table's descriptor (see docs/design.md). */
#define LINKTABLE_KIND_PLAIN 1u /* a table defined with LINKTABLE_DEFINE() */
#define LINKTABLE_KIND_INIT 2u  /* the init framework's table of init steps */
#define LINKTABLE_KIND_REL 3u   /* a relative table (LINKTABLE_REL_DEFINE()) */

/* LINKTABLE_DEFINE() with a kind tag, for libraries built on tables. */
#define LTX_DEFINE_TABLE(type, name, kind) \
	LINKTABLE_DECLARE(type, name); \
	LTX_DEFINE_DECLARED_TABLE(type, name, kind)
/* The same for a table a header declared already (a second typedef is an
 * error before C11). */
#define LTX_DEFINE_DECLARED_TABLE(type, name, kind) \
	LTX_PROTECT_DEFINE(name) \
	LTX_DEFINE_BOUNDS(name, kind, sizeof(type), __alignof__(type), #type)
/* The bounds object, its cache and the descriptor note of table @name. */
#define LTX_DEFINE_BOUNDS(name, kind, esize, ealign, tname) \
	LTX_EXTERN_C_BEGIN LTX_FOR_EACH_LEVEL(LTX_DECLARE_BOUND, name) LTX_EXTERN_C_END \
	LTX_NOTE(linktable__note_##name, LTX_NOTE_TABLE, kind, esize, ealign, #name, tname); \
	static struct linktable__cache linktable__cache_##name; \
	LTX_EXTERN_C LTX_HIDDEN const struct linktable_bounds linktable_bounds_##name = { \
		&linktable__cache_##name, { LTX_FOR_EACH_LEVEL(LTX_BOUND_PAIR, name) } \
	}

/**
 * LINKTABLE_ENTRY() - add an entry to a table.
 * @table: the table's name.
 * @level: order level, an integer literal from 0 to 99 (or a macro that
 *         expands to one).  Anything else is a compile-time error.
 * @name:  the entry's identifier (static: unique within its file only).
 *
 * Follow it with "= { initializer };".  The entry has the table's type, so
 * an initializer of the wrong type does not compile.  Iteration yields
 * pointers to const.  Code compiled without -fPIC/-fPIE puts the entry in
 * read-only memory; position-independent code puts it in a writable section,
 * as the dynamic loader may have to relocate it, which a hosted build protects
 * read-only after relocation (LINKTABLE_PROTECT_STATE(), docs/design.md).
 */
#define LINKTABLE_ENTRY(table, level, name) LTX_ENTRY_(table, level, name)
#define LTX_ENTRY_(table, level, name) \
	LTX_LEVEL_CHECK(level); \
	static LTX_ENTRY_ATTRS(LTX_TABLE_SECTION(table, level), linktable_type_##table) \
	LTX_ENTRY_QUAL linktable_type_##table name

/* ---- Iterating ------------------------------------------------------------ */

/**
 * LINKTABLE_FOREACH_IN() - iterate the entries behind a given bounds object.
 * @var:    a pointer to const entry type, the loop variable.
 * @table:  the table's name (gives the entry type).
 * @bounds: a const struct linktable_bounds *, e.g. from a plugin's
 *          LINKTABLE_EXPORT() function.
 */
#define LINKTABLE_FOREACH_IN(var, table, bounds) \
	LTX_FOREACH_(var, table, bounds, LTX_UNIQUE(linktable__it_))
#define LTX_FOREACH_(var, table, bounds, it) \
	for (struct linktable__iter it = ((var) = LTX_NULL, linktable__iter_begin(bounds)); it.once; it.once = 0) \
		for (; (const void *)(var) != it.stop || \
		     ((var) = (const linktable_type_##table *)linktable__next_level(&it)) != LTX_NULL; \
		     ++(var))

/**
 * LINKTABLE_FOREACH() - iterate a table in ascending order level.
 * @var:   a pointer to const entry type, declared by the caller.
 * @table: the table's name.
 *
 * Behaves as a plain for loop: break and continue work as usual.  After the
 * loop ran to its end, @var is NULL; after a break it points at the entry.
 * Per entry it costs what a loop over a plain array costs; a walk adds a
 * few instructions per non-empty level.  The first use of a table (walk,
 * COUNT or EMPTY) scans all its levels once; it needs no set-up before,
 * and is safe from constructors and from racing threads.
 */
#define LINKTABLE_FOREACH(var, table) LINKTABLE_FOREACH_IN(var, table, &linktable_bounds_##table)

/**
 * LINKTABLE_FOREACH_REVERSE_IN() - LINKTABLE_FOREACH_IN(), last entry first.
 * @var:    loop variable.
 * @table:  the table's name.
 * @bounds: the bounds to walk.
 */
#define LINKTABLE_FOREACH_REVERSE_IN(var, table, bounds) \
	LTX_FOREACH_REVERSE_(var, table, bounds, LTX_UNIQUE(linktable__it_))
#define LTX_FOREACH_REVERSE_(var, table, bounds, it) \
	for (struct linktable__iter it = ((var) = LTX_NULL, linktable__iter_rbegin(bounds)); it.once; it.once = 0) \
		for (; ((const void *)(var) != it.stop || \
		      ((var) = (const linktable_type_##table *)linktable__prev_level(&it)) != LTX_NULL) && \
		     (--(var), 1);)

/**
 * LINKTABLE_FOREACH_REVERSE() - iterate a table in descending order: the
 * exact reverse of LINKTABLE_FOREACH(), e.g. for tear-down.
 * @var:   loop variable.
 * @table: the table's name.
 */
#define LINKTABLE_FOREACH_REVERSE(var, table) \
	LINKTABLE_FOREACH_REVERSE_IN(var, table, &linktable_bounds_##table)

/**
 * LINKTABLE_COUNT() - number of entries in a table (a size_t).
 * @table: the table's name.
 */
#define LINKTABLE_COUNT(table) \
	(linktable__bytes(&linktable_bounds_##table) / LTX_ENTRY_SLOT(linktable_type_##table))

/**
 * LINKTABLE_EMPTY() - whether a table has no entries.
 * @table: the table's name.
 */
#define LINKTABLE_EMPTY(table) (linktable__empty(&linktable_bounds_##table) != 0)

/**
 * LINKTABLE_RUN_ALL() - call a function member of every entry, in order.
 * @table:  the table's name.
 * @member: a function-pointer member of the entry type; NULL members are
 *          skipped.
 * @...:    the arguments of each call.
 */
#define LINKTABLE_RUN_ALL(table, member, ...) \
	LTX_RUN_ALL_(table, member, LTX_UNIQUE(linktable__e_), __VA_ARGS__)
#define LTX_RUN_ALL_(table, member, e, ...) \
	do { \
		const linktable_type_##table *e; \
		LINKTABLE_FOREACH(e, table) \
			if (e->member) \
				e->member(__VA_ARGS__); \
	} while (0)

/**
 * LINKTABLE_RUN_ERR() - call a function member of each entry, in order,
 * until one returns non-zero.
 * @table:  the table's name.
 * @member: a function-pointer member returning int; NULL members are skipped.
 * @...:    the arguments of each call.
 *
 * Return: the first non-zero result, or 0 when every call returned 0.
 */
#define LINKTABLE_RUN_ERR(table, member, ...) \
	LTX_RUN_ERR_(table, member, LTX_UNIQUE(linktable__e_), LTX_UNIQUE(linktable__r_), __VA_ARGS__)
#define LTX_RUN_ERR_(table, member, e, r, ...) \
	LTX_STMT_EXPR( \
		const linktable_type_##table *e; \
		int r = 0; \
		LINKTABLE_FOREACH(e, table) \
			if (e->member && (r = e->member(__VA_ARGS__)) != 0) \
				break; \
		r; \
	)

/* ---- Relative tables: 32-bit offsets to functions ---------------------- */

/**
 * LINKTABLE_REL_DECLARE() - declare a relative table: a table of functions
 * whose entries are 32-bit offsets, as Linux's PREL32 initcalls.
 * @fn_type: the function pointer type, e.g. int (*)(void) or a typedef.
 * @name:    the table's name, a C identifier.
 *
 * Each entry is the distance from the entry to its function, resolved by
 * the static linker: no dynamic relocation even in a PIE or a shared object,
 * so the entries stay in read-only memory there too, and each takes 4 bytes
 * instead of 8.  The functions must be within +-2 GiB of the table (true of
 * any one image on the usual code models).
 */
#define LINKTABLE_REL_DECLARE(fn_type, name) LTX_DECLARE_TYPE(fn_type, name)

/**
 * LINKTABLE_REL_DEFINE() - define a relative table, in exactly one .c file
 * of each linked image that iterates it.
 * @fn_type: the function pointer type, as in LINKTABLE_REL_DECLARE().
 * @name:    the table's name.
 *
 * The descriptor note records entries of 4 bytes of kind
 * LINKTABLE_KIND_REL; the type name is @fn_type.
 */
#define LINKTABLE_REL_DEFINE(fn_type, name) \
	LINKTABLE_REL_DECLARE(fn_type, name); \
	LTX_DEFINE_BOUNDS(name, LINKTABLE_KIND_REL, 4u, 4u, #fn_type)

/**
 * LINKTABLE_REL_ENTRY() - add a function to a relative table.
 * @table: the table's name.
 * @level: order level, an integer literal from 0 to 99.
 * @fn:    a function of exactly the table's function type (else a
 *         compile-time error), declared before this line and defined in
 *         the same image.
 *
 * Use it at file scope in C.  The entry refers to @fn from assembly, which
 * the compiler does not see: with external linkage @fn is always kept; a
 * static @fn must be marked __attribute__((used)) where it is defined
 * (with clang; gcc marks it here).  In a shared object @fn must be static
 * or hidden: an offset cannot point at a function that another image could
 * interpose (the link fails with "can not be used when making a shared
 * object").
 */
#define LINKTABLE_REL_ENTRY(table, level, fn) \
	LTX_LEVEL_CHECK(level); \
	LTX_STATIC_ASSERT(LTX_SAME_TYPE(__typeof__(&(fn)), linktable_type_##table), \
			  "linktable: " #fn " is not of the function type of relative table " #table); \
	LTX_KEEP_FUNCTION(fn); \
	__asm__(".pushsection " LTX_TABLE_SECTION_RO(table, level) ",\"a" LTX_RETAIN_FLAG "\"\n" \
		".balign 4\n.long " #fn " - .\n.popsection")

/* The function an entry of a relative table points at. */
#define LTX_REL_TARGET(table, p) \
	((linktable_type_##table)(linktable__uintptr_t)((const char *)(p) + *(p)))

/**
 * LINKTABLE_REL_FOREACH() - iterate a relative table's functions in
 * ascending order level.
 * @var:   a variable of the table's function pointer type.
 * @table: the table's name.
 *
 * A plain for loop (break and continue work); after the loop ran to its
 * end, @var holds the last function.  Per entry it costs one load and one
 * add more than a walk over an array of function pointers.
 */
#define LINKTABLE_REL_FOREACH(var, table) \
	LTX_REL_FOREACH_(var, table, LTX_UNIQUE(linktable__it_), LTX_UNIQUE(linktable__p_))
#define LTX_REL_FOREACH_(var, table, it, p) \
	for (struct linktable__iter it = linktable__iter_begin(&linktable_bounds_##table); it.once; it.once = 0) \
		for (const int *p = (const int *)LTX_NULL; \
		     (p != it.stop || (p = (const int *)linktable__next_level(&it)) != LTX_NULL) && \
		     ((var) = LTX_REL_TARGET(table, p), 1); \
		     ++p)

/**
 * LINKTABLE_REL_FOREACH_REVERSE() - LINKTABLE_REL_FOREACH(), last first.
 * @var:   a variable of the table's function pointer type.
 * @table: the table's name.
 */
#define LINKTABLE_REL_FOREACH_REVERSE(var, table) \
	LTX_REL_FOREACH_REVERSE_(var, table, LTX_UNIQUE(linktable__it_), LTX_UNIQUE(linktable__p_))
#define LTX_REL_FOREACH_REVERSE_(var, table, it, p) \
	for (struct linktable__iter it = linktable__iter_rbegin(&linktable_bounds_##table); it.once; it.once = 0) \
		for (const int *p = (const int *)LTX_NULL; \
		     (p != it.stop || (p = (const int *)linktable__prev_level(&it)) != LTX_NULL) && \
		     (--p, (var) = LTX_REL_TARGET(table, p), 1);)

/**
 * LINKTABLE_REL_COUNT() - number of functions in a relative table.
 * @table: the table's name.
 */
#define LINKTABLE_REL_COUNT(table) (linktable__bytes(&linktable_bounds_##table) / LTX_REL_SLOT)

/* ---- Archives and plugins ------------------------------------------------ */

/**
 * LINKTABLE_PROVIDE_OBJECT() - name this object file, so that others can
 * require it.
 * @obj: a C identifier, unique in the program.
 *
 * An archive member is linked only if something refers to it; a member that
 * only contributes table entries would silently vanish.  Provide a name in
 * the member and require it where the feature must be present.
 */
#define LINKTABLE_PROVIDE_OBJECT(obj) \
	LTX_EXTERN_C_BEGIN extern const char linktable_object_##obj; LTX_EXTERN_C_END \
	LTX_EXTERN_C __attribute__((used)) const char linktable_object_##obj = 0

/**
 * LINKTABLE_REQUIRE_OBJECT() - link in the object that provides @obj.
 * @obj: a name given by LINKTABLE_PROVIDE_OBJECT().
 *
 * Pulls the providing archive member into the link; if no object provides
 * it, the link fails with "undefined reference to linktable_object_@obj".
 */
#define LINKTABLE_REQUIRE_OBJECT(obj) \
	LTX_EXTERN_C_BEGIN extern const char linktable_object_##obj; LTX_EXTERN_C_END \
	__attribute__((used)) static const char *const LTX_UNIQUE(linktable__require_##obj##_) = \
		&linktable_object_##obj

/**
 * LINKTABLE_EXPORT() - export a table's bounds from a shared object.
 * @table: the table's name (defined in this image).
 *
 * Defines "const struct linktable_bounds *linktable_export_@table(void)" with
 * default visibility, so that a host can dlsym() it in a plugin and walk the
 * plugin's entries with LINKTABLE_FOREACH_IN().
 */
#define LINKTABLE_EXPORT(table) \
	LTX_EXTERN_C LTX_EXPORTED const struct linktable_bounds *linktable_export_##table(void); \
	LTX_EXTERN_C LTX_EXPORTED const struct linktable_bounds *linktable_export_##table(void) \
	{ \
		return &linktable_bounds_##table; \
	} \
	struct linktable__export_needs_a_semicolon /* so "LINKTABLE_EXPORT(t);" is one declaration */

#ifdef LTX_PE
#include <linktable/internal/pe.h>
#endif

#endif /* LINKTABLE_LINKTABLE_H */
