/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/ipxe_drv.h - iPXE-style driver code: a PCI driver table
 * whose entries are attributes on the drivers' own declarations
 * (__pci_driver, __pci_driver_fallback: orders 01 and 02), start-up and
 * shutdown functions at macro-named orders walked forwards and backwards,
 * a table nobody adds to.
 */
#ifndef LINKTABLE_TESTS_COMPAT_IPXE_DRV_H
#define LINKTABLE_TESTS_COMPAT_IPXE_DRV_H
#include <stddef.h>
#include <linktable/compat/ipxe.h>

struct xpci_device_id {
	unsigned short vendor, device;
	const char *name;
};
struct xpci_device {
	unsigned short vendor, device;
	const char *bound_to;
};
struct xpci_driver {
	struct xpci_device_id *ids;
	unsigned int id_count;
	int (*probe)(struct xpci_device *pci);
	void (*remove)(struct xpci_device *pci);
};
#define XPCI_DRIVERS __table(struct xpci_driver, "xpci_drivers")
LINKTABLE_IPXE_DECLARE(XPCI_DRIVERS);
#define XPCI_DRIVER_NORMAL 01
#define XPCI_DRIVER_FALLBACK 02
#define __xpci_driver __table_entry(XPCI_DRIVERS, XPCI_DRIVER_NORMAL)
#define __xpci_driver_fallback __table_entry(XPCI_DRIVERS, XPCI_DRIVER_FALLBACK)
#define XPCI_ROM(_vendor, _device, _name) { .vendor = _vendor, .device = _device, .name = _name }

struct xstartup_fn {
	const char *name;
	int (*startup)(void);
	void (*shutdown)(int booting);
};
#define XSTARTUP_FNS __table(struct xstartup_fn, "xstartup_fns")
LINKTABLE_IPXE_DECLARE(XSTARTUP_FNS);
#define __xstartup_fn(startup_order) __table_entry(XSTARTUP_FNS, startup_order)
#define XSTARTUP_EARLY 01
#define XSTARTUP_NORMAL 02
#define XSTARTUP_LATE 03

/* A table no file adds to. */
struct xnothing {
	int x;
};
#define XNOTHINGS __table(struct xnothing, "xnothings")
LINKTABLE_IPXE_DECLARE(XNOTHINGS);

/* What ran, in order. */
extern char ipxe_drv_trace[128];
void ipxe_drv_note(const char *what);
/* Whether the "late" start-up function fails (tests the rollback). */
extern int ipxe_drv_fail_late;
#endif
