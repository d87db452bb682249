/* SPDX-License-Identifier: MIT */
/* Pulls the archive member in. */
#include <linktable/linktable.h>

LINKTABLE_REQUIRE_OBJECT(archive_member);
