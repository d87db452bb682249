#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Shared objects and plugins: an executable, a shared library it links and a
# dlopen()ed plugin each define the same table; each sees only its own
# entries, and the host reaches the plugin's through LINKTABLE_EXPORT(),
# dlsym() and LINKTABLE_FOREACH_IN().  Sources: tests/tables/shared/.
set -u
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/tap.sh"

src=tests/tables/shared
# shellcheck disable=SC2086 # word splitting intended
build() {
	tap_quiet $CC $CFLAGS -fPIC -shared $LDFLAGS -o "$scratch/libfeats.so" "$src/lib.c" &&
		tap_quiet $CC $CFLAGS -fPIC -shared $LDFLAGS -o "$scratch/plugin.so" "$src/plugin.c" &&
		tap_quiet $CC $CFLAGS -fPIC -shared $LDFLAGS -DNO_EXPORT -o "$scratch/noexport.so" "$src/plugin.c" &&
		tap_quiet $CC $CFLAGS $LDFLAGS -o "$scratch/host" "$src/host.c" -L"$scratch" -lfeats \
			-Wl,-rpath,"$scratch" -ldl
}
tap_is_ok "build the library, plugins and host" build

out=$("$scratch/host" "$scratch/plugin.so" 2>&1)
rc=$?
tap_diag "$out"
tap_point $rc "host runs with the plugin"
line() { echo "$out" | grep "^$1:" | cut -d: -f2-; }
[ "$(line exe)" = " 1 5" ]
tap_point $? "the executable sees only its own entries, in level order"
[ "$(line lib)" = " 101 150" ]
tap_point $? "the shared library sees only its own entries"
[ "$(line plugin)" = " 201 202 299" ]
tap_point $? "the plugin's entries, in its level order, through LINKTABLE_EXPORT + dlsym + FOREACH_IN"
[ "$(line exe-after)" = " 1 5" ]
tap_point $? "loading the plugin leaves the executable's table alone"

# Write protection (docs/design.md): every image's writable entries are read-only
# once its constructors ran - the executable's and the library's at start-up,
# the plugin's at dlopen().  Built with LINKTABLE_NO_PROTECT, each would be 0.
[ "$(line faults)" = " exe=1 lib=1 plugin=1" ]
tap_point $? "a write to an entry faults in the PIE, the shared library and the dlopen()ed plugin (protected)"
# Where Linux has one page size the guards are page-aligned by
# construction: the constructor asks libc for no page size (a symbol
# binding per program), only mprotect().
case $(uname -m) in
x86_64 | i?86 | s390x | armv7l)
	syms=$(nm -D --undefined-only "$scratch/libfeats.so" "$scratch/plugin.so")
	! echo "$syms" | grep -qw getpagesize && echo "$syms" | grep -qw mprotect
	tap_point $? "on $(uname -m) (one page size), protection binds mprotect and not getpagesize"
	;;
esac
nm -D --defined-only "$scratch/plugin.so" | grep -q ' linktable_export_feats$'
tap_point $? "the plugin exports linktable_export_feats"
# GNU ld lists __start_/__stop_ in .dynsym, but with hidden visibility.
! readelf --dyn-syms -W "$scratch/plugin.so" "$scratch/libfeats.so" |
	grep -E '__(start|stop)_linktable_|linktable_bounds_' | grep -qw DEFAULT
tap_point $? "no bounds symbol of a shared object has default visibility (never interposed)"

out=$("$scratch/host" "$scratch/noexport.so" 2>&1)
rc=$?
[ $rc -eq 1 ] && echo "$out" | grep -q "does not export its feats table"
tap_point $? "a plugin without LINKTABLE_EXPORT: clear error, exit 1"
out=$("$scratch/host" "$scratch/no-such-plugin.so" 2>&1)
rc=$?
[ $rc -eq 1 ] && echo "$out" | grep -q "cannot load plugin: .*no-such-plugin.so"
tap_point $? "a plugin that is not there: clear error, exit 1"
out=$("$scratch/host" 2>&1)
rc=$?
[ $rc -eq 1 ] && echo "$out" | grep -q "^usage:"
tap_point $? "no argument: usage, exit 1"
tap_done
