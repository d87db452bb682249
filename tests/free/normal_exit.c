/* SPDX-License-Identifier: MIT */
/*
 * tests/free/normal_exit.c - release init memory, then leave main()
 * normally, always built with AddressSanitizer (and so LeakSanitizer):
 * its leak check at exit reads every writable segment, released init data
 * included, and must not fault there.  Also releases the other subarchs'
 * memory, and keeps a pointer to a heap block in released data (LSan must
 * still scan the rest of the program and report no leak).
 */
#include <stdio.h>
#include <stdlib.h>

#include <linktable/free.h>
#include <linktable/subarch.h>

#include "annotated.h"

static void *kept; /* reachable: not a leak */

int main(void)
{
	struct linktable_free_report rep;
	int rc;

	kept = malloc(64);
	touch_annotated();
	rc = linktable_free_init(LINKTABLE_FREE_SET, linktable_posix_env(), &rep);
	printf("%sok 1 - linktable_free_init() releases %zu bytes (%s)\n", rc == 0 && rep.released ? "" : "not ",
	       (size_t)rep.released, rep.error ? rep.error : "ok");
	rc = linktable_free_other_subarchs(LINKTABLE_FREE_SET, LINKTABLE_SUBARCH_PC, linktable_posix_env(), &rep);
	printf("%sok 2 - linktable_free_other_subarchs(pc) releases %zu bytes\n", rc == 0 && rep.released ? "" : "not ",
	       (size_t)rep.released);
	printf("1..2\n");
	fflush(stdout);
	/* returning runs the leak check: a fault there makes the exit status
	 * non-zero, which fails this test */
	return kept ? 0 : 1;
}
