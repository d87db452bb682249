# SPDX-License-Identifier: MIT
# Linker-table iteration and start-up benchmarks; results in
# build/bench/tables.md (assembled into docs/benchmarks.md by make bench).
BENCHES += bench/tables/run.sh
# The generator's own test (make check).
TEST_SCRIPTS += bench/tables/selftest.sh
