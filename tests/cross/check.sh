#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# make check's cross-architecture slice (tests/cross/run.sh check).
exec "$(dirname "$0")/run.sh" check
