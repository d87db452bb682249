/* SPDX-License-Identifier: MIT */
/*
 * tests/tool/fuzz/fuzz_elf.c - libFuzzer harness for the ELF image reader,
 * the descriptor and step decoders, the rules, every image command's
 * text and JSON output, and what "seal" reads of a build-time plan.  The input is taken as a whole ELF file.
 */
#include <stdlib.h>
#include <string.h>

#include "../../../src/tool/commands.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static FILE *sink(void)
{
	static FILE *f;

	if (!f)
		f = fopen("/dev/null", "w");
	return f;
}

static void run_commands(const struct image *img, int json)
{
	struct tool_opts o = { .json = json, .file = "fuzz-input", .subarch = -1 };

	cmd_list(img, &o, sink());
	for (size_t i = 0; i < img->ntables; i++) {
		o.table = img->tables[i].name;
		cmd_show(img, &o, sink());
	}
	o.table = "no_such_table";
	cmd_show(img, &o, sink());
	cmd_check(img, &o, sink());
	cmd_plan(img, &o, sink());
	cmd_matrix(img, &o, sink());
	cmd_graph(img, &o, sink());
	o.subarch = 2;
	cmd_graph(img, &o, sink());
	if (!json) {
		struct seal_site site;

		seal_locate(img, o.file, &site); /* what "seal" reads, without writing */
	}
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	unsigned char *buf = malloc(size + 1);
	struct image img;
	char err[512];

	tool_quiet = 1;
	if (!buf)
		return 0;
	memcpy(buf, data, size);
	buf[size] = 0;
	if (image_open_mem(&img, buf, size, IMAGE_ALL, err, sizeof(err)) != 0)
		return 0; /* image_open_mem() freed buf */
	run_commands(&img, 0);
	run_commands(&img, 1);
	image_close(&img);
	return 0;
}
