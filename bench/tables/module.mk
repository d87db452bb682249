# SPDX-License-Identifier: MIT
# Linker-table iteration and start-up benchmarks; results in
# bench/results/tables/ (rendered into docs/benchmarks.md by bench/tables/render.sh).
BENCHES += bench/tables/run.sh
# The generator's own test (make check).
TEST_SCRIPTS += bench/tables/selftest.sh
