/* SPDX-License-Identifier: MIT */
/*
 * bench/tables/registry.c - the registry of the constructor-based
 * alternative that bench/tables compares linker tables with: each
 * constructor pushes its node onto a list at start-up.
 */
struct reg {
	const char *name;
	void (*fn)(void);
	struct reg *next;
};

struct reg *reg_head;

void reg_add(struct reg *r);
void reg_add(struct reg *r)
{
	r->next = reg_head;
	reg_head = r;
}
