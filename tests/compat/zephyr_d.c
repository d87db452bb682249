/* SPDX-License-Identifier: MIT */
/* tests/compat/zephyr_d.c - more Zephyr-style elements, from a second file. */
#include "zephyr_user.h"

SENSOR_DEFINE(t_x, 7);
SENSOR_DEFINE(t0, 0);
STAT_COUNTER_DEFINE(errors);
TYPE_SECTION_ITERABLE(int, magic_c, magic_numbers, c) = 3;
TYPE_SECTION_ITERABLE(int, magic_a, magic_numbers, a) = 1;

/* Counts a packet, by the counter's name, from another file. */
void zephyr_user_rx(void);
void zephyr_user_rx(void)
{
	rx_packets.hits++;
}
