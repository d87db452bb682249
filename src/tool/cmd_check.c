/* SPDX-License-Identifier: MIT */
/* src/tool/cmd_check.c - "linktable check": run the rules; exit 1 if any breaks. */
#include "commands.h"
#include "rules.h"

int cmd_check(const struct image *img, const struct tool_opts *o, FILE *out)
{
	struct init_view v;
	struct findings f = { 0 };
	struct rule_ctx ctx;
	struct json j;
	char file[1024];

	if (init_view_load(img, o->file, &v) != 0)
		return EXIT_BAD_INPUT;
	ctx = (struct rule_ctx){ img, &v.set, &v.graph, 1 };
	rules_run(&ctx, &f);
	if (o->json) {
		json_begin(&j, out, "check", o->file);
		json_bool(&j, "ok", f.n == 0);
		json_u64(&j, "tables", img->ntables);
		json_u64(&j, "steps", v.set.n);
		json_arr(&j, "findings");
		for (size_t i = 0; i < f.n; i++) {
			json_obj(&j, NULL);
			json_str(&j, "rule", f.v[i].rule);
			json_str(&j, "message", f.v[i].message);
			json_end(&j);
		}
		json_end(&j);
		json_end(&j);
	} else if (!img->ntables && !img->norphans) {
		fprintf(out, "no linktable tables\n");
	} else {
		for (size_t i = 0; i < f.n; i++) {
			fputs("error: ", out);
			text_put(out, f.v[i].message);
			fprintf(out, " [%s]\n", f.v[i].rule);
		}
		if (f.n)
			fprintf(out, "%s: %zu problem%s in %zu tables, %zu init steps\n", text_escape(o->file, file, sizeof(file)),
				f.n, f.n == 1 ? "" : "s", img->ntables, v.set.n);
		else
			fprintf(out, "%s: ok: %zu tables, %zu init steps, %zu rules hold\n", text_escape(o->file, file, sizeof(file)),
				img->ntables, v.set.n, nrules);
	}
	int rc = f.n ? EXIT_RULES : EXIT_CLEAN;

	findings_free(&f);
	init_view_free(&v);
	return rc;
}
