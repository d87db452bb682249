/* expect: undeclared|use of undeclared identifier */
/* SPDX-License-Identifier: MIT */
/* MODULE_DEVICE_TABLE() of a table that does not exist: built-in code
 * adds nothing for it, but the name must still be an object. */
#include <linktable/compat/linux.h>

MODULE_DEVICE_TABLE(pci, no_such_ids);
