/* SPDX-License-Identifier: MIT */
/*
 * PCI: enumerates the simulated bus and applies every matching fixup from a
 * second linker table, which any driver file can add to.
 */
#include <stdio.h>

#include <linktable/free.h>

#include "demo.h"

LINKTABLE_DEFINE(struct demo_pci_fixup, demo_pci_fixups);

#define QUIRK_NO_MSI 0x1u

LINKTABLE_INIT_TEXT
static void ahci_no_msi(struct demo_pci_dev *dev)
{
	dev->quirks |= QUIRK_NO_MSI;
}

LINKTABLE_ENTRY(demo_pci_fixups, 10, fixup_ahci) = { 0x8086, 0x2922, "ahci: no MSI", ahci_no_msi };

/* Bare metal has the chipset; a Xen PV guest sees a passed-through NIC. */
/* The buses are scanned once, at init: their descriptions go with the
 * subarch that has them. */
LINKTABLE_ONLY_DATA(PC) static struct demo_pci_dev pc_bus[] = {
	{ 0x8086, 0x29c0, "host bridge", 0 },
	{ 0x8086, 0x2922, "AHCI controller", 0 },
	{ 0x8086, 0x100e, "e1000 NIC", 0 },
};
LINKTABLE_ONLY_DATA(XEN) static struct demo_pci_dev xen_bus[] = {
	{ 0x8086, 0x100e, "e1000 NIC (pcifront)", 0 },
};

LINKTABLE_INIT_TEXT
static int pci_subsys_init(struct linktable_boot *boot, const struct linktable_init_step *step)
{
	struct demo_machine *m = demo_machine(boot);
	struct demo_pci_dev *bus = boot->subarch == LINKTABLE_SUBARCH_XEN ? xen_bus : pc_bus;
	size_t n = boot->subarch == LINKTABLE_SUBARCH_XEN ? sizeof(xen_bus) / sizeof(xen_bus[0])
							   : sizeof(pc_bus) / sizeof(pc_bus[0]);
	const struct demo_pci_fixup *f;
	size_t i;

	(void)step;
	demo_busy(2);
	for (i = 0; i < n; i++) {
		m->pci_devices++;
		LINKTABLE_FOREACH(f, demo_pci_fixups) {
			if (f->vendor != bus[i].vendor || f->device != bus[i].device)
				continue;
			f->fixup(&bus[i]);
			m->pci_fixups_applied++;
			if (m->verbose)
				printf("    pci %04x:%04x %s: fixup \"%s\"\n", bus[i].vendor, bus[i].device,
				       bus[i].name, f->name);
		}
	}
	return 0;
}

LINKTABLE_INIT_STEP(pci, 20, LINKTABLE_SUBARCHS(PC, XEN),
		    .flags = LINKTABLE_INIT_CRITICAL,
		    .depends = LINKTABLE_INIT_DEPS(memory),
		    .setup_arch = pci_subsys_init);
