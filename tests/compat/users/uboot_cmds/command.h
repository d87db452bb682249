/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/uboot_cmds/command.h - a command table and
 * environment callbacks declared the way U-Boot's command.h and env
 * callback header wrap ll_entry_declare(): a struct cmd_tbl of U-Boot's
 * shape, U_BOOT_CMD()/U_BOOT_CMD_COMPLETE() building the entry with the
 * stringified name, U_BOOT_ENV_CALLBACK(), U_BOOT_DRVINFO()/_DRVINFOS()
 * (an entry and an ll_entry_declare_list() array of one list).
 */
#ifndef UC_COMMAND_H
#define UC_COMMAND_H
#include <linktable/compat/uboot.h>

struct cmd_tbl {
	char *name;
	int maxargs;
	int (*cmd_rep)(struct cmd_tbl *cmd, int flags, int argc, char *const argv[], int *repeatable);
	int (*cmd)(struct cmd_tbl *cmd, int flags, int argc, char *const argv[]);
	char *usage;
	char *help;
	int (*complete)(int argc, char *const argv[], char last_char, int maxv, char *cmdv[]);
};

enum command_ret_t {
	CMD_RET_SUCCESS,
	CMD_RET_FAILURE,
	CMD_RET_USAGE = -1,
};

int cmd_always_repeatable(struct cmd_tbl *cmdtp, int flag, int argc, char *const argv[], int *repeatable);
int cmd_never_repeatable(struct cmd_tbl *cmdtp, int flag, int argc, char *const argv[], int *repeatable);

#define U_BOOT_CMD_MKENT_COMPLETE(_name, _maxargs, _rep, _cmd, _usage, _help, _comp) \
	{ #_name, _maxargs, (_rep) ? cmd_always_repeatable : cmd_never_repeatable, _cmd, _usage, _help, _comp }
#define U_BOOT_CMD_COMPLETE(_name, _maxargs, _rep, _cmd, _usage, _help, _comp) \
	ll_entry_declare(struct cmd_tbl, _name, cmd) = \
		U_BOOT_CMD_MKENT_COMPLETE(_name, _maxargs, _rep, _cmd, _usage, _help, _comp)
#define U_BOOT_CMD(_name, _maxargs, _rep, _cmd, _usage, _help) \
	U_BOOT_CMD_COMPLETE(_name, _maxargs, _rep, _cmd, _usage, _help, NULL)

struct cmd_tbl *find_cmd(const char *cmd);
struct cmd_tbl *find_cmd_tbl(const char *cmd, struct cmd_tbl *table, int table_len);
int run_command(const char *cmd, int flag);
void fixup_cmdtable(struct cmd_tbl *cmdtp, int size, long off);

/* Environment callbacks */
struct env_clbk_tbl {
	const char *name;
	int (*callback)(const char *name, const char *value, int op, int flags);
};
#define U_BOOT_ENV_CALLBACK(name, callback) \
	ll_entry_declare(struct env_clbk_tbl, name, env_clbk) = { #name, callback }
struct env_clbk_tbl *find_env_callback(const char *name);
int env_set(const char *name, const char *value);
extern int bootdelay, baudrate;

/* Platform devices: one entry, or an array under one name */
struct driver_info {
	const char *name;
	const void *plat;
	unsigned int plat_size;
};
#define U_BOOT_DRVINFO(__name) ll_entry_declare(struct driver_info, __name, driver_info)
#define U_BOOT_DRVINFOS(__name) ll_entry_declare_list(struct driver_info, __name, driver_info)

/* What the commands did (the last one's argc, a tag). */
extern int last_argc;
extern char last_tag;

void ok(int cond, const char *what);
#endif
