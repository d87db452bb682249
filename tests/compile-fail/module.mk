# SPDX-License-Identifier: MIT
# Code that must not compile (run.sh: the cases of every part in this
# directory) and the runner's own test.
TEST_SCRIPTS += tests/compile-fail/run.sh tests/compile-fail/selftest.sh
