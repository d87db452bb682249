/* SPDX-License-Identifier: MIT */
/*
 * linktable/boot_core.h - for a freestanding boot (a kernel, firmware):
 * the common path in storage the caller provides, no libc, no allocator;
 * output, time and locking through the program's hooks (struct
 * linktable_env).  Link liblinktable-core.a.
 *
 *	static _Alignas(16) unsigned char storage[LINKTABLE_BOOT_BYTES(64, 128, 3)];
 *	static struct linktable_boot boot;
 *	struct linktable_boot_config cfg = { .env = &my_env, .decided = &decision };
 *
 *	int err = linktable_boot_run_in(&boot, storage, sizeof(storage),
 *					&linktable_bounds_init_steps, &cfg);  // begin, every phase, finish
 *
 * or phase by phase, from the kernel's own entry points:
 *
 *	linktable_boot_begin_in(&boot, storage, sizeof(storage), &linktable_bounds_init_steps, &cfg);
 *	linktable_boot_run_phase(&boot, LINKTABLE_PHASE_EARLY);      // in start_kernel()
 *	linktable_boot_run_phase(&boot, LINKTABLE_PHASE_SETUP_ARCH);
 *	linktable_boot_run_phase(&boot, LINKTABLE_PHASE_LATE);       // in rest_init()
 *	linktable_boot_finish_in(&boot, &summary);
 *
 * The _in functions are the hosted runner's (<linktable/boot.h>) in the
 * caller's storage: begin, run, finish.  Storage: LINKTABLE_BOOT_BYTES() as
 * a constant, linktable_boot_table_bytes() exactly.  The declarations are in
 * <linktable/init.h>.
 */
#ifndef LINKTABLE_BOOT_CORE_H
#define LINKTABLE_BOOT_CORE_H

#include <linktable/init.h>

#endif /* LINKTABLE_BOOT_CORE_H */
