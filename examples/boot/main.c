/* SPDX-License-Identifier: MIT */
/*
 * linktable-demo: a simulated x86 boot through linker-table init steps.
 *
 *   linktable-demo [--subarch NAME] [--parallel] [--json] [--legacy-entries]
 *
 * Prints the subarch this machine really has and how it was found, then
 * boots natively (startup_64) and as a Xen PV guest (startup_xen) - or only
 * the entry for --subarch - each with its plan, trace and summary.  Every
 * boot runs in a child process: it gives memory back for good.
 */
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <linktable/free.h>

#include "demo.h"

static void usage(FILE *f)
{
	fprintf(f, "usage: linktable-demo [--subarch NAME] [--parallel] [--json] [--legacy-entries]\n"
		   "  --subarch NAME     boot only this subarch (%s)\n"
		   "  --parallel         run parallel-safe steps on worker threads\n"
		   "  --json             print the plans and traces as one JSON document\n"
		   "  --legacy-entries   entries as before commit 5054daa285be: only the native one\n"
		   "                     sets up the cr4 shadow, so the Xen boot stops (exit 1)\n",
		LINKTABLE_SUBARCH_NAMES);
}

static void json_string(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			printf("\\%c", *s);
		else if ((unsigned char)*s < 0x20)
			printf("\\u%04x", (unsigned char)*s);
		else
			putchar(*s);
	}
	putchar('"');
}

static void show_machine(const struct demo_options *opt)
{
	struct linktable_subarch_decision d;

	linktable_subarch_detect(NULL, &d);
	if (opt->json) {
		printf("{\n\"machine\": {\"subarch\": ");
		json_string(linktable_subarch_name(d.subarch));
		printf(", \"source\": ");
		json_string(linktable_subarch_source_name(d.source));
		printf(", \"reason\": ");
		json_string(d.reason);
		printf("},\n\"boots\": [\n");
		return;
	}
	printf("this machine: %s, found by %s (%s)\n", linktable_subarch_name(d.subarch),
	       linktable_subarch_source_name(d.source), d.reason);
}

static int enter(struct demo_options *opt, int subarch)
{
	return subarch == LINKTABLE_SUBARCH_XEN ? startup_xen(opt) : startup_64(opt, (unsigned int)subarch);
}

/* Boots @subarch in a child process, which releases memory for good, and
 * brings its summary back into @opt.  Return: the boot's result, -1 on
 * failure. */
static int boot_in_child(struct demo_options *opt, int subarch)
{
	int fd[2], status;
	pid_t pid;
	ssize_t got;

	fflush(NULL);
	if (pipe(fd) != 0 || (pid = fork()) < 0) {
		perror("linktable-demo: cannot start the boot process");
		return -1;
	}
	if (pid == 0) {
		int r = enter(opt, subarch);

		fflush(NULL);
		close(fd[0]);
		if (write(fd[1], &opt->summary, sizeof(opt->summary)) != (ssize_t)sizeof(opt->summary))
			_exit(3);
		_exit(r == 0 ? 0 : 1);
	}
	close(fd[1]);
	got = read(fd[0], &opt->summary, sizeof(opt->summary));
	close(fd[0]);
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status)) {
		fprintf(stderr, "linktable-demo: the %s boot process died%s\n",
			linktable_subarch_name((unsigned int)subarch),
			WIFSIGNALED(status) ? " on a signal" : "");
		return -1;
	}
	if (got != (ssize_t)sizeof(opt->summary))
		memset(&opt->summary, 0, sizeof(opt->summary));
	return WEXITSTATUS(status) == 0 ? 0 : -1;
}

/* Boots @subarch again, silently and in parallel, and compares with the
 * sequential boot just shown (its summary is in @shown). */
static void compare_parallel(int subarch, const struct linktable_boot_summary *shown)
{
	struct demo_options quiet = { .parallel = 1, .legacy_entries = 0 };
	int r = boot_in_child(&quiet, subarch);

	if (r == 0)
		printf("  %-4s %6.1f ms sequential, %6.1f ms parallel, critical path %6.1f ms\n",
		       linktable_subarch_name((unsigned int)subarch), shown->wall_ns / 1e6,
		       quiet.summary.wall_ns / 1e6, quiet.summary.critical_path_ns / 1e6);
}

static int boot_one(struct demo_options *opt, int subarch)
{
	int r;

	if (opt->out)
		fprintf(opt->out, "\n=== %s boot (subarch %s%s) ===\n",
			subarch == LINKTABLE_SUBARCH_XEN ? "Xen PV" : "native", linktable_subarch_name((unsigned)subarch),
			opt->parallel ? ", parallel" : "");
	r = boot_in_child(opt, subarch);
	opt->first_json = 0;
	return r;
}

/* @s as typed, but with every byte that is not printable ASCII as \xNN:
 * an argument must not reach the terminal as an escape sequence. */
static void put_escaped(FILE *f, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 || *p >= 0x7f || *p == '\\')
			fprintf(f, "\\x%02x", *p);
		else
			fputc(*p, f);
}

int main(int argc, char **argv)
{
	struct demo_options opt = { .out = stdout, .first_json = 1 };
	int subarch = -1, failed = 0, i;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--parallel") == 0) {
			opt.parallel = 1;
		} else if (strcmp(argv[i], "--legacy-entries") == 0) {
			opt.legacy_entries = 1;
		} else if (strcmp(argv[i], "--json") == 0) {
			opt.json = 1;
			opt.out = NULL;
		} else if (strcmp(argv[i], "--subarch") == 0 && i + 1 < argc) {
			subarch = linktable_subarch_parse(argv[++i]);
			if (subarch < 0) {
				fputs("linktable-demo: unknown subarch '", stderr);
				put_escaped(stderr, argv[i]);
				fprintf(stderr, "' (known: %s)\n", LINKTABLE_SUBARCH_NAMES);
				return 2;
			}
		} else if (strcmp(argv[i], "--help") == 0) {
			usage(stdout);
			return 0;
		} else {
			fprintf(stderr, "linktable-demo: %s '",
				strcmp(argv[i], "--subarch") == 0 ? "missing subarch name after" : "unknown option");
			put_escaped(stderr, argv[i]);
			fputs("'\n", stderr);
			usage(stderr);
			return 2;
		}
	}
	/* A call into released memory is reported by name, not as a bare crash. */
	linktable_free_debug();
	show_machine(&opt);
	if (subarch >= 0) {
		failed |= boot_one(&opt, subarch) != 0;
	} else {
		struct linktable_boot_summary pc, xen;

		failed |= boot_one(&opt, LINKTABLE_SUBARCH_PC) != 0;
		pc = opt.summary;
		failed |= boot_one(&opt, LINKTABLE_SUBARCH_XEN) != 0;
		xen = opt.summary;
		if (opt.out && !opt.parallel && !opt.legacy_entries) {
			printf("\n=== the same boots with the parallel runner (--parallel) ===\n");
			compare_parallel(LINKTABLE_SUBARCH_PC, &pc);
			compare_parallel(LINKTABLE_SUBARCH_XEN, &xen);
		}
	}
	if (opt.json)
		printf("]\n}\n");
	return failed ? 1 : 0;
}
