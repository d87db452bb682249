/* SPDX-License-Identifier: MIT */
/* tests/compat/freebsd.h - the sets of the test, as FreeBSD code declares them. */
#ifndef LINKTABLE_TESTS_COMPAT_FREEBSD_H
#define LINKTABLE_TESTS_COMPAT_FREEBSD_H
#include <linktable/compat/freebsd.h>

struct fdrv {
	const char *name;
	int id;
};
SET_DECLARE(fdrivers, struct fdrv);
SET_DECLARE(fnothing, struct fdrv);

/* Records the SYSINITs' calls. */
void freebsd_note(const void *what);
#endif
