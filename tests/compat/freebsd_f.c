/* SPDX-License-Identifier: MIT */
/* tests/compat/freebsd_f.c - console drivers and SYSINITs of other
 * drivers for freebsd_e.c; this file never declares the set. */
#include "freebsd_cons.h"

static int uart_getc(struct fconsdev *cp)
{
	return cp->cn_pri;
}
FCONSOLE_DRIVER(uart, 9, uart_getc);
FCONSOLE_DRIVER(null, 5, uart_getc);

static void proto_init(void *arg)
{
	freebsd_cons_note(arg);
}
SYSINIT(fb_proto, SI_SUB_PROTO_DOMAIN, SI_ORDER_FIRST, proto_init, "proto");
SYSINIT(fb_drv_mid, SI_SUB_DRIVERS, SI_ORDER_MIDDLE, freebsd_cons_note, "drivers-middle");
SYSINIT(fb_drv_second, SI_SUB_DRIVERS, SI_ORDER_SECOND, freebsd_cons_note, "drivers-second");
SYSUNINIT(fb_kld_down, SI_SUB_KLD, SI_ORDER_FIRST, freebsd_cons_note, "down-kld");
