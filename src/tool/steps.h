/* SPDX-License-Identifier: MIT */
/*
 * src/tool/steps.h - init steps decoded from an image's init table (the table
 * whose descriptor has kind LINKTABLE_KIND_INIT), in iteration order.
 */
#ifndef LINKTABLE_TOOL_STEPS_H
#define LINKTABLE_TOOL_STEPS_H

#include "elf_image.h"

#include <linktable/step.h>

/* Longest step or dependency name, and file name, the tool accepts: longer
 * strings are bad input (names are C identifiers, files are paths). */
#define STEP_MAX_NAME 1024
#define STEP_MAX_FILE 4096

/**
 * struct step - one decoded struct linktable_init_step.
 * @addr:          link-time address of the entry.
 * @table_level:   the level section it sits in.
 * @name:          its name; @file, @line: where it was declared.
 * @level:         the level it records.
 * @flags:         LINKTABLE_INIT_* flags.
 * @subarchs:      supported subarch mask.
 * @depends:       hard dependency names (@ndepends of them).
 * @soft_depends:  soft dependency names (@nsoft_depends).
 * @after:         order-only dependency names (@nafter).
 * @detect:        detect callback address (0: none).
 * @phase:         callback address per phase (0: none).
 */
struct step {
	uint64_t addr;
	unsigned int table_level;
	const char *name;
	const char *file;
	uint32_t line;
	uint32_t level;
	uint32_t flags;
	uint32_t subarchs;
	const char **depends;
	size_t ndepends;
	const char **soft_depends;
	size_t nsoft_depends;
	const char **after;
	size_t nafter;
	const char **provides;
	size_t nprovides;
	const char **uses;
	size_t nuses;
	uint64_t detect;
	uint64_t phase[LINKTABLE_MAX_PHASES];
};

/**
 * struct step_set - every step of one init table.
 * @table: the init table.
 * @steps: in iteration order.
 * @n:     their number.
 */
struct step_set {
	const struct img_table *table;
	struct step *steps;
	size_t n;
};

/**
 * init_table() - the image's init table, or NULL if it has none.
 * @img: the image.
 */
const struct img_table *init_table(const struct image *img);

/**
 * steps_decode() - decode every entry of init table @t.
 * @img: the image.  @t: a table of kind LINKTABLE_KIND_INIT.
 * @set: filled in; release with steps_free().
 * @err: message buffer.  @errlen: its size.
 *
 * Return: 0, or -1 if the entries do not decode (a pointer that leads
 * nowhere, an unterminated string, an entry size this tool does not know).
 */
int steps_decode(const struct image *img, const struct img_table *t, struct step_set *set, char *err, size_t errlen);

/** steps_free() - release a step set. @set: the set. */
void steps_free(struct step_set *set);

/**
 * step_where() - "file:line" of @s, in @buf (at least 512 bytes).
 * @s: the step.  @buf: output.
 */
const char *step_where(const struct step *s, char *buf);

#endif /* LINKTABLE_TOOL_STEPS_H */
