/* SPDX-License-Identifier: MIT */
/* tests/compat/users/zephyr_kobj/app_a.c - one application file's objects. */
#include "kobj.h"

K_LOCK_DEFINE(lock);
K_LOCK_DEFINE(lock12);
K_LOCK_DEFINE(Lock);
K_COUNTER_DEFINE(cnt_rx);
K_COUNTER_DEFINE(cnt_err);
K_FLAG_DEFINE(flag_b, 'b', '1');
K_FLAG_DEFINE(flag_a, 'a', '1');
STRUCT_SECTION_ITERABLE_ARRAY(k_pool, pools, 4) = { { 0, 1 }, { 0, 2 }, { 0, 3 }, { 0, 4 } };

/* The sections (in Zephyr, RAM lines of a linker snippet). */
ITERABLE_SECTION_RAM(k_lock, 4);
ITERABLE_SECTION_RAM(k_counter, 4);
ITERABLE_SECTION_RAM(k_flag, 1);
ITERABLE_SECTION_RAM(k_pool, 8);
ITERABLE_SECTION_RAM(k_work_q, 4);

int app_a_init(void)
{
	return z_init_static_locks();
}
