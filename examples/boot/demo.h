/* SPDX-License-Identifier: MIT */
/*
 * The simulated x86 boot: shared declarations of the demo's steps and
 * entry points.
 */
#ifndef LINKTABLE_DEMO_H
#define LINKTABLE_DEMO_H

#include <stddef.h>
#include <stdio.h>

#include <linktable/boot.h>

/* The simulated machine the steps set up; boot->user points at it. */
struct demo_machine {
	unsigned long cr4_shadow;   /* 0 until cr4_shadow runs: the 5054daa285be crash */
	int memory_ready;
	int kasan_shadow_ready;
	const char *console;
	unsigned int pci_devices;
	unsigned int pci_fixups_applied;
	int verbose;                /* callbacks may print what they do */
	int legacy_entries;         /* simulate the entries before 5054daa285be */
};

/* How one simulated boot is run; filled by main from the command line. */
struct demo_options {
	int parallel;
	int json;                   /* JSON only, on stdout */
	FILE *out;                  /* text output (NULL with json) */
	int first_json;             /* no comma before the next boot's JSON */
	int legacy_entries;         /* --legacy-entries */
	struct linktable_boot_summary summary; /* of the last boot */
};

/* A PCI device of the simulated bus, and the fixup table walked by pci. */
struct demo_pci_dev {
	unsigned short vendor, device;
	const char *name;
	unsigned int quirks;
};

struct demo_pci_fixup {
	unsigned short vendor, device;
	const char *name;
	void (*fixup)(struct demo_pci_dev *dev);
};
LINKTABLE_DECLARE(struct demo_pci_fixup, demo_pci_fixups);

/* Simulated time: sleep @ms milliseconds (so the parallel runner shows its
 * gain even on one core). */
void demo_busy(unsigned int ms);

struct demo_machine *demo_machine(struct linktable_boot *boot);

/* The entry points, as in the seed, and the common path they share. */
int startup_64(struct demo_options *opt, unsigned int hardware_subarch);
int startup_xen(struct demo_options *opt);
int x86_64_start_reservations(const unsigned char *real_mode_data, struct demo_options *opt,
			      struct demo_machine *machine);

/* What the native entry called itself before the init step existed. */
void demo_cr4_init_shadow(struct demo_machine *m);

/* Zero page the simulated boot loader (or Xen) hands over. */
#define DEMO_ZERO_PAGE_SIZE 4096
void demo_fill_zero_page(unsigned char *zp, unsigned int hardware_subarch);

/* Memory given back at run time (examples/boot/freed.c): configure the
 * release (the planner's is_released check, and other subarchs' memory
 * released before the first phase), release init-only memory once the boot
 * is done, and print what was freed. */
void demo_release_setup(struct linktable_boot_config *cfg);

/* The hooks the demo's boots trace through: one clock across its boots
 * (examples/boot/trace_clock.c). */
const struct linktable_env *demo_trace_env(FILE *out);
void demo_free_init_memory(void);
void demo_report_freed(FILE *out, const struct linktable_boot *boot);

#endif
