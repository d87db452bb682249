/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/linux_module/main.c - the kernel side of built-in
 * drivers' parameters: each command line is parsed from a copy of exactly
 * its size (ASan and valgrind see any access past its end), through the
 * early pass and the normal pass, as start_kernel() does; then the checks
 * of every type's edge values, the names ('-' for '_', prefixes), what
 * a refused value leaves, what falls through to __setup(), the module
 * information, and the drivers' module_init()/module_exit().
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "../tap.h"
#include "drv.h"

LINKTABLE_LINUX_DEFINE();

/* Copies stay until the end: charp parameters point into them. */
static char *copies[1024];
static int ncopies;

static char *copy_of(const char *line)
{
	size_t n = strlen(line) + 1;
	char *c = malloc(n);

	if (c == NULL || ncopies == (int)(sizeof(copies) / sizeof(copies[0])))
		abort();
	memcpy(c, line, n);
	copies[ncopies++] = c;
	return c;
}

static int refused_last;

/* Both passes over @line; returns what nothing took, sets refused_last. */
static int boot(const char *line)
{
	linktable_linux_parse_early_param(copy_of(line));
	return linktable_linux_parse_args(copy_of(line), &refused_last);
}

/* The value @line gives, and whether it was taken (1) or refused (0). */
#define TAKES(line) (boot(line) == 0 && refused_last == 0)
#define REFUSES(line) (boot(line) == 0 && refused_last == 1)

static void test_integers(void)
{
	char line[128];

	ok(TAKES("toynet.byte=255") && toynet_byte == 255 && TAKES("toynet.byte=0") && toynet_byte == 0,
	   "byte: 0 and 255");
	ok(REFUSES("toynet.byte=256") && toynet_byte == 0 && REFUSES("toynet.byte=-1") && toynet_byte == 0,
	   "byte: 256 and -1 refused, the value unchanged");
	ok(TAKES("toynet.byte=0xff") && toynet_byte == 255 && TAKES("toynet.byte=0377") && toynet_byte == 255 &&
		   TAKES("toynet.byte=0X1f") && toynet_byte == 31,
	   "byte: 0x, 0X and octal");
	ok(TAKES("toynet.short=-32768") && toynet_short == -32768 && TAKES("toynet.short=32767") && toynet_short == 32767,
	   "short: -32768 and 32767");
	ok(REFUSES("toynet.short=32768") && REFUSES("toynet.short=-32769") && toynet_short == 32767,
	   "short: 32768 and -32769 refused");
	ok(TAKES("toynet.ushort=65535") && toynet_ushort == 65535 && REFUSES("toynet.ushort=65536") &&
		   REFUSES("toynet.ushort=-0") && toynet_ushort == 65535,
	   "ushort: 65535; 65536 and -0 (a sign on an unsigned type) refused");
	ok(TAKES("toynet.int=-2147483648") && toynet_int == INT_MIN && TAKES("toynet.int=2147483647") &&
		   toynet_int == INT_MAX,
	   "int: INT_MIN and INT_MAX");
	ok(REFUSES("toynet.int=2147483648") && REFUSES("toynet.int=-2147483649") && toynet_int == INT_MAX,
	   "int: one past either end refused");
	ok(TAKES("toynet.int=-0x80000000") && toynet_int == INT_MIN && TAKES("toynet.int=-010") && toynet_int == -8 &&
		   TAKES("toynet.int=-0") && toynet_int == 0 && TAKES("toynet.int=+5") && toynet_int == 5,
	   "int: negative hex and octal, -0, a leading '+'");
	ok(REFUSES("toynet.int=-+5") && REFUSES("toynet.int=+-5") && REFUSES("toynet.int=--5") && REFUSES("toynet.int=-") &&
		   REFUSES("toynet.int=+") && toynet_int == 5,
	   "int: signs that kstrtoint refuses");
	ok(TAKES("toynet.uint=4294967295") && toynet_uint == 4294967295u && REFUSES("toynet.uint=4294967296") &&
		   REFUSES("toynet.uint=-1") && toynet_uint == 4294967295u,
	   "uint: UINT_MAX; one more and -1 refused");
	snprintf(line, sizeof(line), "toynet.long=%ld", LONG_MIN);
	ok(TAKES(line) && toynet_long == LONG_MIN, "long: LONG_MIN (%s)", line);
	snprintf(line, sizeof(line), "toynet.long=%ld", LONG_MAX);
	ok(TAKES(line) && toynet_long == LONG_MAX, "long: LONG_MAX");
	ok(REFUSES(sizeof(long) == 8 ? "toynet.long=9223372036854775808" : "toynet.long=2147483648") &&
		   toynet_long == LONG_MAX,
	   "long: LONG_MAX + 1 refused");
	snprintf(line, sizeof(line), "toynet.ulong=%lu", ULONG_MAX);
	ok(TAKES(line) && toynet_ulong == ULONG_MAX, "ulong: ULONG_MAX");
	ok(REFUSES(sizeof(long) == 8 ? "toynet.ulong=18446744073709551616" : "toynet.ulong=4294967296") &&
		   toynet_ulong == ULONG_MAX,
	   "ulong: ULONG_MAX + 1 refused");
	ok(TAKES("toynet.ullong=18446744073709551615") && toynet_ullong == ULLONG_MAX &&
		   TAKES("toynet.ullong=0xFFFFFFFFFFFFFFFF") && toynet_ullong == ULLONG_MAX,
	   "ullong: ULLONG_MAX, decimal and hex");
	ok(REFUSES("toynet.ullong=18446744073709551616") && REFUSES("toynet.ullong=0x10000000000000000") &&
		   REFUSES("toynet.ullong=99999999999999999999999999") && toynet_ullong == ULLONG_MAX,
	   "ullong: overflow refused, however far");
	ok(TAKES("toynet.ullong=0") && toynet_ullong == 0 && TAKES("toynet.ullong=00") && toynet_ullong == 0,
	   "ullong: 0 and 00");
	ok(TAKES("toynet.hexint=0xdeadbeef") && toynet_hexint == 0xdeadbeefu && TAKES("toynet.hexint=17") &&
		   toynet_hexint == 17 && REFUSES("toynet.hexint=0x100000000") && toynet_hexint == 17,
	   "hexint: read as uint, any base; 33 bits refused");
	ok(REFUSES("toynet.int=12abc") && REFUSES("toynet.int=08") && REFUSES("toynet.int=0x") &&
		   REFUSES("toynet.int=0xg") && REFUSES("toynet.int=1.5") && REFUSES("toynet.int=\" 5\"") &&
		   REFUSES("toynet.int=\"5 \"") && toynet_int == 5,
	   "junk refused: trailing letters, 8 in octal, a bare 0x, 0xg, a point, spaces");
	ok(TAKES("toynet.int=\"12\n\"") && toynet_int == 12 && REFUSES("toynet.int=\"12\n\n\"") && toynet_int == 12,
	   "one final newline allowed, as kstrtoint allows it; two refused");
	ok(REFUSES("toynet.int=") && REFUSES("toynet.int") && REFUSES("toynet.int=\"\"") && toynet_int == 12,
	   "an empty value, a missing value and an empty quoted value refused for an integer");
}

static void test_bools_and_strings(void)
{
	static const char *const yes[] = { "y", "Y", "1", "yes", "on", "ON", "oN", "1000", "Yup" };
	static const char *const no[] = { "n", "N", "0", "no", "off", "OFF", "oF", "0x1", "nein" };
	static const char *const bad[] = { "", "o", "ok", "true", "false", "2", "-1", " y" };
	char line[64], big[1100];
	size_t i;
	int good = 1;

	for (i = 0; i < sizeof(yes) / sizeof(yes[0]); i++) {
		toynet_debug = false;
		snprintf(line, sizeof(line), "toynet.debug=\"%s\"", yes[i]);
		good &= TAKES(line) && toynet_debug;
	}
	ok(good, "bool: y, Y, 1, on (any case) and what starts so are true");
	for (good = 1, i = 0; i < sizeof(no) / sizeof(no[0]); i++) {
		toynet_debug = true;
		snprintf(line, sizeof(line), "toynet.debug=\"%s\"", no[i]);
		good &= TAKES(line) && !toynet_debug;
	}
	ok(good, "bool: n, N, 0, off (any case) and what starts so are false");
	for (good = 1, i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		toynet_debug = true;
		snprintf(line, sizeof(line), "toynet.debug=\"%s\"", bad[i]);
		good &= REFUSES(line) && toynet_debug;
	}
	ok(good, "bool: empty, o, ok, true, false, 2, -1, \" y\" refused, the value unchanged");
	toynet_debug = false;
	ok(TAKES("toynet.debug") && toynet_debug, "bool: a bare name is true");
	ok(TAKES("toynet.msi=0") && toynet_nomsi && TAKES("toynet.msi=on") && !toynet_nomsi,
	   "invbool: the opposite of the value");
	ok(REFUSES("toynet.msi") && !toynet_nomsi, "invbool: a bare name refused (it needs a value)");
	ok(TAKES("toynet.wol=on") && toynet_bint == 1 && TAKES("toynet.wol=n") && toynet_bint == 0 && TAKES("toynet.wol") &&
		   toynet_bint == 1 && REFUSES("toynet.wol=5") && toynet_bint == 1,
	   "bint: an int set as a bool; a bare name true; 5 starts with no bool letter");
	ok(TAKES("toynet.ifname=\"eth 0\"") && strcmp(toynet_name, "eth 0") == 0, "charp: a quoted value, quotes dropped");
	ok(TAKES("toynet.ifname=") && toynet_name != NULL && toynet_name[0] == '\0' && REFUSES("toynet.ifname") &&
		   toynet_name[0] == '\0',
	   "charp: an empty value is \"\"; a bare name refused");
	memset(big, 'x', sizeof(big));
	memcpy(big, "toynet.ifname=", 14);
	big[14 + 1023] = '\0';
	ok(TAKES(big) && strlen(toynet_name) == 1023, "charp: 1023 bytes taken");
	big[14 + 1023] = 'x';
	big[14 + 1024] = '\0';
	ok(REFUSES(big) && strlen(toynet_name) == 1023, "charp: 1024 bytes refused, as the kernel refuses them");
	ok(TAKES("toy_blk.label=1234567") && strcmp(toyblk_label, "1234567") == 0, "string: 7 bytes and NUL fill its 8");
	ok(REFUSES("toy_blk.label=12345678") && strcmp(toyblk_label, "1234567") == 0,
	   "string: 8 bytes refused, the buffer unchanged");
	ok(TAKES("toy_blk.label=\"a b\"") && strcmp(toyblk_label, "a b") == 0 && TAKES("toy_blk.label=") &&
		   toyblk_label[0] == '\0' && REFUSES("toy_blk.label"),
	   "string: quoted, empty; a bare name refused");
}

static void test_arrays(void)
{
	ok(TAKES("toy_blk.sizes=1,-2,0x10,010") && toyblk_nsizes == 4 && toyblk_sizes[0] == 1 && toyblk_sizes[1] == -2 &&
		   toyblk_sizes[2] == 16 && toyblk_sizes[3] == 8,
	   "int array: four values, count 4");
	ok(TAKES("toy_blk.sizes=5") && toyblk_nsizes == 1 && toyblk_sizes[0] == 5 && toyblk_sizes[1] == -2,
	   "int array: one value, count 1, the rest untouched");
	ok(REFUSES("toy_blk.sizes=1,2,3,4,5") && toyblk_nsizes == 1 && toyblk_sizes[0] == 5,
	   "int array: five values for four elements refused, array and count unchanged");
	ok(REFUSES("toy_blk.sizes=7,x,9") && REFUSES("toy_blk.sizes=7,,9") && REFUSES("toy_blk.sizes=7,") &&
		   REFUSES("toy_blk.sizes=") && REFUSES("toy_blk.sizes") && toyblk_nsizes == 1 && toyblk_sizes[0] == 5,
	   "int array: a bad, empty or missing value anywhere refuses all of it");
	ok(TAKES("toy_blk.sizes=2147483647,-2147483648") && toyblk_nsizes == 2 && toyblk_sizes[0] == INT_MAX &&
		   toyblk_sizes[1] == INT_MIN && REFUSES("toy_blk.sizes=1,2147483648") && toyblk_sizes[0] == INT_MAX,
	   "int array: each element's range checked");
	ok(TAKES("toy_blk.disks=\"sda,,sd b\"") && toyblk_ndisks == 3 && strcmp(toyblk_disks[0], "sda") == 0 &&
		   strcmp(toyblk_disks[1], "") == 0 && strcmp(toyblk_disks[2], "sd b") == 0,
	   "charp array: values cut at the commas, an empty one, a quoted space");
	ok(TAKES("toy_blk.ro=y,off,1") && toyblk_ro[0] && !toyblk_ro[1] && toyblk_ro[2] && REFUSES("toy_blk.ro") &&
		   REFUSES("toy_blk.ro=y,maybe") && !toyblk_ro[1],
	   "bool array (no count pointer): y,off,1; a bare name or a bad bool refused");
	ok(TAKES("toy_blk.ports=65535,0") && toyblk_ports[0] == 65535 && toyblk_ports[1] == 0 &&
		   REFUSES("toy_blk.ports=1,65536") && toyblk_ports[0] == 65535,
	   "ushort array: 65535; 65536 refused");
	ok(TAKES("toy_blk.big=18446744073709551615,0x1") && toyblk_big[0] == ULLONG_MAX && toyblk_big[1] == 1,
	   "ullong array");
}

static void test_names(void)
{
	int unknown;

	ok(TAKES("toynet.rx-ring=64") && toynet_rx_ring == 64 && TAKES("toy-blk.label=dash") &&
		   strcmp(toyblk_label, "dash") == 0 && TAKES("toy-blk.sizes=3") && toyblk_sizes[0] == 3,
	   "'-' and '_' alike, in the parameter's name and in the module's");
	ok(TAKES("toynet.int=1 toynet.int=2 toynet.int=3") && toynet_int == 3, "a repeated parameter: the last wins");
	unknown = boot("toynet.int=9 toynet.int=bad");
	ok(unknown == 0 && refused_last == 1 && toynet_int == 9, "a refused repeat keeps the last good value");
	ok(boot("TOYNET.int=1") == 1 && boot("toynet.Int=1") == 1 && boot("toynet.int2=1") == 1 && boot("toynet.in=1") == 1 &&
		   toynet_int == 9,
	   "names are case-sensitive and whole: no parameter takes a longer or shorter one");
	ok(boot("int=1") == 1 && boot("debug") == 1 && boot("toynet.panic_toy=1") == 1 && toynet_int == 9,
	   "a module's parameter needs its prefix; core_param has none");
	ok(TAKES("panic_toy=5") && panic_toy == 5 && TAKES("panic-toy=6") && panic_toy == 6, "core_param: no prefix");
	ok(TAKES("plain_level=4") && plain_level == 4,
	   "module_param with no KBUILD_MODNAME and no MODULE_PARAM_PREFIX: no prefix");
	ok(TAKES("rcutoy.delay=9") && rcutoy_delay == 9 && boot("delay=8") == 1 && rcutoy_delay == 9,
	   "a file's own MODULE_PARAM_PREFIX");
	toyblk_setup_calls = 0;
	unknown = boot("toy_blk.legacy=old toy_blk.nosuch=1 toynet.debug=0");
	ok(unknown == 1 && refused_last == 0 && toyblk_setup_calls == 1 && strcmp(toyblk_legacy, "old") == 0 &&
		   !toynet_debug,
	   "a name no parameter has goes on to __setup(); one no __setup() takes is unknown; a parameter's name "
	   "never reaches a __setup() of that name");
	unknown = boot("toynet.byte=1 -- toynet.byte=2 toynet.int=x");
	ok(unknown == 0 && refused_last == 0 && toynet_byte == 1, "nothing after -- is a parameter");
}

static void test_pass_and_counts(void)
{
	char *line;
	int refused, unknown;

	ok(toy_feature_a == 1 && toy_feature_b == 0, "early_param_on_off: the default is the option's (set: 1, unset: 0)");
	ok(boot("toy_a_off toy-b-on") == 0 && toy_feature_a == 0 && toy_feature_b == 1 && refused_last == 0,
	   "early_param_on_off: set in the early pass ('-' as '_'); the normal pass counts them handled");
	ok(boot("toy_a_on=whatever toy_b_off") == 0 && toy_feature_a == 1 && toy_feature_b == 0,
	   "early_param_on_off: a value is ignored");
	toynet_int = 1;
	linktable_linux_parse_early_param(copy_of("toynet.int=7"));
	ok(toynet_int == 1, "the early pass sets no parameter (the kernel's parse_early_param has none)");
	line = copy_of("toynet.int=x toynet.byte=300 unknown_thing toynet.uint=5 toynet.msi stray=1");
	unknown = linktable_linux_parse_args(line, &refused);
	ok(unknown == 2 && refused == 3 && toynet_uint == 5 && toynet_int == 1,
	   "parse_args: 2 unknown, 3 refused, the good value set (%d, %d)", unknown, refused);
	line = copy_of("toynet.int=x toynet.byte=300 unknown_thing toynet.uint=6 toynet.msi stray=1");
	ok(linktable_linux_parse_setup(line) == 5 && toynet_uint == 6, "parse_setup counts both");
	ok(linktable_linux_parse_args(NULL, &refused) == 0 && refused == 0 && linktable_linux_parse_args(copy_of(""), NULL) == 0,
	   "no line, an empty line, no refused count wanted");
}

static int has_info(const char *want);

/* The parameter named @name, or NULL. */
static const struct kernel_param *param_named(const char *name)
{
	const struct kernel_param *kp;

	LINKTABLE_FOREACH(kp, linux_params) {
		if (strcmp(kp->name, name) == 0)
			return kp;
	}
	return NULL;
}

/* Whether parameter @name's get shows @want (the kernel's sysfs text). */
static int shows(const char *name, const char *want)
{
	static char page[4096];
	const struct kernel_param *kp = param_named(name);
	int n;

	if (kp == NULL || kp->ops == NULL || kp->ops->get == NULL)
		return 0;
	memset(page, 'x', sizeof(page));
	n = kp->ops->get(page, kp);
	if (n != (int)strlen(want) || strcmp(page, want) != 0) {
		printf("# %s shows \"%.40s\" (%d), not \"%s\"\n", name, page, n, want);
		return 0;
	}
	return 1;
}

static void test_callbacks(void)
{
	char line[64], shown[32], past[64];

	ok(TAKES("toy_tune.depth=16") && toytune_depth == 16 && TAKES("toy-tune.depth=64") && toytune_depth == 64,
	   "module_param_cb: the driver's set takes a power of two ('-' as '_')");
	ok(REFUSES("toy_tune.depth=12") && REFUSES("toy_tune.depth=128") && REFUSES("toy_tune.depth=0x10") &&
		   REFUSES("toy_tune.depth=") && toytune_depth == 64,
	   "module_param_cb: what its set refuses (-EINVAL, kstrtouint base 10) leaves the value");
	ok(REFUSES("toy_tune.depth") && toytune_depth == 64, "module_param_cb: a bare name only with NOARG operations");
	ok(REFUSES("toy_tune.queues=0") && REFUSES("toy_tune.queues=17") && toytune_queues == 4 &&
		   TAKES("toy_tune.queues=16") && toytune_queues == 16 && TAKES("toy_tune.queues=0x1") && toytune_queues == 1,
	   "param_set_uint_minmax: 1 to 16, base 0");
	ok(TAKES("toy_tune.verbose") && toytune_verbose && TAKES("toy_tune.verbose=off") && !toytune_verbose &&
		   REFUSES("toy_tune.verbose=maybe") && !toytune_verbose,
	   "param_ops_bool: a bare name sets it, kstrtobool's words");
	ok(TAKES("toy_tune.once=n") && !toytune_once && TAKES("toy_tune.once") && toytune_once &&
		   REFUSES("toy_tune.once=0") && toytune_once && TAKES("toy_tune.once=y") && toytune_once,
	   "param_ops_bool_enable_only: set once, never cleared (-EROFS)");
	ok(REFUSES("toy_tune.loud") && TAKES("toy_tune.loud=1") && !toytune_quiet && TAKES("toy_tune.loud=0") && toytune_quiet,
	   "param_ops_invbool: the opposite, and no bare name");
	ok(shows("toy_tune.depth", "64\n") && shows("toy_tune.verbose", "N\n") && shows("toy_tune.loud", "N\n") &&
		   shows("toy_tune.offset", "-5\n") && shows("toy_tune.mask", "0x0000ff\n") && shows("toy_tune.fw", "(null)\n") &&
		   shows("toy_tune.revision", "3\n") && shows("toy_tune.mode", "fast\n"),
	   "get: what sysfs would show, as the kernel's param_get_*() prints it");
	ok(TAKES("toy_tune.mask=0") && shows("toy_tune.mask", "00000000\n") && TAKES("toy_tune.mask=0xdeadbeef") &&
		   shows("toy_tune.mask", "0xdeadbeef\n") && TAKES("toy_tune.mask=4294967295") && toytune_mask == 0xffffffffu,
	   "param_ops_hexint: %%#08x (0 is eight zeros), read as uint");
	snprintf(line, sizeof(line), "toy_tune.offset=%ld", LONG_MIN);
	snprintf(shown, sizeof(shown), "%ld\n", LONG_MIN);
	snprintf(past, sizeof(past), "toy_tune.offset=%lu", (unsigned long)LONG_MAX + 1);
	ok(TAKES(line) && shows("toy_tune.offset", shown) && REFUSES(past) && toytune_offset == LONG_MIN,
	   "param_ops_long: LONG_MIN set and shown, one past LONG_MAX refused (%s)", line);
	ok(TAKES("toy_tune.fw=toy/fw-2.bin") && strcmp(toytune_fw, "toy/fw-2.bin") == 0 && shows("toy_tune.fw", "toy/fw-2.bin\n"),
	   "param_ops_charp: points at the value");
	ok(TAKES("toy_tune.mode=safe") && toytune_mode == 1 && shows("toy_tune.mode", "safe\n") && REFUSES("toy_tune.mode=warp") &&
		   toytune_mode == 1 && REFUSES("toy_tune.mode"),
	   "module_param_call: the old spelling, no variable (arg NULL)");
	ok(REFUSES("toy_tune.revision=4") && toytune_revision == 3, "operations without a set: the value refused, unchanged");
	ok(toytune_core == 1 && TAKES("toy_tune.core=-2") && toytune_core == -2, "core_param_cb: set in the normal pass");
	ok(param_named("toy_tune.depth")->perm == 0644 && param_named("toy_tune.depth")->arg == &toytune_depth &&
		   param_named("toy_tune.mode")->arg == NULL && has_info("toy_tune.parm=depth:Queue depth (power of two, 1-64)") &&
		   has_info("toy_tune.parmtype=depth:uint"),
	   "module_param_cb: perm, arg, the description and its own __MODULE_PARM_TYPE kept");
}

static void test_exports(void)
{
	int (*add)(int, int) = symbol_get(toylib_add);
	void *found = __symbol_get("toylib_hidden");
	int (*hidden)(void) = NULL;
	const struct kernel_symbol *ks;
	int nsd = 0, gpl = 0;

	if (found != NULL)
		memcpy(&hidden, &found, sizeof(hidden));

	ok(add != NULL && add(2, 3) == 5 && __symbol_get("toylib_counter") == (void *)&toylib_counter &&
		   hidden != NULL && hidden() == -1,
	   "symbol_get() and __symbol_get(): the exported function, variable and static function");
	symbol_put(toylib_add);
	ok(__symbol_get("toylib_nothing") == NULL && __symbol_get("toylib_ad") == NULL && __symbol_get("toylib_add_") == NULL &&
		   __symbol_get(NULL) == NULL,
	   "__symbol_get(): no such name, a prefix, a longer name");
	ok(__symbol_get_gpl("toylib_add") == NULL && __symbol_get_gpl("toylib_secret") != NULL &&
		   __symbol_get_gpl("toylib_secret") == __symbol_get("toylib_secret"),
	   "__symbol_get_gpl(): only EXPORT_SYMBOL_GPL()s");
	LINKTABLE_FOREACH(ks, linux_ksymtab) {
		nsd += strcmp(ks->ns, "TOYLIB") == 0;
		gpl += ks->gpl;
	}
	ok(LINKTABLE_COUNT(linux_ksymtab) == 4 && nsd == 2 && gpl == 2, "linux_ksymtab: 4 exports, 2 in namespace TOYLIB, 2 GPL");
	ok(has_info("toy_lib.import_ns=TOYLIB"), "MODULE_IMPORT_NS(): its modinfo record");
	ok(toylib_driver.remove == NULL && toylib_driver.online(2) == 3,
	   "__exit_p() is NULL built in; __ro_after_init data written at init");
}

static void test_drivers(void)
{
	ok(toylib_bus_driver.registered == 1 && toylib_prio_driver.registered == 5 && toylib_early_driver.registered == 4,
	   "module_driver() and builtin_driver(): registered at init, with their further arguments (%d %d %d)",
	   toylib_bus_driver.registered, toylib_prio_driver.registered, toylib_early_driver.registered);
	ok(toylib_fs_sync_ran == 1, "__define_initcall(fn, 5s): run at fs_initcall_sync, before the device level's module_init (%d)",
	   toylib_fs_sync_ran);
}

static void test_kstrto(void)
{
	int i = 0;
	unsigned int u = 0;
	long l = 0;
	unsigned long ul = 0;
	long long ll = 0;
	unsigned long long ull = 0;
	short sh = 0;
	unsigned short ush = 0;
	signed char s8 = 0;
	unsigned char u8 = 0;
	bool b = false;
	char min[32], past[32];

	ok(kstrtoint("-2147483648", 10, &i) == 0 && i == INT_MIN && kstrtoint("2147483648", 10, &i) == -ERANGE &&
		   kstrtoint("-2147483649", 0, &i) == -ERANGE && i == INT_MIN,
	   "kstrtoint: INT_MIN, and one past either end is -ERANGE (the result unchanged)");
	ok(kstrtoint("010", 0, &i) == 0 && i == 8 && kstrtoint("010", 10, &i) == 0 && i == 10 && kstrtoint("0x10", 10, &i) == -EINVAL &&
		   kstrtoint("0x10", 0, &i) == 0 && i == 16 && kstrtoint("10", 16, &i) == 0 && i == 16 &&
		   kstrtoint("0x10", 16, &i) == 0 && i == 16 && kstrtoint("17", 8, &i) == 0 && i == 15 && kstrtoint("8", 8, &i) == -EINVAL,
	   "kstrtoint: base 0 guesses, 8, 10 and 16 (an optional 0x) are fixed");
	ok(kstrtoint("+5", 10, &i) == 0 && i == 5 && kstrtoint("-+5", 10, &i) == -EINVAL && kstrtoint("12\n", 10, &i) == 0 && i == 12 &&
		   kstrtoint("12\n\n", 10, &i) == -EINVAL && kstrtoint("", 10, &i) == -EINVAL && kstrtoint(" 1", 10, &i) == -EINVAL &&
		   kstrtoint("0x", 16, &i) == -EINVAL,
	   "kstrtoint: a sign, one newline, nothing else");
	ok(kstrtouint("4294967295", 0, &u) == 0 && u == UINT_MAX && kstrtouint("4294967296", 0, &u) == -ERANGE &&
		   kstrtouint("-1", 0, &u) == -EINVAL && kstrtou16("65535", 0, &ush) == 0 && ush == 65535 &&
		   kstrtou16("65536", 0, &ush) == -ERANGE && kstrtou8("0xff", 0, &u8) == 0 && u8 == 255 &&
		   kstrtou8("256", 0, &u8) == -ERANGE && kstrtou8("0x1g", 16, &u8) == -EINVAL,
	   "kstrtouint, u16, u8: each type's range");
	ok(kstrtos16("-32768", 0, &sh) == 0 && sh == -32768 && kstrtos16("32768", 0, &sh) == -ERANGE && kstrtos8("-128", 10, &s8) == 0 &&
		   s8 == -128 && kstrtos8("-129", 10, &s8) == -ERANGE && kstrtos8("127", 10, &s8) == 0 && s8 == 127,
	   "kstrtos16, s8: each type's range");
	snprintf(min, sizeof(min), "%ld", LONG_MIN);
	snprintf(past, sizeof(past), "%lu", (unsigned long)LONG_MAX + 1);
	ok(kstrtol(min, 10, &l) == 0 && l == LONG_MIN && kstrtol(past, 10, &l) == -ERANGE && kstrtoul("ff", 16, &ul) == 0 &&
		   ul == 255 &&
		   kstrtoll("9223372036854775807", 0, &ll) == 0 && ll == LLONG_MAX && kstrtoll("9223372036854775808", 0, &ll) == -ERANGE &&
		   kstrtoull("18446744073709551615", 0, &ull) == 0 && ull == ULLONG_MAX &&
		   kstrtoull("18446744073709551616", 0, &ull) == -ERANGE && kstrtoull("99999999999999999999x", 0, &ull) == -ERANGE,
	   "kstrtol, ul, ll, ull: the limits of long and of 64 bits; overflow before junk is -ERANGE");
	ok(kstrtobool("on", &b) == 0 && b && kstrtobool("N", &b) == 0 && !b && kstrtobool("Yes", &b) == 0 && b &&
		   kstrtobool("oFf", &b) == 0 && !b && kstrtobool("o", &b) == -EINVAL && kstrtobool("", &b) == -EINVAL &&
		   kstrtobool(NULL, &b) == -EINVAL && kstrtoint(NULL, 0, &i) == -EINVAL,
	   "kstrtobool: its words; NULL refused");
}

/* Whether the module information holds @want. */
static int has_info(const char *want)
{
	const char *const *s;

	LINKTABLE_FOREACH(s, linux_modinfo) {
		if (strcmp(*s, want) == 0)
			return 1;
	}
	return 0;
}

static void test_modinfo(void)
{
	static const char *const want[] = {
		"toynet.license=GPL",
		"toynet.author=A. Hacker <a@example.org>",
		"toynet.author=B. Hacker <b@example.org>",
		"toynet.description=Toy network driver",
		"toynet.version=1.2",
		"toynet.alias=toy-ethernet",
		"toynet.softdep=pre: toyphy",
		"toynet.intree=Y",
		"toynet.firmware=toynet/fw.bin",
		"toynet.parm=debug:Verbose logging",
		"toynet.parmtype=debug:bool",
		"toynet.parmtype=msi:invbool",
		"toynet.parmtype=ifname:charp",
		"toynet.parmtype=hexint:hexint",
		"toynet.parm=copybreak:Maximum size of packet that is copied to a new buffer on receive",
		"toy_blk.license=GPL v2",
		"toy_blk.parmtype=sizes:array of int",
		"toy_blk.parmtype=label:string",
		"toy_blk.parm=label:Volume label",
		"license=GPL",
		"parmtype=plain_level:int",
		"parmtype=delay:int",
	};
	size_t i, missing = 0;

	for (i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		missing += !has_info(want[i]);
	ok(missing == 0, "module information: every record, prefixed with its file's module name (%zu missing)", missing);
	ok(LINKTABLE_COUNT(linux_modinfo) == 46, "module information: %zu records", (size_t)LINKTABLE_COUNT(linux_modinfo));
	ok(LINKTABLE_COUNT(linux_params) == 36, "parameters: %zu", (size_t)LINKTABLE_COUNT(linux_params));
}

static void test_lsm(void)
{
	int failed;

	failed = linktable_linux_early_security_init();
	ok(failed == 0 && strcmp(lsm_log, "toylock ") == 0, "early LSM: run by the early runner alone (%s)", lsm_log);
	lsm_log[0] = '\0';
	failed = linktable_linux_security_init();
	ok(failed == 1 &&
		   (strcmp(lsm_log, "capability toyarmor toyyama ") == 0 ||
		    strcmp(lsm_log, "capability toysel toyyama ") == 0 ||
		    strcmp(lsm_log, "capability toyyama toyarmor ") == 0 ||
		    strcmp(lsm_log, "capability toyyama toysel ") == 0),
	   "LSMs: LSM_ORDER_FIRST first, one exclusive major, the disabled one skipped, a failure counted (%s)", lsm_log);
	ok(toyarmor_enabled + toysel_enabled == 1 && toyoff_enabled == 0,
	   "LSMs: the refused exclusive module's enabled written 0 (%d, %d)", toyarmor_enabled, toysel_enabled);
	ok(LINKTABLE_COUNT(linux_lsm_info) == 5 && LINKTABLE_COUNT(linux_early_lsm_info) == 1, "LSMs: 5 and 1 described");
}

int main(void)
{
	int i;

	test_integers();
	test_bools_and_strings();
	test_arrays();
	test_names();
	test_pass_and_counts();
	test_callbacks();
	test_kstrto();
	test_modinfo();
	boot("toynet.copybreak=128");
	test_lsm();
	ok(linktable_linux_do_initcalls() == 0 && toynet_inited == 1, "module_init runs, and sees its parameters");
	test_exports();
	test_drivers();
	i = linktable_linux_run_exitcalls();
	ok(i == 3 && toynet_exited == 1 && toylib_bus_driver.registered == 0 && toylib_prio_driver.registered == -5,
	   "module_exit: toynet's exit function and module_driver()'s two, the ones registered (%d ran)", i);
	for (i = 0; i < ncopies; i++)
		free(copies[i]);
	return done_testing();
}
