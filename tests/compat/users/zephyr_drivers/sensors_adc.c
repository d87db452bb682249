/* SPDX-License-Identifier: MIT */
/* tests/compat/users/zephyr_drivers/sensors_adc.c - one driver file: its
 * API and three instances (names that are prefixes of each other and carry
 * digits, sorted as Zephyr's linker script sorts their sections). */
#include "drivers.h"

static int adc_fetch(int chan)
{
	return 100 + chan;
}
const struct sensor_driver_api adc_api = { .sample_fetch = adc_fetch };

SENSOR_DEVICE_DEFINE(adc1, &adc_api, 1);
SENSOR_DEVICE_DEFINE(adc, &adc_api, 0);
SENSOR_DEVICE_DEFINE(adc_x, &adc_api, 7);

static int cmd_adc(int argc, char **argv)
{
	(void)argv;
	return 10 + argc;
}
SHELL_CMD_REGISTER(adc, cmd_adc);

static int commit_adc(void)
{
	size_t n = 0;

	while (commit_log[n])
		n++;
	commit_log[n] = 'a';
	return 0;
}
SETTINGS_STATIC_HANDLER_DEFINE_PRIO(adc_settings, 20_adc, commit_adc);

HTTP_RESOURCE_DEFINE(res_adc_raw, svc1, "/adc/raw", 201);
HTTP_RESOURCE_DEFINE(res_adc, svc1, "/adc", 200);

static void hook_adc(int *state)
{
	*state = *state * 10 + 2;
}
BOOT_HOOK_DEFINE(b20, hook_adc);
