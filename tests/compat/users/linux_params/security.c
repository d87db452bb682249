/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/linux_params/security.c - security modules written
 * for security_initcall() (Linux before 4.20): "security=" picks the
 * major module (its handler keeps a pointer into the command line, as
 * the kernel's does), "toysec=" takes 0 or 1 and leaves anything else
 * unhandled (returns 0).  main.c registers the capability module's
 * security_initcall(), which runs before this file's.
 */
#include "boot.h"

const char *chosen_major_lsm;
int toysec_enabled = -1;

static int __init choose_major_lsm(char *str)
{
	boot_log("security=", str);
	chosen_major_lsm = str;
	return 1;
}
__setup("security=", choose_major_lsm);

static int __init toysec_enabled_setup(char *str)
{
	boot_log("toysec=", str);
	if ((str[0] != '0' && str[0] != '1') || str[1] != '\0')
		return 0;
	toysec_enabled = str[0] - '0';
	return 1;
}
__setup("toysec=", toysec_enabled_setup);

static int __init toysec_init(void)
{
	const char *want = "toysec";
	int i;

	boot_note("sec:toysec");
	if (chosen_major_lsm == NULL || toysec_enabled != 1)
		return -EPERM;
	for (i = 0; want[i] != '\0'; i++)
		if (chosen_major_lsm[i] != want[i])
			return -EPERM;
	return chosen_major_lsm[i] == '\0' ? 0 : -EPERM;
}
security_initcall(toysec_init);
