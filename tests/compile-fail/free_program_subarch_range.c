/* expect: must be a program-defined subarch, 5..31 */
/* SPDX-License-Identifier: MIT */
/* Ranges of one's own are for program-defined subarchs (5..31): value 3
 * is intel_mid's. */
#include <linktable/free.h>

#define LINKTABLE_SUBARCH_MYBOARD 3
LINKTABLE_ONLY_RANGES_DECLARE(MYBOARD);
