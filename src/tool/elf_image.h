/* SPDX-License-Identifier: MIT */
/*
 * src/tool/elf_image.h - a linked ELF image (32- or 64-bit, either byte
 * order, any machine) as the linktable tool sees it: its allocated sections by address, its dynamic relocations (so a
 * pointer read from a PIE or shared object gives the link-time address), its
 * symbols, and the tables and ranges its linktable notes describe.
 *
 * Everything is read through libelf from one in-memory copy of the file, so
 * the same code serves files and the fuzz harness.
 */
#ifndef LINKTABLE_TOOL_ELF_IMAGE_H
#define LINKTABLE_TOOL_ELF_IMAGE_H

#include <stddef.h>
#include <stdint.h>

#include <linktable/internal/toolchain.h>

struct elf_arch;

/**
 * struct img_section - one section.
 * @name:  its name (points into the section name table).
 * @addr:  link-time virtual address (0 if not allocated).
 * @size:  size in bytes.
 * @data:  its bytes in the file copy; NULL for SHT_NOBITS (reads as zeros).
 * @alloc: whether it is part of the loaded image (SHF_ALLOC).
 */
struct img_section {
	const char *name;
	uint64_t addr;
	uint64_t size;
	const unsigned char *data;
	int alloc;
	unsigned int note_align; /* SHT_NOTE: 4, or 8 for 8-byte aligned notes; else 0 */
	uint64_t align;          /* sh_addralign (0 and 1: none) */
};

/* Two parts per order level: read-only, then writable. */
#define TABLE_SLOTS (2 * LTX_LEVELS)
#define SLOT_LEVEL(k) ((k) / 2)

/**
 * struct img_table - one table, from its descriptor note.
 * @name:        table name.
 * @type_name:   entry type as written in the source.
 * @kind:        LINKTABLE_KIND_* (1 plain, 2 init steps, 3 relative, 4 array).
 * @entry_size:  sizeof(entry type).
 * @entry_align: alignment of the entry type.
 * @slot:        section index of each part of each level, -1 if none:
 *               slot[2 * L] is level L's read-only part
 *               (linktable_<table>_<L>), slot[2 * L + 1] its writable part
 *               (linktable_<table>_<L>_rw, entries compiled as PIC).
 *               Iteration visits the slots in this order.
 */
struct img_table {
	const char *name;
	const char *type_name;
	uint32_t kind;
	uint32_t entry_size;
	uint32_t entry_align;
	long slot[TABLE_SLOTS];
};

/**
 * struct img_range - one range: a linktable_range_<name> section and/or a
 * range descriptor note.
 * @name:     the range's name.
 * @section:  its section index, -1 if nothing was placed in it.
 * @has_note: whether LINKTABLE_RANGE_DEFINE() described it.
 */
struct img_range {
	const char *name;
	long section;
	int has_note;
};

struct img_reloc {
	uint64_t offset; /* where the pointer is */
	uint64_t value;  /* its link-time value */
	int resolved;    /* 0: refers to an undefined symbol */
};

struct img_symbol {
	uint64_t addr;
	uint64_t size;
	const char *name;
};

/**
 * struct image - an opened image.
 * @sections:  every section, by section header index.
 * @by_addr:   indices of allocated sections with bytes or NOBITS, by address.
 * @relocs:    dynamic relocations that set pointers, by offset.
 * @symbols:   .symtab object and function symbols by address (none after strip).
 * @tables:    described tables, by name.
 * @ranges:    ranges, by name.
 * @orphans:   indices of linktable_<t>_<level> sections whose table <t> has
 *             no descriptor in this image (entries no one iterates).
 * @is_pie:    ET_DYN (PIE or shared object).
 * @is64:      ELFCLASS64 (else ELFCLASS32).
 * @msb:       big-endian (ELFDATA2MSB).
 * @ptr_size:  the image's pointer size: 8 or 4.
 * @machine:   e_machine.
 * @arch:      what the tool knows of the machine's relocations, or NULL.
 * @release_phase: from LINKTABLE_INIT_RELEASE_PHASE(): init-only memory is
 *             released before this phase; -1 if the image does not say.
 */
struct image {
	unsigned char *buf;
	size_t len;
	size_t mapped; /* image_open(): @buf is mapped, this long (0: malloc'ed) */
	void *elf; /* Elf *, kept opaque to the commands */
	int is_pie;
	int is64;
	int msb;
	unsigned int ptr_size;
	unsigned int machine;
	const struct elf_arch *arch;
	struct img_section *sections;
	size_t nsections;
	size_t shstrndx; /* the section name table (extended numbering resolved) */
	size_t *by_addr;
	size_t nby_addr;
	struct img_reloc *relocs;
	size_t nrelocs;
	/* Where pointer reads found themselves: [0] the last, [1] the one
	 * before - a decoder alternates between two regions (entries and the
	 * arrays they point at), each read in address order. */
	size_t *reloc_cursor;
	size_t *section_cursor; /* indices of the last sections found (0: none), then the next to replace */
	struct img_symbol *symbols;
	size_t nsymbols;
	struct img_table *tables;
	size_t ntables;
	struct img_range *ranges;
	size_t nranges;
	size_t *orphans;
	size_t norphans;
	int release_phase;
};

/* What image_open_mem() loads beyond sections, tables and ranges: the
 * relocation index (needed to read pointers in PIE and shared objects) and
 * the symbol index cost time proportional to the image, so only commands
 * that read pointers or name entries ask for them. */
#define IMAGE_RELOCS 0x1u
#define IMAGE_SYMBOLS 0x2u
#define IMAGE_ALL (IMAGE_RELOCS | IMAGE_SYMBOLS)

/**
 * image_open_mem() - parse an ELF image held in memory.
 * @img:    filled in; release with image_close().
 * @buf:    the file's bytes; the image takes ownership (free()d on close).
 * @len:    their number.
 * @what:   IMAGE_RELOCS and/or IMAGE_SYMBOLS, or 0.
 * @err:    message buffer, filled on failure.
 * @errlen: its size.
 *
 * Reads any linked ELF image - ELF32 or ELF64, little- or big-endian, any
 * machine (dynamic relocations of the machines in elf_arch.c) - and refuses
 * any header, section or note that points outside the file or lies.
 * Return: 0, or -1 with @err set (and @buf freed).
 */
int image_open_mem(struct image *img, unsigned char *buf, size_t len, unsigned int what, char *err, size_t errlen);

/* Bigger files are refused before they are read. */
#define IMAGE_MAX_BYTES (1ull << 32)

/**
 * image_open() - image_open_mem() on a file.
 * @img: filled in.
 * @path: the file.
 * @what: as for image_open_mem().
 * @err: message buffer.
 * @errlen: its size.
 */
int image_open(struct image *img, const char *path, unsigned int what, char *err, size_t errlen);

/** image_close() - release an image. @img: the image. */
void image_close(struct image *img);

/**
 * image_read() - copy @n bytes at link-time address @addr.
 * @img: the image.  @addr: address.  @out: destination.  @n: byte count.
 *
 * Return: 0, or -1 if the bytes are not all inside one allocated section.
 */
int image_read(const struct image *img, uint64_t addr, void *out, size_t n);

/**
 * image_read_loaded() - image_read(), then the dynamic relocations inside
 * the bytes applied: what the loader leaves there (at link-time addresses).
 * @img: the image.  @addr: address.  @out: destination.  @n: byte count.
 *
 * Return: 0, or -1 if the bytes are not all inside one allocated section.
 */
int image_read_loaded(const struct image *img, uint64_t addr, void *out, size_t n);

/**
 * image_word() - the @size-byte (1..8) unsigned word at @p in the image's
 * byte order.  @img: the image.  @p: the bytes.  @size: their number.
 */
uint64_t image_word(const struct image *img, const unsigned char *p, unsigned int size);

/**
 * image_read_u32() - read a 32-bit word at link-time address @addr, in the
 * image's byte order.  @img: the image.  @addr: address.  @out: the value.
 *
 * Return: 0, or -1 if unreadable.
 */
int image_read_u32(const struct image *img, uint64_t addr, uint32_t *out);

/**
 * image_read_ptr() - read a pointer (the image's size and byte order) at
 * @addr as the loader would set it:
 * a dynamic relocation there wins over the bytes in the file.
 * @img: the image.  @addr: where the pointer is.  @out: its link-time value.
 *
 * Return: 0, or -1 if unreadable or relocated against an undefined symbol.
 */
int image_read_ptr(const struct image *img, uint64_t addr, uint64_t *out);

/**
 * image_read_fields() - a whole entry at once: the @size bytes at @addr
 * into @buf, as image_read() gives them, and the pointer at each of @n
 * offsets @at (ascending, each a whole pointer inside the entry) as
 * image_read_ptr() would give it - one section and relocation search for
 * the entry instead of one per field.
 * @img: the image.  @addr: the entry.  @size: its bytes.  @buf: @size bytes.
 * @at: the pointer fields' offsets.  @n: their number.
 * @ptr: the pointers.  @ok: per field, 0 where image_read_ptr() would fail
 * (a relocation against an undefined symbol), else 1.
 *
 * Return: 0, or -1 when the entry does not lie inside one section (then
 * read field by field).
 */
int image_read_fields(const struct image *img, uint64_t addr, size_t size, unsigned char *buf, const uint64_t *at,
		      size_t n, uint64_t *ptr, unsigned char *ok);

/* image_string_max() results besides 0. */
#define IMAGE_STR_BAD (-1)  /* address 0, unmapped, or no NUL before the section ends */
#define IMAGE_STR_LONG (-2) /* no NUL within the limit */

/**
 * image_string_max() - the NUL-terminated string at @addr, at most @max
 * bytes long (NUL excluded); reads no more than @max + 1 bytes.
 * @img: the image.  @addr: its address.  @max: the longest string accepted.
 * @out: set to a pointer into the image, or NULL.
 *
 * Return: 0, IMAGE_STR_BAD or IMAGE_STR_LONG.
 */
int image_string_max(const struct image *img, uint64_t addr, size_t max, const char **out);

/**
 * image_section_name_at() - name of the allocated section holding @addr,
 * or NULL when no section does.
 * @img: the image.  @addr: an address.
 */
const char *image_section_name_at(const struct image *img, uint64_t addr);

/**
 * image_symbol_at() - name of the symbol that starts at @addr, or NULL.
 * @img: the image.  @addr: an address.
 */
const char *image_symbol_at(const struct image *img, uint64_t addr);

/**
 * image_symbol_named() - the one object or function symbol called @name.
 * @img: an image opened with IMAGE_SYMBOLS.  @name: the symbol.
 * @out: set to it.
 *
 * Return: 1 if found, 0 if absent, -1 if several symbols have the name.
 */
int image_symbol_named(const struct image *img, const char *name, const struct img_symbol **out);

/**
 * image_relocated() - whether a dynamic relocation writes any of the bytes
 * [@addr, @addr + @n) (then the file's bytes are not what the loader leaves).
 * @img: an image opened with IMAGE_RELOCS.  @addr: address.  @n: bytes.
 */
int image_relocated(const struct image *img, uint64_t addr, uint64_t n);

/**
 * image_file_offset() - where the bytes at link-time address @addr lie in
 * the file, so a build step can patch them: the section headers and a
 * PT_LOAD segment must agree, and the bytes must be in the file (not
 * .bss).
 * @img: the image.  @addr: address.  @n: byte count.  @off: the offset.
 * @err: message buffer.  @errlen: its size.
 *
 * Return: 0, or -1 with @err set.
 */
int image_file_offset(const struct image *img, uint64_t addr, uint64_t n, uint64_t *off, char *err, size_t errlen);

/**
 * image_table() - the table called @name, or NULL.
 * @img: the image.  @name: table name.
 */
const struct img_table *image_table(const struct image *img, const char *name);

/**
 * image_range() - the range called @name, or NULL.
 * @img: the image.  @name: range name, e.g. "init_text".
 */
const struct img_range *image_range(const struct image *img, const char *name);

/**
 * range_contains() - whether link-time address @addr lies in range @r
 * (false for a range nothing was placed in).
 * @img: the image.  @r: the range (may be NULL).  @addr: an address.
 */
int range_contains(const struct image *img, const struct img_range *r, uint64_t addr);

/**
 * range_at() - the name of the range holding @addr, or NULL.
 * @img: the image.  @addr: an address.
 */
const char *range_at(const struct image *img, uint64_t addr);

/**
 * table_part() - the section of slot @k of table @t (see struct img_table),
 * or NULL when that part of that level is empty.
 * @img: image.  @t: table.  @k: slot, 0 .. TABLE_SLOTS - 1.
 */
const struct img_section *table_part(const struct image *img, const struct img_table *t, int k);

/**
 * table_bytes() - bytes of all levels of @t.  @img: image.  @t: table.
 */
uint64_t table_bytes(const struct image *img, const struct img_table *t);

#endif /* LINKTABLE_TOOL_ELF_IMAGE_H */
