/* SPDX-License-Identifier: MIT */
/*
 * tests/tables/bounds.sh's program: a table of 16-byte-aligned entries on
 * two of its levels, and a table of 1-byte entries (one a level), which leave the
 * next section on an odd address unless it is aligned.  Prints the walk of
 * both tables, their counts and whether the wide one is write protected.
 */
#include <stdio.h>

#include <linktable/linktable.h>

struct wide {
	const char *name;
	int n;
} __attribute__((aligned(16)));

LINKTABLE_DEFINE(char, bytes);
LINKTABLE_DEFINE(struct wide, wides);

LINKTABLE_ENTRY(bytes, 1, b1) = 'a';
LINKTABLE_ENTRY(bytes, 2, b2) = 'b';
LINKTABLE_ENTRY(bytes, 3, b3) = 'c';
LINKTABLE_ENTRY(wides, 7, w7) = { "seven", 7 };
LINKTABLE_ENTRY(wides, 3, w3) = { "three", 3 };

int main(void)
{
	const struct wide *w;
	const char *c;

	LINKTABLE_FOREACH(c, bytes)
		printf("%c ", *c);
	LINKTABLE_FOREACH(w, wides)
		printf("%s ", w->name);
	printf("count %zu %zu protect %u\n", LINKTABLE_COUNT(bytes), LINKTABLE_COUNT(wides),
	       LINKTABLE_PROTECT_STATE(wides));
	return 0;
}
