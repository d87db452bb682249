/* SPDX-License-Identifier: MIT */
/* The one definition of each test table (see tables_test.h). */
#include "tables_test.h"

LINKTABLE_DEFINE(struct op, ops);
LINKTABLE_DEFINE(struct sz1, t_sz1);
LINKTABLE_DEFINE(struct sz3, t_sz3);
LINKTABLE_DEFINE(struct sz40, t_sz40);
LINKTABLE_DEFINE(struct sz64, t_sz64);
LINKTABLE_DEFINE(struct op, nothing);
