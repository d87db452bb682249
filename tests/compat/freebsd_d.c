/* SPDX-License-Identifier: MIT */
/* tests/compat/freebsd_d.c - FreeBSD-style set items and SYSINITs from a second file. */
#include "freebsd_user.h"

struct protosw_like tcp_proto = { "tcp", 6 };
DATA_SET(protosw_set, tcp_proto);

SYSINIT(rootconf, SI_SUB_ROOT_CONF, SI_ORDER_FIRST, freebsd_user_note, "rootconf");
SYSINIT(kld_b, SI_SUB_KLD, SI_ORDER_ANY, freebsd_user_note, "kld.b");
SYSINIT(kld_a, SI_SUB_KLD, SI_ORDER_ANY, freebsd_user_note, "kld.a");
SYSINIT(domain_first, SI_SUB_PROTO_DOMAIN, SI_ORDER_FIRST, freebsd_user_note, "domain.first");
SYSINIT(cpu_second, SI_SUB_CPU, SI_ORDER_SECOND, freebsd_user_note, "cpu.second");
