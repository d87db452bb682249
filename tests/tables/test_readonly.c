/* SPDX-License-Identifier: MIT */
/*
 * tests/tables/test_readonly.c - entries are read-only once the program
 * runs.  Built by module.mk with -fno-pie -no-pie, where every entry is in a
 * read-only section; as a PIE (the default here), where position-
 * independent code puts every entry, with or without pointers, in the
 * writable "_rw" part of its level (the loader relocates it) and the
 * defining file's constructor protects those pages after relocation; and as a
 * PIE with -DLINKTABLE_NO_PROTECT, the control: writable.  The entries of a
 * relative table need no relocation and are read-only in all.  Each write
 * is tried in a forked child.  A configuration that cannot protect (a page
 * size above the guards' alignment) must say so in the protection state, and its
 * writes must then indeed succeed.
 */
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../tap.h"
#include "write_faults.h"
#include <linktable/linktable.h>

struct plain_entry {
	int a, b;
};
struct pointer_entry {
	const char *s;
};
LINKTABLE_DEFINE(struct plain_entry, ro_plain);
LINKTABLE_DEFINE(struct pointer_entry, ro_pointer);
LINKTABLE_ENTRY(ro_plain, 3, plain_one) = { 1, 2 };
LINKTABLE_ENTRY(ro_pointer, 3, pointer_one) = { "text" };

typedef int (*rel_fn)(void);
LINKTABLE_REL_DEFINE(rel_fn, ro_rel);
int rel_one(void);
int rel_one(void)
{
	return 42;
}
LINKTABLE_REL_ENTRY(ro_rel, 3, rel_one);

static int writable_control = 1;

/* A walk from a constructor that runs before the write protection one (priority
 * 101 runs before the default): it must see every entry, and the state
 * then is LINKTABLE_PROTECT_NONE. */
static int early_count = -1;
static unsigned int early_state = 99;
__attribute__((constructor(101))) static void early_walk(void)
{
	const struct pointer_entry *q;

	early_state = LINKTABLE_PROTECT_STATE(ro_pointer);
	early_count = 0;
	LINKTABLE_FOREACH(q, ro_pointer)
		early_count += q->s[0] == 't';
}

/* is_int() with a formatted description. */
__attribute__((format(printf, 3, 4))) static void is_intf(long got, long want, const char *fmt, ...)
{
	char what[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	is_int(got, want, what);
}

int main(void)
{
	const struct plain_entry *p;
	const struct pointer_entry *q;
	const struct linktable_bounds *rel = &linktable_bounds_ro_rel;
	const char *rel_entry;
	rel_fn f = NULL;
#if defined(__PIE__) && defined(LINKTABLE_NO_PROTECT)
	const char *image = "PIE, LINKTABLE_NO_PROTECT";
#elif defined(__PIE__)
	const char *image = "PIE";
#else
	const char *image = "non-PIE";
#endif
	unsigned int state = LINKTABLE_PROTECT_STATE(ro_pointer);
	long page = sysconf(_SC_PAGESIZE);

	LINKTABLE_FOREACH(p, ro_plain)
		break;
	LINKTABLE_FOREACH(q, ro_pointer)
		break;
	LINKTABLE_REL_FOREACH(f, ro_rel)
		break;
	__asm__("" : "+r"(rel));
	rel_entry = linktable_level_begin(&rel->level[2 * 3]);
	ok(p && p->b == 2 && q && q->s[0] == 't', "%s: the entries are there", image);
	ok(f && f() == 42 && rel_entry, "%s: the relative entry is there and leads to its function", image);
	is_int(write_faults(rel_entry), 1, "a write to a relative entry faults (no relocation: read-only in any image)");
	is_int(write_faults(&writable_control), 0, "control: a write to a writable global does not fault");
	is_intf(early_count, 1, "%s: a walk from a constructor before the write protection one sees the entry", image);
	is_intf((int)early_state, LINKTABLE_PROTECT_NONE, "%s: ... and runs before the protection", image);
	is_intf((int)LINKTABLE_PROTECT_STATE(ro_plain), (int)state, "%s: both tables end in the same protection state", image);
#if defined(__PIE__) && !defined(LINKTABLE_NO_PROTECT)
	if (page > LTX_PROTECT_ALIGN) {
		/* the one configuration that cannot protect, said as such */
		is_intf((int)state, LINKTABLE_PROTECT_PAGE_SIZE, "PIE: NOT PROTECTED here: page size %ld > guard alignment %d", page,
		       LTX_PROTECT_ALIGN);
		is_intf(write_faults(q), 0, "PIE, page size %ld: the entries stay writable, as the state says", page);
	} else {
		is_intf((int)state, LINKTABLE_PROTECT_DONE, "PIE: the tables are protected (page size %ld)", page);
		is_intf(write_faults(p), 1, "PIE: a write to a pointer-free entry faults (protected)");
		is_intf(write_faults(q), 1, "PIE: a write to a pointer entry faults (protected)");
	}
	is_intf(write_faults(&early_count), 0, "PIE: other data (the early walk's counter) stays writable");
#elif defined(__PIE__)
	is_intf((int)state, LINKTABLE_PROTECT_NONE, "control (LINKTABLE_NO_PROTECT): not protected");
	is_intf(write_faults(p), 0, "control (LINKTABLE_NO_PROTECT): a pointer-free entry is writable (the _rw part)");
	is_intf(write_faults(q), 0, "control (LINKTABLE_NO_PROTECT): a pointer entry is writable (the _rw part)");
	(void)page;
#else
	is_intf((int)state, LINKTABLE_PROTECT_NONE, "non-PIE: nothing to protect");
	is_intf(write_faults(p), 1, "non-PIE: a write to a pointer-free entry faults");
	is_intf(write_faults(q), 1, "non-PIE: a write to a pointer entry faults");
	(void)page;
#endif
	is_int(p->a + p->b, 3, "the children's writes left this process's entries alone");
	return tap_done();
}
