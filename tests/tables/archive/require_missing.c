/* SPDX-License-Identifier: MIT */
/* Requires an object that nothing provides: the link must fail. */
#include <linktable/linktable.h>

LINKTABLE_REQUIRE_OBJECT(nobody_provides_this);
