/* SPDX-License-Identifier: MIT */
/*
 * xen_version.c - a Xen-only step: ask the hypervisor its version
 * (xen_version hypercall: XENVER_version, XENVER_extraversion).
 */
#include <linktable/free.h>
#include <linktable/step.h>

#include "kernel.h"
#include "xen_abi.h"

LINKTABLE_ONLY_TEXT(XEN)
int xen_version_init(struct linktable_boot *b, const struct linktable_init_step *step)
{
	char extra[17] = { 0 };
	long v;

	(void)step;
	(void)b;
	v = xen_hypercall2(__HYPERVISOR_xen_version, XENVER_version, 0);
	if (v < 0)
		return (int)v;
	xen_hypercall2(__HYPERVISOR_xen_version, XENVER_extraversion, (uintptr_t)extra);
	for (int i = 0; i < 16; i++)
		if (extra[i] && (extra[i] < 0x20 || extra[i] > 0x7e))
			extra[i] = '?';
	tprintk("xen: running on Xen %ld.%ld%s as a PV guest\n", v >> 16, v & 0xffff, extra);
	return 0;
}

LINKTABLE_INIT_STEP(xen_version, 20, LINKTABLE_SUBARCHS(XEN), .late_init = xen_version_init);
