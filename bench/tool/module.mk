# SPDX-License-Identifier: MIT
# The linktable command's benchmark: metadata size per init step, and list /
# check speed on 100k steps (results: bench/results/tool/, bench/tool/render.sh).
BENCHES += bench/tool/run.sh
