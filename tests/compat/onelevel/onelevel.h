/* SPDX-License-Identifier: MIT */
/* A one-level Zephyr section whose const elements sit in the file that
 * defines it (with pointers: "aw" in PIC, "a" otherwise; without: "a"),
 * and an empty one: tests/compat/onelevel.sh. */
#include <linktable/compat/zephyr.h>
struct cmd { const char *name; int v; };
struct none { int x; };
struct num { int x; };
