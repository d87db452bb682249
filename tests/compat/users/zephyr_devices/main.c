/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/zephyr_devices/main.c - the kernel side: initialise
 * the devices by walking their numerically sorted section, run the boot
 * hooks in priority order, count and index both by STRUCT_SECTION_GET, and
 * print the banner strings of a "const char *" section.
 */
#include <stdio.h>
#include <string.h>
#include "device.h"
#include "../tap.h"

ITERABLE_SECTION_ROM_NUMERIC(device, 4);
ITERABLE_SECTION_RAM_NUMERIC(boot_hook, 4);
LINKTABLE_ZEPHYR_DEFINE(const char *, banners);

char zd_log[128];

int zd_trace(const char *what)
{
	size_t n = strlen(zd_log);

	if (n + strlen(what) + 2 < sizeof(zd_log)) {
		if (n)
			zd_log[n++] = ' ';
		strcpy(zd_log + n, what);
	}
	return 0;
}

int main(void)
{
	const struct device *dev;
	struct boot_hook *hook;
	int count = 0, i, good = 1;

	/* Zephyr's script takes the names with a one-character part between
	 * two "_" first ("1_5_", "3_9_"), then the two-character ones, each
	 * group by name: the one-digit priorities come first. */
	STRUCT_SECTION_FOREACH(device, d)
		d->init(d);
	printf("# devices: %s\n", zd_log);
	ok(strcmp(zd_log, "clock gpio0 uart0 i2c0 sensor fs") == 0,
	   "devices in Zephyr's numeric order (one-digit priorities, then two-digit, each by name)");
	STRUCT_SECTION_COUNT(device, &count);
	for (i = 0; i < count; i++) {
		static const char *const order[] = { "clock", "gpio0", "uart0", "i2c0", "sensor", "fs" };

		STRUCT_SECTION_GET(device, i, &dev);
		good &= i < 6 && dev != NULL && strcmp(dev->name, order[i]) == 0;
	}
	STRUCT_SECTION_GET(device, 2, &dev);
	ok(count == 6 && good && dev != NULL && strcmp(dev->name, "uart0") == 0, "COUNT is 6, GET(2) is uart0 (1_40 after 3_9)");

	zd_log[0] = '\0';
	STRUCT_SECTION_FOREACH(boot_hook, h)
		h->fn();
	printf("# hooks: %s\n", zd_log);
	ok(strcmp(zd_log, "zero cpu irq mem late") == 0, "boot hooks by number: hook_0 hook_1 hook_2 hook_10 hook_99");
	STRUCT_SECTION_GET(boot_hook, 3, &hook);
	ok(hook == &boot_hook_hook_mem && hook->prio == 10, "GET(3) is the hook of priority 10");

	zd_log[0] = '\0';
	TYPE_SECTION_FOREACH(const char *, banners, s)
		zd_trace(*s);
	TYPE_SECTION_COUNT(const char *, banners, &count);
	ok(strcmp(zd_log, "hello world !") == 0 && count == 3 && strcmp(banner_b, "world") == 0,
	   "a section of const char * (the type spelled with a '*'), by name");
	return done_testing();
}
