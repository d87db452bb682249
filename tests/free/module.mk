# SPDX-License-Identifier: MIT
# Tests of releasing init-only and other-subarch memory (include/linktable/free.h).

FREE_TEST_BIN := $(BUILD)/tests/free
FREE_TEST_OBJS := $(BUILD)/tests/free/test_free.o $(BUILD)/tests/free/annotated.o $(BUILD)/tests/free/ranges.o

$(FREE_TEST_BIN)/test_free: $(FREE_TEST_OBJS) $(LIB_A)
	$(CC) $(LDFLAGS_BASE) -o $@ $(FREE_TEST_OBJS) $(LIB_A)

$(FREE_TEST_BIN)/test_free_none: $(BUILD)/tests/free/test_free_none.o $(LIB_A)
	$(CC) $(LDFLAGS_BASE) -o $@ $< $(LIB_A)

FREE_PROGRAM_OBJS := $(BUILD)/tests/free/test_free_program.o $(BUILD)/tests/free/board.o
$(FREE_TEST_BIN)/test_free_program: $(FREE_PROGRAM_OBJS) $(LIB_A)
	$(CC) $(LDFLAGS_BASE) -o $@ $(FREE_PROGRAM_OBJS) $(LIB_A)

# Always with AddressSanitizer: its LeakSanitizer runs at a normal exit.
FREE_ASAN := -fsanitize=address -fno-omit-frame-pointer
$(FREE_TEST_BIN)/normal_exit: tests/free/normal_exit.c tests/free/annotated.c tests/free/ranges.c $(LIB_A)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(FREE_ASAN) -o $@ $^ $(LDFLAGS_BASE)

# The debug fault reporter races a thread calling into init_text.
$(FREE_TEST_BIN)/test_free: LDFLAGS_BASE += -pthread

TESTS += $(FREE_TEST_BIN)/test_free $(FREE_TEST_BIN)/test_free_none $(FREE_TEST_BIN)/test_free_program \
	$(FREE_TEST_BIN)/normal_exit
# LeakSanitizer cannot run under qemu-user (it needs ptrace and a huge
# shadow mapping): the cross-architecture runs leave this one out.
NATIVE_ONLY_TESTS += $(FREE_TEST_BIN)/normal_exit
TEST_SCRIPTS += tests/free/linkers.sh
