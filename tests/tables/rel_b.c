/* SPDX-License-Identifier: MIT */
/* Entries of rel_calls from the second file (see rel_test.h). */
#include "rel_test.h"

REL_CALL(5, 52);
REL_CALL(42, 422);
REL_CALL(10, 102);
