# SPDX-License-Identifier: MIT
# The simulated x86 boot demo (init framework issue).
demo: build-all
	@echo "demo: not built yet"
