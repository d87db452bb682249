# SPDX-License-Identifier: MIT
# Subarch detection tests (fake zero pages from data/make-zero-pages.sh).
SUBARCH_TESTS := $(BUILD)/tests/subarch/test_detect
TESTS += $(SUBARCH_TESTS)
.SECONDARY: $(SUBARCH_TESTS:=.o)

$(BUILD)/tests/subarch/%: $(BUILD)/tests/subarch/%.o $(LIB_A)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS_BASE) -o $@ $< $(LIB_A) -lpthread
# The fake zero pages go under the build directory the test is built in.
$(BUILD)/tests/subarch/test_detect.o: CFLAGS_BASE += -DDATA='"$(BUILD)/tests/subarch/data"'
