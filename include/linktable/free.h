/* SPDX-License-Identifier: MIT */
/*
 * linktable/free.h - code and data a running program will never use again,
 * released at run time: init-only memory (like the kernel's __init and
 * __initdata) and memory needed only on one subarch (e.g. Xen-only code on
 * native hardware).
 *
 *	LINKTABLE_INIT_TEXT int parse_cmdline(void) { ... }
 *	LINKTABLE_INIT_DATA char boot_scratch[65536];
 *	LINKTABLE_ONLY_TEXT(XEN) int xen_setup(void) { ... }
 *
 *	LINKTABLE_FREE_RANGES_DEFINE();          // once per linked image
 *
 * A program-defined subarch gets ranges of its own, released like the
 * built-in ones: in a header,
 *
 *	#define LINKTABLE_SUBARCH_MYBOARD 7
 *	LINKTABLE_ONLY_RANGES_DECLARE(MYBOARD);
 *
 * then LINKTABLE_ONLY_TEXT(MYBOARD) / LINKTABLE_ONLY_DATA(MYBOARD), and
 * LINKTABLE_FREE_RANGES_DEFINE(MYBOARD) instead of the line above.
 *
 *	struct linktable_free_report rep;
 *	linktable_free_other_subarchs(LINKTABLE_FREE_SET, subarch, linktable_posix_env(), &rep);
 *	linktable_free_print(&rep);              // "Freeing unused xen memory: 56K ..."
 *	...boot done...
 *	linktable_free_init(LINKTABLE_FREE_SET, linktable_posix_env(), &rep);
 *	linktable_free_print(&rep);              // "Freeing unused init memory: 1234K ..."
 *
 * Each annotation places its function or object into a range (see
 * ranges.h): init_text, init_data, only_<NAME>_text, only_<NAME>_data.
 * Every range starts on a page boundary and is followed by a page-aligned
 * end marker in a section of its own that the linkers place right after it,
 * so nothing unrelated shares its pages - on GNU ld, gold, lld and mold,
 * with or without PIE and --gc-sections, and without a linker script
 * (docs/free.md has the evidence).  The release only ever hands over whole
 * pages between the range's start and its end marker.
 *
 * Rules:
 *  - Text annotations go on functions, data annotations on objects.
 *  - Init and only-subarch data is writable data: annotate non-const
 *    objects only.  A const object gets a read-only input section: in the
 *    same file as writable ones the compiler refuses it ("section type
 *    conflict"); from a file of its own, GNU ld, gold and lld merge it into
 *    the range but mold gives it a separate read-only output section of the
 *    same name, outside the range's bounds, which is then never released.
 *  - Never annotate inline functions or templates (C++): their out-of-line
 *    copies are shared between object files.
 *  - Nothing still needed after the release may point into a released
 *    range.  The init framework refuses steps whose later-phase callbacks
 *    live in init-only memory; linktable_free_find() answers the same
 *    question for any address.
 *
 * The release and bookkeeping are part of the freestanding core
 * (liblinktable-core.a): a kernel passes its struct linktable_env, whose
 * release hook gives each (start, length) to its own allocator.  In user
 * space, liblinktable's linktable_posix_env() makes the pages inaccessible
 * and drops them (mprotect(PROT_NONE) and madvise(MADV_DONTNEED)), and
 * measures the resident set before and after from /proc/self/smaps_rollup.
 */
#ifndef LINKTABLE_FREE_H
#define LINKTABLE_FREE_H

#include <linktable/env.h>
#include <linktable/ranges.h>
#include <linktable/subarch.h>

#ifdef LTX_WASM
/* A WebAssembly module's code is not in its linear memory and cannot be
 * released, nor can a data segment be given back to the host. */
#error "linktable/free.h does not apply to WebAssembly: a module cannot release its code or memory"
#endif

/*
 * Alignment of every freeable range and of its end marker, in bytes: the
 * largest page size the program will run with.  The release itself uses
 * the running system's page size; where that is larger than this
 * alignment, only the whole pages inside a range are released (correct,
 * but less is freed).  Build the library and the program with
 * -DLINKTABLE_FREE_ALIGN=65536 for 64 KiB-page kernels (arm64, ppc64le).
 */
#ifndef LINKTABLE_FREE_ALIGN
#define LINKTABLE_FREE_ALIGN 4096
#endif

/** Most program-defined subarchs with ranges of their own in one image. */
#define LINKTABLE_FREE_PROGRAM_SUBARCHS 16

/** Most ranges of one image: init_text, init_data, and text and data per subarch. */
#define LINKTABLE_FREE_RANGES (2 + 2 * (LINKTABLE_SUBARCH_FIRST_PROGRAM + LINKTABLE_FREE_PROGRAM_SUBARCHS))

/** Exit status of the debug-mode fault handler (see linktable_free_debug()). */
#define LINKTABLE_FREE_FAULT_EXIT 70

/*
 * Every built-in freeable range: X(name, label, subarch, is_text, section
 * flags).  label names the memory in messages ("init", or the subarch);
 * subarch is -1 for init-only memory.  The flags carry R (SHF_GNU_RETAIN,
 * see below).  The subarchs' ranges come from the one subarch list.
 */
#define LTX_FREE_SUBARCH_RANGES(X, value, NAME, name) \
	X(only_##NAME##_text, #name, value, 1, "axR") \
	X(only_##NAME##_data, #name, value, 0, "awR")
#define LTX_FREE_FOR_EACH_RANGE(X) \
	X(init_text, "init", -1, 1, "axR") \
	X(init_data, "init", -1, 0, "awR") \
	LINKTABLE_SUBARCH_FOR_EACH(LTX_FREE_SUBARCH_RANGES, X)

/* Every subarch with ranges has an enumerator linktable_only_ranges_<NAME>:
 * the annotations refer to it, so an unknown or undeclared name does not
 * compile. */
#define LTX_FREE_ONLY_ENUMERATOR(arg, value, NAME, name) linktable_only_ranges_##NAME = value,
enum { LINKTABLE_SUBARCH_FOR_EACH(LTX_FREE_ONLY_ENUMERATOR, ) };

/* ---- Annotations ---------------------------------------------------------- */

/**
 * LINKTABLE_INIT_TEXT - attribute for a function used only during init.
 *
 * Write it before the declaration: "LINKTABLE_INIT_TEXT int f(void) {...}".
 * The function lives in range init_text, released by linktable_free_init().
 */
#define LINKTABLE_INIT_TEXT __attribute__((__section__(LTX_RANGE_SECTION(init_text))))

/**
 * LINKTABLE_INIT_DATA - attribute for an object used only during init.
 * It lives in range init_data, released by linktable_free_init().
 */
#define LINKTABLE_INIT_DATA __attribute__((LTX_NO_ASAN __section__(LTX_RANGE_SECTION(init_data))))

/* The start of an only-subarch annotation: a declaration that names the
 * subarch's enumerator (unknown name: "'linktable_only_ranges_<NAME>'
 * undeclared"), so an annotation must begin its declaration. */
#define LTX_ONLY_CHECK(NAME, what) \
	LTX_STATIC_ASSERT((int)linktable_only_ranges_##NAME < LINKTABLE_SUBARCH_MAX, \
			  "linktable: " what "(" #NAME "): not a subarch with ranges of its own")

/**
 * LINKTABLE_ONLY_TEXT() - attribute for a function needed only on one subarch.
 * @NAME: the subarch, spelled as in LINKTABLE_SUBARCHS(): PC, LGUEST, XEN,
 *        INTEL_MID, CE4100, or a program-defined subarch declared with
 *        LINKTABLE_ONLY_RANGES_DECLARE().  Anything else does not compile
 *        ("'linktable_only_ranges_<NAME>' undeclared").
 *
 * Write it at the start of the declaration: it expands to a static
 * assertion and the attribute ("LINKTABLE_ONLY_TEXT(XEN) static int f(void)").
 * The function lives in range only_@NAME_text, released by
 * linktable_free_other_subarchs() on every other subarch.
 */
#define LINKTABLE_ONLY_TEXT(NAME) \
	LTX_ONLY_CHECK(NAME, "LINKTABLE_ONLY_TEXT"); \
	__attribute__((__section__(LTX_RANGE_SECTION(only_##NAME##_text))))

/**
 * LINKTABLE_ONLY_DATA() - attribute for an object needed only on one subarch.
 * @NAME: the subarch, as for LINKTABLE_ONLY_TEXT().
 */
#define LINKTABLE_ONLY_DATA(NAME) \
	LTX_ONLY_CHECK(NAME, "LINKTABLE_ONLY_DATA"); \
	__attribute__((LTX_NO_ASAN __section__(LTX_RANGE_SECTION(only_##NAME##_data))))

/*
 * Section order.  Without a script every linker lays out these orphan
 * sections in the order it first meets them (GNU ld, gold, lld) or by name
 * (mold), so each object that can hold annotated code first declares every
 * range section immediately followed by its end-marker section
 * "linktable_range_<name>.end" ('.' sorts before any identifier character,
 * so the name order agrees).  The declarations are empty and retained (R):
 * --gc-sections would otherwise drop them before the layout and the first
 * meeting with an end section could come after another range.
 */
#define LTX_FREE_DECLARE_SECTIONS(name, label, subarch, is_text, flags) \
	".pushsection " LTX_RANGE_SECTION(name) ",\"" flags "\",%progbits\n" \
	".pushsection " LTX_RANGE_SECTION(name) ".end,\"" flags "\",%progbits\n" \
	".popsection\n.popsection\n"
__asm__(LTX_FREE_FOR_EACH_RANGE(LTX_FREE_DECLARE_SECTIONS));

/**
 * LINKTABLE_ONLY_RANGES_DECLARE() - give a program-defined subarch ranges of
 * its own (only_@NAME_text, only_@NAME_data), at file scope in a header that
 * every file using LINKTABLE_ONLY_TEXT(@NAME) or _DATA(@NAME) includes.
 * @NAME: the subarch's name: LINKTABLE_SUBARCH_@NAME is defined to a value
 *        from 5 to 31.
 *
 * It declares the range sections in their order, like free.h does for the
 * built-in subarchs, and makes the annotations accept @NAME.  List @NAME in
 * LINKTABLE_FREE_RANGES_DEFINE() too: that defines the ranges, and the
 * release then covers them.
 */
#define LINKTABLE_ONLY_RANGES_DECLARE(NAME) \
	LTX_STATIC_ASSERT(LINKTABLE_SUBARCH_##NAME >= LINKTABLE_SUBARCH_FIRST_PROGRAM && \
				  LINKTABLE_SUBARCH_##NAME < LINKTABLE_SUBARCH_MAX, \
			  "linktable: LINKTABLE_ONLY_RANGES_DECLARE(" #NAME "): LINKTABLE_SUBARCH_" #NAME \
			  " must be a program-defined subarch, 5..31"); \
	enum { linktable_only_ranges_##NAME = LINKTABLE_SUBARCH_##NAME }; \
	__asm__(LTX_FREE_PROGRAM_RANGES(LTX_FREE_DECLARE_SECTIONS, NAME))

/* The two ranges of each program-defined subarch listed in
 * LINKTABLE_FREE_RANGES_DEFINE(...); an empty list gives none.  Their label
 * is NAME until the program registers the subarch's name. */
#define LTX_FREE_PROGRAM_RANGES(X, NAME) \
	X(only_##NAME##_text, #NAME, LINKTABLE_SUBARCH_##NAME, 1, "axR") \
	X(only_##NAME##_data, #NAME, LINKTABLE_SUBARCH_##NAME, 0, "awR")
#define LTX_FREE_SECOND_(a, b, ...) b
#define LTX_FREE_SECOND(...) LTX_FREE_SECOND_(__VA_ARGS__, ~)
#define LTX_FREE_EMPTY_PROBE_ ~, 1
#define LTX_FREE_PROGRAM_IF_0(X, NAME) LTX_FREE_PROGRAM_RANGES(X, NAME)
#define LTX_FREE_PROGRAM_IF_1(X, NAME)
#define LTX_FREE_PROGRAM_ONE(X, NAME) \
	LTX_CAT(LTX_FREE_PROGRAM_IF_, LTX_FREE_SECOND(LTX_FREE_EMPTY_PROBE_##NAME, 0))(X, NAME)
#define LTX_FREE_PROGRAM_1(X, a) LTX_FREE_PROGRAM_ONE(X, a)
#define LTX_FREE_PROGRAM_2(X, a, ...) LTX_FREE_PROGRAM_ONE(X, a) LTX_FREE_PROGRAM_1(X, __VA_ARGS__)
#define LTX_FREE_PROGRAM_3(X, a, ...) LTX_FREE_PROGRAM_ONE(X, a) LTX_FREE_PROGRAM_2(X, __VA_ARGS__)
#define LTX_FREE_PROGRAM_4(X, a, ...) LTX_FREE_PROGRAM_ONE(X, a) LTX_FREE_PROGRAM_3(X, __VA_ARGS__)
#define LTX_FREE_PROGRAM_5(X, a, ...) LTX_FREE_PROGRAM_ONE(X, a) LTX_FREE_PROGRAM_4(X, __VA_ARGS__)
#define LTX_FREE_PROGRAM_6(X, a, ...) LTX_FREE_PROGRAM_ONE(X, a) LTX_FREE_PROGRAM_5(X, __VA_ARGS__)
#define LTX_FREE_PROGRAM_7(X, a, ...) LTX_FREE_PROGRAM_ONE(X, a) LTX_FREE_PROGRAM_6(X, __VA_ARGS__)
#define LTX_FREE_PROGRAM_8(X, a, ...) LTX_FREE_PROGRAM_ONE(X, a) LTX_FREE_PROGRAM_7(X, __VA_ARGS__)
#define LTX_FREE_PROGRAM_9(X, a, ...) LTX_FREE_PROGRAM_ONE(X, a) LTX_FREE_PROGRAM_8(X, __VA_ARGS__)
#define LTX_FREE_PROGRAM_10(X, a, ...) LTX_FREE_PROGRAM_ONE(X, a) LTX_FREE_PROGRAM_9(X, __VA_ARGS__)
#define LTX_FREE_PROGRAM_11(X, a, ...) LTX_FREE_PROGRAM_ONE(X, a) LTX_FREE_PROGRAM_10(X, __VA_ARGS__)
#define LTX_FREE_PROGRAM_12(X, a, ...) LTX_FREE_PROGRAM_ONE(X, a) LTX_FREE_PROGRAM_11(X, __VA_ARGS__)
#define LTX_FREE_PROGRAM_13(X, a, ...) LTX_FREE_PROGRAM_ONE(X, a) LTX_FREE_PROGRAM_12(X, __VA_ARGS__)
#define LTX_FREE_PROGRAM_14(X, a, ...) LTX_FREE_PROGRAM_ONE(X, a) LTX_FREE_PROGRAM_13(X, __VA_ARGS__)
#define LTX_FREE_PROGRAM_15(X, a, ...) LTX_FREE_PROGRAM_ONE(X, a) LTX_FREE_PROGRAM_14(X, __VA_ARGS__)
#define LTX_FREE_PROGRAM_16(X, a, ...) LTX_FREE_PROGRAM_ONE(X, a) LTX_FREE_PROGRAM_15(X, __VA_ARGS__)
/* Every range of an image: the built-in ones and those of the program's
 * subarchs @... (up to LINKTABLE_FREE_PROGRAM_SUBARCHS names, or none). */
#define LTX_FREE_FOR_EACH_IMAGE_RANGE(X, ...) \
	LTX_FREE_FOR_EACH_RANGE(X) \
	LTX_CAT(LTX_FREE_PROGRAM_, LTX_SA_COUNT(__VA_ARGS__))(X, __VA_ARGS__)

/* ---- The ranges of one image ------------------------------------------- */

/**
 * struct linktable_free_range - one freeable range of a linked image.
 * @range:   begin, end and name (from the linker's __start_/__stop_).
 * @head:    page-aligned marker inside the range, at or after its start.
 * @tail:    page-aligned marker placed right after the range.
 * @label:   "init" or the subarch's name, for messages.
 * @subarch: the subarch the range serves, or -1 for init-only memory.
 * @is_text: 1 for code, 0 for data.
 */
struct linktable_free_range {
	const struct linktable_range *range;
	const char *head;
	const char *tail;
	const char *label;
	int subarch;
	int is_text;
};

/**
 * struct linktable_free_set - every freeable range of one linked image.
 * @count:  number of ranges (at most LINKTABLE_FREE_RANGES).
 * @ranges: the ranges.
 */
struct linktable_free_set {
	unsigned int count;
	struct linktable_free_range ranges[LINKTABLE_FREE_RANGES];
};

LTX_EXTERN_DECL LTX_HIDDEN const struct linktable_free_set linktable__free_set;

/**
 * LINKTABLE_FREE_SET - this image's ranges, a const struct linktable_free_set *.
 *
 * Defined by LINKTABLE_FREE_RANGES_DEFINE() in the same image.
 */
#define LINKTABLE_FREE_SET (&linktable__free_set)

#define LTX_FREE_RANGE_DEFINE(name, label, subarch, is_text, flags) LINKTABLE_RANGE_DEFINE(name);
#define LTX_FREE_MARKER_DECL(name, label, subarch, is_text, flags) \
	extern const char linktable__free_head_##name[] LTX_HIDDEN; \
	extern const char linktable__free_tail_##name[] LTX_HIDDEN;
/* The head is an empty, page-aligned, retained piece of the range: it gives
 * the range's output section its alignment.  The tail is one byte in the
 * end section, page-aligned, so the range's last page holds nothing else. */
#define LTX_FREE_MARKER_ASM(name, label, subarch, is_text, flags) __asm__( \
	".pushsection " LTX_RANGE_SECTION(name) ",\"" flags "\",%progbits\n" \
	LTX_ASM_BALIGN(LINKTABLE_FREE_ALIGN) \
	".globl linktable__free_head_" #name "\n.hidden linktable__free_head_" #name "\n" \
	"linktable__free_head_" #name ":\n" \
	".pushsection " LTX_RANGE_SECTION(name) ".end,\"" flags "\",%progbits\n" \
	LTX_ASM_BALIGN(LINKTABLE_FREE_ALIGN) \
	".globl linktable__free_tail_" #name "\n.hidden linktable__free_tail_" #name "\n" \
	"linktable__free_tail_" #name ":\n.byte 0\n" \
	".popsection\n.popsection\n");
#define LTX_FREE_SET_ENTRY(name, label, subarch, is_text, flags) \
	{ &LTX_RANGE_DESC(name), linktable__free_head_##name, linktable__free_tail_##name, label, subarch, is_text },
#define LTX_FREE_COUNT_ONE(name, label, subarch, is_text, flags) +1u

/**
 * LINKTABLE_FREE_RANGES_DEFINE() - define every freeable range of this
 * linked image: init_text, init_data, only_<NAME>_text/_data for the
 * subarchs PC, LGUEST, XEN, INTEL_MID and CE4100, and for each
 * program-defined subarch named.
 * @...: the program-defined subarchs (their NAMEs, each declared with
 *       LINKTABLE_ONLY_RANGES_DECLARE()) whose ranges this image has, up to
 *       LINKTABLE_FREE_PROGRAM_SUBARCHS; or nothing.
 *
 * Use it once, at file scope, in one .c file of each executable or shared
 * object that annotates code; the image's ranges are then
 * LINKTABLE_FREE_SET.  It also defines the ranges' descriptors
 * (LINKTABLE_RANGE(init_text), ...), notes for the linktable tool, and
 * linktable_free_in_init_memory() and linktable_free_in_other_subarch_memory()
 * for this image.
 */
#define LINKTABLE_FREE_RANGES_DEFINE(...) \
	LTX_FREE_FOR_EACH_IMAGE_RANGE(LTX_FREE_RANGE_DEFINE, __VA_ARGS__) \
	LTX_EXTERN_C LTX_HIDDEN int linktable_free_in_init_memory(const void *addr) \
	{ \
		const struct linktable_free_range *r = linktable_free_find(LINKTABLE_FREE_SET, addr); \
		return r && r->subarch < 0; \
	} \
	LTX_EXTERN_C LTX_HIDDEN int linktable_free_in_other_subarch_memory(const void *addr, \
									   unsigned int subarch) \
	{ \
		const struct linktable_free_range *r = linktable_free_find(LINKTABLE_FREE_SET, addr); \
		return r && r->subarch >= 0 && (unsigned int)r->subarch != subarch; \
	} \
	LTX_FREE_FOR_EACH_IMAGE_RANGE(LTX_FREE_MARKER_DECL, __VA_ARGS__) \
	LTX_FREE_FOR_EACH_IMAGE_RANGE(LTX_FREE_MARKER_ASM, __VA_ARGS__) \
	LTX_EXTERN_C LTX_HIDDEN const struct linktable_free_set linktable__free_set = { \
		0u LTX_FREE_FOR_EACH_IMAGE_RANGE(LTX_FREE_COUNT_ONE, __VA_ARGS__), \
		{ LTX_FREE_FOR_EACH_IMAGE_RANGE(LTX_FREE_SET_ENTRY, __VA_ARGS__) } \
	}

/* ---- Releasing ------------------------------------------------------------ */

LTX_EXTERN_C_BEGIN

/**
 * struct linktable_free_range_report - what happened to one range.
 * @name:         range name, e.g. "init_text".
 * @label:        "init" or the subarch name.
 * @annotated:    bytes the range spans (end - begin): the annotated
 *                objects, their alignment gaps, and the padding before
 *                the head marker when the defining object is not linked
 *                first.
 * @released:     bytes handed to the release hook (whole pages).
 * @rss_before:   resident bytes before this range's release (-1: unknown).
 * @rss_after:    resident bytes after it (-1: unknown).
 * @already:      1 if the range had been released before (nothing done).
 * @tail_kept:    1 if the range's last page was kept because its end marker
 *                was not right after it (then something else may share it).
 * @in_use:       an address in the range that is still in use (a hook of
 *                the environment, a step that ran, what the program named):
 *                the range was kept whole; NULL when it was not.
 */
struct linktable_free_range_report {
	const char *name;
	const char *label;
	linktable__size_t annotated;
	linktable__size_t released;
	long long rss_before;
	long long rss_after;
	int already;
	int tail_kept;
	const void *in_use;
};

/**
 * struct linktable_free_report - the result of one linktable_free_*() call.
 * @what:       "init" or "other subarchs".
 * @count:      entries used in @range.
 * @range:      one entry per range looked at, in set order.
 * @annotated:  sum of the ranges' bytes.
 * @released:   sum of the bytes released.
 * @rss_before: resident bytes before the first release (-1: unknown).
 * @rss_after:  resident bytes after the last release (-1: unknown).
 * @error:      NULL, or why the call failed.
 */
struct linktable_free_report {
	const char *what;
	unsigned int count;
	struct linktable_free_range_report range[LINKTABLE_FREE_RANGES];
	linktable__size_t annotated;
	linktable__size_t released;
	long long rss_before;
	long long rss_after;
	const char *error;
};

/**
 * linktable_free_init() - release the init-only ranges (init_text and
 * init_data), once the boot is done.
 * @set: the image's ranges (LINKTABLE_FREE_SET).
 * @env: the release hook (and optionally the resident-memory hook):
 *       linktable_posix_env() in user space.  NULL fails with -EINVAL.
 * @out: filled in with what was released (may be NULL).
 *
 * Releasing a range twice does nothing the second time.
 * Return: 0, or a negative errno value (then @out->error says why).
 */
int linktable_free_init(const struct linktable_free_set *set, const struct linktable_env *env,
			struct linktable_free_report *out);

/**
 * linktable_free_other_subarchs() - release the only_<subarch> ranges of
 * every subarch but @subarch, right after the running subarch is known.
 * @set:     the image's ranges (LINKTABLE_FREE_SET).
 * @subarch: the running subarch, 0..LINKTABLE_SUBARCH_MAX-1 (a subarch
 *           without ranges of its own keeps nothing).
 * @env:     the release hook: linktable_posix_env() in user space.
 * @out:     filled in with what was released (may be NULL).
 *
 * Return: 0, or a negative errno value (then @out->error says why).
 */
int linktable_free_other_subarchs(const struct linktable_free_set *set, unsigned int subarch,
				  const struct linktable_env *env, struct linktable_free_report *out);

/**
 * linktable_free_keeping() - release the init-only ranges (@init 1) or the
 * ranges of every subarch but @subarch (@init 0), except a range holding
 * an address of @in_use or one of @env's hooks: that one is kept whole and
 * reported (its @in_use set).  What linktable_boot_release() uses.
 * @set:     the image's ranges.
 * @init:    1: init-only ranges; 0: other subarchs' ranges.
 * @subarch: the running subarch (for @init 0).
 * @env:     the release hook.
 * @in_use:  addresses still needed, @n_in_use of them.
 * @n_in_use: their number.
 * @out:     the report (may be NULL).
 *
 * Return: 0, or a negative errno value.
 */
int linktable_free_keeping(const struct linktable_free_set *set, int init, unsigned int subarch,
			   const struct linktable_env *env, const void *const *in_use, linktable__size_t n_in_use,
			   struct linktable_free_report *out);

/**
 * linktable_free_find() - the freeable range that holds @addr.
 * @set:  the image's ranges.
 * @addr: any address (function or object).
 *
 * Return: the range (check ->subarch < 0 for init-only memory), or NULL.
 */
const struct linktable_free_range *linktable_free_find(const struct linktable_free_set *set,
							  const void *addr);

/**
 * linktable_free_in_init_memory() - whether @addr lies in this image's
 * init-only memory (released by linktable_free_init(), now or later).
 * @addr: any address.
 *
 * Defined by LINKTABLE_FREE_RANGES_DEFINE() in each image.  Fits the init
 * framework's "int (*is_released)(const void *addr)" at planning time:
 * a callback for a phase after the release must not live there.
 */
LTX_HIDDEN int linktable_free_in_init_memory(const void *addr);

/**
 * linktable_free_in_other_subarch_memory() - whether @addr lies in this
 * image's memory for a subarch other than @subarch (released by
 * linktable_free_other_subarchs(@subarch)).
 * @addr:    any address.
 * @subarch: the running subarch.
 *
 * Defined by LINKTABLE_FREE_RANGES_DEFINE().  A planner can refuse a step
 * that runs on @subarch with a callback in such memory.
 */
LTX_HIDDEN int linktable_free_in_other_subarch_memory(const void *addr, unsigned int subarch);

/**
 * linktable_free_is_released() - whether @addr lies in a range that has been
 * released in this process (in any image).
 * @addr: any address.
 *
 * Matches the init framework's "int (*is_released)(const void *addr)".
 */
int linktable_free_is_released(const void *addr);

/**
 * linktable_free_format() - the report as text, Linux style:
 * "Freeing unused init memory: 4096K (RSS -4092K)" and one line per range.
 * @r:    a report from linktable_free_init() or _other_subarchs().
 * @buf:  where to write (always NUL-terminated when @size > 0).
 * @size: size of @buf.
 *
 * Return: the length of the full text (may exceed @size - 1: truncated).
 */
linktable__size_t linktable_free_format(const struct linktable_free_report *r, char *buf,
					linktable__size_t size);

/* ---- User space (not for freestanding programs) ---------------------------- */

/**
 * linktable_free_rss() - resident bytes of this process now, or -1.
 */
long long linktable_free_rss(void);

/**
 * linktable_free_print() - write linktable_free_format()'s text to stdout.
 * @r: the report.
 */
void linktable_free_print(const struct linktable_free_report *r);

/**
 * linktable_free_debug() - catch later use of released memory: on SIGSEGV
 * in a released range print "call into freed init memory at 0x... (range
 * init_text)" (or "access to freed ..." for a data access, with the
 * range's label instead of "init" for subarch ranges) to stderr and exit
 * with LINKTABLE_FREE_FAULT_EXIT.  Other faults go to the previous handler.
 *
 * Also enabled by the first use of the default release when the
 * environment holds LINKTABLE_FREE_DEBUG=1.  Only the calling thread gets
 * the alternate signal stack.  Return: 0, or a negative errno value.
 */
int linktable_free_debug(void);

LTX_EXTERN_C_END

#endif /* LINKTABLE_FREE_H */
