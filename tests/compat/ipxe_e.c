/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/ipxe_e.c - iPXE-style driver code (tests/compat/ipxe_drv.h):
 * devices matched against every driver's ID list in table order (normal
 * drivers before the fallback whatever the link order), table_index() of
 * the driver that bound, start-up in order with a rollback of the ones
 * already started through for_each_table_entry_continue_reverse() when one
 * fails, shutdown in reverse, the empty table's loops.  Drivers and
 * start-up functions also in ipxe_f.c.
 */
#include <string.h>
#include "compat.h"
#include "ipxe_drv.h"

LINKTABLE_IPXE_DEFINE(XPCI_DRIVERS);
LINKTABLE_IPXE_DEFINE(XSTARTUP_FNS);
LINKTABLE_IPXE_DEFINE(XNOTHINGS);

char ipxe_drv_trace[128];
int ipxe_drv_fail_late;

void ipxe_drv_note(const char *what)
{
	size_t n = strlen(ipxe_drv_trace);

	if (n + strlen(what) + 2 < sizeof(ipxe_drv_trace)) {
		if (n)
			ipxe_drv_trace[n++] = ' ';
		strcpy(ipxe_drv_trace + n, what);
	}
}

/* The fallback driver (order 02) claims any Intel device. */
static struct xpci_device_id generic_ids[] = {
	XPCI_ROM(0x8086, 0x100e, "generic-e1000"),
	XPCI_ROM(0x8086, 0x10d3, "generic-e1000e"),
};
static int generic_probe(struct xpci_device *pci)
{
	pci->bound_to = "generic";
	return 0;
}
static void generic_remove(struct xpci_device *pci)
{
	pci->bound_to = NULL;
}
struct xpci_driver generic_driver __xpci_driver_fallback = {
	.ids = generic_ids,
	.id_count = sizeof(generic_ids) / sizeof(generic_ids[0]),
	.probe = generic_probe,
	.remove = generic_remove,
};

static int early_startup(void)
{
	ipxe_drv_note("+early");
	return 0;
}
static void early_shutdown(int booting)
{
	ipxe_drv_note(booting ? "-early(boot)" : "-early");
}
struct xstartup_fn early_startup_fn __xstartup_fn(XSTARTUP_EARLY) = {
	.name = "early",
	.startup = early_startup,
	.shutdown = early_shutdown,
};

/* iPXE's PCI probe: the first driver (in table order) whose ID list holds
 * the device, and whose probe() succeeds. */
static struct xpci_driver *pci_find_and_probe(struct xpci_device *pci)
{
	struct xpci_driver *driver;
	unsigned int i;

	for_each_table_entry(driver, XPCI_DRIVERS) {
		for (i = 0; i < driver->id_count; i++) {
			if (driver->ids[i].vendor == pci->vendor && driver->ids[i].device == pci->device &&
			    driver->probe(pci) == 0)
				return driver;
		}
	}
	return NULL;
}

/* iPXE's startup(): every start-up function in order; on a failure undo,
 * last first, the ones that had started. */
static int startup_all(void)
{
	struct xstartup_fn *fn, *failed;
	int rc;

	for_each_table_entry(fn, XSTARTUP_FNS) {
		if (fn->startup && (rc = fn->startup()) != 0)
			goto err;
	}
	return 0;
err:
	failed = fn;
	for_each_table_entry_continue_reverse(fn, XSTARTUP_FNS) {
		if (fn->shutdown)
			fn->shutdown(0);
	}
	ipxe_drv_note(failed->name);
	return rc;
}

static void shutdown_all(int booting)
{
	struct xstartup_fn *fn;

	for_each_table_entry_reverse(fn, XSTARTUP_FNS) {
		if (fn->shutdown)
			fn->shutdown(booting);
	}
}

void test_ipxe_drv(void)
{
	struct xpci_device nic = { 0x8086, 0x100e, NULL }, nic2 = { 0x8086, 0x10d3, NULL }, other = { 0x10ec, 0x8139, NULL },
			   unknown = { 0x1234, 0x1111, NULL };
	struct xpci_driver *d, *bound;
	struct xstartup_fn *fn;
	struct xnothing *nothing;
	int n = 0, fallback_seen = 0, good = 1, rc, cn;

	for_each_table_entry(d, XPCI_DRIVERS) {
		/* every normal driver (01) before the fallback (02) */
		good &= !(fallback_seen && d != &generic_driver);
		fallback_seen |= d == &generic_driver;
		n++;
	}
	check(good && n == 3 && table_num_entries(XPCI_DRIVERS) == 3 &&
		      table_index(XPCI_DRIVERS, &generic_driver) == 2,
	      "ipxe drivers: __xpci_driver entries (order 01) before the fallback (02) from the other file: index %d of %d",
	      (int)table_index(XPCI_DRIVERS, &generic_driver), n);
	bound = pci_find_and_probe(&nic);
	check(bound != NULL && bound != &generic_driver && strcmp(nic.bound_to, "intel") == 0 &&
		      table_index(XPCI_DRIVERS, bound) < 2,
	      "ipxe drivers: a device both drivers claim binds to the normal one (%s)", nic.bound_to ? nic.bound_to : "none");
	bound = pci_find_and_probe(&nic2);
	check(bound == &generic_driver && strcmp(nic2.bound_to, "generic") == 0,
	      "ipxe drivers: a device only the fallback claims binds to it");
	bound = pci_find_and_probe(&other);
	check(bound != NULL && strcmp(other.bound_to, "realtek") == 0 && table_start(XPCI_DRIVERS)[table_index(XPCI_DRIVERS, bound)].probe == bound->probe,
	      "ipxe drivers: table_start()[table_index()] is the driver itself");
	check(pci_find_and_probe(&unknown) == NULL && unknown.bound_to == NULL, "ipxe drivers: an unknown device binds to none");
	generic_driver.remove(&nic2);
	check(nic2.bound_to == NULL, "ipxe drivers: entries are the drivers' own objects (remove through the global)");

	/* console and net share order NORMAL: link order between them, which
	 * the shutdown and the rollback must reverse */
	ipxe_drv_trace[0] = '\0';
	rc = startup_all();
	cn = strcmp(ipxe_drv_trace, "+early +console +net +late") == 0;
	check(rc == 0 && (cn || strcmp(ipxe_drv_trace, "+early +net +console +late") == 0),
	      "ipxe startup: EARLY, NORMAL (two), LATE in order: %s", ipxe_drv_trace);
	ipxe_drv_trace[0] = '\0';
	shutdown_all(1);
	check(strcmp(ipxe_drv_trace, cn ? "-late(boot) -net(boot) -console(boot) -early(boot)"
					: "-late(boot) -console(boot) -net(boot) -early(boot)") == 0,
	      "ipxe shutdown: for_each_table_entry_reverse, last first: %s", ipxe_drv_trace);
	ipxe_drv_trace[0] = '\0';
	ipxe_drv_fail_late = 1;
	rc = startup_all();
	check(rc == -5 && strcmp(ipxe_drv_trace, cn ? "+early +console +net -net -console -early late"
						    : "+early +net +console -console -net -early late") == 0,
	      "ipxe startup: a failure rolls back the started ones with _continue_reverse: %s", ipxe_drv_trace);
	ipxe_drv_fail_late = 0;
	n = 0;
	fn = table_start(XSTARTUP_FNS);
	for_each_table_entry_continue(fn, XSTARTUP_FNS)
		n++;
	check(n == 3 && table_num_entries(XSTARTUP_FNS) == 4, "ipxe startup: _continue from the first visits the other 3");
	n = 0;
	for_each_table_entry(nothing, XNOTHINGS)
		n++;
	for_each_table_entry_reverse(nothing, XNOTHINGS)
		n++;
	check(n == 0 && table_num_entries(XNOTHINGS) == 0 && table_start(XNOTHINGS) == table_end(XNOTHINGS),
	      "ipxe: a table with no entries: no loop runs, start == end, 0 entries");
}
