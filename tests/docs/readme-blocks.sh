#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Every C block of README.md compiles and runs as written.  Each block is
# one or more files, each opened by a "/* NAME.c */" or "/* NAME.h */"
# line; a file with main() closes a program: the .c files written since the
# last one are built with -Wall -Wextra -Wpedantic -Werror (against
# liblinktable) and run, and must exit 0.  A C block that names no file
# fails: the README shows nothing a reader cannot build.
set -u
cc=${LINKTABLE_TEST_CC:-${CC:-cc}}
dir=build/tests/docs/readme
rm -rf "$dir"
mkdir -p "$dir"
n=0
point() { n=$((n + 1)); if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; [ -n "${3:-}" ] && printf '%s\n' "$3" | head -15 | sed 's/^/#   /'; fi; }

# Split the blocks into files; print "FILE" per file and "MAIN" after a file with main().
python3 - "$dir" <<'PY' >"$dir/list"
import re, sys
d = sys.argv[1]
lines = open("README.md").read().split("\n")
inside, out, start = False, None, 0
for no, line in enumerate(lines, 1):
    if not inside and line.strip() == "```c":
        inside, out, start = True, None, no
        continue
    if inside and line.strip() == "```":
        inside = False
        if out is None:
            print("NONAME %d" % start)
        else:
            out.close()
            print("FILE %s %d" % (name, start))
            if "int main(" in open(d + "/" + name).read():
                print("MAIN %s" % name)
        continue
    if not inside:
        continue
    m = re.match(r"^/\* ([A-Za-z0-9_.-]+\.[ch]) \*/$", line)
    if m:
        if out is not None:
            out.close()
            print("FILE %s %d" % (name, start))
            if "int main(" in open(d + "/" + name).read():
                print("MAIN %s" % name)
        name = m.group(1)
        out = open(d + "/" + name, "w")
    if out is None:
        continue
    out.write(line + "\n")
PY
srcs=()
while read -r what name line; do
	case $what in
	NONAME)
		point 1 "README.md:$name: the C block names its file (/* NAME.c */) so it can be built as written"
		;;
	FILE)
		case $name in *.c) srcs+=("$name") ;; esac
		;;
	MAIN)
		exe=${name%.c}
		if out=$(cd "$dir" && $cc -std=c11 -Wall -Wextra -Wpedantic -Werror -I../../../../include \
			-o "$exe" "${srcs[@]}" ../../../../build/lib/liblinktable.a -lpthread 2>&1); then
			point 0 "README.md: ${srcs[*]} build with -Wall -Wextra -Wpedantic -Werror"
			run=$(cd "$dir" && ./"$exe" 2>&1)
			point $? "README.md: ./$exe runs and exits 0" "$run"
		else
			point 1 "README.md: ${srcs[*]} build with -Wall -Wextra -Wpedantic -Werror" "$out"
		fi
		srcs=()
		;;
	esac
done <"$dir/list"
[ ${#srcs[@]} -eq 0 ]
point $? "README.md: every C file belongs to a program with main() (left: ${srcs[*]:-none})"
echo "1..$n"
