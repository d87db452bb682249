/* SPDX-License-Identifier: MIT */
/*
 * A step written by a newcomer from README.md and <linktable/step.h> alone
 * (issue 18's test): a critical memory step on every subarch, and a NIC
 * step for PC and Xen that needs memory, orders itself after an IOMMU step
 * if one is linked in (none is), and runs only where it is detected.  Its
 * callbacks read the program's machine through boot->user and the subarch
 * through boot->subarch.  tests/install/test.sh builds it against the
 * installed headers and library with the pkg-config flags alone, boots it
 * on pc and on xen, and checks it with the installed linktable command.
 */
#include <stdio.h>

#include <linktable/step.h>

struct machine {
	int memory_ready;
	int nic_ready;
};

static int memory_init(struct linktable_boot *b, const struct linktable_init_step *s)
{
	struct machine *m = b->user;

	(void)s;
	m->memory_ready = 1;
	return 0;
}

static int nic_present(struct linktable_boot *b, const struct linktable_init_step *s)
{
	(void)s;
	return b->subarch == LINKTABLE_SUBARCH_PC; /* > 0: needed here */
}

static int nic_init(struct linktable_boot *b, const struct linktable_init_step *s)
{
	struct machine *m = b->user;

	printf("%s: memory %s\n", s->name, m->memory_ready ? "ready" : "missing");
	m->nic_ready = m->memory_ready;
	return m->memory_ready ? 0 : -1;
}

LINKTABLE_INIT_STEP(memory, 0, LINKTABLE_SUBARCHS_ALL, .flags = LINKTABLE_INIT_CRITICAL, .early_init = memory_init);
LINKTABLE_INIT_STEP(nic, 20, LINKTABLE_SUBARCHS(PC, XEN),
		    .depends = LINKTABLE_INIT_DEPS(memory),
		    .soft_depends = LINKTABLE_INIT_DEPS(iommu),
		    .detect = nic_present,
		    .setup_arch = nic_init);

LINKTABLE_INIT_TABLE_DEFINE();

int main(void)
{
	struct machine m = { 0, 0 };
	struct linktable_boot_config cfg = { .trace_file = stdout, .user = &m };
	struct linktable_boot *boot;
	int err = linktable_boot(&cfg, &boot);

	printf("nic %s\n", m.nic_ready ? "ready" : "absent");
	linktable_boot_free(boot);
	return err ? 1 : 0;
}
