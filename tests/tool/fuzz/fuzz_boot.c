/* SPDX-License-Identifier: MIT */
/*
 * tests/tool/fuzz/fuzz_boot.c - libFuzzer harness for the boot protocol
 * decoders: the input is taken both as a bzImage and as a zero page, and
 * both commands print it as text and JSON.
 */
#include <stdlib.h>
#include <string.h>

#include "../../../src/tool/bootproto.h"
#include "../../../src/tool/commands.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static FILE *sink;
	/* a private copy, so reads past @size are caught by ASan */
	unsigned char *buf = malloc(size ? size : 1);
	struct tool_opts o = { .file = "fuzz-input", .subarch = -1 };

	tool_quiet = 1;
	if (!sink)
		sink = fopen("/dev/null", "w");
	if (!buf || !sink) {
		free(buf);
		return 0;
	}
	memcpy(buf, data, size);
	for (o.json = 0; o.json < 2; o.json++) {
		cmd_bzimage(buf, size, &o, sink);
		cmd_bootparams(buf, size, &o, sink);
	}
	free(buf);
	return 0;
}
