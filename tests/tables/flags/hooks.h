/* SPDX-License-Identifier: MIT */
/* tests/tables/flags: one level whose entries differ in section flags. */
#ifndef LINKTABLE_TESTS_FLAGS_HOOKS_H
#define LINKTABLE_TESTS_FLAGS_HOOKS_H

#include <linktable/linktable.h>

struct hook {
	int id;
	void (*fn)(void);
};
LINKTABLE_DECLARE(struct hook, hooks);

#endif
