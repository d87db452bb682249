/* SPDX-License-Identifier: MIT */
/* tests/free/plugin_host.c - runs tests/free/plugin.c's check; exit status
 * 0 on success, else the step that failed. */
#include <stdio.h>

int plugin_run(void);

int main(void)
{
	int rc = plugin_run();

	if (rc)
		fprintf(stderr, "plugin_run() failed at step %d\n", rc);
	return rc;
}
