/* SPDX-License-Identifier: MIT */
/* tests/compat/users/zephyr_drivers/sensors_misc.c - a second driver file:
 * more instances of the same sections, an _ARRAY of instances sorted as
 * one, and the sections' definitions (what Zephyr's linker snippets do). */
#include "drivers.h"

static int temp_fetch(int chan)
{
	return 200 + chan;
}
const struct sensor_driver_api temp_api = { .sample_fetch = temp_fetch };

SENSOR_DEVICE_DEFINE(adc10, &adc_api, 10);
SENSOR_DEVICE_DEFINE(temp, &temp_api, 3);
SENSOR_DEVICE_DEFINE(adcb, &adc_api, 11);
SENSOR_DEVICE_DEFINE(adc2, &adc_api, 2);
/* three instances sorted as one, by "__sensor_multi" */
const STRUCT_SECTION_ITERABLE_ARRAY(sensor_dev, __sensor_multi, 3) = {
	{ .name = "multi0", .api = &temp_api, .chan = 20 },
	{ .name = "multi1", .api = &temp_api, .chan = 21 },
	{ .name = "multi2", .api = &temp_api, .chan = 22 },
};

/* The iterable sections (a linker snippet's ITERABLE_SECTION_ROM() lines). */
ITERABLE_SECTION_ROM(sensor_dev, 4);
ITERABLE_SECTION_ROM(shell_cmd_entry, 4);
ITERABLE_SECTION_ROM(settings_handler_static, 4);
ITERABLE_SECTION_ROM(sensor_trigger_cb, 4);
LINKTABLE_ZEPHYR_DEFINE(struct http_resource_desc, http_resource_desc_svc1);
LINKTABLE_ZEPHYR_DEFINE(struct http_resource_desc, http_resource_desc_svc2);
LINKTABLE_ZEPHYR_DEFINE(boot_hook_t, boot_hooks);

static int cmd_temp(int argc, char **argv)
{
	(void)argc;
	return argv[1] ? argv[1][0] : -1;
}
SHELL_CMD_REGISTER(temp, cmd_temp);

static int commit_temp(void)
{
	size_t n = 0;

	while (commit_log[n])
		n++;
	commit_log[n] = 't';
	return 0;
}
static int commit_net(void)
{
	size_t n = 0;

	while (commit_log[n])
		n++;
	commit_log[n] = 'n';
	return 0;
}
SETTINGS_STATIC_HANDLER_DEFINE_PRIO(temp_settings, 30_temp, commit_temp);
SETTINGS_STATIC_HANDLER_DEFINE_PRIO(net_settings, 10_net, commit_net);

HTTP_RESOURCE_DEFINE(res_temp, svc2, "/temp", 202);
/* sorted by "res_zz", after res_temp, whatever its variable's name */
const STRUCT_SECTION_ITERABLE_NAMED_ALTERNATE(http_resource_desc, http_resource_desc_svc2, res_zz, res_aaa) = {
	.resource = "/zz",
	.code = 203,
};
HTTP_RESOURCE_DEFINE(res_root, svc1, "/", 204);

static void hook_first(int *state)
{
	*state = *state * 10 + 1;
}
static void hook_last(int *state)
{
	*state = *state * 10 + 3;
}
BOOT_HOOK_DEFINE(c30, hook_last);
BOOT_HOOK_DEFINE(a10, hook_first);
