# SPDX-License-Identifier: MIT
# Tables, init and freeing on other architectures: the unit tests below,
# cross-compiled and run under qemu-user (tests/cross/run-one.sh).  make
# check runs one configuration per architecture (check.sh), make matrix
# every compiler x optimisation (matrix.sh).
TEST_SCRIPTS += tests/cross/check.sh tests/cross/selftest.sh

# The test programs a cross configuration builds and runs: the unit tests
# of tables, init, freeing and subarch detection, less those that only run
# natively (NATIVE_ONLY_TESTS: sanitizer builds; the compat program with a
# C++ file, which the cross builds have no C++ compiler for).
CROSS_TESTS = $(filter-out $(NATIVE_ONLY_TESTS),$(filter $(foreach d,tables init free subarch core posix compat,$(BUILD)/tests/$(d)/%),$(TESTS)))
.PHONY: print-cross-tests
print-cross-tests:
	@echo $(CROSS_TESTS:$(BUILD)/%=%)

# What a Windows (PE/COFF) configuration builds and runs: the table tests
# that need no ELF ranges, no POSIX memory calls and no init framework.
PE_TESTS = $(addprefix $(BUILD)/tests/tables/,test_tables test_first_use test_rel)
.PHONY: print-pe-tests
print-pe-tests:
	@echo $(PE_TESTS:$(BUILD)/%=%)
# The objects of test_tables, which run-one.sh links again with other flags.
.PHONY: print-tables-test-objs
print-tables-test-objs:
	@echo $(TABLES_TEST_OBJS:$(BUILD)/%=%)
