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
 * Needs gcc or clang and an ELF or a PE/COFF (mingw-w64) target, or clang
 * and WebAssembly (wasm-ld) or Mach-O (ld64); no linker script, no libc.  On
 * PE a table holds pointers to its entries (see internal/pe.h); on
 * WebAssembly an entry is a hidden global symbol and a relative table holds
 * function pointers (see internal/wasm.h); on Mach-O every entry is a record
 * in one shared section, walked level by level (see internal/macho.h).
 */
#ifndef LINKTABLE_LINKTABLE_H
#define LINKTABLE_LINKTABLE_H

#include <linktable/internal/toolchain.h>

/** Number of order levels: levels are 0 .. LINKTABLE_LEVELS - 1. */
#define LINKTABLE_LEVELS LTX_LEVELS

/**
 * struct linktable_level - the entries of one order level, as bytes.
 * @begin: where the level's first entry is; read it with
 *         linktable_level_begin().  On ELF an offset in bytes from the start
 *         of this struct (no relocation: see internal/toolchain.h, "The
 *         bounds object on ELF"); on PE, WebAssembly and Mach-O a pointer.
 * @end:   one past the level's last entry, the same way
 *         (linktable_level_end()).
 *
 * An empty level has begin == end (on PE, WebAssembly and Mach-O, NULL).
 */
struct linktable_level {
#if LTX_REL_BOUNDS
	int begin;
	int end;
#else
	const char *begin;
	const char *end;
#endif
};

#if LTX_REL_BOUNDS
/* The address @off bytes from @base (integer arithmetic: the result may lie
 * outside any object - an empty level's bounds are only compared). */
#define LTX_REL_ADDR(base, off) \
	((const char *)((linktable__uintptr_t)(base) + (linktable__uintptr_t)(__INTPTR_TYPE__)(off)))
#define LTX_LEVEL_BOUND(l, side) LTX_REL_ADDR((l), (side) ? (l)->end : (l)->begin)
/* Non-zero if slot @l is not empty (one instruction: both offsets are from
 * the same place). */
#define LTX_SLOT_DIFF(l) ((l)->begin ^ (l)->end)
#else
#define LTX_LEVEL_BOUND(l, side) ((side) ? (l)->end : (l)->begin)
#define LTX_SLOT_DIFF(l) ((l)->begin != (l)->end)
#endif

/**
 * linktable_level_begin() - the first byte of a level's entries.
 * @l: the level, e.g. &bounds->level[2 * L] (read-only part of level L).
 *
 * Return: its address; equal to linktable_level_end() if the level is empty
 * (then it is no entry's address, and may be NULL).
 */
static inline const char *linktable_level_begin(const struct linktable_level *l)
{
	return LTX_LEVEL_BOUND(l, 0);
}

/**
 * linktable_level_end() - one past the last byte of a level's entries.
 * @l: the level.
 *
 * Return: its address (linktable_level_end() - linktable_level_begin() is
 * the level's size in bytes, on ELF; PE tables hold pointers, see
 * internal/pe.h).
 */
static inline const char *linktable_level_end(const struct linktable_level *l)
{
	return LTX_LEVEL_BOUND(l, 1);
}

/* The entries of one non-empty slot, as addresses; private. */
struct linktable__range {
	const char *begin;
	const char *end;
};

/*
 * struct linktable__cache - what the first walk learnt about a table; private.
 * @state: 0 until filled, then the byte offset of range[N] in the cache,
 *         for N non-empty slots (never 0: range[] follows the words here),
 *         so that a walk finds its end with one addition (atomic: written
 *         with release, read with acquire).
 * @protect:  LINKTABLE_PROTECT_*: what the write protection constructor did (set once).
 * @bytes: total bytes of all slots.
 * @range: range[0..N-1]: the begin and end of the table's N non-empty
 *         slots, in walk order.
 *
 * Filled on first use by linktable__fill(), by whichever thread gets there
 * first - or by several at once: each writes the same values with atomic
 * stores, so the race is benign and no lock (no libc, no threads library)
 * is needed.  It lives in .bss: no start-up work, and a walk from any
 * constructor, in any order, fills it itself.  It holds the slots' bounds
 * as addresses, so that a later walk loads two pointers per level and adds
 * nothing (bench/tables part a); the header words come first, so that a
 * walk of a few levels touches one cache line.  (.bss pages nobody touches
 * cost no memory: a table of N non-empty slots uses 16 + 16 * N bytes of
 * its 3,216 on 64-bit targets.)
 */
struct linktable__cache {
	unsigned int state;
	unsigned int protect;
	linktable__size_t bytes;
	struct linktable__range range[LTX_SLOTS];
};

/**
 * struct linktable_bounds - where one table's entries are, level by level.
 * @cache: private: which slots hold entries, found on first use (on ELF an
 *         offset from the bounds object, else a pointer).
 * @level: the bounds of each order level, ascending; two slots per level:
 *         level[2 * L] is the read-only part of level L, level[2 * L + 1]
 *         its writable part (entries compiled as position-independent code).
 *         Read them with linktable_level_begin() and linktable_level_end().
 *
 * LINKTABLE_DEFINE() fills one in from the linker's __start_/__stop_ symbols.
 * It is read-only: on ELF it holds offsets only, so it needs no dynamic
 * relocation even in a PIE or shared object (.rodata); elsewhere RELRO.
 */
struct linktable_bounds {
#if LTX_REL_BOUNDS
	int cache;
#else
	struct linktable__cache *cache;
#endif
	struct linktable_level level[LTX_SLOTS];
};

#if LTX_REL_BOUNDS
/* The bounds object of LINKTABLE_DEFINE() is written in assembly, which
 * knows the cache's size only from these. */
LTX_STATIC_ASSERT(sizeof(struct linktable__cache) == LTX_CACHE_BYTES &&
			  __alignof__(struct linktable__cache) <= LTX_CACHE_ALIGN,
		  "linktable: LTX_CACHE_BYTES does not match struct linktable__cache");
LTX_STATIC_ASSERT(sizeof(struct linktable_bounds) == 4 + 8 * LTX_SLOTS,
		  "linktable: the assembly bounds object does not match struct linktable_bounds");
/* The cache of bounds object @b. */
#define LTX_CACHE(b) ((struct linktable__cache *)(linktable__uintptr_t)LTX_REL_ADDR(&(b)->cache, (b)->cache))
#else
#define LTX_CACHE(b) ((b)->cache)
#endif

/* Loop state of LINKTABLE_FOREACH(); private. */
struct linktable__iter {
	const struct linktable__range *pos; /* the cache's next range (reverse: one past it) */
	const struct linktable__range *end; /* where pos stops */
	const void *stop;                   /* end (or begin) of the current slot */
	int once;
};

/* The state of a filled cache of @n non-empty slots, and back. */
#define LTX_CACHE_END(n) (__builtin_offsetof(struct linktable__cache, range) + (n) * sizeof(struct linktable__range))
#define LTX_CACHE_RANGES(state) \
	(((state) - (unsigned int)LTX_CACHE_END(0)) / (unsigned int)sizeof(struct linktable__range))

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
	c = LTX_CACHE(b);
	for (s = 0; s < LTX_SLOTS; s++) {
		const struct linktable_level *l = &b->level[s];
		const char *begin, *end;
		linktable__size_t l_bytes;

		if (!LTX_SLOT_DIFF(l)) /* most slots: no address to compute */
			continue;
		/* Opaque from here: the compiler computes no address for the
		 * empty slots, and keeps one loop counter (6 instructions an
		 * empty slot with gcc and clang on x86-64). */
		LTX_LAUNDER(l);
		begin = LTX_LEVEL_BOUND(l, 0);
		end = LTX_LEVEL_BOUND(l, 1);
		l_bytes = LTX_SLOT_BYTES(begin, end);
		if (l_bytes) {
			LTX_STORE_RELAXED(&c->range[n].begin, begin);
			LTX_STORE_RELAXED(&c->range[n].end, end);
			n++;
			bytes += l_bytes;
		}
	}
	LTX_STORE_RELAXED(&c->bytes, bytes);
	LTX_STORE_RELEASE(&c->state, (unsigned int)LTX_CACHE_END(n));
	return b;
}

/* The table's cache, filled if this is the first use; *state: its state. */
static inline const struct linktable__cache *linktable__cache_of(const struct linktable_bounds *b,
								 unsigned int *state)
{
	const struct linktable__cache *c;

	LTX_LAUNDER(b);
	c = LTX_CACHE(b);
	*state = LTX_LOAD_ACQUIRE(&c->state);
	if (LTX_UNLIKELY(*state == 0)) {
		b = linktable__fill(b);
		c = LTX_CACHE(b);
		*state = LTX_LOAD_ACQUIRE(&c->state);
	}
	return c;
}

/* The number of non-empty slots of a filled cache of state @state. */

static inline struct linktable__iter linktable__iter_begin(const struct linktable_bounds *b)
{
	unsigned int state;
	const struct linktable__cache *c = linktable__cache_of(b, &state);
	struct linktable__iter it;

	it.pos = c->range;
	it.end = (const struct linktable__range *)(const void *)((const char *)c + state);
	it.stop = LTX_NULL;
	it.once = 1;
	return it;
}

static inline struct linktable__iter linktable__iter_rbegin(const struct linktable_bounds *b)
{
	struct linktable__iter it = linktable__iter_begin(b);
	const struct linktable__range *first = it.pos;

	it.pos = it.end;
	it.end = first;
	return it;
}

/* Start of the next non-empty slot (and remember its end), or NULL. */
static inline const void *linktable__next_level(struct linktable__iter *it)
{
	const char *begin;

	if (it->pos == it->end)
		return it->stop = LTX_NULL;
	begin = LTX_LOAD_RELAXED(&it->pos->begin);
	it->stop = LTX_LOAD_RELAXED(&it->pos->end);
	it->pos++;
	if (!begin) /* never: the slot holds entries; spares the caller a test */
		__builtin_unreachable();
	return begin;
}

/* End of the previous non-empty slot (and remember its begin), or NULL. */
static inline const void *linktable__prev_level(struct linktable__iter *it)
{
	const char *end;

	if (it->pos == it->end)
		return it->stop = LTX_NULL;
	it->pos--;
	it->stop = LTX_LOAD_RELAXED(&it->pos->begin);
	end = LTX_LOAD_RELAXED(&it->pos->end);
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
	return state == LTX_CACHE_END(0);
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
LTX_STATIC_ASSERT(LTX_SLOTS % 8 == 0, "linktable: linktable__protect() checks four writable slots a round");
static LTX_COLD void linktable__protect(const struct linktable_bounds *b, const char *lo, const char *hi)
{
	linktable__uintptr_t page = LTX_PAGE_SIZE();
	linktable__uintptr_t l = (linktable__uintptr_t)lo, h = (linktable__uintptr_t)hi;
	unsigned int state = LINKTABLE_PROTECT_DONE;
	int s;

	LTX_LAUNDER(b);
	if (l % page || h % page)
		state = LINKTABLE_PROTECT_PAGE_SIZE;
	/* The 100 writable slots, nearly all empty, four per round: an empty
	 * slot has equal offsets, and four empty ones cost about 16 instructions (the constructor stays
	 * under 1,000). */
	for (s = 1; s < LTX_SLOTS; s += 8) {
		const struct linktable_level *v = &b->level[s];
		int k;

		if ((LTX_SLOT_DIFF(&v[0]) | LTX_SLOT_DIFF(&v[2]) | LTX_SLOT_DIFF(&v[4]) | LTX_SLOT_DIFF(&v[6])) == 0)
			continue;
		for (k = 0; k < 8; k += 2) {
			linktable__uintptr_t begin = (linktable__uintptr_t)LTX_LEVEL_BOUND(&v[k], 0);
			linktable__uintptr_t end = (linktable__uintptr_t)LTX_LEVEL_BOUND(&v[k], 1);

			if (begin != end && (begin < l || end > h))
				state = LINKTABLE_PROTECT_LAYOUT;
		}
	}
	if (state == LINKTABLE_PROTECT_DONE && linktable__mprotect((void *)l, h - l, LTX_PROT_READ) != 0)
		state = LINKTABLE_PROTECT_FAILED;
	LTX_STORE_RELAXED(&LTX_CACHE(b)->protect, state);
}

/* The guards and the constructor of table @name, in its defining file. */
#define LTX_PROTECT_DEFINE(name) \
	LTX_PROTECT_GUARD(LTX_PROTECT_LO_SECTION(name)) static char linktable__protect_lo_##name = 1; \
	LTX_PROTECT_GUARD(LTX_PROTECT_HI_SECTION(name)) static char linktable__protect_hi_##name = 1; \
	LTX_CALL_UNUSED_BEGIN __attribute__((__constructor__, __used__)) static void linktable__protect_##name(void) \
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
#define LINKTABLE_PROTECT_STATE(table) LTX_LOAD_RELAXED(&LTX_CACHE(&linktable_bounds_##table)->protect)

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
	LTX_DECLARE_TYPE(type, name); \
	LTX_DECLARE_CHECK(name)
/* In position-independent C, an entry type must not be const-qualified:
 * the entries' section is the writable part, and the compiler would put
 * a const entry whose initializer needs no relocation in a read-only
 * section of the same name - a second output section with mold, where the
 * bounds miss it, and with clang (no retain, LTX_KEEP_BY_RELOC) a section
 * nothing keeps under --gc-sections; gas refuses it beside the write
 * protection's "awR" declaration.  Entries are read through pointers to
 * const anyway. */
#if (defined(__PIC__) || defined(__PIE__)) && !defined(__cplusplus)
#define LTX_DECLARE_CHECK(name) \
	LTX_STATIC_ASSERT(!__builtin_types_compatible_p(linktable_type_##name *, const linktable_type_##name *), \
			  "linktable: the entry type of table " #name " must not be const-qualified (entries are read through pointers to const)")
#else
#define LTX_DECLARE_CHECK(name) LTX_STATIC_ASSERT(1, "")
#endif
/* The typedef and the bounds, without the write protection guards (relative tables). */
#define LTX_DECLARE_TYPE(type, name) \
	LTX_REPEATED_TYPEDEF_BEGIN typedef __typeof__(type) linktable_type_##name; LTX_REPEATED_TYPEDEF_END \
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
#define LINKTABLE_KIND_ARRAY 4u /* an array table (LINKTABLE_ARRAY_DEFINE()) */

/* LINKTABLE_DEFINE() with a kind tag, for libraries built on tables. */
#define LTX_DEFINE_TABLE(type, name, kind) \
	LINKTABLE_DECLARE(type, name); \
	LTX_DEFINE_DECLARED_TABLE(type, name, kind)
/* The same for a table a header declared already (a second typedef is an
 * error before C11). */
#define LTX_DEFINE_DECLARED_TABLE(type, name, kind) \
	LTX_PROTECT_DEFINE(name) \
	LTX_DEFINE_LEVEL_BOUNDS(name, kind, sizeof(type), __alignof__(type), #type)
/* The bounds object, its cache and the descriptor note of table @name. */
#if LTX_REL_BOUNDS
/* In assembly, as offsets (internal/toolchain.h, "The bounds object on
 * ELF"): for each level 0..99 its read-only part, then its writable part. */
#define LTX_DEFINE_BOUNDS(name, kind, esize, ealign, tname) \
	LTX_DEFINE_BOUNDS_R(name, kind, esize, ealign, tname, LTX_RETAIN_FLAG)
/* The same for a table LINKTABLE_DECLARE() declared: its anchors are R only
 * when its entries are (LTX_KEEP_BY_RELOC, internal/toolchain.h), as the
 * declaration names the level sections with the entries' flags already.
 * (Relative tables' entries are retained sections of assembly, and clang
 * refuses a section named again with other flags.) */
#define LTX_DEFINE_LEVEL_BOUNDS(name, kind, esize, ealign, tname) \
	LTX_DEFINE_BOUNDS_R(name, kind, esize, ealign, tname, LTX_LEVEL_RETAIN_FLAG)
#define LTX_DEFINE_BOUNDS_R(name, kind, esize, ealign, tname, rflag) \
	LTX_NOTE(linktable__note_##name, LTX_NOTE_TABLE, kind, esize, ealign, #name, tname); \
	LTX_LEVEL_ANCHORS(name, ealign, rflag) \
	__asm__(LTX_BOUNDS_HEAD_ASM("linktable_bounds_" #name, "linktable__cache_" #name) \
		".irp linktable__l," LTX_LEVEL_LIST "\n" LTX_BOUNDS_PAIR_ASM("linktable_" #name "_\\linktable__l") \
		LTX_BOUNDS_PAIR_ASM("linktable_" #name "_\\linktable__l\\()_rw") ".endr\n" \
		LTX_BOUNDS_TAIL_ASM("linktable_bounds_" #name, "linktable__cache_" #name))
/* The anchors of table @t: an empty section for each of its levels' two
 * parts, aligned as the entries are (@align), so that the linker defines
 * every bound the bounds object refers to and an empty level starts where
 * an entry could (internal/toolchain.h, "The bounds object on ELF").  In
 * assembly, with the flags of the entries' sections ("a", "aw"): a C object
 * in the writable part would clash with entries of the same file whose
 * section gcc files as RELRO (init steps) or not (plain entries).  In a
 * function, never called, because only a function's asm takes an operand,
 * and the assembler needs the alignment as a number. */
#define LTX_LEVEL_ANCHORS(t, align, rflag) \
	static __attribute__((__used__)) void linktable__anchors_##t(void) \
	{ \
		__asm__(".irp linktable__l," LTX_LEVEL_LIST "\n" LTX_ANCHOR_ASM("linktable_" #t "_\\linktable__l", "a" rflag) \
			LTX_ANCHOR_ASM("linktable_" #t "_\\linktable__l\\()_rw", "aw" rflag) ".endr" \
			: \
			: "i"(align)); \
	}
#else
#define LTX_DEFINE_LEVEL_BOUNDS(name, kind, esize, ealign, tname) LTX_DEFINE_BOUNDS(name, kind, esize, ealign, tname)
#define LTX_DEFINE_BOUNDS(name, kind, esize, ealign, tname) \
	LTX_EXTERN_C_BEGIN LTX_FOR_EACH_LEVEL(LTX_DECLARE_BOUND, name) LTX_EXTERN_C_END \
	LTX_NOTE(linktable__note_##name, LTX_NOTE_TABLE, kind, esize, ealign, #name, tname); \
	static struct linktable__cache linktable__cache_##name; \
	LTX_EXTERN_C LTX_HIDDEN const struct linktable_bounds linktable_bounds_##name = { \
		&linktable__cache_##name, { LTX_FOR_EACH_LEVEL(LTX_BOUND_PAIR, name) } \
	}
#endif

/**
 * LINKTABLE_ENTRY() - add an entry to a table.
 * @table: the table's name.
 * @level: order level, an integer literal from 0 to 99, or 00 to 09 (the
 *         same levels as 0 to 9), or a macro that expands to one.  Anything
 *         else (005, 0x5, 5u, 100, -1, a variable) is a compile-time error
 *         naming linktable_order_level_0_to_99_or_00_to_09__<spelling>
 *         (..._rw__<spelling> in position-independent code).
 * @name:  the entry's identifier (unique within its file only: static, or
 *         on WebAssembly hidden under an assembler name of its own).
 *
 * Follow it with "= { initializer };".  The entry has the table's type, so
 * an initializer of the wrong type does not compile.  Iteration yields
 * pointers to const.  Code compiled without -fPIC/-fPIE puts the entry in
 * read-only memory; position-independent code puts it in a writable section,
 * as the dynamic loader may have to relocate it, which a hosted build protects
 * read-only after relocation (LINKTABLE_PROTECT_STATE(), docs/design.md).
 */
#if !defined(LTX_WASM) && !defined(__cplusplus) && !defined(LTX_CLANG_ASAN) && LTX_HAS_ATTRIBUTE(__retain__) && \
	defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
/* No separate level check: the section name is one (LTX_LEVEL_NAME()).  And
 * no macro layer: the two usual configurations - C on ELF, with and without
 * -fPIC/-fPIE - have LTX_ENTRY_() and LTX_TABLE_SECTION() written out, so
 * that an entry expands no macro but this one and the level's name (each
 * macro expanded per entry costs preprocessing time, most of what an entry
 * costs above a plain object with a section attribute: bench/tables part
 * d, docs/design.md "Compile cost").  @level passes through no # or ## here,
 * so a level macro is expanded before LTX_LEVEL_NAME() pastes it.  The
 * alignment is _Alignas(type): like aligned(__alignof__(type)) it pins the
 * entry to its type's alignment, with gcc and clang (see LTX_ENTRY_ATTRS()),
 * and it costs gcc about 3,900 instructions less per entry (no attribute
 * argument to evaluate).  C11 only: before it (FreeBSD's and Zephyr's
 * C99), LTX_ENTRY_() below. */
#if LTX_KEEP_BY_RELOC
/* clang: no retain (a section per entry); the file's declaration of the
 * table keeps the level sections (LTX_KEEP_BY_RELOC, internal/toolchain.h). */
#if defined(__PIC__) || defined(__PIE__)
#define LINKTABLE_ENTRY(table, level, name) \
	static _Alignas(linktable_type_##table) __attribute__((__used__, \
		__section__("linktable_" #table LTX_LEVEL_NAME_RW(level)))) linktable_type_##table name
#else
#define LINKTABLE_ENTRY(table, level, name) \
	static _Alignas(linktable_type_##table) __attribute__((__used__, \
		__section__("linktable_" #table LTX_LEVEL_NAME(level)))) const linktable_type_##table name
#endif
#elif defined(__PIC__) || defined(__PIE__)
#define LINKTABLE_ENTRY(table, level, name) \
	static _Alignas(linktable_type_##table) __attribute__((__used__, __retain__, \
		__section__("linktable_" #table LTX_LEVEL_NAME_RW(level)))) linktable_type_##table name
#else
#define LINKTABLE_ENTRY(table, level, name) \
	static _Alignas(linktable_type_##table) __attribute__((__used__, __retain__, \
		__section__("linktable_" #table LTX_LEVEL_NAME(level)))) const linktable_type_##table name
#endif
#else
#define LINKTABLE_ENTRY(table, level, name) LTX_ENTRY_(table, level, name)
#endif
/* The same with every part named: WebAssembly, C++, ASan, compilers without
 * retain, and the forms PE and Mach-O build on. */
#define LTX_ENTRY_(table, level, name) \
	LTX_ENTRY_LINKAGE __attribute__((__used__, LTX_RETAIN LTX_NO_ASAN __section__(LTX_TABLE_SECTION(table, level)), \
					 __aligned__(__alignof__(linktable_type_##table)))) \
	LTX_ENTRY_QUAL linktable_type_##table name LTX_ENTRY_SYMBOL(table, name)

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
 * @level: order level, as in LINKTABLE_ENTRY(): 0 to 99, or 00 to 09.
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
#define LINKTABLE_REL_ENTRY(table, level, fn) LTX_REL_ENTRY_(table, LTX_LEVEL_NORM(level), fn)
#define LTX_REL_ENTRY_(table, level, fn) \
	LTX_STATIC_ASSERT(LTX_SAME_TYPE(__typeof__(&(fn)), linktable_type_##table), \
			  "linktable: " #fn " is not of the function type of relative table " #table); \
	LTX_KEEP_FUNCTION(fn); \
	__asm__(LTX_REL_ONE_FUNCTION(fn) \
		".pushsection " LTX_TABLE_SECTION_RO(table, level) ",\"a" LTX_RETAIN_FLAG "\"\n" \
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

/* ---- Array tables: writable, one contiguous array, named entries ------- */

/* Array tables are one array only where an ELF linker lays their level
 * sections out in order: elsewhere every declaration and definition says
 * so, before the assembler or the linker could fail less clearly. */
#define LTX_ARRAY_ELF_ONLY \
	LTX_STATIC_ASSERT(0, "linktable: array tables (LINKTABLE_ARRAY_*) need ELF; on PE/COFF, WebAssembly and Mach-O use plain tables")

#ifndef LTX_PE

/* The section of level @key of array table @t (key "5" or "05"). */
#define LTX_ARRAY_SECTION(t, key) "linktable_" #t "_" LTX_KEY(key) "_rw"
/* __start_/__stop_ of that section, for a level 0..99. */
#define LTX_ARRAY_SYM(pre, t, level) LTX_ARRAY_SYM2(pre, t, LTX_PAD(level))
#define LTX_ARRAY_SYM2(pre, t, key) LTX_ARRAY_SYM3(pre, t, key)
#define LTX_ARRAY_SYM3(pre, t, key) pre##linktable_##t##_##key##_rw
#define LTX_ARRAY_DECLARE_BOUND(t, level) \
	extern const char LTX_ARRAY_SYM(__start_, t, level)[] LTX_BOUND_ATTRS; \
	extern const char LTX_ARRAY_SYM(__stop_, t, level)[] LTX_BOUND_ATTRS;
#define LTX_ARRAY_BOUND_PAIR(t, level) \
	{ LTX_NULL, LTX_NULL }, { LTX_ARRAY_SYM(__start_, t, level), LTX_ARRAY_SYM(__stop_, t, level) },
/* Names the table's hundred level sections, empty, in ascending order, in
 * every file that declares it: see LTX_KEY_LIST in toolchain.h.  Each is
 * read-only and in the COMDAT group "linktable__order_<t>" (one group for
 * the hundred): the assembler keys a section by name and group, so these
 * never clash with the entries' own sections of the same names, whatever
 * flags the compiler gives those ("aw" for writable entries, "a" for const
 * ones, "aw" for const ones holding pointers in PIC), and const and
 * writable entries may share a table (docs/design.md, "Const entries").
 * The linker keeps one copy of the group, so the order is named once. */
#define LTX_ARRAY_ORDER_ASM(name) \
	".irp linktable__k," LTX_KEY_LIST "\n" \
	LTX_GROUP_NAME_ASM("linktable_" name "_\\linktable__k\\()_rw", "linktable__order_" name) ".endr\n"
#ifdef LTX_ELF
#define LTX_ARRAY_ORDER(t) __asm__(LTX_ARRAY_ORDER_ASM(#t));
#else
#define LTX_ARRAY_ORDER(t) LTX_ARRAY_ELF_ONLY;
#endif
/* The section of the table's name records. */
#define LTX_NAMES_SECTION(t) "linktable_" #t "__names"

/**
 * struct linktable_name - a name given to entries of an array table
 * (LINKTABLE_ARRAY_NAME()).
 * @name:  the name, a NUL-terminated string.
 * @entry: the first entry of that name.
 * @count: how many entries, from @entry on, carry the name (1 for one
 *         entry, the array's length for an array).
 */
struct linktable_name {
	const char *name;
	void *entry;
	linktable__size_t count;
};

/**
 * typedef linktable_name_cmp_fn - an order of names (LINKTABLE_ARRAY_DEFINE_NAME_ORDER()).
 *
 * Returns less than, equal to or greater than zero as @a sorts before, as,
 * or after @b, as strcmp() does; it must be a total order.
 */
typedef int (*linktable_name_cmp_fn)(const char *a, const char *b);

/* The name records of one array table, whether they are sorted yet (0: no,
 * 1: being sorted, 2: sorted), and their order (NULL: strcmp()'s);
 * private. */
struct linktable__names {
	struct linktable_name *begin, *end;
	unsigned int state;
	linktable_name_cmp_fn cmp;
};

/**
 * LINKTABLE_ARRAY_DECLARE() - declare an array table: a writable table that
 * the link lays out as one contiguous array, in ascending order level.
 * @type: the entry type.
 * @name: the table's name, a C identifier.
 *
 * Its entries are writable objects (never write-protected) in sections of
 * their own ("linktable_<name>_NN_rw", NN the level in two digits), so the
 * array from LINKTABLE_ARRAY_START() to LINKTABLE_ARRAY_END() can be indexed
 * as a plain C array, which is what the table APIs of iPXE, U-Boot, Zephyr
 * and FreeBSD promise their users.  The walks, LINKTABLE_COUNT() and
 * LINKTABLE_EMPTY() work on it as on any table; LINKTABLE_ARRAY_FOREACH()
 * yields pointers to non-const entries.  Declare it (or define it) in every
 * file that adds entries: the declaration names its level sections in
 * order, which is how the linkers are made to lay them out as one array
 * (docs/design.md, "Array tables").  ELF only.
 */
#define LINKTABLE_ARRAY_DECLARE(type, name) \
	LTX_ARRAY_ORDER(name) \
	LTX_ARRAY_DECLARE_UNORDERED(type, name)
/* The same without naming the level sections: for a table of one level,
 * which is one section and so one array on every linker by itself, and
 * whose entries may be const (read-only input sections: naming the section
 * writable first would contradict them; compat/zephyr.h). */
#define LTX_ARRAY_DECLARE_UNORDERED(type, name) \
	LTX_DECLARE_TYPE(type, name); \
	LTX_EXTERN_DECL LTX_HIDDEN struct linktable__names linktable__names_##name

/**
 * LINKTABLE_ARRAY_DEFINE() - define an array table, in exactly one .c file
 * of each linked image that uses it.
 * @type: the entry type, as in LINKTABLE_ARRAY_DECLARE().
 * @name: the table's name.
 */
#define LINKTABLE_ARRAY_DEFINE(type, name) LINKTABLE_ARRAY_DEFINE_NAME_ORDER(type, name, LTX_NULL)

/**
 * LINKTABLE_ARRAY_DEFINE_NAME_ORDER() - LINKTABLE_ARRAY_DEFINE() of a table
 * whose names (LINKTABLE_ARRAY_NAME()) sort in an order of the caller's,
 * not strcmp()'s.
 * @type: the entry type.
 * @name: the table's name.
 * @cmp:  a linktable_name_cmp_fn (linktable_name_cmp_numeric(), or the
 *        program's own), or NULL for strcmp() order.
 *
 * The order is the table's, given once where it is defined: every walk by
 * name (LINKTABLE_NAME_FOREACH(), LINKTABLE_ARRAY_FOREACH_BY_NAME()) follows
 * it, and LINKTABLE_ARRAY_FIND() searches with it (a name @cmp calls equal
 * to the one sought is found).  Names @cmp calls equal come in address
 * order.  @cmp is called while the names are sorted, on first use.
 */
#define LINKTABLE_ARRAY_DEFINE_NAME_ORDER(type, name, cmp) \
	LTX_ARRAY_ORDER(name) \
	LTX_ARRAY_DEFINE_COMMON_CMP(type, name, cmp); \
	LTX_ARRAY_BOUNDS(name)
/* The same for a region whose levels hold objects of different alignments
 * (compat/uboot.h's numbered lists): padding may fall between its levels,
 * so the program's adjacency check is left out ("linktable check", which
 * knows each section's alignment, still makes it). */
#define LTX_ARRAY_DEFINE_REGION(type, name) \
	LTX_ARRAY_ORDER(name) \
	LTX_ARRAY_DEFINE_COMMON(type, name); \
	LTX_ARRAY_BOUNDS_CHECKED(name, 0)
/* The same without naming the level sections (LTX_ARRAY_DECLARE_UNORDERED()):
 * a table of one level, "00", whose entries may be const or not.  On ELF
 * the defining file holds an empty anchor of the entries' alignment for
 * that section, so that its bounds exist when no entry does; the anchor is
 * read-only and in a section group of its own, so that it clashes with no
 * entry of the same file whatever the entries' flags (internal/toolchain.h,
 * LTX_GROUP_ANCHOR_ASM). */
#define LTX_ARRAY_DEFINE_UNORDERED(type, name) LTX_ARRAY_DEFINE_UNORDERED_CMP(type, name, LTX_NULL)
/* (the same, its names sorted by @cmp: LINKTABLE_ARRAY_DEFINE_NAME_ORDER()) */
#define LTX_ARRAY_DEFINE_UNORDERED_CMP(type, name, cmp) \
	LTX_ARRAY_DEFINE_COMMON_CMP(type, name, cmp); \
	LTX_ARRAY_BOUNDS_ONE(name, __alignof__(type))
/* What both define: the name records (sorted by @cmp, NULL for strcmp()
 * order) and the descriptor note. */
#define LTX_ARRAY_DEFINE_COMMON(type, name) LTX_ARRAY_DEFINE_COMMON_CMP(type, name, LTX_NULL)
#define LTX_ARRAY_DEFINE_COMMON_CMP(type, name, cmp) \
	LTX_ARRAY_DECLARE_UNORDERED(type, name); \
	LTX_EXTERN_C_BEGIN \
	extern struct linktable_name __start_linktable_##name##__names[] LTX_BOUND_ATTRS; \
	extern struct linktable_name __stop_linktable_##name##__names[] LTX_BOUND_ATTRS; \
	LTX_HIDDEN struct linktable__names linktable__names_##name = { \
		__start_linktable_##name##__names, __stop_linktable_##name##__names, 0, (cmp) \
	}; \
	LTX_EXTERN_C_END \
	LTX_NOTE(linktable__note_##name, LTX_NOTE_TABLE, LINKTABLE_KIND_ARRAY, sizeof(type), __alignof__(type), #name, \
		 #type)
#if LTX_REL_BOUNDS
/* The bounds of a one-level array table: level 00's writable slot, every
 * other slot empty; and the anchor of that one section. */
#define LTX_ARRAY_BOUNDS_ONE(name, align) \
	static __attribute__((__used__)) void linktable__anchor_##name(void) \
	{ \
		__asm__(LTX_GROUP_ANCHOR_ASM("linktable_" #name "_00_rw", "linktable__anchor_" #name) : : "i"(align)); \
	} \
	__asm__(LTX_BOUNDS_HEAD_ASM("linktable_bounds_" #name, "linktable__cache_" #name) LTX_BOUNDS_NONE_ASM \
		LTX_BOUNDS_PAIR_ASM("linktable_" #name "_00_rw") ".rept 198\n" LTX_BOUNDS_NONE_ASM ".endr\n" \
		LTX_BOUNDS_TAIL_ASM("linktable_bounds_" #name, "linktable__cache_" #name))
/* The bounds of an array table, as offsets: the read-only slots always
 * empty, the writable ones those of its "_NN_rw" sections; and the split
 * check's brackets (LTX_ARRAY_SPLIT_ASM). */
#define LTX_ARRAY_BOUNDS(name) LTX_ARRAY_BOUNDS_CHECKED(name, 1)
/* @adjacent 0: a region of levels of different alignments (compat/uboot.h),
 * whose padding between levels the adjacency check cannot tell from
 * foreign data. */
#define LTX_ARRAY_BOUNDS_CHECKED(name, adjacent) \
	LTX_ARRAY_SPLIT_CHECK(linktable__split_check_##name, #name, adjacent) \
	LTX_ARRAY_BOUNDS_ASM("linktable_bounds_" #name, "linktable__cache_" #name, #name)
#define LTX_ARRAY_BOUNDS_ASM(sym, cache, name) \
	__asm__(LTX_BOUNDS_HEAD_ASM(sym, cache) ".irp linktable__k," LTX_KEY_LIST "\n" LTX_BOUNDS_NONE_ASM \
		LTX_BOUNDS_PAIR_ASM("linktable_" name "_\\linktable__k\\()_rw") ".endr\n" LTX_BOUNDS_TAIL_ASM(sym, cache) \
		LTX_ARRAY_SPLIT_ASM(name))
/*
 * Const entries and mold.  A const entry's section is read-only ("a") where
 * the compiler makes it so (no pointers, or not PIC), a writable entry's is
 * writable; bfd, gold and lld put input sections of one name in one output
 * section whatever their flags (the writable group anchors of
 * LTX_ARRAY_ORDER_ASM come first, so it is placed among writable data), but
 * mold keeps a read-only and a writable section of one name apart and
 * defines __start_/__stop_ on the writable one: the read-only entries would
 * silently be outside the table.  So the defining file brackets each level
 * with two one-byte read-only sections, "linktable_<t>_NN_r" and
 * "linktable_<t>_NN_rx", named so that mold, which sorts read-only sections
 * by name, puts a read-only part of level NN between them; the other
 * linkers place the two side by side (they first meet them together, and
 * no entry is read-only output there).  A constructor checks that every
 * level's brackets are one byte apart, and otherwise stops the program,
 * naming the table and the level, before anything walks it.  (The
 * linktable command reports the same image as "two sections named ...".)
 * Hosted Linux only; elsewhere the brackets are not made.
 */
#if defined(__STDC_HOSTED__) && __STDC_HOSTED__ && defined(__linux__)
#define LTX_ARRAY_SPLIT_ASM(name) \
	".irp linktable__k," LTX_KEY_LIST "\n" \
	".pushsection \"linktable_" name "_\\linktable__k\\()_r\",\"a" LTX_RETAIN_FLAG "\"\n.byte 0\n.popsection\n" \
	".pushsection \"linktable_" name "_\\linktable__k\\()_rx\",\"a" LTX_RETAIN_FLAG "\"\n.byte 0\n.popsection\n.endr\n" \
	".pushsection .rodata.linktable__split_" name ",\"a\"\n.balign 4\n.globl linktable__split_" name \
	"\n.hidden linktable__split_" name "\nlinktable__split_" name ":\n.irp linktable__k," LTX_KEY_LIST "\n" \
	LTX_SPLIT_PAIR_ASM("linktable_" name "_\\linktable__k\\()_r") ".endr\n.popsection\n"
/* One level's brackets: the offsets of __start_ of sections @sec and
 * @sec "x" from the pair. */
#define LTX_SPLIT_PAIR_ASM(sec) \
	".weak __start_" sec "\n.hidden __start_" sec "\n.weak __start_" sec "x\n.hidden __start_" sec "x\n" \
	"0:\n.long __start_" sec " - 0b, __start_" sec "x - 0b\n"
/* The constructor @fn checking table @name (a string literal): no level
 * split (above), and no level apart from the next (below). */
#define LTX_ARRAY_SPLIT_CHECK(fn, name, adjacent) \
	static __attribute__((__constructor__, __used__)) void fn(void) \
	{ \
		LTX_NESTED_EXTERN_BEGIN \
		extern const int fn##_brackets[] __asm__("linktable__split_" name) LTX_HIDDEN; \
		extern const struct linktable_bounds fn##_bounds __asm__("linktable_bounds_" name) LTX_HIDDEN; \
		LTX_NESTED_EXTERN_END \
		linktable__array_split_check(fn##_brackets, name); \
		if (adjacent) \
			linktable__array_adjacent_check(&fn##_bounds, name); \
	}
LTX_EXTERN_C long linktable__write(int fd, const void *buf, linktable__size_t len) __asm__("write");
LTX_EXTERN_C void linktable__abort(void) __asm__("abort") __attribute__((__noreturn__));
/* Stops the program if a level of the table whose brackets are at @b (a
 * pair of offsets per level, as the bounds') has a read-only part that the
 * link put apart from the table. */
static inline void linktable__array_split_check(const int *b, const char *name)
{
	static const char head[] = "linktable: array table ", mid[] = ": level ",
			  tail[] = " has const (read-only) entries that the linker put apart from the writable ones (mold "
				   "keeps read-only and writable sections of one name apart): the table is not one array "
				   "and would lose them; make the entries writable (drop the const), or link with bfd, gold "
				   "or lld (docs/adopting.md)\n";
	int i;

	LTX_LAUNDER(b);
	for (i = 0; i < LTX_LEVELS; i++) {
		const char *slot = (const char *)(b + 2 * i);
		char digits[2];
		linktable__size_t n = 0;

		if ((slot + b[2 * i + 1]) - (slot + b[2 * i]) == 1)
			continue;
		while (name[n])
			n++;
		digits[0] = (char)('0' + i / 10);
		digits[1] = (char)('0' + i % 10);
		(void)!linktable__write(2, head, sizeof(head) - 1);
		(void)!linktable__write(2, name, n);
		(void)!linktable__write(2, mid, sizeof(mid) - 1);
		(void)!linktable__write(2, digits, 2);
		(void)!linktable__write(2, tail, sizeof(tail) - 1);
		linktable__abort();
	}
}
#else
#define LTX_ARRAY_SPLIT_ASM(name) ""
#define LTX_ARRAY_SPLIT_CHECK(fn, name, adjacent)
#endif
#else
#define LTX_ARRAY_BOUNDS_ONE(name, align) LTX_ARRAY_BOUNDS(name)
#define LTX_ARRAY_BOUNDS_CHECKED(name, adjacent) LTX_ARRAY_BOUNDS(name)
#define LTX_ARRAY_BOUNDS(name) \
	LTX_EXTERN_C_BEGIN LTX_FOR_EACH_LEVEL(LTX_ARRAY_DECLARE_BOUND, name) LTX_EXTERN_C_END \
	static struct linktable__cache linktable__cache_##name; \
	LTX_EXTERN_C LTX_HIDDEN const struct linktable_bounds linktable_bounds_##name = { \
		&linktable__cache_##name, { LTX_FOR_EACH_LEVEL(LTX_ARRAY_BOUND_PAIR, name) } \
	}
#endif

/**
 * LINKTABLE_ARRAY_ATTR() - the attribute that makes the user's own
 * declaration an entry of an array table.
 * @table: the table's name.
 * @level: order level 0..99, written with one or two digits ("5" or "05",
 *         or a macro that expands to one); anything else does not compile.
 *
 * Write it after the declarator, on an object of the table's type (or an
 * array of them): "struct frob my_frob LINKTABLE_ARRAY_ATTR(frobs, 05) =
 * { ... };".  The object may be static or not (unlike
 * LINKTABLE_ARRAY_ENTRY(), which makes it static), const or not (const and
 * writable objects of one level in one file do not compile; mold keeps a
 * const object's read-only section apart from the table, which stops the
 * program before main with a message: docs/design.md, "Const entries and
 * mold").  Its type is not checked: one of another type breaks the table.
 */
#define LINKTABLE_ARRAY_ATTR(table, level) \
	__attribute__((__used__, LTX_RETAIN LTX_NO_ASAN __section__(LTX_ARRAY_SECTION(table, level)), \
		       aligned(__alignof__(linktable_type_##table))))

/**
 * LINKTABLE_ARRAY_ENTRY() - add an entry to an array table.
 * @table: the table's name.
 * @level: order level 0..99, one or two digits (see LINKTABLE_ARRAY_ATTR()).
 * @name:  the entry's identifier (static).
 *
 * Follow it with "= { initializer };" (or ";" for a zeroed entry).
 */
#define LINKTABLE_ARRAY_ENTRY(table, level, name) \
	static LINKTABLE_ARRAY_ATTR(table, level) linktable_type_##table name

/* The begin (@end 0) or end (1) of the table's whole array, or NULL. */
static inline void *linktable__array_edge(const struct linktable_bounds *b, int end)
{
	unsigned int state;
	const struct linktable__cache *c = linktable__cache_of(b, &state);
	unsigned int n = LTX_CACHE_RANGES(state);

	if (n == 0) /* start == end, at an address no entry has: end - 1 < start */
		return (void *)(linktable__uintptr_t)c;
	return (void *)(linktable__uintptr_t)(end ? LTX_LOAD_RELAXED(&c->range[n - 1].end)
						  : LTX_LOAD_RELAXED(&c->range[0].begin));
}

/* Whether the non-empty levels are adjacent, each starting where the
 * previous ended, in walk order. */
static inline int linktable__array_contiguous(const struct linktable_bounds *b)
{
	unsigned int state;
	const struct linktable__cache *c = linktable__cache_of(b, &state);
	unsigned int n = LTX_CACHE_RANGES(state), i;

	for (i = 1; i < n; i++)
		if (LTX_LOAD_RELAXED(&c->range[i - 1].end) != LTX_LOAD_RELAXED(&c->range[i].begin))
			return 0;
	return 1;
}

#if LTX_REL_BOUNDS && defined(__STDC_HOSTED__) && __STDC_HOSTED__ && defined(__linux__)
/*
 * Stops the program if the non-empty levels of array table @name (bounds
 * @b) are not adjacent in ascending order: the link put other sections
 * between two of them, or put them out of order, so the one array from
 * LINKTABLE_ARRAY_START() to LINKTABLE_ARRAY_END() would hold foreign
 * bytes or lose entries.  mold, which sorts output sections by name,
 * puts "linktable_uart_16550_NN_rw" between "linktable_uart_15_rw" and
 * "linktable_uart_16_rw": array tables named "uart" and "uart_16550" (a
 * name, '_', a digit) interleave there.  Entries of one table share one
 * alignment, so adjacent levels leave no gap on any linker.
 */
static inline void linktable__array_adjacent_check(const struct linktable_bounds *b, const char *name)
{
	static const char head[] = "linktable: array table ", mid[] = ": levels ", sep[] = " and ",
			  tail[] = " are not adjacent: the link put other sections between them or out of order, so "
				   "the table is not one array (on mold, which sorts sections by name, another array "
				   "table named as this one plus '_' and a digit sorts among its levels: rename one; "
				   "elsewhere, a file adds entries without declaring the table; docs/adopting.md)\n";
	const char *prev_end = LTX_NULL;
	int i, prev = -1;

	LTX_LAUNDER(b);
	for (i = 0; i < 2 * LTX_LEVELS; i++) {
		const char *begin = linktable_level_begin(&b->level[i]), *end = linktable_level_end(&b->level[i]);
		char digits[2];
		linktable__size_t n = 0;

		if (begin == end)
			continue;
		if (prev < 0 || begin == prev_end) {
			prev = i / 2;
			prev_end = end;
			continue;
		}
		while (name[n])
			n++;
		(void)!linktable__write(2, head, sizeof(head) - 1);
		(void)!linktable__write(2, name, n);
		(void)!linktable__write(2, mid, sizeof(mid) - 1);
		digits[0] = (char)('0' + prev / 10);
		digits[1] = (char)('0' + prev % 10);
		(void)!linktable__write(2, digits, 2);
		(void)!linktable__write(2, sep, sizeof(sep) - 1);
		digits[0] = (char)('0' + i / 2 / 10);
		digits[1] = (char)('0' + i / 2 % 10);
		(void)!linktable__write(2, digits, 2);
		(void)!linktable__write(2, tail, sizeof(tail) - 1);
		linktable__abort();
	}
}
#endif

/**
 * LINKTABLE_ARRAY_START() - the first entry of an array table (a pointer to
 * the non-const entry type); if the table is empty, the same address as
 * LINKTABLE_ARRAY_END() (not NULL, and not the address of any entry).
 * @table: the table's name.
 */
#define LINKTABLE_ARRAY_START(table) \
	((linktable_type_##table *)linktable__array_edge(&linktable_bounds_##table, 0))

/**
 * LINKTABLE_ARRAY_END() - one past the last entry of an array table (the
 * same address as LINKTABLE_ARRAY_START() if it is empty).
 * @table: the table's name.
 *
 * LINKTABLE_ARRAY_END(t) - LINKTABLE_ARRAY_START(t) == LINKTABLE_COUNT(t).
 */
#define LINKTABLE_ARRAY_END(table) \
	((linktable_type_##table *)linktable__array_edge(&linktable_bounds_##table, 1))

/* The begin (@end 0) or end (1) of level @level of an array table, or an
 * address no entry has (start == end) if the level is empty or not 0..99. */
static inline void *linktable__array_level_edge(const struct linktable_bounds *b, int level, int end)
{
	const struct linktable_level *l;

	LTX_LAUNDER(b);
	if (level < 0 || level >= LTX_LEVELS)
		return (void *)LTX_CACHE(b);
	l = &b->level[2 * level + 1];
	if (linktable_level_begin(l) == linktable_level_end(l))
		return (void *)LTX_CACHE(b);
	return (void *)(linktable__uintptr_t)LTX_LEVEL_BOUND(l, end);
}

/**
 * LINKTABLE_ARRAY_LEVEL_START() - the first entry of one level of an array
 * table, as a @type *: for a *region*, an array table whose levels hold
 * arrays of different types (U-Boot's linker lists, each list a level, all
 * of them one region from LINKTABLE_ARRAY_START() to LINKTABLE_ARRAY_END()).
 * @type:  the type of the level's entries.
 * @table: the table's name (of type char for a region: its COUNT is bytes).
 * @level: the level, any int expression; an empty level, or one outside
 *         0..99, gives the same address as LINKTABLE_ARRAY_LEVEL_END().
 *
 * Entries go into a level of a region with LINKTABLE_ARRAY_LEVEL_ATTR().
 * The levels lie in ascending order inside the region, each starting at
 * its own type's alignment after the previous one (the only gaps are that
 * padding); LINKTABLE_ARRAY_CONTIGUOUS() is false when there is padding.
 */
#define LINKTABLE_ARRAY_LEVEL_START(type, table, level) \
	((type *)linktable__array_level_edge(&linktable_bounds_##table, (level), 0))

/**
 * LINKTABLE_ARRAY_LEVEL_END() - one past the last entry of one level of an
 * array table, as a @type *.
 * @type:  the type of the level's entries.
 * @table: the table's name.
 * @level: the level.
 */
#define LINKTABLE_ARRAY_LEVEL_END(type, table, level) \
	((type *)linktable__array_level_edge(&linktable_bounds_##table, (level), 1))

/**
 * LINKTABLE_ARRAY_LEVEL_ATTR() - LINKTABLE_ARRAY_ATTR() for an entry of
 * type @type in a region (an array table whose levels hold different types):
 * aligned as @type, not as the table's type.
 * @type:  the entry's type.
 * @table: the table's name.
 * @level: order level 0..99, one or two digits.
 */
#define LINKTABLE_ARRAY_LEVEL_ATTR(type, table, level) \
	__attribute__((__used__, LTX_RETAIN LTX_NO_ASAN __section__(LTX_ARRAY_SECTION(table, level)), \
		       aligned(__alignof__(type))))

/**
 * LINKTABLE_ARRAY_CONTIGUOUS() - whether the link laid an array table out as
 * one array, its levels adjacent in ascending order (true on bfd, gold, lld
 * and mold when every file that adds entries declares the table).
 * @table: the table's name.
 */
#define LINKTABLE_ARRAY_CONTIGUOUS(table) (linktable__array_contiguous(&linktable_bounds_##table) != 0)

/**
 * LINKTABLE_ARRAY_FOREACH() - iterate an array table in ascending order
 * level, with a pointer to non-const entries.
 * @var:   a pointer to the entry type, declared by the caller.
 * @table: the table's name.
 *
 * As LINKTABLE_FOREACH(), which also works on array tables (with a pointer
 * to const).
 */
#define LINKTABLE_ARRAY_FOREACH(var, table) \
	LTX_ARRAY_FOREACH_(var, table, LTX_UNIQUE(linktable__it_))
#define LTX_ARRAY_FOREACH_(var, table, it) \
	for (struct linktable__iter it = ((var) = LTX_NULL, linktable__iter_begin(&linktable_bounds_##table)); it.once; \
	     it.once = 0) \
		for (; (const void *)(var) != it.stop || \
		       ((var) = (linktable_type_##table *)(linktable__uintptr_t)linktable__next_level(&it)) != LTX_NULL; \
		     ++(var))

/**
 * LINKTABLE_ARRAY_FOREACH_REVERSE() - LINKTABLE_ARRAY_FOREACH(), last entry
 * first.
 * @var:   loop variable.
 * @table: the table's name.
 */
#define LINKTABLE_ARRAY_FOREACH_REVERSE(var, table) \
	LTX_ARRAY_FOREACH_REVERSE_(var, table, LTX_UNIQUE(linktable__it_))
#define LTX_ARRAY_FOREACH_REVERSE_(var, table, it) \
	for (struct linktable__iter it = ((var) = LTX_NULL, linktable__iter_rbegin(&linktable_bounds_##table)); it.once; \
	     it.once = 0) \
		for (; ((const void *)(var) != it.stop || \
			((var) = (linktable_type_##table *)(linktable__uintptr_t)linktable__prev_level(&it)) != LTX_NULL) && \
		       (--(var), 1);)

/* ---- Names: order by a string, lookup by name ---- */

/**
 * LINKTABLE_ARRAY_NAME() - give an entry of an array table a name, by which
 * LINKTABLE_ARRAY_FIND() finds it and LINKTABLE_NAME_FOREACH() orders it.
 * @table: the table's name.
 * @str:   the name, a string literal (or any address constant of a string).
 * @entry: the entry (or the first of an array of entries), declared before
 *         this line: an address constant.
 *
 * At file scope.  The names live in a table of their own; the entries stay
 * where the link put them (their addresses, which other code may hold, never
 * change), so an array table is still laid out in level order and in link
 * order within a level, not in name order: no linker but mold sorts
 * sections by name without a linker script, and mold only its own way
 * (docs/design.md, "Array tables").  The names are sorted once, on first
 * use, and the sort is safe from racing threads.
 */
#define LINKTABLE_ARRAY_NAME(table, str, entry) LINKTABLE_ARRAY_NAME_N(table, str, entry, 1)

/**
 * LINKTABLE_ARRAY_NAME_N() - give @n consecutive entries of an array table,
 * from @entry on (an array of entries), one name.
 * @table: the table's name.
 * @str:   the name.
 * @entry: the first of the entries, declared before this line.
 * @n:     how many entries carry the name, a constant.
 *
 * LINKTABLE_ARRAY_FOREACH_BY_NAME() visits the @n entries where it visits
 * the name; LINKTABLE_ARRAY_FIND() returns the first.
 */
#define LINKTABLE_ARRAY_NAME_N(table, str, entry, n) LTX_ARRAY_NAME_SEC(LTX_NAMES_SECTION(table), str, entry, n)
/* The same, given the names' section (for tables named by a string). */
#define LTX_ARRAY_NAME_SEC(sec, str, entry, n) \
	LTX_MAYBE_UNUSED static struct linktable_name LTX_UNIQUE(linktable__name_) \
		__attribute__((__used__, LTX_RETAIN LTX_NO_ASAN __section__(sec), __aligned__(__alignof__(struct linktable_name)))) = { \
			(str), (void *)&(entry), (n) \
		}

/* Compare two names as unsigned bytes, as strcmp() (no libc). */
static inline int linktable__name_cmp(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return (int)(unsigned char)*a - (int)(unsigned char)*b;
}

/* Whether @c is an ASCII decimal digit. */
static inline int linktable__is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/**
 * linktable_name_cmp_numeric() - numeric name order, for
 * LINKTABLE_ARRAY_DEFINE_NAME_ORDER(): runs of decimal digits compare by
 * their value, the rest byte by byte as strcmp(), so "dev_2" sorts before
 * "dev_10" and "a9z" before "a10a".
 * @a: a name.
 * @b: another name.
 *
 * Numbers of any length compare right (digit by digit, never converted);
 * of two runs of one value ("7", "007") the one with fewer leading zeros
 * comes first, so that the order stays total.
 *
 * Return: less than, equal to or greater than zero, as strcmp().
 */
static inline int linktable_name_cmp_numeric(const char *a, const char *b)
{
	for (;;) {
		if (linktable__is_digit(*a) && linktable__is_digit(*b)) {
			const char *a0 = a, *b0 = b, *ea, *eb;

			while (*a == '0')
				a++;
			while (*b == '0')
				b++;
			for (ea = a; linktable__is_digit(*ea); ea++)
				;
			for (eb = b; linktable__is_digit(*eb); eb++)
				;
			if (ea - a != eb - b)
				return ea - a < eb - b ? -1 : 1;
			for (; a != ea; a++, b++)
				if (*a != *b)
					return *a < *b ? -1 : 1;
			if (ea - a0 != eb - b0)
				return ea - a0 < eb - b0 ? -1 : 1;
			continue;
		}
		if (*a != *b || !*a)
			return (int)(unsigned char)*a - (int)(unsigned char)*b;
		a++, b++;
	}
}

/* Compare two names in the order @cmp (NULL: strcmp()'s). */
static inline int linktable__name_cmp_by(linktable_name_cmp_fn cmp, const char *a, const char *b)
{
	return cmp ? cmp(a, b) : linktable__name_cmp(a, b);
}

static inline int linktable__name_less(linktable_name_cmp_fn cmp, const struct linktable_name *a,
				       const struct linktable_name *b)
{
	int d = linktable__name_cmp_by(cmp, a->name, b->name);

	return d < 0 || (d == 0 && (linktable__uintptr_t)a->entry < (linktable__uintptr_t)b->entry);
}

/* Heap sort of the name records by name, then address (no recursion, no
 * memory, O(n log n)). */
static LTX_COLD void linktable__names_heapsort(struct linktable_name *v, linktable__size_t n, linktable_name_cmp_fn cmp)
{
	linktable__size_t start = n / 2, end = n;

	while (end > 1) {
		linktable__size_t root, child;
		struct linktable_name t;

		if (start > 0) {
			start--;
		} else {
			end--;
			t = v[0], v[0] = v[end], v[end] = t;
		}
		for (root = start; (child = 2 * root + 1) < end; root = child) {
			if (child + 1 < end && linktable__name_less(cmp, &v[child], &v[child + 1]))
				child++;
			if (!linktable__name_less(cmp, &v[root], &v[child]))
				break;
			t = v[root], v[root] = v[child], v[child] = t;
		}
	}
}

/* Squeeze out the zero words between name records, and return the new
 * end: a record declared with more alignment than a record's (what a user
 * writes before a compat macro: __aligned(32)) is padded apart from the
 * one before it, and a record never starts with a NULL word (its name). */
static LTX_COLD struct linktable_name *linktable__names_pack(struct linktable_name *b, struct linktable_name *e)
{
	char *r = (char *)b, *w = (char *)b, *end = (char *)e;
	const void *word;

	while (r + sizeof(struct linktable_name) <= end) {
		__builtin_memcpy(&word, r, sizeof(word));
		if (!word) {
			r += sizeof(word);
			continue;
		}
		if (w != r)
			__builtin_memmove(w, r, sizeof(struct linktable_name));
		w += sizeof(struct linktable_name);
		r += sizeof(struct linktable_name);
	}
	return (struct linktable_name *)(void *)w;
}

/* The name records, sorted (sorting them if this is the first use): one
 * thread sorts, the others wait for it. */
static inline struct linktable_name *linktable__names_sorted(struct linktable__names *ns, struct linktable_name **end)
{
	struct linktable_name *b;

	LTX_LAUNDER(ns);
	if (LTX_UNLIKELY(LTX_LOAD_ACQUIRE(&ns->state) != 2)) {
		unsigned int zero = 0;

		if (__atomic_compare_exchange_n(&ns->state, &zero, 1u, 0, __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE)) {
			b = ns->begin;
			LTX_LAUNDER(b);
			if (b)
				ns->end = linktable__names_pack(b, ns->end);
			linktable__names_heapsort(b, (linktable__size_t)(ns->end - b), ns->cmp);
			LTX_STORE_RELEASE(&ns->state, 2u);
		}
		while (LTX_LOAD_ACQUIRE(&ns->state) != 2)
			;
	}
	b = ns->begin;
	LTX_LAUNDER(b);
	/* no names: both bounds are NULL (weak), and NULL + 0 is undefined */
	*end = b ? b + (ns->end - ns->begin) : b;
	return b;
}

/* The entry named @name (the first by address if several are), or NULL:
 * a binary search of the sorted names. */
static inline void *linktable__names_find(struct linktable__names *ns, const char *name)
{
	struct linktable_name *end, *lo = linktable__names_sorted(ns, &end), *hi = end;

	while (lo < hi) {
		struct linktable_name *mid = lo + (hi - lo) / 2;

		if (linktable__name_cmp_by(ns->cmp, mid->name, name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo != end && linktable__name_cmp_by(ns->cmp, lo->name, name) == 0 ? lo->entry : LTX_NULL;
}

/**
 * LINKTABLE_ARRAY_FIND() - the entry of an array table that
 * LINKTABLE_ARRAY_NAME() named @str, or NULL.
 * @table: the table's name.
 * @str:   the name to look up, a string.
 *
 * A binary search in the sorted names: O(log n).
 */
#define LINKTABLE_ARRAY_FIND(table, str) \
	((linktable_type_##table *)linktable__names_find(&linktable__names_##table, (str)))

/**
 * LINKTABLE_NAME_FOREACH() - iterate the names of an array table in
 * ascending name order (bytes compared as unsigned, as strcmp()).
 * @var:   a const struct linktable_name *, declared by the caller; var->entry
 *         is the named entry.
 * @table: the table's name.
 *
 * A plain for loop.  Two entries of the same name come in address order.
 */
#define LINKTABLE_NAME_FOREACH(var, table) \
	LTX_NAME_FOREACH_(var, table, LTX_UNIQUE(linktable__ne_), LTX_UNIQUE(linktable__once_))
#define LTX_NAME_FOREACH_(var, table, e, once) \
	for (struct linktable_name *e = LTX_NULL, *once = linktable__names_sorted(&linktable__names_##table, &e); once; \
	     once = LTX_NULL) \
		for ((var) = once; (var) != e; ++(var))

/* Loop state of LINKTABLE_ARRAY_FOREACH_BY_NAME(); private. */
struct linktable__niter {
	struct linktable_name *n, *end;
	linktable__size_t i;
	linktable__size_t esize;
	int once;
};

static inline struct linktable__niter linktable__niter_begin(struct linktable__names *ns, linktable__size_t esize)
{
	struct linktable__niter it;

	it.n = linktable__names_sorted(ns, &it.end);
	it.i = 0;
	it.esize = esize;
	it.once = 1;
	return it;
}

/* The next entry in name order, or NULL. */
static inline void *linktable__niter_next(struct linktable__niter *it)
{
	while (it->n != it->end && it->i >= it->n->count)
		it->n++, it->i = 0;
	if (it->n == it->end)
		return LTX_NULL;
	return (char *)it->n->entry + it->esize * it->i++;
}

/**
 * LINKTABLE_ARRAY_FOREACH_BY_NAME() - iterate the named entries of an array
 * table in ascending name order.
 * @var:   a pointer to the entry type, declared by the caller.
 * @table: the table's name.
 *
 * Visits, for each name (LINKTABLE_ARRAY_NAME(), LINKTABLE_ARRAY_NAME_N())
 * in strcmp() order, the entries that carry it; entries without a name are
 * not visited.  A plain for loop; @var is NULL after it ran to its end.
 */
#define LINKTABLE_ARRAY_FOREACH_BY_NAME(var, table) \
	LTX_BY_NAME_FOREACH_(var, linktable_type_##table, &linktable__names_##table, LTX_UNIQUE(linktable__nit_))
#define LTX_BY_NAME_FOREACH_(var, type, ns, it) \
	for (struct linktable__niter it = linktable__niter_begin((ns), sizeof(type)); it.once; it.once = 0) \
		for (; ((var) = (type *)linktable__niter_next(&it)) != LTX_NULL;)

/**
 * LINKTABLE_NAME_COUNT() - number of names given to entries of an array
 * table.
 * @table: the table's name.
 */
#define LINKTABLE_NAME_COUNT(table) \
	((linktable__size_t)(linktable__names_##table.end - linktable__names_##table.begin))
/* The bounds of slot @slot of a table, or NULL if there is no such slot. */
static inline const struct linktable_level *linktable__slot(const struct linktable_bounds *b, int slot)
{
	LTX_LAUNDER(b);
	return slot >= 0 && slot < LTX_SLOTS ? &b->level[slot] : LTX_NULL;
}

/**
 * LINKTABLE_REL_FOREACH_LEVEL() - iterate the functions of one order level
 * of a relative table, in link order.
 * @var:   a variable of the table's function pointer type.
 * @table: the table's name.
 * @level: the level, any int expression (no function is visited if it is
 *         not within 0..99).
 *
 * For frameworks that run a table level by level, with work in between
 * (Linux's initcall levels).  A plain for loop.
 */
#define LINKTABLE_REL_FOREACH_LEVEL(var, table, level) \
	LTX_REL_FOREACH_LEVEL_(var, table, level, LTX_UNIQUE(linktable__l_), LTX_UNIQUE(linktable__p_))
#define LTX_REL_FOREACH_LEVEL_(var, table, level, l, p) \
	for (const struct linktable_level *l = linktable__slot(&linktable_bounds_##table, 2 * (level)); l; l = LTX_NULL) \
		for (const int *p = (const int *)(const void *)linktable_level_begin(l); \
		     p != (const int *)(const void *)linktable_level_end(l) && ((var) = LTX_REL_TARGET(table, p), 1); ++p)

/* ---- Array tables named by a string ---- */

/**
 * LINKTABLE_ARRAY_DECLARE_STR() - LINKTABLE_ARRAY_DECLARE() for a table
 * named by a string literal rather than an identifier.
 * @name: the table's name, a string literal that holds a C identifier
 *        ("frobs"), or a macro that expands to one.
 *
 * For APIs whose tables are named by strings (iPXE's __table()).  Such a
 * table has no typedef: the macros of string-named tables take the entry
 * type as an argument.  Its symbols get their names from asm labels, its
 * sections are those of an array table of that name, and the linktable
 * tool reads it like any array table.  Put it in every file that adds
 * entries, as LINKTABLE_ARRAY_DECLARE().
 */
#ifdef LTX_ELF
#define LINKTABLE_ARRAY_DECLARE_STR(name) __asm__(LTX_ARRAY_ORDER_ASM(name))
#else
#define LINKTABLE_ARRAY_DECLARE_STR(name) LTX_ARRAY_ELF_ONLY
#endif

/**
 * LINKTABLE_ARRAY_DEFINE_STR() - define a string-named array table, in
 * exactly one .c file of each linked image that uses it.
 * @type: the entry type.
 * @name: the table's name, a string literal.
 */
#define LINKTABLE_ARRAY_DEFINE_STR(type, name) LTX_ADEF_STR_(type, name, LTX_UNIQUE(linktable__astr_))
#define LTX_ADEF_STR_(type, name, id) LTX_ADEF_STR2_(type, name, id)
#define LTX_ADEF_STR2_(type, name, id) \
	LINKTABLE_ARRAY_DECLARE_STR(name); \
	LTX_NOTE(id##_note, LTX_NOTE_TABLE, LINKTABLE_KIND_ARRAY, sizeof(type), __alignof__(type), name, #type); \
	LTX_ASTR_BOUNDS_DEF(type, name, id)
#if LTX_REL_BOUNDS
#define LTX_ASTR_BOUNDS_DEF(type, name, id) \
	LTX_ARRAY_SPLIT_CHECK(id##_split_check, name, 1) \
	LTX_ARRAY_BOUNDS_ASM("linktable_bounds_" name, "linktable__cache_" name, name)
#else
#define LTX_ASTR_BOUNDS_DEF(type, name, id) \
	LTX_EXTERN_C_BEGIN LTX_FOR_EACH_LEVEL(LTX_ASTR_DECL, (id, name)) LTX_EXTERN_C_END \
	static struct linktable__cache id##_cache; \
	LTX_EXTERN_C LTX_HIDDEN const struct linktable_bounds id##_bounds __asm__("linktable_bounds_" name) = { \
		&id##_cache, { LTX_FOR_EACH_LEVEL(LTX_ASTR_PAIR, (id, name)) } \
	}
#endif
#define LTX_P1(a, b) a
#define LTX_P2(a, b) b
#define LTX_ASTR_DECL(p, level) LTX_ASTR_DECL_(LTX_P1 p, LTX_P2 p, level)
#define LTX_ASTR_DECL_(id, name, level) \
	extern const char LTX_CAT(id, LTX_CAT(_s, level))[] __asm__("__start_linktable_" name "_" LTX_KEY(level) "_rw") \
		LTX_BOUND_ATTRS; \
	extern const char LTX_CAT(id, LTX_CAT(_e, level))[] __asm__("__stop_linktable_" name "_" LTX_KEY(level) "_rw") \
		LTX_BOUND_ATTRS;
#define LTX_ASTR_PAIR(p, level) LTX_ASTR_PAIR_(LTX_P1 p, level)
#define LTX_ASTR_PAIR_(id, level) { LTX_NULL, LTX_NULL }, { LTX_CAT(id, LTX_CAT(_s, level)), LTX_CAT(id, LTX_CAT(_e, level)) },
/* The bounds object of a string-named table, from any scope. */
#define LTX_ASTR_BOUNDS(name) LTX_ASTR_BOUNDS_(name, LTX_UNIQUE(linktable__astr_b_))
/* (a fresh identifier each time: two block-scope externs of one name in one
 * function are one entity, and two asm labels on it conflict) */
#define LTX_ASTR_BOUNDS_(name, id) \
	(__extension__({ \
		LTX_NESTED_EXTERN_BEGIN extern const struct linktable_bounds id __asm__("linktable_bounds_" name) LTX_HIDDEN; \
		LTX_NESTED_EXTERN_END &id; \
	}))

/**
 * LINKTABLE_ARRAY_ATTR_STR() - LINKTABLE_ARRAY_ATTR() for a string-named
 * table.
 * @type:  the entry type.
 * @name:  the table's name, a string literal.
 * @level: order level 0..99, one or two digits.
 */
#define LINKTABLE_ARRAY_ATTR_STR(type, name, level) \
	__attribute__((__used__, LTX_RETAIN LTX_NO_ASAN __section__("linktable_" name "_" LTX_KEY(level) "_rw"), \
		       aligned(__alignof__(type))))

/**
 * LINKTABLE_ARRAY_START_STR() - LINKTABLE_ARRAY_START() of a string-named
 * table.
 * @type: the entry type.
 * @name: the table's name, a string literal.
 */
#define LINKTABLE_ARRAY_START_STR(type, name) ((type *)linktable__array_edge(LTX_ASTR_BOUNDS(name), 0))

/**
 * LINKTABLE_ARRAY_END_STR() - LINKTABLE_ARRAY_END() of a string-named table.
 * @type: the entry type.
 * @name: the table's name, a string literal.
 */
#define LINKTABLE_ARRAY_END_STR(type, name) ((type *)linktable__array_edge(LTX_ASTR_BOUNDS(name), 1))

/**
 * LINKTABLE_COUNT_STR() - number of entries in a string-named array table.
 * @type: the entry type.
 * @name: the table's name, a string literal.
 */
#define LINKTABLE_COUNT_STR(type, name) (linktable__bytes(LTX_ASTR_BOUNDS(name)) / sizeof(type))

/**
 * LINKTABLE_ARRAY_CONTIGUOUS_STR() - LINKTABLE_ARRAY_CONTIGUOUS() of a
 * string-named table.
 * @name: the table's name, a string literal.
 */
#define LINKTABLE_ARRAY_CONTIGUOUS_STR(name) (linktable__array_contiguous(LTX_ASTR_BOUNDS(name)) != 0)
#else
/* PE: the declarations and definitions say why (see LTX_ARRAY_ELF_ONLY). */
#define LINKTABLE_ARRAY_DECLARE(type, name) LTX_ARRAY_ELF_ONLY
#define LINKTABLE_ARRAY_DEFINE(type, name) LTX_ARRAY_ELF_ONLY
#define LINKTABLE_ARRAY_DEFINE_NAME_ORDER(type, name, cmp) LTX_ARRAY_ELF_ONLY
#define LINKTABLE_ARRAY_DECLARE_STR(name) LTX_ARRAY_ELF_ONLY
#define LINKTABLE_ARRAY_DEFINE_STR(type, name) LTX_ARRAY_ELF_ONLY
#endif /* !LTX_PE */

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
	LTX_EXTERN_C __attribute__((__used__)) const char linktable_object_##obj = 0

/**
 * LINKTABLE_REQUIRE_OBJECT() - link in the object that provides @obj.
 * @obj: a name given by LINKTABLE_PROVIDE_OBJECT().
 *
 * Pulls the providing archive member into the link; if no object provides
 * it, the link fails with "undefined reference to linktable_object_@obj".
 */
#define LINKTABLE_REQUIRE_OBJECT(obj) \
	LTX_EXTERN_C_BEGIN extern const char linktable_object_##obj; LTX_EXTERN_C_END \
	__attribute__((__used__)) static const char *const LTX_UNIQUE(linktable__require_##obj##_) = \
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
#ifdef LTX_WASM
#include <linktable/internal/wasm.h>
#endif
#ifdef LTX_MACHO
#include <linktable/internal/macho.h>
#endif

#endif /* LINKTABLE_LINKTABLE_H */
