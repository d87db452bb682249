/* SPDX-License-Identifier: MIT */
/*
 * tests/freestanding/attr_macros.h - forced in front of every public header
 * (-include) to prove that the headers spell attributes only as __name__:
 * a kernel defines the plain names as macros (Linux: "#define noinline
 * __attribute__((__noinline__))", and a project may define "used", "cold",
 * "section", ...), which would break __attribute__((noinline)).  Each plain
 * name here expands to something no attribute list accepts.
 */
#define noinline __attribute__((__noinline__))
#define used linktable_test_macro_used +
#define unused linktable_test_macro_unused +
#define cold linktable_test_macro_cold +
#define section linktable_test_macro_section +
#define aligned linktable_test_macro_aligned +
#define weak linktable_test_macro_weak +
#define visibility linktable_test_macro_visibility +
#define constructor linktable_test_macro_constructor +
#define retain linktable_test_macro_retain +
#define format linktable_test_macro_format +
#define printf linktable_test_macro_printf +
#define no_sanitize linktable_test_macro_no_sanitize +
