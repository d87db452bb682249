/* SPDX-License-Identifier: MIT */
/*
 * tests/free/test_free_program.c - a program-defined subarch's
 * LINKTABLE_ONLY_TEXT()/_DATA() ranges are released like the built-in
 * ones: on pc, board7's code goes (a call faults); on board7 it stays and
 * pc's goes.
 */
#include <stdint.h>

#include <linktable/free.h>
#include <linktable/subarch.h>

#include "board.h"
#include "child.h"
#include "range_named.h"

LINKTABLE_FREE_RANGES_DEFINE(BOARD7);

static int (*volatile call_board)(int) = board_only;

static void on_pc(void *arg)
{
	struct linktable_free_report rep;
	char text[4096];
	int rc;

	(void)arg;
	linktable_free_debug();
	rc = linktable_free_other_subarchs(LINKTABLE_FREE_SET, LINKTABLE_SUBARCH_PC, linktable_posix_env(), &rep);
	linktable_free_format(&rep, text, sizeof(text));
	cok(rc == 0 && strstr(text, "Freeing unused board7 memory: ") && strstr(text, "range only_BOARD7_text: ") &&
		    strstr(text, "range only_BOARD7_data: "),
	    "on pc: board7's ranges are released, under its registered name");
	cok(linktable_free_is_released((const void *)board_only) && linktable_free_is_released(board_table) &&
		    !linktable_free_is_released((const void *)pc_side) && pc_side(1) == 2,
	    "on pc: board7's code and data are released, pc's code kept and working");
	fprintf(stderr, "calling %p\n", (void *)board_only);
	call_board(1);
}

static void on_board7(void *arg)
{
	struct linktable_free_report rep;
	int rc;

	(void)arg;
	rc = linktable_free_other_subarchs(LINKTABLE_FREE_SET, LINKTABLE_SUBARCH_BOARD7, linktable_posix_env(), &rep);
	cok(rc == 0 && !linktable_free_is_released((const void *)board_only) &&
		    !linktable_free_is_released(board_table) && call_board(2) == 25,
	    "on board7: its code and data are kept and work");
	cok(linktable_free_is_released((const void *)pc_side), "on board7: pc's code is released");
}

int main(void)
{
	const struct linktable_free_range *text = range_named("only_BOARD7_text");
	const struct linktable_free_range *data = range_named("only_BOARD7_data");
	struct child_result res;
	char want[128];

	is_int(LINKTABLE_FREE_SET->count, 2 + 2 * (LINKTABLE_SUBARCH_FIRST_PROGRAM + 1),
	       "the set holds the built-in ranges and board7's two");
	ok(text && text->subarch == 7 && text->is_text && data && data->subarch == 7 && !data->is_text,
	   "only_BOARD7_text and _data serve subarch 7");
	ok(linktable_free_find(LINKTABLE_FREE_SET, (const void *)board_only) == text &&
		   linktable_free_find(LINKTABLE_FREE_SET, board_table) == data,
	   "board7's function and table lie in them");
	ok(text && (uintptr_t)text->range->begin % LINKTABLE_FREE_ALIGN == 0 &&
		   (uintptr_t)text->tail == ((uintptr_t)text->range->end + LINKTABLE_FREE_ALIGN - 1) /
						    LINKTABLE_FREE_ALIGN * LINKTABLE_FREE_ALIGN,
	   "the text range starts on a page and its end marker follows it on the next page boundary");
	ok(linktable_free_in_other_subarch_memory((const void *)board_only, LINKTABLE_SUBARCH_PC) &&
		   !linktable_free_in_other_subarch_memory((const void *)board_only, 7),
	   "linktable_free_in_other_subarch_memory() knows board7's code");
	is_int(linktable_subarch_register(7, "board7"), 0, "the program names subarch 7");

	run_child(on_pc, NULL, &res);
	snprintf(want, sizeof(want), "call into freed board7 memory at %#lx (range only_BOARD7_text)",
		 (unsigned long)(uintptr_t)board_only);
#if defined(__arm__) || defined(__s390x__)
	/* Thumb addresses and s390x fault blocks differ from the symbol's */
	snprintf(want, sizeof(want), "(range only_BOARD7_text)");
#endif
	ok(WIFEXITED(res.status) && WEXITSTATUS(res.status) == LINKTABLE_FREE_FAULT_EXIT && strstr(res.err, want),
	   "on pc: calling board7's released code is caught: %s", want);
	run_child(on_board7, NULL, &res);
	ok(WIFEXITED(res.status) && WEXITSTATUS(res.status) == 0, "on board7: the child ends normally");
	return tap_done();
}
