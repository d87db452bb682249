/* SPDX-License-Identifier: MIT */
/*
 * linktable/compat/linux_param.h - the parameters of Linux's
 * <linux/moduleparam.h> (module_param() and its family, core_param()) as
 * built-in code has them: a table of parameters that the command line's
 * normal pass sets.  Included by <linktable/compat/linux.h>; include that.
 *
 * What Linux documents and does (moduleparam.h, kernel/params.c,
 * lib/kstrtox.c, Documentation/admin-guide/kernel-parameters.rst), and
 * what this header keeps:
 *  - module_param(name, type, perm) makes the variable @name a parameter
 *    of type @type; module_param_named(name, value, type, perm) the
 *    variable @value under the name @name; module_param_array(name, type,
 *    nump, perm) an array, whose value is a comma-separated list (the
 *    count of values goes to *@nump, if @nump is not NULL; more values
 *    than the array has are refused); module_param_string(name, string,
 *    len, perm) a char buffer of @len bytes that the value is copied into
 *    (a value that does not fit, NUL included, is refused).  The _unsafe
 *    variants are the same here (the kernel taints itself when they are
 *    set).  The variable's type must be the type's (else a compile error).
 *  - In built-in code the parameter's name on the command line is
 *    "modname.name": MODULE_PARAM_PREFIX, which is KBUILD_MODNAME "."
 *    (KBUILD_MODNAME is the module's name as a string literal, which the
 *    kernel's build defines).  A file may define MODULE_PARAM_PREFIX
 *    itself (the kernel's rcutree.* parameters are so named).  Here
 *    KBUILD_MODNAME, if any, must be defined before linux.h is included
 *    (as the kernel's -D is); without KBUILD_MODNAME and without a
 *    MODULE_PARAM_PREFIX of its own, a parameter has no prefix at all.
 *    core_param(name, var, type, perm) never has one.
 *  - Types, each with its C type: bool (bool), invbool (bool, set to the
 *    opposite of the value), bint (int, set as a bool), byte (unsigned
 *    char), short, ushort, int, uint, long, ulong, ullong (unsigned long
 *    long), hexint (unsigned int: read as uint, only the kernel's sysfs
 *    output differs), charp (char *: points at the value) and, with
 *    module_param_string(), string.  Arrays of any but string.
 *  - Values: a bool takes what kstrtobool() takes - its first character
 *    y, Y or 1 (true), n, N or 0 (false), or "on"/"off" in any case (o and
 *    then n or f): "yes" and "no" too; a bool (or bint) given without '='
 *    is true; invbool, and every other type, needs a value.  Integers are
 *    read as kstrtoint() with base 0 reads them: an optional '+' (or '-'
 *    for the signed types only), then decimal, octal after a leading 0, or
 *    hexadecimal after 0x/0X (when a hex digit follows), an optional final
 *    newline and nothing else; each type's range is checked (byte 0..255,
 *    short -32768..32767, ...), so overflow, junk, an empty value and a
 *    '-' for an unsigned type are refused.  A charp value of 1024 bytes or
 *    more is refused, as the kernel refuses it.
 *  - Parameter names compare with '-' and '_' as one; the first parameter
 *    of the name takes it; a repeated parameter is set each time (the last
 *    value wins).  The kernel's normal pass tries the parameters before
 *    any __setup(): a parameter that is none of them goes on to __setup().
 *
 * What changes:
 *  - A refused value leaves the variable as it was - an array and its
 *    count too, where the kernel keeps the elements before the bad one -
 *    and is counted (linktable_linux_parse_setup() counts it with the
 *    parameters nothing took; linktable_linux_parse_args() apart), where
 *    the kernel prints "invalid for parameter" and goes on.  Either way
 *    the value goes to no __setup() and is not handed to init.
 *  - A charp points into the command line the program passed (the kernel,
 *    before its allocator is up, also points into its copy of the line).
 *  - The table is linux_params, a plain linktable table of struct
 *    kernel_param (read-only; level 0, link order).  Its entry is not the
 *    kernel's struct kernel_param: name, variable, count pointer, size,
 *    perm, type and ops (NULL but for module_param_cb()'s).  @perm is kept
 *    (there is no sysfs) and checked as the kernel checks it: octal 0 to
 *    0777, never writable by others, and no more readable or writable by
 *    the group or others than by the owner.
 *  - module_param_cb(name, ops, arg, perm), its _unsafe and level forms
 *    (core_param_cb() ... late_param_cb(): set in the normal pass here,
 *    where the kernel sets each just before its level's initcalls) and
 *    the old module_param_call(name, set, get, arg, perm): a parameter
 *    whose struct kernel_param_ops does the work.  The normal pass calls
 *    ops->set(val, kp), kp->arg being @arg, with val NULL for a bare name
 *    only if ops->flags has KERNEL_PARAM_OPS_FL_NOARG (else refused, as
 *    the kernel refuses it); a non-zero return is a refused value (the
 *    kernel's "invalid for parameter"), and so is every value when ops
 *    has no set.  What such operations call, by the kernel's names:
 *    param_set_<type>() and param_get_<type>() (get writes what sysfs
 *    shows: "%i\n", "%u\n", "%#08x\n" for hexint, "Y\n"/"N\n",
 *    "(null)\n" for an unset charp, in a 4,096-byte buffer), the
 *    kernel's param_ops_<type> (NOARG for bool, bool_enable_only and
 *    bint), param_set_uint_minmax(), param_set_bool_enable_only() (a set
 *    one is not cleared: -EROFS), param_check_<type>(),
 *    kernel_param_lock()/unlock(), THIS_MODULE, and kstrto*() with a
 *    base (0, 8, 10, 16: -EINVAL malformed, -ERANGE out of the type's
 *    range) and kstrtobool().  Errors are <errno.h>'s in a hosted
 *    program, by value (Linux's) in a freestanding one.
 *  - Not mapped: module_param_hw*(), loadable modules' parameters, sysfs
 *    (nothing calls a get), the operations' free.
 *
 * The value rules live here, once: linktable__linux_param_set() is what
 * the command-line pass (linux.h) calls for a parameter it matched.  No
 * libc: freestanding programs may use them.
 */
#ifndef LINKTABLE_COMPAT_LINUX_PARAM_H
#define LINKTABLE_COMPAT_LINUX_PARAM_H

#include <linktable/linktable.h>
#include <linktable/compat/linux_modinfo.h>

#ifndef LTX_ELF /* PE/COFF, WebAssembly, Mach-O */
#error "linktable/compat/linux_param.h: the Linux mapping needs ELF (see compat/linux.h)"
#endif

/* The kernel's parameters are bool: C's is _Bool, <stdbool.h> spells it
 * bool; and module_param_array()'s count pointer is often NULL.  The
 * compiler's own headers, pulled in where they exist (-nostdinc builds
 * have none), as the kernel's headers give its code both. */
#ifdef __has_include
#if __has_include(<stddef.h>)
#include <stddef.h>
#endif
#endif
#ifndef __cplusplus
#ifdef __has_include
#if __has_include(<stdbool.h>)
#include <stdbool.h>
#endif
#endif
#define LTX_LINUX_BOOL _Bool
#else
#define LTX_LINUX_BOOL bool
#endif

/* The parameter types, named as module_param()'s @type is (pasted). */
enum linktable_linux_param_type {
	LINKTABLE_LINUX_PARAM_bool = 1,
	LINKTABLE_LINUX_PARAM_invbool,
	LINKTABLE_LINUX_PARAM_bint,
	LINKTABLE_LINUX_PARAM_byte,
	LINKTABLE_LINUX_PARAM_short,
	LINKTABLE_LINUX_PARAM_ushort,
	LINKTABLE_LINUX_PARAM_int,
	LINKTABLE_LINUX_PARAM_uint,
	LINKTABLE_LINUX_PARAM_long,
	LINKTABLE_LINUX_PARAM_ulong,
	LINKTABLE_LINUX_PARAM_ullong,
	LINKTABLE_LINUX_PARAM_hexint,
	LINKTABLE_LINUX_PARAM_charp,
	LINKTABLE_LINUX_PARAM_string
};

/* The C type of each parameter type. */
#define LTX_LINUX_PT_bool LTX_LINUX_BOOL
#define LTX_LINUX_PT_invbool LTX_LINUX_BOOL
#define LTX_LINUX_PT_bint int
#define LTX_LINUX_PT_byte unsigned char
#define LTX_LINUX_PT_short short
#define LTX_LINUX_PT_ushort unsigned short
#define LTX_LINUX_PT_int int
#define LTX_LINUX_PT_uint unsigned int
#define LTX_LINUX_PT_long long
#define LTX_LINUX_PT_ulong unsigned long
#define LTX_LINUX_PT_ullong unsigned long long
#define LTX_LINUX_PT_hexint unsigned int
#define LTX_LINUX_PT_charp char *

/*
 * A parameter: @name as the command line spells it (prefix included),
 * @arg the variable (an array's first element, a string's buffer), @num
 * an array's count (an unsigned int, or NULL), @size a string's buffer
 * size or an array's element count (0 otherwise), @perm, @type (of an
 * array's elements; 0 for one with @ops), whether it is an array, and
 * @ops, the operations of a module_param_cb() (NULL for the others, which
 * @type describes).
 */
struct kernel_param;

/* A parameter's own operations (module_param_cb()), Linux's struct
 * kernel_param_ops: @set takes the value (NULL for a bare name, offered
 * only with KERNEL_PARAM_OPS_FL_NOARG) and returns 0 or a negative errno;
 * @get writes the value as sysfs shows it into a 4,096-byte buffer and
 * returns its length; @free is never called here (nothing is unloaded). */
enum { KERNEL_PARAM_OPS_FL_NOARG = 1 << 0 };
struct kernel_param_ops {
	unsigned int flags;
	int (*set)(const char *val, const struct kernel_param *kp);
	int (*get)(char *buffer, const struct kernel_param *kp);
	void (*free)(void *arg);
};

struct kernel_param {
	const char *name;
	void *arg;
	void *num;
	unsigned int size;
	unsigned short perm;
	unsigned char type;
	unsigned char array;
	const struct kernel_param_ops *ops;
};

LINKTABLE_DECLARE(struct kernel_param, linux_params);

/* The prefix of a module_param()'s name (see above); a file may define
 * its own before or after including linux.h. */
#ifndef MODULE_PARAM_PREFIX
#ifdef KBUILD_MODNAME
#define MODULE_PARAM_PREFIX KBUILD_MODNAME "."
#else
#define MODULE_PARAM_PREFIX ""
#endif
#endif

/* The modes drivers give their parameters, as the kernel's <linux/stat.h>
 * gives its code: the POSIX ones (S_IRUSR, ...) from <sys/stat.h> in a
 * hosted program (so that its own later include of it agrees), their
 * values where there is none; the *UGO ones are the kernel's own. */
#if defined(__STDC_HOSTED__) && __STDC_HOSTED__ && defined(__has_include)
#if __has_include(<sys/stat.h>)
#include <sys/stat.h>
#endif
#endif
#ifndef S_IRWXU
#define S_IRWXU 0700
#define S_IRUSR 0400
#define S_IWUSR 0200
#define S_IXUSR 0100
#define S_IRWXG 0070
#define S_IRGRP 0040
#define S_IWGRP 0020
#define S_IXGRP 0010
#define S_IRWXO 0007
#define S_IROTH 0004
#define S_IWOTH 0002
#define S_IXOTH 0001
#endif
#ifndef S_IRUGO
#define S_IRUGO 0444
#endif
#ifndef S_IWUGO
#define S_IWUGO 0222
#endif
#ifndef S_IXUGO
#define S_IXUGO 0111
#endif
#ifndef S_IRWXUGO
#define S_IRWXUGO 0777
#endif

/* The kernel's check of a parameter's permissions (its sysfs mode). */
#define LTX_LINUX_PERM_CHECK(perm) \
	LTX_STATIC_ASSERT((perm) >= 0 && (perm) <= 0777 && !((perm) & 2) && (((perm) >> 6) & 4) >= (((perm) >> 3) & 4) && \
				  (((perm) >> 3) & 4) >= ((perm) & 4) && (((perm) >> 6) & 2) >= (((perm) >> 3) & 2), \
			  "linux: a parameter's perm must be octal 0..0777, not writable by others, and not more open to " \
			  "the group or others than to the owner")

/* An entry of linux_params named @str: @ptr, a pointer to the variable,
 * checked to be a pointer to @ctype; @ptype its LINKTABLE_LINUX_PARAM_*.
 * (Each user macro pastes its @type itself: <stdbool.h>'s bool is a macro,
 * which would be expanded before a paste one macro further down.) */
#define LTX_LINUX_PARAM(str, ptr, ctype, ptype, nump, size, perm, is_array) \
	LTX_LINUX_PERM_CHECK(perm); \
	LTX_STATIC_ASSERT(LTX_SAME_TYPE(__typeof__(ptr), ctype *), \
			  "linux: parameter " str " is not of its type's C type (bool, int, char *, ...)"); \
	LINKTABLE_ENTRY(linux_params, 0, LTX_UNIQUE(linktable__lxparam_)) = { \
		str, (ptr), (nump), (size), (unsigned short)(perm), (ptype), (is_array), LTX_NULL }
#define LTX_LINUX_PARAM_NAMED(str, var, ctype, ptype, tname, perm) \
	LTX_LINUX_PARAM(MODULE_PARAM_PREFIX str, &(var), ctype, ptype, LTX_NULL, 0u, perm, 0); \
	MODULE_INFO(parmtype, str ":" tname)
#define LTX_LINUX_PARAM_ARRAY(str, array, ctype, ptype, tname, nump, perm) \
	LTX_LINUX_PARAM(MODULE_PARAM_PREFIX str, &(array)[0], ctype, ptype, nump, \
			(unsigned int)(sizeof(array) / sizeof((array)[0])), perm, 1); \
	MODULE_INFO(parmtype, str ":array of " tname)

#define module_param_named(name, value, type, perm) \
	LTX_LINUX_PARAM_NAMED(#name, value, LTX_LINUX_PT_##type, LINKTABLE_LINUX_PARAM_##type, #type, perm)
#define module_param(name, type, perm) \
	LTX_LINUX_PARAM_NAMED(#name, name, LTX_LINUX_PT_##type, LINKTABLE_LINUX_PARAM_##type, #type, perm)
#define module_param_unsafe(name, type, perm) \
	LTX_LINUX_PARAM_NAMED(#name, name, LTX_LINUX_PT_##type, LINKTABLE_LINUX_PARAM_##type, #type, perm)
#define module_param_named_unsafe(name, value, type, perm) \
	LTX_LINUX_PARAM_NAMED(#name, value, LTX_LINUX_PT_##type, LINKTABLE_LINUX_PARAM_##type, #type, perm)
#define module_param_array_named(name, array, type, nump, perm) \
	LTX_LINUX_PARAM_ARRAY(#name, array, LTX_LINUX_PT_##type, LINKTABLE_LINUX_PARAM_##type, #type, nump, perm)
#define module_param_array(name, type, nump, perm) \
	LTX_LINUX_PARAM_ARRAY(#name, name, LTX_LINUX_PT_##type, LINKTABLE_LINUX_PARAM_##type, #type, nump, perm)
#define module_param_string(name, buf, len, perm) \
	LTX_LINUX_PARAM(MODULE_PARAM_PREFIX #name, &(buf)[0], char, LINKTABLE_LINUX_PARAM_string, LTX_NULL, \
			(unsigned int)(len), perm, 0); \
	LTX_STATIC_ASSERT((len) > 0 && (len) <= sizeof(buf), "linux: module_param_string()'s len is not its buffer's"); \
	MODULE_INFO(parmtype, #name ":string")
/* A kernel parameter of no module: no prefix, no modinfo. */
#define core_param(name, var, type, perm) \
	LTX_LINUX_PARAM(#name, &(var), LTX_LINUX_PT_##type, LINKTABLE_LINUX_PARAM_##type, LTX_NULL, 0u, perm, 0)
#define core_param_unsafe(name, var, type, perm) \
	LTX_LINUX_PARAM(#name, &(var), LTX_LINUX_PT_##type, LINKTABLE_LINUX_PARAM_##type, LTX_NULL, 0u, perm, 0)

/* A parameter with operations of its own: @arg is what kp->arg gives them
 * (any object pointer, or NULL); no type check, no modinfo, as in Linux.
 * The level forms (core_param_cb() ... late_param_cb()) are set in the
 * normal pass with the others (see above). */
#define LTX_LINUX_PARAM_CB(str, ops_, arg, perm) \
	LTX_LINUX_PERM_CHECK(perm); \
	LINKTABLE_ENTRY(linux_params, 0, LTX_UNIQUE(linktable__lxparam_)) = { \
		str, (arg), LTX_NULL, 0u, (unsigned short)(perm), 0, 0, (ops_) }
#define module_param_cb(name, ops, arg, perm) LTX_LINUX_PARAM_CB(MODULE_PARAM_PREFIX #name, ops, arg, perm)
#define module_param_cb_unsafe(name, ops, arg, perm) LTX_LINUX_PARAM_CB(MODULE_PARAM_PREFIX #name, ops, arg, perm)
#define core_param_cb(name, ops, arg, perm) LTX_LINUX_PARAM_CB(MODULE_PARAM_PREFIX #name, ops, arg, perm)
#define postcore_param_cb(name, ops, arg, perm) LTX_LINUX_PARAM_CB(MODULE_PARAM_PREFIX #name, ops, arg, perm)
#define arch_param_cb(name, ops, arg, perm) LTX_LINUX_PARAM_CB(MODULE_PARAM_PREFIX #name, ops, arg, perm)
#define subsys_param_cb(name, ops, arg, perm) LTX_LINUX_PARAM_CB(MODULE_PARAM_PREFIX #name, ops, arg, perm)
#define fs_param_cb(name, ops, arg, perm) LTX_LINUX_PARAM_CB(MODULE_PARAM_PREFIX #name, ops, arg, perm)
#define device_param_cb(name, ops, arg, perm) LTX_LINUX_PARAM_CB(MODULE_PARAM_PREFIX #name, ops, arg, perm)
#define late_param_cb(name, ops, arg, perm) LTX_LINUX_PARAM_CB(MODULE_PARAM_PREFIX #name, ops, arg, perm)
/* The old spelling: the operations made from @set and @get. */
#define module_param_call(name, set_, get_, arg, perm) \
	static const struct kernel_param_ops linktable__lxparam_ops_##name = { 0, (set_), (get_), LTX_NULL }; \
	LTX_LINUX_PARAM_CB(MODULE_PARAM_PREFIX #name, &linktable__lxparam_ops_##name, arg, perm)

/* param_check_<type>(name, p): that @p points at a <type>'s C type. */
#define LTX_LINUX_PARAM_CHECK(p, ctype) \
	LTX_STATIC_ASSERT(LTX_SAME_TYPE(__typeof__(p), ctype *), "linux: param_check_*(): the pointer is not to the type's C type")
#define param_check_bool(name, p) LTX_LINUX_PARAM_CHECK(p, LTX_LINUX_BOOL)
#define param_check_invbool(name, p) LTX_LINUX_PARAM_CHECK(p, LTX_LINUX_BOOL)
#define param_check_bool_enable_only(name, p) LTX_LINUX_PARAM_CHECK(p, LTX_LINUX_BOOL)
#define param_check_bint(name, p) LTX_LINUX_PARAM_CHECK(p, int)
#define param_check_byte(name, p) LTX_LINUX_PARAM_CHECK(p, unsigned char)
#define param_check_short(name, p) LTX_LINUX_PARAM_CHECK(p, short)
#define param_check_ushort(name, p) LTX_LINUX_PARAM_CHECK(p, unsigned short)
#define param_check_int(name, p) LTX_LINUX_PARAM_CHECK(p, int)
#define param_check_uint(name, p) LTX_LINUX_PARAM_CHECK(p, unsigned int)
#define param_check_long(name, p) LTX_LINUX_PARAM_CHECK(p, long)
#define param_check_ulong(name, p) LTX_LINUX_PARAM_CHECK(p, unsigned long)
#define param_check_ullong(name, p) LTX_LINUX_PARAM_CHECK(p, unsigned long long)
#define param_check_hexint(name, p) LTX_LINUX_PARAM_CHECK(p, unsigned int)
#define param_check_charp(name, p) LTX_LINUX_PARAM_CHECK(p, char *)

/* ---- The values: what kstrtobool() and kstrto*() accept ---- */

/* The NUL that ends @s. */
static inline const char *linktable__linux_end(const char *s)
{
	while (*s != '\0')
		s++;
	return s;
}
/* Whether @a and @b are equal strings. */
static inline int linktable__linux_streq(const char *a, const char *b)
{
	while (*a != '\0' && *a == *b) {
		a++;
		b++;
	}
	return *a == *b;
}

/* The bytes each element of a parameter of type @type takes. */
static inline unsigned int linktable__linux_param_size(int type)
{
	switch (type) {
	case LINKTABLE_LINUX_PARAM_bool:
	case LINKTABLE_LINUX_PARAM_invbool:
		return sizeof(LTX_LINUX_BOOL);
	case LINKTABLE_LINUX_PARAM_byte:
		return 1;
	case LINKTABLE_LINUX_PARAM_short:
	case LINKTABLE_LINUX_PARAM_ushort:
		return sizeof(short);
	case LINKTABLE_LINUX_PARAM_long:
	case LINKTABLE_LINUX_PARAM_ulong:
		return sizeof(long);
	case LINKTABLE_LINUX_PARAM_ullong:
		return sizeof(unsigned long long);
	case LINKTABLE_LINUX_PARAM_charp:
		return sizeof(char *);
	default: /* bint, int, uint, hexint */
		return sizeof(int);
	}
}

/* A bool from [@s, @end) as kstrtobool() reads it: 0 or 1, or -1. */
static inline int linktable__linux_strtobool(const char *s, const char *end)
{
	if (s == end)
		return -1;
	switch (*s) {
	case 'y': case 'Y': case '1':
		return 1;
	case 'n': case 'N': case '0':
		return 0;
	case 'o': case 'O':
		if (end - s < 2)
			return -1;
		if (s[1] == 'n' || s[1] == 'N')
			return 1;
		if (s[1] == 'f' || s[1] == 'F')
			return 0;
		return -1;
	default:
		return -1;
	}
}

/* An unsigned number from [@s, @end) in @base, as kstrtoull() reads it (a
 * leading '+' only if @plus; base 0: octal after a 0, hexadecimal after 0x
 * and a hex digit, else decimal; base 16: an optional 0x): 0, -1
 * malformed or -2 out of range. */
static inline int linktable__linux_strtoull(const char *s, const char *end, unsigned int base, int plus,
					    unsigned long long *res)
{
	unsigned long long v = 0;
	unsigned int digit, c;
	const char *d;
	int over = 0;

	if (plus && s != end && *s == '+')
		s++;
	if (base == 0) {
		base = 10;
		if (s != end && *s == '0') {
			base = 8;
			c = end - s > 2 ? (unsigned char)s[2] : 0;
			if (end - s > 2 && (s[1] | 0x20) == 'x' &&
			    ((c >= '0' && c <= '9') || ((c | 0x20u) >= 'a' && (c | 0x20u) <= 'f')))
				base = 16;
		}
	}
	if (base == 16 && end - s >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x')
		s += 2;
	for (d = s; d != end; d++) {
		c = (unsigned char)*d;
		if (c >= '0' && c <= '9')
			digit = c - '0';
		else if ((c | 0x20u) >= 'a' && (c | 0x20u) <= 'f')
			digit = (c | 0x20u) - 'a' + 10;
		else
			break;
		if (digit >= base)
			break;
		over |= v > (~0ULL - digit) / base;
		v = v * base + digit;
	}
	if (over)
		return -2;
	if (d == s)
		return -1;
	if (d != end && *d == '\n')
		d++;
	if (d != end)
		return -1;
	*res = v;
	return 0;
}

/* An integer of parameter type @type from [@s, @end), in range: stored
 * through @arg if @arg is not NULL.  0, or -1 when refused. */
static inline int linktable__linux_param_int(int type, void *arg, const char *s, const char *end)
{
	unsigned int bits = 8 * linktable__linux_param_size(type);
	unsigned long long u, smax = ~0ULL >> (65 - bits);
	long long v;
	int neg = 0;

	if (type == LINKTABLE_LINUX_PARAM_short || type == LINKTABLE_LINUX_PARAM_int || type == LINKTABLE_LINUX_PARAM_long) {
		/* kstrtoll(): '-' then digits (no '+'), else as unsigned */
		neg = s != end && *s == '-';
		if (linktable__linux_strtoull(s + neg, end, 0, !neg, &u) != 0 || u > smax + neg)
			return -1;
		if (arg == LTX_NULL)
			return 0;
		/* -u without overflow (u may be smax + 1) */
		v = !neg ? (long long)u : u == 0 ? 0 : -(long long)(u - 1) - 1;
		if (type == LINKTABLE_LINUX_PARAM_short)
			*(short *)arg = (short)v;
		else if (type == LINKTABLE_LINUX_PARAM_int)
			*(int *)arg = (int)v;
		else
			*(long *)arg = (long)v;
		return 0;
	}
	if (linktable__linux_strtoull(s, end, 0, 1, &u) != 0 || u > (~0ULL >> (64 - bits)))
		return -1;
	if (arg == LTX_NULL)
		return 0;
	switch (type) {
	case LINKTABLE_LINUX_PARAM_byte:
		*(unsigned char *)arg = (unsigned char)u;
		break;
	case LINKTABLE_LINUX_PARAM_ushort:
		*(unsigned short *)arg = (unsigned short)u;
		break;
	case LINKTABLE_LINUX_PARAM_ulong:
		*(unsigned long *)arg = (unsigned long)u;
		break;
	case LINKTABLE_LINUX_PARAM_ullong:
		*(unsigned long long *)arg = u;
		break;
	default: /* uint, hexint */
		*(unsigned int *)arg = (unsigned int)u;
		break;
	}
	return 0;
}

/* One value [@s, @end) of type @type (not string), NUL at @end: checked,
 * and stored through @arg if @arg is not NULL.  0, or -1 when refused. */
static inline int linktable__linux_param_one(int type, void *arg, char *s, const char *end)
{
	int b;

	switch (type) {
	case LINKTABLE_LINUX_PARAM_bool:
	case LINKTABLE_LINUX_PARAM_invbool:
	case LINKTABLE_LINUX_PARAM_bint:
		b = linktable__linux_strtobool(s, end);
		if (b < 0)
			return -1;
		if (type == LINKTABLE_LINUX_PARAM_bint && arg != LTX_NULL)
			*(int *)arg = b;
		else if (arg != LTX_NULL)
			*(LTX_LINUX_BOOL *)arg = type == LINKTABLE_LINUX_PARAM_invbool ? !b : b;
		return 0;
	case LINKTABLE_LINUX_PARAM_charp:
		if (end - s >= 1024)
			return -1;
		if (arg != LTX_NULL)
			*(char **)arg = s;
		return 0;
	default:
		return linktable__linux_param_int(type, arg, s, end);
	}
}

/* Set array parameter @kp from @val (NUL-terminated): every value checked
 * first, so that a refused list changes nothing; then each is cut at its
 * comma and stored, and the count.  0, or -1 when refused. */
static inline int linktable__linux_param_array(const struct kernel_param *kp, char *val)
{
	unsigned int n = 0, esize = linktable__linux_param_size(kp->type);
	char *s, *e;
	int store, last;

	for (store = 0; store < 2; store++) {
		n = 0;
		s = val;
		do {
			for (e = s; *e != '\0' && *e != ','; e++)
				;
			last = *e == '\0';
			if (n == kp->size)
				return -1; /* more values than elements */
			if (store)
				*e = '\0';
			if (linktable__linux_param_one(kp->type, store ? (char *)kp->arg + n * esize : LTX_NULL, s, e) != 0)
				return -1;
			n++;
			s = e + 1;
		} while (!last);
	}
	if (kp->num != LTX_NULL)
		*(unsigned int *)kp->num = n;
	return 0;
}

/*
 * linktable__linux_param_set() - set parameter @kp from @val, the value of
 * its "name=value" (NULL for a bare "name"), as the kernel's normal pass
 * sets it.  0, or -1 when the value is refused (the variable unchanged).
 */
static inline int linktable__linux_param_set(const struct kernel_param *kp, char *val)
{
	char *end, *dst;
	unsigned long n, i;

	if (kp->ops != LTX_NULL) {
		/* the kernel: a bare name only with NOARG; any non-zero
		 * return is "invalid for parameter" */
		if ((val == LTX_NULL && !(kp->ops->flags & KERNEL_PARAM_OPS_FL_NOARG)) || kp->ops->set == LTX_NULL)
			return -1;
		return kp->ops->set(val, kp) != 0 ? -1 : 0;
	}
	if (val == LTX_NULL) {
		/* only bool and bint take a bare name, as true */
		if (kp->array)
			return -1;
		if (kp->type == LINKTABLE_LINUX_PARAM_bint)
			*(int *)kp->arg = 1;
		else if (kp->type == LINKTABLE_LINUX_PARAM_bool)
			*(LTX_LINUX_BOOL *)kp->arg = 1;
		else
			return -1;
		return 0;
	}
	if (kp->array)
		return linktable__linux_param_array(kp, val);
	for (end = val; *end != '\0'; end++)
		;
	if (kp->type != LINKTABLE_LINUX_PARAM_string)
		return linktable__linux_param_one(kp->type, kp->arg, val, end);
	n = (unsigned long)(end - val);
	if (n >= kp->size)
		return -1; /* no room for the value and its NUL */
	dst = (char *)kp->arg;
	for (i = 0; i <= n; i++)
		dst[i] = val[i];
	return 0;
}

/* ---- The kernel's own operations: param_set_*(), param_get_*(), param_ops_* ---- */

/* The errors they return, as <errno.h> numbers them on Linux: a hosted
 * program's own <errno.h>, else the values. */
#if defined(__STDC_HOSTED__) && __STDC_HOSTED__ && defined(__has_include)
#if __has_include(<errno.h>)
#include <errno.h>
#endif
#endif
#ifndef EINVAL
#define EINVAL 22
#endif
#ifndef EROFS
#define EROFS 30
#endif
#ifndef ERANGE
#define ERANGE 34
#endif

struct module;
#ifndef THIS_MODULE
#define THIS_MODULE ((struct module *)0)
#endif
/* Serialises a module's parameters against sysfs: nothing to do here. */
static inline void kernel_param_lock(struct module *mod)
{
	(void)mod;
}
static inline void kernel_param_unlock(struct module *mod)
{
	(void)mod;
}

/* kstrto*(): all of @s (one final newline allowed) in @base as a @bits-bit
 * integer, signed if @sign: 0 and the value's bits in *@res, -EINVAL
 * (malformed) or -ERANGE (out of range). */
static inline int linktable__linux_kstrto(const char *s, unsigned int base, int sign, unsigned int bits,
					  unsigned long long *res)
{
	const char *end;
	unsigned long long u, max = ~0ULL >> (64 - bits);
	int neg, r;

	if (s == LTX_NULL || base == 1 || base > 16)
		return -EINVAL;
	end = linktable__linux_end(s);
	neg = sign && *s == '-';
	r = linktable__linux_strtoull(s + neg, end, base, !neg, &u);
	if (r == 0 && u > (sign ? (max >> 1) + (unsigned int)neg : max))
		r = -2;
	if (r != 0)
		return r == -2 ? -ERANGE : -EINVAL;
	*res = neg ? 0ULL - u : u;
	return 0;
}

/* The kernel's string-to-integer functions, each with its own type's
 * range: base 0, 8, 10 or 16 (see linktable__linux_strtoull()). */
#define LTX_LINUX_KSTRTO(name, ctype, sign) \
	static inline int name(const char *s, unsigned int base, ctype *res) \
	{ \
		unsigned long long v; \
		int r = linktable__linux_kstrto(s, base, sign, 8 * sizeof(ctype), &v); \
		if (r == 0) \
			*res = (ctype)v; \
		return r; \
	}
LTX_LINUX_KSTRTO(kstrtoull, unsigned long long, 0)
LTX_LINUX_KSTRTO(kstrtoll, long long, 1)
LTX_LINUX_KSTRTO(kstrtoul, unsigned long, 0)
LTX_LINUX_KSTRTO(kstrtol, long, 1)
LTX_LINUX_KSTRTO(kstrtouint, unsigned int, 0)
LTX_LINUX_KSTRTO(kstrtoint, int, 1)
LTX_LINUX_KSTRTO(kstrtou16, unsigned short, 0)
LTX_LINUX_KSTRTO(kstrtos16, short, 1)
LTX_LINUX_KSTRTO(kstrtou8, unsigned char, 0)
LTX_LINUX_KSTRTO(kstrtos8, signed char, 1)

/* y, Y, 1, n, N, 0, on, off (see above): 0 or -EINVAL. */
static inline int kstrtobool(const char *s, LTX_LINUX_BOOL *res)
{
	const char *end;
	int b;

	if (s == LTX_NULL)
		return -EINVAL;
	end = linktable__linux_end(s);
	b = linktable__linux_strtobool(s, end);
	if (b < 0)
		return -EINVAL;
	*res = b != 0;
	return 0;
}

/* @val as a parameter of type @type into @arg, by the rules above. */
static inline int linktable__linux_param_store(int type, void *arg, const char *val)
{
	const char *end;

	if (val == LTX_NULL)
		return -EINVAL;
	end = linktable__linux_end(val);
	/* a charp points at the value, as the kernel's does before its
	 * allocator is up; nothing else writes through @val */
	return linktable__linux_param_one(type, arg, (char *)(linktable__uintptr_t)val, end) != 0 ? -EINVAL : 0;
}

/* What sysfs shows: @s and a newline in @buffer (4,096 bytes, as the
 * kernel's page), cut to fit; the length written. */
static inline int linktable__linux_param_show(char *buffer, const char *s, const char *s2)
{
	int n = 0;

	for (; s != LTX_NULL && *s != '\0' && n < 4094; s++)
		buffer[n++] = *s;
	for (; s2 != LTX_NULL && *s2 != '\0' && n < 4094; s2++)
		buffer[n++] = *s2;
	buffer[n++] = '\n';
	buffer[n] = '\0';
	return n;
}

/* @v in base @base (lower-case digits), at least @width digits with
 * leading zeros, into @digits (24 bytes): a pointer to its first digit. */
static inline const char *linktable__linux_utoa(char *digits, unsigned long long v, unsigned int base, int width)
{
	char *p = digits + 23;

	*p = '\0';
	do {
		*--p = "0123456789abcdef"[v % base];
		v /= base;
		width--;
	} while (v != 0 || width > 0);
	return p;
}

static inline int linktable__linux_param_get_u(char *buffer, unsigned long long v)
{
	char digits[24];

	return linktable__linux_param_show(buffer, linktable__linux_utoa(digits, v, 10, 1), LTX_NULL);
}

static inline int linktable__linux_param_get_s(char *buffer, long long v)
{
	char digits[24];
	/* -v without overflow */
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;

	return linktable__linux_param_show(buffer, v < 0 ? "-" : LTX_NULL, linktable__linux_utoa(digits, u, 10, 1));
}

/* The set and get of each type, as the kernel names them: what a
 * module_param_cb()'s own operations call for the value itself. */
#define LTX_LINUX_PARAM_STD(type, ctype, getter) \
	static inline int param_set_##type(const char *val, const struct kernel_param *kp) \
	{ \
		return linktable__linux_param_store(LINKTABLE_LINUX_PARAM_##type, kp->arg, val); \
	} \
	static inline int param_get_##type(char *buffer, const struct kernel_param *kp) \
	{ \
		return getter(buffer, *(const ctype *)kp->arg); \
	}
LTX_LINUX_PARAM_STD(byte, unsigned char, linktable__linux_param_get_u)
LTX_LINUX_PARAM_STD(short, short, linktable__linux_param_get_s)
LTX_LINUX_PARAM_STD(ushort, unsigned short, linktable__linux_param_get_u)
LTX_LINUX_PARAM_STD(int, int, linktable__linux_param_get_s)
LTX_LINUX_PARAM_STD(uint, unsigned int, linktable__linux_param_get_u)
LTX_LINUX_PARAM_STD(long, long, linktable__linux_param_get_s)
LTX_LINUX_PARAM_STD(ulong, unsigned long, linktable__linux_param_get_u)
LTX_LINUX_PARAM_STD(ullong, unsigned long long, linktable__linux_param_get_u)

static inline int param_set_hexint(const char *val, const struct kernel_param *kp)
{
	return linktable__linux_param_store(LINKTABLE_LINUX_PARAM_hexint, kp->arg, val);
}
/* "%#08x": 0x and at least six digits, but 0 is eight zeros. */
static inline int param_get_hexint(char *buffer, const struct kernel_param *kp)
{
	char digits[24];
	unsigned int v = *(const unsigned int *)kp->arg;

	return linktable__linux_param_show(buffer, v != 0 ? "0x" : LTX_NULL,
					   linktable__linux_utoa(digits, v, 16, v != 0 ? 6 : 8));
}

/* [min, max], as kstrtouint() reads it. */
static inline int param_set_uint_minmax(const char *val, const struct kernel_param *kp, unsigned int min, unsigned int max)
{
	unsigned int v;

	if (linktable__linux_param_store(LINKTABLE_LINUX_PARAM_uint, &v, val) != 0 || v < min || v > max)
		return -EINVAL;
	*(unsigned int *)kp->arg = v;
	return 0;
}

static inline int param_set_charp(const char *val, const struct kernel_param *kp)
{
	return linktable__linux_param_store(LINKTABLE_LINUX_PARAM_charp, kp->arg, val);
}
/* A NULL charp shows as the kernel's printf shows it. */
static inline int param_get_charp(char *buffer, const struct kernel_param *kp)
{
	const char *v = *(char *const *)kp->arg;

	return linktable__linux_param_show(buffer, v != LTX_NULL ? v : "(null)", LTX_NULL);
}

/* A bare name sets a bool. */
static inline int param_set_bool(const char *val, const struct kernel_param *kp)
{
	return linktable__linux_param_store(LINKTABLE_LINUX_PARAM_bool, kp->arg, val != LTX_NULL ? val : "1");
}
static inline int param_get_bool(char *buffer, const struct kernel_param *kp)
{
	return linktable__linux_param_show(buffer, *(const LTX_LINUX_BOOL *)kp->arg ? "Y" : "N", LTX_NULL);
}
/* Set once, never cleared: clearing a set one is -EROFS. */
static inline int param_set_bool_enable_only(const char *val, const struct kernel_param *kp)
{
	LTX_LINUX_BOOL v;

	if (linktable__linux_param_store(LINKTABLE_LINUX_PARAM_bool, &v, val != LTX_NULL ? val : "1") != 0)
		return -EINVAL;
	if (!v && *(const LTX_LINUX_BOOL *)kp->arg)
		return -EROFS;
	*(LTX_LINUX_BOOL *)kp->arg = v;
	return 0;
}
static inline int param_set_invbool(const char *val, const struct kernel_param *kp)
{
	return linktable__linux_param_store(LINKTABLE_LINUX_PARAM_invbool, kp->arg, val != LTX_NULL ? val : "1");
}
static inline int param_get_invbool(char *buffer, const struct kernel_param *kp)
{
	return linktable__linux_param_show(buffer, *(const LTX_LINUX_BOOL *)kp->arg ? "N" : "Y", LTX_NULL);
}
static inline int param_set_bint(const char *val, const struct kernel_param *kp)
{
	return linktable__linux_param_store(LINKTABLE_LINUX_PARAM_bint, kp->arg, val != LTX_NULL ? val : "1");
}
#define param_get_bint param_get_int

/* The operations of each type (module_param_cb(name, &param_ops_int, ...)):
 * one copy per file that uses one, where the kernel has one of each; the
 * flags are the kernel's (a bare name only for bool, bool_enable_only and
 * bint). */
#if defined(__GNUC__) && !defined(__clang__)
/* A file that uses none of them: gcc's -Wunused-const-variable=2 (Linux's
 * W=1) would name each. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-const-variable"
#endif
#define LTX_LINUX_PARAM_OPS(type, flags, get) \
	static const struct kernel_param_ops param_ops_##type = { (flags), param_set_##type, get, LTX_NULL }
LTX_LINUX_PARAM_OPS(byte, 0, param_get_byte);
LTX_LINUX_PARAM_OPS(short, 0, param_get_short);
LTX_LINUX_PARAM_OPS(ushort, 0, param_get_ushort);
LTX_LINUX_PARAM_OPS(int, 0, param_get_int);
LTX_LINUX_PARAM_OPS(uint, 0, param_get_uint);
LTX_LINUX_PARAM_OPS(long, 0, param_get_long);
LTX_LINUX_PARAM_OPS(ulong, 0, param_get_ulong);
LTX_LINUX_PARAM_OPS(ullong, 0, param_get_ullong);
LTX_LINUX_PARAM_OPS(hexint, 0, param_get_hexint);
LTX_LINUX_PARAM_OPS(charp, 0, param_get_charp);
LTX_LINUX_PARAM_OPS(bool, KERNEL_PARAM_OPS_FL_NOARG, param_get_bool);
LTX_LINUX_PARAM_OPS(bool_enable_only, KERNEL_PARAM_OPS_FL_NOARG, param_get_bool);
LTX_LINUX_PARAM_OPS(invbool, 0, param_get_invbool);
LTX_LINUX_PARAM_OPS(bint, KERNEL_PARAM_OPS_FL_NOARG, param_get_int);
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#endif /* LINKTABLE_COMPAT_LINUX_PARAM_H */
