/* SPDX-License-Identifier: MIT */
/*
 * linktable/internal/toolchain.h - every compiler- and linker-specific trick
 * linktable relies on, in one place.
 *
 * Not a public API: include <linktable/linktable.h> or <linktable/ranges.h>.
 * Everything here is spelled LTX_* / linktable__* and may change between
 * releases.  docs/design.md explains each choice and the matrix that backs it.
 *
 * Supported: GNU C compilers (gcc >= 10, clang >= 11) producing ELF, with any
 * of GNU ld (bfd), gold, lld and mold.  No linker script is needed.
 */
#ifndef LINKTABLE_INTERNAL_TOOLCHAIN_H
#define LINKTABLE_INTERNAL_TOOLCHAIN_H

#if !defined(__GNUC__)
#error "linktable needs a GNU C compiler (gcc or clang): it places objects with section attributes"
#endif
#if !defined(__ELF__)
#error "linktable supports ELF targets only (it relies on the linker's __start_/__stop_ symbols)"
#endif

/* ---- Language glue: the same macros serve C11 and C++11 ---------------- */
#ifdef __cplusplus
#define LTX_EXTERN_C extern "C"
/* a declaration (never a definition) with C linkage */
#define LTX_EXTERN_DECL extern "C"
#define LTX_EXTERN_C_BEGIN extern "C" {
#define LTX_EXTERN_C_END }
#define LTX_STATIC_ASSERT(cond, msg) static_assert(cond, msg)
/* constexpr forces constant initialisation: an entry must never need a
 * dynamic initialiser, since it lives in read-only memory. */
#define LTX_CONST_OBJ constexpr
#define LTX_NULL nullptr
template <class A, class B> struct linktable__same { enum { value = 0 }; };
template <class A> struct linktable__same<A, A> { enum { value = 1 }; };
#define LTX_SAME_TYPE(a, b) (linktable__same<a, b>::value)
#else
#define LTX_EXTERN_C
#define LTX_EXTERN_DECL extern
#define LTX_EXTERN_C_BEGIN
#define LTX_EXTERN_C_END
#define LTX_STATIC_ASSERT(cond, msg) _Static_assert(cond, msg)
#define LTX_CONST_OBJ const
#define LTX_NULL ((void *)0)
#define LTX_SAME_TYPE(a, b) __builtin_types_compatible_p(a, b)
#endif

#define LTX_CAT_(a, b) a##b
#define LTX_CAT(a, b) LTX_CAT_(a, b)
#define LTX_STR_(x) #x
#define LTX_STR(x) LTX_STR_(x)
/* A fresh identifier per expansion, for loop-private variables. */
#define LTX_UNIQUE(prefix) LTX_CAT(prefix, __COUNTER__)

#ifdef __has_attribute
#define LTX_HAS_ATTRIBUTE(x) __has_attribute(x)
#else
#define LTX_HAS_ATTRIBUTE(x) 0
#endif

/* ---- Section names ------------------------------------------------------
 * Every name is a valid C identifier, for two reasons: the linkers only
 * synthesise __start_NAME/__stop_NAME for such names, and clang's
 * AddressSanitizer leaves globals in such sections without redzones.
 *   table entries, per level:  linktable_<table>_<level>      read-only part
 *                              linktable_<table>_<level>_rw   writable part
 *   ranges:                    linktable_range_<range>
 *   descriptors (ELF notes):   .note.linktable
 * Each level is its own output section with its own bounds, because no
 * linker sorts orphan sections by name without a script: the levels are
 * visited in order by walking the bounds pairs, not by address.
 *
 * Why two parts per level: every input section of one name must carry the
 * same flags, or mold makes two output sections of that name and the bounds
 * cover only one of them (entries lost).  The compiler chooses the flags: a
 * const object is read-only, except in position-independent code when its
 * initializer needs a relocation (a pointer), where it becomes writable.
 * So position-independent code puts its entries in non-const objects in the
 * _rw part (always writable), and other code keeps const objects in the
 * read-only part (always read-only, whatever the initializer).
 */
#define LTX_TABLE_SECTION_RO(table, level) "linktable_" #table "_" #level
#define LTX_TABLE_SECTION_RW(table, level) "linktable_" #table "_" #level "_rw"
#define LTX_TABLE_START(table, level) __start_linktable_##table##_##level
#define LTX_TABLE_STOP(table, level) __stop_linktable_##table##_##level
#define LTX_TABLE_START_RW(table, level) __start_linktable_##table##_##level##_rw
#define LTX_TABLE_STOP_RW(table, level) __stop_linktable_##table##_##level##_rw
#define LTX_RANGE_SECTION(range) "linktable_range_" #range
#define LTX_RANGE_START(range) __start_linktable_range_##range
#define LTX_RANGE_STOP(range) __stop_linktable_range_##range
/* The descriptor's symbol must differ from the section name: gas refuses a
 * symbol named like a section of the same object. */
#define LTX_RANGE_DESC(range) linktable__range_##range
#define LTX_NOTE_SECTION ".note.linktable"
#define LTX_NOTE_OWNER "linktable"

#if defined(__PIC__) || defined(__PIE__)
#define LTX_TABLE_SECTION(table, level) LTX_TABLE_SECTION_RW(table, level)
/* A non-const object, but still constant-initialised in C++: a dynamic
 * initialiser would fill the entry in at start-up, possibly after another
 * file's constructor walked the table.  C++20 has constinit; before it, g++
 * (>= 10) has __constinit and clang an attribute. */
#if defined(__cplusplus) && defined(__cpp_constinit)
#define LTX_ENTRY_QUAL constinit
#elif defined(__cplusplus) && defined(__clang__)
#define LTX_ENTRY_QUAL __attribute__((require_constant_initialization))
#elif defined(__cplusplus)
#define LTX_ENTRY_QUAL __constinit
#else
#define LTX_ENTRY_QUAL
#endif
#else
#define LTX_TABLE_SECTION(table, level) LTX_TABLE_SECTION_RO(table, level)
#define LTX_ENTRY_QUAL LTX_CONST_OBJ
#endif

#define LTX_LEVELS 100
/* Bounds pairs per table: the read-only and the writable part of each level
 * (at most 255: the cache stores slot numbers in bytes). */
#define LTX_SLOTS (2 * LTX_LEVELS)

/* X-macro over every order level, in ascending order. */
#define LTX_FOR_EACH_LEVEL(X, t) \
	X(t, 0) \
	X(t, 1) \
	X(t, 2) \
	X(t, 3) \
	X(t, 4) \
	X(t, 5) \
	X(t, 6) \
	X(t, 7) \
	X(t, 8) \
	X(t, 9) \
	X(t, 10) \
	X(t, 11) \
	X(t, 12) \
	X(t, 13) \
	X(t, 14) \
	X(t, 15) \
	X(t, 16) \
	X(t, 17) \
	X(t, 18) \
	X(t, 19) \
	X(t, 20) \
	X(t, 21) \
	X(t, 22) \
	X(t, 23) \
	X(t, 24) \
	X(t, 25) \
	X(t, 26) \
	X(t, 27) \
	X(t, 28) \
	X(t, 29) \
	X(t, 30) \
	X(t, 31) \
	X(t, 32) \
	X(t, 33) \
	X(t, 34) \
	X(t, 35) \
	X(t, 36) \
	X(t, 37) \
	X(t, 38) \
	X(t, 39) \
	X(t, 40) \
	X(t, 41) \
	X(t, 42) \
	X(t, 43) \
	X(t, 44) \
	X(t, 45) \
	X(t, 46) \
	X(t, 47) \
	X(t, 48) \
	X(t, 49) \
	X(t, 50) \
	X(t, 51) \
	X(t, 52) \
	X(t, 53) \
	X(t, 54) \
	X(t, 55) \
	X(t, 56) \
	X(t, 57) \
	X(t, 58) \
	X(t, 59) \
	X(t, 60) \
	X(t, 61) \
	X(t, 62) \
	X(t, 63) \
	X(t, 64) \
	X(t, 65) \
	X(t, 66) \
	X(t, 67) \
	X(t, 68) \
	X(t, 69) \
	X(t, 70) \
	X(t, 71) \
	X(t, 72) \
	X(t, 73) \
	X(t, 74) \
	X(t, 75) \
	X(t, 76) \
	X(t, 77) \
	X(t, 78) \
	X(t, 79) \
	X(t, 80) \
	X(t, 81) \
	X(t, 82) \
	X(t, 83) \
	X(t, 84) \
	X(t, 85) \
	X(t, 86) \
	X(t, 87) \
	X(t, 88) \
	X(t, 89) \
	X(t, 90) \
	X(t, 91) \
	X(t, 92) \
	X(t, 93) \
	X(t, 94) \
	X(t, 95) \
	X(t, 96) \
	X(t, 97) \
	X(t, 98) \
	X(t, 99)

/*
 * An order level must be a decimal integer literal 0..99 (or a macro that
 * expands to one), spelled canonically, because its spelling becomes part of
 * the section name: "05" and "5" would be two different sections and one of
 * them would silently never be visited.  sizeof("5") == 2, sizeof("42") == 3.
 */
/* A level that is not a constant reads as -1, so that the check fails with
 * linktable's message, not "not an integral constant expression".  gcc and
 * clang fold "__builtin_constant_p(x) ? x : -1" to an integer constant
 * expression in C and C++ alike (cheaper to compile than
 * __builtin_choose_expr, which clang evaluates slowly).  The level is
 * evaluated once: with S = sizeof(spelling) - 2 (0 for one digit, 1 for
 * two), a level is good iff S <= 1 and 0 <= level - 10 S < 10 + 80 S.  This
 * runs once per entry, and compile time per entry counts (bench/tables). */
#define LTX_LEVEL_VALUE(level) (__builtin_constant_p(level) ? (int)(level) : -1)
#define LTX_LEVEL_OK(level, spelling) \
	((unsigned int)(LTX_LEVEL_VALUE(level) - 10 * (int)(sizeof(spelling) - 2)) < \
		 10u + 80u * (unsigned int)(sizeof(spelling) - 2) && \
	 sizeof(spelling) - 2 <= 1)
#define LTX_LEVEL_CHECK(level) \
	LTX_STATIC_ASSERT(LTX_LEVEL_OK(level, #level), \
			  "linktable: the order level must be an integer literal from 0 to 99 (written without leading zeros or suffixes)")

/* ---- Attributes ------------------------------------------------------- */

/* SHF_GNU_RETAIN: lld (and GNU ld with -z start-stop-gc) collect a section
 * under --gc-sections when only __start_/__stop_ refer to it. */
#if LTX_HAS_ATTRIBUTE(retain)
#define LTX_RETAIN retain,
#define LTX_RETAIN_FLAG "R" /* the same, for sections written in assembly */
#else
#define LTX_RETAIN
#define LTX_RETAIN_FLAG ""
#endif

/* clang's ASan may pad instrumented globals; gcc does not instrument globals
 * in named sections and warns about no_sanitize on variables. */
#if defined(__clang__)
#define LTX_NO_ASAN no_sanitize("address"),
#else
#define LTX_NO_ASAN
#endif

/* aligned(__alignof__(T)) pins each entry to its type's alignment: GCC would
 * otherwise raise objects of 32 bytes or more to 32 bytes on x86-64, and a
 * 40-byte entry would sit 64 bytes from the next.  used: LTO and the compiler
 * keep an unreferenced entry. */
#define LTX_ENTRY_ATTRS(sec, type) \
	__attribute__((used, LTX_RETAIN LTX_NO_ASAN section(sec), aligned(__alignof__(type))))

#define LTX_NOTE_ATTRS \
	__attribute__((used, LTX_RETAIN LTX_NO_ASAN section(LTX_NOTE_SECTION), aligned(4)))

/* The build-time plan "linktable plan" emits sits alone in a section of its
 * own, so "linktable seal" finds it even after LTO, which may fold the
 * pointer linktable_init_prebuilt, and its symbol, away. */
#define LTX_PREBUILT_PLAN_SECTION "linktable_prebuilt_plan"
#define LTX_PREBUILT_PLAN_ATTRS __attribute__((used, section(LTX_PREBUILT_PLAN_SECTION)))

/* The bounds are weak (an empty level has none) and hidden (each linked image
 * - executable, shared object, plugin - has its own, never interposed). */
#define LTX_BOUND_ATTRS __attribute__((weak, visibility("hidden")))
#define LTX_HIDDEN __attribute__((visibility("hidden")))
#define LTX_EXPORTED __attribute__((visibility("default"), used))
#define LTX_MAYBE_UNUSED __attribute__((unused))

/*
 * __start_X and __stop_X are distinct objects to the optimiser, so walking
 * from one to the other is outside ISO C (GCC bug 108915).  Every pointer
 * that came from a bound passes through an empty asm first: the compiler
 * then knows nothing of its origin and cannot fold comparisons with it.
 */
#define LTX_LAUNDER(ptr) __asm__("" : "+r"(ptr))

/* Atomics without libc: the compiler's builtins, lock-free for bytes and
 * words on every target gcc and clang support. */
#define LTX_LOAD_ACQUIRE(p) __atomic_load_n((p), __ATOMIC_ACQUIRE)
#define LTX_LOAD_RELAXED(p) __atomic_load_n((p), __ATOMIC_RELAXED)
#define LTX_STORE_RELEASE(p, v) __atomic_store_n((p), (v), __ATOMIC_RELEASE)
#define LTX_STORE_RELAXED(p, v) __atomic_store_n((p), (v), __ATOMIC_RELAXED)
#define LTX_UNLIKELY(x) __builtin_expect(!!(x), 0)
/* Run-once code: out of line, out of the hot path. */
#define LTX_COLD __attribute__((noinline, cold, unused))

/* A function that only assembly refers to must be kept: gcc accepts
 * "used" on a redeclaration after the definition, clang refuses it
 * (relative-table functions are then non-static or marked used). */
#if defined(__clang__)
#define LTX_KEEP_FUNCTION(fn) LTX_STATIC_ASSERT(1, "")
#else
#define LTX_KEEP_FUNCTION(fn) __typeof__(fn) fn __attribute__((used))
#endif

/* ".balign n" for inline asm.  RISC-V assemblers relax code alignment: they
 * emit n - 2 bytes of nops and let the linker delete the excess, which it
 * does not do at the start of an otherwise empty section, so an empty
 * page-aligned range would hold a page of nops.  norelax makes it a plain
 * section alignment, padded at link time. */
#if defined(__riscv)
#define LTX_ASM_BALIGN(n) ".option push\n.option norelax\n.balign " LTX_STR(n) "\n.option pop\n"
#else
#define LTX_ASM_BALIGN(n) ".balign " LTX_STR(n) "\n"
#endif

/* Statement expressions, marked so -pedantic stays quiet. */
#define LTX_STMT_EXPR(...) (__extension__({ __VA_ARGS__ }))

typedef __SIZE_TYPE__ linktable__size_t;
typedef __UINTPTR_TYPE__ linktable__uintptr_t;
/* <stdarg.h>'s va_list, without the header (-nostdinc builds lack it). */
typedef __builtin_va_list linktable__va_list;

/* ---- ELF note descriptors, read by the linktable tool -----------------
 * One note per table or range: owner "linktable", a type, and a desc holding
 * numbers and NUL-terminated strings only - no pointers, so no relocations,
 * and the tool decodes them after strip, in any kind of image.
 */
#define LTX_NOTE_TABLE 1
#define LTX_NOTE_RANGE 2
#define LTX_NOTE_RELEASE 3 /* kind = the init release phase */
#define LTX_NOTE_VERSION 1

#define LTX_NOTE(id_, ntype_, kind_, esize_, ealign_, name_, tname_) \
	LTX_MAYBE_UNUSED static const struct { \
		unsigned int namesz, descsz, type; \
		char owner[12]; \
		unsigned int version, kind, entry_size, entry_align; \
		char name[sizeof(name_)]; \
		char type_name[sizeof(tname_)]; \
	} id_ LTX_NOTE_ATTRS = { \
		sizeof(LTX_NOTE_OWNER), \
		(unsigned int)(sizeof(id_) - 24u), \
		ntype_, \
		LTX_NOTE_OWNER, \
		LTX_NOTE_VERSION, \
		kind_, \
		(unsigned int)(esize_), \
		(unsigned int)(ealign_), \
		name_, \
		tname_, \
	}

#endif /* LINKTABLE_INTERNAL_TOOLCHAIN_H */
