/* SPDX-License-Identifier: MIT */
/* Prints the features linked in, in order: "count N: name name ...". */
#include <stdio.h>

#include "features.h"

LINKTABLE_DEFINE(struct feature, features);
LINKTABLE_ENTRY(features, 10, main_feature) = { "main" };

int main(void)
{
	const struct feature *f;

	printf("count %zu:", LINKTABLE_COUNT(features));
	LINKTABLE_FOREACH(f, features)
		printf(" %s", f->name);
	putchar('\n');
	return 0;
}
