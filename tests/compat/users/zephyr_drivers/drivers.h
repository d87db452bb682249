/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/zephyr_drivers/drivers.h - what a Zephyr subsystem's
 * public header looks like: read-only descriptors defined through the
 * subsystem's own DEFINE macros on STRUCT_SECTION_ITERABLE() (const, static
 * const, a variable name built by token pasting, _NAMED, _ARRAY), a shell
 * command registry, HTTP-server-like resources put into one section per
 * service (_ALTERNATE), hooks of a typedef'd function-pointer type
 * (TYPE_SECTION_ITERABLE) and a section no file adds to.
 */
#ifndef ZD_DRIVERS_H
#define ZD_DRIVERS_H
#include <stddef.h>
#include <linktable/compat/zephyr.h>

/* Zephyr's <sys/util.h> spellings (written here, as a port would keep its own). */
#define UTIL_PRIMITIVE_CAT(a, ...) a##__VA_ARGS__
#define UTIL_CAT(a, ...) UTIL_PRIMITIVE_CAT(a, __VA_ARGS__)
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

struct sensor_driver_api {
	int (*sample_fetch)(int chan);
};
struct sensor_dev {
	const char *name;
	const struct sensor_driver_api *api;
	int chan;
};
/* Sorted by the variable name, which the macro builds: __sensor_<name>. */
#define SENSOR_DEVICE_DEFINE(dev_name, api_ptr, ch) \
	const STRUCT_SECTION_ITERABLE(sensor_dev, UTIL_CAT(__sensor_, dev_name)) = { \
		.name = #dev_name, \
		.api = (api_ptr), \
		.chan = (ch), \
	}
extern const struct sensor_driver_api adc_api, temp_api;

struct shell_cmd_entry {
	const char *syntax;
	int (*handler)(int argc, char **argv);
};
#define SHELL_CMD_REGISTER(cmd_syntax, cmd_handler) \
	static const STRUCT_SECTION_ITERABLE(shell_cmd_entry, UTIL_CAT(shell_cmd_, cmd_syntax)) = { \
		.syntax = (#cmd_syntax), \
		.handler = (cmd_handler), \
	}
int shell_execute_cmd(const char *line);
extern int shell_last_result;

/* Settings handlers, sorted by a name other than the variable's. */
struct settings_handler_static {
	const char *name;
	int (*h_commit)(void);
};
#define SETTINGS_STATIC_HANDLER_DEFINE_PRIO(_hname, _prio, _commit) \
	const STRUCT_SECTION_ITERABLE_NAMED(settings_handler_static, _prio, _hname) = { \
		.name = #_hname, \
		.h_commit = _commit, \
	}
extern char commit_log[64];
int settings_commit(void);

/* One section per HTTP service: the resources of one service, walked alone. */
struct http_resource_desc {
	const char *resource;
	int code;
};
#define HTTP_RESOURCE_DEFINE(_name, _service, _resource, _code) \
	const STRUCT_SECTION_ITERABLE_ALTERNATE(http_resource_desc_##_service, http_resource_desc, _name) = { \
		.resource = _resource, \
		.code = _code, \
	}
#define HTTP_SERVICE_RESOURCE_FOREACH(_service, _it) \
	STRUCT_SECTION_FOREACH_ALTERNATE(http_resource_desc_##_service, http_resource_desc, _it)
int http_lookup(int service, const char *path);

/* Hooks of a non-struct type, in a section of their own name. */
typedef void (*boot_hook_t)(int *state);
#define BOOT_HOOK_DEFINE(order, fn) TYPE_SECTION_ITERABLE(boot_hook_t, UTIL_CAT(hook_, order), boot_hooks, order) = fn
void run_boot_hooks(int *state);

/* Trigger callbacks: a section defined, but no file adds to it. */
struct sensor_trigger_cb {
	int (*cb)(void);
};

#endif
