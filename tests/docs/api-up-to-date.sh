#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The API reference is generated from the headers' kernel-doc comments:
# docs/api.md must be what docs/gen-api.py makes of them now (run `make docs`),
# and every public macro and function must have such a comment.
set -u
n=0
point() { n=$((n + 1)); if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi; }

if ! command -v python3 >/dev/null; then
	echo "ok 1 # SKIP python3 not installed"
	echo "1..1"
	exit 0
fi
fresh=$(python3 docs/gen-api.py)
[ "$fresh" = "$(cat docs/api.md)" ]
point $? "docs/api.md matches the headers (make docs regenerates it)"

# Every public LINKTABLE_* macro (not the internal LTX_*) and every public
# linktable_* function declared in a header has a kernel-doc entry.
for h in include/linktable/linktable.h include/linktable/ranges.h include/linktable/env.h include/linktable/step.h \
	include/linktable/plan.h include/linktable/boot_core.h include/linktable/boot.h include/linktable/init.h \
	include/linktable/subarch.h include/linktable/free.h include/linktable/compat/ipxe.h \
	include/linktable/compat/zephyr.h include/linktable/compat/uboot.h include/linktable/compat/freebsd.h \
	include/linktable/compat/linux.h; do
	[ -f "$h" ] || continue
	missing=""
	for name in $(grep -oE '^#define LINKTABLE_[A-Z0-9_]+\(' "$h" | sed 's/#define //; s/($//' | sort -u) \
		$(grep -oE '^[a-z_].*[ *](linktable_[a-z0-9_]+)\(' "$h" | grep -oE 'linktable_[a-z0-9][a-z0-9_]*\($' | sed 's/($//' | sort -u); do
		grep -q "^### \`$name()\`" docs/api.md || missing="$missing $name"
	done
	[ -z "$missing" ]
	point $? "$h: every public macro and function is documented${missing:+ (missing:$missing)}"
done
echo "1..$n"
