/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/freebsd_sets/kern.h - linker sets as FreeBSD code
 * uses them: sysctl-like nodes added by a wrapper macro (DATA_SET), module
 * metadata (writable, sorted in place by the code that reads it), test
 * functions (TEXT_SET of functions themselves), zeroed counters
 * (BSS_SET), const protocol descriptions, and a set no file adds to.
 */
#ifndef FREEBSD_SETS_KERN_H
#define FREEBSD_SETS_KERN_H
#include <linktable/compat/freebsd.h>

struct kv_oid {
	const char *name;
	int *value;
	const char *descr;
};
SET_DECLARE(kv_set, struct kv_oid);

/* A wrapper as FreeBSD's SYSCTL_INT() is one: an object and its set entry. */
#define KV_INT(name, ptr, descr) \
	static struct kv_oid kv_oid_##name = { #name, (ptr), (descr) }; \
	DATA_SET(kv_set, kv_oid_##name)

struct mod_meta {
	const char *module;
	int version;
	int priority;
};
SET_DECLARE(modmeta_set, struct mod_meta);
#define MODULE_META(mod, ver, prio) \
	static struct mod_meta _mod_meta_##mod = { #mod, (ver), (prio) }; \
	DATA_SET(modmeta_set, _mod_meta_##mod)

typedef int ktest_fn_t(int arg);
SET_DECLARE(ktest_set, ktest_fn_t);

struct kcounter {
	long hits;
	long misses;
};
SET_DECLARE(kcounter_set, struct kcounter);

struct proto_desc {
	const char *name;
	int number;
};
SET_DECLARE(proto_set, struct proto_desc);

/* Declared, used, and never added to. */
struct vfs_ops {
	const char *name;
	int (*mount)(const char *path);
};
SET_DECLARE(vfs_set, struct vfs_ops);

int kv_get(const char *name, int *value);
void count_hit(struct kcounter *c);
extern struct kcounter net_counter, disk_counter;
#endif
