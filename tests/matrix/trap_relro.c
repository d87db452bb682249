/* SPDX-License-Identifier: MIT */
/*
 * tests/matrix/trap_relro.c - for the controls of tests/matrix/traps.sh:
 * can a table section of pointer entries be made read-only after
 * relocation (RELRO) in a PIE, without a linker script?  Two entries in
 * section trap_tbl (a C identifier, so that __start_/__stop_ exist); with
 * -DTRAP_INIT_ARRAY the section is declared with type SHT_INIT_ARRAY, which
 * some linkers put into RELRO.  The program prints the entries' strings.
 */
#include <stdio.h>

struct e {
	const char *s;
};
extern const char __start_trap_tbl[] __attribute__((weak, visibility("hidden")));
extern const char __stop_trap_tbl[] __attribute__((weak, visibility("hidden")));
#ifdef TRAP_INIT_ARRAY
__asm__(".section trap_tbl,\"aw\",@init_array\n.previous");
#endif
__attribute__((used, section("trap_tbl"))) static struct e e1 = { "one" };
__attribute__((used, section("trap_tbl"))) static struct e e2 = { "two" };

int main(void)
{
	const struct e *p = (const struct e *)(const void *)__start_trap_tbl;
	const struct e *end = (const struct e *)(const void *)__stop_trap_tbl;

	__asm__("" : "+r"(p));
	__asm__("" : "+r"(end));
	for (; p != end; p++)
		printf("%s ", p->s);
	printf("\n");
	return 0;
}
