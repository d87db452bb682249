/* SPDX-License-Identifier: MIT */
/* src/tool/cmd_list.c - "linktable list": every table and range of an image. */
#include "commands.h"
#include "rules.h"

static void list_json(const struct image *img, const struct tool_opts *o, FILE *out)
{
	struct json j;
	char why[512];

	json_begin(&j, out, "list", o->file);
	json_arr(&j, "tables");
	for (size_t i = 0; i < img->ntables; i++) {
		const struct img_table *t = &img->tables[i];
		uint64_t bytes = table_bytes(img, t);

		json_obj(&j, NULL);
		json_str(&j, "name", t->name);
		json_str(&j, "kind", kind_name(t->kind));
		json_str(&j, "entry_type", t->type_name);
		json_u64(&j, "entry_size", t->entry_size);
		json_u64(&j, "entry_align", t->entry_align);
		json_u64(&j, "count", bytes / t->entry_size);
		json_u64(&j, "bytes", bytes);
		json_arr(&j, "levels");
		for (int k = 0; k < TABLE_SLOTS; k++) {
			int l = SLOT_LEVEL(k);
			const struct img_section *s = table_part(img, t, (int)k);

			if (!s)
				continue;
			json_obj(&j, NULL);
			json_u64(&j, "level", (uint64_t)l);
			json_bool(&j, "writable_part", k & 1);
			json_hex(&j, "address", s->addr);
			json_u64(&j, "bytes", s->size);
			json_u64(&j, "count", s->size / t->entry_size);
			json_end(&j);
		}
		json_end(&j);
		json_str(&j, "problem", table_layout_problem(img, t, why));
		json_end(&j);
	}
	json_end(&j);
	json_arr(&j, "ranges");
	for (size_t i = 0; i < img->nranges; i++) {
		const struct img_range *r = &img->ranges[i];

		json_obj(&j, NULL);
		json_str(&j, "name", r->name);
		json_hex(&j, "address", r->section >= 0 ? img->sections[r->section].addr : 0);
		json_u64(&j, "bytes", r->section >= 0 ? img->sections[r->section].size : 0);
		json_bool(&j, "described", r->has_note);
		json_end(&j);
	}
	json_end(&j);
	json_arr(&j, "orphan_sections");
	for (size_t i = 0; i < img->norphans; i++)
		json_str(&j, NULL, img->sections[img->orphans[i]].name);
	json_end(&j);
	json_end(&j);
}

static void list_text(const struct image *img, FILE *out)
{
	char why[512], type[256], name[256];

	if (!img->ntables && !img->nranges && !img->norphans) {
		fprintf(out, "no linktable tables\n");
		return;
	}
	if (img->ntables)
		fprintf(out, "%-24s %-5s %-32s %6s %5s %8s %10s  %s\n", "TABLE", "KIND", "ENTRY TYPE", "SIZE", "ALIGN",
			"COUNT", "BYTES", "LAYOUT");
	for (size_t i = 0; i < img->ntables; i++) {
		const struct img_table *t = &img->tables[i];
		uint64_t bytes = table_bytes(img, t);
		const char *problem = table_layout_problem(img, t, why);

		fprintf(out, "%-24s %-5s %-32s %6u %5u %8llu %10llu  ", text_escape(t->name, name, sizeof(name)),
			kind_name(t->kind), text_escape(t->type_name, type, sizeof(type)), t->entry_size, t->entry_align,
			(unsigned long long)(bytes / t->entry_size), (unsigned long long)bytes);
		text_put(out, problem ? problem : "ok");
		fputc('\n', out);
	}
	if (img->nranges)
		fprintf(out, "%s%-24s %18s %10s  %s\n", img->ntables ? "\n" : "", "RANGE", "ADDRESS", "BYTES", "DESCRIBED");
	for (size_t i = 0; i < img->nranges; i++) {
		const struct img_range *r = &img->ranges[i];
		const struct img_section *s = r->section >= 0 ? &img->sections[r->section] : NULL;

		fprintf(out, "%-24s %#18llx %10llu  %s\n", text_escape(r->name, name, sizeof(name)),
			s ? (unsigned long long)s->addr : 0ull,
			s ? (unsigned long long)s->size : 0ull, r->has_note ? "yes" : "no");
	}
	for (size_t i = 0; i < img->norphans; i++) {
		fputs("warning: section ", out);
		text_put(out, img->sections[img->orphans[i]].name);
		fputs(" holds entries of a table this image does not define\n", out);
	}
}

int cmd_list(const struct image *img, const struct tool_opts *o, FILE *out)
{
	if (o->json)
		list_json(img, o, out);
	else
		list_text(img, out);
	return EXIT_CLEAN;
}
