/* SPDX-License-Identifier: MIT */
/*
 * tests/matrix/trap.c - a linker table WITHOUT linktable's precautions, for
 * the controls of tests/matrix/traps.sh.  Compiled twice: -DTRAP_ENTRIES
 * gives an object holding three entries of TRAP_SIZE bytes, written with
 * only the attributes in TRAP_ATTRS, in section TRAP_SEC; without it, the
 * main program, which prints "<bytes between the bounds> <distance between
 * two entries (with -DTRAP_GAP)> <sizeof>".  With -DTRAP_ORDER, one
 * program printing the sections of levels 5, 10 and 2 (defined in that
 * order) in address order.
 */
#include <stdio.h>
#include <stdlib.h>

#define LAUNDER(p) __asm__("" : "+r"(p))
#define BOUND extern const char __attribute__((weak, visibility("hidden")))

#ifdef TRAP_ORDER
struct lv {
	int level;
};
static const struct lv l5 __attribute__((used, section("trap_lv_5"))) = { 5 };
static const struct lv l10 __attribute__((used, section("trap_lv_10"))) = { 10 };
static const struct lv l2 __attribute__((used, section("trap_lv_2"))) = { 2 };

BOUND __start_trap_lv_5[], __start_trap_lv_10[], __start_trap_lv_2[];

int main(void)
{
	const char *s[3] = { __start_trap_lv_5, __start_trap_lv_10, __start_trap_lv_2 };
	const int level[3] = { 5, 10, 2 };
	int i, j, printed[3] = { 0 };

	/* Print the levels in address order (selection by smallest address). */
	for (i = 0; i < 3; i++) {
		int best = -1;

		for (j = 0; j < 3; j++) {
			LAUNDER(s[j]);
			if (!printed[j] && (best < 0 || s[j] < s[best]))
				best = j;
		}
		printed[best] = 1;
		printf("%s%d", i ? " " : "", level[best]);
	}
	putchar('\n');
	return 0;
}
#else
struct ent {
	unsigned long long id;
	unsigned char pad[TRAP_SIZE - 8];
};

#ifdef TRAP_ENTRIES
#define ENTRY(n) static const struct ent e##n __attribute__((section(TRAP_SEC) TRAP_ATTRS)) = { n, { 0 } }
ENTRY(1);
ENTRY(2);
ENTRY(3);
#ifdef TRAP_GAP
/* A reference to two entries: keeps them, so only for the layout controls. */
const struct ent *const trap_pair[2] = { &e1, &e2 };
#endif
#else
BOUND __start_trap_tbl[], __stop_trap_tbl[];
extern const struct ent *const trap_pair[2];

int main(void)
{
	const char *b = __start_trap_tbl, *e = __stop_trap_tbl;
	long gap = 0;

	LAUNDER(b);
	LAUNDER(e);
#ifdef TRAP_GAP
	gap = labs((long)((const char *)trap_pair[1] - (const char *)trap_pair[0]));
#endif
	printf("%ld %ld %zu\n", (long)(e - b), gap, sizeof(struct ent));
	return 0;
}
#endif
#endif
