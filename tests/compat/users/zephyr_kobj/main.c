/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/zephyr_kobj/main.c - the kernel side: initialise the
 * static objects by walking their RAM sections, change them through the
 * walk, through STRUCT_SECTION_GET() and through their variables, and
 * check that every path sees the others' writes; index the sections as
 * arrays up to their counts.
 */
#include <string.h>
#include "kobj.h"
#include "../tap.h"

extern struct k_lock lock12;
/* On s390x the compilers take every extern object to be 2-byte aligned
 * (the ABI's rule) and reach it with larl; these 3-byte objects sit at odd
 * addresses in their array, so code naming them from another file says so
 * (README, Limitations). */
#if defined(__s390x__)
#define FLAG_DECL_ALIGN __attribute__((__aligned__(1)))
#else
#define FLAG_DECL_ALIGN
#endif
extern struct k_flag flag_a FLAG_DECL_ALIGN, flag_b FLAG_DECL_ALIGN, flag_c FLAG_DECL_ALIGN;
extern struct k_pool pool_extra;

static void test_locks(void)
{
	/* by name with Zephyr's '_': "Lock_" "lock12_" "lock2_" "lockA_" "lock_" "lock_b_" */
	static const char *const order[] = { "Lock", "lock12", "lock2", "lockA", "lock", "lock_b" };
	unsigned int count = 0;
	int i = 0, in_order = 1, all_zero = 1, get_ok = 1;
	struct k_lock *l;

	ok(app_a_init() == 6, "the init walk (a static inline function in another file) visits 6 locks");
	STRUCT_SECTION_FOREACH(k_lock, it) {
		if (i >= 6 || strcmp(it->name, order[i++]) != 0)
			in_order = 0;
		if (it->owner != 0)
			all_zero = 0;
	}
	ok(in_order && i == 6, "locks by name: Lock lock12 lock2 lockA lock lock_b");
	ok(all_zero && lock.owner == 0 && Lock.owner == 0 && app_b_private_lock()->owner == 0,
	   "the walk's writes are the variables' values (a static one too)");

	k_lock_take(&lock2, 7);
	k_lock_take(app_b_private_lock(), 8);
	i = 0;
	STRUCT_SECTION_FOREACH(k_lock, it) {
		if (it == &lock2 && it->owner == 7 && it->lock_count == 1)
			i++;
		if (!strcmp(it->name, "lockA") && it->owner == 8 && it->lock_count == 1)
			i++;
	}
	ok(i == 2, "writes through the variables are what the walk sees");

	STRUCT_SECTION_COUNT(k_lock, &count);
	for (unsigned int k = 0; k < count; k++) {
		STRUCT_SECTION_GET(k_lock, k, &l);
		if (!l || strcmp(l->name, order[k]) != 0)
			get_ok = 0;
		else
			l->lock_count += 100;
	}
	ok(count == 6 && get_ok, "STRUCT_SECTION_COUNT into an unsigned int; GET up to it");
	ok(lock.lock_count == 100 && lock2.lock_count == 101 && lock_b.lock_count == 100 &&
		   lock12.lock_count == 100 && app_b_private_lock()->lock_count == 101,
	   "writes through STRUCT_SECTION_GET's pointers reach the variables");
}

static void test_counters(void)
{
	size_t count = 0;
	int zero = 1;
	unsigned long total = 0;

	STRUCT_SECTION_COUNT(k_counter, &count);
	STRUCT_SECTION_FOREACH(k_counter, c) {
		if (c->hits || c->label)
			zero = 0;
	}
	ok(count == 3 && zero, "objects defined with no initializer: 3, zeroed");
	cnt_rx.hits = 5;
	cnt_tx.hits = 7;
	STRUCT_SECTION_FOREACH(k_counter, c) {
		c->hits *= 2;
		total += c->hits;
	}
	ok(total == 24 && cnt_rx.hits == 10 && cnt_tx.hits == 14 && cnt_err.hits == 0,
	   "zeroed objects written by their variables and by the walk");
}

STRUCT_SECTION_START_EXTERN(k_flag);
STRUCT_SECTION_END_EXTERN(k_flag);

static void test_flags(void)
{
	int count = 0, i, a = 0, b = 0, c = 0;
	char walk[8] = { 0 };

	STRUCT_SECTION_COUNT(k_flag, &count);
	ok(count == 3 && STRUCT_SECTION_END(k_flag) - STRUCT_SECTION_START(k_flag) == 3,
	   "3-byte objects: counted 3, END - START == 3");
	for (i = 0; i < count; i++) {
		struct k_flag *f = &STRUCT_SECTION_START(k_flag)[i];

		a += f == &flag_a;
		b += f == &flag_b;
		c += f == &flag_c;
	}
	ok(a == 1 && b == 1 && c == 1, "3-byte objects: START[i] up to the count is each object once");
	i = 0;
	STRUCT_SECTION_FOREACH(k_flag, f) {
		walk[i++] = f->tag[0];
	}
	ok(!strcmp(walk, "abc"), "3-byte objects walked by name");
}

STRUCT_SECTION_START_EXTERN(k_pool);
STRUCT_SECTION_END_EXTERN(k_pool);

static void test_pools(void)
{
	int count = 0, order = 0, i;
	long long base = 0x1000;
	struct k_pool *p;

	STRUCT_SECTION_COUNT(k_pool, &count);
	ok(count == 5, "an _ARRAY of 4 and one more: 5 pools");
	STRUCT_SECTION_FOREACH(k_pool, it) {
		it->base = base;
		base += 0x100;
		order = order * 10 + it->blocks;
	}
	/* "pool_extra_" < "pools_": '_' < 's' */
	ok(order == 91234, "pools by name: pool_extra, then the array in its order");
	ok(pool_extra.base == 0x1000 && pools[0].base == 0x1100 && pools[3].base == 0x1400,
	   "the walk's writes reach the array's elements");
	for (i = 0, p = STRUCT_SECTION_START(k_pool); p < STRUCT_SECTION_END(k_pool); p++, i++)
		p->blocks = (unsigned short)(p->blocks + 10);
	ok(i == 5 && pools[0].blocks == 11 && pools[3].blocks == 14 && pool_extra.blocks == 19,
	   "writes through START..END reach every pool");
}

STRUCT_SECTION_START_EXTERN(k_work_q);
STRUCT_SECTION_END_EXTERN(k_work_q);

static void test_empty(void)
{
	int n = 0;
	unsigned int count = 7;
	struct k_work_q *q;

	STRUCT_SECTION_FOREACH(k_work_q, it) {
		it->prio = 1;
		n++;
	}
	STRUCT_SECTION_COUNT(k_work_q, &count);
	ok(n == 0 && count == 0, "a RAM section nobody adds to: no visit, count 0");
	for (q = STRUCT_SECTION_START(k_work_q); q < STRUCT_SECTION_END(k_work_q); q++)
		n++;
	ok(n == 0, "an empty section's START..END holds nothing");
}

int main(void)
{
	test_locks();
	test_counters();
	test_flags();
	test_pools();
	test_empty();
	return done_testing();
}
