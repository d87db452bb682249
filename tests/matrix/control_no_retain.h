/* SPDX-License-Identifier: MIT */
/*
 * tests/matrix/control_no_retain.h - for a control of the matrix only:
 * linktable.h with entries that lack retain.  Given with -include, the
 * test program linked with --gc-sections -z start-stop-gc must then fail
 * (the linker collects the entries).
 */
#include <linktable/linktable.h>
#undef LTX_ENTRY_ATTRS
#define LTX_ENTRY_ATTRS(sec, type) __attribute__((used, LTX_NO_ASAN section(sec), aligned(__alignof__(type))))
