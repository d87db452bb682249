#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# make check's cross-architecture slice (tests/cross/run.sh check).
# test-timeout: 1800
# (every architecture builds and runs the library, the unit tests and each
# tests/compat/users program, PIE and not, under qemu: past 900 s on a
# loaded 2-core machine)
exec "$(dirname "$0")/run.sh" check
