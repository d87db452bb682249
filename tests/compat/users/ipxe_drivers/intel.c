/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/ipxe_drivers/intel.c - an Intel NIC driver whose
 * probe refuses one of its devices (the bus then tries the drivers after
 * it), a start-up function at STARTUP_NORMAL and an image type at
 * PROBE_NORMAL (02), as a second file of the same order.
 */
#include <string.h>
#include "pci.h"
#include "image.h"
#include "init.h"

static struct pci_device_id intel_nics[] = {
	PCI_ROM(0x8086, 0x100e, "82540em", "82540EM", 0),
	PCI_ROM(0x8086, 0x10d3, "82574l", "82574L", 0),
	PCI_ROM(0x8086, 0x1502, "82579lm", "82579LM", 0),
};

static int intel_probe(struct pci_device *pci)
{
	/* This one needs firmware we do not have. */
	if (pci->device == 0x10d3) {
		trace("intel:refused");
		return -1;
	}
	trace("intel:probe");
	pci->opened = 1;
	return 0;
}

static void intel_remove(struct pci_device *pci)
{
	trace("intel:remove");
	pci->opened = 0;
}

struct pci_driver intel_driver __pci_driver = {
	.ids = intel_nics,
	.id_count = (sizeof(intel_nics) / sizeof(intel_nics[0])),
	.probe = intel_probe,
	.remove = intel_remove,
};

static int elf_probe(struct image *image)
{
	return (image->len >= 4 && memcmp(image->data, "\177ELF", 4) == 0) ? 0 : -1;
}

struct image_type elf_image_type __image_type(PROBE_NORMAL) = {
	.name = "ELF",
	.probe = elf_probe,
};

static int intel_startup(void)
{
	trace("startup:intel");
	return 0;
}

static void intel_shutdown(int booting)
{
	trace(booting ? "shutdown:intel:boot" : "shutdown:intel");
}

struct startup_fn intel_startup_fn __startup_fn(STARTUP_NORMAL) = {
	.name = "intel",
	.startup = intel_startup,
	.shutdown = intel_shutdown,
};
