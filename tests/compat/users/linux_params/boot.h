/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/linux_params/boot.h - what the files of this program
 * share, as a small kernel's headers would: every handler and initcall
 * writes what it was given to one boot log ("name(value)", "NULL" for no
 * value; an initcall just its name), so main.c can check who ran, with what, in which order.
 * The files link in name order (console.c, drivers.c, main.c,
 * security.c: the Makefile, tests/matrix/run-one.sh and users_strict.sh
 * sort them), which is the link order within each table.
 */
#ifndef LINUX_PARAMS_BOOT_H
#define LINUX_PARAMS_BOOT_H
#include <errno.h>
#include <stddef.h>
#include <linktable/compat/linux.h>

void boot_log(const char *who, const char *value);
void boot_note(const char *who);
/* The two "opt=" handlers' own log: who ('F' or 'S') was offered what. */
void toy_opt_log(char who, const char *value);
void boot_log_reset(void);
const char *boot_log_text(void);

/* Set by the parameters (console.c, drivers.c, security.c). */
extern int console_loglevel;
extern int toy_quiet;
extern const char *chosen_major_lsm;
extern int toysec_enabled;
extern int toy_nodev;
extern const char *toy_consoles[4];
extern int toy_nconsoles;
#endif
