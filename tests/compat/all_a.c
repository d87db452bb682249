/* SPDX-License-Identifier: MIT */
/* tests/compat/all_a.c - the "a" files of every header in one translation
 * unit, for the toolchain matrix (fewer objects per configuration; the
 * headers must also live together in one file). */
#include "ipxe_a.c"
#include "zephyr_a.c"
#include "uboot_a.c"
#include "uboot_c.c"
#include "freebsd_a.c"
#include "linux_a.c"
#include "ipxe_c.c"
#include "zephyr_c.c"
#include "uboot_e.c"
#include "freebsd_c.c"
#include "linux_c.c"
#include "ipxe_e.c"
#include "zephyr_e.c"
/* (with zephyr_e.c: in the matrix's mixed configuration all_b.c is PIC,
 * and const elements of one section compiled both ways are two arrays on
 * mold - docs/adopting.md) */
#include "zephyr_f.c"
#include "uboot_g.c"
#include "freebsd_e.c"
#include "linux_d.c"
#include "ipxe_g.c"
#include "uboot_i.c"
