/* SPDX-License-Identifier: MIT */
/*
 * src/tool/bootproto.h - decode the x86 boot protocol's setup header, from a
 * bzImage file or a boot_params zero page.  Pure functions over a byte
 * buffer: the bootparams and bzimage commands and the fuzz harness share
 * them.
 */
#ifndef LINKTABLE_TOOL_BOOTPROTO_H
#define LINKTABLE_TOOL_BOOTPROTO_H

#include <stddef.h>
#include <stdint.h>

#include <linktable/subarch.h>

#define BOOT_PARAMS_SIZE 4096u
#define HDR_SETUP_SECTS 0x1f1u
#define HDR_BOOT_FLAG 0x1feu
#define HDR_MAGIC 0x202u
#define HDR_VERSION ((unsigned int)LINKTABLE_ZERO_PAGE_VERSION_OFFSET) /* the detection's own offsets */
#define HDR_KERNEL_VERSION 0x20eu
#define HDR_TYPE_OF_LOADER 0x210u
#define HDR_LOADFLAGS 0x211u
#define HDR_EXT_LOADER_VER 0x226u
#define HDR_EXT_LOADER_TYPE 0x227u
#define HDR_HARDWARE_SUBARCH ((unsigned int)LINKTABLE_ZERO_PAGE_SUBARCH_OFFSET)
#define HDR_HARDWARE_SUBARCH_DATA 0x240u
#define HDR_END_2_07 0x248u /* a header with hardware_subarch ends here */

/** struct hdr_field - one setup header field: @name, @offset, @size (bytes), @min_version. */
struct hdr_field {
	const char *name;
	unsigned int offset;
	unsigned int size;
	unsigned int min_version;
};

/** hdr_fields - the setup header fields the tool reports; @nhdr_fields of them. */
extern const struct hdr_field hdr_fields[];
extern const size_t nhdr_fields;

/**
 * struct boot_info - a decoded header.
 * @version:          boot protocol version (0x020c = 2.12).
 * @has_magic:        "HdrS" at 0x202 (a running kernel's zero page may lack it).
 * @has_subarch:      @version >= 2.07: hardware_subarch is meaningful.
 * @hardware_subarch: the subarch number (0 when !has_subarch).
 * @subarch_data:     hardware_subarch_data.
 * @loader_type:      type_of_loader byte; @loader_id, @loader_version decoded
 *                    (extended types included).
 * @loadflags:        loadflags byte.
 * @setup_sects:      setup sectors (0 in the header means 4).
 * @kernel_version:   bzImage only: the version string, or NULL.
 * @field_value:      every hdr_fields[] value (0 when the file ends before it).
 * @field_present:    whether the field is inside the buffer and version.
 */
struct boot_info {
	unsigned int version;
	int has_magic;
	int has_subarch;
	uint32_t hardware_subarch;
	uint64_t subarch_data;
	uint8_t loader_type;
	unsigned int loader_id;
	unsigned int loader_version;
	uint8_t loadflags;
	unsigned int setup_sects;
	char kernel_version[128];
	int has_kernel_version;
	uint64_t field_value[32];
	int field_present[32];
};

/**
 * boot_decode_zero_page() - decode a boot_params zero page.
 * @buf: its bytes.  @len: their number (must be 4096).
 * @out: filled in.  @err: message on failure.  @errlen: its size.
 * Return: 0, or -1 with @err set.
 */
int boot_decode_zero_page(const unsigned char *buf, size_t len, struct boot_info *out, char *err, size_t errlen);

/**
 * boot_decode_bzimage() - decode the setup header at the start of a bzImage.
 * @buf: the file's bytes (the first few KiB are enough).  @len: their number.
 * @out: filled in.  @err: message on failure.  @errlen: its size.
 * Return: 0, or -1 with @err set (no boot sector flag, no HdrS, truncated).
 */
int boot_decode_bzimage(const unsigned char *buf, size_t len, struct boot_info *out, char *err, size_t errlen);

/**
 * boot_loader_name() - name of a boot loader id ("QEMU", "GRUB", ...).
 * @id: loader id (type_of_loader's high nibble, or 0x10 + extended type).
 */
const char *boot_loader_name(unsigned int id);

/**
 * boot_loadflag_names() - loadflags as names, comma-separated, in @buf (at
 * least 128 bytes).
 * @flags: the byte.  @buf: output.
 */
const char *boot_loadflag_names(uint8_t flags, char *buf);

#endif /* LINKTABLE_TOOL_BOOTPROTO_H */
