/* SPDX-License-Identifier: MIT */
/*
 * tests/tool/agree/boot_main.c - linked into each agreement image: boots
 * its init table on the subarch named by argv[1] (as a program would) and
 * writes the run's JSON document, whose per-step verdicts agree.sh
 * compares with the tool's.
 */
#include <stdio.h>

#include <linktable/step.h>

LINKTABLE_INIT_TABLE_DEFINE();

int main(int argc, char **argv)
{
	struct linktable_boot_config cfg = { .subarch = argc > 1 ? argv[1] : "pc", .json_file = stdout };
	struct linktable_boot *boot = NULL;
	int r = linktable_boot(&cfg, &boot);

	linktable_boot_free(boot);
	return r == 0 ? 0 : 1;
}
