/* SPDX-License-Identifier: MIT */
/*
 * free_debug.c - debug mode: a use of released memory is reported by name
 * instead of as a bare segmentation fault.
 */
#include <linktable/free.h>

#include <dlfcn.h>
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <stdint.h>
#include <string.h>
#include <sys/auxv.h>
#include <ucontext.h>
#include <unistd.h>

#include "../core/free_registry.h"

static struct sigaction previous;
static int installed;
/* The fault may come from a call that overflowed the stack: own stack. */
static char alt_stack[64 * 1024] __attribute__((aligned(16)));

#define MSG_MAX 512

/* Appends @s, cut short to leave room for the rest of the message. */
static size_t append(char *buf, size_t len, const char *s)
{
	size_t n = strlen(s);

	if (n > MSG_MAX / 8)
		n = MSG_MAX / 8;
	memcpy(buf + len, s, n);
	return len + n;
}

static size_t append_hex(char *buf, size_t len, uintptr_t v)
{
	char tmp[2 * sizeof(v)];
	int n = 0;

	do
		tmp[n++] = "0123456789abcdef"[v & 15];
	while ((v >>= 4) != 0);
	len = append(buf, len, "0x");
	while (n > 0)
		buf[len++] = tmp[--n];
	return len;
}

/* The function (or object) of the file @path at file-relative address
 * @rel, from its .symtab (kept unless the program was stripped), into
 * @out as "name" or "name+0xOFF".  Only open, fstat, mmap and munmap: the
 * fault handler runs it.  Return: 0 if found. */
static int symtab_name(const char *path, uintptr_t addr, uintptr_t fbase, char *out, size_t len)
{
	uintptr_t rel, lowest = UINTPTR_MAX;
	const ElfW(Phdr) *ph;
	struct stat st;
	const unsigned char *f;
	const ElfW(Ehdr) *eh;
	const ElfW(Shdr) *sh;
	int fd = open(path, O_RDONLY | O_CLOEXEC), found = 0;

	if (fd < 0)
		return -1;
	if (fstat(fd, &st) != 0 || (size_t)st.st_size < sizeof(*eh) ||
	    (f = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0)) == MAP_FAILED) {
		close(fd);
		return -1;
	}
	close(fd);
	eh = (const ElfW(Ehdr) *)f;
	/* @fbase 0: the main program of a static link, which the loader's
	 * list (dladdr) does not know; its ELF header lies e_phoff before
	 * the program headers the kernel passed (AT_PHDR), in their page. */
	if (!fbase) {
		uintptr_t phdr = (uintptr_t)getauxval(AT_PHDR);

		if (!phdr || memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 ||
		    eh->e_ident[EI_CLASS] != (sizeof(void *) == 8 ? ELFCLASS64 : ELFCLASS32) || eh->e_phoff > phdr ||
		    ((phdr - eh->e_phoff) & ~(uintptr_t)4095) != (phdr & ~(uintptr_t)4095))
			goto out;
		fbase = phdr - eh->e_phoff;
	}
	/* The file must be the object mapped at @fbase: under an emulator
	 * (qemu-user) /proc/self/exe is the emulator, of another machine. */
	if (memcmp((const void *)fbase, ELFMAG, SELFMAG) == 0 &&
	    (eh->e_machine != ((const ElfW(Ehdr) *)fbase)->e_machine ||
	     eh->e_ident[EI_CLASS] != ((const ElfW(Ehdr) *)fbase)->e_ident[EI_CLASS]))
		goto out;
	if (memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 || eh->e_shentsize != sizeof(ElfW(Shdr)) || !eh->e_shnum ||
	    eh->e_shoff > (uint64_t)st.st_size || ((uint64_t)st.st_size - eh->e_shoff) / sizeof(ElfW(Shdr)) < eh->e_shnum)
		goto out;
	/* the loader put the lowest loadable page at @fbase */
	if (eh->e_phentsize != sizeof(ElfW(Phdr)) || eh->e_phoff > (uint64_t)st.st_size ||
	    ((uint64_t)st.st_size - eh->e_phoff) / sizeof(ElfW(Phdr)) < eh->e_phnum)
		goto out;
	ph = (const ElfW(Phdr) *)(f + eh->e_phoff);
	for (size_t i = 0; i < eh->e_phnum; i++)
		if (ph[i].p_type == PT_LOAD && ph[i].p_vaddr < lowest)
			lowest = ph[i].p_vaddr & ~(uintptr_t)4095;
	if (lowest == UINTPTR_MAX)
		goto out;
	rel = addr - fbase + lowest;
	sh = (const ElfW(Shdr) *)(f + eh->e_shoff);
	for (size_t i = 0; i < eh->e_shnum && !found; i++) {
		const ElfW(Shdr) *str = &sh[sh[i].sh_link < eh->e_shnum ? sh[i].sh_link : 0];
		const ElfW(Sym) *sym;
		size_t n;

		if (sh[i].sh_type != SHT_SYMTAB || sh[i].sh_entsize != sizeof(ElfW(Sym)) ||
		    sh[i].sh_offset > (uint64_t)st.st_size || sh[i].sh_size > (uint64_t)st.st_size - sh[i].sh_offset ||
		    str->sh_offset > (uint64_t)st.st_size || str->sh_size > (uint64_t)st.st_size - str->sh_offset)
			continue;
		sym = (const ElfW(Sym) *)(f + sh[i].sh_offset);
		n = sh[i].sh_size / sizeof(*sym);
		for (size_t k = 1; k < n; k++) {
			int type = ELF64_ST_TYPE(sym[k].st_info);
			uintptr_t value = (uintptr_t)sym[k].st_value;
			const char *name;
			size_t at = 0;

#if defined(__arm__)
			/* ARM's ELF ABI: bit 0 of a function symbol's value
			 * says the function is Thumb code; its first
			 * instruction is at the value with that bit clear */
			if (type == STT_FUNC)
				value &= ~(uintptr_t)1;
#endif
			if ((type != STT_FUNC && type != STT_OBJECT) || sym[k].st_shndx == SHN_UNDEF || rel < value ||
			    rel - value >= (sym[k].st_size ? sym[k].st_size : 1) || sym[k].st_name >= str->sh_size)
				continue;
			name = (const char *)f + str->sh_offset + sym[k].st_name;
			while (at + 1 < len && at < str->sh_size - sym[k].st_name && name[at]) {
				out[at] = name[at] > 0x20 && name[at] < 0x7f ? name[at] : '?';
				at++;
			}
			out[at] = 0;
			if (rel != value && at + 20 < len) {
				char hex[24];
				int h = 0;
				uintptr_t off = rel - value;

				do
					hex[h++] = "0123456789abcdef"[off & 15];
				while ((off >>= 4) != 0);
				out[at++] = '+';
				out[at++] = '0';
				out[at++] = 'x';
				while (h > 0)
					out[at++] = hex[--h];
				out[at] = 0;
			}
			found = 1;
			break;
		}
	}
out:
	munmap((void *)f, (size_t)st.st_size);
	return found ? 0 : -1;
}

/* The name of what lies at @addr in the program or a shared object, or
 * 0 when it has no symbol there. */
static int name_at(uintptr_t addr, char *out, size_t len)
{
	Dl_info info;

	/* which object: from the loader's own list (its segments, whatever
	 * has been released since) */
	if (!dladdr((void *)addr, &info) || !info.dli_fbase) {
		/* a static program: no loader list, the program is all */
		const char *execfn = (const char *)getauxval(AT_EXECFN);

		if (symtab_name("/proc/self/exe", addr, 0, out, len) == 0 ||
		    (execfn && symtab_name(execfn, addr, 0, out, len) == 0))
			return 0;
		return -1;
	}
	/* the main program's name is "" or argv[0]: /proc/self/exe is it */
	if (info.dli_fname && info.dli_fname[0] && strchr(info.dli_fname, '/') &&
	    symtab_name(info.dli_fname, addr, (uintptr_t)info.dli_fbase, out, len) == 0)
		return 0;
	if (symtab_name("/proc/self/exe", addr, (uintptr_t)info.dli_fbase, out, len) == 0)
		return 0;
	/* under qemu-user /proc/self/exe is the emulator; the auxiliary
	 * vector's AT_EXECFN still names the program as it was executed */
	{
		const char *execfn = (const char *)getauxval(AT_EXECFN);

		if (execfn && symtab_name(execfn, addr, (uintptr_t)info.dli_fbase, out, len) == 0)
			return 0;
	}
	if (info.dli_sname && info.dli_saddr == (void *)addr) { /* a dynamic symbol */
		size_t n = strlen(info.dli_sname);

		if (n >= len)
			n = len - 1;
		memcpy(out, info.dli_sname, n);
		out[n] = 0;
		return 0;
	}
	return -1;
}

/* Instruction fetch from the faulting address: a call (or jump) into it. */
static int is_fetch(const siginfo_t *si, const void *uc, int is_text)
{
#if defined(__x86_64__)
	const ucontext_t *u = uc;

	(void)is_text;
	return (uintptr_t)u->uc_mcontext.gregs[REG_RIP] == (uintptr_t)si->si_addr;
#else
	(void)si;
	(void)uc;
	return is_text;
#endif
}

static void on_fault(int sig, siginfo_t *si, void *uc)
{
	const struct linktable__free_released *r = linktable__free_released_at(si->si_addr);
	char msg[MSG_MAX]; /* 8 appends of at most MSG_MAX / 8, and a number */
	char sym[MSG_MAX / 8];
	size_t len = 0;

	if (!r) {
		/* not ours: the fault repeats under the previous handler */
		sigaction(sig, &previous, NULL);
		return;
	}
	len = append(msg, len, is_fetch(si, uc, r->is_text) ? "call into freed " : "access to freed ");
	len = append(msg, len, r->label);
	len = append(msg, len, " memory at ");
	len = append_hex(msg, len, (uintptr_t)si->si_addr);
	len = append(msg, len, " (range ");
	len = append(msg, len, r->name);
	len = append(msg, len, ")");
	if (name_at((uintptr_t)si->si_addr, sym, sizeof(sym)) == 0) {
		len = append(msg, len, is_fetch(si, uc, r->is_text) ? " in function " : " in ");
		len = append(msg, len, sym);
	}
	len = append(msg, len, "\n");
	if (write(STDERR_FILENO, msg, len) < 0)
		len = 0; /* nothing better to do: exit anyway */
	_exit(LINKTABLE_FREE_FAULT_EXIT);
}

int linktable_free_debug(void)
{
	struct sigaction sa;
	stack_t ss;

	if (installed)
		return 0;
	ss.ss_sp = alt_stack;
	ss.ss_size = sizeof(alt_stack);
	ss.ss_flags = 0;
	if (sigaltstack(&ss, NULL) != 0)
		return -errno;
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_fault;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
	sigemptyset(&sa.sa_mask);
	if (sigaction(SIGSEGV, &sa, &previous) != 0)
		return -errno;
	installed = 1;
	return 0;
}
