# SPDX-License-Identifier: MIT
# A real client: Linux 6.1 (Debian's linux-source-6.1) with its initcalls on
# linktable, built and booted next to the stock kernel (gcc + GNU ld and
# LLVM=1).  Slow: runs under CI=true or LINKTABLE_LINUX_TEST=1, else skips.
TEST_SCRIPTS += tests/linux/tools.sh tests/linux/linux.sh
