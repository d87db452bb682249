/* SPDX-License-Identifier: MIT */
/*
 * tests/matrix/check.h - the checks of the matrix test program, shared by
 * the hosted driver (main.c) and the freestanding one (freestanding.c).
 */
#ifndef MATRIX_CHECK_H
#define MATRIX_CHECK_H

/*
 * matrix_fail() - report one failed check; supplied by the driver.
 * @table: the table's name.
 * @what:  what is wrong.
 * @got:   the value found.
 * @want:  the value expected.
 */
void matrix_fail(const char *table, const char *what, long got, long want);

/*
 * matrix_check_all() - check every matrix table.
 * @entries: set to the number of entries visited.
 *
 * Return: the number of failed checks.
 */
int matrix_check_all(long *entries);

#ifdef MATRIX_WITH_CXX
/* From entries_cxx.cc: walks @table (0..4 = t1 t3 t40 t64 tptr) from C++. */
long matrix_cxx_walk(int table, const void **first, const void **last);
#endif

#endif
