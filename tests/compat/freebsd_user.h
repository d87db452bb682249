/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/freebsd_user.h - FreeBSD-style code: a set of pointers to
 * protocol switch objects defined in other files (DATA_SET), start-up
 * functions at FreeBSD's subsystems (SYSINIT) with ties.
 */
#ifndef LINKTABLE_TESTS_COMPAT_FREEBSD_USER_H
#define LINKTABLE_TESTS_COMPAT_FREEBSD_USER_H
#include <linktable/compat/freebsd.h>

struct protosw_like {
	const char *pr_name;
	int pr_type;
};
SET_DECLARE(protosw_set, struct protosw_like);

extern struct protosw_like udp_proto, tcp_proto, raw_proto;

void freebsd_user_note(void *what);
#endif
