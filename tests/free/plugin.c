/* SPDX-License-Identifier: MIT */
/*
 * tests/free/plugin.c - a shared object with ranges of its own: its init
 * memory is released by itself, page-exact, and its other code still works.
 */
#include <stddef.h>

#include <linktable/free.h>

LINKTABLE_FREE_RANGES_DEFINE();

LINKTABLE_INIT_DATA int plugin_table[8192] = { 3 };

LINKTABLE_INIT_TEXT __attribute__((noinline)) int plugin_setup(void)
{
	int s = 0, i;

	for (i = 0; i < 8192; i += 1024)
		s += plugin_table[i]++;
	return s;
}

__attribute__((noinline)) int plugin_work(int x)
{
	return x + 40;
}

/* 0 when the plugin's init memory was released exactly; else a step number. */
int plugin_run(void)
{
	int (*volatile setup)(void) = plugin_setup;
	struct linktable_free_report rep;
	unsigned int i;

	if (setup() != 3)
		return 1;
	for (i = 0; i < 2; i++) {
		const struct linktable_free_range *r = &LINKTABLE_FREE_SET->ranges[i];
		unsigned long b = (unsigned long)r->range->begin, e = (unsigned long)r->range->end;

		if (b % 4096 || !e || (unsigned long)r->tail != ((e + 4095) & ~4095ul))
			return 2;
	}
	if (linktable_free_init(LINKTABLE_FREE_SET, linktable_posix_env(), &rep) != 0)
		return 3;
	if (rep.count != 2 || rep.released < sizeof(plugin_table) || rep.released % 4096)
		return 4;
	if (!linktable_free_is_released((const void *)plugin_setup) || !linktable_free_is_released(plugin_table))
		return 5;
	if (linktable_free_is_released((const void *)plugin_work) || plugin_work(2) != 42)
		return 6;
	return 0;
}
