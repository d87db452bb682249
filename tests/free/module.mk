# SPDX-License-Identifier: MIT
# Tests of releasing init-only and other-subarch memory (include/linktable/free.h).

FREE_TEST_BIN := $(BUILD)/tests/free
FREE_TEST_OBJS := $(BUILD)/tests/free/test_free.o $(BUILD)/tests/free/annotated.o $(BUILD)/tests/free/ranges.o

$(FREE_TEST_BIN)/test_free: $(FREE_TEST_OBJS) $(LIB_A)
	$(CC) $(LDFLAGS_BASE) -o $@ $(FREE_TEST_OBJS) $(LIB_A)

$(FREE_TEST_BIN)/test_free_none: $(BUILD)/tests/free/test_free_none.o $(LIB_A)
	$(CC) $(LDFLAGS_BASE) -o $@ $< $(LIB_A)

TESTS += $(FREE_TEST_BIN)/test_free $(FREE_TEST_BIN)/test_free_none
TEST_SCRIPTS += tests/free/linkers.sh
