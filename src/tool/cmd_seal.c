/* SPDX-License-Identifier: MIT */
/*
 * src/tool/cmd_seal.c - "linktable seal": the build step after the second
 * link.  It checks that the build-time plan linked into the image is
 * exactly the plan "linktable plan" makes of the image's own init table
 * (its fingerprint, every count, dependency list and order), then writes
 * linktable_plan_seal() of the plan's digest into its seal field, so the
 * boot takes the plan over without hashing the table.  A plan that does
 * not match fails the build, saying where; sealing twice changes nothing;
 * an image whose seal is already wrong is refused.
 *
 * The file is never patched in place: the sealed image is written to a
 * temporary file in the same directory, synced, and renamed over the
 * original once the original is checked to be what was read - so at any
 * moment (kill -9 included) the file is the original or the sealed image.
 */
#include "commands.h"
#include "core_plan.h"
#include "prebuilt.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define PLAN_SYMBOL "linktable_init_prebuilt"

/* The plan's address from its section (the C "linktable plan" emits puts it
 * there), or else through the linktable_init_prebuilt pointer (a plan
 * written by hand).  0 when found; PLAN_NONE when no plan is linked in;
 * else EXIT_BAD_INPUT; @msg says why. */
#define PLAN_NONE 3
static int find_plan(const struct image *img, uint64_t head, uint64_t *plan, uint64_t *secsize, char *msg, size_t len)
{
	const struct img_section *sec = NULL;
	const struct img_symbol *sym;
	int found;

	for (size_t i = 1; i < img->nsections; i++) {
		if (strcmp(img->sections[i].name, LTX_PREBUILT_PLAN_SECTION) != 0)
			continue;
		if (sec) {
			snprintf(msg, len, "two sections named " LTX_PREBUILT_PLAN_SECTION);
			return EXIT_BAD_INPUT;
		}
		sec = &img->sections[i];
	}
	if (sec) {
		if (!sec->alloc || sec->size < head) {
			snprintf(msg, len, "section " LTX_PREBUILT_PLAN_SECTION " (%llu bytes) is not a loaded plan",
				 (unsigned long long)sec->size);
			return EXIT_BAD_INPUT;
		}
		*plan = sec->addr;
		*secsize = sec->size;
		return 0;
	}
	*secsize = 0;
	found = image_symbol_named(img, PLAN_SYMBOL, &sym);
	if (found <= 0) {
		snprintf(msg, len, "%s",
			 found ? "symbol " PLAN_SYMBOL " is defined more than once"
			       : "no section " LTX_PREBUILT_PLAN_SECTION " and no symbol " PLAN_SYMBOL
				 ": no build-time plan is linked in");
		return found ? EXIT_BAD_INPUT : PLAN_NONE;
	}
	if (sym->size != img->ptr_size || image_read_ptr(img, sym->addr, plan) != 0) {
		snprintf(msg, len, PLAN_SYMBOL " (%llu bytes at %#llx) is not a readable pointer",
			 (unsigned long long)sym->size, (unsigned long long)sym->addr);
		return EXIT_BAD_INPUT;
	}
	if (!*plan) {
		snprintf(msg, len, PLAN_SYMBOL " is NULL: no build-time plan is linked in (link the C that "
				   "\"linktable plan\" emits first)");
		return PLAN_NONE;
	}
	return 0;
}

int prebuilt_check(const struct image *img, const struct step_set *set, const struct depgraph *g,
		   struct seal_site *site, char *msg, size_t len)
{
	struct host_plan got, want;
	uint64_t plan, secsize, head = 16 + img->ptr_size;
	struct linktable_prebuilt_plan bounds;
	const char *problem;
	char err[512], field[128];
	int rc;

	memset(site, 0, sizeof(*site));
	rc = find_plan(img, head, &plan, &secsize, msg, len);
	if (rc)
		return rc;
	/* The fields written here are plain numbers: a relocation on them
	 * means this is not a plan "linktable plan" emitted. */
	if (image_read(img, plan, err, head) != 0 || image_relocated(img, plan, head)) {
		snprintf(msg, len, "the build-time plan at %#llx is not %llu plain bytes in the image",
			 (unsigned long long)plan, (unsigned long long)head);
		return EXIT_BAD_INPUT;
	}
	if (prebuilt_read(img, plan, &got, err, sizeof(err)) != 0) {
		host_plan_free(&got);
		snprintf(msg, len, "%s", err);
		/* unreadable header bytes: not a plan; a damaged plan: a rule */
		return strstr(err, " is not in the image") ? EXIT_BAD_INPUT : EXIT_RULES;
	}
	if (!init_table(img)) {
		host_plan_free(&got);
		snprintf(msg, len, "a build-time plan but no init table");
		return EXIT_BAD_INPUT;
	}
	site->fingerprint = got.p.fingerprint;
	site->seal = got.p.seal;
	site->plan_steps = got.p.nsteps;
	prebuilt_expected(img, set, g, &want);
	site->table_fingerprint = want.p.fingerprint;
	site->table_steps = want.p.nsteps;
	rc = EXIT_RULES;
	if (site->fingerprint != site->table_fingerprint || site->plan_steps != site->table_steps) {
		snprintf(msg, len,
			 "the build-time plan (fingerprint %#llx, %llu steps) does not match the init table "
			 "(fingerprint %#llx, %llu steps): run \"linktable plan\" on the first link again and relink",
			 (unsigned long long)site->fingerprint, (unsigned long long)site->plan_steps,
			 (unsigned long long)site->table_fingerprint, (unsigned long long)site->table_steps);
	} else if (secsize && got.p.bytes && got.p.bytes != secsize) {
		snprintf(msg, len, "the build-time plan says it is %llu bytes, its section %llu: relink it",
			 (unsigned long long)got.p.bytes, (unsigned long long)secsize);
	} else if ((bounds = got.p, bounds.bytes = 0, problem = linktable_prebuilt_plan_problem(&bounds)) != NULL) {
		/* (prebuilt_read() checked the arrays lie within @bytes) */
		snprintf(msg, len, "the build-time plan is damaged: %s (the boot would refuse it); relink it", problem);
	} else if (prebuilt_difference(&got.p, &want.p, field)) {
		snprintf(msg, len,
			 "the build-time plan's %s differs from the plan \"linktable plan\" makes of this image's init "
			 "table: the image was altered after its plan was made; relink it",
			 field);
	} else {
		site->expected = linktable_plan_seal(linktable_prebuilt_plan_digest(&got.p), site->table_steps);
		rc = EXIT_CLEAN;
		if (site->seal && site->seal != site->expected) {
			snprintf(msg, len,
				 "the plan's seal %#llx is wrong (this plan and table seal as %#llx): the image was "
				 "altered after it was sealed; relink it",
				 (unsigned long long)site->seal, (unsigned long long)site->expected);
			rc = EXIT_RULES;
		}
	}
	host_plan_free(&got);
	host_plan_free(&want);
	if (rc != EXIT_CLEAN)
		return rc;
	if (image_file_offset(img, plan + PLAN_SEAL_AT, 8, &site->offset, err, sizeof(err)) != 0) {
		snprintf(msg, len, "the plan's seal field: %s", err);
		return EXIT_BAD_INPUT;
	}
	for (unsigned int i = 0; i < 8; i++)
		site->bytes[img->msb ? 7 - i : i] = (unsigned char)(site->expected >> (8 * i));
	return EXIT_CLEAN;
}

int seal_locate(const struct image *img, const char *file, struct seal_site *site)
{
	struct init_view v;
	char msg[1024];
	int rc;

	if (init_view_load(img, file, &v) != 0)
		return EXIT_BAD_INPUT;
	rc = prebuilt_check(img, &v.set, &v.graph, site, msg, sizeof(msg));
	init_view_free(&v);
	if (rc == PLAN_NONE)
		rc = EXIT_BAD_INPUT;
	if (rc != EXIT_CLEAN)
		tool_error("%s: %s", file, msg);
	return rc;
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

/* Whether the file at @path holds exactly @buf (st->st_size bytes); and,
 * when @same_inode, is still the file @st describes. */
static int unchanged(const char *path, const struct stat *st, const unsigned char *buf, int same_inode)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	struct stat now;
	unsigned char *again;
	char probe;
	int same;

	if (fd < 0)
		return 0;
	if (fstat(fd, &now) != 0 || now.st_size != st->st_size ||
	    (same_inode && (now.st_dev != st->st_dev || now.st_ino != st->st_ino))) {
		close(fd);
		return 0;
	}
	tool_quiet++;
	again = read_fd(fd, path, (uint64_t)st->st_size);
	tool_quiet--;
	/* and not longer than it was */
	same = again && memcmp(again, buf, (size_t)st->st_size) == 0 && pread(fd, &probe, 1, st->st_size) == 0;
	free(again);
	close(fd);
	return same;
}

/* Test hook (tests/tool/seal.sh): LINKTABLE_TEST_SEAL_STOP="kill:N" ends
 * the process with SIGKILL at checkpoint N, "stop:N" stops it (SIGSTOP)
 * there until the test has changed the file and sent SIGCONT. */
static void checkpoint(int n)
{
	const char *hook = getenv("LINKTABLE_TEST_SEAL_STOP");
	int at;
	char how[8];

	if (!hook || sscanf(hook, "%7[a-z]:%d", how, &at) != 2 || at != n)
		return;
	fflush(NULL);
	raise(strcmp(how, "kill") == 0 ? SIGKILL : SIGSTOP);
}

static int write_all(int fd, const unsigned char *p, size_t n, int half_checkpoint)
{
	size_t done = 0;

	while (done < n) {
		size_t chunk = n - done;
		ssize_t w;

		if (half_checkpoint && done == 0 && n > 1)
			chunk = n / 2;
		w = write(fd, p + done, chunk);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		done += (size_t)w;
		if (half_checkpoint && done == n / 2)
			checkpoint(3);
	}
	return 0;
}

/* Writes @sealed (@len bytes) as @path: a temporary file in the same
 * directory with the original's mode and owner, synced, then renamed over
 * @path once @path is still exactly @orig (as @st described it). */
static int replace_file(const char *path, const struct stat *st, const unsigned char *orig, const unsigned char *sealed,
			size_t len)
{
	char *dcopy = xstrdup(path), *bcopy = xstrdup(path);
	const char *dir = dirname(dcopy), *base = basename(bcopy);
	size_t tlen = strlen(dir) + strlen(base) + 32;
	char *tmp = xmalloc(tlen);
	int fd, dfd, rc = -1;

	snprintf(tmp, tlen, "%s/.%s.seal-XXXXXX", dir, base);
	fd = mkstemp(tmp);
	if (fd < 0) {
		tool_error("%s: cannot create a temporary file in %s: %s", path, dir, strerror(errno));
		goto out;
	}
	checkpoint(2);
	if (write_all(fd, sealed, len, 1) != 0) {
		tool_error("%s: cannot write %s: %s", path, tmp, strerror(errno));
		goto drop;
	}
	checkpoint(4);
	/* the original's owner and mode, or nothing (fchown before fchmod:
	 * changing the owner clears set-id bits) */
	if ((fchown(fd, st->st_uid, st->st_gid) != 0 && (st->st_uid != geteuid() || st->st_gid != getegid())) ||
	    fchmod(fd, st->st_mode & 07777) != 0) {
		tool_error("%s: cannot give the sealed file the original's owner and mode: %s; not sealed", path,
			   strerror(errno));
		goto drop;
	}
	if (fsync(fd) != 0) {
		tool_error("%s: cannot sync %s: %s", path, tmp, strerror(errno));
		goto drop;
	}
	checkpoint(5);
	if (!unchanged(path, st, orig, 1)) {
		tool_error("%s: the file changed while it was being sealed; not sealed (run seal again)", path);
		goto drop;
	}
	checkpoint(6);
	if (rename(tmp, path) != 0) {
		tool_error("%s: cannot replace it: %s", path, strerror(errno));
		goto drop;
	}
	checkpoint(7);
	close(fd);
	fd = -1;
	/* the rename itself reaches the disk */
	dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		fsync(dfd);
		close(dfd);
	}
	rc = 0;
	goto out;
drop:
	close(fd);
	fd = -1;
	unlink(tmp);
out:
	if (fd >= 0)
		close(fd);
	free(tmp);
	free(dcopy);
	free(bcopy);
	return rc;
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
	char *real = realpath(o->file, NULL); /* a symbolic link: its target is sealed */
	const char *path = real ? real : o->file;
	/* O_RDWR: a file that may not be written is not sealed (as before
	 * the rename); O_NONBLOCK: opening a FIFO must not wait for a peer. */
	int fd = open(path, O_RDWR | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	unsigned char *buf = NULL, *sealed = NULL;
	struct seal_site site;
	struct image img;
	struct stat st;
	char err[512];
	int rc = EXIT_BAD_INPUT;

	if (fd < 0) {
		tool_error("%s: cannot open for writing: %s", o->file, strerror(errno));
		goto out;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || (uint64_t)st.st_size > IMAGE_MAX_BYTES) {
		int e = errno;

		tool_error("%s: %s", o->file,
			   fstat(fd, &st) != 0	 ? strerror(e)
			   : !S_ISREG(st.st_mode) ? "not a regular file (seal patches the image in place)"
						  : "larger than an image can be; refusing");
		goto out;
	}
	buf = read_fd(fd, o->file, (uint64_t)st.st_size);
	if (!buf)
		goto out;
	checkpoint(1);
	sealed = xmalloc((size_t)st.st_size + 1);
	memcpy(sealed, buf, (size_t)st.st_size);
	/* the image owns (and frees) the copy it parses */
	if (image_open_mem(&img, sealed, (size_t)st.st_size, IMAGE_ALL, err, sizeof(err)) != 0) {
		sealed = NULL;
		tool_error("%s: %s", o->file, err);
		goto out;
	}
	sealed = NULL;
	rc = seal_locate(&img, o->file, &site);
	image_close(&img);
	if (rc == EXIT_CLEAN && site.seal != site.expected) {
		sealed = xmalloc((size_t)st.st_size + 1);
		memcpy(sealed, buf, (size_t)st.st_size);
		memcpy(sealed + site.offset, site.bytes, sizeof(site.bytes));
		if (replace_file(path, &st, buf, sealed, (size_t)st.st_size) != 0) {
			rc = EXIT_BAD_INPUT;
		} else if (!unchanged(path, &st, sealed, 0)) {
			/* read back: success is said only of what is on disk */
			tool_error("%s: the file changed right after it was sealed; it is not the sealed image", o->file);
			rc = EXIT_BAD_INPUT;
		}
	}
	if (rc == EXIT_CLEAN)
		report(&site, o, site.seal != site.expected, out);
out:
	if (fd >= 0)
		close(fd);
	free(buf);
	free(sealed);
	free(real);
	return rc;
}
