/* SPDX-License-Identifier: MIT */
/*
 * A linked init table: steps declared with LINKTABLE_INIT_STEP() in this
 * image, booted through linktable_boot() on both pc and xen.
 */
#include <stdio.h>

#include "../tap.h"
#include <linktable/plan.h>

LINKTABLE_INIT_TABLE_DEFINE();

static char ran[256];

static void note(const char *what)
{
	snprintf(ran + strlen(ran), sizeof(ran) - strlen(ran), "%s%s", ran[0] ? " " : "", what);
}

static int mem(struct linktable_boot *b, const struct linktable_init_step *step) { (void)step; (void)b; note("memory"); return 0; }
static int pci(struct linktable_boot *b, const struct linktable_init_step *step) { (void)step; (void)b; note("pci"); return 0; }
static int kasan(struct linktable_boot *b, const struct linktable_init_step *step) { (void)step; (void)b; note("kasan"); return 0; }
static int front(struct linktable_boot *b, const struct linktable_init_step *step) { (void)step; (void)b; note("netfront"); return 0; }
static int nic(struct linktable_boot *b, const struct linktable_init_step *step) { (void)step; (void)b; note("e1000"); return 0; }

LINKTABLE_INIT_STEP(t_e1000, 30, LINKTABLE_SUBARCHS(PC), .depends = LINKTABLE_INIT_DEPS(t_pci),
		    .late_init = nic);
LINKTABLE_INIT_STEP(t_pci, 20, LINKTABLE_SUBARCHS(PC, XEN), .depends = LINKTABLE_INIT_DEPS(t_memory),
		    .setup_arch = pci);
LINKTABLE_INIT_STEP(t_netfront, 30, LINKTABLE_SUBARCHS(XEN), .late_init = front);
LINKTABLE_INIT_STEP(t_kasan, 10, LINKTABLE_SUBARCHS_EXCEPT(XEN, LGUEST), .early_init = kasan);
/* level written with two digits, as 00..09 may be: level 5 */
LINKTABLE_INIT_STEP(t_memory, 05, LINKTABLE_SUBARCHS_ALL, .flags = LINKTABLE_INIT_CRITICAL,
		    .early_init = mem);

int main(void)
{
	struct linktable_boot_config cfg = { .subarch = "pc" };
	struct linktable_boot *boot;
	struct linktable_plan *plan;
	int r;

	is_int(LINKTABLE_COUNT(init_steps), 5, "the table holds the 5 linked steps");
	is_int(linktable_init_step_t_kasan.subarchs, ~((1u << 1) | (1u << 2)), "EXCEPT(XEN, LGUEST) mask");
	is_str(linktable_init_step_t_pci.name, "t_pci", "the step's name is its symbol's name");
	ok(strstr(linktable_init_step_t_pci.file, "test_table.c") && linktable_init_step_t_pci.line > 0,
	   "the step records where it was declared");
	is_str(linktable_init_step_t_e1000.depends[0], "t_pci", "LINKTABLE_INIT_DEPS keeps names");
	ok(linktable_init_step_t_e1000.depends[1] == NULL, "and ends the list with NULL");
	is_int(linktable_init_step_t_memory.level, 5, "a level written 05 is level 5");

	r = linktable_boot(&cfg, &boot);
	is_int(r, 0, "linktable_boot() on pc");
	is_str(ran, "memory kasan pci e1000", "pc: phases and dependencies in order");
	is_int(boot->decision.source, LINKTABLE_SUBARCH_FROM_ARGUMENT, "decided by the argument");
	linktable_boot_free(boot);

	ran[0] = 0;
	cfg.subarch = "xen";
	cfg.parallel = 1;
	r = linktable_boot(&cfg, &boot);
	is_int(r, 0, "linktable_boot() on xen, parallel");
	is_str(ran, "memory pci netfront", "xen: kasan and e1000 skipped");
	linktable_boot_free(boot);

	is_int(linktable_plan_build_table(&linktable_bounds_init_steps, LINKTABLE_SUBARCH_XEN, NULL, &plan), 0,
	       "plan from the table's bounds");
	is_int(plan->norder, 3, "3 steps for xen");
	linktable_plan_free(plan);
	return tap_done();
}
