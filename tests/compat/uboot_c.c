/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/uboot_c.c - the numbered lists of U-Boot's linker lists
 * (tests/compat/uboot.h) as one region, ascending by number, each list one
 * array aligned as its type (1-, 8- and 16-byte alignment: the only gaps
 * are padding), every entry of every list inside it, an empty numbered
 * list; and the per-list macros, the by-name walk and lookup on numbered
 * lists.  Entries from this file and uboot_d.c.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "compat.h"
#include "uboot.h"

LINKTABLE_UBOOT_REGION_DEFINE();
LINKTABLE_UBOOT_LIST_DEFINE(struct cmd_tbl, b_cmds);

static int r_cmd(int argc)
{
	return argc * 10;
}
ll_entry_declare(struct fixup, f_one, a_fixups) = { 0x1111 };
ll_entry_declare(struct cmd_tbl, reset, b_cmds) = { "reset", r_cmd };
ll_entry_declare(char, c_x, c_bytes) = 'x';
ll_entry_declare(struct wide_entry, w_one, e_wide) = { 'w', 1 };

/* Whether [p, p + n) of a list lies in the region. */
static int inside(const void *p, size_t bytes, const char *lo, const char *hi)
{
	return (const char *)p >= lo && (const char *)p + bytes <= hi;
}

void test_uboot_region(void)
{
	const char *lo = LINKTABLE_ARRAY_START(uboot), *hi = LINKTABLE_ARRAY_END(uboot);
	struct fixup *f = ll_entry_start(struct fixup, a_fixups), *fe = ll_entry_end(struct fixup, a_fixups);
	struct cmd_tbl *c = ll_entry_start(struct cmd_tbl, b_cmds), *ce = ll_entry_end(struct cmd_tbl, b_cmds);
	char *b = ll_entry_start(char, c_bytes), *be = ll_entry_end(char, c_bytes);
	struct wide_entry *w = ll_entry_start(struct wide_entry, e_wide), *we = ll_entry_end(struct wide_entry, e_wide);
	size_t bytes;
	unsigned long sum = 0;
	unsigned int i;
	int good = 1;

	check(ll_entry_count(struct fixup, a_fixups) == 3 && ll_entry_count(struct cmd_tbl, b_cmds) == 2 &&
		      ll_entry_count(char, c_bytes) == 3 && ll_entry_count(struct wide_entry, e_wide) == 2,
	      "uboot region: ll_entry_count() of each numbered list (3, 2, 3, 2)");
	check((const char *)f == lo && (const char *)we == hi,
	      "uboot region: it starts at the first numbered list's start and ends at the last one's end");
	check(ll_start(char) <= lo && ll_end(char) >= hi && ll_start(char) < ll_end(char),
	      "uboot region: ll_start()..ll_end() (every list) holds the region");
	check(inside(f, (size_t)(fe - f) * sizeof(*f), lo, hi) && inside(c, (size_t)(ce - c) * sizeof(*c), lo, hi) &&
		      inside(b, (size_t)(be - b), lo, hi) && inside(w, (size_t)(we - w) * sizeof(*w), lo, hi),
	      "uboot region: every entry of every numbered list lies in ll_start()..ll_end()");
	check((const char *)fe <= (const char *)c && (const char *)ce <= b && be <= (const char *)w,
	      "uboot region: the lists in ascending number (U-Boot's order)");
	check((size_t)((const char *)c - (const char *)fe) < __alignof__(struct cmd_tbl) &&
		      (size_t)(b - (const char *)ce) < 1 && (size_t)((const char *)w - be) < __alignof__(struct wide_entry),
	      "uboot region: between two lists at most the next list's alignment padding");
	bytes = (size_t)(fe - f) * sizeof(*f) + (size_t)(ce - c) * sizeof(*c) + (size_t)(be - b) +
		(size_t)(we - w) * sizeof(*w);
	check(bytes <= (size_t)(hi - lo) && (size_t)(hi - lo) - bytes < __alignof__(struct wide_entry),
	      "uboot region: its size is the lists' bytes plus padding (%zu of %zu)", bytes, (size_t)(hi - lo));
	/* a fix-up pass over a list of words, as relocation code does */
	for (i = 0; i < ll_entry_count(struct fixup, a_fixups); i++)
		f[i].word += 0x10000;
	for (f = (struct fixup *)(void *)LINKTABLE_ARRAY_START(uboot); f < fe; f++)
		sum += f->word;
	check(sum == 0x1111 + 0x2222 + 0x3333 + 3 * 0x10000, "uboot region: the region's start walks the first list");
	check(ll_entry_count(int, d_none) == 0 && ll_entry_start(int, d_none) == ll_entry_end(int, d_none),
	      "uboot region: a numbered list with no entry: count 0, start == end");
	check(ll_entry_get(struct cmd_tbl, reset, b_cmds) >= c && ll_entry_get(struct cmd_tbl, reset, b_cmds) < ce &&
		      ll_entry_get(struct cmd_tbl, reset, b_cmds)->cmd(2) == 20,
	      "uboot region: ll_entry_get() points into its numbered list");
	i = 0;
	LINKTABLE_UBOOT_FOREACH_BY_NAME(struct cmd_tbl, b_cmds, e) {
		good &= strcmp(e->name, i == 0 ? "boot" : "reset") == 0;
		i++;
	}
	check(i == 2 && good && LINKTABLE_UBOOT_FIND(struct cmd_tbl, b_cmds, "boot") == ll_entry_get(struct cmd_tbl, boot, b_cmds),
	      "uboot region: by-name walk and lookup on a numbered list");
	good = 1;
	for (i = 0; i < ll_entry_count(char, c_bytes); i++)
		good &= b[i] == 'x' || b[i] == 'y' || b[i] == 'z';
	check(good && ((uintptr_t)w % __alignof__(struct wide_entry)) == 0 && w[0].tag == 'w' && w[1].tag == 'w',
	      "uboot region: 1-byte entries then a 16-aligned list");
}
