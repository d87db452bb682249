/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/compat.h - the compat headers' test program: one program,
 * one pair of files per header (entries spread over both, so that order and
 * contiguity are tested across object files).  main.c holds the TAP state;
 * each header's checks report through check().
 */
#ifndef LINKTABLE_TESTS_COMPAT_H
#define LINKTABLE_TESTS_COMPAT_H

#ifdef __cplusplus
extern "C" {
#endif

__attribute__((format(printf, 2, 3))) int check(int cond, const char *fmt, ...);

void test_ipxe(void);
void test_ipxe_user(void);
void test_zephyr_user(void);
void test_uboot_user(void);
void test_freebsd_user(void);
void test_zephyr(void);
void test_uboot(void);
void test_uboot_region(void);
void test_freebsd(void);
void test_linux(void);
void test_ipxe_drv(void);
void test_zephyr_sub(void);
void test_uboot_cmd(void);
void test_freebsd_cons(void);
void test_linux_drv(void);
void test_ipxe_marks(void);
void test_uboot_ptr(void);
void test_zephyr_ptr(void);
#ifdef COMPAT_WITH_CXX
void test_cxx(void);
#endif
#ifdef __cplusplus
}
#endif

#endif
