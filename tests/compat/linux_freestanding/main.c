/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/linux_freestanding/main.c - compat/linux.h's command line,
 * console and security initcalls in a program with no libc and no start
 * files (tests/compat/linux_freestanding.sh): its own _start parses a
 * command line through both passes (parameters of several types set, two
 * refused, one by a module_param_cb()'s own set), runs the console and security
 * initcalls and exits through the Linux x86-64 exit system call, 0 when
 * every handler ran as the kernel would run it.  It defines the mem*
 * functions, the only libc the headers may call.
 */
#define KBUILD_MODNAME "fs"
#include <linktable/compat/linux.h>

LINKTABLE_LINUX_DEFINE();

/* Parameters of the kinds the normal pass sets, and module information. */
static _Bool fs_debug;
module_param_named(debug, fs_debug, bool, 0644);
static long fs_long = 1;
module_param_named(long, fs_long, long, 0444);
static unsigned short fs_ports[3];
static unsigned int fs_nports;
module_param_array_named(ports, fs_ports, ushort, &fs_nports, 0444);
static char fs_label[4];
module_param_string(label, fs_label, sizeof(fs_label), 0444);
static char *fs_name;
core_param(fs_name, fs_name, charp, 0444);
/* Operations of its own: kstrtoint() and -EINVAL with no libc. */
static int fs_level = 1;
static int level_set(const char *val, const struct kernel_param *kp)
{
	int v, r = kstrtoint(val, 0, &v);

	if (r)
		return r;
	if (v < 0 || v > 7)
		return -EINVAL;
	*(int *)kp->arg = v;
	return 0;
}
static const struct kernel_param_ops level_ops = { .set = level_set, .get = param_get_int };
module_param_cb(level, &level_ops, &fs_level, 0644);
static unsigned int fs_mask;
module_param_cb(mask, &param_ops_hexint, &fs_mask, 0644);
MODULE_LICENSE("GPL");
early_param_on_off("fs_on", "fs_off", fs_feature, CONFIG_FS_FEATURE);

static int hits;

static int __init opt_setup(char *s)
{
	hits += s[0] == 'x' && s[1] == ' ' && s[2] == 'y' && s[3] == '\0' ? 1 : 1000000;
	return 1;
}
__setup("opt=", opt_setup);

static int __init quiet_early(char *s)
{
	hits += s == LTX_NULL ? 10 : 1000000;
	return 0;
}
early_param("quiet", quiet_early);

static int __init con_init(void)
{
	hits += 100;
	return 0;
}
console_initcall(con_init);

static int __init sec_init(void)
{
	hits += 1000;
	return 0;
}
security_initcall(sec_init);

static int __init lsm_init(void)
{
	hits += 10000;
	return 0;
}
DEFINE_LSM(fslsm) = { .name = "fslsm", .init = lsm_init };

/* Two copies of one command line: each pass cuts its own. */
static char early_line[] = " opt=\"x y\"\tquiet  unknown fs.debug fs.long=-0x10 fs-name=n fs.ports=1,0x2,65535 "
			  "fs.label=abc fs.label=abcd fs.level=5 fs.level=9 fs.mask=0x10 fs_on -- opt=z quiet",
	    setup_line[] = " opt=\"x y\"\tquiet  unknown fs.debug fs.long=-0x10 fs-name=n fs.ports=1,0x2,65535 "
			  "fs.label=abc fs.label=abcd fs.level=5 fs.level=9 fs.mask=0x10 fs_on -- opt=z quiet";

void *memmove(void *dst, const void *src, __SIZE_TYPE__ n);
void *memmove(void *dst, const void *src, __SIZE_TYPE__ n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (d < s)
		while (n--)
			*d++ = *s++;
	else
		while (n--)
			d[n] = s[n];
	return dst;
}

void *memcpy(void *dst, const void *src, __SIZE_TYPE__ n);
void *memcpy(void *dst, const void *src, __SIZE_TYPE__ n)
{
	return memmove(dst, src, n);
}

void *memset(void *dst, int c, __SIZE_TYPE__ n);
void *memset(void *dst, int c, __SIZE_TYPE__ n)
{
	unsigned char *d = dst;

	while (n--)
		*d++ = (unsigned char)c;
	return dst;
}

static __attribute__((__noreturn__)) void sys_exit(long code)
{
	__asm__ volatile("syscall" : : "a"(60L), "D"(code) : "rcx", "r11", "memory");
	__builtin_unreachable();
}

void _start(void);
void _start(void)
{
	int failed = linktable_linux_parse_early_param(early_line), refused;
	int unknown = linktable_linux_parse_args(setup_line, &refused);
	int params = fs_debug && fs_long == -16 && fs_name != LTX_NULL && fs_name[0] == 'n' && fs_nports == 3 &&
		     fs_ports[1] == 2 && fs_ports[2] == 65535 && fs_label[0] == 'a' && fs_label[2] == 'c' &&
		     fs_label[3] == '\0' && fs_feature == 1 && fs_level == 5 && fs_mask == 16 &&
		     LINKTABLE_COUNT(linux_modinfo) == 5;

	failed += linktable_linux_console_init() + linktable_linux_security_init();
	failed += linktable_linux_early_security_init();
	/* "unknown" nothing takes; "fs.label=abcd" does not fit in 4 bytes,
	 * level_set() refuses 9 */
	sys_exit(failed == 0 && unknown == 1 && refused == 2 && params && hits == 11111 ? 0 : 1);
}
