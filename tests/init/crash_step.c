/* SPDX-License-Identifier: MIT */
/*
 * tests/init/crash_step.c - a boot whose third step crashes the process
 * (SIGSEGV, no handler): tests/init/crash-trace.sh checks that the trace's
 * last line names it, written to a file (argument) or to stdout (a pipe).
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include <linktable/step.h>

LINKTABLE_INIT_TABLE_DEFINE();

static int fine(struct linktable_boot *b, const struct linktable_init_step *s)
{
	(void)b;
	(void)s;
	return 0;
}

static int crash(struct linktable_boot *b, const struct linktable_init_step *s)
{
	(void)b;
	(void)s;
	raise(SIGSEGV); /* as a wild pointer would, without undefined behaviour */
	return 0;
}

LINKTABLE_INIT_STEP(first_step, 1, LINKTABLE_SUBARCHS_ALL, .early_init = fine);
LINKTABLE_INIT_STEP(second_step, 2, LINKTABLE_SUBARCHS_ALL, .early_init = fine,
		    .depends = LINKTABLE_INIT_DEPS(first_step));
LINKTABLE_INIT_STEP(the_culprit, 3, LINKTABLE_SUBARCHS_ALL, .early_init = crash,
		    .depends = LINKTABLE_INIT_DEPS(second_step));
LINKTABLE_INIT_STEP(never_reached, 4, LINKTABLE_SUBARCHS_ALL, .early_init = fine,
		    .depends = LINKTABLE_INIT_DEPS(the_culprit));

int main(int argc, char **argv)
{
	/* a file, or stdout (fully buffered when it is a pipe), with a big
	 * buffer of its own: only flushing per line gets the lines out */
	FILE *f = argc > 1 ? fopen(argv[1], "w") : stdout;
	static char buf[1 << 16];
	struct linktable_boot_config cfg = { .subarch = "pc" };
	struct linktable_boot *boot;

	if (!f)
		return 2;
	setvbuf(f, buf, _IOFBF, sizeof(buf));
	cfg.trace_file = f;
	signal(SIGSEGV, SIG_DFL);
	linktable_boot(&cfg, &boot);
	return 1; /* not reached */
}
