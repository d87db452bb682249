# SPDX-License-Identifier: MIT
# Documentation that is generated from the code stays in step with it.
TEST_SCRIPTS += tests/docs/api-up-to-date.sh tests/docs/readme-blocks.sh tests/docs/strict-user.sh \
	tests/docs/benchmarks.sh
