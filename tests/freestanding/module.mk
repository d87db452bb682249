# SPDX-License-Identifier: MIT
# Freestanding use: headers without libc, a program without libc.
TEST_SCRIPTS += tests/freestanding/run.sh
