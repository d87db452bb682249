# SPDX-License-Identifier: MIT
# The test runner itself (TAP plans are honoured) and the set-up "make demo"
# and "make check" do first (missing Debian packages).
TEST_SCRIPTS += tests/harness/plans.sh tests/harness/deps.sh
