/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/ipxe_drivers/undi.c - the generic fallback driver:
 * registered with __pci_driver_fallback (order 02), so it comes after
 * every normal driver whatever the link order, and it claims any
 * network device (a wildcard ID).  Also an early initialisation
 * function.
 */
#include "pci.h"
#include "init.h"

#define PCI_ANY_ID 0xffff

static struct pci_device_id undi_nics[] = {
	PCI_ROM(PCI_ANY_ID, PCI_ANY_ID, "undi", "UNDI (any NIC)", 0),
};

static int undi_probe(struct pci_device *pci)
{
	trace("undi:probe");
	pci->opened = 1;
	return 0;
}

static void undi_remove(struct pci_device *pci)
{
	trace("undi:remove");
	pci->opened = 0;
}

struct pci_driver undi_driver __pci_driver_fallback = {
	.ids = undi_nics,
	.id_count = (sizeof(undi_nics) / sizeof(undi_nics[0])),
	.probe = undi_probe,
	.remove = undi_remove,
};

static void undi_early(void)
{
	trace("init:early");
}

struct init_fn undi_init_fn __init_fn(INIT_EARLY) = {
	.name = "undi",
	.initialise = undi_early,
};
