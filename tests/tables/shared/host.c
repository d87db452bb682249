/* SPDX-License-Identifier: MIT */
/*
 * host PLUGIN.so - prints the feats each image sees, one line each:
 *	exe: <ids>        the executable's own table
 *	lib: <ids>        the linked shared library's table
 *	plugin: <ids>     the plugin's table, through LINKTABLE_EXPORT + dlsym
 *	exe-after: <ids>  the executable's table once the plugin is loaded
 *	faults: exe=F lib=F plugin=F  whether a write to each image's first
 *	                  entry faults (1) or not (0), tried in a child: the
 *	                  write protection constructors ran at start-up and at dlopen()
 * Errors (usage, dlopen, no export) go to stderr with exit status 1.
 */
#include <dlfcn.h>
#include <stdio.h>

#include "../write_faults.h"
#include "feats.h"

LINKTABLE_DEFINE(struct feat, feats);
LINKTABLE_ENTRY(feats, 5, exe_a) = { 5 };
LINKTABLE_ENTRY(feats, 0, exe_b) = { 1 };

static void print_exe(const char *what)
{
	const struct feat *f;

	printf("%s:", what);
	LINKTABLE_FOREACH(f, feats)
		printf(" %d", f->id);
	putchar('\n');
}

static const struct feat *first(const struct linktable_bounds *b)
{
	const struct feat *f;

	LINKTABLE_FOREACH_IN(f, feats, b)
		break;
	return f;
}

int main(int argc, char **argv)
{
	const struct linktable_bounds *(*export_fn)(void);
	const struct feat *f;
	void *plugin;

	if (argc != 2) {
		fprintf(stderr, "usage: %s PLUGIN.so\n", argv[0]);
		return 1;
	}
	print_exe("exe");
	printf("lib: %s\n", lib_feat_ids());
	plugin = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
	if (!plugin) {
		fprintf(stderr, "host: cannot load plugin: %s\n", dlerror());
		return 1;
	}
	*(void **)&export_fn = dlsym(plugin, "linktable_export_feats");
	if (!export_fn) {
		fprintf(stderr, "host: %s does not export its feats table (no LINKTABLE_EXPORT(feats))\n", argv[1]);
		dlclose(plugin);
		return 1;
	}
	printf("plugin:");
	LINKTABLE_FOREACH_IN(f, feats, export_fn())
		printf(" %d", f->id);
	putchar('\n');
	print_exe("exe-after");
	printf("faults: exe=%d lib=%d plugin=%d\n", write_faults(first(&linktable_bounds_feats)),
	       write_faults(lib_first_feat()), write_faults(first(export_fn())));
	dlclose(plugin);
	return 0;
}
