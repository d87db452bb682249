/* SPDX-License-Identifier: MIT */
/* tests/free/annotated.h - the annotated functions and objects the free
 * tests release, and ordinary neighbours that must survive. */
#ifndef LINKTABLE_TESTS_FREE_ANNOTATED_H
#define LINKTABLE_TESTS_FREE_ANNOTATED_H

#include <linktable/free.h>

#define INIT_TABLE_WORDS 65536 /* 256 KiB: enough to see RSS drop */

int init_sum(int n);
extern int init_table[INIT_TABLE_WORDS];
int xen_only(int x);
extern int xen_table[1024];
int pc_only(int x);
extern int pc_table[1024];

int neighbor_text(int x);
extern int neighbor_data[4];

/* Touches every page of the annotated memory, so it is resident. */
long touch_annotated(void);

#endif
