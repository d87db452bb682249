/* SPDX-License-Identifier: MIT */
/*
 * src/tool/tool.h - what the linktable command's files share: exit codes,
 * options, error reporting, allocation and subarch names.
 */
#ifndef LINKTABLE_TOOL_H
#define LINKTABLE_TOOL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Exit codes of every subcommand (documented in the man page). */
enum {
	EXIT_CLEAN = 0,    /* done, nothing wrong */
	EXIT_RULES = 1,    /* check: a rule is broken */
	EXIT_BAD_INPUT = 2 /* bad usage or unreadable input */
};

/* Subarchs the x86 boot protocol names; masks may use bits up to 31. */
#define TOOL_KNOWN_SUBARCHS 5
#define TOOL_MAX_SUBARCHS 32

/**
 * struct tool_opts - parsed command line of one subcommand.
 * @json:    --json was given.
 * @file:    the BINARY / FILE operand (NULL if none).
 * @table:   show's TABLE operand.
 * @subarch: graph's --subarch (-1: all).
 * @format:  graph's --format: "dot" or "json".
 * @allow_empty: check's --allow-empty: an image without tables passes.
 * @files:   every BINARY operand of a command that takes several (check).
 * @nfiles:  their number.
 */
struct tool_opts {
	int json;
	const char *file;
	const char *table;
	int subarch;
	const char *format;
	int allow_empty;
	char **files;
	int nfiles;
};

/**
 * tool_error() - print "linktable: <message>" on stderr.
 * @fmt: printf format.
 */
void tool_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/**
 * fail_msg() - format a message into @err and return -1: the error path of
 * every reader that reports through a caller's buffer.
 * @err: the buffer.  @errlen: its size.  @fmt: printf format.
 */
int fail_msg(char *err, size_t errlen, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Set by the fuzz harnesses: tool_error() then prints nothing. */
extern int tool_quiet;

/* --werror: findings of severity warning make the exit status 1, as
 * errors do (view_exit()). */
extern int tool_werror;

/* Set under --json: tool_error() also keeps each message here, for the
 * JSON error document (schema linktable-error/1) main() prints. */
extern int tool_collect_errors;
extern char **tool_errors;
extern size_t tool_nerrors;

/* Allocation that never returns NULL: out of memory ends the program. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n, size_t size);
char *xstrdup(const char *s);

/**
 * xgrow() - make room for element @n of an array that holds @n elements,
 * doubling its capacity when @n is 0 or a power of two (amortised O(1)).
 * @p: the array (NULL when @n is 0).  @n: elements so far.  @size: element size.
 * Return: the array, possibly moved.
 */
void *xgrow(void *p, size_t n, size_t size);

/**
 * read_whole_file() - read a regular file (or a sysfs file) into memory.
 * @path: the file.
 * @max:  refuse it when larger (checked before reading a regular file).
 * @len:  set to its length.
 * @err:  message buffer, filled on failure.
 * @errlen: size of @err.
 *
 * Never blocks for long: a FIFO, pipe or character device is read without
 * blocking, at most 64 MiB, and refused after 2 s without data.
 *
 * Return: a malloc'ed buffer (one extra NUL byte past @len), or NULL.
 */
unsigned char *read_whole_file(const char *path, uint64_t max, size_t *len, char *err, size_t errlen);

/**
 * map_whole_file() - read_whole_file(), but a non-empty regular file is
 * mapped (private, copy-on-write) instead of copied (a 30 MB image then costs no copy and
 * no fresh memory to fault in).  A file cut short while mapped would raise
 * SIGBUS on a read: the tool then says so and exits with EXIT_BAD_INPUT.
 * @path: the file.  @max: as read_whole_file().  @len: set to its length.
 * @mapped: set to the mapping's length (release with munmap()), or 0 when
 *          the buffer came from read_whole_file() (release with free()).
 * @err: message buffer, filled on failure.  @errlen: size of @err.
 *
 * Return: the bytes (no NUL past @len when mapped), or NULL.
 */
unsigned char *map_whole_file(const char *path, uint64_t max, size_t *len, size_t *mapped, char *err, size_t errlen);

/**
 * subarch_name() - lower-case name of subarch @n ("pc", "xen", ... or
 * "subarchN" for program-defined ones).
 * @n:   subarch number, 0..31.
 * @buf: scratch for the numbered form, at least 16 bytes.
 */
const char *subarch_name(unsigned int n, char *buf);

/**
 * subarch_parse() - subarch number from a name or a decimal number.
 * @s: the text.
 *
 * Return: 0..31, or -1 if @s names no subarch.
 */
int subarch_parse(const char *s);


#endif /* LINKTABLE_TOOL_H */
