/* SPDX-License-Identifier: MIT */
/*
 * linktable/subarch.h - hardware subarchitectures, as the x86 boot protocol
 * names them in boot_params.hdr.hardware_subarch (protocol >= 2.07), and the
 * early decision of which one this machine is.
 *
 *	LINKTABLE_SUBARCHS(PC, XEN)         the set {pc, xen}
 *	LINKTABLE_SUBARCHS_ALL              every subarch
 *	LINKTABLE_SUBARCHS_EXCEPT(XEN)      every subarch but xen
 *
 * A program adds its own subarch by defining LINKTABLE_SUBARCH_<NAME> to a
 * free value (5..31) and naming it with linktable_subarch_register(); every
 * macro then takes its NAME like the built-in ones.
 */
#ifndef LINKTABLE_SUBARCH_H
#define LINKTABLE_SUBARCH_H

#include <linktable/internal/toolchain.h>

/**
 * LINKTABLE_SUBARCH_FOR_EACH() - the subarchs of the x86 boot protocol: the
 * one list the enum, the names, the freeable ranges and the messages expand.
 * @X:   a macro called as X(@arg, value, NAME, name) for each subarch.
 * @arg: passed through to @X as its first argument (may be empty).
 *
 * NAME is the spelling every macro takes (LINKTABLE_SUBARCHS(XEN),
 * LINKTABLE_ONLY_TEXT(XEN)); name is the lower-case name of messages, of
 * linktable_subarch_name() and of LINKTABLE_SUBARCH=name.
 */
#define LINKTABLE_SUBARCH_FOR_EACH(X, arg) \
	X(arg, 0, PC, pc) \
	X(arg, 1, LGUEST, lguest) \
	X(arg, 2, XEN, xen) \
	X(arg, 3, INTEL_MID, intel_mid) \
	X(arg, 4, CE4100, ce4100)

#define LTX_SUBARCH_ENUMERATOR(arg, value, NAME, name) LINKTABLE_SUBARCH_##NAME = value,

/** Subarchs of the x86 boot protocol; programs may add their own up to 31. */
enum linktable_subarch {
	LINKTABLE_SUBARCH_FOR_EACH(LTX_SUBARCH_ENUMERATOR, )
	LINKTABLE_SUBARCH_FIRST_PROGRAM, /* the first value a program may define (5) */
	LINKTABLE_SUBARCH_MAX = 32,      /* room for program-defined subarchs */
};

#define LTX_SUBARCH_NAME_ITEM(arg, value, NAME, name) ", " #name
/**
 * LINKTABLE_SUBARCH_NAMES - "pc, lguest, xen, intel_mid, ce4100", the boot
 * protocol's subarch names for messages (a const char *: the list's string
 * without its leading ", ").
 */
#define LINKTABLE_SUBARCH_NAMES (&(LINKTABLE_SUBARCH_FOR_EACH(LTX_SUBARCH_NAME_ITEM, ))[2])

/** A set of subarchs, bit N for subarch N. */
typedef unsigned int linktable_subarch_mask_t;

/**
 * LINKTABLE_SUBARCH_BIT() - the mask of one subarch value.
 * @value: a subarch number, 0..31.  Anything else gives the empty mask.
 */
#define LINKTABLE_SUBARCH_BIT(value) \
	((unsigned int)(value) < 32u ? 1u << ((unsigned int)(value) & 31u) : 0u)

/* An empty argument, as in LINKTABLE_SUBARCHS(), names no subarch: the mask
 * stays empty, and the step macro's static assertion explains why that is
 * refused. */
#define LINKTABLE_SUBARCH_ (-1)
#define LTX_SA_ONE(x) | LINKTABLE_SUBARCH_BIT(LINKTABLE_SUBARCH_##x)
#define LTX_SA_N(_1, _2, _3, _4, _5, _6, _7, _8, _9, _10, _11, _12, _13, _14, _15, _16, n, ...) n
#define LTX_SA_COUNT(...) \
	LTX_SA_N(__VA_ARGS__, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0)
#define LTX_SA_1(x) LTX_SA_ONE(x)
#define LTX_SA_2(x, ...) LTX_SA_ONE(x) LTX_SA_1(__VA_ARGS__)
#define LTX_SA_3(x, ...) LTX_SA_ONE(x) LTX_SA_2(__VA_ARGS__)
#define LTX_SA_4(x, ...) LTX_SA_ONE(x) LTX_SA_3(__VA_ARGS__)
#define LTX_SA_5(x, ...) LTX_SA_ONE(x) LTX_SA_4(__VA_ARGS__)
#define LTX_SA_6(x, ...) LTX_SA_ONE(x) LTX_SA_5(__VA_ARGS__)
#define LTX_SA_7(x, ...) LTX_SA_ONE(x) LTX_SA_6(__VA_ARGS__)
#define LTX_SA_8(x, ...) LTX_SA_ONE(x) LTX_SA_7(__VA_ARGS__)
#define LTX_SA_9(x, ...) LTX_SA_ONE(x) LTX_SA_8(__VA_ARGS__)
#define LTX_SA_10(x, ...) LTX_SA_ONE(x) LTX_SA_9(__VA_ARGS__)
#define LTX_SA_11(x, ...) LTX_SA_ONE(x) LTX_SA_10(__VA_ARGS__)
#define LTX_SA_12(x, ...) LTX_SA_ONE(x) LTX_SA_11(__VA_ARGS__)
#define LTX_SA_13(x, ...) LTX_SA_ONE(x) LTX_SA_12(__VA_ARGS__)
#define LTX_SA_14(x, ...) LTX_SA_ONE(x) LTX_SA_13(__VA_ARGS__)
#define LTX_SA_15(x, ...) LTX_SA_ONE(x) LTX_SA_14(__VA_ARGS__)
#define LTX_SA_16(x, ...) LTX_SA_ONE(x) LTX_SA_15(__VA_ARGS__)

/**
 * LINKTABLE_SUBARCHS() - the set of the named subarchs (up to 16 names).
 * @...: subarch names without prefix, upper case as in the enum: PC,
 *       LGUEST, XEN, INTEL_MID, CE4100, or a program's own NAME (of its
 *       LINKTABLE_SUBARCH_<NAME>).
 *
 * An unknown name is a compile-time error (undeclared identifier
 * LINKTABLE_SUBARCH_<NAME>); no names give the empty set.  The names pass
 * through macro expansion: a program macro named PC or XEN would replace them.
 */
#define LINKTABLE_SUBARCHS(...) \
	((linktable_subarch_mask_t)(0u LTX_CAT(LTX_SA_, LTX_SA_COUNT(__VA_ARGS__))(__VA_ARGS__)))

/** LINKTABLE_SUBARCHS_ALL - every subarch, including program-defined ones. */
#define LINKTABLE_SUBARCHS_ALL ((linktable_subarch_mask_t)~0u)

/**
 * LINKTABLE_SUBARCHS_EXCEPT() - every subarch but the named ones.
 * @...: subarch names, as for LINKTABLE_SUBARCHS().
 */
#define LINKTABLE_SUBARCHS_EXCEPT(...) ((linktable_subarch_mask_t)~LINKTABLE_SUBARCHS(__VA_ARGS__))

/* ---- Naming ------------------------------------------------------------ */

LTX_EXTERN_C_BEGIN

/**
 * linktable_subarch_name() - the lower-case name of a subarch ("pc", "xen").
 * @subarch: a subarch number.
 *
 * Return: the name, or NULL for a number with no name.
 */
const char *linktable_subarch_name(unsigned int subarch);

/**
 * linktable_subarch_parse() - a subarch from its name or decimal number.
 * @text: "xen", "XEN", "2", ...
 *
 * Return: the subarch number, or -1 if @text names no known subarch.
 */
int linktable_subarch_parse(const char *text);

/**
 * linktable_subarch_register() - name a program-defined subarch.
 * @subarch: a value from 5 to 31.
 * @name:    its lower-case name; must stay valid; unique.
 *
 * Return: 0, or -1 if the value is out of range or taken, or the name is
 * already used.
 */
int linktable_subarch_register(unsigned int subarch, const char *name);

/* ---- Early detection ----------------------------------------------------- */

/** Where the decision came from, highest priority first. */
enum linktable_subarch_source {
	LINKTABLE_SUBARCH_FROM_ARGUMENT = 0,    /* explicit API override */
	LINKTABLE_SUBARCH_FROM_ENVIRONMENT = 1, /* LINKTABLE_SUBARCH=name */
	LINKTABLE_SUBARCH_FROM_ZERO_PAGE = 2,   /* boot_params.hdr.hardware_subarch */
	LINKTABLE_SUBARCH_FROM_CPUID = 3,       /* hypervisor signature */
	LINKTABLE_SUBARCH_FROM_DEFAULT = 4,     /* nothing said otherwise: pc */
};

/**
 * struct linktable_subarch_detect_options - how to decide (all optional).
 * @subarch:          explicit override by name or number, or NULL.
 * @boot_params_path: zero page file; NULL: $LINKTABLE_BOOT_PARAMS, else
 *                    /sys/kernel/boot_params/data.
 * @ignore_env:       do not read LINKTABLE_SUBARCH / LINKTABLE_BOOT_PARAMS.
 * @skip_zero_page:   do not read a zero page.
 * @skip_cpuid:       do not execute CPUID.
 * @boot_params:      a zero page in memory (an entry point's real_mode_data);
 *                    read instead of any file when set.
 * @boot_params_size: its size in bytes.
 * @env_overrides_zero_page: let $LINKTABLE_SUBARCH win over @boot_params
 *                    (off by default: a zero page handed over by the entry
 *                    path is the boot loader's word and the environment must
 *                    not silently replace it).
 * @cpuid:            replaces the CPUID instruction (tests): fills regs with
 *                    eax, ebx, ecx, edx for @leaf; returns 0, or -1 if the
 *                    leaf does not exist.
 */
struct linktable_subarch_detect_options {
	const char *subarch;
	const char *boot_params_path;
	const void *boot_params;
	linktable__size_t boot_params_size;
	int ignore_env;
	int skip_zero_page;
	int skip_cpuid;
	int env_overrides_zero_page;
	int (*cpuid)(unsigned int leaf, unsigned int regs[4]);
};

/**
 * struct linktable_subarch_decision - the decided subarch and why.
 * @subarch: the subarch.
 * @source:  which rule decided it.
 * @reason:  one line: every rule tried, in order, and what it found.
 * @warning: what the program should see even though the decision went on
 *           ("LINKTABLE_SUBARCH=foo names no subarch, ignored"), or "".
 *           The boot trace prints it as a warning line.
 */
struct linktable_subarch_decision {
	unsigned int subarch;
	enum linktable_subarch_source source;
	char reason[768];
	char warning[160];
};

/* Zero page layout (x86 boot protocol) used by the detection. */
#define LINKTABLE_ZERO_PAGE_VERSION_OFFSET 0x206 /* u16 boot protocol version */
#define LINKTABLE_ZERO_PAGE_SUBARCH_OFFSET 0x23c /* u32 hardware_subarch */
#define LINKTABLE_ZERO_PAGE_MIN_VERSION 0x0207   /* first with hardware_subarch */
#define LINKTABLE_ZERO_PAGE_MAX_VERSION 0x02ff   /* every protocol so far is 2.xx */

/**
 * linktable_subarch_decide() - the freestanding part of the decision: no
 * environment, no files.
 * @opts: options (@subarch, @boot_params, @skip_zero_page, @skip_cpuid and
 *        @cpuid are used), or NULL.
 * @out:  the decision.
 *
 * Rules in order: 1. the override @opts->subarch; 2. the zero page in
 * memory @opts->boot_params; 3. CPUID; 4. pc.  The core of
 * linktable_subarch_detect(), usable before anything else runs.
 *
 * Return: 0, or -1 when @opts->subarch names no subarch.
 */
int linktable_subarch_decide(const struct linktable_subarch_detect_options *opts,
			     struct linktable_subarch_decision *out);

/**
 * linktable_subarch_detect() - decide the subarch once, before any step runs
 * (liblinktable: also reads the environment and the zero page file).
 * @opts: options, or NULL for the defaults.
 * @out:  the decision.
 *
 * Rules in order: 1. the override in @opts, then $LINKTABLE_SUBARCH (not
 * over a zero page in memory, unless @opts->env_overrides_zero_page); 2. the
 * zero page (hardware_subarch, protocol >= 2.07); 3. CPUID (hypervisor bit,
 * leaf 0x40000000 signature "XenVMMXenVMM" means xen); 4. pc.  A rule that
 * cannot decide (missing or short file, old protocol, unknown value, no
 * hypervisor) falls through and says why in @out->reason; a
 * $LINKTABLE_SUBARCH that names no subarch is ignored with @out->warning.
 *
 * Return: 0, or -1 when @opts->subarch names no subarch (then @out->reason
 * says so and @out->subarch is pc).
 */
int linktable_subarch_detect(const struct linktable_subarch_detect_options *opts,
			     struct linktable_subarch_decision *out);

/**
 * linktable_subarch_source_name() - "argument", "environment", "zero page",
 * "cpuid" or "default".
 * @source: a source.
 */
const char *linktable_subarch_source_name(enum linktable_subarch_source source);

LTX_EXTERN_C_END

#endif /* LINKTABLE_SUBARCH_H */
