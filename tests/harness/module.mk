# SPDX-License-Identifier: MIT
# The test runner itself: TAP plans are honoured.
TEST_SCRIPTS += tests/harness/plans.sh
