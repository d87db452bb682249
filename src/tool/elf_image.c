/* SPDX-License-Identifier: MIT */
/*
 * src/tool/elf_image.c - open a linked x86-64 ELF image with libelf and map
 * link-time addresses to bytes, relocations and symbols.
 */
#include "elf_image.h"
#include "image_internal.h"
#include "tool.h"

#include <gelf.h>
#include <libelf.h>
#include <stdlib.h>
#include <string.h>

/* Checks on the raw identification bytes, so that every wrong kind of file
 * gets a message that says what it is. */
static int check_ident(const unsigned char *buf, size_t len, char *err, size_t errlen)
{
	if (len < EI_NIDENT || memcmp(buf, ELFMAG, SELFMAG) != 0)
		return fail_msg(err, errlen, "not an ELF file");
	if (buf[EI_CLASS] == ELFCLASS32)
		return fail_msg(err, errlen, "32-bit ELF is not supported (x86-64 ELF64 only)");
	if (buf[EI_CLASS] != ELFCLASS64)
		return fail_msg(err, errlen, "unknown ELF class %u", buf[EI_CLASS]);
	if (buf[EI_DATA] == ELFDATA2MSB)
		return fail_msg(err, errlen, "big-endian ELF is not supported (x86-64 little-endian only)");
	if (buf[EI_DATA] != ELFDATA2LSB)
		return fail_msg(err, errlen, "unknown ELF data encoding %u", buf[EI_DATA]);
	if (len < sizeof(Elf64_Ehdr))
		return fail_msg(err, errlen, "truncated ELF header (%zu bytes)", len);
	return 0;
}

static int check_header(Elf *elf, size_t len, char *err, size_t errlen)
{
	GElf_Ehdr eh;

	if (!gelf_getehdr(elf, &eh))
		return fail_msg(err, errlen, "bad ELF header: %s", elf_errmsg(-1));
	if (eh.e_machine != EM_X86_64)
		return fail_msg(err, errlen, "machine %u is not x86-64", eh.e_machine);
	if (eh.e_type == ET_REL)
		return fail_msg(err, errlen, "a relocatable object, not a linked image: link it first");
	if (eh.e_type != ET_EXEC && eh.e_type != ET_DYN)
		return fail_msg(err, errlen, "ELF type %u is not an executable or shared object", eh.e_type);
	if (eh.e_shoff == 0 || eh.e_shnum == 0)
		return fail_msg(err, errlen, "no section headers (linktable needs them; plain strip keeps them)");
	if (eh.e_shentsize != sizeof(Elf64_Shdr))
		return fail_msg(err, errlen, "section header size %u is not %zu", eh.e_shentsize, sizeof(Elf64_Shdr));
	if (eh.e_shoff > len || (len - eh.e_shoff) / sizeof(Elf64_Shdr) < eh.e_shnum)
		return fail_msg(err, errlen, "section headers out of range (offset %llu, %u headers, file %zu bytes)",
			    (unsigned long long)eh.e_shoff, eh.e_shnum, len);
	return 0;
}

/* Every section, with its bytes checked to lie inside the file. */
static int load_sections(struct image *img, char *err, size_t errlen)
{
	Elf *elf = img->elf;
	size_t n, shstrndx;

	if (elf_getshdrnum(elf, &n) != 0 || elf_getshdrstrndx(elf, &shstrndx) != 0)
		return fail_msg(err, errlen, "bad section headers: %s", elf_errmsg(-1));
	if (n > img->len / sizeof(Elf64_Shdr))
		return fail_msg(err, errlen, "section count %zu is absurd for a %zu-byte file", n, img->len);
	img->sections = xcalloc(n, sizeof(*img->sections));
	img->nsections = n;
	for (size_t i = 1; i < n; i++) {
		Elf_Scn *scn = elf_getscn(elf, i);
		struct img_section *s = &img->sections[i];
		GElf_Shdr sh;
		const char *name;

		if (!scn || !gelf_getshdr(scn, &sh))
			return fail_msg(err, errlen, "section %zu: bad header: %s", i, elf_errmsg(-1));
		name = elf_strptr(elf, shstrndx, sh.sh_name);
		s->name = name ? name : "";
		s->size = sh.sh_size;
		s->alloc = (sh.sh_flags & SHF_ALLOC) != 0;
		s->addr = s->alloc ? sh.sh_addr : 0;
		if (s->alloc && sh.sh_addr + sh.sh_size < sh.sh_addr)
			return fail_msg(err, errlen, "section %s: address range wraps around", s->name);
		if (sh.sh_type == SHT_NOBITS)
			continue;
		if (sh.sh_offset > img->len || sh.sh_size > img->len - sh.sh_offset)
			return fail_msg(err, errlen, "section %s: offset %llu + size %llu is past the end of the file (%zu bytes)",
				    s->name, (unsigned long long)sh.sh_offset, (unsigned long long)sh.sh_size, img->len);
		s->data = img->buf + sh.sh_offset;
	}
	return 0;
}

static int cmp_by_addr(const void *a, const void *b, void *arg)
{
	const struct img_section *s = arg;
	uint64_t x = s[*(const size_t *)a].addr, y = s[*(const size_t *)b].addr;

	return x < y ? -1 : x > y;
}

static void index_by_addr(struct image *img)
{
	img->by_addr = xcalloc(img->nsections, sizeof(size_t));
	for (size_t i = 1; i < img->nsections; i++)
		if (img->sections[i].alloc && img->sections[i].size)
			img->by_addr[img->nby_addr++] = i;
	qsort_r(img->by_addr, img->nby_addr, sizeof(size_t), cmp_by_addr, img->sections);
}

static int cmp_reloc(const void *a, const void *b)
{
	const struct img_reloc *x = a, *y = b;

	return x->offset < y->offset ? -1 : x->offset > y->offset;
}

/* Symbol value for an R_X86_64_64 relocation; -1 if undefined. */
static int dynsym_value(Elf *elf, size_t symtab, size_t symi, uint64_t *value)
{
	Elf_Scn *scn = elf_getscn(elf, symtab);
	Elf_Data *d = scn ? elf_getdata(scn, NULL) : NULL;
	GElf_Sym sym;

	if (!d || !gelf_getsym(d, (int)symi, &sym) || sym.st_shndx == SHN_UNDEF)
		return -1;
	*value = sym.st_value;
	return 0;
}

/* Section @i if it has type @type (and its header in @sh), else NULL. */
static Elf_Scn *section_of_type(Elf *elf, size_t i, Elf64_Word type, GElf_Shdr *sh)
{
	Elf_Scn *scn = elf_getscn(elf, i);

	return scn && gelf_getshdr(scn, sh) && sh->sh_type == type ? scn : NULL;
}

/* The dynamic relocations that set pointers: R_X86_64_RELATIVE (base +
 * addend) and R_X86_64_64 (symbol + addend).  RELR needs nothing: it keeps
 * the addend in place. */
static int load_relocs(struct image *img, char *err, size_t errlen)
{
	Elf *elf = img->elf;

	for (size_t i = 1; i < img->nsections; i++) {
		GElf_Shdr sh;
		Elf_Scn *scn = section_of_type(elf, i, SHT_RELA, &sh);
		Elf_Data *d;

		if (!scn || !(sh.sh_flags & SHF_ALLOC))
			continue;
		if (sh.sh_entsize != sizeof(Elf64_Rela))
			return fail_msg(err, errlen, "section %s: relocation entry size %llu is not %zu", img->sections[i].name,
				    (unsigned long long)sh.sh_entsize, sizeof(Elf64_Rela));
		d = elf_getdata(scn, NULL);
		if (!d)
			return fail_msg(err, errlen, "section %s: unreadable relocations: %s", img->sections[i].name, elf_errmsg(-1));
		for (size_t k = 0; k < d->d_size / sizeof(Elf64_Rela); k++) {
			GElf_Rela r;
			struct img_reloc rel = { 0, 0, 1 };
			unsigned type;

			if (!gelf_getrela(d, (int)k, &r))
				return fail_msg(err, errlen, "section %s: bad relocation %zu", img->sections[i].name, k);
			type = GELF_R_TYPE(r.r_info);
			rel.offset = r.r_offset;
			if (type == R_X86_64_RELATIVE) {
				rel.value = (uint64_t)r.r_addend;
			} else if (type == R_X86_64_64) {
				uint64_t v;

				rel.resolved = GELF_R_SYM(r.r_info) != 0 &&
					       dynsym_value(elf, sh.sh_link, GELF_R_SYM(r.r_info), &v) == 0;
				rel.value = rel.resolved ? v + (uint64_t)r.r_addend : 0;
			} else {
				continue;
			}
			img->relocs = xgrow(img->relocs, img->nrelocs, sizeof(*img->relocs));
			img->relocs[img->nrelocs++] = rel;
		}
	}
	/* linkers emit them sorted already; qsort(NULL, 0) is undefined */
	for (size_t k = 1; k < img->nrelocs; k++) {
		if (img->relocs[k - 1].offset > img->relocs[k].offset) {
			qsort(img->relocs, img->nrelocs, sizeof(*img->relocs), cmp_reloc);
			break;
		}
	}
	return 0;
}

static int cmp_symbol(const void *a, const void *b)
{
	const struct img_symbol *x = a, *y = b;

	if (x->addr != y->addr)
		return x->addr < y->addr ? -1 : 1;
	/* an object that has a size names the address better than a marker
	 * such as __TMC_END__ that merely shares it */
	if ((x->size == 0) != (y->size == 0))
		return x->size == 0 ? 1 : -1;
	return strcmp(x->name, y->name);
}

/* .symtab objects and functions, for naming entries; absent after strip. */
static void load_symbols(struct image *img)
{
	Elf *elf = img->elf;

	for (size_t i = 1; i < img->nsections; i++) {
		GElf_Shdr sh;
		Elf_Scn *scn = section_of_type(elf, i, SHT_SYMTAB, &sh);
		Elf_Data *d;

		if (!scn || sh.sh_entsize != sizeof(Elf64_Sym))
			continue;
		d = elf_getdata(scn, NULL);
		for (size_t k = 1; d && k < d->d_size / sizeof(Elf64_Sym); k++) {
			GElf_Sym sym;
			const char *name;
			int type;

			if (!gelf_getsym(d, (int)k, &sym))
				break;
			type = GELF_ST_TYPE(sym.st_info);
			if ((type != STT_OBJECT && type != STT_FUNC) || sym.st_shndx == SHN_UNDEF)
				continue;
			name = elf_strptr(elf, sh.sh_link, sym.st_name);
			if (!name || !*name)
				continue;
			img->symbols = xgrow(img->symbols, img->nsymbols, sizeof(*img->symbols));
			img->symbols[img->nsymbols++] = (struct img_symbol){ sym.st_value, sym.st_size, name };
		}
	}
	if (img->nsymbols > 1)
		qsort(img->symbols, img->nsymbols, sizeof(*img->symbols), cmp_symbol);
}

int image_open_mem(struct image *img, unsigned char *buf, size_t len, unsigned int what, char *err, size_t errlen)
{
	memset(img, 0, sizeof(*img));
	img->release_phase = -1;
	img->reloc_cursor = xcalloc(1, sizeof(size_t));
	img->buf = buf;
	img->len = len;
	if (check_ident(buf, len, err, errlen) != 0)
		goto bad;
	elf_version(EV_CURRENT);
	img->elf = elf_memory((char *)buf, len);
	if (!img->elf) {
		fail_msg(err, errlen, "libelf cannot read it: %s", elf_errmsg(-1));
		goto bad;
	}
	if (check_header(img->elf, len, err, errlen) != 0 || load_sections(img, err, errlen) != 0 ||
	    ((what & IMAGE_RELOCS) && load_relocs(img, err, errlen) != 0))
		goto bad;
	img->is_pie = ((const Elf64_Ehdr *)buf)->e_type == ET_DYN; /* checked by check_header() */
	index_by_addr(img);
	if (what & IMAGE_SYMBOLS)
		load_symbols(img);
	if (image_load_tables(img, err, errlen) != 0)
		goto bad;
	return 0;
bad:
	image_close(img);
	return -1;
}

int image_open(struct image *img, const char *path, unsigned int what, char *err, size_t errlen)
{
	size_t len;
	unsigned char *buf = read_whole_file(path, IMAGE_MAX_BYTES, &len, err, errlen);

	if (!buf) {
		memset(img, 0, sizeof(*img));
		return -1;
	}
	return image_open_mem(img, buf, len, what, err, errlen);
}

void image_close(struct image *img)
{
	if (img->elf)
		elf_end(img->elf);
	free(img->sections);
	free(img->by_addr);
	free(img->relocs);
	free(img->reloc_cursor);
	free(img->symbols);
	free(img->tables);
	free(img->ranges);
	free(img->orphans);
	free(img->buf);
	memset(img, 0, sizeof(*img));
}

/* The allocated section that holds [addr, addr + n), or NULL. */
static const struct img_section *section_at(const struct image *img, uint64_t addr, uint64_t n)
{
	size_t lo = 0, hi = img->nby_addr;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct img_section *s = &img->sections[img->by_addr[mid]];

		if (addr < s->addr)
			hi = mid;
		else if (addr - s->addr >= s->size)
			lo = mid + 1;
		else
			return n <= s->size - (addr - s->addr) ? s : NULL;
	}
	return NULL;
}

int image_read(const struct image *img, uint64_t addr, void *out, size_t n)
{
	const struct img_section *s = section_at(img, addr, n);

	if (!s)
		return -1;
	if (s->data)
		memcpy(out, s->data + (addr - s->addr), n);
	else
		memset(out, 0, n);
	return 0;
}

/* Index of the first relocation at or after @addr.  Steps are decoded in
 * address order, so the search gallops forward from the previous answer. */
static size_t reloc_lower_bound(const struct image *img, uint64_t addr)
{
	size_t n = img->nrelocs, lo = 0, hi = n, step = 1;
	size_t h = *img->reloc_cursor;

	if (h < n && img->relocs[h].offset <= addr) {
		lo = h;
		while (lo + step < n && img->relocs[lo + step].offset < addr) {
			lo += step;
			step *= 2;
		}
		hi = lo + step < n ? lo + step + 1 : n;
	}
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (img->relocs[mid].offset < addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	*img->reloc_cursor = lo;
	return lo;
}

int image_read_ptr(const struct image *img, uint64_t addr, uint64_t *out)
{
	size_t k = reloc_lower_bound(img, addr);

	if (k < img->nrelocs && img->relocs[k].offset == addr) {
		*out = img->relocs[k].value;
		return img->relocs[k].resolved ? 0 : -1;
	}
	return image_read(img, addr, out, sizeof(*out));
}

int image_read_loaded(const struct image *img, uint64_t addr, void *out, size_t n)
{
	if (image_read(img, addr, out, n) != 0)
		return -1;
	for (size_t k = reloc_lower_bound(img, addr); k < img->nrelocs && img->relocs[k].offset - addr < n; k++) {
		uint64_t at = img->relocs[k].offset - addr;

		if (n - at >= 8)
			memcpy((unsigned char *)out + at, &img->relocs[k].value, 8);
	}
	return 0;
}

int image_string_max(const struct image *img, uint64_t addr, size_t max, const char **out)
{
	const struct img_section *s = addr ? section_at(img, addr, 1) : NULL;
	const char *p;
	size_t left;

	*out = NULL;
	if (!s || !s->data)
		return IMAGE_STR_BAD;
	p = (const char *)s->data + (addr - s->addr);
	left = s->size - (addr - s->addr);
	/* Look no further than @max: a hostile image may point thousands of
	 * names at one megabyte-long string. */
	if (memchr(p, 0, left < max + 1 ? left : max + 1)) {
		*out = p;
		return 0;
	}
	return left > max ? IMAGE_STR_LONG : IMAGE_STR_BAD;
}

const char *image_symbol_at(const struct image *img, uint64_t addr)
{
	size_t lo = 0, hi = img->nsymbols;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (img->symbols[mid].addr < addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < img->nsymbols && img->symbols[lo].addr == addr ? img->symbols[lo].name : NULL;
}
