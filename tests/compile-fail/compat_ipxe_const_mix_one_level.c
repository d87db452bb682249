/* expect: section type conflict */
/* SPDX-License-Identifier: MIT */
/* A const and a writable iPXE entry of one order in one file: they need
 * sections of different kinds under one name, and the compiler says so
 * (docs/adopting.md) rather than linking a table in two pieces.  (Const
 * and writable entries of different orders, or of one order in different
 * files, share the table: tests/compat/constmix.) */
#include <linktable/compat/ipxe.h>

struct num {
	int v;
};
#define NUMS __table(struct num, "nums")
LINKTABLE_IPXE_DECLARE(NUMS);
LINKTABLE_IPXE_DEFINE(NUMS);
const struct num ro_num __table_entry(NUMS, 01) = { 1 };
struct num rw_num __table_entry(NUMS, 01) = { 2 };
