#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# scripts/ensure-deps.sh build|test - make sure the Debian packages that
# "make demo" (build) or "make check" (test) need are installed, before
# anything is built.  The package lists are the ones .ci/run installs
# (build_packages and packages there: one copy).  Missing packages are
# installed with apt-get when run as root or through sudo, saying what is
# installed; otherwise the script stops at once with the exact command.
#
#   LINKTABLE_NO_INSTALL=1  never install: stop with the command instead
#   LINKTABLE_SKIP_DEPS=1   skip the check (not Debian, or you know better)
set -u
what=${1:-test}
top=$(cd "$(dirname "$0")/.." && pwd)
[ "${LINKTABLE_SKIP_DEPS:-}" = 1 ] && exit 0

# The arrays from .ci/run (from "build_packages=(" to the ")" that closes
# "packages=("), without running the rest of it.
eval "$(sed -n '/^build_packages=(/,/^)/p' "$top/.ci/run")"
case $what in
build) wanted="${build_packages[*]}" ;;
test) wanted=$(printf '%s\n' "${packages[@]}" | sort -u | tr '\n' ' ') ;;
*)
	echo "usage: scripts/ensure-deps.sh build|test" >&2
	exit 2
	;;
esac
if [ -z "$wanted" ]; then
	echo "linktable: no package list found in .ci/run" >&2
	exit 1
fi

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
	echo "linktable: not a Debian system: cannot check for the packages .ci/run installs ($(echo $wanted)); continuing" >&2
	exit 0
fi

# shellcheck disable=SC2086
missing=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' $wanted 2>/dev/null | awk '$2 == "ii" {print $1}' |
	sort -u | comm -13 - <(echo "$wanted" | tr ' ' '\n' | sed '/^$/d' | sort -u) | tr '\n' ' ' | sed 's/ $//')
[ -z "$missing" ] && exit 0

cmd="apt-get install -y --no-install-recommends $missing"
if [ "$(id -u)" -eq 0 ]; then
	sudo=""
elif command -v sudo >/dev/null 2>&1 && { [ -t 0 ] || sudo -n true 2>/dev/null; }; then
	sudo="sudo "
else
	sudo=none
fi
if [ "${LINKTABLE_NO_INSTALL:-}" = 1 ] || [ "$sudo" = none ]; then
	echo "linktable: missing Debian packages for make $([ "$what" = build ] && echo demo || echo check): $missing" >&2
	echo "linktable: install them with:" >&2
	echo "    sudo apt-get update && sudo $cmd" >&2
	exit 1
fi
echo "linktable: installing the Debian packages make $([ "$what" = build ] && echo demo || echo check) needs: $missing"
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086
if ! ${sudo}apt-get install -y --no-install-recommends $missing; then
	# a fresh system has no package lists yet
	${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends $missing || {
		echo "linktable: could not install: $missing (command: ${sudo}$cmd)" >&2
		exit 1
	}
fi
