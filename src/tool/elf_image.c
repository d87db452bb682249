/* SPDX-License-Identifier: MIT */
/*
 * src/tool/elf_image.c - open a linked ELF image with libelf and map
 * link-time addresses to bytes, relocations and symbols.  libelf converts
 * headers, symbols and relocations to the host's form; section contents
 * (pointers, the entries' fields, notes) are decoded here in the image's
 * own word size and byte order.
 */
#include "elf_image.h"
#include "elf_arch.h"
#include "image_internal.h"
#include "tool.h"

#include <gelf.h>
#include <libelf.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* Sections remembered by section_at(). */
#define SECTION_CURSORS 4

/* What a file that is not ELF is, for the other formats linktable's
 * tables are built for (README, "Supported toolchains"): their images
 * exist, but this command reads ELF only; NULL for anything else. */
static const char *other_format(const unsigned char *buf, size_t len)
{
	static const unsigned char wasm[4] = { 0, 'a', 's', 'm' };
	unsigned long be;

	if (len >= 4 && memcmp(buf, wasm, 4) == 0)
		return "a WebAssembly module";
	if (len >= 4) {
		be = (unsigned long)buf[0] << 24 | (unsigned long)buf[1] << 16 | (unsigned long)buf[2] << 8 | buf[3];
		/* 32- and 64-bit, either byte order (not the universal
		 * header: Java class files share its magic) */
		if (be == 0xfeedfaceul || be == 0xfeedfacful || be == 0xcefaedfeul || be == 0xcffaedfeul)
			return "a Mach-O file";
	}
	/* an MS-DOS stub whose e_lfanew (at 0x3c) leads to "PE\0\0" */
	if (len >= 0x40 && buf[0] == 'M' && buf[1] == 'Z') {
		size_t pe = (size_t)buf[0x3c] | (size_t)buf[0x3d] << 8 | (size_t)buf[0x3e] << 16 | (size_t)buf[0x3f] << 24;

		if (pe <= len - 4 && memcmp(buf + pe, "PE\0\0", 4) == 0)
			return "a PE/COFF (Windows) image";
	}
	return NULL;
}

/* Checks on the raw identification bytes, so that every wrong kind of file
 * gets a message that says what it is. */
static int check_ident(const unsigned char *buf, size_t len, char *err, size_t errlen)
{
	const char *other;

	if (len < EI_NIDENT || memcmp(buf, ELFMAG, SELFMAG) != 0) {
		if ((other = other_format(buf, len)) != NULL)
			return fail_msg(err, errlen, "not an ELF file: %s; linktable reads ELF images only", other);
		return fail_msg(err, errlen, "not an ELF file");
	}
	if (buf[EI_CLASS] != ELFCLASS64 && buf[EI_CLASS] != ELFCLASS32)
		return fail_msg(err, errlen, "unknown ELF class %u", buf[EI_CLASS]);
	if (buf[EI_DATA] != ELFDATA2LSB && buf[EI_DATA] != ELFDATA2MSB)
		return fail_msg(err, errlen, "unknown ELF data encoding %u", buf[EI_DATA]);
	if (len < (buf[EI_CLASS] == ELFCLASS64 ? sizeof(Elf64_Ehdr) : sizeof(Elf32_Ehdr)))
		return fail_msg(err, errlen, "truncated ELF header (%zu bytes)", len);
	return 0;
}

/* Size of one section header in this image's class. */
static size_t shdr_size(const struct image *img)
{
	return img->is64 ? sizeof(Elf64_Shdr) : sizeof(Elf32_Shdr);
}

/* The ELF header's tables, checked against the file.  Extended numbering
 * (as readelf reads it): with more than 0xff00 sections, e_shnum is 0 and
 * the count is section 0's sh_size, e_shstrndx is SHN_XINDEX and the index
 * is section 0's sh_link; with 0xffff or more segments, e_phnum is
 * PN_XNUM and the count is section 0's sh_info.  libelf resolves the three;
 * every value is checked here, so that a malformed header is an error,
 * never an image that seems to have no tables. */
static int check_header(struct image *img, Elf *elf, size_t len, char *err, size_t errlen)
{
	size_t phentsize = img->is64 ? sizeof(Elf64_Phdr) : sizeof(Elf32_Phdr);
	const unsigned char *sh0;
	uint64_t nsh, shstrndx, nph;
	GElf_Ehdr eh;
	size_t n;

	if (!gelf_getehdr(elf, &eh))
		return fail_msg(err, errlen, "bad ELF header: %s", elf_errmsg(-1));
	img->machine = eh.e_machine;
	img->arch = elf_arch_of(eh.e_machine, img->is64);
	img->is_pie = eh.e_type == ET_DYN;
	if (eh.e_type == ET_REL)
		return fail_msg(err, errlen, "a relocatable object, not a linked image: link it first");
	if (eh.e_type != ET_EXEC && eh.e_type != ET_DYN)
		return fail_msg(err, errlen, "ELF type %u is not an executable or shared object", eh.e_type);
	/* (with e_shnum 0 and headers of no size, not even section 0 is there
	 * to give an extended count) */
	if (eh.e_shoff == 0 || (eh.e_shnum == 0 && eh.e_shentsize == 0))
		return fail_msg(err, errlen, "no section headers (linktable needs them; plain strip keeps them)");
	if (eh.e_shentsize != shdr_size(img))
		return fail_msg(err, errlen, "section header size %u is not %zu", eh.e_shentsize, shdr_size(img));
	/* section 0 must be readable before its extended counts are trusted */
	if (eh.e_shoff > len || len - eh.e_shoff < shdr_size(img))
		return fail_msg(err, errlen, "section headers out of range (offset %llu, file %zu bytes)",
				(unsigned long long)eh.e_shoff, len);
	/* the extended values, read here rather than trusted to libelf */
	sh0 = img->buf + eh.e_shoff;
	nsh = eh.e_shnum ? eh.e_shnum : image_word(img, sh0 + (img->is64 ? 0x20 : 0x14), img->is64 ? 8 : 4);
	shstrndx = eh.e_shstrndx != SHN_XINDEX ? eh.e_shstrndx : image_word(img, sh0 + (img->is64 ? 0x28 : 0x18), 4);
	nph = eh.e_phnum != PN_XNUM ? eh.e_phnum : image_word(img, sh0 + (img->is64 ? 0x2c : 0x1c), 4);
	if (nsh == 0)
		return fail_msg(err, errlen, "e_shnum is 0 and section 0 gives no count (extended numbering): no section headers");
	if ((len - eh.e_shoff) / shdr_size(img) < nsh)
		return fail_msg(err, errlen, "section headers out of range (offset %llu, %llu headers, file %zu bytes)",
				(unsigned long long)eh.e_shoff, (unsigned long long)nsh, len);
	if (shstrndx == SHN_UNDEF)
		return fail_msg(err, errlen, "no section name table (e_shstrndx is 0): linktable finds tables by section name");
	if (shstrndx >= nsh)
		return fail_msg(err, errlen, "section name table index %llu is out of range (%llu sections)",
				(unsigned long long)shstrndx, (unsigned long long)nsh);
	if (nph && eh.e_phentsize != phentsize)
		return fail_msg(err, errlen, "program header size %u is not %zu", eh.e_phentsize, phentsize);
	if (nph && (eh.e_phoff > len || (len - eh.e_phoff) / phentsize < nph))
		return fail_msg(err, errlen, "program headers out of range (offset %llu, %llu headers, file %zu bytes)",
				(unsigned long long)eh.e_phoff, (unsigned long long)nph, len);
	/* libelf must agree with what was checked */
	/* (libelf's elf_getshdrstrndx() fails on extended numbering in the
	 * other byte order: the index checked here is used instead) */
	img->shstrndx = (size_t)shstrndx;
	if (elf_getshdrnum(elf, &n) != 0 || n != nsh || elf_getphdrnum(elf, &n) != 0 || n != nph)
		return fail_msg(err, errlen, "libelf reads the section or program header counts otherwise: %s", elf_errmsg(-1));
	return 0;
}

/* Every section, with its bytes checked to lie inside the file. */
static int load_sections(struct image *img, char *err, size_t errlen)
{
	Elf *elf = img->elf;
	size_t n, shstrndx;

	GElf_Shdr strsh;
	Elf_Scn *strscn;

	if (elf_getshdrnum(elf, &n) != 0)
		return fail_msg(err, errlen, "bad section headers: %s", elf_errmsg(-1));
	shstrndx = img->shstrndx;
	if (n > img->len / shdr_size(img))
		return fail_msg(err, errlen, "section count %zu is absurd for a %zu-byte file", n, img->len);
	strscn = elf_getscn(elf, shstrndx);
	if (!strscn || !gelf_getshdr(strscn, &strsh) || strsh.sh_type != SHT_STRTAB)
		return fail_msg(err, errlen, "section %zu, the section name table, is not a string table", shstrndx);
	if (strsh.sh_offset > img->len || strsh.sh_size > img->len - strsh.sh_offset)
		return fail_msg(err, errlen, "the section name table is past the end of the file");
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
		if (!name)
			return fail_msg(err, errlen, "section %zu: name offset %u is outside the section name table", i,
					sh.sh_name);
		s->name = name;
		s->size = sh.sh_size;
		/* .tbss (TLS, NOBITS) takes no address space: its addresses are
		 * those of the next sections, whose bytes a lookup must find
		 * (seen in static images: .tbss over .data.rel.ro). */
		s->alloc = (sh.sh_flags & SHF_ALLOC) != 0 && !(sh.sh_type == SHT_NOBITS && (sh.sh_flags & SHF_TLS));
		s->addr = s->alloc ? sh.sh_addr : 0;
		s->align = sh.sh_addralign;
		if (s->alloc && sh.sh_addr + sh.sh_size < sh.sh_addr)
			return fail_msg(err, errlen, "section %s: address range wraps around", s->name);
		if (sh.sh_type == SHT_NOBITS)
			continue;
		if (sh.sh_type == SHT_NOTE)
			s->note_align = sh.sh_addralign == 8 ? 8 : 4;
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

/* Symbol value for an absolute relocation; -1 if undefined. */
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
static Elf_Scn *section_of_type(Elf *elf, size_t i, GElf_Word type, GElf_Shdr *sh)
{
	Elf_Scn *scn = elf_getscn(elf, i);

	return scn && gelf_getshdr(scn, sh) && sh->sh_type == type ? scn : NULL;
}

/* One dynamic relocation, if it sets a pointer: the machine's RELATIVE
 * (base + addend) or its word-sized absolute one (symbol + addend).  REL
 * sections keep the addend in the word itself (i386, arm). */
static void add_reloc(struct image *img, size_t symtab, uint64_t offset, uint64_t info, int64_t addend, int rel)
{
	unsigned int type = GELF_R_TYPE(info); /* libelf widened ELF32's r_info */
	size_t sym = GELF_R_SYM(info);
	struct img_reloc r = { offset, 0, 1 };
	unsigned char word[8];
	uint64_t v;

	if (type != img->arch->relative && type != img->arch->absolute)
		return;
	if (rel) /* the addend is the word in place */
		addend = image_read(img, offset, word, img->ptr_size) == 0 ? (int64_t)image_word(img, word, img->ptr_size) : 0;
	if (type == img->arch->relative) {
		r.value = (uint64_t)addend;
	} else {
		r.resolved = sym != 0 && dynsym_value(img->elf, symtab, sym, &v) == 0;
		r.value = r.resolved ? v + (uint64_t)addend : 0;
	}
	if (!img->is64)
		r.value &= 0xffffffffu;
	img->relocs = xgrow(img->relocs, img->nrelocs, sizeof(*img->relocs));
	img->relocs[img->nrelocs++] = r;
}

/* The dynamic relocations that set pointers (RELA and REL sections).  RELR
 * needs nothing: it keeps the addend in place. */
static int load_relocs(struct image *img, char *err, size_t errlen)
{
	Elf *elf = img->elf;

	for (size_t i = 1; i < img->nsections; i++) {
		GElf_Shdr sh;
		Elf_Scn *scn = section_of_type(elf, i, SHT_RELA, &sh);
		int rel = 0;
		size_t esize;
		Elf_Data *d;

		if (!scn && (scn = section_of_type(elf, i, SHT_REL, &sh)) != NULL)
			rel = 1;
		if (!scn || !(sh.sh_flags & SHF_ALLOC) || sh.sh_size == 0)
			continue;
		if (!img->arch)
			return fail_msg(err, errlen, "machine %u (%d-bit): its dynamic relocations are not known to this tool",
					img->machine, img->is64 ? 64 : 32);
		esize = rel ? (img->is64 ? sizeof(Elf64_Rel) : sizeof(Elf32_Rel))
			    : (img->is64 ? sizeof(Elf64_Rela) : sizeof(Elf32_Rela));
		if (sh.sh_entsize != esize)
			return fail_msg(err, errlen, "section %s: relocation entry size %llu is not %zu", img->sections[i].name,
				    (unsigned long long)sh.sh_entsize, esize);
		d = elf_getdata(scn, NULL);
		if (!d)
			return fail_msg(err, errlen, "section %s: unreadable relocations: %s", img->sections[i].name, elf_errmsg(-1));
		if (img->is64 && !rel && d->d_buf && ((uintptr_t)d->d_buf % _Alignof(Elf64_Rela)) == 0) {
			/* The usual image (64-bit RELA): libelf has the entries
			 * in this machine's layout already; read them in place,
			 * RELATIVE ones (nearly all, one per pointer in a PIE)
			 * with no call each - 7% of "check" on 100k steps. */
			const Elf64_Rela *ra = d->d_buf;

			for (size_t k = 0; k < d->d_size / esize; k++) {
				if (ELF64_R_TYPE(ra[k].r_info) == img->arch->relative) {
					struct img_reloc r = { ra[k].r_offset, (uint64_t)ra[k].r_addend, 1 };

					if ((img->nrelocs & (img->nrelocs - 1)) == 0)
						img->relocs = xgrow(img->relocs, img->nrelocs, sizeof(*img->relocs));
					img->relocs[img->nrelocs++] = r;
				} else {
					add_reloc(img, sh.sh_link, ra[k].r_offset, ra[k].r_info, ra[k].r_addend, 0);
				}
			}
			continue;
		}
		for (size_t k = 0; k < d->d_size / esize; k++) {
			GElf_Rela r;
			GElf_Rel rl;

			if (rel ? !gelf_getrel(d, (int)k, &rl) : !gelf_getrela(d, (int)k, &r))
				return fail_msg(err, errlen, "section %s: bad relocation %zu", img->sections[i].name, k);
			if (rel)
				add_reloc(img, sh.sh_link, rl.r_offset, rl.r_info, 0, 1);
			else
				add_reloc(img, sh.sh_link, r.r_offset, r.r_info, r.r_addend, 0);
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

/* The SHT_SYMTAB_SHNDX data that goes with symbol table @symtab, or NULL. */
static Elf_Data *symtab_shndx(const struct image *img, size_t symtab)
{
	for (size_t i = 1; i < img->nsections; i++) {
		GElf_Shdr sh;
		Elf_Scn *scn = section_of_type(img->elf, i, SHT_SYMTAB_SHNDX, &sh);

		if (scn && sh.sh_link == symtab)
			return elf_getdata(scn, NULL);
	}
	return NULL;
}

/* .symtab objects and functions, for naming entries; absent after strip. */
static void load_symbols(struct image *img)
{
	Elf *elf = img->elf;

	for (size_t i = 1; i < img->nsections; i++) {
		GElf_Shdr sh;
		Elf_Scn *scn = section_of_type(elf, i, SHT_SYMTAB, &sh);
		Elf_Data *d, *xd = NULL;

		size_t esize = img->is64 ? sizeof(Elf64_Sym) : sizeof(Elf32_Sym);

		if (!scn || sh.sh_entsize != esize)
			continue;
		d = elf_getdata(scn, NULL);
		xd = symtab_shndx(img, i);
		for (size_t k = 1; d && k < d->d_size / esize; k++) {
			GElf_Sym sym;
			Elf32_Word xndx = 0;
			const char *name;
			int type;

			if (!gelf_getsym(d, (int)k, &sym))
				break;
			if (sym.st_shndx == SHN_XINDEX && xd && xd->d_buf && k < xd->d_size / sizeof(Elf32_Word))
				memcpy(&xndx, (const char *)xd->d_buf + k * sizeof(Elf32_Word), sizeof(xndx));
			type = GELF_ST_TYPE(sym.st_info);
			if (type != STT_OBJECT && type != STT_FUNC)
				continue;
			/* SHN_XINDEX: the section index is in SHT_SYMTAB_SHNDX
			 * (more than 0xff00 sections); without that table, or
			 * with an index past the sections, the symbol is in no
			 * section this image has */
			if (sym.st_shndx == SHN_XINDEX ? !xd || xndx == SHN_UNDEF || xndx >= img->nsections
						       : sym.st_shndx == SHN_UNDEF)
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

/* image_open_mem(), for @buf mapped @mapped bytes long (0: malloc'ed). */
static int open_buf(struct image *img, unsigned char *buf, size_t len, size_t mapped, unsigned int what, char *err,
		    size_t errlen)
{
	memset(img, 0, sizeof(*img));
	img->mapped = mapped;
	img->release_phase = -1;
	img->reloc_cursor = xcalloc(2, sizeof(size_t));
	img->section_cursor = xcalloc(SECTION_CURSORS + 1, sizeof(size_t)); /* and the next to replace */
	img->buf = buf;
	img->len = len;
	if (check_ident(buf, len, err, errlen) != 0)
		goto bad;
	img->is64 = buf[EI_CLASS] == ELFCLASS64;
	img->msb = buf[EI_DATA] == ELFDATA2MSB;
	img->ptr_size = img->is64 ? 8 : 4;
	elf_version(EV_CURRENT);
	img->elf = elf_memory((char *)buf, len);
	if (!img->elf) {
		fail_msg(err, errlen, "libelf cannot read it: %s", elf_errmsg(-1));
		goto bad;
	}
	if (check_header(img, img->elf, len, err, errlen) != 0 || load_sections(img, err, errlen) != 0)
		goto bad;
	index_by_addr(img); /* REL addends are read through it */
	if ((what & IMAGE_RELOCS) && load_relocs(img, err, errlen) != 0)
		goto bad;
	if (what & IMAGE_SYMBOLS)
		load_symbols(img);
	if (image_load_tables(img, err, errlen) != 0)
		goto bad;
	return 0;
bad:
	image_close(img);
	return -1;
}

int image_open_mem(struct image *img, unsigned char *buf, size_t len, unsigned int what, char *err, size_t errlen)
{
	return open_buf(img, buf, len, 0, what, err, errlen);
}

int image_open(struct image *img, const char *path, unsigned int what, char *err, size_t errlen)
{
	size_t len, mapped;
	unsigned char *buf = map_whole_file(path, IMAGE_MAX_BYTES, &len, &mapped, err, errlen);

	if (!buf) {
		memset(img, 0, sizeof(*img));
		return -1;
	}
	return open_buf(img, buf, len, mapped, what, err, errlen);
}

void image_close(struct image *img)
{
	if (img->elf)
		elf_end(img->elf);
	free(img->sections);
	free(img->by_addr);
	free(img->relocs);
	free(img->reloc_cursor);
	free(img->section_cursor);
	free(img->symbols);
	free(img->tables);
	free(img->ranges);
	free(img->orphans);
	if (img->mapped)
		munmap(img->buf, img->mapped);
	else
		free(img->buf);
	memset(img, 0, sizeof(*img));
}

/* The allocated section that holds [addr, addr + n), or NULL. */
static const struct img_section *section_at(const struct image *img, uint64_t addr, uint64_t n)
{
	size_t lo = 0, hi = img->nby_addr, *cur = img->section_cursor;
	const struct img_section *s;

	/* Reads cluster: most fall in one of the last few sections found (a
	 * decoder goes from an entry to its name, its file name and its
	 * dependency array, each in a section of its own).  A hit moves
	 * nothing (reordering on every hit cost more than it saved); a miss
	 * replaces the cursor found longest ago. */
	for (int c = 0; cur && img->sections && c < SECTION_CURSORS; c++) {
		/* cur[c]: a section's index (0: none, the null section, of
		 * size 0); below its start the difference wraps past its size */
		s = &img->sections[cur[c]];
		if (addr - s->addr < s->size)
			return n <= s->size - (addr - s->addr) ? s : NULL;
	}
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		s = &img->sections[img->by_addr[mid]];
		if (addr < s->addr)
			hi = mid;
		else if (addr - s->addr >= s->size)
			lo = mid + 1;
		else {
			if (cur) { /* replaces the oldest: hits move nothing */
				cur[cur[SECTION_CURSORS] % SECTION_CURSORS] = img->by_addr[mid];
				cur[SECTION_CURSORS]++;
			}
			return n <= s->size - (addr - s->addr) ? s : NULL;
		}
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
static uint64_t distance(uint64_t a, uint64_t b)
{
	return a > b ? a - b : b - a;
}

static size_t reloc_lower_bound(const struct image *img, uint64_t addr)
{
	size_t n = img->nrelocs, lo = 0, hi = n, step = 1, h, *cur = img->reloc_cursor;
	int from = 0;

	/* Gallop from the nearer of the last two places - forward or back,
	 * as a decoder reads one entry's fields in any order - then a binary
	 * search of the few relocations left. */
	if (!n)
		return 0;
	/* Most reads are at the last answer or just past it (a field after
	 * the one before, an array's next element): two tests. */
	for (int c = 0; c < 2; c++)
		for (h = cur[c]; h < n && h <= cur[c] + 1; h++)
			if (img->relocs[h].offset >= addr) {
				if (h > 0 && img->relocs[h - 1].offset >= addr)
					break;
				if (c) /* the other region: it becomes the last */
					cur[1] = cur[0];
				cur[0] = h;
				return h;
			}
	if (cur[0] >= n || (cur[1] < n && distance(img->relocs[cur[1]].offset, addr) <
						distance(img->relocs[cur[0]].offset, addr)))
		from = 1;
	h = cur[from] < n ? cur[from] : n - 1;
	if (img->relocs[h].offset < addr) {
		lo = h + 1;
		while (lo + step < n && img->relocs[lo + step - 1].offset < addr) {
			lo += step;
			step *= 2;
		}
		hi = lo + step < n ? lo + step : n;
	} else {
		hi = h;
		while (hi >= step && img->relocs[hi - step].offset >= addr) {
			hi -= step;
			step *= 2;
		}
		lo = hi >= step ? hi - step : 0;
	}
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (img->relocs[mid].offset < addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (from) { /* the other region: it becomes the last */
		cur[1] = cur[0];
	}
	cur[0] = lo;
	return lo;
}

uint64_t image_word(const struct image *img, const unsigned char *p, unsigned int size)
{
	uint64_t v = 0;

	/* The common words first, with no per-byte choice: the decoder reads
	 * millions of them in a large image. */
	if (size == 8 && !img->msb)
		return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 | (uint64_t)p[3] << 24 |
		       (uint64_t)p[4] << 32 | (uint64_t)p[5] << 40 | (uint64_t)p[6] << 48 | (uint64_t)p[7] << 56;
	if (size == 4 && !img->msb)
		return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 | (uint64_t)p[3] << 24;
	for (unsigned int i = 0; i < size; i++)
		v |= (uint64_t)p[img->msb ? size - 1 - i : i] << (8 * i);
	return v;
}

/* The inverse of image_word(). */
static void put_word(const struct image *img, unsigned char *p, uint64_t v, unsigned int size)
{
	for (unsigned int i = 0; i < size; i++)
		p[img->msb ? size - 1 - i : i] = (unsigned char)(v >> (8 * i));
}

int image_read_u32(const struct image *img, uint64_t addr, uint32_t *out)
{
	unsigned char b[4];

	if (image_read(img, addr, b, 4) != 0)
		return -1;
	*out = (uint32_t)image_word(img, b, 4);
	return 0;
}

int image_read_ptr(const struct image *img, uint64_t addr, uint64_t *out)
{
	size_t k = reloc_lower_bound(img, addr);
	unsigned char b[8];

	if (k < img->nrelocs && img->relocs[k].offset == addr) {
		*out = img->relocs[k].value;
		return img->relocs[k].resolved ? 0 : -1;
	}
	if (image_read(img, addr, b, img->ptr_size) != 0)
		return -1;
	*out = image_word(img, b, img->ptr_size);
	return 0;
}

int image_read_fields(const struct image *img, uint64_t addr, size_t size, unsigned char *buf, const uint64_t *at,
		      size_t n, uint64_t *ptr, unsigned char *ok)
{
	size_t k;

	if (image_read(img, addr, buf, size) != 0)
		return -1;
	k = n ? reloc_lower_bound(img, addr + at[0]) : 0;
	/* Locals, not img's fields: the stores to ptr[] and ok[] would make
	 * the compiler load those again for every field. */
	const struct img_reloc *r = img->relocs, *end = img->relocs;
	/* An image without dynamic relocations has no array: NULL + 0 is
	 * undefined behaviour (fuzz-ci's UBSan found it). */
	if (img->relocs) {
		r += k;
		end += img->nrelocs;
	}
	int usual = img->ptr_size == 8 && !img->msb;

	for (size_t i = 0; i < n; i++) {
		uint64_t where = addr + at[i];

		while (r < end && r->offset < where)
			r++;
		if (r < end && r->offset == where) {
			ptr[i] = r->value;
			ok[i] = r->resolved != 0;
		} else if (usual) { /* the usual image: no call per field */
			const unsigned char *p = buf + at[i];

			ptr[i] = (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 | (uint64_t)p[3] << 24 |
				 (uint64_t)p[4] << 32 | (uint64_t)p[5] << 40 | (uint64_t)p[6] << 48 | (uint64_t)p[7] << 56;
			ok[i] = 1;
		} else {
			ptr[i] = image_word(img, buf + at[i], img->ptr_size);
			ok[i] = 1;
		}
	}
	if (n) /* the next entry's fields start past these */
		img->reloc_cursor[0] = (size_t)(r - img->relocs);
	return 0;
}

int image_read_loaded(const struct image *img, uint64_t addr, void *out, size_t n)
{
	if (image_read(img, addr, out, n) != 0)
		return -1;
	for (size_t k = reloc_lower_bound(img, addr); k < img->nrelocs && img->relocs[k].offset - addr < n; k++) {
		uint64_t at = img->relocs[k].offset - addr;

		if (n - at >= img->ptr_size)
			put_word(img, (unsigned char *)out + at, img->relocs[k].value, img->ptr_size);
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

const char *image_section_name_at(const struct image *img, uint64_t addr)
{
	const struct img_section *s = section_at(img, addr, 1);

	return s ? s->name : NULL;
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

int image_symbol_named(const struct image *img, const char *name, const struct img_symbol **out)
{
	int found = 0;

	for (size_t i = 0; i < img->nsymbols; i++) {
		if (strcmp(img->symbols[i].name, name) != 0)
			continue;
		if (found)
			return -1;
		*out = &img->symbols[i];
		found = 1;
	}
	return found;
}

int image_relocated(const struct image *img, uint64_t addr, uint64_t n)
{
	/* a pointer written at offset o covers [o, o + ptr_size) */
	uint64_t from = addr >= img->ptr_size ? addr - img->ptr_size + 1 : 0;
	size_t k = reloc_lower_bound(img, from);

	return k < img->nrelocs && img->relocs[k].offset - from < n + (addr - from);
}

/* Whether a PT_LOAD segment loads [addr, addr + n) from file offset @off. */
static int segment_agrees(const struct image *img, uint64_t addr, uint64_t n, uint64_t off)
{
	size_t nph;

	if (elf_getphdrnum(img->elf, &nph) != 0)
		return 0;
	for (size_t i = 0; i < nph; i++) {
		GElf_Phdr ph;

		if (!gelf_getphdr(img->elf, (int)i, &ph) || ph.p_type != PT_LOAD)
			continue;
		if (addr < ph.p_vaddr || addr - ph.p_vaddr > ph.p_filesz || n > ph.p_filesz - (addr - ph.p_vaddr))
			continue;
		return ph.p_offset <= img->len && addr - ph.p_vaddr <= img->len - ph.p_offset &&
		       ph.p_offset + (addr - ph.p_vaddr) == off;
	}
	return 0;
}

int image_file_offset(const struct image *img, uint64_t addr, uint64_t n, uint64_t *off, char *err, size_t errlen)
{
	const struct img_section *s = section_at(img, addr, n);

	if (!s)
		return fail_msg(err, errlen, "%#llx + %llu is not inside one section", (unsigned long long)addr,
				(unsigned long long)n);
	if (!s->data)
		return fail_msg(err, errlen, "%#llx is in %s, which has no bytes in the file", (unsigned long long)addr,
				s->name);
	/* load_sections() checked the section lies inside the file */
	*off = (uint64_t)(s->data - img->buf) + (addr - s->addr);
	if (!segment_agrees(img, addr, n, *off))
		return fail_msg(err, errlen, "no loadable segment maps %#llx from file offset %llu as section %s says",
				(unsigned long long)addr, (unsigned long long)*off, s->name);
	return 0;
}
