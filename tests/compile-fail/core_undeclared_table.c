/* expect: linktable_type_never_declared. (undeclared|unknown type name)|(undeclared identifier|unknown type name) .linktable_type_never_declared */
/* SPDX-License-Identifier: MIT */
/* An entry for a table no LINKTABLE_DECLARE() has named. */
#include <linktable/linktable.h>

LINKTABLE_ENTRY(never_declared, 1, orphan) = 1;
