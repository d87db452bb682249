/* SPDX-License-Identifier: MIT */
/* Entries of rel_calls from the first file (see rel_test.h). */
#include "rel_test.h"

REL_CALL(99, 991);
REL_CALL(5, 51);
REL_CALL(0, 1);
