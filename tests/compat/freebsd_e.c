/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/freebsd_e.c - FreeBSD-style code (freebsd_cons.h): the set
 * of console drivers declared here only, its items added by two other
 * files (freebsd_f.c, and this one); cninit()'s walk with a
 * pointer-to-pointer (the best priority wins), SET_ITEM()/SET_COUNT()
 * indexing, SYSINITs at real subsystems and orders (SI_SUB_DRIVERS with
 * SI_ORDER_FIRST .. SI_ORDER_ANY, SI_SUB_CONFIGURE, SI_SUB_KLD, ...) run in
 * (subsystem, order) order whatever the files, SYSUNINITs in the reverse.
 */
#include <string.h>
#include "compat.h"
#include "freebsd_cons.h"

SET_DECLARE(fcons_set, struct fconsdev);
LINKTABLE_FREEBSD_SET_DEFINE(fcons_set, struct fconsdev);

char freebsd_cons_trace[256];

void freebsd_cons_note(void *what)
{
	size_t n = strlen(freebsd_cons_trace);
	const char *w = what;

	if (n + strlen(w) + 2 < sizeof(freebsd_cons_trace)) {
		if (n)
			freebsd_cons_trace[n++] = ' ';
		strcpy(freebsd_cons_trace + n, w);
	}
}

static int vga_getc(struct fconsdev *cp)
{
	return cp->cn_pri;
}
FCONSOLE_DRIVER(vga, 2, vga_getc);

/* cninit(): the console of the best priority. */
static struct fconsdev *cn_select(void)
{
	struct fconsdev **list, *cp, *best = NULL;

	SET_FOREACH(list, fcons_set) {
		cp = *list;
		if (best == NULL || cp->cn_pri > best->cn_pri)
			best = cp;
	}
	return best;
}

/* Start-up functions, at shuffled subsystems and orders across files. */
SYSINIT(fb_cfg, SI_SUB_CONFIGURE, SI_ORDER_FIRST, freebsd_cons_note, "configure");
SYSINIT(fb_drv_any, SI_SUB_DRIVERS, SI_ORDER_ANY, freebsd_cons_note, "drivers-any");
SYSINIT(fb_drv_first, SI_SUB_DRIVERS, SI_ORDER_FIRST, freebsd_cons_note, "drivers-first");
SYSINIT(fb_kld, SI_SUB_KLD, SI_ORDER_MIDDLE, freebsd_cons_note, "kld");
SYSUNINIT(fb_drv_down, SI_SUB_DRIVERS, SI_ORDER_SECOND, freebsd_cons_note, "down-drivers");
SYSUNINIT(fb_cfg_down, SI_SUB_CONFIGURE, SI_ORDER_ANY, freebsd_cons_note, "down-configure");

/* Where the given name sits in the trace (or -1). */
static int pos(const char *name)
{
	const char *p = strstr(freebsd_cons_trace, name);

	return p ? (int)(p - freebsd_cons_trace) : -1;
}

void test_freebsd_cons(void)
{
	struct fconsdev *cp;
	int i, good = 1, sum = 0;

	cp = cn_select();
	check(cp != NULL && strcmp(cp->cn_name, "uart") == 0 && cp->cn_getc(cp) == 9,
	      "freebsd cons: SET_FOREACH with a pointer to pointer picks the best console of three files");
	for (i = 0; i < SET_COUNT(fcons_set); i++) {
		good &= SET_ITEM(fcons_set, i) == SET_BEGIN(fcons_set)[i];
		sum += SET_ITEM(fcons_set, i)->cn_pri;
	}
	check(SET_COUNT(fcons_set) == 3 && good && sum == 2 + 9 + 5,
	      "freebsd cons: SET_ITEM(i) over 0..SET_COUNT()-1 is every item once");
	check(SET_LIMIT(fcons_set) - SET_BEGIN(fcons_set) == SET_COUNT(fcons_set),
	      "freebsd cons: SET_LIMIT - SET_BEGIN == SET_COUNT");

	/* the other SYSINITs of the program run too: look only at ours */
	freebsd_cons_trace[0] = '\0';
	linktable_freebsd_sysinit_run();
	good = pos("kld") >= 0 && pos("kld") < pos("drivers-first") && pos("drivers-first") < pos("drivers-second") &&
	       pos("drivers-second") < pos("drivers-middle") && pos("drivers-middle") < pos("drivers-any") &&
	       pos("drivers-any") < pos("configure") && pos("configure") < pos("proto");
	check(good, "freebsd sysinit: KLD, DRIVERS FIRST < SECOND < MIDDLE < ANY, CONFIGURE, PROTO_DOMAIN: %s",
	      freebsd_cons_trace);
	freebsd_cons_trace[0] = '\0';
	linktable_freebsd_sysuninit_run();
	check(pos("down-configure") >= 0 && pos("down-configure") < pos("down-drivers") &&
		      pos("down-drivers") < pos("down-kld"),
	      "freebsd sysuninit: the reverse order (CONFIGURE, DRIVERS, KLD): %s", freebsd_cons_trace);
}
