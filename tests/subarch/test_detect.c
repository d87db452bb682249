/* SPDX-License-Identifier: MIT */
/*
 * Subarch detection: overrides, fake zero pages for every case, fake CPUID,
 * names, masks.  The fake zero pages come from data/make-zero-pages.sh.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../tap.h"
#include <linktable/subarch.h>

#ifndef DATA /* each build its own (parallel cross-architecture runs) */
#define DATA "build/tests/subarch/data"
#endif

static struct linktable_subarch_decision d;

/* Detection from a zero page file only: no environment, no CPUID. */
static int from_file(const char *name)
{
	static char path[256];
	struct linktable_subarch_detect_options o = { .ignore_env = 1, .skip_cpuid = 1 };

	snprintf(path, sizeof(path), DATA "/%s", name);
	o.boot_params_path = path;
	return linktable_subarch_detect(&o, &d);
}

static void expect_page(const char *file, const char *subarch, int source, const char *reason)
{
	int r = from_file(file);

	ok(r == 0 && strcmp(linktable_subarch_name(d.subarch), subarch) == 0 && (int)d.source == source &&
		   strstr(d.reason, reason) != NULL,
	   "%s -> %s by %s (%s)", file, subarch, linktable_subarch_source_name((enum linktable_subarch_source)source),
	   d.reason);
}

static void test_zero_pages(void)
{
	expect_page("pc.bin", "pc", LINKTABLE_SUBARCH_FROM_ZERO_PAGE, "protocol 2.12, hardware_subarch 0 = pc");
	expect_page("xen.bin", "xen", LINKTABLE_SUBARCH_FROM_ZERO_PAGE, "hardware_subarch 2 = xen");
	expect_page("lguest.bin", "lguest", LINKTABLE_SUBARCH_FROM_ZERO_PAGE, "protocol 2.07, hardware_subarch 1");
	expect_page("intel_mid.bin", "intel_mid", LINKTABLE_SUBARCH_FROM_ZERO_PAGE, "= intel_mid");
	expect_page("ce4100.bin", "ce4100", LINKTABLE_SUBARCH_FROM_ZERO_PAGE, "= ce4100");
	expect_page("old_protocol.bin", "pc", LINKTABLE_SUBARCH_FROM_DEFAULT,
		    "boot protocol 2.06 has no hardware_subarch (needs 2.07)");
	expect_page("unknown_value.bin", "pc", LINKTABLE_SUBARCH_FROM_DEFAULT, "hardware_subarch 77 is not a known subarch");
	expect_page("huge_value.bin", "pc", LINKTABLE_SUBARCH_FROM_DEFAULT, "hardware_subarch 4294967295 is not a known subarch");
	expect_page("short.bin", "pc", LINKTABLE_SUBARCH_FROM_DEFAULT, "too short (512 bytes");
	expect_page("cut_in_subarch.bin", "pc", LINKTABLE_SUBARCH_FROM_DEFAULT, "too short (574 bytes");
	expect_page("empty.bin", "pc", LINKTABLE_SUBARCH_FROM_DEFAULT, "too short (0 bytes");
	expect_page("missing.bin", "pc", LINKTABLE_SUBARCH_FROM_DEFAULT, "No such file or directory");
	expect_page("", "pc", LINKTABLE_SUBARCH_FROM_DEFAULT, "Is a directory");
	expect_page("bad_version.bin", "pc", LINKTABLE_SUBARCH_FROM_DEFAULT,
		    "boot protocol version 0xffff is not 2.xx: not a zero page");
	ok(strstr(d.reason, "default: pc") != NULL, "the fall-through ends with the default: %s", d.reason);
	expect_page("program_defined.bin", "pc", LINKTABLE_SUBARCH_FROM_DEFAULT, "hardware_subarch 7 is not a known subarch");
	ok(linktable_subarch_register(7, "myboard") == 0, "register program-defined subarch 7");
	expect_page("program_defined.bin", "myboard", LINKTABLE_SUBARCH_FROM_ZERO_PAGE, "hardware_subarch 7 = myboard");
}

static void test_memory_page(void)
{
	unsigned char page[4096] = { 0 };
	struct linktable_subarch_detect_options o = { .ignore_env = 1, .skip_cpuid = 1, .boot_params = page };

	page[0x206] = 0x0f;
	page[0x207] = 0x02;
	page[0x23c] = 2;
	o.boot_params_size = sizeof(page);
	ok(linktable_subarch_detect(&o, &d) == 0 && d.subarch == LINKTABLE_SUBARCH_XEN &&
		   d.source == LINKTABLE_SUBARCH_FROM_ZERO_PAGE,
	   "zero page in memory: xen");
	o.boot_params_size = 0x23d;
	ok(linktable_subarch_detect(&o, &d) == 0 && d.source == LINKTABLE_SUBARCH_FROM_DEFAULT &&
		   strstr(d.reason, "too short (573 bytes"),
	   "short zero page in memory falls through: %s", d.reason);

	/* The entry path's zero page is the boot loader's word: the
	 * environment does not replace it unless the program says so. */
	o.boot_params_size = sizeof(page);
	o.ignore_env = 0;
	setenv("LINKTABLE_SUBARCH", "pc", 1);
	ok(linktable_subarch_detect(&o, &d) == 0 && d.subarch == LINKTABLE_SUBARCH_XEN &&
		   strstr(d.reason, "LINKTABLE_SUBARCH=pc not used: the program handed over a zero page"),
	   "LINKTABLE_SUBARCH does not override a zero page in memory: %s", d.reason);
	o.env_overrides_zero_page = 1;
	ok(linktable_subarch_detect(&o, &d) == 0 && d.subarch == LINKTABLE_SUBARCH_PC &&
		   d.source == LINKTABLE_SUBARCH_FROM_ENVIRONMENT,
	   "unless env_overrides_zero_page is set");
	unsetenv("LINKTABLE_SUBARCH");
	ok(linktable_subarch_decide(&o, &d) == 0 && d.subarch == LINKTABLE_SUBARCH_XEN,
	   "the core's decision (no environment, no files) reads the zero page in memory");
}

static void test_overrides(void)
{
	struct linktable_subarch_detect_options o = { .ignore_env = 1, .skip_cpuid = 1,
						      .boot_params_path = DATA "/pc.bin" };

	o.subarch = "xen";
	ok(linktable_subarch_detect(&o, &d) == 0 && d.subarch == 2 && d.source == LINKTABLE_SUBARCH_FROM_ARGUMENT,
	   "argument override wins over the zero page");
	o.subarch = "INTEL_MID";
	ok(linktable_subarch_detect(&o, &d) == 0 && d.subarch == 3, "override is case-insensitive");
	o.subarch = "4";
	ok(linktable_subarch_detect(&o, &d) == 0 && d.subarch == 4, "override by number");
	o.subarch = "vax";
	ok(linktable_subarch_detect(&o, &d) == -1 && strstr(d.reason, "override \"vax\" names no subarch"),
	   "bad override refused: %s", d.reason);
	o.subarch = "99";
	ok(linktable_subarch_detect(&o, &d) == -1, "override number out of range refused");
	o.subarch = "";
	ok(linktable_subarch_detect(&o, &d) == -1, "empty override refused");
	o.subarch = NULL;

	o.ignore_env = 0;
	setenv("LINKTABLE_SUBARCH", "lguest", 1);
	ok(linktable_subarch_detect(&o, &d) == 0 && d.subarch == 1 && d.source == LINKTABLE_SUBARCH_FROM_ENVIRONMENT,
	   "LINKTABLE_SUBARCH=lguest");
	setenv("LINKTABLE_SUBARCH", "nonsense", 1);
	ok(linktable_subarch_detect(&o, &d) == 0 && d.source == LINKTABLE_SUBARCH_FROM_ZERO_PAGE &&
		   strstr(d.reason, "LINKTABLE_SUBARCH=nonsense names no subarch, ignored"),
	   "bad LINKTABLE_SUBARCH is ignored with a reason: %s", d.reason);
	ok(strstr(d.warning, "LINKTABLE_SUBARCH=nonsense names no subarch") != NULL,
	   "and with a warning for the trace: %s", d.warning);
	setenv("LINKTABLE_SUBARCH", "x\033[2J\ny", 1);
	ok(linktable_subarch_detect(&o, &d) == 0 && strstr(d.warning, "LINKTABLE_SUBARCH=x?[2J?y names no subarch") &&
		   strstr(d.reason, "LINKTABLE_SUBARCH=x?[2J?y names"),
	   "control characters of the value do not reach the trace: %s", d.warning);
	setenv("LINKTABLE_SUBARCH", "nonsense", 1);
	o.subarch = "pc";
	setenv("LINKTABLE_SUBARCH", "xen", 1);
	ok(linktable_subarch_detect(&o, &d) == 0 && d.subarch == 0, "the argument wins over the environment");
	o.subarch = NULL;
	o.ignore_env = 1;
	ok(linktable_subarch_detect(&o, &d) == 0 && d.source == LINKTABLE_SUBARCH_FROM_ZERO_PAGE,
	   "ignore_env: LINKTABLE_SUBARCH not read");
	unsetenv("LINKTABLE_SUBARCH");

	o.ignore_env = 0;
	o.boot_params_path = NULL;
	setenv("LINKTABLE_BOOT_PARAMS", DATA "/ce4100.bin", 1);
	ok(linktable_subarch_detect(&o, &d) == 0 && d.subarch == 4 && strstr(d.reason, "ce4100.bin"),
	   "LINKTABLE_BOOT_PARAMS names the zero page");
	unsetenv("LINKTABLE_BOOT_PARAMS");

	/* A FIFO nobody writes to: detection must not wait in open() or
	 * read() (the alarm turns a hang into a failure). */
	unlink(DATA "/fifo");
	if (mkfifo(DATA "/fifo", 0600) != 0) {
		ok(0, "mkfifo %s", DATA "/fifo");
		return;
	}
	setenv("LINKTABLE_BOOT_PARAMS", DATA "/fifo", 1);
	alarm(10);
	ok(linktable_subarch_detect(&o, &d) == 0 && d.source != LINKTABLE_SUBARCH_FROM_ZERO_PAGE &&
		   strstr(d.reason, "fifo: not a regular file, ignored"),
	   "LINKTABLE_BOOT_PARAMS=a FIFO: ignored at once: %s", d.reason);
	alarm(0);
	unsetenv("LINKTABLE_BOOT_PARAMS");
	unlink(DATA "/fifo");
}

/* Fake CPUIDs. */
static const char *fake_sig;
static unsigned int fake_sig_leaf = 0x40000000;
static int fake_hv_bit = 1;

static int fake_cpuid(unsigned int leaf, unsigned int r[4])
{
	memset(r, 0, 4 * sizeof(r[0]));
	if (leaf == 1) {
		r[2] = fake_hv_bit ? 1u << 31 : 0;
		return 0;
	}
	if (leaf == fake_sig_leaf && fake_sig) {
		memcpy(&r[1], fake_sig, 4);
		memcpy(&r[2], fake_sig + 4, 4);
		memcpy(&r[3], fake_sig + 8, 4);
	}
	return 0;
}

static int no_cpuid(unsigned int leaf, unsigned int r[4])
{
	(void)leaf;
	(void)r;
	return -1;
}

static void test_cpuid(void)
{
	struct linktable_subarch_detect_options o = { .ignore_env = 1, .boot_params_path = DATA "/old_protocol.bin",
						      .cpuid = fake_cpuid };

	fake_sig = "XenVMMXenVMM";
	ok(linktable_subarch_detect(&o, &d) == 0 && d.subarch == 2 && d.source == LINKTABLE_SUBARCH_FROM_CPUID &&
		   strstr(d.reason, "2.06") && strstr(d.reason, "XenVMMXenVMM"),
	   "old zero page, then CPUID XenVMMXenVMM -> xen: %s", d.reason);
	fake_sig_leaf = 0x40000100;
	fake_sig = "XenVMMXenVMM";
	ok(linktable_subarch_detect(&o, &d) == 0 && d.subarch == 2 && strstr(d.reason, "0x40000100"),
	   "Xen behind Hyper-V leaves (0x40000100) -> xen");
	fake_sig_leaf = 0x40000000;
	fake_sig = "KVMKVMKVM\0\0\0";
	ok(linktable_subarch_detect(&o, &d) == 0 && d.subarch == 0 && d.source == LINKTABLE_SUBARCH_FROM_DEFAULT &&
		   strstr(d.reason, "hypervisor \"KVMKVMKVM\" is not xen"),
	   "KVM is not xen -> default pc: %s", d.reason);
	fake_hv_bit = 0;
	ok(linktable_subarch_detect(&o, &d) == 0 && d.source == LINKTABLE_SUBARCH_FROM_DEFAULT &&
		   strstr(d.reason, "cpuid: no hypervisor"),
	   "no hypervisor bit -> default pc");
	o.cpuid = no_cpuid;
	ok(linktable_subarch_detect(&o, &d) == 0 && strstr(d.reason, "cpuid: not available"), "no CPUID -> default pc");
	o.cpuid = NULL;
	ok(linktable_subarch_detect(&o, &d) == 0 && linktable_subarch_name(d.subarch) != NULL,
	   "the real CPUID decides something with a name: %s", d.reason);
#if !defined(__x86_64__) && !defined(__i386__)
	ok(linktable_subarch_detect(&o, &d) == 0 && d.subarch == LINKTABLE_SUBARCH_PC &&
		   d.source == LINKTABLE_SUBARCH_FROM_DEFAULT && strstr(d.reason, "cpuid: not available"),
	   "no x86 CPUID on this architecture: the real detector answers pc: %s", d.reason);
#endif
}

static void test_names_and_masks(void)
{
	is_str(linktable_subarch_name(LINKTABLE_SUBARCH_INTEL_MID), "intel_mid", "name of 3");
	ok(linktable_subarch_name(31) == NULL && linktable_subarch_name(32) == NULL, "no name: NULL");
	is_int(linktable_subarch_parse("Xen"), 2, "parse Xen");
	is_int(linktable_subarch_parse("x"), -1, "parse unknown");
	is_int(linktable_subarch_parse("2x"), -1, "parse trailing garbage");
	is_int(linktable_subarch_register(3, "dup"), -1, "register a taken value: refused");
	is_int(linktable_subarch_register(32, "big"), -1, "register out of range: refused");
	is_int(linktable_subarch_register(8, "xen"), -1, "register a taken name: refused");
	is_int(linktable_subarch_register(9, NULL), -1, "register without a name: refused");
	is_int(LINKTABLE_SUBARCHS(PC, XEN), 0x5, "SUBARCHS(PC, XEN)");
	is_int(LINKTABLE_SUBARCHS(), 0, "SUBARCHS() is empty");
	is_int(LINKTABLE_SUBARCHS_EXCEPT(XEN), ~0x4u, "EXCEPT(XEN)");
	is_int(LINKTABLE_SUBARCHS_ALL, ~0u, "ALL");
	is_int(LINKTABLE_SUBARCHS(PC, LGUEST, XEN, INTEL_MID, CE4100), 0x1f, "all five named");
}

int main(void)
{
	if (system("tests/subarch/data/make-zero-pages.sh " DATA) != 0) {
		printf("not ok 1 - generate the fake zero pages\n1..1\n");
		return 1;
	}
	test_zero_pages();
	test_memory_page();
	test_overrides();
	test_cpuid();
	test_names_and_masks();
	return tap_done();
}
