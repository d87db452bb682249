/* SPDX-License-Identifier: MIT */
/* tests/tables/shared: one table that an executable, a shared library and a
 * plugin each define and fill. */
#ifndef LINKTABLE_TESTS_SHARED_FEATS_H
#define LINKTABLE_TESTS_SHARED_FEATS_H

#include <linktable/linktable.h>

struct feat {
	int id;
};
LINKTABLE_DECLARE(struct feat, feats);

/* lib.c: the ids the shared library's own table holds, as "id id ...". */
const char *lib_feat_ids(void);
/* lib.c: the first entry of the shared library's table. */
const struct feat *lib_first_feat(void);

#endif
