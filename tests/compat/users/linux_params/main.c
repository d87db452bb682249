/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/linux_params/main.c - the kernel side: the boot log,
 * the capability module's security_initcall(), a catch-all "opt="
 * __setup(), and start_kernel()'s order on a command line that uses
 * every form (repeated, quoted, without '=', '-' for '_', a malformed
 * early value, unknown parameters, "--"): early parameters, the others,
 * console initcalls, security initcalls, then the initcalls.  Then the
 * command lines at the edges - empty, only spaces, quotes left open,
 * "--" first, a leading '=', very long - each parsed from a copy of
 * exactly its size (ASan and valgrind see any access past its end).
 */
#include <stdlib.h>
#include <string.h>
#include "../tap.h"
#include "boot.h"

LINKTABLE_LINUX_DEFINE();

static char log_text[4096];
static int log_full;

void boot_log(const char *who, const char *value)
{
	size_t used = strlen(log_text), need = strlen(who) + (value ? strlen(value) : 4) + 4;

	if (used + need >= sizeof(log_text)) {
		log_full = 1;
		return;
	}
	strcat(log_text, used ? " " : "");
	strcat(log_text, who);
	strcat(log_text, "(");
	strcat(log_text, value ? value : "NULL");
	strcat(log_text, ")");
}

void boot_note(const char *who)
{
	size_t used = strlen(log_text);

	if (used + strlen(who) + 2 >= sizeof(log_text)) {
		log_full = 1;
		return;
	}
	strcat(log_text, used ? " " : "");
	strcat(log_text, who);
}

void boot_log_reset(void)
{
	log_text[0] = '\0';
	log_full = 0;
}

const char *boot_log_text(void)
{
	return log_full ? "(log full)" : log_text;
}

/* The "opt=" handlers log apart: which of the two is tried first is the
 * table's order, link order in an ordinary link but not under LTO. */
static char opt_text[256];

void toy_opt_log(char who, const char *value)
{
	size_t used = strlen(opt_text);

	if (used + strlen(value) + 4 < sizeof(opt_text))
		snprintf(opt_text + used, sizeof(opt_text) - used, "%s%c:%s", used ? " " : "", who, value);
}

/* drivers.c's takes "fast" only; this one "slow" only. */
static int __init opt_slow(char *str)
{
	toy_opt_log('S', str);
	return strcmp(str, "slow") == 0;
}
__setup("opt=", opt_slow);

/* Which "opt=" handler the table holds first: 'F' or 'S'. */
static char first_opt_handler(void)
{
	const struct obs_kernel_param *p;
	char probe[] = "probe";

	LINKTABLE_FOREACH(p, linux_setup) {
		if (strcmp(p->str, "opt=") == 0) {
			opt_text[0] = '\0';
			p->setup_func(probe);
			return opt_text[0];
		}
	}
	return '?';
}

static int __init capability_init(void)
{
	boot_note("sec:capability");
	return 0;
}
security_initcall(capability_init);

size_t toy_msg_len(void);

/* The boot loader's command line, and the two copies the kernel parses. */
static char boot_command_line[] = "console=ttyS0,115200 loglevel=7 quiet pci=noacpi toysec=1 \"security=toysec\" "
				  "no-hz=off nodevices toy-mode=2 disable_dev=eth0 opt=fast opt=slow opt=turbo "
				  "msg=\"hello world\" console=tty0 loglevel=x unknown_thing foo=bar -- init_arg loglevel=3";
static char early_copy[sizeof(boot_command_line)], setup_copy[sizeof(boot_command_line)];

static void start_kernel(void)
{
	int failed, unknown, i;
	char early_log[512], setup_log[512], opt_log[256], first;

	memcpy(early_copy, boot_command_line, sizeof(boot_command_line));
	memcpy(setup_copy, boot_command_line, sizeof(boot_command_line));

	boot_log_reset();
	failed = linktable_linux_parse_early_param(early_copy);
	snprintf(early_log, sizeof(early_log), "%s", boot_log_text());
	ok(strcmp(early_log, "earlycon(ttyS0,115200) loglevel(7) quiet(NULL) pci(noacpi) no_hz(off) earlycon(tty0) "
			     "loglevel(x)") == 0,
	   "early pass: early_param()s only, in command-line order, '-' as '_', console= to earlycon, none after -- (%s)",
	   early_log);
	ok(failed == 1 && console_loglevel == 7 && toy_quiet == 1,
	   "early pass: the malformed loglevel=x counted (%d), the good values kept", failed);

	boot_log_reset();
	unknown = linktable_linux_parse_setup(setup_copy);
	snprintf(setup_log, sizeof(setup_log), "%s", boot_log_text());
	ok(strcmp(setup_log, "console=(ttyS0,115200) pci=(noacpi) toysec=(1) security=(toysec) nodev(ices) toy_mode=(2) "
			     "nodev(eth0) msg=(hello world) console=(tty0)") == 0,
	   "normal pass: __setup()s by prefix, the rest after it, quotes dropped, unhandled passed on, no early handler "
	   "called (%s)",
	   setup_log);
	ok(unknown == 3, "normal pass: opt=turbo, unknown_thing and foo=bar handled by nothing; early names and init's "
			 "args not counted (%d)",
	   unknown);
	snprintf(opt_log, sizeof(opt_log), "%s", opt_text);
	first = first_opt_handler();
	ok(strcmp(opt_log, first == 'F' ? "F:fast F:slow S:slow F:turbo S:turbo" : "S:fast F:fast S:slow S:turbo F:turbo") ==
		   0,
	   "two __setup(\"opt=\")s in table order (%c first): one declines (returns 0), the next is offered the value (%s)",
	   first, opt_log);
	ok(toy_nconsoles == 2 && strcmp(toy_consoles[0], "ttyS0,115200") == 0 && strcmp(toy_consoles[1], "tty0") == 0,
	   "a repeated console= registers both consoles");
	ok(chosen_major_lsm != NULL && strcmp(chosen_major_lsm, "toysec") == 0 && chosen_major_lsm >= setup_copy &&
		   chosen_major_lsm < setup_copy + sizeof(setup_copy),
	   "a handler's kept pointer is into the parsed copy, and still reads its value");
	ok(strcmp(boot_command_line + sizeof(boot_command_line) - 20, "init_arg loglevel=3") == 0 &&
		   strcmp(setup_copy + sizeof(setup_copy) - 20, "init_arg loglevel=3") == 0,
	   "the boot line itself is untouched, and what follows -- is left as it was");

	boot_log_reset();
	failed = linktable_linux_console_init();
	ok(failed == 0 && strcmp(boot_log_text(), "con:toyuart con:toylp con:toyvt") == 0,
	   "console initcalls in link order: console.c's two as written, then drivers.c's (%s)", boot_log_text());
	boot_log_reset();
	failed = linktable_linux_security_init();
	ok(failed == 0 && strcmp(boot_log_text(), "sec:capability sec:toysec") == 0,
	   "security initcalls in link order, after the parameters they read (%s)", boot_log_text());
	boot_log_reset();
	failed = linktable_linux_do_pre_smp_initcalls();
	i = linktable_linux_do_initcalls();
	ok(failed == 0 && i == 0 && strcmp(boot_log_text(), "early dev(params-ok)") == 0,
	   "then the early initcall and the device initcall, which sees every parameter (%s)", boot_log_text());
}

/* One command line through both passes, each from an exact-size copy. */
struct cmdline_case {
	const char *line;
	const char *early_log;
	int early_failed;
	const char *setup_log;
	int unknown;
};

static const struct cmdline_case cases[] = {
	{ "", "", 0, "", 0 },
	{ "   \t\n \r\v\f ", "", 0, "", 0 },
	{ "  quiet  ", "quiet(NULL)", 0, "", 0 },
	{ "quiet\tdebug\nloglevel=3\r", "quiet(NULL) debug(NULL) loglevel(3)", 0, "", 0 },
	{ "msg=\"a b\"  msg=\"\"  msg=\"", "", 0, "msg=(a b) msg=() msg=()", 0 },
	{ "\"msg=x y\" \"quiet\"", "quiet(NULL)", 0, "msg=(x y)", 0 },
	{ "msg=\"a b quiet", "", 0, "msg=(a b quiet)", 0 },
	{ "quiet quiet  quiet", "quiet(NULL) quiet(NULL) quiet(NULL)", 0, "", 0 },
	{ "earlycon earlycon= nodev nodev=1", "earlycon(NULL) earlycon()", 0, "nodev() nodev(=1)", 0 },
	{ "-- quiet", "", 0, "", 0 },
	{ "\"--\" quiet", "", 0, "", 0 },
	{ "quiet -- quiet", "quiet(NULL)", 0, "", 0 },
	{ "--x quiet", "quiet(NULL)", 0, "", 1 },
	{ "=quiet", "", 0, "", 1 },
	{ "console=ttyS1", "earlycon(ttyS1)", 0, "console=(ttyS1)", 0 },
	{ "loglevel loglevel=", "loglevel(NULL) loglevel()", 2, "", 0 },
	{ "pci=x no_hz no-hz=on no-hz", "pci(x) no_hz(NULL) no_hz(on) no_hz(NULL)", 2, "pci=(x)", 0 },
	{ "toysec=2 toysec=1", "", 0, "toysec=(2) toysec=(1)", 1 },
	{ "\"a b\"c d", "", 0, "", 2 },
	{ "nodev\"x y\"", "", 0, "nodev(\"x y\")", 0 },
	{ "opt= opt", "", 0, "", 2 },
	{ "\"", "", 0, "", 1 },
	{ "consolex=1 quietly", "", 0, "", 2 },
};

static char *dup_exact(const char *s)
{
	size_t n = strlen(s) + 1;
	char *d = malloc(n);

	if (d)
		memcpy(d, s, n);
	return d;
}

/* @s for a TAP line: control characters as \t, \n, ... */
static const char *shown(const char *s)
{
	static char out[256];
	size_t o = 0;

	for (; *s && o + 3 < sizeof(out); s++) {
		if ((unsigned char)*s < ' ') {
			out[o++] = '\\';
			out[o++] = "01234567btnvfr"[*s < 14 ? *s : 0];
		} else {
			out[o++] = *s;
		}
	}
	out[o] = '\0';
	return out;
}

static void run_case(const struct cmdline_case *c)
{
	char *a = dup_exact(c->line), *b = dup_exact(c->line);
	char early_log[512];
	int failed, unknown;

	if (!a || !b) {
		ok(0, "out of memory");
		free(a);
		free(b);
		return;
	}
	boot_log_reset();
	failed = linktable_linux_parse_early_param(a);
	snprintf(early_log, sizeof(early_log), "%s", boot_log_text());
	boot_log_reset();
	unknown = linktable_linux_parse_setup(b);
	ok(strcmp(early_log, c->early_log) == 0 && failed == c->early_failed && strcmp(boot_log_text(), c->setup_log) == 0 &&
		   unknown == c->unknown,
	   "[%s]: early [%s] %d failed, normal [%s] %d unknown", shown(c->line), early_log, failed, boot_log_text(), unknown);
	free(a);
	free(b);
}

static void long_lines(void)
{
	size_t n = 100000, i;
	char *line = malloc(n + 5), *copy;
	int failed, unknown;

	if (!line) {
		ok(0, "out of memory");
		return;
	}
	/* one value of 100000 bytes */
	memcpy(line, "msg=", 4);
	memset(line + 4, 'x', n);
	line[n + 4] = '\0';
	boot_log_reset();
	unknown = linktable_linux_parse_setup(line);
	ok(unknown == 0 && toy_msg_len() == n && strcmp(boot_log_text(), "msg=((long))") == 0,
	   "a value of %zu bytes reaches its handler whole", toy_msg_len());
	/* one unknown name of 100000 bytes, with no '=' */
	memset(line, 'q', n + 4);
	copy = dup_exact(line);
	boot_log_reset();
	failed = copy ? linktable_linux_parse_early_param(copy) : -1;
	unknown = linktable_linux_parse_setup(line);
	ok(failed == 0 && unknown == 1 && strcmp(boot_log_text(), "") == 0,
	   "a name of %zu bytes is one unknown parameter", n + 4);
	free(copy);
	/* 10000 parameters */
	for (i = 0; i + 6 <= n; i += 6)
		memcpy(line + i, i % 12 ? "quiet\t" : "quiet ", 6);
	line[i] = '\0';
	toy_quiet = 0;
	copy = dup_exact(line);
	failed = copy ? linktable_linux_parse_early_param(copy) : -1;
	unknown = linktable_linux_parse_setup(line);
	ok(failed == 0 && unknown == 0 && toy_quiet == (int)(n / 6),
	   "%d parameters, each seen once by the early pass, each taken in the normal one", toy_quiet);
	free(copy);
	free(line);
}

int main(void)
{
	const struct obs_kernel_param *p;
	size_t i;
	int early = 0;

	start_kernel();

	LINKTABLE_FOREACH(p, linux_setup)
		early += p->early;
	ok(LINKTABLE_COUNT(linux_setup) == 16 && early == 6,
	   "the command-line table holds the 16 handlers of the four files, 6 of them early (%u, %d)",
	   (unsigned int)LINKTABLE_COUNT(linux_setup), early);
	ok(LINKTABLE_REL_COUNT(linux_con_initcalls) == 3 && LINKTABLE_REL_COUNT(linux_security_initcalls) == 2 &&
		   LINKTABLE_REL_COUNT(linux_initcalls) == 2,
	   "3 console, 2 security initcalls, each in its own table, apart from the 2 initcalls");

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		run_case(&cases[i]);
	ok(linktable_linux_parse_early_param(NULL) == 0 && linktable_linux_parse_setup(NULL) == 0,
	   "no command line at all: nothing to do");
	long_lines();

	/* The runners may run again: a console initcall that fails is
	 * counted, and the others still run. */
	toy_nconsoles = 0;
	boot_log_reset();
	ok(linktable_linux_console_init() == 1 && strcmp(boot_log_text(), "con:toyuart con:toylp con:toyvt") == 0,
	   "a failing console initcall is counted and the rest still run (%s)", boot_log_text());
	return done_testing();
}
