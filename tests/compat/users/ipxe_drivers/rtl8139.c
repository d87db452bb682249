/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/ipxe_drivers/rtl8139.c - a Realtek NIC driver as an
 * iPXE driver file is written: its ID list, probe and remove, the driver
 * entry with __pci_driver, and an image type at order PROBE_PXE (09).
 */
#include <string.h>
#include "pci.h"
#include "image.h"
#include "init.h"

static struct pci_device_id rtl8139_nics[] = {
	PCI_ROM(0x10ec, 0x8129, "rtl8129", "Realtek 8129", 0),
	PCI_ROM(0x10ec, 0x8139, "rtl8139", "Realtek 8139", 0),
	PCI_ROM(0x1186, 0x1300, "dfe538", "DFE530TX+/DFE538TX", 0),
};

static int rtl_probe(struct pci_device *pci)
{
	trace("rtl8139:probe");
	pci->opened = 1;
	return 0;
}

static void rtl_remove(struct pci_device *pci)
{
	trace("rtl8139:remove");
	pci->opened = 0;
}

struct pci_driver rtl8139_driver __pci_driver = {
	.ids = rtl8139_nics,
	.id_count = (sizeof(rtl8139_nics) / sizeof(rtl8139_nics[0])),
	.probe = rtl_probe,
	.remove = rtl_remove,
};

/* A PXE image is anything that starts with the NBP signature here. */
static int pxe_probe(struct image *image)
{
	return (image->len >= 4 && memcmp(image->data, "PXE!", 4) == 0) ? 0 : -1;
}

struct image_type pxe_image_type __image_type(PROBE_PXE) = {
	.name = "PXE",
	.probe = pxe_probe,
};

static void rtl_init(void)
{
	trace("init:rtl8139");
}

struct init_fn rtl_init_fn __init_fn(INIT_NORMAL) = {
	.name = "rtl8139",
	.initialise = rtl_init,
};
