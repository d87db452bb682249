/* SPDX-License-Identifier: MIT */
/*
 * tests/tables/first_use.h - the tables of test_first_use.c: each is walked
 * for the first time in a different situation (from another file's
 * constructor, by racing threads).
 */
#ifndef LINKTABLE_TESTS_FIRST_USE_H
#define LINKTABLE_TESTS_FIRST_USE_H

#include <linktable/linktable.h>

struct fu_entry {
	int id; /* level * 10 + n */
};
/* First walked from a constructor in first_use_ctor.c. */
LINKTABLE_DECLARE(struct fu_entry, fu_ctor);
/* First walked by several threads at once. */
LINKTABLE_DECLARE(struct fu_entry, fu_race);

/* What the constructor saw: ids in walk order, count, COUNT, EMPTY. */
struct fu_seen {
	int ids[16];
	int n;
	long count;
	int empty;
};
extern struct fu_seen fu_ctor_seen;

#endif
