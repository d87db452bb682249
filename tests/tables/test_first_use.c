/* SPDX-License-Identifier: MIT */
/*
 * tests/tables/test_first_use.c - the first walk of a table fills its
 * cache (see struct linktable__cache): it must be right whoever walks
 * first - a constructor of another file, before any constructor of this
 * one; or several threads at once, each of which may do the filling.
 */
#include <pthread.h>

#include "../tap.h"
#include "first_use.h"

LINKTABLE_DEFINE(struct fu_entry, fu_ctor);
LINKTABLE_DEFINE(struct fu_entry, fu_race);
LINKTABLE_ENTRY(fu_ctor, 7, fu_ctor_7) = { 71 };
LINKTABLE_ENTRY(fu_ctor, 99, fu_ctor_99) = { 991 };
LINKTABLE_ENTRY(fu_race, 7, fu_race_7) = { 71 };
LINKTABLE_ENTRY(fu_race, 50, fu_race_50) = { 501 };
LINKTABLE_ENTRY(fu_race, 99, fu_race_99) = { 991 };

#define THREADS 8
#define ROUNDS 200

/* More tables for racing first uses: all threads meet at a barrier before
 * each, so that their first walks overlap. */
#define FU_TABLES(X) X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) X(11) X(12) X(13) X(14) X(15)
#define FU_DEFINE(k) \
	LINKTABLE_DEFINE(struct fu_entry, fu_many_##k); \
	LINKTABLE_ENTRY(fu_many_##k, 3, fu_many_##k##_3) = { k }; \
	LINKTABLE_ENTRY(fu_many_##k, 80, fu_many_##k##_80) = { 100 + k };
FU_TABLES(FU_DEFINE)

static const int want_ctor[] = { 1, 71, 991 };
static const int want_race[] = { 1, 71, 501, 991 };

static pthread_barrier_t start;

/* Walks fu_race forward and backward, counts it; 0 when all is as it must be. */
static void *race(void *arg)
{
	long bad = 0;
	int round;

	(void)arg;
#define FU_WALK(k) \
	do { \
		const struct fu_entry *e; \
		int n = 0; \
		pthread_barrier_wait(&start); \
		LINKTABLE_FOREACH(e, fu_many_##k) \
			bad += e->id != (n++ ? 100 + k : k); \
		bad += n != 2 || LINKTABLE_COUNT(fu_many_##k) != 2; \
	} while (0);
	FU_TABLES(FU_WALK)
	pthread_barrier_wait(&start);
	for (round = 0; round < ROUNDS; round++) {
		const struct fu_entry *e;
		int n = 0, r = 4;

		LINKTABLE_FOREACH(e, fu_race)
			bad += n >= 4 || e->id != want_race[n++];
		LINKTABLE_FOREACH_REVERSE(e, fu_race)
			bad += r <= 0 || e->id != want_race[--r];
		bad += n != 4 || r != 0 || LINKTABLE_COUNT(fu_race) != 4 || LINKTABLE_EMPTY(fu_race);
	}
	return (void *)(__INTPTR_TYPE__)bad; /* through intptr_t: long is 32 bits on Windows */
}

int main(void)
{
	pthread_t t[THREADS];
	long bad = 0;
	int i, same;

	same = fu_ctor_seen.n == 3;
	for (i = 0; same && i < 3; i++)
		same = fu_ctor_seen.ids[i] == want_ctor[i];
	ok(same, "a walk from another file's constructor sees every entry in order (%d seen)", fu_ctor_seen.n);
	is_int((int)fu_ctor_seen.count, 3, "LINKTABLE_COUNT in that constructor");
	is_int(fu_ctor_seen.empty, 0, "LINKTABLE_EMPTY in that constructor");

	pthread_barrier_init(&start, NULL, THREADS);
	for (i = 0; i < THREADS; i++)
		pthread_create(&t[i], NULL, race, NULL);
	for (i = 0; i < THREADS; i++) {
		void *r;

		pthread_join(t[i], &r);
		bad += (long)(__INTPTR_TYPE__)r;
	}
	pthread_barrier_destroy(&start);
	ok(bad == 0, "%d threads walking 17 tables for the first time at once (%ld wrong walks)", THREADS, bad);
	return tap_done();
}
