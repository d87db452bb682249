/* SPDX-License-Identifier: MIT */
/*
 * linktable/subarch.h - hardware subarchitectures, as the x86 boot protocol
 * names them in boot_params.hdr.hardware_subarch (protocol >= 2.07).
 *
 * (Skeleton: the init framework issue completes this header.)
 */
#ifndef LINKTABLE_SUBARCH_H
#define LINKTABLE_SUBARCH_H

/** Subarchs of the x86 boot protocol; programs may add their own up to 31. */
enum linktable_subarch {
	LINKTABLE_SUBARCH_PC = 0,
	LINKTABLE_SUBARCH_LGUEST = 1,
	LINKTABLE_SUBARCH_XEN = 2,
	LINKTABLE_SUBARCH_INTEL_MID = 3,
	LINKTABLE_SUBARCH_CE4100 = 4,
	LINKTABLE_SUBARCH_MAX = 32, /* room for program-defined subarchs */
};

/** A set of subarchs, bit N for subarch N. */
typedef unsigned int linktable_subarch_mask_t;

#endif /* LINKTABLE_SUBARCH_H */
