/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/freebsd_sets/net.c - the network side: nodes, module
 * metadata, const protocol descriptions (DATA_SET, SET_ENTRY, ABS_SET)
 * and a counter, each added with the set's macro next to the object.
 */
#include "kern.h"

static int net_maxconn = 128;
static int net_debug;
KV_INT(net_maxconn, &net_maxconn, "maximum connections");
KV_INT(net_debug, &net_debug, "debug level");

MODULE_META(if_em, 3, 20);
MODULE_META(if_re, 1, 10);

static const struct proto_desc tcp_desc = { "tcp", 6 };
static const struct proto_desc udp_desc = { "udp", 17 };
static const struct proto_desc sctp_desc = { "sctp", 132 };
DATA_SET(proto_set, tcp_desc);
SET_ENTRY(proto_set, udp_desc);
ABS_SET(proto_set, sctp_desc);

struct kcounter net_counter;
BSS_SET(kcounter_set, net_counter);
