#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# scripts/ensure-deps.sh, which "make demo" and "make check" run first, on
# a fake Debian (dpkg-query, apt-get, sudo and id replaced in PATH): with
# everything installed it is silent; with a package missing it installs it
# as root or through sudo and says so, and otherwise stops at once with the
# exact command.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 failed=0
point() { # point STATUS WHAT [DETAIL]
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=$((failed + 1)); [ -n "${3:-}" ] && printf '%s\n' "$3" | sed 's/^/#   /'; fi
}
fake=$tmp/bin
mkdir -p "$fake"
cat >"$fake/dpkg-query" <<'SH'
#!/bin/sh
# -W -f=FORMAT PKG...: every package installed but those in $FAKE_MISSING
shift 2
for p in "$@"; do
	case " $FAKE_MISSING " in *" $p "*) ;; *) echo "$p ii " ;; esac
done
SH
cat >"$fake/apt-get" <<'SH'
#!/bin/sh
echo "apt-get $*" >>"$FAKE_LOG"
SH
cat >"$fake/id" <<'SH'
#!/bin/sh
echo "${FAKE_UID:-1000}"
SH
cat >"$fake/sudo" <<'SH'
#!/bin/sh
# "sudo -n true" works only when FAKE_SUDO=1; otherwise sudo runs the command
if [ "$1" = -n ]; then [ "${FAKE_SUDO:-0}" = 1 ]; exit; fi
echo "sudo $*" >>"$FAKE_LOG"
exec "$@"
SH
chmod +x "$fake"/*
export FAKE_LOG=$tmp/log
# ensure WHAT: run the script on the fake system; sets $rc, $out, $log
ensure() {
	: >"$FAKE_LOG"
	out=$(PATH="$fake:$PATH" scripts/ensure-deps.sh "$1" 2>&1 </dev/null)
	rc=$?
	log=$(cat "$FAKE_LOG")
}

FAKE_MISSING="" ensure test
point "$([ $rc -eq 0 ] && [ -z "$out" ] && [ -z "$log" ] && echo 0 || echo 1)" "everything installed: silent, nothing installed" "$out $log"

export FAKE_MISSING="libelf-dev"
FAKE_UID=0 ensure build
point "$([ $rc -eq 0 ] && echo "$out" | grep -q "installing the Debian packages make demo needs: libelf-dev" &&
	[ "$log" = "apt-get install -y --no-install-recommends libelf-dev" ] && echo 0 || echo 1)" \
	"as root, a missing libelf-dev (gelf.h) is installed, and the script says so" "$out / $log"

FAKE_UID=1000 FAKE_SUDO=1 ensure test
point "$([ $rc -eq 0 ] && echo "$log" | grep -q "^sudo apt-get install -y --no-install-recommends libelf-dev$" && echo 0 || echo 1)" \
	"as a user with sudo, it is installed through sudo" "$out / $log"

start=$SECONDS
FAKE_UID=1000 FAKE_SUDO=0 ensure test
point "$([ $rc -ne 0 ] && [ -z "$log" ] && echo "$out" | grep -qx "    sudo apt-get update && sudo apt-get install -y --no-install-recommends libelf-dev" && echo 0 || echo 1)" \
	"without root or usable sudo, it stops at once with the exact command" "$out / $log"
point "$([ $((SECONDS - start)) -lt 10 ] && echo 0 || echo 1)" "and does not wait for a password"

FAKE_UID=0 LINKTABLE_NO_INSTALL=1 ensure build
point "$([ $rc -ne 0 ] && [ -z "$log" ] && echo "$out" | grep -q "apt-get install -y --no-install-recommends libelf-dev" && echo 0 || echo 1)" \
	"LINKTABLE_NO_INSTALL=1: never installs, prints the command" "$out / $log"

FAKE_MISSING="valgrind" FAKE_UID=0 ensure build
point "$([ $rc -eq 0 ] && [ -z "$log" ] && echo 0 || echo 1)" "make demo does not need the test-only packages" "$out / $log"
FAKE_MISSING="valgrind" FAKE_UID=0 ensure test
point "$([ $rc -eq 0 ] && [ "$log" = "apt-get install -y --no-install-recommends valgrind" ] && echo 0 || echo 1)" \
	"make check does" "$out / $log"

# The lists are .ci/run's: what CI installs is what the check wants.
point "$(grep -q 'scripts/ensure-deps.sh test' Makefile && grep -q 'scripts/ensure-deps.sh build' examples/boot/module.mk &&
	grep -q '^make check || status' .ci/run && echo 0 || echo 1)" "make check / make demo run the script first; .ci/run runs make check"
echo "1..$n"
[ "$failed" -eq 0 ]
