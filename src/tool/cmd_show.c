/* SPDX-License-Identifier: MIT */
/*
 * src/tool/cmd_show.c - "linktable show": one table's entries in iteration
 * order; init steps decoded, relative entries as the function they point
 * at, other entries as symbol, address and bytes.
 */
#include "commands.h"

#include <string.h>

/* Bytes of an entry shown in full up to this many, then elided. */
#define SHOW_BYTES 64

static void hex_bytes(const struct image *img, uint64_t addr, uint32_t size, char *buf)
{
	unsigned char b[SHOW_BYTES];
	uint32_t n = size < SHOW_BYTES ? size : SHOW_BYTES;
	size_t k = 0;

	if (image_read_loaded(img, addr, b, n) != 0) {
		strcpy(buf, "(unreadable)");
		return;
	}
	for (uint32_t i = 0; i < n; i++)
		k += (size_t)sprintf(buf + k, "%02x", b[i]);
	if (n < size)
		strcpy(buf + k, "...");
}

/* The step's verdict on every shown subarch where it does not simply run. */
static void verdicts_json(const struct init_view *v, struct json *j, size_t i)
{
	char tmp[16], why[1200];

	json_obj(j, "verdicts");
	for (unsigned sa = 0; sa < TOOL_MAX_SUBARCHS; sa++) {
		const struct linktable_verdict *c = view_verdict(v, sa, i);

		if (!c)
			continue;
		json_obj(j, subarch_name(sa, tmp));
		json_str(j, "state", linktable_verdict_state_name(c->state));
		json_str(j, "rule", c->rule != LINKTABLE_RULE_NONE ? linktable_rule_name(c->rule) : NULL);
		json_str(j, "reason", c->state == LINKTABLE_VERDICT_RUNS ? NULL : view_reason(v, sa, i, why, sizeof(why)));
		json_end(j);
	}
	json_end(j);
}

static void show_step_json(const struct init_view *v, struct json *j, const struct step *s, size_t index)
{
	const struct image *img = v->img;
	char tmp[128];

	json_obj(j, NULL);
	json_u64(j, "index", index);
	json_u64(j, "level", s->level);
	json_hex(j, "address", s->addr);
	json_str(j, "name", s->name);
	json_str(j, "file", s->file);
	json_u64(j, "line", s->line);
	json_subarchs(j, "subarchs", s->subarchs);
	json_u64(j, "subarch_mask", s->subarchs);
	json_arr(j, "flags"); /* the words the boot's JSON uses */
	for (uint32_t bit = 1; bit && bit <= s->flags; bit <<= 1)
		if (s->flags & bit) {
			const char *word = linktable_flag_name(bit);

			if (!word)
				snprintf(tmp, sizeof(tmp), "0x%x", bit);
			json_str(j, NULL, word ? word : tmp);
		}
	json_end(j);
	json_u64(j, "flags_value", s->flags);
	json_names(j, "depends", s->depends, s->ndepends);
	json_names(j, "after", s->after, s->nafter);
	json_names(j, "soft_depends", s->soft_depends, s->nsoft_depends);
	json_names(j, "provides", s->provides, s->nprovides);
	json_names(j, "uses", s->uses, s->nuses);
	if (s->detect)
		json_hex(j, "detect", s->detect);
	else
		json_str(j, "detect", NULL);
	json_obj(j, "phases");
	for (int p = 0; p < LINKTABLE_MAX_PHASES; p++)
		if (s->phase[p])
			json_hex(j, linktable_phase_name((unsigned)p), s->phase[p]);
	json_end(j);
	json_obj(j, "callback_ranges");
	for (int p = -1; p < LINKTABLE_MAX_PHASES; p++) {
		uint64_t fn = p < 0 ? s->detect : s->phase[p];
		const char *range = fn ? range_at(img, fn) : NULL;

		if (range)
			json_str(j, p < 0 ? "detect" : linktable_phase_name((unsigned)p), range);
	}
	json_end(j);
	verdicts_json(v, j, index);
	json_end(j);
}

static void print_names(FILE *out, const char *label, const char *const *v, size_t n)
{
	if (!n)
		return;
	fprintf(out, "  %s=", label);
	for (size_t i = 0; i < n; i++) {
		if (i)
			fputc(',', out);
		text_put(out, v[i]);
	}
}

static void show_step_text(const struct init_view *v, FILE *out, const struct step *s, size_t index)
{
	const struct image *img = v->img;
	char subs[512], flags[128], at[512], tmp[16], name[256], why[1200];

	fprintf(out, "[%zu] level %u  ", index, s->level);
	text_put(out, s->name);
	fputs("  at ", out);
	text_put(out, step_where(s, at));
	fprintf(out, "  subarchs=%s", subarch_list(s->subarchs, subs));
	if (s->flags)
		fprintf(out, "  flags=%s", linktable_flag_names(s->flags, flags, sizeof(flags)));
	print_names(out, "depends", s->depends, s->ndepends);
	print_names(out, "after", s->after, s->nafter);
	print_names(out, "soft", s->soft_depends, s->nsoft_depends);
	print_names(out, "provides", s->provides, s->nprovides);
	print_names(out, "uses", s->uses, s->nuses);
	for (int p = -1; p < LINKTABLE_MAX_PHASES; p++) {
		uint64_t fn = p < 0 ? s->detect : s->phase[p];
		const char *range = fn ? range_at(img, fn) : NULL;

		if (fn)
			fprintf(out, "  %s=%#llx%s%s%s", p < 0 ? "detect" : linktable_phase_name((unsigned)p), (unsigned long long)fn,
				range ? "(" : "", range ? text_escape(range, name, sizeof(name)) : "", range ? ")" : "");
	}
	fputc('\n', out);
	/* where it does not run though supported: the core's verdict, as matrix prints it */
	for (unsigned sa = 0; sa < TOOL_MAX_SUBARCHS; sa++) {
		const struct linktable_verdict *c = view_verdict(v, sa, index);

		if (!c || (c->state != LINKTABLE_VERDICT_BROKEN && c->state != LINKTABLE_VERDICT_REFUSED))
			continue;
		fprintf(out, "    %s on %s: ", c->state == LINKTABLE_VERDICT_BROKEN ? "BROKEN" : "refused",
			subarch_name(sa, tmp));
		text_put(out, view_reason(v, sa, index, why, sizeof(why)));
		if (c->rule != LINKTABLE_RULE_NONE)
			fprintf(out, " [%s]", linktable_rule_name(c->rule));
		fputc('\n', out);
	}
}

static void show_steps(const struct init_view *v, const struct tool_opts *o, FILE *out, struct json *j)
{
	const struct step_set *set = &v->set;

	if (!o->json)
	{
		text_put(out, set->table->name);
		fprintf(out, ": %zu init step%s of %u bytes\n", set->n, set->n == 1 ? "" : "s", set->table->entry_size);
	}
	for (size_t i = 0; i < set->n; i++) {
		if (o->json)
			show_step_json(v, j, &set->steps[i], i);
		else
			show_step_text(v, out, &set->steps[i], i);
	}
}

/*
 * One entry of a relative table: a signed 32-bit offset from the entry's own
 * address to its function (as Linux's PREL32), in the image's byte order,
 * the sum wrapping at the image's address width.  The offset is input like
 * any other: the target is named only when an allocated section holds it.
 */
static void show_rel_entry(const struct image *img, const struct tool_opts *o, FILE *out, struct json *j,
			   uint64_t addr, size_t index, int level)
{
	uint32_t word;
	int readable = image_read_u32(img, addr, &word) == 0;
	int64_t off = readable ? (word & 0x80000000u ? (int64_t)word - 0x100000000ll : (int64_t)word) : 0;
	uint64_t target = addr + (uint64_t)off;
	const char *sec, *sym;

	if (!img->is64)
		target &= 0xffffffffu;
	sec = readable ? image_section_name_at(img, target) : NULL;
	sym = sec ? image_symbol_at(img, target) : NULL;
	if (o->json) {
		json_obj(j, NULL);
		json_u64(j, "index", index);
		json_u64(j, "level", (uint64_t)level);
		json_hex(j, "address", addr);
		if (readable) {
			json_i64(j, "offset", off);
			json_hex(j, "target", target);
		} else {
			json_str(j, "offset", NULL);
			json_str(j, "target", NULL);
		}
		json_str(j, "symbol", sym);
		json_str(j, "section", sec);
		json_str(j, "problem", !readable ? "entry unreadable" : !sec ? "target outside every section of the image" : NULL);
		json_end(j);
		return;
	}
	fprintf(out, "[%zu] level %d  %#llx  ", index, level, (unsigned long long)addr);
	if (!readable) {
		fputs("(unreadable)\n", out);
		return;
	}
	fprintf(out, "-> %#llx  ", (unsigned long long)target);
	if (!sec) {
		fprintf(out, "(outside the image: offset %lld)\n", (long long)off);
		return;
	}
	text_put(out, sym ? sym : "-");
	fputs("  in ", out);
	text_put(out, sec);
	fputc('\n', out);
}

static void show_plain(const struct image *img, const struct img_table *t, const struct tool_opts *o, FILE *out,
		       struct json *j)
{
	char hex[SHOW_BYTES * 2 + 4];
	size_t index = 0;

	if (!o->json) {
		text_put(out, t->name);
		unsigned long long count = table_bytes(img, t) / t->entry_size;

		fprintf(out, ": %llu entr%s of %u bytes (", count, count == 1 ? "y" : "ies", t->entry_size);
		text_put(out, t->type_name);
		fputs(")\n", out);
	}
	for (int k = 0; k < TABLE_SLOTS; k++) {
		int l = SLOT_LEVEL(k);
		const struct img_section *s = table_part(img, t, (int)k);

		if (!s)
			continue;
		for (uint64_t off = 0; s->size - off >= t->entry_size; off += t->entry_size, index++) {
			const char *sym;

			if (t->kind == LINKTABLE_KIND_REL) {
				show_rel_entry(img, o, out, j, s->addr + off, index, l);
				continue;
			}
			sym = image_symbol_at(img, s->addr + off);
			hex_bytes(img, s->addr + off, t->entry_size, hex);
			if (o->json) {
				json_obj(j, NULL);
				json_u64(j, "index", index);
				json_u64(j, "level", (uint64_t)l);
				json_hex(j, "address", s->addr + off);
				json_str(j, "symbol", sym);
				json_str(j, "bytes", hex);
				json_end(j);
			} else {
				fprintf(out, "[%zu] level %d  %#llx  ", index, l, (unsigned long long)(s->addr + off));
				text_put(out, sym ? sym : "-");
				fprintf(out, "  %s\n", hex);
			}
		}
	}
}

int cmd_show(const struct image *img, const struct tool_opts *o, FILE *out)
{
	const struct img_table *t = image_table(img, o->table);
	struct init_view v = { 0 };
	struct json j;
	int rc = EXIT_CLEAN;

	if (!t) {
		tool_error("%s: no table named \"%s\" (try: linktable list %s)", o->file, o->table, o->file);
		return EXIT_BAD_INPUT;
	}
	/* decode first: a table that does not decode prints nothing */
	if (t->kind == LINKTABLE_KIND_INIT) {
		if (init_view_load(img, o->file, &v) != 0)
			return EXIT_BAD_INPUT;
		if (v.set.table != t) {
			/* a second init table: decode it alone (the rules are the first's) */
			init_view_free(&v);
			tool_error("%s: %s is not the image's init table", o->file, t->name);
			return EXIT_BAD_INPUT;
		}
		rc = v.nbroken || (tool_werror && v.nwarnings) ? EXIT_RULES : EXIT_CLEAN;
	}
	if (o->json) {
		json_begin(&j, out, "show", o->file);
		json_str(&j, "table", t->name);
		json_str(&j, "kind", kind_name(t->kind));
		json_str(&j, "entry_type", t->type_name);
		json_u64(&j, "entry_size", t->entry_size);
		json_arr(&j, "entries");
	}
	if (t->kind == LINKTABLE_KIND_INIT)
		show_steps(&v, o, out, &j);
	else
		show_plain(img, t, o, out, &j);
	if (o->json) {
		json_end(&j);
		if (t->kind == LINKTABLE_KIND_INIT) {
			/* an exit of 1 says why, as check, matrix and graph do */
			json_bool(&j, "ok", rc == EXIT_CLEAN);
			json_arr(&j, "findings");
			for (size_t k = 0; k < v.findings.n; k++)
				finding_json(&v, &v.findings.v[k], &j);
			json_end(&j);
		}
		json_end(&j);
	}
	init_view_free(&v);
	return rc;
}
