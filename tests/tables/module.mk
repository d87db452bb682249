# SPDX-License-Identifier: MIT
# Core table tests: unit tests of linktable.h and ranges.h, where entries
# live (both as PIE and non-PIE), same order on relinking, section flags,
# static archives, shared objects and dlopen()ed plugins.

TT := $(BUILD)/tests/tables
TABLES_TEST_OBJS := $(addprefix $(TT)/,test_tables.o defs.o entries_a.o entries_b.o entries_c.o)

$(TT)/test_tables: $(TABLES_TEST_OBJS)
	$(CC) $(LDFLAGS_BASE) -o $@ $^

$(TT)/test_ranges: $(TT)/test_ranges.o $(TT)/ranges_objs.o
	$(CC) $(LDFLAGS_BASE) -o $@ $^

$(TT)/test_first_use: $(TT)/test_first_use.o $(TT)/first_use_ctor.o
	$(CC) $(LDFLAGS_BASE) -o $@ $^ -lpthread

$(TT)/test_rel: $(TT)/test_rel.o $(TT)/rel_a.o $(TT)/rel_b.o
	$(CC) $(LDFLAGS_BASE) -o $@ $^

$(TT)/test_readonly: $(TT)/test_readonly.o
	$(CC) $(LDFLAGS_BASE) -o $@ $^

# Every spelling of a level (0..99, 00..09, a macro), PIE and not.
$(TT)/test_levels: $(TT)/test_levels.o
	$(CC) $(LDFLAGS_BASE) -o $@ $^
$(TT)/test_levels_nopie: $(BUILD)/nopie/tests/tables/test_levels.o
	$(CC) $(LDFLAGS_BASE) -no-pie -o $@ $^

# The control: a PIE built without write protection.
$(TT)/test_readonly_unprotected.o: tests/tables/test_readonly.c $(FLAGS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(CFLAGS_EXTRA) -DLINKTABLE_NO_PROTECT -MMD -MP -c $< -o $@
$(TT)/test_readonly_unprotected: $(TT)/test_readonly_unprotected.o
	$(CC) $(LDFLAGS_BASE) -o $@ $^

# Position-dependent objects, for the non-PIE variants.
$(BUILD)/nopie/%.o: %.c $(FLAGS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(CFLAGS_EXTRA) -fno-pie -MMD -MP -c $< -o $@
$(TT)/test_readonly_nopie: $(BUILD)/nopie/tests/tables/test_readonly.o
	$(CC) $(LDFLAGS_BASE) -no-pie -o $@ $^
# The unit tests once more with const entries in read-only sections.
$(TT)/test_tables_nopie: $(TABLES_TEST_OBJS:$(BUILD)/%=$(BUILD)/nopie/%)
	$(CC) $(LDFLAGS_BASE) -no-pie -o $@ $^

TESTS += $(TT)/test_tables $(TT)/test_tables_nopie $(TT)/test_ranges $(TT)/test_readonly $(TT)/test_first_use \
	$(TT)/test_readonly_nopie $(TT)/test_readonly_unprotected $(TT)/test_rel $(TT)/test_levels $(TT)/test_levels_nopie
TEST_SCRIPTS += tests/tables/array_names.sh tests/tables/rel_samename.sh tests/tables/same-order.sh tests/tables/archives.sh tests/tables/shared.sh \
	tests/tables/section-flags.sh tests/tables/valgrind.sh tests/tables/tsan.sh tests/tables/bounds.sh tests/tables/elf-only.sh

# What the test scripts compile and link with (they also run on their own,
# with cc and default flags).
export LINKTABLE_TEST_CC = $(CC)
export LINKTABLE_TEST_CFLAGS = $(CFLAGS_BASE) $(CFLAGS_EXTRA)
export LINKTABLE_TEST_LDFLAGS = $(LDFLAGS_BASE)
export LINKTABLE_TEST_BUILD = $(BUILD)

# Array tables (one contiguous array, names), as a PIE and non-PIE.
$(TT)/test_array: $(TT)/test_array.o $(TT)/array_b.o
	$(CC) $(LDFLAGS_BASE) -o $@ $^
$(TT)/test_array_nopie: $(BUILD)/nopie/tests/tables/test_array.o $(BUILD)/nopie/tests/tables/array_b.o
	$(CC) $(LDFLAGS_BASE) -no-pie -o $@ $^
TESTS += $(TT)/test_array $(TT)/test_array_nopie

# Every spelling of a level (0..99, 00..09), plain and relative tables,
# entries from three files.
$(TT)/test_levels_compat: $(TT)/test_levels_compat.o $(TT)/levels_a.o $(TT)/levels_b.o
	$(CC) $(LDFLAGS_BASE) -o $@ $^
$(TT)/test_levels_compat_nopie: $(addprefix $(BUILD)/nopie/tests/tables/,test_levels_compat.o levels_a.o levels_b.o)
	$(CC) $(LDFLAGS_BASE) -no-pie -o $@ $^
TESTS += $(TT)/test_levels_compat $(TT)/test_levels_compat_nopie
