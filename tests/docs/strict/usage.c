/* SPDX-License-Identifier: MIT */
/*
 * tests/docs/strict/usage.c - the documented usage, every public macro as
 * README.md and the headers show it (LINKTABLE_EXPORT(t); at file scope
 * included): strict-user.sh compiles it with every warning a strict user
 * turns on.
 */
#include <stdio.h>
#include <linktable/step.h>
#include <linktable/free.h>
#include <linktable/ranges.h>

struct frob { const char *name; int (*run)(int); };
LINKTABLE_DECLARE(struct frob, frobs);
LINKTABLE_DEFINE(struct frob, frobs);
static int r(int a) { return a; }
LINKTABLE_ENTRY(frobs, 10, one) = { "one", r };
LINKTABLE_EXPORT(frobs);

typedef int (*initcall_fn)(void);
LINKTABLE_REL_DECLARE(initcall_fn, initcalls);
LINKTABLE_REL_DEFINE(initcall_fn, initcalls);
int uart_init(void);
int uart_init(void) { return 0; }
LINKTABLE_REL_ENTRY(initcalls, 10, uart_init);

LINKTABLE_INIT_TABLE_DEFINE();
static int say(struct linktable_boot *b, const struct linktable_init_step *s) { (void)b; (void)s; return 0; }
LINKTABLE_INIT_STEP(memory, 0, LINKTABLE_SUBARCHS_ALL, .early_init = say);
LINKTABLE_INIT_STEP(kasan, 10, LINKTABLE_SUBARCHS(PC), .depends = LINKTABLE_INIT_DEPS(memory), .setup_arch = say);
LINKTABLE_INIT_RELEASE_PHASE(2);

int main(void)
{
	const struct frob *f;
	initcall_fn fn;
	int err = 0;
	LINKTABLE_FOREACH(f, frobs) printf("%s\n", f->name);
	LINKTABLE_FOREACH_REVERSE(f, frobs) printf("%s\n", f->name);
	err = LINKTABLE_RUN_ERR(frobs, run, 1);
	LINKTABLE_RUN_ALL(frobs, run, 1);
	LINKTABLE_REL_FOREACH(fn, initcalls) err |= fn();
	printf("%zu %d\n", (size_t)LINKTABLE_COUNT(frobs), (int)LINKTABLE_EMPTY(frobs));
	return err;
}
