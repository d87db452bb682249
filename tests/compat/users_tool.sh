#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# tests/compat/users_tool.sh - the linktable command on the Zephyr, U-Boot
# and Linux command-line and module-parameter user programs
# (build/tests/compat/users/test_*,
# built by make check), and on stripped copies: "list" shows every section,
# list or table the program defines, with its kind (array unless named
# table:kind) and the count its own walks find, and a sound layout;
# "check" passes.
set -u
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/../tables/tap.sh"

LT=${LINKTABLE_TEST_BUILD:-build}/bin/linktable
dir=${LINKTABLE_TEST_BUILD:-build}/tests/compat/users
# program: table count ... (the counts the programs' own tests assert)
want() {
	case $1 in
	zephyr_drivers) echo "zephyr_sensor_dev 10 zephyr_sensor_trigger_cb 0 zephyr_shell_cmd_entry 2" \
		"zephyr_settings_handler_static 3 zephyr_http_resource_desc_svc1 3 zephyr_http_resource_desc_svc2 2" \
		"zephyr_boot_hooks 3" ;;
	zephyr_kobj) echo "zephyr_k_lock 6 zephyr_k_counter 3 zephyr_k_flag 3 zephyr_k_pool 5 zephyr_k_work_q 0" ;;
	zephyr_ztest) echo "zephyr_ztest_suite_node 3 zephyr_ztest_unit_test 6 zephyr_ztest_test_rule 1" ;;
	zephyr_devices) echo "zephyr_device 6 zephyr_boot_hook 5 zephyr_banners 3" ;;
	uboot_cmds) echo "uboot_cmd 12 uboot_env_clbk 2 uboot_driver_info 4 uboot_spl_image_loader 0" ;;
	uboot_dm) echo "uboot_driver 3 uboot_uclass_driver 4 uboot_driver_info 4" ;;
	linux_params) echo "linux_setup:plain 16 linux_con_initcalls:relative 3 linux_security_initcalls:relative 2" \
		"linux_initcalls:relative 2 linux_exitcalls:relative 0 linux_params:plain 0 linux_modinfo:plain 0" ;;
	linux_module) echo "linux_params:plain 36 linux_modinfo:plain 46 linux_ksymtab:plain 4 linux_setup:plain 6 linux_initcalls:relative 7" \
		"linux_exitcalls:relative 3 linux_lsm_info:plain 5 linux_early_lsm_info:plain 1" ;;
	esac
}
for name in zephyr_drivers zephyr_kobj zephyr_ztest zephyr_devices uboot_cmds uboot_dm linux_params linux_module; do
	img=$dir/test_$name
	if [ ! -x "$LT" ] || [ ! -x "$img" ]; then
		tap_point 1 "build $LT and $img first (make check builds them)"
		continue
	fi
	cp "$img" "$scratch/stripped_$name"
	strip "$scratch/stripped_$name"
	for what in "$img" "$scratch/stripped_$name"; do
		label=${what##*/}
		"$LT" list "$what" >"$scratch/list" 2>&1
		tap_point $? "$label: linktable list"
		bad=""
		# shellcheck disable=SC2046 # pairs of words
		set -- $(want "$name")
		while [ $# -ge 2 ]; do
			kind=array
			[ "${1#*:}" != "$1" ] && kind=${1#*:}
			awk -v t="${1%%:*}" -v k="$kind" -v n="$2" '$1 == t && $2 == k && $(NF - 2) == n && $NF == "ok" { f = 1 } END { exit !f }' \
				"$scratch/list" || bad="$bad $1"
			shift 2
		done
		tap_point "${#bad}" "$label: list shows each section's count and a sound layout${bad:+ (not:$bad)}"
		[ -n "$bad" ] && tap_diag "$(cat "$scratch/list")"
		"$LT" check "$what" >"$scratch/check" 2>&1
		tap_point $? "$label: linktable check passes"
		grep -q "ok:" "$scratch/check" || tap_diag "$(head -5 "$scratch/check")"
	done
done
tap_done
