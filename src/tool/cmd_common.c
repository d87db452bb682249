/* SPDX-License-Identifier: MIT */
/* src/tool/cmd_common.c - helpers the subcommands share. */
#include "commands.h"

#include <string.h>

int init_view_load(const struct image *img, const char *file, struct init_view *v)
{
	const struct img_table *t = init_table(img);
	char err[512];

	memset(v, 0, sizeof(*v));
	if (t && steps_decode(img, t, &v->set, err, sizeof(err)) != 0) {
		tool_error("%s: %s", file, err);
		return -1;
	}
	depgraph_build(&v->graph, &v->set);
	return 0;
}

void init_view_free(struct init_view *v)
{
	depgraph_free(&v->graph);
	steps_free(&v->set);
}

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
	return kind == LINKTABLE_KIND_INIT ? "init" : kind == LINKTABLE_KIND_REL ? "relative" : kind == LINKTABLE_KIND_ARRAY ? "array" : "plain";
}

const char *phase_name(int p, char *buf)
{
	static const char *const names[] = { "early_init", "setup_arch", "late_init" };

	if (p >= 0 && p < 3)
		return names[p];
	snprintf(buf, 16, "phase%d", p);
	return buf;
}

const char *plan_state_name(enum plan_state s)
{
	return s == PLAN_RUNS ? "runs" : s == PLAN_UNSUPPORTED ? "unsupported" : "broken";
}
