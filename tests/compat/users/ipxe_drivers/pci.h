/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/ipxe_drivers/pci.h - a PCI bus as an iPXE-style
 * program has it: a driver type with an ID list, probe and remove, the
 * driver table, and the two orders a driver may register at (normal
 * drivers first, a generic fallback after every one of them).
 */
#ifndef IPXE_DRIVERS_PCI_H
#define IPXE_DRIVERS_PCI_H
#include <stdint.h>
#include <linktable/compat/ipxe.h>

struct pci_device_id {
	const char *name;
	uint16_t vendor;
	uint16_t device;
};

#define PCI_ROM(_vendor, _device, _name, _description, _data) \
	{ .vendor = _vendor, .device = _device, .name = _name }

struct pci_device {
	uint16_t vendor;
	uint16_t device;
	const struct pci_device_id *id;
	struct pci_driver *driver;
	int opened;
};

struct pci_driver {
	struct pci_device_id *ids;
	unsigned int id_count;
	int (*probe)(struct pci_device *pci);
	void (*remove)(struct pci_device *pci);
};

#define PCI_DRIVERS __table(struct pci_driver, "pci_drivers")
LINKTABLE_IPXE_DECLARE(PCI_DRIVERS);

#define __pci_driver __table_entry(PCI_DRIVERS, 01)
#define __pci_driver_fallback __table_entry(PCI_DRIVERS, 02)

int pci_find_driver(struct pci_device *pci);
int pci_probe(struct pci_device *pci);
void pci_remove(struct pci_device *pci);

/* What the drivers did, in order (space-separated words). */
void trace(const char *what);
#endif
