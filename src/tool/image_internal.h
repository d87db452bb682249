/* SPDX-License-Identifier: MIT */
/* src/tool/image_internal.h - between elf_image.c and image_tables.c. */
#ifndef LINKTABLE_TOOL_IMAGE_INTERNAL_H
#define LINKTABLE_TOOL_IMAGE_INTERNAL_H

#include "elf_image.h"

/**
 * image_load_tables() - fill in @img's tables, ranges and orphans from the
 * .note.linktable descriptors and the linktable_* section names.
 * @img: an image whose sections are loaded.
 * @err: message buffer.  @errlen: its size.
 *
 * Return: 0, or -1 if a descriptor is malformed or lies.
 */
int image_load_tables(struct image *img, char *err, size_t errlen);

#endif
