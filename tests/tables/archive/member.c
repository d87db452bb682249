/* SPDX-License-Identifier: MIT */
/* An archive member that only adds a table entry: nothing refers to it,
 * so the linker leaves it out unless something requires it. */
#include "features.h"

LINKTABLE_PROVIDE_OBJECT(archive_member);
LINKTABLE_ENTRY(features, 20, member_feature) = { "member" };
