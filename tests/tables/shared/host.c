/* SPDX-License-Identifier: MIT */
/*
 * host PLUGIN.so - prints the feats each image sees, one line each:
 *	exe: <ids>        the executable's own table
 *	lib: <ids>        the linked shared library's table
 *	plugin: <ids>     the plugin's table, through LINKTABLE_EXPORT + dlsym
 *	exe-after: <ids>  the executable's table once the plugin is loaded
 * Errors (usage, dlopen, no export) go to stderr with exit status 1.
 */
#include <dlfcn.h>
#include <stdio.h>

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
	dlclose(plugin);
	return 0;
}
