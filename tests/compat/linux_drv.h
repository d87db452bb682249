/* SPDX-License-Identifier: MIT */
/* tests/compat/linux_drv.h - shared by linux_d.c and linux_e.c: initcalls
 * at every level, recorded by level rank (early 0, pure 1, core 2,
 * core_sync 3, ..., late_sync 16). */
#ifndef LINKTABLE_TESTS_COMPAT_LINUX_DRV_H
#define LINKTABLE_TESTS_COMPAT_LINUX_DRV_H
#include <linktable/compat/linux.h>

void linux_drv_ran(int rank);
extern int linux_drv_exits;
#endif
