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
 *    files stop the build, naming the function (see LTX_LINUX_ONE_NAME);
 *    so does, in any build, one function registered twice in one file
 *    (at two levels, or as a console and a security initcall).
 *  - __exitdata, __ref, __refdata and __refconst compile and change nothing.
 *  - console_initcall(fn) and security_initcall(fn) have tables of their
 *    own (see below); the program runs them with
 *    linktable_linux_console_init() and linktable_linux_security_init().
 *  - The command line: __setup(), early_param() and __setup_param() fill
 *    one read-only table (see below); the program hands its command line
 *    to linktable_linux_parse_early_param() and linktable_linux_parse_setup().
 *    early_param_on_off(on, off, var, CONFIG_X) defines int var, starting
 *    as IS_ENABLED(CONFIG_X), and two early_param()s setting it to 1 and
 *    0; IS_ENABLED(), IS_BUILTIN() and IS_MODULE() (1 when the option, or
 *    for IS_ENABLED its _MODULE, is defined as 1) unless already defined.
 *  - Parameters: module_param() and its family and core_param() fill the
 *    table linux_params, which the normal pass sets before it offers the
 *    rest to __setup(): <linktable/compat/linux_param.h>, included here,
 *    has the names (KBUILD_MODNAME "." prefix) and the value rules.
 *  - Module information: MODULE_LICENSE(), MODULE_AUTHOR(), ... are
 *    strings in the table linux_modinfo: <linktable/compat/linux_modinfo.h>.
 *  - __define_initcall(fn, id) and module_driver()/builtin_driver(), the
 *    forms the level and bus macros are made of.
 *  - Exported symbols: EXPORT_SYMBOL() and its _GPL and _NS forms in the
 *    table linux_ksymtab, found by __symbol_get() and symbol_get():
 *    <linktable/compat/linux_export.h>.  __read_mostly, __ro_after_init,
 *    __meminit (kept) and __exit_p() (NULL built in) as markings.
 *  - DEFINE_LSM() and DEFINE_EARLY_LSM(): struct lsm_info (Linux 6.1's
 *    fields, LSM_ORDER_FIRST/MUTABLE, LSM_FLAG_LEGACY_MAJOR/EXCLUSIVE) in
 *    two plain tables, run by linktable_linux_early_security_init() and
 *    linktable_linux_security_init() (see there for the order; no hooks,
 *    no "lsm=" ordering).
 *  - Not mapped: the other init sections (__meminit, ...), sysfs,
 *    bootconfig, loadable modules,
 *    initcall_debug's output, and initcall blacklisting.
 *
 * Console and security initcalls, as Linux has them:
 *  - console_initcall(fn) registers an "int fn(void)" in a section of its
 *    own that console_init() walks, in link order, early in start_kernel()
 *    (after the command line is parsed, long before the early initcalls):
 *    the consoles are up before anything else initialises.  Its return
 *    value is traced, not acted on.
 *  - security_initcall(fn) did the same for the security modules, walked by
 *    security_init() after console_init() and before the early initcalls,
 *    until Linux 4.20 replaced it with DEFINE_LSM() (struct lsm_info,
 *    walked by security_init(); early ones by early_security_init()).
 *    Code written for the older interface is what uses it.
 *  - Here each has a relative table (linux_con_initcalls,
 *    linux_security_initcalls), link order, and its runner counts the
 *    functions that returned non-zero and runs the rest.  start_kernel's
 *    order is: the early security modules (early_security_init()), early
 *    parameters, the other parameters, console initcalls, security
 *    initcalls and modules, then the early initcalls and every level.
 *
 * The kernel command line, as Linux documents and does it (init.h,
 * Documentation/admin-guide/kernel-parameters.rst, init/main.c):
 *  - The line is split into parameters at white space outside double
 *    quotes.  A parameter is "name" or "name=value" (the first '=' after
 *    the first character ends the name).  A value in double quotes
 *    (foo="a b") loses them, and so does a parameter quoted whole
 *    ("foo=a b"); a quote left open runs to the end of the line.  A "--"
 *    ends the kernel's parameters: the rest is init's.  Parameters may
 *    repeat; each is seen, in order.
 *  - early_param(str, fn) registers "int fn(char *)" for the parameter named
 *    @str (no '='), compared with '-' and '_' taken as one character.  The
 *    early pass (parse_early_param(), run by the architecture's set-up or
 *    just before the other parameters) calls fn with the parameter's value,
 *    NULL when it has no '=' ("" for "name="), for every early_param of that
 *    name, in link order, for every occurrence.  fn returns 0 for success,
 *    non-zero (e.g. -EINVAL) when the value is malformed: the kernel warns
 *    and goes on.  One special case: a "console" parameter also calls the
 *    early_param("earlycon") handlers with its value, so that "console="
 *    can name an early console; kept here, as a program that registers an
 *    earlycon handler expects it.
 *  - __setup(str, fn) registers "int fn(char *)" that the normal pass
 *    (parse_args() on the whole line, the parameters no other mechanism
 *    takes) offers each parameter whose text ("name" or "name=value",
 *    value quotes dropped) starts with @str ('-' and '_' alike): fn gets
 *    the rest of the parameter after @str - so __setup("foo=", fn) gets
 *    the value of "foo=val", and __setup("foo", fn) gets "" for "foo",
 *    "=val" for "foo=val" and "bar" for "foobar".  fn returns non-zero
 *    (1) when it handled the parameter, which ends the search; 0 ("not
 *    handled") lets the next matching __setup, in link order, try.
 *  - The normal pass first looks the parameter's name up among the
 *    parameters (module_param(), core_param(): linux_param.h); one that
 *    names a parameter goes no further, whether its value is taken or
 *    refused.  An early_param of the parameter's exact name (followed by
 *    '=' or by nothing) counts as handling it in the normal pass, without
 *    a second call.  A parameter nothing handled is, in the kernel, handed to init
 *    (in its environment with '=', among its arguments without), unless
 *    it is a module's ("name.param") or the boot loader's (BOOT_IMAGE=);
 *    here linktable_linux_parse_setup() counts every one of them.
 *  - The table of both is .init.setup (struct obs_kernel_param: the string,
 *    the function, early or not); it is init data, freed after boot.
 *
 * How the command line maps: one plain linktable table, linux_setup, of
 * struct obs_kernel_param (read-only: const, or write-protected after
 * relocation in a hosted PIE), level 0, link order (under LTO the order
 * LTO gives, as for every linktable table: README.md, "Ordering").  The
 * program passes its command line, a writable NUL-terminated string, to
 * linktable_linux_parse_early_param() and then to
 * linktable_linux_parse_setup() (or linktable_linux_parse_args(), which
 * counts the refused parameter values apart from the unknown parameters).  Each cuts the string it is given into its
 * parameters in place (as the kernel's parse_args() does), and the handlers
 * get pointers into it: like the kernel, which parses a copy for each pass,
 * give each call its own copy of the line, and keep it while the handlers'
 * strings are used.  Differences: each call parses again (the kernel's
 * parse_early_param() parses once); white space is ASCII's; the strings
 * stay (they are not in the init ranges) and so does the table; an entry
 * with a NULL function is skipped in the early pass, and takes the
 * parameter in the normal pass ("obsolete, ignored").  The runners use no
 * libc: freestanding programs may call them.
 */
#ifndef LINKTABLE_COMPAT_LINUX_H
#define LINKTABLE_COMPAT_LINUX_H

#include <linktable/linktable.h>

#ifndef LTX_ELF /* PE/COFF, WebAssembly, Mach-O */
#error "linktable/compat/linux.h: relative tables of initcalls need ELF"
#endif

#include <linktable/free.h>
#include <linktable/compat/linux_param.h>
#include <linktable/compat/linux_export.h>

typedef int (*initcall_t)(void);
typedef void (*exitcall_t)(void);

/* A command-line parameter's handler: @str, @setup_func, and whether it
 * is an early_param() (1) or a __setup() (0), as Linux's <linux/init.h>
 * has it. */
struct obs_kernel_param {
	const char *str;
	int (*setup_func)(char *);
	int early;
};

/* A security module as Linux 4.20 and later describe it (<linux/lsm_hooks.h>,
 * Linux 6.1's fields): @name, @order (LSM_ORDER_FIRST for the capability
 * module, else LSM_ORDER_MUTABLE), @flags (LSM_FLAG_*), @enabled (NULL:
 * enabled; else an int the runner also writes, 0 when it refuses the
 * module), @init and @blobs (kept, not used: no hooks here). */
#define LSM_FLAG_LEGACY_MAJOR (1UL << 0)
#define LSM_FLAG_EXCLUSIVE (1UL << 1)
enum lsm_order { LSM_ORDER_FIRST = -1, LSM_ORDER_MUTABLE = 0 };
struct lsm_blob_sizes {
	int lbs_cred;
	int lbs_file;
	int lbs_inode;
	int lbs_sock;
	int lbs_superblock;
	int lbs_ipc;
	int lbs_msg_msg;
	int lbs_task;
};
struct lsm_info {
	const char *name;
	enum lsm_order order;
	unsigned long flags;
	int *enabled;
	int (*init)(void);
	struct lsm_blob_sizes *blobs;
};

LINKTABLE_REL_DECLARE(initcall_t, linux_initcalls);
LINKTABLE_REL_DECLARE(exitcall_t, linux_exitcalls);
LINKTABLE_REL_DECLARE(initcall_t, linux_con_initcalls);
LINKTABLE_REL_DECLARE(initcall_t, linux_security_initcalls);
LINKTABLE_DECLARE(struct obs_kernel_param, linux_setup);
LINKTABLE_DECLARE(struct lsm_info, linux_lsm_info);
LINKTABLE_DECLARE(struct lsm_info, linux_early_lsm_info);

/**
 * LINKTABLE_LINUX_DEFINE() - define the initcall, exitcall, console and
 * security initcall tables, the table of command-line handlers, the table
 * of parameters, the table of module information, the table of exported
 * symbols and the two tables of security modules, in one .c file of the
 * program.
 */
#define LINKTABLE_LINUX_DEFINE() \
	LTX_DEFINE_BOUNDS(linux_initcalls, LINKTABLE_KIND_REL, 4u, 4u, "initcall_t"); \
	LTX_DEFINE_BOUNDS(linux_exitcalls, LINKTABLE_KIND_REL, 4u, 4u, "exitcall_t"); \
	LTX_DEFINE_BOUNDS(linux_con_initcalls, LINKTABLE_KIND_REL, 4u, 4u, "initcall_t"); \
	LTX_DEFINE_BOUNDS(linux_security_initcalls, LINKTABLE_KIND_REL, 4u, 4u, "initcall_t"); \
	LTX_DEFINE_DECLARED_TABLE(struct obs_kernel_param, linux_setup, LINKTABLE_KIND_PLAIN); \
	LTX_DEFINE_DECLARED_TABLE(struct kernel_param, linux_params, LINKTABLE_KIND_PLAIN); \
	LTX_DEFINE_DECLARED_TABLE(const char *, linux_modinfo, LINKTABLE_KIND_PLAIN); \
	LTX_DEFINE_DECLARED_TABLE(struct kernel_symbol, linux_ksymtab, LINKTABLE_KIND_PLAIN); \
	LTX_DEFINE_DECLARED_TABLE(struct lsm_info, linux_lsm_info, LINKTABLE_KIND_PLAIN); \
	LTX_DEFINE_DECLARED_TABLE(struct lsm_info, linux_early_lsm_info, LINKTABLE_KIND_PLAIN)

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

/* __define_initcall(fn, id), the form every level's macro is made of: @id
 * is the kernel's section suffix - early, 0 to 7, rootfs, or a digit and
 * "s" for the _sync level. */
#define __define_initcall(fn, id) LTX_LINUX_INITCALL(fn, LTX_LINUX_ID_##id)
#define LTX_LINUX_ID_early 10
#define LTX_LINUX_ID_0 20
#define LTX_LINUX_ID_0s 21
#define LTX_LINUX_ID_1 30
#define LTX_LINUX_ID_1s 31
#define LTX_LINUX_ID_2 40
#define LTX_LINUX_ID_2s 41
#define LTX_LINUX_ID_3 50
#define LTX_LINUX_ID_3s 51
#define LTX_LINUX_ID_4 60
#define LTX_LINUX_ID_4s 61
#define LTX_LINUX_ID_5 70
#define LTX_LINUX_ID_5s 71
#define LTX_LINUX_ID_rootfs 75
#define LTX_LINUX_ID_6 80
#define LTX_LINUX_ID_6s 81
#define LTX_LINUX_ID_7 90
#define LTX_LINUX_ID_7s 91

/*
 * module_driver(drv, register, unregister, ...) and builtin_driver(drv,
 * register, ...), as <linux/device/driver.h> has them: an initcall that
 * calls register(&drv, ...) (module_init(), or device_initcall() for a
 * builtin_driver()) and, for module_driver(), an exit function calling
 * unregister(&drv, ...); what bus macros such as module_platform_driver()
 * are made of.  The functions are drv##_init and drv##_exit.  Up to four
 * further arguments, passed to both (spelled without the GNU ", ##"
 * extension, so that ISO C builds take a call with none).
 */
#define module_driver(drv, ...) \
	static int __init LTX_CAT(drv, _init)(void) \
	{ \
		return LTX_LINUX_ARG1(__VA_ARGS__, ~)(&(drv)LTX_LINUX_REST(2, __VA_ARGS__)); \
	} \
	module_init(LTX_CAT(drv, _init)); \
	static void __exit LTX_CAT(drv, _exit)(void) \
	{ \
		LTX_LINUX_ARG2(__VA_ARGS__, ~, ~)(&(drv)LTX_LINUX_REST(2, __VA_ARGS__)); \
	} \
	module_exit(LTX_CAT(drv, _exit))
#define builtin_driver(drv, ...) \
	static int __init LTX_CAT(drv, _init)(void) \
	{ \
		return LTX_LINUX_ARG1(__VA_ARGS__, ~)(&(drv)LTX_LINUX_REST(1, __VA_ARGS__)); \
	} \
	device_initcall(LTX_CAT(drv, _init))
#define LTX_LINUX_ARG1(a, ...) a
#define LTX_LINUX_ARG2(a, b, ...) b
/* ", " and the arguments after the first @skip (1 or 2) of up to six. */
#define LTX_LINUX_REST(skip, ...) \
	LTX_CAT(LTX_CAT(LTX_LINUX_REST_, skip), LTX_LINUX_NARGS(__VA_ARGS__))(__VA_ARGS__)
#define LTX_LINUX_NARGS(...) LTX_LINUX_NARGS_(__VA_ARGS__, 6, 5, 4, 3, 2, 1, 0)
#define LTX_LINUX_NARGS_(a1, a2, a3, a4, a5, a6, n, ...) n
#define LTX_LINUX_REST_11(a)
#define LTX_LINUX_REST_12(a, b) , b
#define LTX_LINUX_REST_13(a, b, c) , b, c
#define LTX_LINUX_REST_14(a, b, c, d) , b, c, d
#define LTX_LINUX_REST_15(a, b, c, d, e) , b, c, d, e
#define LTX_LINUX_REST_22(a, b)
#define LTX_LINUX_REST_23(a, b, c) , c
#define LTX_LINUX_REST_24(a, b, c, d) , c, d
#define LTX_LINUX_REST_25(a, b, c, d, e) , c, d, e
#define LTX_LINUX_REST_26(a, b, c, d, e, f) , c, d, e, f

/* The initcalls console_init() and (before Linux 4.20) security_init()
 * run: tables of their own, link order.  Under LTO one name for every kind
 * of initcall, as they all name their function from assembly. */
#define console_initcall(fn) \
	LTX_LINUX_KEEP(fn); \
	LTX_LINUX_ONE_NAME("initcall", fn); \
	LINKTABLE_REL_ENTRY(linux_con_initcalls, 0, fn)
#define security_initcall(fn) \
	LTX_LINUX_KEEP(fn); \
	LTX_LINUX_ONE_NAME("initcall", fn); \
	LINKTABLE_REL_ENTRY(linux_security_initcalls, 0, fn)

/* A security module's description, followed by its initializer:
 * DEFINE_LSM(name) = { .name = "name", .init = fn, ... };  Link order. */
#define DEFINE_LSM(lsm) LINKTABLE_ENTRY(linux_lsm_info, 0, linktable__lsm_##lsm)
#define DEFINE_EARLY_LSM(lsm) LINKTABLE_ENTRY(linux_early_lsm_info, 0, linktable__early_lsm_##lsm)

/* A command-line handler: an entry of linux_setup.  The entry names @fn
 * from C (unlike an initcall's assembly), so the compiler keeps a static
 * @fn and LTO tells two of one name apart: no LTX_LINUX_KEEP/ONE_NAME.
 * @unique_id is Linux's way to make the entry's name unique; here the
 * name is unique anyway, and @unique_id is not used. */
#define __setup_param(str, unique_id, fn, early) \
	LINKTABLE_ENTRY(linux_setup, 0, LTX_UNIQUE(linktable__lxsetup_)) = { (str), (fn), (early) }
#define __setup(str, fn) __setup_param(str, fn, fn, 0)
#define early_param(str, fn) __setup_param(str, fn, fn, 1)

/* Whether a configuration option is set, as <linux/kconfig.h> tells it: an
 * option defined as 1 (CONFIG_FOO, or CONFIG_FOO_MODULE for IS_ENABLED) is
 * set; an undefined one is not. */
#define LTX_LINUX_ON_1 0,
#define LTX_LINUX_SECOND(a, b, ...) b
#define LTX_LINUX_SET__(probe) LTX_LINUX_SECOND(probe 1, 0, ~)
#define LTX_LINUX_SET_(value) LTX_LINUX_SET__(LTX_LINUX_ON_##value)
#define LTX_LINUX_SET(option) LTX_LINUX_SET_(option)
#define LTX_LINUX_IS_ENABLED(option) (LTX_LINUX_SET(option) || LTX_LINUX_SET(option##_MODULE))
#ifndef IS_BUILTIN
#define IS_BUILTIN(option) LTX_LINUX_SET(option)
#endif
#ifndef IS_MODULE
#define IS_MODULE(option) LTX_LINUX_SET(option##_MODULE)
#endif
#ifndef IS_ENABLED
#define IS_ENABLED(option) LTX_LINUX_IS_ENABLED(option)
#endif

/* Two early parameters, @str_on setting the int @var (which this defines)
 * to 1 and @str_off to 0; @var starts as whether option @config is set. */
#define early_param_on_off(str_on, str_off, var, config) \
	int var = LTX_LINUX_IS_ENABLED(config); \
	static int __init linktable__lxon_##var(char *arg) \
	{ \
		(void)arg; \
		var = 1; \
		return 0; \
	} \
	early_param(str_on, linktable__lxon_##var); \
	static int __init linktable__lxoff_##var(char *arg) \
	{ \
		(void)arg; \
		var = 0; \
		return 0; \
	} \
	early_param(str_off, linktable__lxoff_##var)

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
/* Memory hotplug's init code and data (__meminit ...): kept, as a kernel
 * with memory hotplug keeps them; and the init-or-module forms, which
 * built-in code in a kernel without modules has as __init. */
#define __meminit
#define __meminitdata
#define __meminitconst
#define __init_or_module __init
#define __initconst_or_module __initconst
/* A driver's exit function in a struct: built-in code has none (its exit
 * code is never called by the driver core). */
#ifndef __exit_p
#define __exit_p(x) LTX_NULL
#endif
/* Data written during init and read-only afterwards, and data mostly read:
 * plain data here (nothing makes the first read-only after init). */
#define __ro_after_init
#define __read_mostly

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

/* Run every initcall of relative table @table, in order, adding those that
 * returned non-zero to the int @failed (the console and security runners). */
#define LTX_LINUX_RUN_ALL(table, failed) \
	do { \
		initcall_t linktable__fn; \
		LINKTABLE_REL_FOREACH(linktable__fn, table) \
			(failed) += linktable__fn() != 0; \
	} while (0)

/**
 * linktable_linux_console_init() - run the console_initcall() functions, in
 * link order, as the kernel's console_init() does.
 *
 * Call it after the command line is parsed and before the early initcalls.
 *
 * Return: how many returned non-zero (all of them run).
 */
static inline int linktable_linux_console_init(void)
{
	int failed = 0;

	LTX_LINUX_RUN_ALL(linux_con_initcalls, failed);
	return failed;
}

/* Whether security module @lsm may run, as the kernel's prepare_lsm()
 * decides: it is enabled (no @enabled, or a non-zero one), and it is not a
 * second exclusive one (*@exclusive, set by the first); the decision is
 * written back to its @enabled. */
static inline int linktable__linux_lsm_allowed(const struct lsm_info *lsm, const struct lsm_info **exclusive)
{
	int allowed = lsm->enabled == LTX_NULL || *lsm->enabled != 0;

	if (allowed && (lsm->flags & LSM_FLAG_EXCLUSIVE) != 0) {
		if (*exclusive != LTX_NULL)
			allowed = 0;
		else
			*exclusive = lsm;
	}
	if (lsm->enabled != LTX_NULL)
		*lsm->enabled = allowed;
	return allowed;
}

/**
 * linktable_linux_early_security_init() - run the DEFINE_EARLY_LSM()
 * security modules, in link order, as the kernel's early_security_init()
 * does.
 *
 * Call it first, before the command line is parsed.  A module whose
 * enabled int is 0 is skipped; of the exclusive ones (LSM_FLAG_EXCLUSIVE)
 * only the first enabled runs, the others' enabled set to 0.
 *
 * Return: how many init functions returned non-zero (all of them run).
 */
static inline int linktable_linux_early_security_init(void)
{
	const struct lsm_info *lsm, *exclusive = LTX_NULL;
	int failed = 0;

	LINKTABLE_FOREACH(lsm, linux_early_lsm_info) {
		if (linktable__linux_lsm_allowed(lsm, &exclusive) && lsm->init != LTX_NULL)
			failed += lsm->init() != 0;
	}
	return failed;
}

/**
 * linktable_linux_security_init() - run the security_initcall() functions,
 * in link order, as the kernel's security_init() did before Linux 4.20,
 * then the DEFINE_LSM() security modules as it does since.
 *
 * Call it after linktable_linux_console_init() and before the early
 * initcalls.  The modules run as the kernel orders them when its CONFIG_LSM
 * names them all in link order: those of LSM_ORDER_FIRST, then the others,
 * each group in link order; each enabled one (see
 * linktable_linux_early_security_init()), one exclusive module at most,
 * counting an early one that ran.  The "lsm=" and "security=" parameters
 * are the program's business (its __setup() may clear a module's enabled
 * int before this runs).
 *
 * Return: how many returned non-zero (all of them run).
 */
static inline int linktable_linux_security_init(void)
{
	const struct lsm_info *lsm, *exclusive = LTX_NULL;
	int failed = 0, first;

	LTX_LINUX_RUN_ALL(linux_security_initcalls, failed);

	LINKTABLE_FOREACH(lsm, linux_early_lsm_info) {
		if ((lsm->flags & LSM_FLAG_EXCLUSIVE) != 0 && (lsm->enabled == LTX_NULL || *lsm->enabled != 0)) {
			exclusive = lsm;
			break;
		}
	}
	for (first = 1; first >= 0; first--)
		LINKTABLE_FOREACH(lsm, linux_lsm_info) {
			if ((lsm->order == LSM_ORDER_FIRST) == first && linktable__linux_lsm_allowed(lsm, &exclusive) &&
			    lsm->init != LTX_NULL)
				failed += lsm->init() != 0;
		}
	return failed;
}

/* ---- The command line: no libc, so string helpers of our own ---- */

/* The white space that separates parameters (ASCII's). */
static inline int linktable__linux_space(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Characters of parameter names compare with '-' and '_' as one. */
static inline char linktable__linux_fold(char c)
{
	return c == '-' ? '_' : c;
}

/* Whether the name from @a to @end is the string @b, exactly (@fold 0) or
 * with '-' and '_' alike (@fold 1). */
static inline int linktable__linux_name_is(const char *a, const char *end, const char *b, int fold)
{
	for (; a != end; a++, b++) {
		if (*b == '\0' || (fold ? linktable__linux_fold(*a) != linktable__linux_fold(*b) : *a != *b))
			return 0;
	}
	return *b == '\0';
}

/* The length of @prefix if @line starts with it ('-' and '_' alike), else
 * -1.  Stops at the first difference, so never reads past @line's end. */
static inline long linktable__linux_prefix(const char *line, const char *prefix)
{
	long n = 0;

	while (prefix[n] != '\0') {
		if (linktable__linux_fold(line[n]) != linktable__linux_fold(prefix[n]))
			return -1;
		n++;
	}
	return n;
}

/*
 * Cut the next parameter out of the line at *@cursor, in place: returns it
 * as "name" or "name=value" with the quotes around the value (or around the
 * whole parameter) removed, NUL-terminated; sets *@eq to its first '=' past
 * the first character (NULL if none); moves *@cursor past it.  NULL at the
 * end of the line.  Writes only within the parameter and its separator.
 */
static inline char *linktable__linux_next_param(char **cursor, char **eq)
{
	char *p = *cursor, *word, *value;
	int quoted, in_quote;
	long i, len;

	while (linktable__linux_space(*p))
		p++;
	if (*p == '\0') {
		*cursor = p;
		return LTX_NULL;
	}
	quoted = in_quote = *p == '"';
	word = p + quoted;
	*eq = LTX_NULL;
	for (i = 0; word[i] != '\0'; i++) {
		if (!in_quote && linktable__linux_space(word[i]))
			break;
		if (*eq == LTX_NULL && i > 0 && word[i] == '=')
			*eq = word + i;
		if (word[i] == '"')
			in_quote = !in_quote;
	}
	*cursor = word + i;
	if (word[i] != '\0') {
		*cursor = word + i + 1;
		word[i] = '\0';
	}
	value = *eq != LTX_NULL ? *eq + 1 : LTX_NULL;
	if (value != LTX_NULL && *value == '"') {
		/* name="value": the value without its quotes, moved over the
		 * opening one so that the parameter stays one string */
		len = (word + i) - (value + 1);
		if (len > 0 && value[len] == '"')
			len--;
		for (i = 0; i < len; i++)
			value[i] = value[i + 1];
		value[len] = '\0';
	} else if (quoted && i > 0 && word[i - 1] == '"') {
		word[i - 1] = '\0'; /* "name=value" or "name" */
	}
	return word;
}

/**
 * linktable_linux_parse_early_param() - the kernel's early pass over the
 * command line: call the early_param() handlers of its parameters.
 * @cmdline: the command line, a writable NUL-terminated string (NULL: none).
 *           Cut in place into its parameters (the handlers get pointers into
 *           it): pass a copy of the line, and another to
 *           linktable_linux_parse_setup(), as the kernel does.
 *
 * For each parameter before a "--", in order, every early_param() of its
 * name ('-' and '_' alike) in link order gets its value (NULL without '=');
 * a "console" parameter also goes to the early_param("earlycon") handlers.
 * Call it first, before linktable_linux_parse_setup() and the initcalls.
 *
 * Return: how many handler calls returned non-zero (malformed values: the
 * kernel warns and goes on, as this does).
 */
static inline int linktable_linux_parse_early_param(char *cmdline)
{
	const struct obs_kernel_param *p;
	char *cursor = cmdline, *line, *eq, *val, *end;
	int failed = 0, console;

	if (cmdline == LTX_NULL)
		return 0;
	while ((line = linktable__linux_next_param(&cursor, &eq)) != LTX_NULL) {
		if (eq == LTX_NULL && linktable__linux_streq(line, "--"))
			break;
		/* The name ends at the '=' (not cut: the line is written only
		 * where it must be) and the value follows it. */
		val = eq != LTX_NULL ? eq + 1 : LTX_NULL;
		for (end = line; end != eq && *end != '\0'; end++)
			;
		console = linktable__linux_name_is(line, end, "console", 0);
		LINKTABLE_FOREACH(p, linux_setup) {
			if (p->setup_func == LTX_NULL)
				continue;
			if ((p->early && linktable__linux_name_is(line, end, p->str, 1)) ||
			    (console && linktable__linux_streq(p->str, "earlycon")))
				failed += p->setup_func(val) != 0;
		}
	}
	return failed;
}

/* Whether a __setup() handler took @line (or an early_param of its exact
 * name did, in the early pass): the kernel's normal pass, for one
 * parameter. */
static inline int linktable__linux_checksetup(char *line)
{
	const struct obs_kernel_param *p;
	int had_early = 0;
	long n;

	LINKTABLE_FOREACH(p, linux_setup) {
		n = linktable__linux_prefix(line, p->str);
		if (n < 0)
			continue;
		if (p->early)
			had_early |= line[n] == '\0' || line[n] == '=';
		else if (p->setup_func == LTX_NULL || p->setup_func(line + n) != 0)
			return 1;
	}
	return had_early;
}

/* Whether @line ("name" or "name=value", its first '=' at @eq or none)
 * names a parameter of linux_params ('-' and '_' alike): if so, the first
 * of that name is set from the value, and *@refused counts a refused one. */
static inline int linktable__linux_take_param(char *line, char *eq, int *refused)
{
	const struct kernel_param *kp;
	char *end = eq;

	if (end == LTX_NULL)
		for (end = line; *end != '\0'; end++)
			;
	LINKTABLE_FOREACH(kp, linux_params) {
		if (linktable__linux_name_is(line, end, kp->name, 1)) {
			*refused += linktable__linux_param_set(kp, eq != LTX_NULL ? eq + 1 : LTX_NULL) != 0;
			return 1;
		}
	}
	return 0;
}

/**
 * linktable_linux_parse_args() - the kernel's normal pass over the command
 * line: set the parameters (module_param(), core_param()), and offer every
 * other parameter to the __setup() handlers.
 * @cmdline: the command line, a writable NUL-terminated string (NULL: none),
 *           cut in place as by linktable_linux_parse_early_param(): a copy
 *           of its own, kept while a charp parameter or a handler's string
 *           points into it.
 * @refused: where to count the values a parameter refused (NULL: nowhere);
 *           a refused value leaves its variable as it was.
 *
 * For each parameter before a "--", in order: if its name is a parameter's
 * of the table linux_params ('-' and '_' alike), that parameter is set from
 * its value (linux_param.h has the rules); else the __setup() handlers
 * whose string starts it ('-' and '_' alike) are called in link order with
 * the rest of the parameter ("name=value" with the value's quotes dropped),
 * until one returns non-zero ("handled").  An early_param() of the
 * parameter's exact name counts as handling it (it ran in the early pass).
 *
 * Return: how many parameters nothing took (those the kernel hands to init).
 */
static inline int linktable_linux_parse_args(char *cmdline, int *refused)
{
	char *cursor = cmdline, *line, *eq;
	int unknown = 0, bad = 0;

	if (cmdline != LTX_NULL)
		while ((line = linktable__linux_next_param(&cursor, &eq)) != LTX_NULL) {
			if (eq == LTX_NULL && linktable__linux_streq(line, "--"))
				break;
			if (!linktable__linux_take_param(line, eq, &bad))
				unknown += !linktable__linux_checksetup(line);
		}
	if (refused != LTX_NULL)
		*refused = bad;
	return unknown;
}

/**
 * linktable_linux_parse_setup() - linktable_linux_parse_args(), counting
 * the refused values with the parameters nothing took.
 * @cmdline: the command line, as for linktable_linux_parse_args().
 *
 * Return: how many parameters nothing took, plus how many values a
 * parameter refused: 0 when the whole line was taken.
 */
static inline int linktable_linux_parse_setup(char *cmdline)
{
	int refused, unknown = linktable_linux_parse_args(cmdline, &refused);

	return unknown + refused;
}

#endif /* LINKTABLE_COMPAT_LINUX_H */
