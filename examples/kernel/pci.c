/* SPDX-License-Identifier: MIT */
/*
 * pci.c - a PCI scan through configuration mechanism #1 (0xCF8/0xCFC):
 * every function of every device on the buses reached from bus 0 through
 * PCI-to-PCI bridges.  PC only (under Xen PV, dom0 would ask Xen).
 */
#include <linktable/free.h>
#include <linktable/step.h>

#include "kernel.h"

#define PCI_ADDR 0xcf8
#define PCI_DATA 0xcfc

LINKTABLE_INIT_TEXT
static uint32_t pci_read(unsigned int bus, unsigned int dev, unsigned int fn, unsigned int reg)
{
	outl(PCI_ADDR, 0x80000000u | bus << 16 | dev << 11 | fn << 8 | (reg & 0xfc));
	return inl(PCI_DATA);
}

LINKTABLE_INIT_TEXT
int pci_init(struct linktable_boot *b, const struct linktable_init_step *step)
{
	unsigned int found = 0, max_bus = 0;

	(void)step;
	(void)b;
	outl(PCI_ADDR, 0x80000000u);
	if (inl(PCI_ADDR) != 0x80000000u) {
		tprintk("pci: no configuration mechanism #1 at 0xcf8\n");
		return -19;
	}
	for (unsigned int bus = 0; bus <= max_bus && bus < 256; bus++) {
		for (unsigned int dev = 0; dev < 32; dev++) {
			for (unsigned int fn = 0; fn < 8; fn++) {
				uint32_t id = pci_read(bus, dev, fn, 0);
				uint32_t class, hdr;

				if ((id & 0xffff) == 0xffff) {
					if (fn == 0)
						break;
					continue;
				}
				class = pci_read(bus, dev, fn, 8) >> 8;
				hdr = pci_read(bus, dev, fn, 0xc) >> 16 & 0xff;
				tprintk("pci 0000:%02x:%02x.%u: [%04x:%04x] type %02x class 0x%06x\n", bus, dev, fn,
					id & 0xffff, id >> 16, hdr & 0x7f, class);
				found++;
				if ((hdr & 0x7f) == 1) { /* bridge: its subordinate bus */
					unsigned int sub = pci_read(bus, dev, fn, 0x18) >> 16 & 0xff;

					if (sub > max_bus)
						max_bus = sub;
				}
				if (fn == 0 && !(hdr & 0x80))
					break; /* single-function device */
			}
		}
	}
	tprintk("pci: %u functions on %u bus(es)\n", found, max_bus + 1);
	return found ? 0 : -19;
}

LINKTABLE_INIT_STEP(pci, 30, LINKTABLE_SUBARCHS(PC), .late_init = pci_init);
