/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/freebsd_c.c - FreeBSD-style code (tests/compat/freebsd_user.h):
 * DATA_SET of pointers to objects defined in another file, walked with
 * SET_FOREACH, SET_ITEM and SET_COUNT; SYSINITs at SI_SUB_CPU, SI_SUB_KLD,
 * SI_SUB_PROTO_DOMAIN, SI_SUB_ROOT_CONF and SI_SUB_SMP with SI_ORDER_*
 * values from two files, started in (subsystem, order) order (by the
 * run in freebsd_a.c: a program starts once).
 */
#include <string.h>
#include "compat.h"
#include "freebsd_user.h"

LINKTABLE_FREEBSD_SET_DEFINE(protosw_set, struct protosw_like);

struct protosw_like udp_proto = { "udp", 17 };
struct protosw_like raw_proto = { "raw", 255 };
DATA_SET(protosw_set, udp_proto);
DATA_SET(protosw_set, raw_proto);

static char trace[128];

void freebsd_user_note(void *what)
{
	size_t n = strlen(trace);
	const char *w = what;

	if (n + strlen(w) + 2 < sizeof(trace)) {
		if (n)
			trace[n++] = ' ';
		strcpy(trace + n, w);
	}
}

SYSINIT(smp_start, SI_SUB_SMP, SI_ORDER_ANY, freebsd_user_note, "smp");
SYSINIT(cpu_first, SI_SUB_CPU, SI_ORDER_FIRST, freebsd_user_note, "cpu.first");
SYSINIT(domain_mid, SI_SUB_PROTO_DOMAIN, SI_ORDER_MIDDLE, freebsd_user_note, "domain.mid");

void test_freebsd_user(void)
{
	struct protosw_like **pr;
	int types = 0, n = 0, found = 0, i;

	SET_FOREACH(pr, protosw_set) {
		types += (*pr)->pr_type;
		found |= *pr == &udp_proto ? 1 : *pr == &tcp_proto ? 2 : *pr == &raw_proto ? 4 : 8;
		n++;
	}
	check(n == 3 && SET_COUNT(protosw_set) == 3 && found == 7 && types == 17 + 6 + 255,
	      "freebsd user: SET_FOREACH visits a pointer to each object of the set once");
	for (i = 0; i < SET_COUNT(protosw_set); i++)
		found &= strlen(SET_ITEM(protosw_set, i)->pr_name) == 3 ? ~0 : 0;
	check(found == 7, "freebsd user: SET_ITEM(set, i) for i < SET_COUNT(set)");
	/* (test_freebsd() ran the start-up set, once, as a kernel does) */
	check(strstr(trace, "kld.a kld.b") != NULL || strstr(trace, "kld.b kld.a") != NULL,
	      "freebsd user: a (subsystem, order) tie runs both, one after the other");
	check(strstr(trace, "cpu.first cpu.second") != NULL && strstr(trace, "domain.first domain.mid") != NULL &&
		      strstr(trace, "domain.mid rootconf") != NULL && strstr(trace, "rootconf smp") != NULL &&
		      strstr(trace, "cpu.second") < strstr(trace, "domain.first"),
	      "freebsd user: SYSINITs by subsystem, then order: '%s'", strstr(trace, "cpu.first") ? strstr(trace, "cpu.first") : trace);
}
