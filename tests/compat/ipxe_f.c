/* SPDX-License-Identifier: MIT */
/* tests/compat/ipxe_f.c - more drivers and start-up functions for
 * ipxe_e.c, declared before it in the table's order. */
#include "ipxe_drv.h"

static struct xpci_device_id intel_ids[] = {
	XPCI_ROM(0x8086, 0x100e, "82540em"),
	XPCI_ROM(0x8086, 0x100f, "82545em"),
};
static int intel_probe(struct xpci_device *pci)
{
	pci->bound_to = "intel";
	return 0;
}
static void intel_remove(struct xpci_device *pci)
{
	pci->bound_to = NULL;
}
struct xpci_driver intel_driver __xpci_driver = {
	.ids = intel_ids,
	.id_count = sizeof(intel_ids) / sizeof(intel_ids[0]),
	.probe = intel_probe,
	.remove = intel_remove,
};

static struct xpci_device_id rtl_ids[] = {
	XPCI_ROM(0x10ec, 0x8139, "rtl8139"),
};
static int rtl_probe(struct xpci_device *pci)
{
	pci->bound_to = "realtek";
	return 0;
}
static void rtl_remove(struct xpci_device *pci)
{
	pci->bound_to = NULL;
}
struct xpci_driver rtl_driver __xpci_driver = {
	.ids = rtl_ids,
	.id_count = 1,
	.probe = rtl_probe,
	.remove = rtl_remove,
};

static int late_startup(void)
{
	if (ipxe_drv_fail_late)
		return -5;
	ipxe_drv_note("+late");
	return 0;
}
static void late_shutdown(int booting)
{
	ipxe_drv_note(booting ? "-late(boot)" : "-late");
}
struct xstartup_fn late_startup_fn __xstartup_fn(XSTARTUP_LATE) = { "late", late_startup, late_shutdown };

static int console_startup(void)
{
	ipxe_drv_note("+console");
	return 0;
}
static void console_shutdown(int booting)
{
	ipxe_drv_note(booting ? "-console(boot)" : "-console");
}
struct xstartup_fn console_startup_fn __xstartup_fn(XSTARTUP_NORMAL) = { "console", console_startup, console_shutdown };

static int net_startup(void)
{
	ipxe_drv_note("+net");
	return 0;
}
static void net_shutdown(int booting)
{
	ipxe_drv_note(booting ? "-net(boot)" : "-net");
}
struct xstartup_fn net_startup_fn __xstartup_fn(XSTARTUP_NORMAL) = { "net", net_startup, net_shutdown };
