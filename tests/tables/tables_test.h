/* SPDX-License-Identifier: MIT */
/*
 * tests/tables/tables_test.h - the tables that the table unit tests fill
 * from several translation units (entries_a.c, entries_b.c, entries_c.c).
 *
 * Every entry carries an id = level * 10 + tu (tu: a = 1, b = 2, c = 3), and
 * each translation unit adds at most one entry per level to a table, so the
 * whole order is fixed: level first, then link order (a, b, c).
 */
#ifndef LINKTABLE_TESTS_TABLES_TEST_H
#define LINKTABLE_TESTS_TABLES_TEST_H

#include <stddef.h>
#include <stdint.h>
#include <linktable/linktable.h>

#define ENTRY_ID(level, tu) ((level) * 10 + (tu))

/* A run record that the ops' functions fill in (see test_tables.c). */
struct op_log {
	int ids[64];
	int calls;
	int fail_id; /* the op with this id returns fail_id; others return 0 */
};

/* Pointer-holding entries; some have no function. */
struct op {
	int id;
	int (*run)(struct op_log *log);
};
LINKTABLE_DECLARE(struct op, ops);

/* Element sizes that catch layout mistakes: 1, 3, 40 and 64 bytes. */
struct sz1 {
	uint8_t b;
};
struct sz3 {
	uint8_t b[3];
};
struct sz40 { /* 8-byte aligned (i386: 4): GCC would over-align it to 32 */
	uint64_t w[5];
};
struct sz64 { /* over-aligned type */
	_Alignas(64) uint32_t id;
	uint8_t fill[60];
};
LINKTABLE_DECLARE(struct sz1, t_sz1);
LINKTABLE_DECLARE(struct sz3, t_sz3);
LINKTABLE_DECLARE(struct sz40, t_sz40);
LINKTABLE_DECLARE(struct sz64, t_sz64);

/* Defined, never filled. */
LINKTABLE_DECLARE(struct op, nothing);

/* Patterns that let a test check every byte of an entry from its id. */
#define SZ1(id) { (uint8_t)(id) }
#define SZ3(id) { { (uint8_t)(id), (uint8_t)((id) ^ 0x5a), (uint8_t)((id) ^ 0xa5) } }
#define SZ40_WORD(id, i) (((uint64_t)(id) << 32) | (0xc0ffee00u + (i)))
#define SZ40(id) \
	{ { SZ40_WORD(id, 0), SZ40_WORD(id, 1), SZ40_WORD(id, 2), SZ40_WORD(id, 3), SZ40_WORD(id, 4) } }
#define SZ64_FILL(id, i) ((uint8_t)((id) + 3 * (i)))
#define SZ64(id) { (uint32_t)(id), { [0] = SZ64_FILL(id, 0), [59] = SZ64_FILL(id, 59) } }

/* Adds one entry to every table at @level for translation unit @tu; the op
 * runs op_record() with its id. */
#define ALL_TABLES_ENTRY(level, tu) \
	static int run_##level(struct op_log *log) \
	{ \
		return op_record(log, ENTRY_ID(level, tu)); \
	} \
	ENTRIES_(level, tu, run_##level)
/* The same, with an op that has no function (RUN_ALL/RUN_ERR skip it). */
#define ALL_TABLES_ENTRY_NO_FN(level, tu) ENTRIES_(level, tu, NULL)
#define ENTRIES_(level, tu, fn) \
	LINKTABLE_ENTRY(ops, level, op_##level) = { ENTRY_ID(level, tu), fn }; \
	LINKTABLE_ENTRY(t_sz1, level, sz1_##level) = SZ1(ENTRY_ID(level, tu)); \
	LINKTABLE_ENTRY(t_sz3, level, sz3_##level) = SZ3(ENTRY_ID(level, tu)); \
	LINKTABLE_ENTRY(t_sz40, level, sz40_##level) = SZ40(ENTRY_ID(level, tu)); \
	LINKTABLE_ENTRY(t_sz64, level, sz64_##level) = SZ64(ENTRY_ID(level, tu))

/* The function every non-NULL op runs: logs the op's id. */
int op_record(struct op_log *log, int id);

#endif
