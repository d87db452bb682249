/* SPDX-License-Identifier: MIT */
/* src/tool/cmd_common.c - helpers the subcommands share. */
#include "commands.h"

#include <string.h>

const char *subarch_list(uint32_t mask, char *buf)
{
	size_t n = 0;
	char tmp[16];

	buf[0] = 0;
	/* LINKTABLE_SUBARCHS_ALL / _EXCEPT() set every program-defined bit */
	if ((mask | ((1u << TOOL_KNOWN_SUBARCHS) - 1)) == ~0u) {
		if (mask == ~0u)
			return strcpy(buf, "all");
		n = (size_t)snprintf(buf, 512, "all except ");
		mask = ~mask;
	}
	for (unsigned s = 0; s < TOOL_MAX_SUBARCHS; s++)
		if (mask & (1u << s))
			n += (size_t)snprintf(buf + n, 512 - n, "%s%s", n && buf[n - 1] != ' ' ? "," : "",
					      subarch_name(s, tmp));
	if (!n)
		snprintf(buf, 512, "none");
	return buf;
}

void json_begin(struct json *j, FILE *out, const char *command, const char *file)
{
	char schema[64];

	snprintf(schema, sizeof(schema), "linktable-%s/1", command);
	json_init(j, out);
	json_obj(j, NULL);
	json_str(j, "schema", schema);
	json_str(j, "file", file);
}

void json_subarchs(struct json *j, const char *key, uint32_t mask)
{
	char tmp[16];

	json_arr(j, key);
	for (unsigned s = 0; s < TOOL_MAX_SUBARCHS; s++)
		if (mask & (1u << s))
			json_str(j, NULL, subarch_name(s, tmp));
	json_end(j);
}

void json_names(struct json *j, const char *key, const char *const *v, size_t n)
{
	json_arr(j, key);
	for (size_t i = 0; i < n; i++)
		json_str(j, NULL, v[i]);
	json_end(j);
}

const char *kind_name(uint32_t kind)
{
	/* the core's word; a descriptor of another kind is shown as plain */
	return kind == LINKTABLE_KIND_INIT || kind == LINKTABLE_KIND_REL || kind == LINKTABLE_KIND_ARRAY
		       ? linktable_kind_name(kind)
		       : linktable_kind_name(LINKTABLE_KIND_PLAIN);
}

