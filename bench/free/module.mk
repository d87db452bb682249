# SPDX-License-Identifier: MIT
# RSS returned by releasing 4 MiB of init-only code and data, per linker.
BENCHES += bench/free/run.sh
