/* SPDX-License-Identifier: MIT */
/* Prints its greeters in level order, then a name from liblinktable. */
#include <stdio.h>

#include <linktable/subarch.h>

#include "greeters.h"

LINKTABLE_DEFINE(struct greeter, greeters);
LINKTABLE_ENTRY(greeters, 1, hello) = { "hello" };

int main(void)
{
	const struct greeter *g;

	LINKTABLE_FOREACH(g, greeters)
		printf("%s ", g->word);
#ifdef CONSUMER_CORE_ONLY /* the headers alone, no library */
	printf("%zu\n", LINKTABLE_COUNT(greeters));
#else
	printf("%zu %s\n", LINKTABLE_COUNT(greeters), linktable_subarch_name(LINKTABLE_SUBARCH_XEN));
#endif
	return 0;
}
