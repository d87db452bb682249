/* SPDX-License-Identifier: MIT */
#include "onelevel.h"
#include <stdio.h>
ITERABLE_SECTION_ROM(cmd, 4);
ITERABLE_SECTION_ROM(none, 4);
ITERABLE_SECTION_ROM(num, 4);
static const STRUCT_SECTION_ITERABLE(cmd, c_help) = { "help", 1 };
const STRUCT_SECTION_ITERABLE(num, n_a) = { 1 };
TYPE_SECTION_START_EXTERN(struct cmd, cmd);
TYPE_SECTION_END_EXTERN(struct cmd, cmd);
int main(void) {
	int n = 0, k = 0, m = 0, s = 0;
	STRUCT_SECTION_FOREACH(cmd, c) { n++; s += c->v; }
	STRUCT_SECTION_FOREACH(none, x) { k++; (void)x; }
	STRUCT_SECTION_FOREACH(num, x) { m++; s += x->x; }
	int cnt; STRUCT_SECTION_COUNT(cmd, &cnt);
	int raw = 0; for (struct cmd *p = TYPE_SECTION_START(cmd); p < TYPE_SECTION_END(cmd); p++) raw++;
	printf("cmds %d (count %d raw %d) none %d nums %d sum %d\n", n, cnt, raw, k, m, s);
	return !(n == 3 && k == 0 && m == 2 && cnt == 3 && raw == 3 && s == 1+2+4+1+2);
}
