# SPDX-License-Identifier: MIT
# make install / uninstall (the rules call install.sh) and an out-of-tree
# consumer built with pkg-config.
TEST_SCRIPTS += tests/install/test.sh
