/* SPDX-License-Identifier: MIT */
/*
 * src/tool/cmd_check.c - "linktable check": run every rule; each broken one
 * is a compiler-style diagnostic; exit 1 if any.  An image without any
 * linktable table is an error too (checking the wrong file must not pass)
 * unless --allow-empty.
 */
#include "commands.h"

static const char *plural(size_t n)
{
	return n == 1 ? "" : "s";
}

int cmd_check(const struct image *img, const struct tool_opts *o, FILE *out)
{
	int empty = !img->ntables && !img->norphans;
	struct init_view v;
	struct json j;
	int rc;

	/* with the linked plan's seal; check prints no verdict, only counts */
	if (init_view_load_with(img, o->file, 0, VIEW_LINKED_PLAN | VIEW_COUNT_ONLY, &v) != 0)
		return EXIT_BAD_INPUT;
	if (empty && !o->allow_empty)
		finding_add(&v.findings, LINKTABLE_RULE_EMPTY, -1, 0,
			    "no linktable tables: not an image built with linktable (--allow-empty accepts it)");
	rc = view_exit(&v);
	if (o->json) {
		json_begin(&j, out, "check", o->file);
		json_bool(&j, "ok", rc == EXIT_CLEAN);
		json_u64(&j, "tables", img->ntables);
		json_u64(&j, "steps", v.set.n);
		json_u64(&j, "errors", v.findings.n - v.nwarnings);
		json_u64(&j, "warnings", v.nwarnings);
		json_arr(&j, "findings");
		for (size_t i = 0; i < v.findings.n; i++)
			finding_json(&v, &v.findings.v[i], &j);
		json_end(&j);
		json_end(&j);
	} else {
		for (size_t i = 0; i < v.findings.n; i++)
			finding_print(&v, &v.findings.v[i], out);
		text_put(out, o->file);

		if (empty && o->allow_empty)
			fprintf(out, ": ok: no linktable tables (allowed)\n");
		else if (rc != EXIT_CLEAN)
			fprintf(out, ": %zu problem%s in %zu table%s, %zu init step%s", view_errors(&v),
				plural(view_errors(&v)), img->ntables, plural(img->ntables), v.set.n, plural(v.set.n));
		else if (v.nwarnings)
			fprintf(out, ": ok: %zu table%s, %zu init step%s, no error", img->ntables,
				plural(img->ntables), v.set.n, plural(v.set.n));
		else
			fprintf(out, ": ok: %zu table%s, %zu init step%s, %zu rules hold", img->ntables,
				plural(img->ntables), v.set.n, plural(v.set.n), nrules);
		if (!(empty && o->allow_empty)) {
			if (v.nwarnings)
				fprintf(out, " (%zu warning%s%s)", v.nwarnings,
					plural(v.nwarnings), tool_werror ? ", errors under --werror" : "");
			fputc('\n', out);
		}
	}
	init_view_free(&v);
	return rc;
}
