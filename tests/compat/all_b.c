/* SPDX-License-Identifier: MIT */
/* tests/compat/all_b.c - the "b" files of every header in one translation
 * unit, for the toolchain matrix. */
#include "ipxe_b.c"
#include "zephyr_b.c"
#include "uboot_b.c"
#include "uboot_d.c"
#include "freebsd_b.c"
#include "linux_b.c"
#include "ipxe_d.c"
#include "zephyr_d.c"
#include "uboot_f.c"
#include "freebsd_d.c"
#include "ipxe_f.c"
#include "uboot_h.c"
#include "freebsd_f.c"
#include "linux_e.c"
#include "ipxe_h.c"
#include "zephyr_g.c"
