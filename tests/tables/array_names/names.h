/* SPDX-License-Identifier: MIT */
/* tests/tables/array_names/names.h - the two tables' declarations. */
#ifndef LINKTABLE_TESTS_ARRAY_NAMES_H
#define LINKTABLE_TESTS_ARRAY_NAMES_H
#include <linktable/linktable.h>

struct uart_drv {
	int id;
};
LINKTABLE_ARRAY_DECLARE(struct uart_drv, uart);
LINKTABLE_ARRAY_DECLARE(struct uart_drv, uart_16550);
#endif
