/* SPDX-License-Identifier: MIT */
/*
 * The demo's init table: defined once in the image, filled by every file
 * that declares a step.
 */
#include "demo.h"

LINKTABLE_INIT_TABLE_DEFINE();
