/* SPDX-License-Identifier: MIT */
/* tests/compat/constmix: const and writable entries in one array table
 * (tests/compat/constmix.sh). */
#ifndef CONSTMIX_H
#define CONSTMIX_H
#include <linktable/compat/ipxe.h>

/* With a pointer: in PIC a const one is writable ("aw"), else read-only. */
struct setting {
	int order;
	const char *name;
};
/* Without: a const one is read-only everywhere. */
struct num {
	int order;
};
#define SETTINGS __table(struct setting, "settings")
LINKTABLE_IPXE_DECLARE(SETTINGS);
#define NUMS __table(struct num, "nums")
LINKTABLE_IPXE_DECLARE(NUMS);
/* As iPXE writes it for its settings. */
#define __setting(order, name) __table_entry(SETTINGS, order)

/* An identifier-named array table. */
struct arr {
	int order;
	short pad;
};
LINKTABLE_ARRAY_DECLARE(struct arr, arrs);

/* gcc's LTO sees every file at once, and there const and writable entries
 * of one level do not link ("section type conflict", as in one file):
 * CONSTMIX_LEVELS_APART makes each level all const or all writable. */
#ifdef CONSTMIX_LEVELS_APART
#define CONSTMIX_SAME_LEVEL_CONST const
#else
#define CONSTMIX_SAME_LEVEL_CONST
#endif

/* A writable entry of a.c, written through the table by m.c. */
extern struct setting s_a2;

/* An extern declaration carrying the attribute, defined in b.c. */
extern const struct setting hostname_setting __setting(01, hostname);
#endif
