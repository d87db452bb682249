# SPDX-License-Identifier: MIT
# The drop-in headers of include/linktable/compat/: one test program with
# a pair of files per header (tests/compat/*_a.c, *_b.c), as a PIE, non-PIE
# and with a C++ file; tests/matrix runs the same program in every
# configuration of the toolchain matrix.
CT := $(BUILD)/tests/compat
COMPAT_SRCS := main ipxe_a ipxe_b zephyr_a zephyr_b uboot_a uboot_b uboot_c uboot_d freebsd_a freebsd_b linux_a linux_b \
	ipxe_c ipxe_d zephyr_c zephyr_d uboot_e uboot_f freebsd_c freebsd_d linux_c \
	ipxe_e ipxe_f zephyr_e zephyr_f uboot_g uboot_h freebsd_e freebsd_f linux_d linux_e \
	ipxe_g ipxe_h uboot_i zephyr_g
COMPAT_OBJS := $(COMPAT_SRCS:%=$(CT)/%.o)

$(CT)/test_compat: $(COMPAT_OBJS)
	$(CC) $(LDFLAGS_BASE) -o $@ $^
$(CT)/test_compat_nopie: $(COMPAT_OBJS:$(BUILD)/%=$(BUILD)/nopie/%)
	$(CC) $(LDFLAGS_BASE) -no-pie -o $@ $^

# With a C++ file (its main.o knows to call the C++ checks).
$(CT)/cxx/main.o: tests/compat/main.c $(FLAGS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(CFLAGS_EXTRA) -DCOMPAT_WITH_CXX -MMD -MP -c $< -o $@
$(CT)/cxx.o: tests/compat/cxx.cc $(FLAGS_STAMP)
	@mkdir -p $(dir $@)
	$(CXX) -std=c++17 $(WARN) $(OPT) -Iinclude $(filter -fsanitize% -fno-%,$(CFLAGS_BASE)) -MMD -MP -c $< -o $@
$(CT)/test_compat_cxx: $(CT)/cxx/main.o $(filter-out $(CT)/main.o,$(COMPAT_OBJS)) $(CT)/cxx_c.o $(CT)/cxx.o
	$(CXX) $(LDFLAGS_BASE) -o $@ $^

# Const and writable entries in one array table (also tests/compat/constmix.sh
# on every compiler and linker, and in every matrix configuration).
CONSTMIX_OBJS := $(CT)/constmix/a.o $(CT)/constmix/b.o $(CT)/constmix/m.o
$(CT)/test_constmix: $(CONSTMIX_OBJS)
	$(CC) $(LDFLAGS_BASE) -o $@ $^
$(CT)/test_constmix_nopie: $(CONSTMIX_OBJS:$(BUILD)/%=$(BUILD)/nopie/%)
	$(CC) $(LDFLAGS_BASE) -no-pie -o $@ $^

TESTS += $(CT)/test_compat $(CT)/test_compat_nopie $(CT)/test_compat_cxx $(CT)/test_constmix $(CT)/test_constmix_nopie
TEST_SCRIPTS += tests/compat/tool.sh tests/compat/onelevel.sh tests/compat/constmix.sh tests/compat/samename.sh
NATIVE_ONLY_TESTS += $(CT)/test_compat_cxx

# Programs written against one compat header as that project's own users
# write them: each directory tests/compat/users/<name>/ is one program (its
# *.c files), built PIE and non-PIE here, in the cross runs, and in every
# matrix configuration (tests/matrix/run-one.sh).
USERS_PROGS := $(notdir $(patsubst %/,%,$(sort $(dir $(wildcard tests/compat/users/*/*.c)))))
define users_prog
$(CT)/users/test_$(1): $(patsubst %.c,$(BUILD)/%.o,$(wildcard tests/compat/users/$(1)/*.c))
	$$(CC) $$(LDFLAGS_BASE) -o $$@ $$^
$(CT)/users/test_$(1)_nopie: $(patsubst %.c,$(BUILD)/nopie/%.o,$(wildcard tests/compat/users/$(1)/*.c))
	$$(CC) $$(LDFLAGS_BASE) -no-pie -o $$@ $$^
TESTS += $(CT)/users/test_$(1) $(CT)/users/test_$(1)_nopie
endef
$(foreach u,$(USERS_PROGS),$(eval $(call users_prog,$(u))))

# The Zephyr, U-Boot and Linux user programs under strict flags (-pedantic-errors,
# clang -Weverything) and through the linktable command; U-Boot's
# ll_entry_get() of an undeclared name failing the link.
TEST_SCRIPTS += tests/compat/users_strict.sh tests/compat/uboot_get.sh tests/compat/users_tool.sh tests/compat/zephyr_scope.sh
# Every users program with the warnings its project builds with, as errors.
TEST_SCRIPTS += tests/compat/users_warnings.sh
# compat/linux.h's command line and runners with no libc.
TEST_SCRIPTS += tests/compat/linux_freestanding.sh
# compat/linux_export.h across files: found by name, exported twice refused.
TEST_SCRIPTS += tests/compat/linux_export.sh
