/* SPDX-License-Identifier: MIT */
/* tests/tables/archive: a table that an archive member adds to. */
#ifndef LINKTABLE_TESTS_ARCHIVE_FEATURES_H
#define LINKTABLE_TESTS_ARCHIVE_FEATURES_H

#include <linktable/linktable.h>

struct feature {
	const char *name;
};
LINKTABLE_DECLARE(struct feature, features);

#endif
