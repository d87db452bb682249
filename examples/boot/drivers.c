/* SPDX-License-Identifier: MIT */
/*
 * Drivers: parallel-safe steps at level 30 that take simulated time, so the
 * parallel runner has something to overlap.
 */
#include <linktable/free.h>

#include "demo.h"

#define QUIRK_WOL_OFF 0x2u

LINKTABLE_INIT_TEXT
static void e1000_wol_off(struct demo_pci_dev *dev)
{
	dev->quirks |= QUIRK_WOL_OFF;
}

LINKTABLE_ENTRY(demo_pci_fixups, 20, fixup_e1000) = { 0x8086, 0x100e, "e1000: wake-on-LAN off",
						      e1000_wol_off };

LINKTABLE_ONLY_TEXT(PC)
static int e1000_probe(struct linktable_boot *boot, const struct linktable_init_step *step)
{
	(void)step;
	(void)boot;
	demo_busy(10);
	return 0;
}

/* A PC-only driver on the PCI bus: it needs pci, which is fine because pci
 * supports every subarch e1000 does. */
LINKTABLE_INIT_STEP(e1000, 30, LINKTABLE_SUBARCHS(PC),
		    .flags = LINKTABLE_INIT_PARALLEL_SAFE,
		    .depends = LINKTABLE_INIT_DEPS(pci),
		    .late_init = e1000_probe);

LINKTABLE_ONLY_TEXT(PC)
static int ahci_probe(struct linktable_boot *boot, const struct linktable_init_step *step)
{
	(void)step;
	(void)boot;
	demo_busy(8);
	return 0;
}

/* Same level as e1000: their order is by name, and in parallel they overlap. */
LINKTABLE_INIT_STEP(ahci, 30, LINKTABLE_SUBARCHS(PC),
		    .flags = LINKTABLE_INIT_PARALLEL_SAFE,
		    .depends = LINKTABLE_INIT_DEPS(pci),
		    .late_init = ahci_probe);

LINKTABLE_ONLY_TEXT(PC)
static int edd_init(struct linktable_boot *boot, const struct linktable_init_step *step)
{
	(void)step;
	(void)boot;
	demo_busy(1);
	return -19; /* -ENODEV: no BIOS disk data in this boot; not critical */
}

LINKTABLE_INIT_STEP(edd, 30, LINKTABLE_SUBARCHS(PC),
		    .flags = LINKTABLE_INIT_PARALLEL_SAFE,
		    .late_init = edd_init);

LINKTABLE_ONLY_TEXT(XEN)
static int xenbus_init(struct linktable_boot *boot, const struct linktable_init_step *step)
{
	(void)step;
	(void)boot;
	demo_busy(2);
	return 0;
}

/* Not critical: a critical step must support every subarch the image boots
 * on (the core refuses a boot whose subarch a critical step lacks). */
LINKTABLE_INIT_STEP(xenbus, 20, LINKTABLE_SUBARCHS(XEN),
		    .depends = LINKTABLE_INIT_DEPS(memory),
		    .setup_arch = xenbus_init);

LINKTABLE_ONLY_TEXT(XEN)
static int netfront_probe(struct linktable_boot *boot, const struct linktable_init_step *step)
{
	(void)step;
	(void)boot;
	demo_busy(10);
	return 0;
}

/* A Xen-only driver. */
LINKTABLE_INIT_STEP(xen_netfront, 30, LINKTABLE_SUBARCHS(XEN),
		    .flags = LINKTABLE_INIT_PARALLEL_SAFE,
		    .depends = LINKTABLE_INIT_DEPS(xenbus),
		    .late_init = netfront_probe);

LINKTABLE_ONLY_TEXT(XEN)
static int blkfront_probe(struct linktable_boot *boot, const struct linktable_init_step *step)
{
	(void)step;
	(void)boot;
	demo_busy(8);
	return 0;
}

LINKTABLE_INIT_STEP(xen_blkfront, 30, LINKTABLE_SUBARCHS(XEN),
		    .flags = LINKTABLE_INIT_PARALLEL_SAFE,
		    .depends = LINKTABLE_INIT_DEPS(xenbus),
		    .late_init = blkfront_probe);

LINKTABLE_INIT_TEXT
static int rtc_init(struct linktable_boot *boot, const struct linktable_init_step *step)
{
	(void)step;
	(void)boot;
	demo_busy(4);
	return 0;
}

/* Everywhere but Xen PV (which has no CMOS clock); after hpet if that is
 * linked in (it is not: a soft dependency may be absent). */
LINKTABLE_INIT_STEP(rtc_cmos, 30, LINKTABLE_SUBARCHS_EXCEPT(XEN),
		    .flags = LINKTABLE_INIT_PARALLEL_SAFE,
		    .soft_depends = LINKTABLE_INIT_DEPS(hpet, memory),
		    .late_init = rtc_init);
