/* SPDX-License-Identifier: MIT */
/*
 * src/tool/cmd_boot.c - "linktable bootparams" (a boot_params zero page) and
 * "linktable bzimage" (a kernel's setup header), over bootproto.c.
 */
#include "bootproto.h"
#include "commands.h"

static void version_text(unsigned int v, char *buf)
{
	snprintf(buf, 16, "%u.%02u", v >> 8, v & 0xffu);
}

static void subarch_fields(struct json *j, const struct boot_info *b)
{
	char tmp[16];

	if (b->has_subarch) {
		json_u64(j, "hardware_subarch", b->hardware_subarch);
		json_str(j, "hardware_subarch_name", b->hardware_subarch < TOOL_MAX_SUBARCHS ? subarch_name(b->hardware_subarch, tmp) : "unknown");
		json_hex(j, "hardware_subarch_data", b->subarch_data);
	} else {
		json_str(j, "hardware_subarch", NULL);
		json_str(j, "hardware_subarch_name", NULL);
		json_str(j, "hardware_subarch_data", NULL);
	}
}

static void subarch_text(FILE *out, const struct boot_info *b)
{
	char tmp[16];

	if (!b->has_subarch) {
		fprintf(out, "hardware_subarch:      not in protocol < 2.07\n");
		return;
	}
	fprintf(out, "hardware_subarch:      %u (%s)\n", b->hardware_subarch,
		b->hardware_subarch < TOOL_MAX_SUBARCHS ? subarch_name(b->hardware_subarch, tmp) : "unknown");
	fprintf(out, "hardware_subarch_data: %#llx\n", (unsigned long long)b->subarch_data);
}

int cmd_bootparams(const unsigned char *buf, size_t len, const struct tool_opts *o, FILE *out)
{
	struct boot_info b;
	char err[256], ver[16], flags[128];
	struct json j;

	if (boot_decode_zero_page(buf, len, &b, err, sizeof(err)) != 0) {
		tool_error("%s: %s", o->file, err);
		return EXIT_BAD_INPUT;
	}
	version_text(b.version, ver);
	boot_loadflag_names(b.loadflags, flags);
	if (o->json) {
		json_begin(&j, out, "bootparams", o->file);
		json_str(&j, "version", ver);
		json_u64(&j, "version_value", b.version);
		json_bool(&j, "header_magic", b.has_magic);
		subarch_fields(&j, &b);
		json_u64(&j, "loader_type", b.loader_type);
		json_str(&j, "loader", boot_loader_name(b.loader_id));
		json_u64(&j, "loader_version", b.loader_version);
		json_u64(&j, "loadflags", b.loadflags);
		json_str(&j, "loadflag_names", flags);
		json_end(&j);
		return EXIT_CLEAN;
	}
	fputs("boot_params:           ", out);
	text_put(out, o->file);
	fputc('\n', out);
	fprintf(out, "protocol version:      %s (0x%04x)\n", ver, b.version);
	subarch_text(out, &b);
	fprintf(out, "loader type:           0x%02x (%s, version %u)\n", b.loader_type, boot_loader_name(b.loader_id),
		b.loader_version);
	fprintf(out, "load flags:            0x%02x (%s)\n", b.loadflags, flags[0] ? flags : "none");
	return EXIT_CLEAN;
}

int cmd_bzimage(const unsigned char *buf, size_t len, const struct tool_opts *o, FILE *out)
{
	struct boot_info b;
	char err[256], ver[16];
	struct json j;

	if (boot_decode_bzimage(buf, len, &b, err, sizeof(err)) != 0) {
		tool_error("%s: %s", o->file, err);
		return EXIT_BAD_INPUT;
	}
	version_text(b.version, ver);
	if (o->json) {
		json_begin(&j, out, "bzimage", o->file);
		json_str(&j, "magic", "HdrS");
		json_str(&j, "version", ver);
		json_u64(&j, "version_value", b.version);
		json_bool(&j, "has_hardware_subarch", b.has_subarch);
		json_u64(&j, "setup_sects", b.setup_sects);
		json_str(&j, "kernel_version", b.has_kernel_version ? b.kernel_version : NULL);
		json_arr(&j, "fields");
		for (size_t i = 0; i < nhdr_fields; i++) {
			json_obj(&j, NULL);
			json_str(&j, "name", hdr_fields[i].name);
			json_hex(&j, "offset", hdr_fields[i].offset);
			json_u64(&j, "size", hdr_fields[i].size);
			json_bool(&j, "present", b.field_present[i]);
			json_u64(&j, "value", b.field_value[i]);
			json_end(&j);
		}
		json_end(&j);
		json_end(&j);
		return EXIT_CLEAN;
	}
	fputs("bzImage:          ", out);
	text_put(out, o->file);
	fputc('\n', out);
	fprintf(out, "magic:            HdrS at 0x202, boot flag 0xaa55\n");
	fprintf(out, "protocol version: %s (0x%04x)\n", ver, b.version);
	fprintf(out, "hardware_subarch: %s\n", b.has_subarch ? "carried (protocol >= 2.07)" : "not carried (protocol < 2.07)");
	fprintf(out, "setup sectors:    %u\n", b.setup_sects);
	fprintf(out, "kernel version:   %s\n", b.has_kernel_version ? b.kernel_version : "(none)");
	fprintf(out, "\n%-6s %4s  %-22s %s\n", "OFFSET", "SIZE", "FIELD", "VALUE");
	for (size_t i = 0; i < nhdr_fields; i++) {
		const struct hdr_field *f = &hdr_fields[i];

		fprintf(out, "0x%03x  %4u  %-22s ", f->offset, f->size, f->name);
		if (b.field_present[i])
			fprintf(out, "%#llx\n", (unsigned long long)b.field_value[i]);
		else
			fprintf(out, "(needs protocol %u.%02u)\n", f->min_version >> 8, f->min_version & 0xffu);
	}
	return EXIT_CLEAN;
}
