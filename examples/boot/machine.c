/* SPDX-License-Identifier: MIT */
/*
 * Helpers of the simulated machine.
 */
#include <string.h>
#include <time.h>

#include "demo.h"

void demo_busy(unsigned int ms)
{
	struct timespec t = { ms / 1000, (long)(ms % 1000) * 1000000L };

	while (nanosleep(&t, &t) != 0)
		;
}

struct demo_machine *demo_machine(struct linktable_boot *boot)
{
	return boot->user;
}

void demo_fill_zero_page(unsigned char *zp, unsigned int hardware_subarch)
{
	memset(zp, 0, DEMO_ZERO_PAGE_SIZE);
	zp[0x1fe] = 0x55; /* boot_flag 0xAA55 */
	zp[0x1ff] = 0xaa;
	memcpy(zp + 0x202, "HdrS", 4);
	zp[LINKTABLE_ZERO_PAGE_VERSION_OFFSET] = 0x0f; /* protocol 2.15 */
	zp[LINKTABLE_ZERO_PAGE_VERSION_OFFSET + 1] = 0x02;
	zp[LINKTABLE_ZERO_PAGE_SUBARCH_OFFSET] = (unsigned char)hardware_subarch;
	zp[LINKTABLE_ZERO_PAGE_SUBARCH_OFFSET + 1] = (unsigned char)(hardware_subarch >> 8);
	zp[LINKTABLE_ZERO_PAGE_SUBARCH_OFFSET + 2] = (unsigned char)(hardware_subarch >> 16);
	zp[LINKTABLE_ZERO_PAGE_SUBARCH_OFFSET + 3] = (unsigned char)(hardware_subarch >> 24);
}
