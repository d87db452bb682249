/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/freebsd_sets/main.c - code that reads the sets as
 * FreeBSD's does: SET_FOREACH with a pointer to the element pointer,
 * SET_ITEM() up to SET_COUNT(), the set sorted in place, the empty set.
 */
#include <stdlib.h>
#include <string.h>
#include "../tap.h"
#include "kern.h"

LINKTABLE_FREEBSD_SET_DEFINE(kv_set, struct kv_oid);
LINKTABLE_FREEBSD_SET_DEFINE(modmeta_set, struct mod_meta);
LINKTABLE_FREEBSD_SET_DEFINE(ktest_set, ktest_fn_t);
LINKTABLE_FREEBSD_SET_DEFINE(kcounter_set, struct kcounter);
LINKTABLE_FREEBSD_SET_DEFINE(proto_set, struct proto_desc);
LINKTABLE_FREEBSD_SET_DEFINE(vfs_set, struct vfs_ops);

/* Declared again where it is read, as FreeBSD files do. */
SET_DECLARE(kv_set, struct kv_oid);

int kv_get(const char *name, int *value)
{
	struct kv_oid **oidp;

	SET_FOREACH(oidp, kv_set) {
		if (strcmp((*oidp)->name, name) == 0) {
			*value = *(*oidp)->value;
			return 0;
		}
	}
	return -1;
}

static int by_priority(const void *a, const void *b)
{
	const struct mod_meta *const *ma = a, *const *mb = b;

	return (*ma)->priority - (*mb)->priority;
}

static int vfs_mount_any(const char *path)
{
	struct vfs_ops **vfsp;

	SET_FOREACH(vfsp, vfs_set) {
		if ((*vfsp)->mount(path) == 0)
			return 0;
	}
	return -1;
}

int main(void)
{
	struct mod_meta **mdp;
	struct proto_desc **pdp;
	struct kcounter **kcp;
	struct vfs_ops **vfsp;
	ktest_fn_t **tfp;
	int i, value = 0, seen = 0, sum = 0, sorted = 1, prev = -1, n;
	char protos[64] = "";

	ok(SET_COUNT(kv_set) == 3 && kv_get("net_maxconn", &value) == 0 && value == 128 &&
		   kv_get("disk_cache", &value) == 0 && value == 64 && kv_get("nonesuch", &value) == -1,
	   "nodes from a wrapper macro in two files, found by name with SET_FOREACH");

	for (i = 0; i < SET_COUNT(proto_set); i++) {
		strcat(protos, SET_ITEM(proto_set, i)->name);
		seen |= 1 << (SET_ITEM(proto_set, i)->number % 31);
	}
	ok(SET_COUNT(proto_set) == 4 && seen == ((1 << 6) | (1 << 17) | (1 << 1) | (1 << (132 % 31))) &&
		   strlen(protos) == 14,
	   "SET_ITEM(set, i) for i up to SET_COUNT(): the four const descriptions (%s)", protos);
	n = 0;
	SET_FOREACH(pdp, proto_set) {
		n += *pdp == SET_ITEM(proto_set, pdp - SET_BEGIN(proto_set));
	}
	ok(n == 4 && SET_LIMIT(proto_set) - SET_BEGIN(proto_set) == SET_COUNT(proto_set),
	   "SET_FOREACH and SET_ITEM agree; SET_LIMIT() - SET_BEGIN() is the count");

	SET_FOREACH(tfp, ktest_set)
		sum += (*tfp)(3);
	ok(SET_COUNT(ktest_set) == 3 && sum == 6 - 3 + 9, "a set of functions added with TEXT_SET(), called through it");

	SET_FOREACH(kcp, kcounter_set) {
		sorted &= (*kcp)->hits == 0 && (*kcp)->misses == 0;
		count_hit(*kcp);
	}
	ok(sorted && SET_COUNT(kcounter_set) == 2 && net_counter.hits == 1 && disk_counter.hits == 1,
	   "BSS_SET() objects start zeroed and are written through the set");

	qsort(SET_BEGIN(modmeta_set), (size_t)SET_COUNT(modmeta_set), sizeof(*SET_BEGIN(modmeta_set)), by_priority);
	sorted = 1;
	SET_FOREACH(mdp, modmeta_set) {
		sorted &= (*mdp)->priority > prev;
		prev = (*mdp)->priority;
	}
	ok(sorted && SET_COUNT(modmeta_set) == 3 && strcmp(SET_ITEM(modmeta_set, 0)->module, "if_re") == 0 &&
		   strcmp(SET_ITEM(modmeta_set, 2)->module, "ahci") == 0,
	   "a set sorted in place (its pointers are writable), then walked in that order");

	n = 0;
	SET_FOREACH(vfsp, vfs_set)
		n++;
	ok(n == 0 && SET_COUNT(vfs_set) == 0 && SET_BEGIN(vfs_set) == SET_LIMIT(vfs_set) && SET_BEGIN(vfs_set) != NULL &&
		   vfs_mount_any("/") == -1,
	   "a set declared and never added to is empty");
	return done_testing();
}

void count_hit(struct kcounter *c)
{
	c->hits++;
}
