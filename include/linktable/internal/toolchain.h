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
 * of GNU ld (bfd), gold, lld and mold; and tables only on PE/COFF (mingw-w64
 * gcc or clang, GNU ld or lld: see "PE/COFF: grouped sections" below and
 * internal/pe.h); tables on WebAssembly (wasm32, clang with wasm-ld: see
 * "WebAssembly" below and internal/wasm.h); and tables on Mach-O (built and
 * checked statically, never run here: see "Mach-O" below and
 * internal/macho.h).  No linker script is needed.
 */
#ifndef LINKTABLE_INTERNAL_TOOLCHAIN_H
#define LINKTABLE_INTERNAL_TOOLCHAIN_H

#if !defined(__GNUC__)
#error "linktable needs a GNU C compiler (gcc or clang): it places objects with section attributes"
#endif
/* PE/COFF (Windows, mingw-w64 gcc or clang): tables only, laid out
 * differently (internal/pe.h); LTX_PE marks every difference. */
#if defined(__ELF__)
/* ELF: everything.  What needs an ELF linker's layout and nothing else
 * will do (array tables, the drop-in headers of compat/) tests LTX_ELF. */
#define LTX_ELF 1
#elif defined(_WIN32) || defined(__CYGWIN__)
#define LTX_PE 1
#elif defined(__wasm__)
/* WebAssembly (wasm-ld): tables, with every entry a global symbol;
 * LTX_WASM marks every difference ("WebAssembly" below). */
#define LTX_WASM 1
#if !defined(__clang__)
#error "linktable on WebAssembly needs clang (wasm-ld keeps entries only through clang's symbol flags)"
#endif
#elif defined(__APPLE__) && defined(__MACH__)
/* Mach-O (macOS, ld64 or ld64.lld): tables, every table's entries as
 * records in one shared section ("Mach-O" below, internal/macho.h);
 * LTX_MACHO marks every difference. */
#define LTX_MACHO 1
#else
#error "linktable supports ELF, PE/COFF, WebAssembly and Mach-O targets only"
#endif

/* ---- Language glue: the same macros serve C11 and C++11 ---------------- */
#ifdef __cplusplus
#define LTX_EXTERN_C extern "C"
/* a declaration (never a definition) with C linkage */
#define LTX_EXTERN_DECL extern "C"
#define LTX_EXTERN_C_BEGIN extern "C" {
#define LTX_EXTERN_C_END }
#define LTX_STATIC_ASSERT(cond, msg) static_assert(cond, msg)
#define LTX_STATIC_ASSERT_KW static_assert /* no macro arguments to scan */
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
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#define LTX_STATIC_ASSERT(cond, msg) _Static_assert(cond, msg)
#define LTX_STATIC_ASSERT_KW _Static_assert
#else
/* C99 (FreeBSD's kernel and Zephyr build as C99): gcc and clang take
 * _Static_assert there too, and __extension__ keeps -Wpedantic quiet. */
#define LTX_STATIC_ASSERT(cond, msg) __extension__ _Static_assert(cond, msg)
#define LTX_STATIC_ASSERT_KW __extension__ _Static_assert
#endif
#define LTX_CONST_OBJ const
#define LTX_NULL ((void *)0)
#define LTX_SAME_TYPE(a, b) __builtin_types_compatible_p(a, b)
#endif

typedef __SIZE_TYPE__ linktable__size_t;
typedef __UINTPTR_TYPE__ linktable__uintptr_t;
/* The compiler's own va_list: <stdarg.h> is missing under -nostdinc, which
 * a kernel build may use; va_list is this type on gcc and clang. */
typedef __builtin_va_list linktable__va_list;

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
/* The level's part of a section name is LTX_LEVEL_NAME(level) (below), which
 * is also the level check: it exists for legal spellings only. */
#define LTX_TABLE_SECTION_RO(table, level) "linktable_" #table LTX_LEVEL_NAME(level)
#define LTX_TABLE_SECTION_RW(table, level) "linktable_" #table LTX_LEVEL_NAME_RW(level)
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
/* (written out, not through LTX_TABLE_SECTION_RW: one macro layer less per entry) */
#define LTX_TABLE_SECTION(table, level) "linktable_" #table LTX_LEVEL_NAME_RW(level)
/* A non-const object, but still constant-initialised in C++: a dynamic
 * initialiser would fill the entry in at start-up, possibly after another
 * file's constructor walked the table.  C++20 has constinit; before it, g++
 * (>= 10) has __constinit and clang an attribute. */
#if defined(__cplusplus) && defined(__cpp_constinit)
#define LTX_ENTRY_QUAL constinit
#elif defined(__cplusplus) && defined(__clang__)
#define LTX_ENTRY_QUAL __attribute__((__require_constant_initialization__))
#elif defined(__cplusplus)
#define LTX_ENTRY_QUAL __constinit
#else
#define LTX_ENTRY_QUAL
#endif
#else
#define LTX_TABLE_SECTION(table, level) "linktable_" #table LTX_LEVEL_NAME(level)
#ifdef __cplusplus /* (LTX_CONST_OBJ, written out: expanded per entry) */
#define LTX_ENTRY_QUAL constexpr
#else
#define LTX_ENTRY_QUAL const
#endif
#endif

/* ---- WebAssembly: entries are global symbols ------------------------------
 * wasm-ld collects unreferenced data by default (--gc-sections is on), and
 * its roots are the global symbols marked "used" (no-strip) or exported: a
 * static entry is dropped even when marked used, and the table, whose
 * bounds are weak, is then silently empty.  So on WebAssembly an entry has
 * external linkage and hidden visibility (never exported), and it is kept
 * whatever the link options.  Its assembler name is its own, so that the
 * documented rule stands - an entry's name need only be unique within its
 * file: "linktable.<table>.<name>.<main file>.<counter>", where the main
 * source file (__BASE_FILE__) tells translation units apart and
 * __COUNTER__ the entries of one unit.  The only clash left - one source
 * file compiled twice into the same image, or two main files of the same
 * name compiled from different directories with entries of the same table
 * and name at the same counter - fails to link ("duplicate symbol"): an
 * entry is never silently lost.
 * Elsewhere an entry is static and named as written. */
#ifdef LTX_WASM
#ifdef __cplusplus
#define LTX_ENTRY_LINKAGE extern LTX_HIDDEN
#else
#define LTX_ENTRY_LINKAGE LTX_HIDDEN
#endif
#define LTX_ENTRY_SYMBOL(table, name) \
	__asm__("linktable." #table "." #name "." __BASE_FILE__ "." LTX_STR(__COUNTER__))
#else
#define LTX_ENTRY_LINKAGE static
#define LTX_ENTRY_SYMBOL(table, name)
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
 * LTX_LEVEL_NAME(level): the name of an order level in section names, and
 * the level check of every ELF and WebAssembly entry.  A level is an integer
 * literal 0..99, or 00..09 (the same levels as 0..9, as iPXE writes its
 * orders), or a macro that expands to one; its spelling is pasted onto
 * linktable_order_level_0_to_99_or_00_to_09__, and only the legal spellings
 * are defined, each as the level's part of the section name with its
 * separator ("_5" for 5 and 05); LTX_LEVEL_NAME_RW() pastes it onto
 * linktable_order_level_0_to_99_or_00_to_09_rw__ instead, whose legal
 * spellings give the writable part's ("_5_rw"), so that a section name is
 * two string pieces, not five (gcc records every piece of every string
 * concatenation: about 1,200 instructions a piece per entry).  No spelling
 * reaches the other set: "__" and "_rw__" differ in their second
 * character.  Any other spelling - 100, -1, 5u, 0x5, 005, 1e1, a variable -
 * leaves an undefined identifier in the section name's string, or a token
 * paste that fails, and the entry does not compile; the error names
 * linktable_order_level_0_to_99_or_00_to_09_[rw_]_<spelling>.  This costs no
 * declaration and no expression per entry (a _Static_assert did, and was most
 * of an entry's compile time: bench/tables part d, docs/design.md "Compile
 * cost").  Array tables (two-digit keys, LTX_KEY() below) have a table of
 * their own.  LTX_LEVEL_CHECK() below remains for the forms that also need
 * the level as a number (init steps, PE, Mach-O).
 */
/* Pasted here, with no LTX_CAT() layer: every caller passes @level on from a
 * parameter of its own, so a level macro is expanded already. */
#define LTX_LEVEL_NAME(level) linktable_order_level_0_to_99_or_00_to_09__##level
#define LTX_LEVEL_NAME_RW(level) linktable_order_level_0_to_99_or_00_to_09_rw__##level
#define linktable_order_level_0_to_99_or_00_to_09__0 "_0"
#define linktable_order_level_0_to_99_or_00_to_09__1 "_1"
#define linktable_order_level_0_to_99_or_00_to_09__2 "_2"
#define linktable_order_level_0_to_99_or_00_to_09__3 "_3"
#define linktable_order_level_0_to_99_or_00_to_09__4 "_4"
#define linktable_order_level_0_to_99_or_00_to_09__5 "_5"
#define linktable_order_level_0_to_99_or_00_to_09__6 "_6"
#define linktable_order_level_0_to_99_or_00_to_09__7 "_7"
#define linktable_order_level_0_to_99_or_00_to_09__8 "_8"
#define linktable_order_level_0_to_99_or_00_to_09__9 "_9"
#define linktable_order_level_0_to_99_or_00_to_09__10 "_10"
#define linktable_order_level_0_to_99_or_00_to_09__11 "_11"
#define linktable_order_level_0_to_99_or_00_to_09__12 "_12"
#define linktable_order_level_0_to_99_or_00_to_09__13 "_13"
#define linktable_order_level_0_to_99_or_00_to_09__14 "_14"
#define linktable_order_level_0_to_99_or_00_to_09__15 "_15"
#define linktable_order_level_0_to_99_or_00_to_09__16 "_16"
#define linktable_order_level_0_to_99_or_00_to_09__17 "_17"
#define linktable_order_level_0_to_99_or_00_to_09__18 "_18"
#define linktable_order_level_0_to_99_or_00_to_09__19 "_19"
#define linktable_order_level_0_to_99_or_00_to_09__20 "_20"
#define linktable_order_level_0_to_99_or_00_to_09__21 "_21"
#define linktable_order_level_0_to_99_or_00_to_09__22 "_22"
#define linktable_order_level_0_to_99_or_00_to_09__23 "_23"
#define linktable_order_level_0_to_99_or_00_to_09__24 "_24"
#define linktable_order_level_0_to_99_or_00_to_09__25 "_25"
#define linktable_order_level_0_to_99_or_00_to_09__26 "_26"
#define linktable_order_level_0_to_99_or_00_to_09__27 "_27"
#define linktable_order_level_0_to_99_or_00_to_09__28 "_28"
#define linktable_order_level_0_to_99_or_00_to_09__29 "_29"
#define linktable_order_level_0_to_99_or_00_to_09__30 "_30"
#define linktable_order_level_0_to_99_or_00_to_09__31 "_31"
#define linktable_order_level_0_to_99_or_00_to_09__32 "_32"
#define linktable_order_level_0_to_99_or_00_to_09__33 "_33"
#define linktable_order_level_0_to_99_or_00_to_09__34 "_34"
#define linktable_order_level_0_to_99_or_00_to_09__35 "_35"
#define linktable_order_level_0_to_99_or_00_to_09__36 "_36"
#define linktable_order_level_0_to_99_or_00_to_09__37 "_37"
#define linktable_order_level_0_to_99_or_00_to_09__38 "_38"
#define linktable_order_level_0_to_99_or_00_to_09__39 "_39"
#define linktable_order_level_0_to_99_or_00_to_09__40 "_40"
#define linktable_order_level_0_to_99_or_00_to_09__41 "_41"
#define linktable_order_level_0_to_99_or_00_to_09__42 "_42"
#define linktable_order_level_0_to_99_or_00_to_09__43 "_43"
#define linktable_order_level_0_to_99_or_00_to_09__44 "_44"
#define linktable_order_level_0_to_99_or_00_to_09__45 "_45"
#define linktable_order_level_0_to_99_or_00_to_09__46 "_46"
#define linktable_order_level_0_to_99_or_00_to_09__47 "_47"
#define linktable_order_level_0_to_99_or_00_to_09__48 "_48"
#define linktable_order_level_0_to_99_or_00_to_09__49 "_49"
#define linktable_order_level_0_to_99_or_00_to_09__50 "_50"
#define linktable_order_level_0_to_99_or_00_to_09__51 "_51"
#define linktable_order_level_0_to_99_or_00_to_09__52 "_52"
#define linktable_order_level_0_to_99_or_00_to_09__53 "_53"
#define linktable_order_level_0_to_99_or_00_to_09__54 "_54"
#define linktable_order_level_0_to_99_or_00_to_09__55 "_55"
#define linktable_order_level_0_to_99_or_00_to_09__56 "_56"
#define linktable_order_level_0_to_99_or_00_to_09__57 "_57"
#define linktable_order_level_0_to_99_or_00_to_09__58 "_58"
#define linktable_order_level_0_to_99_or_00_to_09__59 "_59"
#define linktable_order_level_0_to_99_or_00_to_09__60 "_60"
#define linktable_order_level_0_to_99_or_00_to_09__61 "_61"
#define linktable_order_level_0_to_99_or_00_to_09__62 "_62"
#define linktable_order_level_0_to_99_or_00_to_09__63 "_63"
#define linktable_order_level_0_to_99_or_00_to_09__64 "_64"
#define linktable_order_level_0_to_99_or_00_to_09__65 "_65"
#define linktable_order_level_0_to_99_or_00_to_09__66 "_66"
#define linktable_order_level_0_to_99_or_00_to_09__67 "_67"
#define linktable_order_level_0_to_99_or_00_to_09__68 "_68"
#define linktable_order_level_0_to_99_or_00_to_09__69 "_69"
#define linktable_order_level_0_to_99_or_00_to_09__70 "_70"
#define linktable_order_level_0_to_99_or_00_to_09__71 "_71"
#define linktable_order_level_0_to_99_or_00_to_09__72 "_72"
#define linktable_order_level_0_to_99_or_00_to_09__73 "_73"
#define linktable_order_level_0_to_99_or_00_to_09__74 "_74"
#define linktable_order_level_0_to_99_or_00_to_09__75 "_75"
#define linktable_order_level_0_to_99_or_00_to_09__76 "_76"
#define linktable_order_level_0_to_99_or_00_to_09__77 "_77"
#define linktable_order_level_0_to_99_or_00_to_09__78 "_78"
#define linktable_order_level_0_to_99_or_00_to_09__79 "_79"
#define linktable_order_level_0_to_99_or_00_to_09__80 "_80"
#define linktable_order_level_0_to_99_or_00_to_09__81 "_81"
#define linktable_order_level_0_to_99_or_00_to_09__82 "_82"
#define linktable_order_level_0_to_99_or_00_to_09__83 "_83"
#define linktable_order_level_0_to_99_or_00_to_09__84 "_84"
#define linktable_order_level_0_to_99_or_00_to_09__85 "_85"
#define linktable_order_level_0_to_99_or_00_to_09__86 "_86"
#define linktable_order_level_0_to_99_or_00_to_09__87 "_87"
#define linktable_order_level_0_to_99_or_00_to_09__88 "_88"
#define linktable_order_level_0_to_99_or_00_to_09__89 "_89"
#define linktable_order_level_0_to_99_or_00_to_09__90 "_90"
#define linktable_order_level_0_to_99_or_00_to_09__91 "_91"
#define linktable_order_level_0_to_99_or_00_to_09__92 "_92"
#define linktable_order_level_0_to_99_or_00_to_09__93 "_93"
#define linktable_order_level_0_to_99_or_00_to_09__94 "_94"
#define linktable_order_level_0_to_99_or_00_to_09__95 "_95"
#define linktable_order_level_0_to_99_or_00_to_09__96 "_96"
#define linktable_order_level_0_to_99_or_00_to_09__97 "_97"
#define linktable_order_level_0_to_99_or_00_to_09__98 "_98"
#define linktable_order_level_0_to_99_or_00_to_09__99 "_99"
#define linktable_order_level_0_to_99_or_00_to_09__00 "_0"
#define linktable_order_level_0_to_99_or_00_to_09__01 "_1"
#define linktable_order_level_0_to_99_or_00_to_09__02 "_2"
#define linktable_order_level_0_to_99_or_00_to_09__03 "_3"
#define linktable_order_level_0_to_99_or_00_to_09__04 "_4"
#define linktable_order_level_0_to_99_or_00_to_09__05 "_5"
#define linktable_order_level_0_to_99_or_00_to_09__06 "_6"
#define linktable_order_level_0_to_99_or_00_to_09__07 "_7"
#define linktable_order_level_0_to_99_or_00_to_09__08 "_8"
#define linktable_order_level_0_to_99_or_00_to_09__09 "_9"
#define linktable_order_level_0_to_99_or_00_to_09_rw__0 "_0_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__1 "_1_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__2 "_2_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__3 "_3_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__4 "_4_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__5 "_5_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__6 "_6_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__7 "_7_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__8 "_8_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__9 "_9_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__10 "_10_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__11 "_11_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__12 "_12_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__13 "_13_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__14 "_14_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__15 "_15_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__16 "_16_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__17 "_17_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__18 "_18_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__19 "_19_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__20 "_20_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__21 "_21_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__22 "_22_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__23 "_23_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__24 "_24_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__25 "_25_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__26 "_26_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__27 "_27_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__28 "_28_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__29 "_29_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__30 "_30_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__31 "_31_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__32 "_32_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__33 "_33_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__34 "_34_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__35 "_35_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__36 "_36_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__37 "_37_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__38 "_38_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__39 "_39_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__40 "_40_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__41 "_41_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__42 "_42_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__43 "_43_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__44 "_44_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__45 "_45_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__46 "_46_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__47 "_47_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__48 "_48_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__49 "_49_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__50 "_50_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__51 "_51_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__52 "_52_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__53 "_53_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__54 "_54_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__55 "_55_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__56 "_56_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__57 "_57_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__58 "_58_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__59 "_59_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__60 "_60_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__61 "_61_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__62 "_62_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__63 "_63_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__64 "_64_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__65 "_65_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__66 "_66_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__67 "_67_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__68 "_68_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__69 "_69_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__70 "_70_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__71 "_71_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__72 "_72_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__73 "_73_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__74 "_74_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__75 "_75_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__76 "_76_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__77 "_77_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__78 "_78_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__79 "_79_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__80 "_80_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__81 "_81_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__82 "_82_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__83 "_83_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__84 "_84_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__85 "_85_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__86 "_86_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__87 "_87_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__88 "_88_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__89 "_89_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__90 "_90_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__91 "_91_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__92 "_92_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__93 "_93_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__94 "_94_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__95 "_95_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__96 "_96_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__97 "_97_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__98 "_98_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__99 "_99_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__00 "_0_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__01 "_1_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__02 "_2_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__03 "_3_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__04 "_4_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__05 "_5_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__06 "_6_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__07 "_7_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__08 "_8_rw"
#define linktable_order_level_0_to_99_or_00_to_09_rw__09 "_9_rw"

/*
 * An order level must be a decimal integer literal 0..99 (or a macro that
 * expands to one), spelled canonically, because its spelling becomes part of
 * the section name: "05" and "5" would be two different sections and one of
 * them would silently never be visited.  So the public macros respell 00..09
 * first (LTX_LEVEL_NORM() above) and check what comes out.
 * sizeof("5") == 2, sizeof("42") == 3.
 */
/* The check runs once per entry, and compile time per entry counts
 * (bench/tables part d), so it is one flat expression with no macro inside
 * (and the assertion's keyword an object-like macro, so that no argument is
 * scanned twice): a level spelled with one character must be below 10, one
 * spelled with two must be 10 to 99, and any longer spelling fails.  "05",
 * "5u", "-1", "0x5", "1e1" and "100" all fail.  The spelling is tested
 * first, so that a non-constant level of three or more characters fails
 * with this message too (an operand that is not evaluated may be anything);
 * a shorter one fails with the compiler's "not constant". */
/*
 * LTX_LEVEL_NORM(level): a level written with two digits and a leading zero
 * ("00" .. "09", as iPXE writes its orders) respelled as its one-digit
 * canonical form, any other spelling passed through unchanged (to the check
 * below, which rejects what is not 0..99).  By token pasting: "08" and "09"
 * are not valid C integers (octal), so they must never reach an expression.
 * A defined LTX_LVN_<spelling> expands to two arguments and moves the
 * canonical one into LTX_LVN_PICK_'s second place; an undefined one is one
 * argument and leaves the original spelling there.
 */
#define LTX_LEVEL_NORM(level) LTX_LVN_PICK(LTX_CAT(LTX_LVN_, level), level, ~)
#define LTX_LVN_PICK(...) LTX_LVN_PICK_(__VA_ARGS__)
#define LTX_LVN_PICK_(probe, level, ...) level
#define LTX_LVN_00 ~, 0
#define LTX_LVN_01 ~, 1
#define LTX_LVN_02 ~, 2
#define LTX_LVN_03 ~, 3
#define LTX_LVN_04 ~, 4
#define LTX_LVN_05 ~, 5
#define LTX_LVN_06 ~, 6
#define LTX_LVN_07 ~, 7
#define LTX_LVN_08 ~, 8
#define LTX_LVN_09 ~, 9

#define LTX_LEVEL_CHECK(level) \
	LTX_STATIC_ASSERT_KW(sizeof(#level) == 2 ? (level) < 10 : sizeof(#level) == 3 && (level) >= 10 && (level) < 100, \
			     "linktable: the order level must be an integer literal from 0 to 99 (or 00 to 09; no suffixes)")

/* ---- Attributes ------------------------------------------------------- */

/* SHF_GNU_RETAIN: lld (and GNU ld with -z start-stop-gc) collect a section
 * under --gc-sections when only __start_/__stop_ refer to it. */
#if LTX_HAS_ATTRIBUTE(__retain__)
#define LTX_RETAIN __retain__,
#define LTX_RETAIN_FLAG "R" /* the same, for sections written in assembly */
#else
#define LTX_RETAIN
#define LTX_RETAIN_FLAG ""
#endif

/* clang's ASan may pad instrumented globals; gcc does not instrument globals
 * in named sections and warns about no_sanitize on variables.  Only when
 * ASan is on: an attribute per entry costs compile time (bench/tables d). */
#if defined(__clang__) && defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LTX_CLANG_ASAN 1
#endif
#endif
/* Around an extern declaration that a macro makes inside the user's
 * function (a table's bounds and names, which the linker provides): gcc's
 * -Wnested-externs and -Wredundant-decls would name the header's own
 * declaration in the user's code, and FreeBSD's kernel (with -Werror) and
 * Zephyr's W=2 builds turn the first on.  (clang has neither warning.) */
#if defined(__GNUC__) && !defined(__clang__) && !defined(__cplusplus)
#define LTX_NESTED_EXTERN_BEGIN \
	_Pragma("GCC diagnostic push") _Pragma("GCC diagnostic ignored \"-Wnested-externs\"") \
		_Pragma("GCC diagnostic ignored \"-Wredundant-decls\"")
#define LTX_NESTED_EXTERN_END _Pragma("GCC diagnostic pop")
#else
#define LTX_NESTED_EXTERN_BEGIN
#define LTX_NESTED_EXTERN_END
#endif
/* Around a table's typedef, which LINKTABLE_DECLARE() in a header and
 * LINKTABLE_DEFINE() in the same file both make: C11 allows a typedef to be
 * repeated; C99 (FreeBSD's kernel and Zephyr build as C99) does not, but
 * gcc and clang take it as an extension, clang warning by default and gcc
 * under -Wpedantic. */
#if !defined(__cplusplus) && (!defined(__STDC_VERSION__) || __STDC_VERSION__ < 201112L)
#if defined(__clang__)
#define LTX_REPEATED_TYPEDEF_BEGIN \
	_Pragma("clang diagnostic push") _Pragma("clang diagnostic ignored \"-Wtypedef-redefinition\"")
#define LTX_REPEATED_TYPEDEF_END _Pragma("clang diagnostic pop")
#else
#define LTX_REPEATED_TYPEDEF_BEGIN _Pragma("GCC diagnostic push") _Pragma("GCC diagnostic ignored \"-Wpedantic\"")
#define LTX_REPEATED_TYPEDEF_END _Pragma("GCC diagnostic pop")
#endif
#else
#define LTX_REPEATED_TYPEDEF_BEGIN
#define LTX_REPEATED_TYPEDEF_END
#endif
/* Around the declarators of a hidden object that a user's macro defines
 * in the user's own declaration (a compat header's name record): clang's
 * -Wmissing-variable-declarations would name it, and no declaration of it
 * can come first.  (_Pragma works inside a declaration; gcc has no such
 * warning, and would warn about the clang pragma.) */
#ifdef __clang__
#define LTX_NO_MVD_BEGIN \
	_Pragma("clang diagnostic push") _Pragma("clang diagnostic ignored \"-Wmissing-variable-declarations\"")
#define LTX_NO_MVD_END _Pragma("clang diagnostic pop")
#else
#define LTX_NO_MVD_BEGIN
#define LTX_NO_MVD_END
#endif

#ifdef LTX_CLANG_ASAN
#define LTX_NO_ASAN __no_sanitize__("address"),
#else
#define LTX_NO_ASAN
#endif

/* aligned(__alignof__(T)) pins each entry to its type's alignment: GCC would
 * otherwise raise objects of 32 bytes or more to 32 bytes on x86-64, and a
 * 40-byte entry would sit 64 bytes from the next.  used: LTO and the compiler
 * keep an unreferenced entry. */
#define LTX_ENTRY_ATTRS(sec, type) \
	__attribute__((__used__, LTX_RETAIN LTX_NO_ASAN __section__(sec), __aligned__(__alignof__(type))))

#define LTX_NOTE_ATTRS \
	__attribute__((__used__, LTX_RETAIN LTX_NO_ASAN __section__(LTX_NOTE_SECTION), __aligned__(4)))

/* The build-time plan "linktable plan" emits sits alone in a section of its
 * own, so "linktable seal" finds it even after LTO, which may fold the
 * pointer linktable_init_prebuilt, and its symbol, away. */
#define LTX_PREBUILT_PLAN_SECTION "linktable_prebuilt_plan"
#define LTX_PREBUILT_PLAN_ATTRS __attribute__((__used__, __section__(LTX_PREBUILT_PLAN_SECTION)))

/* The bounds are weak (an empty level has none) and hidden (each linked image
 * - executable, shared object, plugin - has its own, never interposed).
 * PE has no symbol visibility: a symbol is local to its image unless
 * exported. */
#ifndef LTX_PE
#if defined(__s390x__)
/* On s390x the compilers take every symbol to be 2-byte aligned and reach
 * it with larl, which a bound at an odd address (the end of 3-byte
 * entries) cannot be (ld: "misaligned symbol ... R_390_PC32DBL"); a bound
 * declared 1-byte aligned is loaded from the GOT or literal pool instead.
 * For the bounds a user's code names itself (Zephyr's TYPE_SECTION_END_EXTERN,
 * FreeBSD's SET_LIMIT...); linktable's own read them through LTX_BOUND_ADDR. */
#define LTX_BOUND_ATTRS __attribute__((__weak__, __visibility__("hidden"), __aligned__(1)))
#else
#define LTX_BOUND_ATTRS __attribute__((__weak__, __visibility__("hidden")))
#endif
#define LTX_HIDDEN __attribute__((__visibility__("hidden")))
#define LTX_EXPORTED __attribute__((__visibility__("default"), __used__))
#else
#define LTX_BOUND_ATTRS
#define LTX_HIDDEN
#define LTX_EXPORTED __attribute__((__dllexport__, __used__))
#endif
#define LTX_MAYBE_UNUSED __attribute__((__unused__))

/* ---- The bounds object on ELF: offsets, not pointers ----------------------
 * A table's bounds object has a begin and an end for each of its 200 slots.
 * As pointers, every one whose symbol the link defines needs a relative
 * relocation in a PIE or shared object - and in a write-protected PIE all
 * 100 writable levels are defined (LTX_PROTECT_ORDER names them, empty, in
 * every declaring file), so ~200 relocations a table, ~3,400 instructions
 * of the loader's start-up (bench/tables part e, issue 20).  So on ELF each
 * bound is a 32-bit offset from the start of its slot, and the cache a
 * 32-bit offset from the bounds object: differences the static linker
 * resolves (the same PC-relative relocation as a relative table's
 * ".long fn - ."), so the object has no dynamic relocation, lives in
 * .rodata and costs no start-up work in any kind of image.  (Within one
 * image everything is within +-2 GiB, as for relative tables.)
 * Every bound must be defined: bfd and mold refuse a PC-relative
 * relocation against an undefined weak symbol in a PIE or shared object,
 * gold in a shared object.  So the defining file puts an empty anchor in
 * each of the table's 200 sections (LTX_LEVEL_ANCHORS in linktable.h; array
 * tables name theirs in every declaring file already).  Each anchor is
 * aligned to the entry type: an empty section of alignment 1 would let a
 * level with no entries start at any address, and the tool reports a level
 * not aligned to its entries (gold and lld keep such empty sections).  The
 * assembler learns the alignment from an asm operand.  C cannot write the
 * differences in an initializer, so LINKTABLE_DEFINE() emits the bounds
 * object in assembly: .irp over the levels, the symbols weak and hidden,
 * the cache a local common symbol (no C name that LTO could rename).
 * PE, WebAssembly (no PC-relative data) and Mach-O keep pointers. */
#if !defined(LTX_PE) && !defined(LTX_WASM) && !defined(LTX_MACHO)
#define LTX_REL_BOUNDS 1
#else
#define LTX_REL_BOUNDS 0
#endif
/* sizeof(struct linktable__cache) and its alignment, for the assembler
 * (linktable.h checks them against the struct). */
#define LTX_CACHE_BYTES (8 + __SIZEOF_SIZE_T__ + 2 * __SIZEOF_POINTER__ * LTX_SLOTS)
#define LTX_CACHE_ALIGN __SIZEOF_POINTER__
/* The head of bounds object @sym (a string), whose cache is @cache; the
 * slots follow (LTX_BOUNDS_PAIR_ASM / LTX_BOUNDS_NONE_ASM), then
 * LTX_BOUNDS_TAIL_ASM. */
#define LTX_BOUNDS_HEAD_ASM(sym, cache) \
	".pushsection .rodata." sym ",\"a\"\n.balign 4\n.globl " sym "\n.hidden " sym "\n.type " sym ",%object\n" sym \
	":\n.long " cache " - " sym "\n"
/* One slot: the offsets of section @sec's __start_ and __stop_ from the
 * slot (the section exists: see above). */
#define LTX_BOUNDS_PAIR_ASM(sec) \
	".weak __start_" sec "\n.hidden __start_" sec "\n.weak __stop_" sec "\n.hidden __stop_" sec "\n" \
	"0:\n.long __start_" sec " - 0b, __stop_" sec " - 0b\n"
/* An empty section @sec (flags @flags) aligned to operand 0 of the asm
 * statement (RISC-V: a plain alignment, see LTX_ASM_BALIGN). */
#if defined(__riscv)
#define LTX_ANCHOR_ASM(sec, flags) \
	".pushsection \"" sec "\",\"" flags "\"\n.option push\n.option norelax\n.balign %c0\n.option pop\n.popsection\n"
#else
#define LTX_ANCHOR_ASM(sec, flags) ".pushsection \"" sec "\",\"" flags "\"\n.balign %c0\n.popsection\n"
#endif
/* An empty read-only section @sec aligned to operand 0 (for an asm with
 * operands: "%%" is one "%"), alone in COMDAT
 * group @grp: the assembler keys a section by name and group, so the
 * anchor clashes with no section @sec of the same file, whatever flags the
 * compiler gave it ("a" for const entries, "aw" for writable ones or const
 * ones holding pointers in PIC).  bfd, gold and lld merge it into the
 * entries' output section; mold keeps a read-only and a writable section
 * of one name apart and defines the bounds on the writable one when both
 * exist, which is where the entries are (tests/compat; a read-only anchor,
 * never a writable one, is what keeps const entries' bounds right). */
#if defined(__riscv)
#define LTX_GROUP_ANCHOR_ASM(sec, grp) \
	".pushsection \"" sec "\",\"aG" LTX_RETAIN_FLAG "\",%%progbits," grp \
	",comdat\n.option push\n.option norelax\n.balign %c0\n.option pop\n.popsection\n"
#else
#define LTX_GROUP_ANCHOR_ASM(sec, grp) \
	".pushsection \"" sec "\",\"aG" LTX_RETAIN_FLAG "\",%%progbits," grp ",comdat\n.balign %c0\n.popsection\n"
#endif
/* For a top-level asm (no operands, no alignment): an empty writable
 * section @sec in COMDAT group @grp, which may hold many such sections
 * (array tables name their hundred level sections this way in every
 * declaring file: LTX_ARRAY_ORDER_ASM in linktable.h).  Being in a group,
 * it clashes with no section @sec the compiler makes for an entry. */
#define LTX_GROUP_NAME_ASM(sec, grp) ".pushsection \"" sec "\",\"awG" LTX_RETAIN_FLAG "\",%progbits," grp ",comdat\n.popsection\n"
/* A slot that is always empty. */
#define LTX_BOUNDS_NONE_ASM ".long 0, 0\n"
#define LTX_BOUNDS_TAIL_ASM(sym, cache) \
	".size " sym ", . - " sym "\n.popsection\n.local " cache "\n.comm " cache "," LTX_STR(LTX_CACHE_BYTES) \
	"," LTX_STR(LTX_CACHE_ALIGN) "\n"

/*
 * __start_X and __stop_X are distinct objects to the optimiser, so walking
 * from one to the other is outside ISO C (GCC bug 108915).  Every pointer
 * that came from a bound passes through an empty asm first: the compiler
 * then knows nothing of its origin and cannot fold comparisons with it.
 */
#define LTX_LAUNDER(ptr) __asm__("" : "+r"(ptr))

/*
 * @p (a char *) = the address of bound symbol @sym (its assembler name, a
 * string; declared in C as @id), laundered.  On s390x, gcc and clang take a
 * global's address with larl, which reaches even addresses only (both take
 * every symbol to be 2-byte aligned), while a section of 1-byte entries may
 * end at an odd one (GNU ld: "misaligned symbol ... for relocation
 * R_390_PC32DBL"); there the address is read from a pointer the linker
 * fills in (a data relocation, which holds any address; volatile, so that
 * the compiler does not fold it back into larl).
 */
#if defined(__s390x__)
#define LTX_BOUND_ADDR(p, id, sym) \
	do { \
		static char *const LTX_CAT(id, _addr) = (id); \
		(p) = *(char *const volatile *)&LTX_CAT(id, _addr); \
	} while (0)
#else
#define LTX_BOUND_ADDR(p, id, sym) \
	do { \
		(p) = (id); \
		LTX_LAUNDER(p); \
	} while (0)
#endif

/* Atomics without libc: the compiler's builtins, lock-free for bytes and
 * words on every target gcc and clang support. */
#define LTX_LOAD_ACQUIRE(p) __atomic_load_n((p), __ATOMIC_ACQUIRE)
#define LTX_LOAD_RELAXED(p) __atomic_load_n((p), __ATOMIC_RELAXED)
#define LTX_STORE_RELEASE(p, v) __atomic_store_n((p), (v), __ATOMIC_RELEASE)
#define LTX_STORE_RELAXED(p, v) __atomic_store_n((p), (v), __ATOMIC_RELAXED)
#define LTX_UNLIKELY(x) __builtin_expect(!!(x), 0)
/* Run-once code: out of line, out of the hot path. */
#define LTX_COLD __attribute__((__noinline__, __cold__, __unused__))
/* A call, in a macro the user's file expands, to a static helper marked
 * unused (it is, in files that define no table): clang -Weverything would
 * say "marked unused but was used" there, even from a system header. */
#ifdef __clang__
#define LTX_CALL_UNUSED_BEGIN _Pragma("clang diagnostic push") _Pragma("clang diagnostic ignored \"-Wused-but-marked-unused\"")
#define LTX_CALL_UNUSED_END _Pragma("clang diagnostic pop")
#else
#define LTX_CALL_UNUSED_BEGIN
#define LTX_CALL_UNUSED_END
#endif

/* A function that only assembly refers to must be kept: gcc accepts
 * "used" on a redeclaration after the definition, clang refuses it
 * (relative-table functions are then non-static or marked used). */
#if defined(__clang__)
#define LTX_KEEP_FUNCTION(fn) LTX_STATIC_ASSERT(1, "")
#else
#define LTX_KEEP_FUNCTION(fn) __typeof__(fn) fn __attribute__((__used__))
#endif

/* A relative entry names its function from assembly.  LTO merges the
 * files' top-level assembly into one: two files' static functions of one
 * name are then one name to it, and clang, which renames one of the
 * functions but not the assembly's reference, would call one function
 * twice and the other never (gcc fails to link).  So the first entry that
 * names @fn records its main source file (__BASE_FILE__) in an assembler
 * macro, and every later one in the same assembly compares its own file
 * with it: a second file is an assembly error naming the function; entries
 * of one file (the same function in several tables or levels) pass.  Each
 * file assembled on its own never sees another's, so only a merged build
 * can fail.  It also stops an LTO build in which two files register one
 * global function (same function, but the assembler cannot tell): register
 * it from one file. */
#ifdef __BASE_FILE__
#define LTX_REL_ONE_FUNCTION(fn) \
	".ifndef .Llinktable_rel_named_" #fn "\n" \
	".equiv .Llinktable_rel_named_" #fn ", 1\n" \
	".macro linktable_rel_named_" #fn "_from file\n" \
	".ifnc \"\\file\",\"" __BASE_FILE__ "\"\n" \
	".error \"linktable: LTO merged two files whose LINKTABLE_REL_ENTRY() name a function " #fn \
	": give different static functions different names, or register one function from one file\"\n" \
	".endif\n" \
	".endm\n" \
	".else\n" \
	"linktable_rel_named_" #fn "_from \"" __BASE_FILE__ "\"\n" \
	".endif\n"
#else
#define LTX_REL_ONE_FUNCTION(fn) ""
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

/* ---- Write protection: pointer tables read-only in PIE and shared objects
 * Position-independent code puts entries in writable "_rw" sections (the
 * loader relocates them), and no linker makes such a section RELRO without
 * a script.  So in hosted PIC builds each table's writable levels are
 * bracketed by two guard sections, each starting on a page, and a
 * constructor in the defining file makes the pages between them read-only
 * once relocation is done (docs/design.md, "Write protection").  The bracket holds
 * because every file that declares the table names the guards and all its
 * levels, in order, before anything else (one asm statement, which gcc and
 * clang emit first): bfd, gold and lld place orphan sections in the order
 * they first appear, and mold sorts them by name - "_.lo" sorts before the
 * levels' "_0".."_99", "_:hi" after them and before any other table's name.
 * The constructor checks the bracket before it protects the pages, and records why when
 * it does not.  Freestanding code, code without -fPIC/-fPIE (its entries
 * are read-only sections already) and LINKTABLE_NO_PROTECT change nothing. */
#if (defined(__PIC__) || defined(__PIE__)) && defined(__STDC_HOSTED__) && __STDC_HOSTED__ && \
	defined(__linux__) && !defined(LINKTABLE_NO_PROTECT)
#define LTX_PROTECT 1
#else
#define LTX_PROTECT 0
#endif
/* The guards' alignment: the largest page size the target's usual kernels
 * use (a larger run-time page size is reported, not protected). */
#if defined(__powerpc64__)
#define LTX_PROTECT_ALIGN 65536
#elif defined(__loongarch__)
#define LTX_PROTECT_ALIGN 16384
#else
#define LTX_PROTECT_ALIGN 4096
#endif
/* 1 where Linux has one page size, LTX_PROTECT_ALIGN's (PAGE_SHIFT is 12
 * on x86, s390 and 32-bit arm whatever the configuration): the guards are
 * then page-aligned by construction, and the constructor asks libc for no
 * page size (binding getpagesize() lazily was a third of its cost).  Not
 * on Android, whose x86-64 images can emulate 16 KiB pages, nor on riscv,
 * where larger pages have been proposed: there the run-time page size
 * decides, as on arm64. */
#if (defined(__x86_64__) || defined(__i386__) || defined(__s390__) || (defined(__arm__) && !defined(__aarch64__))) && \
	!defined(__ANDROID__)
#define LTX_PROTECT_PAGE_FIXED 1
#else
#define LTX_PROTECT_PAGE_FIXED 0
#endif
#define LTX_PROTECT_LO_SECTION(t) "linktable_" #t "_.lo"
#define LTX_PROTECT_HI_SECTION(t) "linktable_" #t "_:hi"
#define LTX_PROTECT_NAME_(sec) ".pushsection \"" sec "\",\"aw" LTX_RETAIN_FLAG "\"\n.popsection\n"
/* The levels 0..99, for the assembler's .irp (one short string per file:
 * a string per level would be 5 KB, over ISO C's 4095). */
#define LTX_LEVEL_LIST \
	"0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36," \
	"37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69," \
	"70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99"
/* ---- Entries without retain, kept by a relocation (clang, C on ELF) ------
 * clang gives every object marked retain a section of its own (25,000
 * entries: 25,000 sections and as many relocation sections, about 10 % of
 * its compile; docs/design.md "Compile cost").  So where LINKTABLE_ENTRY()
 * is written out (C on ELF without ASan, linktable.h) clang's entries carry
 * no retain, and every file that declares the table keeps their sections
 * another way: it names each level's two sections first, empty, with the
 * flags clang gives the entries ("a" for the const objects of code without
 * -fPIC/-fPIE, "aw" for the non-const ones of position-independent code),
 * so that all the entries of a level in the file join that one section
 * (clang gives an object a section of its own whenever the flags it wants
 * differ from those of the section of that name it has seen already, as
 * retain's R flag would), and a retained section holding a relocation of
 * type NONE to each of them: it occupies nothing, but it is an edge of the
 * linker's garbage collection, from a root, so bfd (with or without
 * -z start-stop-gc), gold, lld and mold keep the level sections as retain
 * kept them.  The relocations sit before one byte (gold stops on a
 * relocation in an empty section); the section is a .rodata.* one, so the
 * byte joins .rodata.  gcc keeps retain: it puts all of a file's retained
 * entries of a level in one section already, and its link-time
 * optimisation emits a file's top-level asm in one partition only, where
 * the entries may lie in another.  C++ (COMDAT entries of inline
 * variables), ASan, PE, WebAssembly and Mach-O keep retain too. */
#if defined(__clang__) && !defined(__cplusplus) && !defined(LTX_PE) && !defined(LTX_WASM) && !defined(LTX_MACHO) && \
	!defined(LTX_CLANG_ASAN) && LTX_HAS_ATTRIBUTE(__retain__)
#define LTX_KEEP_BY_RELOC 1
/* The R flag of a declared table's level sections named in assembly (its
 * anchors, LTX_DEFINE_LEVEL_BOUNDS in linktable.h): none, as the
 * entries', since clang refuses a section named again with other flags. */
#define LTX_LEVEL_RETAIN_FLAG ""
/* Level @l's two sections of table @t (a string), named in .irp. */
#define LTX_KEEP_LEVEL_ASM(t) \
	".pushsection \"linktable_" t "_\\linktable__l\",\"a\"\n.popsection\n" \
	".pushsection \"linktable_" t "_\\linktable__l\\()_rw\",\"aw\"\n.popsection\n"
/* The retained section that keeps them. */
#define LTX_KEEP_RELOC_ASM(t) \
	".pushsection .rodata.linktable_keep_" t ",\"aR\"\n.irp linktable__l," LTX_LEVEL_LIST "\n" \
	".reloc ., BFD_RELOC_NONE, linktable_" t "_\\linktable__l\n" \
	".reloc ., BFD_RELOC_NONE, linktable_" t "_\\linktable__l\\()_rw\n.endr\n.byte 0\n.popsection\n"
#else
#define LTX_KEEP_BY_RELOC 0
#define LTX_LEVEL_RETAIN_FLAG LTX_RETAIN_FLAG
#endif

#if LTX_PROTECT && LTX_KEEP_BY_RELOC
/* The guards and the levels, in placement order (the read-only parts,
 * named between, go elsewhere), and the relocations that keep the levels. */
#define LTX_PROTECT_ORDER(t) \
	__asm__(LTX_PROTECT_NAME_(LTX_PROTECT_LO_SECTION(t)) ".irp linktable__l," LTX_LEVEL_LIST "\n" \
		LTX_KEEP_LEVEL_ASM(#t) ".endr\n" LTX_PROTECT_NAME_(LTX_PROTECT_HI_SECTION(t)) LTX_KEEP_RELOC_ASM(#t));
#elif LTX_PROTECT
/* Names the guards and the levels, empty, in placement order (in every
 * file that declares the table). */
#define LTX_PROTECT_ORDER(t) \
	__asm__(LTX_PROTECT_NAME_(LTX_PROTECT_LO_SECTION(t)) ".irp linktable__l," LTX_LEVEL_LIST "\n" \
		LTX_PROTECT_NAME_("linktable_" #t "_\\linktable__l\\()_rw") ".endr\n" LTX_PROTECT_NAME_(LTX_PROTECT_HI_SECTION(t)));
#endif
#if LTX_PROTECT
/* A guard: one byte, page-aligned, first in its output section (only the
 * defining file puts an object there).  One byte, because GNU ld drops
 * empty output sections and their alignment with them. */
#define LTX_PROTECT_GUARD(sec) \
	__attribute__((__used__, LTX_RETAIN LTX_NO_ASAN __section__(sec), __aligned__(LTX_PROTECT_ALIGN)))
/* libc's mprotect() and getpagesize() under names of linktable's own, so
 * that the header needs no libc header and clashes with none. */
LTX_EXTERN_C int linktable__mprotect(void *addr, linktable__size_t len, int prot) __asm__("mprotect");
#if LTX_PROTECT_PAGE_FIXED
#define LTX_PAGE_SIZE() ((linktable__uintptr_t)LTX_PROTECT_ALIGN)
#else
LTX_EXTERN_C int linktable__getpagesize(void) __asm__("getpagesize");
#define LTX_PAGE_SIZE() ((linktable__uintptr_t)linktable__getpagesize())
#endif
#define LTX_PROT_READ 1 /* PROT_READ on every Linux target */
#elif LTX_KEEP_BY_RELOC
/* Without protection: the levels and the relocations that keep them. */
#define LTX_PROTECT_ORDER(t) \
	__asm__(".irp linktable__l," LTX_LEVEL_LIST "\n" LTX_KEEP_LEVEL_ASM(#t) ".endr\n" LTX_KEEP_RELOC_ASM(#t));
#else
#define LTX_PROTECT_ORDER(t)
#endif

/* Statement expressions, marked so -pedantic stays quiet. */
#define LTX_STMT_EXPR(...) (__extension__({ __VA_ARGS__ }))


/* ---- ELF note descriptors, read by the linktable tool -----------------
 * One note per table or range: owner "linktable", a type, and a desc holding
 * numbers and NUL-terminated strings only - no pointers, so no relocations,
 * and the tool decodes them after strip, in any kind of image.
 */
#define LTX_NOTE_TABLE 1
#define LTX_NOTE_RANGE 2
#define LTX_NOTE_RELEASE 3 /* kind = the init release phase */
#define LTX_NOTE_VERSION 1

#if defined(LTX_PE) || defined(LTX_WASM) || defined(LTX_MACHO)
/* The linktable tool reads ELF only: no descriptor in a PE, wasm or Mach-O
 * image. */
#define LTX_NOTE(id_, ntype_, kind_, esize_, ealign_, name_, tname_) \
	LTX_STATIC_ASSERT(sizeof(name_) > 1, "linktable: " name_)
#else
#define LTX_NOTE(id_, ntype_, kind_, esize_, ealign_, name_, tname_) \
	LTX_NOTE_PADDED_BEGIN static const struct { \
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
	} LTX_NOTE_PADDED_END
/* The note's strings end where they end: clang -Wpadded (-Weverything) would
 * name the padding after them in the user's file.  (Kept: used.) */
#ifdef __clang__
#define LTX_NOTE_PADDED_BEGIN _Pragma("clang diagnostic push") _Pragma("clang diagnostic ignored \"-Wpadded\"")
#define LTX_NOTE_PADDED_END _Pragma("clang diagnostic pop")
#else
#define LTX_NOTE_PADDED_BEGIN
#define LTX_NOTE_PADDED_END
#endif
#endif

/* ---- Two-digit keys: the sections of array tables -------------------------
 * An array table (LINKTABLE_ARRAY_DEFINE() in linktable.h) must come out of
 * the link as one array, its levels adjacent and in ascending order, so that
 * code can index it from its start.  Its level sections are named with
 * two-digit keys, "linktable_<t>_05_rw", because mold lays orphan sections
 * out in the order of their names (with one-digit names 10 would come
 * before 2), and every file that declares the table names all hundred of
 * them, empty and in order, in one top-level asm statement first thing,
 * because bfd, gold and lld lay them out in the order they first appear.
 * LTX_KEY(spelling): the key of a level written "5" or "05" (a level
 * spelled otherwise has no key: the section attribute then fails to
 * compile, naming linktable_level_0_to_99_written_5_or_05__<spelling>).  LTX_PAD_<level>: the same key as a token, for the bounds'
 * symbol names. */
/* (named so that a bad level's error message says what is wrong) */
#define LTX_KEY(level) LTX_CAT(linktable_level_0_to_99_written_5_or_05__, level)
#define linktable_level_0_to_99_written_5_or_05__0 "00"
#define linktable_level_0_to_99_written_5_or_05__1 "01"
#define linktable_level_0_to_99_written_5_or_05__2 "02"
#define linktable_level_0_to_99_written_5_or_05__3 "03"
#define linktable_level_0_to_99_written_5_or_05__4 "04"
#define linktable_level_0_to_99_written_5_or_05__5 "05"
#define linktable_level_0_to_99_written_5_or_05__6 "06"
#define linktable_level_0_to_99_written_5_or_05__7 "07"
#define linktable_level_0_to_99_written_5_or_05__8 "08"
#define linktable_level_0_to_99_written_5_or_05__9 "09"
#define linktable_level_0_to_99_written_5_or_05__10 "10"
#define linktable_level_0_to_99_written_5_or_05__11 "11"
#define linktable_level_0_to_99_written_5_or_05__12 "12"
#define linktable_level_0_to_99_written_5_or_05__13 "13"
#define linktable_level_0_to_99_written_5_or_05__14 "14"
#define linktable_level_0_to_99_written_5_or_05__15 "15"
#define linktable_level_0_to_99_written_5_or_05__16 "16"
#define linktable_level_0_to_99_written_5_or_05__17 "17"
#define linktable_level_0_to_99_written_5_or_05__18 "18"
#define linktable_level_0_to_99_written_5_or_05__19 "19"
#define linktable_level_0_to_99_written_5_or_05__20 "20"
#define linktable_level_0_to_99_written_5_or_05__21 "21"
#define linktable_level_0_to_99_written_5_or_05__22 "22"
#define linktable_level_0_to_99_written_5_or_05__23 "23"
#define linktable_level_0_to_99_written_5_or_05__24 "24"
#define linktable_level_0_to_99_written_5_or_05__25 "25"
#define linktable_level_0_to_99_written_5_or_05__26 "26"
#define linktable_level_0_to_99_written_5_or_05__27 "27"
#define linktable_level_0_to_99_written_5_or_05__28 "28"
#define linktable_level_0_to_99_written_5_or_05__29 "29"
#define linktable_level_0_to_99_written_5_or_05__30 "30"
#define linktable_level_0_to_99_written_5_or_05__31 "31"
#define linktable_level_0_to_99_written_5_or_05__32 "32"
#define linktable_level_0_to_99_written_5_or_05__33 "33"
#define linktable_level_0_to_99_written_5_or_05__34 "34"
#define linktable_level_0_to_99_written_5_or_05__35 "35"
#define linktable_level_0_to_99_written_5_or_05__36 "36"
#define linktable_level_0_to_99_written_5_or_05__37 "37"
#define linktable_level_0_to_99_written_5_or_05__38 "38"
#define linktable_level_0_to_99_written_5_or_05__39 "39"
#define linktable_level_0_to_99_written_5_or_05__40 "40"
#define linktable_level_0_to_99_written_5_or_05__41 "41"
#define linktable_level_0_to_99_written_5_or_05__42 "42"
#define linktable_level_0_to_99_written_5_or_05__43 "43"
#define linktable_level_0_to_99_written_5_or_05__44 "44"
#define linktable_level_0_to_99_written_5_or_05__45 "45"
#define linktable_level_0_to_99_written_5_or_05__46 "46"
#define linktable_level_0_to_99_written_5_or_05__47 "47"
#define linktable_level_0_to_99_written_5_or_05__48 "48"
#define linktable_level_0_to_99_written_5_or_05__49 "49"
#define linktable_level_0_to_99_written_5_or_05__50 "50"
#define linktable_level_0_to_99_written_5_or_05__51 "51"
#define linktable_level_0_to_99_written_5_or_05__52 "52"
#define linktable_level_0_to_99_written_5_or_05__53 "53"
#define linktable_level_0_to_99_written_5_or_05__54 "54"
#define linktable_level_0_to_99_written_5_or_05__55 "55"
#define linktable_level_0_to_99_written_5_or_05__56 "56"
#define linktable_level_0_to_99_written_5_or_05__57 "57"
#define linktable_level_0_to_99_written_5_or_05__58 "58"
#define linktable_level_0_to_99_written_5_or_05__59 "59"
#define linktable_level_0_to_99_written_5_or_05__60 "60"
#define linktable_level_0_to_99_written_5_or_05__61 "61"
#define linktable_level_0_to_99_written_5_or_05__62 "62"
#define linktable_level_0_to_99_written_5_or_05__63 "63"
#define linktable_level_0_to_99_written_5_or_05__64 "64"
#define linktable_level_0_to_99_written_5_or_05__65 "65"
#define linktable_level_0_to_99_written_5_or_05__66 "66"
#define linktable_level_0_to_99_written_5_or_05__67 "67"
#define linktable_level_0_to_99_written_5_or_05__68 "68"
#define linktable_level_0_to_99_written_5_or_05__69 "69"
#define linktable_level_0_to_99_written_5_or_05__70 "70"
#define linktable_level_0_to_99_written_5_or_05__71 "71"
#define linktable_level_0_to_99_written_5_or_05__72 "72"
#define linktable_level_0_to_99_written_5_or_05__73 "73"
#define linktable_level_0_to_99_written_5_or_05__74 "74"
#define linktable_level_0_to_99_written_5_or_05__75 "75"
#define linktable_level_0_to_99_written_5_or_05__76 "76"
#define linktable_level_0_to_99_written_5_or_05__77 "77"
#define linktable_level_0_to_99_written_5_or_05__78 "78"
#define linktable_level_0_to_99_written_5_or_05__79 "79"
#define linktable_level_0_to_99_written_5_or_05__80 "80"
#define linktable_level_0_to_99_written_5_or_05__81 "81"
#define linktable_level_0_to_99_written_5_or_05__82 "82"
#define linktable_level_0_to_99_written_5_or_05__83 "83"
#define linktable_level_0_to_99_written_5_or_05__84 "84"
#define linktable_level_0_to_99_written_5_or_05__85 "85"
#define linktable_level_0_to_99_written_5_or_05__86 "86"
#define linktable_level_0_to_99_written_5_or_05__87 "87"
#define linktable_level_0_to_99_written_5_or_05__88 "88"
#define linktable_level_0_to_99_written_5_or_05__89 "89"
#define linktable_level_0_to_99_written_5_or_05__90 "90"
#define linktable_level_0_to_99_written_5_or_05__91 "91"
#define linktable_level_0_to_99_written_5_or_05__92 "92"
#define linktable_level_0_to_99_written_5_or_05__93 "93"
#define linktable_level_0_to_99_written_5_or_05__94 "94"
#define linktable_level_0_to_99_written_5_or_05__95 "95"
#define linktable_level_0_to_99_written_5_or_05__96 "96"
#define linktable_level_0_to_99_written_5_or_05__97 "97"
#define linktable_level_0_to_99_written_5_or_05__98 "98"
#define linktable_level_0_to_99_written_5_or_05__99 "99"
#define linktable_level_0_to_99_written_5_or_05__00 "00"
#define linktable_level_0_to_99_written_5_or_05__01 "01"
#define linktable_level_0_to_99_written_5_or_05__02 "02"
#define linktable_level_0_to_99_written_5_or_05__03 "03"
#define linktable_level_0_to_99_written_5_or_05__04 "04"
#define linktable_level_0_to_99_written_5_or_05__05 "05"
#define linktable_level_0_to_99_written_5_or_05__06 "06"
#define linktable_level_0_to_99_written_5_or_05__07 "07"
#define linktable_level_0_to_99_written_5_or_05__08 "08"
#define linktable_level_0_to_99_written_5_or_05__09 "09"
#define LTX_PAD(level) LTX_CAT(LTX_PAD_, level)
#define LTX_PAD_0 00
#define LTX_PAD_1 01
#define LTX_PAD_2 02
#define LTX_PAD_3 03
#define LTX_PAD_4 04
#define LTX_PAD_5 05
#define LTX_PAD_6 06
#define LTX_PAD_7 07
#define LTX_PAD_8 08
#define LTX_PAD_9 09
#define LTX_PAD_10 10
#define LTX_PAD_11 11
#define LTX_PAD_12 12
#define LTX_PAD_13 13
#define LTX_PAD_14 14
#define LTX_PAD_15 15
#define LTX_PAD_16 16
#define LTX_PAD_17 17
#define LTX_PAD_18 18
#define LTX_PAD_19 19
#define LTX_PAD_20 20
#define LTX_PAD_21 21
#define LTX_PAD_22 22
#define LTX_PAD_23 23
#define LTX_PAD_24 24
#define LTX_PAD_25 25
#define LTX_PAD_26 26
#define LTX_PAD_27 27
#define LTX_PAD_28 28
#define LTX_PAD_29 29
#define LTX_PAD_30 30
#define LTX_PAD_31 31
#define LTX_PAD_32 32
#define LTX_PAD_33 33
#define LTX_PAD_34 34
#define LTX_PAD_35 35
#define LTX_PAD_36 36
#define LTX_PAD_37 37
#define LTX_PAD_38 38
#define LTX_PAD_39 39
#define LTX_PAD_40 40
#define LTX_PAD_41 41
#define LTX_PAD_42 42
#define LTX_PAD_43 43
#define LTX_PAD_44 44
#define LTX_PAD_45 45
#define LTX_PAD_46 46
#define LTX_PAD_47 47
#define LTX_PAD_48 48
#define LTX_PAD_49 49
#define LTX_PAD_50 50
#define LTX_PAD_51 51
#define LTX_PAD_52 52
#define LTX_PAD_53 53
#define LTX_PAD_54 54
#define LTX_PAD_55 55
#define LTX_PAD_56 56
#define LTX_PAD_57 57
#define LTX_PAD_58 58
#define LTX_PAD_59 59
#define LTX_PAD_60 60
#define LTX_PAD_61 61
#define LTX_PAD_62 62
#define LTX_PAD_63 63
#define LTX_PAD_64 64
#define LTX_PAD_65 65
#define LTX_PAD_66 66
#define LTX_PAD_67 67
#define LTX_PAD_68 68
#define LTX_PAD_69 69
#define LTX_PAD_70 70
#define LTX_PAD_71 71
#define LTX_PAD_72 72
#define LTX_PAD_73 73
#define LTX_PAD_74 74
#define LTX_PAD_75 75
#define LTX_PAD_76 76
#define LTX_PAD_77 77
#define LTX_PAD_78 78
#define LTX_PAD_79 79
#define LTX_PAD_80 80
#define LTX_PAD_81 81
#define LTX_PAD_82 82
#define LTX_PAD_83 83
#define LTX_PAD_84 84
#define LTX_PAD_85 85
#define LTX_PAD_86 86
#define LTX_PAD_87 87
#define LTX_PAD_88 88
#define LTX_PAD_89 89
#define LTX_PAD_90 90
#define LTX_PAD_91 91
#define LTX_PAD_92 92
#define LTX_PAD_93 93
#define LTX_PAD_94 94
#define LTX_PAD_95 95
#define LTX_PAD_96 96
#define LTX_PAD_97 97
#define LTX_PAD_98 98
#define LTX_PAD_99 99
/* The keys, for the assembler's .irp. */
#define LTX_KEY_LIST \
	"00,01,02,03,04,05,06,07,08,09,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49," \
	"50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99"

/* ---- How a walk measures a level ------------------------------------------
 * LTX_SLOT_BYTES(begin, end): the bytes of entries between a level's bounds;
 * LTX_ENTRY_SLOT(type): the bytes one entry takes there (LINKTABLE_COUNT()
 * divides by it); LTX_REL_SLOT: the same for a relative table. */
#if defined(LTX_WASM)
/* A relative table holds function pointers: indices into the module's
 * function table, 4 bytes on wasm32 (internal/wasm.h). */
#define LTX_SLOT_BYTES(begin, end) ((linktable__size_t)((end) - (begin)))
#define LTX_ENTRY_SLOT(type) sizeof(type)
#define LTX_REL_SLOT sizeof(void (*)(void))
#elif !defined(LTX_PE)
#define LTX_SLOT_BYTES(begin, end) ((linktable__size_t)((end) - (begin)))
#define LTX_ENTRY_SLOT(type) sizeof(type)
#define LTX_REL_SLOT 4u
#else
#define LTX_SLOT_BYTES(begin, end) linktable__pe_slot_bytes(begin, end)
#define LTX_ENTRY_SLOT(type) sizeof(const void *)
#define LTX_REL_SLOT sizeof(const void *)

/* ---- PE/COFF: grouped sections -------------------------------------------
 * PE has no __start_/__stop_ symbols.  Instead, the linkers (GNU ld, lld)
 * put input sections named "S$key" into output section S, sorted by key.
 * A table's sections, all in .rdata:
 *	.rdata$lt.<table>.a       begin marker (LINKTABLE_DEFINE)
 *	.rdata$lt.<table>.m.<NN>  the entries of level NN (two digits)
 *	.rdata$lt.<table>.z       end marker (LINKTABLE_DEFINE)
 * so that one pair of markers holds every level, in order.  Only the table's
 * own sections sort between its markers: a table name is an identifier and
 * cannot hold the '.' that ends it.
 *
 * GNU as aligns each such section to 16 bytes and pads its size to 16 (on
 * x86-64; clang's assembler does neither), so the contributions of two
 * object files may be apart by zero bytes.  An entry of any size cannot be
 * told from that padding; a pointer can.  So a PE table holds pointers to
 * its entries (each entry is an ordinary object): every real slot is
 * non-NULL, padding comes in whole pointer-sized slots of zeros (sections
 * are pointer-aligned and hold whole pointers), and a walk skips NULL
 * slots.  docs/architectures.md has the measurements. */
#define LTX_PE_TABLE_SECTION(table, key) ".rdata$lt." #table "." key
#define LTX_PE_ENTRY_SECTION(table, level) LTX_PE_TABLE_SECTION(table, "m." LTX_PE_KEY(level))
/* The two-digit key of a level: LTX_LEVEL_CHECK() accepts 0..99 only. */
#define LTX_PE_KEY(level) LTX_CAT(LTX_PE_KEY_, level)
#define LTX_PE_KEY_0 "00"
#define LTX_PE_KEY_1 "01"
#define LTX_PE_KEY_2 "02"
#define LTX_PE_KEY_3 "03"
#define LTX_PE_KEY_4 "04"
#define LTX_PE_KEY_5 "05"
#define LTX_PE_KEY_6 "06"
#define LTX_PE_KEY_7 "07"
#define LTX_PE_KEY_8 "08"
#define LTX_PE_KEY_9 "09"
#define LTX_PE_KEY_10 "10"
#define LTX_PE_KEY_11 "11"
#define LTX_PE_KEY_12 "12"
#define LTX_PE_KEY_13 "13"
#define LTX_PE_KEY_14 "14"
#define LTX_PE_KEY_15 "15"
#define LTX_PE_KEY_16 "16"
#define LTX_PE_KEY_17 "17"
#define LTX_PE_KEY_18 "18"
#define LTX_PE_KEY_19 "19"
#define LTX_PE_KEY_20 "20"
#define LTX_PE_KEY_21 "21"
#define LTX_PE_KEY_22 "22"
#define LTX_PE_KEY_23 "23"
#define LTX_PE_KEY_24 "24"
#define LTX_PE_KEY_25 "25"
#define LTX_PE_KEY_26 "26"
#define LTX_PE_KEY_27 "27"
#define LTX_PE_KEY_28 "28"
#define LTX_PE_KEY_29 "29"
#define LTX_PE_KEY_30 "30"
#define LTX_PE_KEY_31 "31"
#define LTX_PE_KEY_32 "32"
#define LTX_PE_KEY_33 "33"
#define LTX_PE_KEY_34 "34"
#define LTX_PE_KEY_35 "35"
#define LTX_PE_KEY_36 "36"
#define LTX_PE_KEY_37 "37"
#define LTX_PE_KEY_38 "38"
#define LTX_PE_KEY_39 "39"
#define LTX_PE_KEY_40 "40"
#define LTX_PE_KEY_41 "41"
#define LTX_PE_KEY_42 "42"
#define LTX_PE_KEY_43 "43"
#define LTX_PE_KEY_44 "44"
#define LTX_PE_KEY_45 "45"
#define LTX_PE_KEY_46 "46"
#define LTX_PE_KEY_47 "47"
#define LTX_PE_KEY_48 "48"
#define LTX_PE_KEY_49 "49"
#define LTX_PE_KEY_50 "50"
#define LTX_PE_KEY_51 "51"
#define LTX_PE_KEY_52 "52"
#define LTX_PE_KEY_53 "53"
#define LTX_PE_KEY_54 "54"
#define LTX_PE_KEY_55 "55"
#define LTX_PE_KEY_56 "56"
#define LTX_PE_KEY_57 "57"
#define LTX_PE_KEY_58 "58"
#define LTX_PE_KEY_59 "59"
#define LTX_PE_KEY_60 "60"
#define LTX_PE_KEY_61 "61"
#define LTX_PE_KEY_62 "62"
#define LTX_PE_KEY_63 "63"
#define LTX_PE_KEY_64 "64"
#define LTX_PE_KEY_65 "65"
#define LTX_PE_KEY_66 "66"
#define LTX_PE_KEY_67 "67"
#define LTX_PE_KEY_68 "68"
#define LTX_PE_KEY_69 "69"
#define LTX_PE_KEY_70 "70"
#define LTX_PE_KEY_71 "71"
#define LTX_PE_KEY_72 "72"
#define LTX_PE_KEY_73 "73"
#define LTX_PE_KEY_74 "74"
#define LTX_PE_KEY_75 "75"
#define LTX_PE_KEY_76 "76"
#define LTX_PE_KEY_77 "77"
#define LTX_PE_KEY_78 "78"
#define LTX_PE_KEY_79 "79"
#define LTX_PE_KEY_80 "80"
#define LTX_PE_KEY_81 "81"
#define LTX_PE_KEY_82 "82"
#define LTX_PE_KEY_83 "83"
#define LTX_PE_KEY_84 "84"
#define LTX_PE_KEY_85 "85"
#define LTX_PE_KEY_86 "86"
#define LTX_PE_KEY_87 "87"
#define LTX_PE_KEY_88 "88"
#define LTX_PE_KEY_89 "89"
#define LTX_PE_KEY_90 "90"
#define LTX_PE_KEY_91 "91"
#define LTX_PE_KEY_92 "92"
#define LTX_PE_KEY_93 "93"
#define LTX_PE_KEY_94 "94"
#define LTX_PE_KEY_95 "95"
#define LTX_PE_KEY_96 "96"
#define LTX_PE_KEY_97 "97"
#define LTX_PE_KEY_98 "98"
#define LTX_PE_KEY_99 "99"

/* Bytes of entries in [begin, end): the non-NULL slots, as pointers. */
static inline linktable__size_t linktable__pe_slot_bytes(const char *begin, const char *end)
{
	const void *const *p = (const void *const *)(const void *)begin;
	linktable__size_t n = 0;

	LTX_LAUNDER(p);
	LTX_LAUNDER(end);
	for (; (const char *)p < end; p++)
		n += *p != LTX_NULL;
	return n * sizeof(*p);
}
#endif

/* ---- Mach-O: one section for every table -----------------------------------
 * Mach-O names a section in 16 characters at most, and a symbol's section
 * index is one byte: a section per table and level (as on ELF) runs past
 * 255 sections with three tables, and a table's name would not fit.  So
 * every entry of every table, at any level, is a record - the table's
 * bounds object, the level, a pointer to the entry (or the function of a
 * relative table) - in the one section __DATA_CONST,linktable, and a walk
 * visits a table's records level by level (internal/macho.h).  One section
 * whatever the number of tables and levels; the linker's
 * section$start/section$end symbols bound it (ld64 and ld64.lld create the
 * section, empty, when no object has one).  The records hold pointers,
 * which dyld fixes up before it makes __DATA_CONST read-only. */
#define LTX_MACHO_SECTION "__DATA_CONST,linktable"
#define LTX_MACHO_START "section$start$__DATA_CONST$linktable"
#define LTX_MACHO_END "section$end$__DATA_CONST$linktable"

#endif /* LINKTABLE_INTERNAL_TOOLCHAIN_H */
