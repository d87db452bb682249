/* SPDX-License-Identifier: MIT */
/*
 * src/tool/bootproto.c - setup header decoding (offsets from the Linux x86
 * boot protocol, Documentation/arch/x86/boot.rst).  Every read is bounds
 * checked against the buffer: the input may be any file.
 */
#include "bootproto.h"
#include "tool.h"

#include <stdio.h>
#include <string.h>

#include <linktable/subarch.h>

const struct hdr_field hdr_fields[] = {
	{ "setup_sects", 0x1f1, 1, 0 },
	{ "root_flags", 0x1f2, 2, 0 },
	{ "syssize", 0x1f4, 4, 0x0204 },
	{ "vid_mode", 0x1fa, 2, 0 },
	{ "root_dev", 0x1fc, 2, 0 },
	{ "boot_flag", 0x1fe, 2, 0 },
	{ "header", 0x202, 4, 0x0200 },
	{ "version", HDR_VERSION, 2, 0x0200 },
	{ "kernel_version", 0x20e, 2, 0x0200 },
	{ "type_of_loader", 0x210, 1, 0x0200 },
	{ "loadflags", 0x211, 1, 0x0200 },
	{ "code32_start", 0x214, 4, 0x0200 },
	{ "ramdisk_image", 0x218, 4, 0x0200 },
	{ "ramdisk_size", 0x21c, 4, 0x0200 },
	{ "ext_loader_ver", 0x226, 1, 0x0202 },
	{ "ext_loader_type", 0x227, 1, 0x0202 },
	{ "cmd_line_ptr", 0x228, 4, 0x0202 },
	{ "initrd_addr_max", 0x22c, 4, 0x0203 },
	{ "kernel_alignment", 0x230, 4, 0x0205 },
	{ "relocatable_kernel", 0x234, 1, 0x0205 },
	{ "min_alignment", 0x235, 1, 0x020a },
	{ "xloadflags", 0x236, 2, 0x020c },
	{ "cmdline_size", 0x238, 4, 0x0206 },
	{ "hardware_subarch", HDR_HARDWARE_SUBARCH, 4, LINKTABLE_ZERO_PAGE_MIN_VERSION },
	{ "hardware_subarch_data", 0x240, 8, LINKTABLE_ZERO_PAGE_MIN_VERSION },
	{ "payload_offset", 0x248, 4, 0x0208 },
	{ "payload_length", 0x24c, 4, 0x0208 },
	{ "setup_data", 0x250, 8, 0x0209 },
	{ "pref_address", 0x258, 8, 0x020a },
	{ "init_size", 0x260, 4, 0x020a },
	{ "handover_offset", 0x264, 4, 0x020b },
	{ "kernel_info_offset", 0x268, 4, 0x020f },
};
const size_t nhdr_fields = sizeof(hdr_fields) / sizeof(hdr_fields[0]);

static uint64_t get_le(const unsigned char *p, unsigned int size)
{
	uint64_t v = 0;

	for (unsigned int i = size; i-- > 0;)
		v = v << 8 | p[i];
	return v;
}

/* Fields common to both inputs; @len is at least HDR_END_2_07. */
static void decode_common(const unsigned char *buf, size_t len, struct boot_info *out)
{
	uint8_t type;

	memset(out, 0, sizeof(*out));
	out->version = (unsigned int)get_le(buf + HDR_VERSION, 2);
	out->has_magic = memcmp(buf + HDR_MAGIC, "HdrS", 4) == 0;
	for (size_t i = 0; i < nhdr_fields && i < 32; i++) {
		const struct hdr_field *f = &hdr_fields[i];

		out->field_present[i] = f->offset + f->size <= len && out->version >= f->min_version;
		out->field_value[i] = out->field_present[i] ? get_le(buf + f->offset, f->size) : 0;
	}
	out->has_subarch = out->version >= LINKTABLE_ZERO_PAGE_MIN_VERSION;
	if (out->has_subarch) {
		out->hardware_subarch = (uint32_t)get_le(buf + HDR_HARDWARE_SUBARCH, 4);
		out->subarch_data = get_le(buf + HDR_HARDWARE_SUBARCH_DATA, 8);
	}
	type = buf[HDR_TYPE_OF_LOADER];
	out->loader_type = type;
	out->loadflags = buf[HDR_LOADFLAGS];
	out->setup_sects = buf[HDR_SETUP_SECTS] ? buf[HDR_SETUP_SECTS] : 4;
	/* 0xE_: extended loader type 0x10 + ext_loader_type, version 0xE_ low
	 * nibble plus ext_loader_ver << 4 (protocol >= 2.02). */
	if ((type >> 4) == 0xe && out->version >= 0x0202) {
		out->loader_id = 0x10u + buf[HDR_EXT_LOADER_TYPE];
		out->loader_version = (type & 0xfu) | (unsigned)buf[HDR_EXT_LOADER_VER] << 4;
	} else {
		out->loader_id = type >> 4;
		out->loader_version = type & 0xfu;
	}
}

int boot_decode_zero_page(const unsigned char *buf, size_t len, struct boot_info *out, char *err, size_t errlen)
{
	if (len != BOOT_PARAMS_SIZE)
		return fail_msg(err, errlen, "a boot_params zero page is %u bytes; this is %zu", BOOT_PARAMS_SIZE, len);
	decode_common(buf, len, out);
	if (out->version < 0x0200 || out->version > LINKTABLE_ZERO_PAGE_MAX_VERSION)
		return fail_msg(err, errlen, "boot protocol version 0x%04x is not 2.00 .. 2.255: not a zero page", out->version);
	return 0;
}

int boot_decode_bzimage(const unsigned char *buf, size_t len, struct boot_info *out, char *err, size_t errlen)
{
	unsigned int kv;

	if (len < HDR_MAGIC + 4)
		return fail_msg(err, errlen, "truncated: %zu bytes, the setup header needs at least 0x%x", len, HDR_MAGIC + 4);
	if (get_le(buf + HDR_BOOT_FLAG, 2) != 0xaa55)
		return fail_msg(err, errlen, "not a bzImage: no 0xAA55 boot flag at 0x%x", HDR_BOOT_FLAG);
	if (memcmp(buf + HDR_MAGIC, "HdrS", 4) != 0)
		return fail_msg(err, errlen, "not a bzImage: no \"HdrS\" magic at 0x%x", HDR_MAGIC);
	if (len < HDR_END_2_07)
		return fail_msg(err, errlen, "truncated setup header: %zu bytes, need 0x%x", len, HDR_END_2_07);
	decode_common(buf, len, out);
	if (out->version < 0x0200 || out->version > LINKTABLE_ZERO_PAGE_MAX_VERSION)
		return fail_msg(err, errlen, "boot protocol version 0x%04x is not 2.00 .. 2.255", out->version);
	if ((size_t)(out->setup_sects + 1) * 512 > len)
		return fail_msg(err, errlen, "truncated: %u setup sectors need %u bytes, file has %zu", out->setup_sects,
			    (out->setup_sects + 1) * 512, len);
	kv = (unsigned int)get_le(buf + HDR_KERNEL_VERSION, 2);
	if (kv) {
		size_t at = 0x200u + kv, n = 0;

		/* the string lives inside the setup sectors */
		if (at >= (size_t)(out->setup_sects + 1) * 512)
			return fail_msg(err, errlen, "kernel_version offset 0x%x points past the setup code", kv);
		while (at + n < len && buf[at + n] && n + 1 < sizeof(out->kernel_version)) {
			unsigned char c = buf[at + n];

			out->kernel_version[n++] = (char)(c >= 0x20 && c < 0x7f ? c : '?');
		}
		out->kernel_version[n] = 0;
		out->has_kernel_version = 1;
	}
	return 0;
}

const char *boot_loader_name(unsigned int id)
{
	static const char *const names[] = {
		"LILO", "Loadlin", "bootsect-loader", "Syslinux", "Etherboot/gPXE/iPXE", "ELILO", "undefined (6)",
		"GRUB", "U-Boot", "Xen", "Gujin", "QEMU", "Arcturus Networks uCbootloader", "kexec-tools",
		"extended", "undefined", "reserved", "Minimal Linux Bootloader", "OVMF UEFI virtualization stack",
		"barebox",
	};

	return id < sizeof(names) / sizeof(names[0]) ? names[id] : "unknown";
}

const char *boot_loadflag_names(uint8_t flags, char *buf)
{
	static const char *const names[8] = {
		"LOADED_HIGH", "KASLR_FLAG", "bit2", "bit3", "bit4", "QUIET_FLAG", "KEEP_SEGMENTS", "CAN_USE_HEAP",
	};
	size_t n = 0;

	buf[0] = 0;
	for (int b = 0; b < 8; b++)
		if (flags & (1u << b))
			n += (size_t)snprintf(buf + n, 128 - n, "%s%s", n ? "," : "", names[b]);
	return buf;
}
