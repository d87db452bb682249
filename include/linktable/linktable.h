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
 * Needs gcc or clang and an ELF target; no linker script, no libc.
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

/**
 * struct linktable_bounds - where one table's entries are, level by level.
 * @level: the bounds of each order level, ascending; two slots per level:
 *         level[2 * L] is the read-only part of level L, level[2 * L + 1]
 *         its writable part (entries compiled as position-independent code).
 *
 * LINKTABLE_DEFINE() fills one in from the linker's __start_/__stop_ symbols.
 * It is read-only (RELRO in a PIE).
 */
struct linktable_bounds {
	struct linktable_level level[LTX_SLOTS];
};

/* Loop state of LINKTABLE_FOREACH(); private. */
struct linktable__iter {
	const struct linktable_level *next;  /* next level to look at */
	const struct linktable_level *first; /* level[0] */
	const struct linktable_level *last;  /* one past the last slot */
	const void *stop;                    /* end (or begin) of the current level */
	int once;
};

static inline struct linktable__iter linktable__iter_begin(const struct linktable_bounds *b)
{
	struct linktable__iter it;

	LTX_LAUNDER(b);
	it.first = &b->level[0];
	it.last = &b->level[LTX_SLOTS];
	it.next = it.first;
	it.stop = LTX_NULL;
	it.once = 1;
	return it;
}

static inline struct linktable__iter linktable__iter_rbegin(const struct linktable_bounds *b)
{
	struct linktable__iter it = linktable__iter_begin(b);

	it.next = it.last;
	return it;
}

/* Start of the next non-empty level (and remember its end), or NULL. */
static inline const void *linktable__next_level(struct linktable__iter *it)
{
	while (it->next != it->last) {
		const struct linktable_level *l = it->next++;

		if (l->begin != l->end) {
			it->stop = l->end;
			return l->begin;
		}
	}
	it->stop = LTX_NULL;
	return LTX_NULL;
}

/* End of the previous non-empty level (and remember its begin), or NULL. */
static inline const void *linktable__prev_level(struct linktable__iter *it)
{
	while (it->next != it->first) {
		const struct linktable_level *l = --it->next;

		if (l->begin != l->end) {
			it->stop = l->begin;
			return l->end;
		}
	}
	it->stop = LTX_NULL;
	return LTX_NULL;
}

static inline linktable__size_t linktable__bytes(const struct linktable_bounds *b)
{
	linktable__size_t bytes = 0;
	int i;

	LTX_LAUNDER(b);
	for (i = 0; i < LTX_SLOTS; i++)
		bytes += (linktable__size_t)(b->level[i].end - b->level[i].begin);
	return bytes;
}

static inline int linktable__empty(const struct linktable_bounds *b)
{
	int i;

	LTX_LAUNDER(b);
	for (i = 0; i < LTX_SLOTS; i++)
		if (b->level[i].begin != b->level[i].end)
			return 0;
	return 1;
}

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

/* LINKTABLE_DEFINE() with a kind tag, for libraries built on tables. */
#define LTX_DEFINE_TABLE(type, name, kind) \
	LINKTABLE_DECLARE(type, name); \
	LTX_DEFINE_DECLARED_TABLE(type, name, kind)
/* The same for a table a header declared already (a second typedef is an
 * error before C11). */
#define LTX_DEFINE_DECLARED_TABLE(type, name, kind) \
	LTX_EXTERN_C_BEGIN LTX_FOR_EACH_LEVEL(LTX_DECLARE_BOUND, name) LTX_EXTERN_C_END \
	LTX_NOTE(linktable__note_##name, LTX_NOTE_TABLE, kind, sizeof(type), __alignof__(type), #name, #type); \
	LTX_EXTERN_C LTX_HIDDEN const struct linktable_bounds linktable_bounds_##name = { \
		{ LTX_FOR_EACH_LEVEL(LTX_BOUND_PAIR, name) } \
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
 * as the dynamic loader may have to relocate it (see docs/design.md).
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
	for (struct linktable__iter it = linktable__iter_begin(bounds); it.once; it.once = 0) \
		for ((var) = LTX_NULL; \
		     (const void *)(var) != it.stop || \
		     ((var) = (const linktable_type_##table *)linktable__next_level(&it)) != LTX_NULL; \
		     ++(var))

/**
 * LINKTABLE_FOREACH() - iterate a table in ascending order level.
 * @var:   a pointer to const entry type, declared by the caller.
 * @table: the table's name.
 *
 * Behaves as a plain for loop: break and continue work as usual.  After the
 * loop ran to its end, @var is NULL; after a break it points at the entry.
 * Per entry it costs what a loop over a plain array costs; each table adds a
 * constant for walking its levels.
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
	for (struct linktable__iter it = linktable__iter_rbegin(bounds); it.once; it.once = 0) \
		for ((var) = LTX_NULL; \
		     ((const void *)(var) != it.stop || \
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
	(linktable__bytes(&linktable_bounds_##table) / sizeof(linktable_type_##table))

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
	}

#endif /* LINKTABLE_LINKTABLE_H */
