/* SPDX-License-Identifier: MIT */
/* tests/compat/users/zephyr_kobj/app_b.c - another file's objects,
 * one of them static (reachable only through the section and an accessor). */
#include "kobj.h"

K_LOCK_DEFINE(lock2);
K_LOCK_DEFINE(lock_b);
static K_LOCK_DEFINE(lockA);
K_COUNTER_DEFINE(cnt_tx);
K_FLAG_DEFINE(flag_c, 'c', '1');
STRUCT_SECTION_ITERABLE(k_pool, pool_extra) = { 0, 9 };

struct k_lock *app_b_private_lock(void)
{
	return &lockA;
}
