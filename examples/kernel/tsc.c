/* SPDX-License-Identifier: MIT */
/*
 * tsc.c - the TSC as the boot's clock.  Its rate is measured once: against
 * the PIT (channel 2, 10 ms) natively, from the scale Xen publishes in the
 * shared info page (vcpu_time_info) under Xen PV, where the PIT is Xen's.
 */
#include <linktable/free.h>

#include "kernel.h"

#define PIT_HZ 1193182u
#define PIT_CALIBRATE_MS 10u

static uint64_t tsc_khz;

LINKTABLE_ONLY_TEXT(PC)
static uint64_t pit_tsc_khz(void)
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
void tsc_init(void)
{
	uint64_t t0 = rdtsc();

	tsc_khz = boot.xen_pv ? xen_tsc_khz() : pit_tsc_khz();
	boot.tsc_calibration = rdtsc() - t0;
	if (!tsc_khz)
		tsc_khz = 1000000; /* unknown: count cycles as if at 1 GHz */
}

uint64_t tsc_khz_get(void)
{
	return tsc_khz;
}

/* Nanoseconds since the entry's first instruction. */
uint64_t ns_since_entry(void)
{
	uint64_t c = rdtsc() - boot.tsc_entry;

	return tsc_khz ? c / tsc_khz * 1000000u + c % tsc_khz * 1000000u / tsc_khz : c;
}
