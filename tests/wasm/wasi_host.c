/* SPDX-License-Identifier: MIT */
/*
 * tests/wasm/wasi_host.c - the same test as a hosted WASI program (libc:
 * Debian's wasi-libc): main.c's imports tap() and note() are defined here
 * with stdio, so wasm-ld links them instead of importing them, and main()
 * runs the walks.  run-wasi.mjs runs the module under node's WASI.
 */
#include <stdio.h>

void tap(int ok, const char *what);
void note(int value);
int run(void);

void tap(int ok, const char *what)
{
	printf("%s - %s\n", ok ? "ok" : "not ok", what);
}

void note(int value)
{
	printf("# note %d\n", value);
}

int main(void)
{
	return run();
}
