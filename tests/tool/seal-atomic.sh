#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# "linktable seal" never reports success unless the file on disk is exactly
# the sealed image, and is never half-done (issue 19): it writes a
# temporary file in the same directory and renames it over the original.
# Killed (SIGKILL) at each of its checkpoints and at many random moments,
# the file is the original or the sealed image; a file truncated or
# rewritten between seal's read and its write is not "sealed" (exit 2, the
# file as the other writer left it); mode, owner and symbolic links are
# kept, and a hard link keeps the original (documented in docs/tool.md).
set -u
. tests/tool/lib.sh
cc=${LINKTABLE_TEST_CC:-${CC:-cc}}
flags=(-std=gnu11 -Wall -Wextra -Werror -O2 -Iinclude)
# the core library of a sanitized build (make SAN=1) needs the runtimes
grep -q fsanitize build/.flags 2>/dev/null && flags+=(-fsanitize=address,undefined)
D=build/tests/tool/seal-atomic
rm -rf "$D"
mkdir -p "$D"

python3 bench/boot/gen.py 40 >"$D/steps.c"
"$cc" "${flags[@]}" -o "$D/first" bench/boot/boot_plan.c "$D/steps.c" build/lib/liblinktable-core.a 2>"$D/cc.err" &&
	"$LT" plan "$D/first" >"$D/plan.c" &&
	"$cc" "${flags[@]}" -o "$D/orig" bench/boot/boot_plan.c "$D/steps.c" "$D/plan.c" build/lib/liblinktable-core.a 2>>"$D/cc.err" &&
	cp "$D/orig" "$D/sealed" && "$LT" seal "$D/sealed" >/dev/null
point $? "a second link and its sealed copy" "$(cat "$D/cc.err")"

# state FILE: "original", "sealed" or "other".
state() {
	if cmp -s "$1" "$D/orig"; then echo original; elif cmp -s "$1" "$D/sealed"; then echo sealed; else echo other; fi
}

# --- killed at each checkpoint: after the read (1), the temporary file made
# (2), half written (3), written (4), synced (5), the original checked (6),
# renamed (7)
for k in 1 2 3 4 5 6 7; do
	cp "$D/orig" "$D/t"
	(LINKTABLE_TEST_SEAL_STOP=kill:$k "$LT" seal "$D/t" >"$D/t.out" 2>&1) 2>/dev/null
	rc=$?
	s=$(state "$D/t")
	want=original
	[ "$k" = 7 ] && want=sealed
	point "$([ "$rc" = 137 ] && [ "$s" = "$want" ] && ! grep -q sealed "$D/t.out" && echo 0 || echo 1)" \
		"killed at checkpoint $k: exit 137, nothing said, the file is the $want image" "exit $rc, file $s: $(cat "$D/t.out")"
done
leftover=$(find "$D" -name '.t.seal-*' | wc -l)
point "$([ "$leftover" -le 6 ] && echo 0 || echo 1)" "a kill leaves at most its own temporary file (.NAME.seal-XXXXXX) beside the image" "$leftover"
find "$D" -name '.t.seal-*' -delete

# --- killed at random moments (no hook): always one image or the other
bad=""
for i in $(seq 1 40); do
	cp "$D/orig" "$D/r"
	delay=$(awk -v i="$i" 'BEGIN { printf "%.4f", i * 0.0015 }')
	(timeout -s KILL "$delay" "$LT" seal "$D/r" >/dev/null 2>&1) 2>/dev/null
	s=$(state "$D/r")
	[ "$s" = other ] && bad+="after ${delay}s: neither image; "
done
point "$([ -z "$bad" ] && echo 0 || echo 1)" "kill -9 after 1.5 ms .. 60 ms (40 runs): the file is always the original or the sealed image" "$bad"
find "$D" -name '.r.seal-*' -delete

# stopped_at HOOK FILE: start seal stopped at a checkpoint; sets $pid.
stopped_at() {
	LINKTABLE_TEST_SEAL_STOP=$1 "$LT" seal "$2" >"$2.out" 2>"$2.err" &
	pid=$!
	for _ in $(seq 1 500); do
		[ "$(awk '{ print $3 }' "/proc/$pid/stat" 2>/dev/null)" = T ] && return 0
		sleep 0.01
	done
	return 1
}

# --- the file changed under seal: truncated, rewritten, replaced
for c in "1:truncate -s 4096" "1:rewrite" "5:truncate -s 4096" "5:rewrite" "5:replace"; do
	k=${c%%:*} how=${c#*:}
	f=$D/c$k-${how%% *}
	cp "$D/orig" "$f"
	if ! stopped_at "stop:$k" "$f"; then
		point 1 "seal stops at checkpoint $k"
		kill -KILL "$pid" 2>/dev/null
		continue
	fi
	case $how in
	truncate*) $how "$f" ;;
	rewrite) printf 'XXXXXXXX' | dd of="$f" bs=1 seek=200 conv=notrunc status=none ;;
	replace) cp "$D/first" "$f.new" && mv "$f.new" "$f" ;;
	esac
	cp "$f" "$f.theirs"
	kill -CONT "$pid"
	wait "$pid"
	rc=$?
	point "$([ "$rc" = 2 ] && cmp -s "$f" "$f.theirs" && ! grep -q sealed "$f.out" &&
		grep -q "the file changed while it was being sealed; not sealed" "$f.err" && echo 0 || echo 1)" \
		"${how%% *} at checkpoint $k: not sealed (exit 2, says why), the other writer's file left as it is" \
		"exit $rc: $(cat "$f.out" "$f.err")"
done

# --- mode, owner, links
cp "$D/orig" "$D/m"
chmod 0751 "$D/m"
if [ "$(id -u)" = 0 ]; then
	chown 65534:65534 "$D/m"
fi
before=$(stat -c '%a %u %g' "$D/m")
run "$LT" seal "$D/m"
point "$([ "$rc" = 0 ] && [ "$(stat -c '%a %u %g' "$D/m")" = "$before" ] && [ "$(state "$D/m")" = sealed ] && echo 0 || echo 1)" \
	"the sealed file keeps the original's mode and owner ($before)" "exit $rc: $err; now $(stat -c '%a %u %g' "$D/m")"
cp "$D/orig" "$D/target"
ln -s target "$D/link"
run "$LT" seal "$D/link"
point "$([ "$rc" = 0 ] && [ -L "$D/link" ] && [ "$(state "$D/target")" = sealed ] && echo 0 || echo 1)" \
	"sealing through a symbolic link seals its target; the link stays a link" "exit $rc: $err"
cp "$D/orig" "$D/h1"
ln "$D/h1" "$D/h2"
run "$LT" seal "$D/h1"
point "$([ "$rc" = 0 ] && [ "$(state "$D/h1")" = sealed ] && [ "$(state "$D/h2")" = original ] && echo 0 || echo 1)" \
	"a hard link: the name sealed is the sealed image, the other name keeps the original (as documented)" "exit $rc: $err"
point "$([ -z "$(find "$D" -name '.*.seal-*')" ] && echo 0 || echo 1)" "no temporary file is left after a seal that ends" \
	"$(find "$D" -name '.*.seal-*')"
finish
