#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# bench/free/render.sh [DIR] - the Markdown section of bench/free from its
# raw results (default bench/results/free).
set -eu
cd "$(dirname "$0")/../.."
res=${1:-bench/results/free}
meta() { awk -F '\t' -v k="$1" '$1 == k { print $2 }' "$res/meta.tsv"; }
{
	echo "## Releasing init-only memory (free)"
	echo
	echo "Command: \`make bench\` (runs \`bench/free/run.sh\`). A generated program with $(meta files) files of"
	echo "$(meta funcs) init-only functions of ~4 KiB each (NOP blocks that really execute) and one 128 KiB"
	echo "init-only array per file - 2 MiB of code and 2 MiB of data - is compiled once with"
	echo "\`$(meta cc) -O2\` (PIE) and linked with each linker; every function runs and every data page is"
	echo "written, then \`linktable_free_init()\` releases the ranges with the default user-space"
	echo "release (mprotect(PROT_NONE) + madvise(MADV_DONTNEED)). RSS comes from"
	echo "/proc/self/smaps_rollup, read by the program just before and after the release."
	echo
	echo "| linker | ranges' object linked | annotated bytes (range size) | released bytes | RSS before | RSS after | RSS returned | returned / annotated |"
	echo "|---|---|---|---|---|---|---|---|"
	awk -F '\t' '
		NF == 3 { printf "| %s | %s | %s | | | | | |\n", $1, $2, $3; fail = 1; next }
		{
			ret = $5 - $6; pct = 100 * ret / $3
			printf "| %s | %s | %d | %d | %dK | %dK | %dK | %.1f%% |\n", $1, $2, $3, $4, $5 / 1024, $6 / 1024, ret / 1024, pct
			if (NR == 1 || pct < worst) worst = pct
		}
		END { printf "\nGoal: at least 95%% of the annotated bytes back, on every linker. Worst: %s.\n",
			fail ? "a link failed: NOT met" : sprintf("%.1f%%%s", worst, worst >= 95 ? "" : " (NOT met)") }' "$res/free.tsv"
	echo "Released bytes are whole pages from each range's start to its end marker: the annotated"
	echo "bytes plus the slack of the last page (nothing else shares it), plus, when the object that"
	echo "defines the ranges is not linked first, the padding before its page-aligned range head"
	echo "inside the range. That padding is never touched, so it is not resident and the RSS"
	echo "returned still matches the annotated bytes. The data pages were written (private copies),"
	echo "the code pages executed (page-cache pages mapped into the process); both leave the RSS."
	echo
	echo "The program's own report (mold build, ranges' object first):"
	echo
	echo '```'
	cat "$res/report.txt"
	echo '```'
}
