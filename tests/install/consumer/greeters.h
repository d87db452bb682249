/* SPDX-License-Identifier: MIT */
/* An out-of-tree consumer of an installed linktable (see tests/install). */
#ifndef GREETERS_H
#define GREETERS_H

#include <linktable/linktable.h>

struct greeter {
	const char *word;
};
LINKTABLE_DECLARE(struct greeter, greeters);

#endif
