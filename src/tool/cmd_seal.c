/* SPDX-License-Identifier: MIT */
/*
 * src/tool/cmd_seal.c - "linktable seal": the build step after the second
 * link.  It checks that the build-time plan linked into the image matches
 * the image's own init table (the fingerprint, computed by the core code the
 * boot would run), then writes linktable_plan_seal() into the plan's seal
 * field in the file, so the boot takes the plan over without hashing the
 * table.  A plan that does not match fails the build, saying why; sealing
 * twice changes nothing; an image whose seal is already wrong is refused.
 */
#include "commands.h"
#include "core_plan.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define PLAN_SYMBOL "linktable_init_prebuilt"
/* offsetof(struct linktable_prebuilt_plan, seal) on every ABI: the
 * fingerprint before it is 8 bytes at offset 0. */
#define SEAL_AT 8u

/* The plan's address from its section (the C "linktable plan" emits puts it
 * there), or else through the linktable_init_prebuilt pointer (a plan
 * written by hand).  0 when found, else an exit code after a message. */
static int find_plan(const struct image *img, const char *file, uint64_t head, uint64_t *plan)
{
	const struct img_section *sec = NULL;
	const struct img_symbol *sym;
	int found;

	for (size_t i = 1; i < img->nsections; i++) {
		if (strcmp(img->sections[i].name, LTX_PREBUILT_PLAN_SECTION) != 0)
			continue;
		if (sec) {
			tool_error("%s: two sections named " LTX_PREBUILT_PLAN_SECTION, file);
			return EXIT_BAD_INPUT;
		}
		sec = &img->sections[i];
	}
	if (sec) {
		if (!sec->alloc || sec->size < head) {
			tool_error("%s: section " LTX_PREBUILT_PLAN_SECTION " (%llu bytes) is not a loaded plan", file,
				   (unsigned long long)sec->size);
			return EXIT_BAD_INPUT;
		}
		*plan = sec->addr;
		return 0;
	}
	found = image_symbol_named(img, PLAN_SYMBOL, &sym);
	if (found <= 0) {
		tool_error("%s: %s", file,
			   found ? "symbol " PLAN_SYMBOL " is defined more than once"
				 : "no section " LTX_PREBUILT_PLAN_SECTION " and no symbol " PLAN_SYMBOL
				   ": no build-time plan is linked in");
		return EXIT_BAD_INPUT;
	}
	if (sym->size != img->ptr_size || image_read_ptr(img, sym->addr, plan) != 0) {
		tool_error("%s: " PLAN_SYMBOL " (%llu bytes at %#llx) is not a readable pointer", file,
			   (unsigned long long)sym->size, (unsigned long long)sym->addr);
		return EXIT_BAD_INPUT;
	}
	if (!*plan) {
		tool_error("%s: " PLAN_SYMBOL " is NULL: no build-time plan is linked in (link the C that "
			   "\"linktable plan\" emits first)", file);
		return EXIT_BAD_INPUT;
	}
	return 0;
}

int seal_locate(const struct image *img, const char *file, struct seal_site *site)
{
	struct init_view v;
	struct core_plan cp;
	unsigned char b[16 + 8];
	uint64_t plan, head = 16 + img->ptr_size;
	char err[512];
	int rc;

	memset(site, 0, sizeof(*site));
	rc = find_plan(img, file, head, &plan);
	if (rc)
		return rc;
	/* The fields read here are plain numbers: a relocation on them means
	 * this is not a plan "linktable plan" emitted. */
	if (image_read(img, plan, b, head) != 0 || image_relocated(img, plan, head)) {
		tool_error("%s: the build-time plan at %#llx is not %llu plain bytes in the image", file,
			   (unsigned long long)plan, (unsigned long long)head);
		return EXIT_BAD_INPUT;
	}
	site->fingerprint = image_word(img, b, 8);
	site->seal = image_word(img, b + SEAL_AT, 8);
	site->plan_steps = image_word(img, b + 16, img->ptr_size);
	if (init_view_load(img, file, &v) != 0)
		return EXIT_BAD_INPUT;
	if (!init_table(img)) {
		init_view_free(&v);
		tool_error("%s: a build-time plan but no init table", file);
		return EXIT_BAD_INPUT;
	}
	core_plan_make(img, &v.set, LINKTABLE_SUBARCH_PC, &cp);
	site->table_fingerprint = cp.plan.fingerprint;
	site->table_steps = cp.plan.nsteps;
	core_plan_free(&cp);
	init_view_free(&v);
	if (site->fingerprint != site->table_fingerprint || site->plan_steps != site->table_steps) {
		tool_error("%s: the build-time plan (fingerprint %#llx, %llu steps) does not match the init table "
			   "(fingerprint %#llx, %llu steps): run \"linktable plan\" on the first link again and relink",
			   file, (unsigned long long)site->fingerprint, (unsigned long long)site->plan_steps,
			   (unsigned long long)site->table_fingerprint, (unsigned long long)site->table_steps);
		return EXIT_RULES;
	}
	site->expected = linktable_plan_seal(site->fingerprint, site->table_steps);
	if (site->seal && site->seal != site->expected) {
		tool_error("%s: the plan's seal %#llx is wrong (this plan and table seal as %#llx): the image was "
			   "altered after it was sealed; relink it", file, (unsigned long long)site->seal,
			   (unsigned long long)site->expected);
		return EXIT_RULES;
	}
	if (image_file_offset(img, plan + SEAL_AT, 8, &site->offset, err, sizeof(err)) != 0) {
		tool_error("%s: the plan's seal field: %s", file, err);
		return EXIT_BAD_INPUT;
	}
	for (unsigned int i = 0; i < 8; i++)
		site->bytes[img->msb ? 7 - i : i] = (unsigned char)(site->expected >> (8 * i));
	return EXIT_CLEAN;
}

/* The regular file @fd of @size bytes, read whole (NULL after a message). */
static unsigned char *read_fd(int fd, const char *file, uint64_t size)
{
	unsigned char *buf = xmalloc(size ? (size_t)size : 1);
	size_t have = 0;

	while (have < size) {
		ssize_t got = pread(fd, buf + have, (size_t)size - have, (off_t)have);

		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0) {
			tool_error("%s: %s", file, got < 0 ? strerror(errno) : "the file shrank while it was read");
			free(buf);
			return NULL;
		}
		have += (size_t)got;
	}
	return buf;
}

static void report(const struct seal_site *site, const struct tool_opts *o, int written, FILE *out)
{
	if (o->json) {
		struct json j;

		json_begin(&j, out, "seal", o->file);
		json_hex(&j, "fingerprint", site->fingerprint);
		json_u64(&j, "steps", site->table_steps);
		json_hex(&j, "seal", site->expected);
		json_u64(&j, "offset", site->offset);
		json_bool(&j, "written", written);
		json_end(&j);
		return;
	}
	text_put(out, o->file);
	fprintf(out, ": %s: the build-time plan matches the init table (fingerprint %#llx, %llu steps); "
		     "seal %#llx at file offset %llu\n",
		written ? "sealed" : "already sealed", (unsigned long long)site->fingerprint,
		(unsigned long long)site->table_steps, (unsigned long long)site->expected,
		(unsigned long long)site->offset);
}

int cmd_seal(const struct tool_opts *o, FILE *out)
{
	/* O_NONBLOCK: opening a FIFO must not wait for a peer. */
	int fd = open(o->file, O_RDWR | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	struct seal_site site;
	struct image img;
	struct stat st;
	unsigned char *buf;
	char err[512];
	int rc;

	if (fd < 0) {
		tool_error("%s: cannot open for writing: %s", o->file, strerror(errno));
		return EXIT_BAD_INPUT;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || (uint64_t)st.st_size > IMAGE_MAX_BYTES) {
		int e = errno;

		tool_error("%s: %s", o->file,
			   fstat(fd, &st) != 0	 ? strerror(e)
			   : !S_ISREG(st.st_mode) ? "not a regular file (seal patches the image in place)"
						  : "larger than an image can be; refusing");
		close(fd);
		return EXIT_BAD_INPUT;
	}
	buf = read_fd(fd, o->file, (uint64_t)st.st_size);
	if (!buf) {
		close(fd);
		return EXIT_BAD_INPUT;
	}
	if (image_open_mem(&img, buf, (size_t)st.st_size, IMAGE_ALL, err, sizeof(err)) != 0) {
		tool_error("%s: %s", o->file, err);
		close(fd);
		return EXIT_BAD_INPUT;
	}
	rc = seal_locate(&img, o->file, &site);
	image_close(&img);
	if (rc == EXIT_CLEAN && site.seal != site.expected &&
	    pwrite(fd, site.bytes, sizeof(site.bytes), (off_t)site.offset) != (ssize_t)sizeof(site.bytes)) {
		tool_error("%s: cannot write the seal: %s", o->file, strerror(errno));
		rc = EXIT_BAD_INPUT;
	}
	if (close(fd) != 0 && rc == EXIT_CLEAN) {
		tool_error("%s: cannot write the seal: %s", o->file, strerror(errno));
		rc = EXIT_BAD_INPUT;
	}
	if (rc == EXIT_CLEAN)
		report(&site, o, site.seal != site.expected, out);
	return rc;
}
