/* SPDX-License-Identifier: MIT */
#include <string.h>
#include "init.h"
#include "../tap.h"

int hook_calls;
extern struct startup_fn *net_startup_ptr;

static const char *strerror_ipxe(int errno_value)
{
	const struct errortab *e;

	for_each_table_entry(e, ERRORTAB) {
		if (e->errno_value == errno_value)
			return e->text;
	}
	return NULL;
}

int main(void)
{
	unsigned int i, n;

	initialise();
	ok(strcmp(init_trace, "ECL") == 0, "init_fns in order: early, console, (hooks,) late (%s)", init_trace);
	ok(hook_calls == 2, "a header's static entry: one per including file (%d)", hook_calls);
	ok(table_num_entries(INIT_FNS) == 5, "init_fns: 5 entries (%u)", table_num_entries(INIT_FNS));
	ok(table_start(INIT_FNS)[table_num_entries(INIT_FNS) - 1].initialise != NULL, "last init_fn indexed from start");

	startup();
	ok(strcmp(startup_trace, "TN") == 0, "startup in order, a missing method skipped (%s)", startup_trace);
	shutdown(1);
	ok(strcmp(shutdown_trace, "ntc") == 0, "shutdown in reverse (%s)", shutdown_trace);
	ok(shutdown_booting == 1, "shutdown's argument passed");

	/* a count as an array size, the table indexed from its start */
	{
		const char *names[table_num_entries(STARTUP_FNS)];

		n = table_num_entries(STARTUP_FNS);
		for (i = 0; i < n; i++)
			names[i] = table_start(STARTUP_FNS)[i].name;
		ok(n == 3 && strcmp(names[0], "console") == 0 && strcmp(names[1], "timer") == 0 &&
			   strcmp(names[2], "net") == 0,
		   "startup_fns indexed: %u entries", n);
	}
	ok(table_index(STARTUP_FNS, net_startup_ptr) == 2, "table_index of an entry known by pointer (%u)",
	   table_index(STARTUP_FNS, net_startup_ptr));

	ok(table_num_entries(ERRORTAB) == 3, "errortab: two arrays' and one entry's worth (%u)", table_num_entries(ERRORTAB));
	ok(strerror_ipxe(0x2002) && strcmp(strerror_ipxe(0x2002), "console gone") == 0, "errortab: an array's second element found");
	ok(strerror_ipxe(0x3001) && strcmp(strerror_ipxe(0x3001), "timer stalled") == 0, "errortab: a single const entry found");
	ok(strerror_ipxe(0x9999) == NULL, "errortab: an unknown error not found");

	{
		struct image_type *image;
		unsigned int seen = 0;

		for_each_table_entry(image, IMAGE_TYPES)
			seen++;
		for_each_table_entry_reverse(image, IMAGE_TYPES)
			seen++;
		ok(seen == 0 && table_num_entries(IMAGE_TYPES) == 0, "an empty table: no entry either way, count 0");
		ok(table_start(IMAGE_TYPES) == table_end(IMAGE_TYPES), "an empty table: start == end");
	}
	return done_testing();
}
