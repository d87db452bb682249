/* SPDX-License-Identifier: MIT */
/* tests/compat/linux.h - shared by the initcall test's files. */
#ifndef LINKTABLE_TESTS_COMPAT_LINUX_H
#define LINKTABLE_TESTS_COMPAT_LINUX_H
#include <linktable/compat/linux.h>

/* Records an initcall's run. */
void linux_note(const char *what);
int linux_user_probed(void);
#endif
