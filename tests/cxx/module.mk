# SPDX-License-Identifier: MIT
# C++ consumers of the tables (g++ and clang++, C++11/17/20).
TEST_SCRIPTS += tests/cxx/run.sh
