# SPDX-License-Identifier: MIT
# The toolchain matrix (tests/matrix/run.sh; also "make matrix"), in make
# check through a wrapper that skips it when a toolchain is missing.
TEST_SCRIPTS += tests/matrix/check.sh
# The matrix scripts' own handling of bad input.
TEST_SCRIPTS += tests/matrix/selftest.sh
