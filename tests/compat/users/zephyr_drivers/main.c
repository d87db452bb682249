/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/zephyr_drivers/main.c - the application: counts,
 * walks, indexes and looks up the sections as Zephyr code does
 * (STRUCT_SECTION_COUNT into an int and a size_t, STRUCT_SECTION_GET up to
 * the count, the START..END array, a device_get_binding()-like lookup that
 * breaks out of the walk, nested walks, an empty section).
 */
#include <string.h>
#include "drivers.h"
#include "../tap.h"

extern const struct sensor_dev __sensor_adc, __sensor_temp, __sensor_adc10;
extern const struct sensor_dev __sensor_multi[3];

/* Zephyr's order: the sections "._sensor_dev.static.__sensor_<name>_"
 * sorted by name, so "adc10_" < "adc1_" < "adc2_" < "adc_" < "adc_x_". */
static const char *const sensor_order[] = {
	"adc10", "adc1", "adc2", "adc", "adc_x", "adcb", "multi0", "multi1", "multi2", "temp",
};

static const struct sensor_dev *sensor_get_binding(const char *name)
{
	const struct sensor_dev *found = NULL;

	STRUCT_SECTION_FOREACH(sensor_dev, dev) {
		if (strcmp(dev->name, name) == 0) {
			found = dev;
			break;
		}
	}
	return found;
}

static void test_sensors(void)
{
	int count = -1;
	size_t zcount = 0;
	int i, in_order = 1, get_ok = 1, fetch_ok = 1;
	const struct sensor_dev *dev;

	STRUCT_SECTION_COUNT(sensor_dev, &count);
	STRUCT_SECTION_COUNT(sensor_dev, &zcount);
	ok(count == 10, "STRUCT_SECTION_COUNT into an int: 7 instances and an array of 3");
	ok(zcount == 10, "STRUCT_SECTION_COUNT into a size_t");

	i = 0;
	STRUCT_SECTION_FOREACH(sensor_dev, d) {
		if (i >= (int)ARRAY_SIZE(sensor_order) || strcmp(d->name, sensor_order[i]) != 0)
			in_order = 0;
		if (d->api->sample_fetch(d->chan) != (d->api == &adc_api ? 100 : 200) + d->chan)
			fetch_ok = 0;
		i++;
	}
	ok(in_order && i == 10, "STRUCT_SECTION_FOREACH: by name with Zephyr's trailing '_' (adc10 adc1 adc2 adc adc_x adcb multi temp)");
	ok(fetch_ok, "each instance's API called through its const pointer");

	for (i = 0; i < count; i++) {
		STRUCT_SECTION_GET(sensor_dev, i, &dev);
		if (!dev || strcmp(dev->name, sensor_order[i]) != 0)
			get_ok = 0;
	}
	ok(get_ok, "STRUCT_SECTION_GET(type, i, &ptr) for i up to the count: the walk's order");
	STRUCT_SECTION_GET(sensor_dev, 0, &dev);
	ok(dev == &__sensor_adc10, "STRUCT_SECTION_GET gives the element itself (&__sensor_adc10)");
	STRUCT_SECTION_GET(sensor_dev, 6, &dev);
	ok(dev == &__sensor_multi[0] && dev + 1 == &__sensor_multi[1] && dev + 2 == &__sensor_multi[2],
	   "an _ARRAY's elements come together, in array order");

	ok(sensor_get_binding("temp") == &__sensor_temp && sensor_get_binding("adc") == &__sensor_adc &&
		   sensor_get_binding("multi1") == &__sensor_multi[1] && sensor_get_binding("nope") == NULL,
	   "a lookup by name that breaks out of the walk");

	dev = NULL;
	STRUCT_SECTION_FOREACH(sensor_dev, d) {
		if (d->chan < 10)
			continue;
		dev = d;
		break;
	}
	ok(dev == &__sensor_adc10, "continue and break in STRUCT_SECTION_FOREACH: the first of chan >= 10 by name");

	{
		int pairs = 0, same = 0;

		STRUCT_SECTION_FOREACH(sensor_dev, a) {
			STRUCT_SECTION_FOREACH(sensor_dev, b) {
				if (a == b)
					same++;
				else
					pairs++;
			}
		}
		ok(pairs == 90 && same == 10, "nested walks of one section");
	}
}

STRUCT_SECTION_START_EXTERN(sensor_dev);
STRUCT_SECTION_END_EXTERN(sensor_dev);

static void test_raw_array(void)
{
	int count = 0, i, seen[10] = { 0 }, each_once = 1, sum = 0, isum = 0;
	const struct sensor_dev *p;

	STRUCT_SECTION_COUNT(sensor_dev, &count);
	ok(STRUCT_SECTION_END(sensor_dev) - STRUCT_SECTION_START(sensor_dev) == count,
	   "STRUCT_SECTION_END - STRUCT_SECTION_START == the count");
	for (p = STRUCT_SECTION_START(sensor_dev); p < STRUCT_SECTION_END(sensor_dev); p++) {
		for (i = 0; i < 10; i++)
			if (!strcmp(p->name, sensor_order[i]))
				break;
		if (i == 10 || seen[i]++)
			each_once = 0;
		sum += p->chan;
	}
	for (i = 0; i < count; i++)
		isum += STRUCT_SECTION_START(sensor_dev)[i].chan;
	ok(each_once && sum == 0 + 1 + 7 + 10 + 3 + 11 + 2 + 20 + 21 + 22,
	   "START..END with a pointer: every element once (link order)");
	ok(isum == sum, "START[i] for i up to the count");
	STRUCT_SECTION_FOREACH(sensor_dev, d) {
		if (d < STRUCT_SECTION_START(sensor_dev) || d >= STRUCT_SECTION_END(sensor_dev) ||
		    (size_t)((const char *)d - (const char *)STRUCT_SECTION_START(sensor_dev)) % sizeof(*d))
			each_once = 0;
	}
	ok(each_once, "every element the walk visits lies in START..END, at a multiple of its size");
}

STRUCT_SECTION_START_EXTERN(sensor_trigger_cb);
STRUCT_SECTION_END_EXTERN(sensor_trigger_cb);

static void test_empty(void)
{
	int n = 0, count = -1;

	STRUCT_SECTION_FOREACH(sensor_trigger_cb, cb) {
		n += cb->cb ? 1 : 2;
	}
	STRUCT_SECTION_COUNT(sensor_trigger_cb, &count);
	ok(n == 0 && count == 0, "a section no file adds to: no visit, count 0");
	ok(STRUCT_SECTION_END(sensor_trigger_cb) - STRUCT_SECTION_START(sensor_trigger_cb) == 0,
	   "an empty section's START == END");
}

static void test_subsystems(void)
{
	int count = -1, codes = 0, state = 0;

	ok(shell_execute_cmd("adc x y") == 0 && shell_last_result == 13, "shell: a static const command from another file");
	ok(shell_execute_cmd("temp 9") == 0 && shell_last_result == '9', "shell: a second command");
	ok(shell_execute_cmd("nope") == -2, "shell: an unknown command");

	ok(settings_commit() == 0 && strcmp(commit_log, "nat") == 0,
	   "_NAMED: settings committed by their names (10_net 20_adc 30_temp), not the variables'");

	ok(http_lookup(1, "/adc") == 200 && http_lookup(1, "/adc/raw") == 201 && http_lookup(1, "/") == 204 &&
		   http_lookup(2, "/temp") == 202,
	   "_ALTERNATE: each service's resources in its own section");
	ok(http_lookup(1, "/temp") == 404 && http_lookup(2, "/adc") == 404, "_ALTERNATE: a service sees no other's resources");
	TYPE_SECTION_COUNT(struct http_resource_desc, http_resource_desc_svc1, &count);
	HTTP_SERVICE_RESOURCE_FOREACH(svc1, r) {
		codes = codes * 1000 + r->code;
	}
	ok(count == 3 && codes == 200201204, "_ALTERNATE: counted and walked by name (res_adc res_adc_raw res_root)");

	codes = 0;
	HTTP_SERVICE_RESOURCE_FOREACH(svc2, r) {
		codes = codes * 1000 + r->code;
	}
	ok(codes == 202203 && http_lookup(2, "/zz") == 203,
	   "_NAMED_ALTERNATE: sorted in its section by its name (res_temp res_zz), not its variable's (res_aaa)");

	run_boot_hooks(&state);
	ok(state == 123, "TYPE_SECTION_ITERABLE of a function-pointer typedef, walked by name");
}

int main(void)
{
	test_sensors();
	test_raw_array();
	test_empty();
	test_subsystems();
	return done_testing();
}
