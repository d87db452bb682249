// SPDX-License-Identifier: MIT
// tests/compat/cxx.cc - the compat headers used from C++ (11, 17, 20):
// entries added by a C++ file to tables that a C file (cxx_c.c) defines
// and adds to, walked from C++.  (linux.h's initcalls are C only: their
// entries are assembly naming the function; its parameters and module
// information are C and C++, added here to the tables linux_a.c defines.)
#define COMPAT_WITH_CXX 1
#define KBUILD_MODNAME "cxxmod"
#include <string.h>
#include <linktable/compat/linux.h>
#include "compat.h"
#include "cxx.h"

static bool cxx_flag;
module_param_named(flag, cxx_flag, bool, 0444);
static int cxx_list[3];
static unsigned int cxx_nlist;
module_param_array_named(list, cxx_list, int, &cxx_nlist, 0444);
static char cxx_label[6];
module_param_string(label, cxx_label, sizeof(cxx_label), 0444);
static unsigned int cxx_depth = 1;
static int cxx_depth_set(const char *val, const struct kernel_param *kp)
{
	return param_set_uint_minmax(val, kp, 1, 8);
}
static const struct kernel_param_ops cxx_depth_ops = { 0, cxx_depth_set, param_get_uint, nullptr };
module_param_cb(depth, &cxx_depth_ops, &cxx_depth, 0644);
static bool cxx_verbose;
module_param_cb(verbose, &param_ops_bool, &cxx_verbose, 0644);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("C++ driver");
MODULE_PARM_DESC(flag, "a flag");

struct xitem x_cxx03 __table_entry(XITEMS, 03) = { 3, 10 };
struct xitem x_cxx99 __table_entry(XITEMS, 99) = { 99, 11 };
STRUCT_SECTION_ITERABLE(xdata, x_b) = { 2 };
ll_entry_declare(struct xitem, from_cxx, xlist) = { 0, 12 };
static struct xitem x_set_cxx = { 0, 13 };
DATA_SET(xset, x_set_cxx);

void test_cxx(void)
{
	struct xitem *p, **pp;
	int n = 0, order = -1, good = 1;

	for_each_table_entry(p, XITEMS) {
		good &= p->order > order;
		order = p->order;
		n++;
	}
	check(good && n == 4 && table_num_entries(XITEMS) == 4, "c++: iPXE table of C and C++ entries, in order (%d)", n);
	n = 0;
	STRUCT_SECTION_FOREACH(xdata, d)
		good &= d->a == ++n;
	check(good && n == 3, "c++: Zephyr section of C and C++ elements, by name");
	check(ll_entry_get(struct xitem, from_c, xlist)->id == 3 && ll_entry_get(struct xitem, from_cxx, xlist)->id == 12 &&
		      ll_entry_count(struct xitem, xlist) == 2,
	      "c++: U-Boot list of C and C++ entries");
	n = 0;
	SET_FOREACH(pp, xset)
		n += (*pp)->id;
	check(SET_COUNT(xset) == 2 && n == 17, "c++: FreeBSD set of C and C++ items");

	char line[] = "cxxmod.flag cxxmod.list=1,-2,0x3 cxxmod.label=\"a b\" cxxmod.label=toolong cxxmod.depth=9 "
		      "cxxmod.depth=8 cxxmod.verbose";
	int refused = -1, unknown = linktable_linux_parse_args(line, &refused);
	check(unknown == 0 && refused == 2 && cxx_depth == 8 && cxx_verbose && cxx_flag && cxx_nlist == 3 && cxx_list[1] == -2 && cxx_list[2] == 3 &&
		      strcmp(cxx_label, "a b") == 0,
	      "c++: linux module_param()s and module_param_cb()s set from the command line, a string too long for its "
	      "buffer and a depth over 8 refused");
	const char *const *info;
	n = 0;
	LINKTABLE_FOREACH(info, linux_modinfo)
		n += strcmp(*info, "cxxmod.license=GPL") == 0 || strcmp(*info, "cxxmod.description=C++ driver") == 0 ||
		     strcmp(*info, "cxxmod.parm=flag:a flag") == 0;
	check(n == 3, "c++: linux MODULE_* information from C++, prefixed with its module name");
}
