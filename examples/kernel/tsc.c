/* SPDX-License-Identifier: MIT */
/*
 * tsc.c - the TSC as the boot's clock.  Its rate is measured once, by the
 * tsc step, through the decided subarch's ops: against the PIT (channel 2,
 * 10 ms) natively, from the scale Xen publishes in the shared info page
 * (vcpu_time_info) under Xen PV, where the PIT is Xen's.  Until then the
 * boot's clock reads 0.
 */
#include <linktable/free.h>
#include <linktable/step.h>

#include "kernel.h"

#define PIT_HZ 1193182u
#define PIT_CALIBRATE_MS 10u

static uint64_t tsc_khz;

LINKTABLE_ONLY_TEXT(PC)
uint64_t pit_tsc_khz(void)
{
	uint16_t latch = PIT_HZ / (1000u / PIT_CALIBRATE_MS);
	uint64_t t0, t1;
	unsigned long spins = 0;

	outb(0x61, (inb(0x61) & ~0x02u) | 0x01u); /* gate channel 2 on, speaker off */
	outb(0x43, 0xb0);                         /* channel 2, lo/hi byte, mode 0 */
	outb(0x42, (uint8_t)latch);
	outb(0x42, (uint8_t)(latch >> 8));
	t0 = rdtsc();
	while (!(inb(0x61) & 0x20) && ++spins < 100000000ul)
		;
	t1 = rdtsc();
	return (t1 - t0) / PIT_CALIBRATE_MS;
}

LINKTABLE_INIT_TEXT
int tsc_init(struct linktable_boot *b, const struct linktable_init_step *step)
{
	uint64_t t0 = rdtsc(), khz;

	(void)b;
	(void)step;
	khz = kops->tsc_khz();
	boot.tsc_calibration = rdtsc() - t0;
	tsc_khz = khz ? khz : 1000000; /* unknown: count cycles as if at 1 GHz */
	tprintk("tsc: %llu kHz (%s)%s\n", (unsigned long long)tsc_khz, kops->clock_source,
		khz ? "" : ": unknown, counting as 1 GHz");
	return 0;
}

LINKTABLE_INIT_STEP(tsc, 0, LINKTABLE_SUBARCHS(PC, XEN), .flags = LINKTABLE_INIT_CRITICAL,
		    .depends = LINKTABLE_INIT_DEPS(traps), .provides = LINKTABLE_INIT_RESOURCES(clock),
		    .early_init = tsc_init);

uint64_t tsc_khz_get(void)
{
	return tsc_khz;
}

/* Nanoseconds since the entry's first instruction; 0 before calibration. */
uint64_t ns_since_entry(void)
{
	uint64_t c = rdtsc() - boot.tsc_entry;

	return tsc_khz ? c / tsc_khz * 1000000u + c % tsc_khz * 1000000u / tsc_khz : 0;
}
