/* SPDX-License-Identifier: MIT */
/*
 * linktable/compat/linux.h - the Linux kernel's initcalls (<linux/init.h>)
 * for programs written as Linux code is written - user space, or a
 * freestanding kernel - on linktable: no linker script, any of bfd, gold,
 * lld and mold.
 *
 * What Linux documents, and what this header keeps:
 *  - An initcall is an "int fn(void)" registered at a level:
 *    early_initcall, then pure (level 0), core (1), postcore (2), arch (3),
 *    subsys (4), fs (5), rootfs, device (6) and late (7); each numbered
 *    level N has a _sync variant that runs after all of level N and before
 *    level N + 1.  Within one level, initcalls run in link order.
 *  - module_init(fn) in code built into the image is device_initcall(fn);
 *    module_exit(fn) registers an exit function that built-in code never
 *    runs (the kernel discards it).  __initcall(fn) is device_initcall(fn).
 *  - __init marks a function used only during init, __initdata an object:
 *    the kernel frees their memory once init is done ("Freeing unused
 *    kernel memory").  Here they are linktable's init ranges
 *    (<linktable/free.h>), released by linktable_free_init().
 *  - The initcalls form a table of 32-bit offsets (the kernel's PREL32
 *    initcalls): a relative table, read-only even in a PIE.
 *
 * What changes (docs/adopting.md):
 *  - LINKTABLE_LINUX_DEFINE() in one .c file defines the tables, and the
 *    program runs them: linktable_linux_do_pre_smp_initcalls() (the early
 *    ones) and linktable_linux_do_initcalls() (every level in order), as the
 *    kernel's init does; linktable_linux_run_exitcalls() runs the exit
 *    functions, last registered level first, if the program wants a
 *    tear-down.  To release __init memory the program defines the ranges
 *    (LINKTABLE_FREE_RANGES_DEFINE()) and calls linktable_free_init().
 *  - Initcalls are C only (their entries are assembly that names the
 *    function).  A static initcall or exit function need not be __init or
 *    __exit, as in the kernel; under clang each one that is costs a
 *    pointer in init data (see LTX_LINUX_KEEP).
 *  - __initconst compiles but the object stays (it is not freed): a const
 *    object cannot share the writable init-data section.
 *  - Under LTO, static initcalls (or exit functions) of one name in two
 *    files stop the build, naming the function (see LTX_LINUX_ONE_NAME).
 *  - __exitdata, __ref, __refdata and __refconst compile and change nothing.
 *  - Not mapped: the other init sections (__meminit, ...), console_initcall,
 *    security_initcall, the kernel command line (__setup, early_param),
 *    loadable modules, initcall_debug's output, and initcall blacklisting.
 */
#ifndef LINKTABLE_COMPAT_LINUX_H
#define LINKTABLE_COMPAT_LINUX_H

#include <linktable/linktable.h>
#include <linktable/free.h>

#ifdef LTX_PE
#error "linktable/compat/linux.h: relative tables of initcalls need ELF"
#endif

typedef int (*initcall_t)(void);
typedef void (*exitcall_t)(void);

LINKTABLE_REL_DECLARE(initcall_t, linux_initcalls);
LINKTABLE_REL_DECLARE(exitcall_t, linux_exitcalls);

/**
 * LINKTABLE_LINUX_DEFINE() - define the initcall and exitcall tables, in one
 * .c file of the program.
 */
#define LINKTABLE_LINUX_DEFINE() \
	LTX_DEFINE_BOUNDS(linux_initcalls, LINKTABLE_KIND_REL, 4u, 4u, "initcall_t"); \
	LTX_DEFINE_BOUNDS(linux_exitcalls, LINKTABLE_KIND_REL, 4u, 4u, "exitcall_t")

/* The linktable level of each initcall level, in the kernel's order. */
#define LINKTABLE_LINUX_LEVEL_EARLY 10
#define LINKTABLE_LINUX_LEVEL_PURE 20
#define LINKTABLE_LINUX_LEVEL_CORE 30
#define LINKTABLE_LINUX_LEVEL_POSTCORE 40
#define LINKTABLE_LINUX_LEVEL_ARCH 50
#define LINKTABLE_LINUX_LEVEL_SUBSYS 60
#define LINKTABLE_LINUX_LEVEL_FS 70
#define LINKTABLE_LINUX_LEVEL_ROOTFS 75
#define LINKTABLE_LINUX_LEVEL_DEVICE 80
#define LINKTABLE_LINUX_LEVEL_LATE 90

/* A static function that only the table's assembly names is not emitted
 * by clang (which also refuses "used" on a redeclaration), so an initcall
 * or exit function that is not __init (legal in the kernel) would not
 * compile: under clang each one is also named by a pointer in init data,
 * which linktable_free_init() releases with the rest. */
#if defined(__clang__)
#define LTX_LINUX_KEEP(fn) \
	static __typeof__(&(fn)) LTX_UNIQUE(linktable__lxkeep_) __attribute__((__used__)) LINKTABLE_INIT_DATA = &(fn)
#else
#define LTX_LINUX_KEEP(fn) LTX_STATIC_ASSERT(1, "")
#endif

/* An entry names its function from assembly.  Under LTO two static
 * functions of one name in two files are one name to that assembly: clang
 * renames one of them but not the assembly's reference, so one function
 * would be called twice and the other never; gcc fails to link ("undefined
 * reference").  A symbol per registered name, which the assembler refuses
 * to define twice, makes that a build error naming the function, in every
 * configuration that merges the files' assembly (docs/adopting.md). */
#define LTX_LINUX_ONE_NAME(kind, fn) \
	__asm__(".equiv .Llinktable_linux_" kind "_named_" #fn ", " #fn)

/* An initcall at linktable level @level (each _sync variant is one more). */
#define LTX_LINUX_INITCALL(fn, level) \
	LTX_LINUX_KEEP(fn); \
	LTX_LINUX_ONE_NAME("initcall", fn); \
	LINKTABLE_REL_ENTRY(linux_initcalls, level, fn)

#define early_initcall(fn) LTX_LINUX_INITCALL(fn, 10)
#define pure_initcall(fn) LTX_LINUX_INITCALL(fn, 20)
#define core_initcall(fn) LTX_LINUX_INITCALL(fn, 30)
#define core_initcall_sync(fn) LTX_LINUX_INITCALL(fn, 31)
#define postcore_initcall(fn) LTX_LINUX_INITCALL(fn, 40)
#define postcore_initcall_sync(fn) LTX_LINUX_INITCALL(fn, 41)
#define arch_initcall(fn) LTX_LINUX_INITCALL(fn, 50)
#define arch_initcall_sync(fn) LTX_LINUX_INITCALL(fn, 51)
#define subsys_initcall(fn) LTX_LINUX_INITCALL(fn, 60)
#define subsys_initcall_sync(fn) LTX_LINUX_INITCALL(fn, 61)
#define fs_initcall(fn) LTX_LINUX_INITCALL(fn, 70)
#define fs_initcall_sync(fn) LTX_LINUX_INITCALL(fn, 71)
#define rootfs_initcall(fn) LTX_LINUX_INITCALL(fn, 75)
#define device_initcall(fn) LTX_LINUX_INITCALL(fn, 80)
#define device_initcall_sync(fn) LTX_LINUX_INITCALL(fn, 81)
#define late_initcall(fn) LTX_LINUX_INITCALL(fn, 90)
#define late_initcall_sync(fn) LTX_LINUX_INITCALL(fn, 91)

#define __initcall(fn) device_initcall(fn)
#define module_init(fn) device_initcall(fn)
#define module_exit(fn) \
	LTX_LINUX_KEEP(fn); \
	LTX_LINUX_ONE_NAME("exitcall", fn); \
	LINKTABLE_REL_ENTRY(linux_exitcalls, 0, fn)
/* What module_exit() is in built-in code: an exit function, kept apart. */
#define __exitcall(fn) module_exit(fn)

/* Init-only code and data, in linktable's init ranges. */
#define __init LINKTABLE_INIT_TEXT __attribute__((__used__))
#define __initdata LINKTABLE_INIT_DATA
/* Init-only constants: kept, not freed (see above). */
#define __initconst
/* Exit code: kept (used), run only by linktable_linux_run_exitcalls(). */
#define __exit __attribute__((__used__))
/* Data of exit code: kept. */
#define __exitdata
/* Code and data that may refer to __init code or __initdata (the kernel's
 * build checks such references; nothing here does): nothing to do. */
#define __ref
#define __refdata
#define __refconst

/* Run the initcalls of linktable levels @lo .. @hi; count the failures. */
static inline int linktable__linux_run_levels(int lo, int hi)
{
	int level, failed = 0;
	initcall_t fn;

	for (level = lo; level <= hi; level++)
		LINKTABLE_REL_FOREACH_LEVEL(fn, linux_initcalls, level)
			failed += fn() != 0;
	return failed;
}

/**
 * linktable_linux_do_pre_smp_initcalls() - run the early initcalls, in link
 * order.
 *
 * Return: how many returned non-zero (the kernel goes on after a failed
 * initcall, and so does this).
 */
static inline int linktable_linux_do_pre_smp_initcalls(void)
{
	return linktable__linux_run_levels(LINKTABLE_LINUX_LEVEL_EARLY, LINKTABLE_LINUX_LEVEL_EARLY);
}

/**
 * linktable_linux_do_initcalls() - run the initcalls of every level from
 * pure to late_sync, level by level, each level in link order.
 *
 * Return: how many returned non-zero.
 */
static inline int linktable_linux_do_initcalls(void)
{
	return linktable__linux_run_levels(LINKTABLE_LINUX_LEVEL_PURE, LINKTABLE_LEVELS - 1);
}

/**
 * linktable_linux_run_exitcalls() - run the module_exit() functions, last
 * registered (in link order) first.
 *
 * Return: how many ran.
 */
static inline int linktable_linux_run_exitcalls(void)
{
	exitcall_t fn;
	int n = 0;

	LINKTABLE_REL_FOREACH_REVERSE(fn, linux_exitcalls) {
		fn();
		n++;
	}
	return n;
}

#endif /* LINKTABLE_COMPAT_LINUX_H */
