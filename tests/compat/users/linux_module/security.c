/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/linux_module/security.c - security modules as Linux
 * 4.20 and later declare them: the capability module first
 * (LSM_ORDER_FIRST, defined last here), two exclusive major modules of
 * which only one may run, one disabled by its enabled int (as "lsm=" or
 * its own parameter would leave it), a stacked minor one with blob sizes,
 * and an early one (as lockdown).  Each init writes its name to the log.
 */
#define KBUILD_MODNAME "toysec"
#include "drv.h"

char lsm_log[128];

static void lsm_note(const char *name)
{
	size_t n = 0, i;

	while (lsm_log[n] != '\0')
		n++;
	for (i = 0; name[i] != '\0' && n + 2 < sizeof(lsm_log); i++)
		lsm_log[n++] = name[i];
	lsm_log[n++] = ' ';
	lsm_log[n] = '\0';
}

static int __init toyarmor_init(void)
{
	lsm_note("toyarmor");
	return 0;
}
int toyarmor_enabled = 1;
DEFINE_LSM(toyarmor) = {
	.name = "toyarmor",
	.flags = LSM_FLAG_LEGACY_MAJOR | LSM_FLAG_EXCLUSIVE,
	.enabled = &toyarmor_enabled,
	.init = toyarmor_init,
};

static int __init toysel_init(void)
{
	lsm_note("toysel");
	return 0;
}
int toysel_enabled = 1;
DEFINE_LSM(toysel) = {
	.name = "toysel",
	.flags = LSM_FLAG_LEGACY_MAJOR | LSM_FLAG_EXCLUSIVE,
	.enabled = &toysel_enabled,
	.init = toysel_init,
};

static int __init toyoff_init(void)
{
	lsm_note("toyoff");
	return 0;
}
int toyoff_enabled;
module_param_named(enabled, toyoff_enabled, int, 0444);
DEFINE_LSM(toyoff) = {
	.name = "toyoff",
	.enabled = &toyoff_enabled,
	.init = toyoff_init,
};

static struct lsm_blob_sizes toyyama_blobs = { .lbs_task = 16, .lbs_cred = 8 };
static int __init toyyama_init(void)
{
	lsm_note("toyyama");
	return -12; /* a failure is counted, the rest still run */
}
DEFINE_LSM(toyyama) = {
	.name = "toyyama",
	.init = toyyama_init,
	.blobs = &toyyama_blobs,
};

static int __init toylock_init(void)
{
	lsm_note("toylock");
	return 0;
}
DEFINE_EARLY_LSM(toylock) = {
	.name = "toylock",
	.init = toylock_init,
};

static int __init cap_init(void)
{
	lsm_note("capability");
	return 0;
}
DEFINE_LSM(capability) = {
	.name = "capability",
	.order = LSM_ORDER_FIRST,
	.init = cap_init,
};
