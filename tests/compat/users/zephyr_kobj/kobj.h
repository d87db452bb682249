/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/zephyr_kobj/kobj.h - kernel objects in RAM iterable
 * sections, as Zephyr's kernel declares its static objects: K_*_DEFINE
 * macros on STRUCT_SECTION_ITERABLE() (some with no initializer, some
 * static), objects of 3 bytes (alignment 1) and of 16 (alignment 8), an
 * _ARRAY of pools, a section of objects nobody defines, and an init walk
 * in a static inline function every file may call.
 */
#ifndef ZK_KOBJ_H
#define ZK_KOBJ_H
#include <stddef.h>
#include <linktable/compat/zephyr.h>

struct k_lock {
	const char *name;
	int owner;
	unsigned int lock_count;
};
#define K_LOCK_DEFINE(n) STRUCT_SECTION_ITERABLE(k_lock, n) = { .name = #n, .owner = -1, .lock_count = 0 }
extern struct k_lock lock, lock2, lock_b, Lock;

static inline void k_lock_take(struct k_lock *l, int thread)
{
	l->owner = thread;
	l->lock_count++;
}

/* Zeroed objects: no initializer, as a tentative definition. */
struct k_counter {
	unsigned long hits;
	const char *label;
};
#define K_COUNTER_DEFINE(n) STRUCT_SECTION_ITERABLE(k_counter, n)
extern struct k_counter cnt_rx, cnt_tx, cnt_err;

/* 3 bytes each, alignment 1: the array has no padding to hide in. */
struct k_flag {
	char tag[3];
};
#define K_FLAG_DEFINE(n, a, b) STRUCT_SECTION_ITERABLE(k_flag, n) = { { a, b, 0 } }

/* 16 bytes, alignment 8. */
struct k_pool {
	long long base;
	unsigned short blocks;
};
extern struct k_pool pools[4];

/* A kind of object nobody defines. */
struct k_work_q {
	int prio;
};

/* The kernel's init walk over its static objects (in every file that
 * includes this header). */
static inline int z_init_static_locks(void)
{
	int n = 0;

	STRUCT_SECTION_FOREACH(k_lock, l) {
		l->owner = 0;
		n++;
	}
	return n;
}

struct k_lock *app_b_private_lock(void);
int app_a_init(void);
#endif
