# SPDX-License-Identifier: MIT
#
# linktable - top-level build.  Every output goes under build/.
#
#   make            library, tool, demo
#   make demo       the simulated native and Xen boots (the main job)
#   make check      unit, compile-fail, tool and free tests, and the
#                   toolchain matrix when CI=true or the toolchains are here
#   (both first install missing Debian packages, or say how: see
#   scripts/ensure-deps.sh)
#   make matrix     the toolchain matrix alone, and every cross-architecture
#                   configuration (make check runs a slice of both)
#   make bench      benchmarks (raw results: bench/results/, page: docs/benchmarks.md)
#   make install PREFIX=/usr/local
#
# Each part adds its own rules in a module.mk next to its sources.

CC ?= cc
ifeq ($(origin CC),default)
CC := gcc
endif
CXX ?= g++
AR ?= ar
PREFIX ?= /usr/local
BUILD := build
VERSION := 0.1.0
# The ABI version, the soname's number (liblinktable.so.$(ABI_VERSION)): it
# changes whenever a public struct's layout or a public function's
# signature changes incompatibly (CHANGELOG.md, "ABI policy").
ABI_VERSION := 0

WARN := -Wall -Wextra -Werror
CSTD := -std=gnu11
OPT ?= -O2 -g
CFLAGS_BASE := $(CSTD) $(WARN) $(OPT) -Iinclude -D_GNU_SOURCE
# Extra flags for a sanitized build: make SAN=1 check
ifeq ($(SAN),1)
CFLAGS_BASE += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS_SAN := -fsanitize=address,undefined
endif
LDFLAGS_BASE := $(LDFLAGS_SAN)

# Objects depend on the compiler and flags they were built with, so that
# "make SAN=1 check" or "make CC=clang" rebuilds instead of reusing them.
FLAGS_STAMP := $(BUILD)/.flags
FLAGS_NOW := $(CC) $(CFLAGS_BASE) $(CFLAGS_EXTRA) $(LDFLAGS_BASE)
$(shell mkdir -p $(BUILD) && echo '$(FLAGS_NOW)' | cmp -s - $(FLAGS_STAMP) || echo '$(FLAGS_NOW)' > $(FLAGS_STAMP))

# Test programs (TAP on stdout) and test scripts (TAP on stdout); modules
# append to these.
TESTS :=
TEST_SCRIPTS :=
BENCHES :=
ALL_TARGETS :=

.PHONY: all build-all check matrix bench demo install clean docs
all: build-all

include src/core/module.mk
include src/posix/module.mk
include src/tool/module.mk
include examples/boot/module.mk
include examples/kernel/module.mk
include $(sort $(wildcard tests/*/module.mk))
include $(sort $(wildcard bench/*/module.mk))

build-all: $(ALL_TARGETS)

$(BUILD)/%.o: %.c $(FLAGS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(CFLAGS_EXTRA) -MMD -MP -c $< -o $@

# Only our own dependency files: regular files, and no other project's tree
# that a test may unpack below build/.
-include $(shell find $(BUILD) -name 'linux.*' -prune -o -type f -name '*.d' -print 2>/dev/null)

# First the Debian packages the tests need (scripts/ensure-deps.sh: installed
# as root or through sudo, or the command to run is printed), then the tests
# in a second make, so that nothing is built before they are there.
.PHONY: check-tests
check:
	@scripts/ensure-deps.sh test
	@$(MAKE) --no-print-directory check-tests

check-tests: build-all $(TESTS)
	@tests/run-tests.sh $(TESTS) $(TEST_SCRIPTS)

matrix:
	@tests/matrix/run.sh
	@tests/cross/run.sh matrix

# LIBDIR: where the libraries, linktable.pc and the CMake package go
# (e.g. $(PREFIX)/lib64 or $(PREFIX)/lib/x86_64-linux-gnu).
LIBDIR ?= $(PREFIX)/lib
install: build-all
	LINKTABLE_LIBDIR="$(LIBDIR)" tests/install/install.sh "$(PREFIX)" "$(VERSION)" "$(DESTDIR)"

.PHONY: uninstall
uninstall:
	LINKTABLE_LIBDIR="$(LIBDIR)" tests/install/install.sh --uninstall "$(PREFIX)" "$(VERSION)" "$(DESTDIR)"

clean:
	rm -rf $(BUILD)

# Every benchmark under one run id; raw results in bench/results/ and the
# page docs/benchmarks.md made from them (bench/run-all.sh): commit both.
bench: build-all $(BENCHES)
	@mkdir -p $(BUILD)/bench
	@bench/run-all.sh $(BENCHES)

# The API reference is generated from the headers' kernel-doc comments.
docs:
	python3 docs/gen-api.py > docs/api.md
