/* SPDX-License-Identifier: MIT */
/*
 * tests/tool/fuzz/replay.c - runs a fuzz harness over its committed corpus
 * without libFuzzer, so "make check" replays every seed and every input that
 * once crashed (built with the ordinary compiler; sanitized under SAN=1).
 * Prints TAP: one point per input.  Arguments: files or directories
 * (default: CORPUS_DIR).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../tap.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static void replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf = NULL;
	size_t len = 0, cap = 0, got;

	if (!f) {
		ok(0, "replay %s (cannot open)", path);
		return;
	}
	do {
		if (len == cap)
			buf = realloc(buf, cap = cap ? cap * 2 : 65536);
		got = fread(buf + len, 1, cap - len, f);
		len += got;
	} while (got > 0 && buf);
	fclose(f);
	if (!buf) {
		ok(0, "replay %s (out of memory)", path);
		return;
	}
	/* a crash, a sanitizer report or a hang (SIGALRM after 30 s, the limit
	 * libFuzzer's runs used is 10 s) ends the program: the point never prints */
	alarm(30);
	LLVMFuzzerTestOneInput(buf, len);
	alarm(0);
	free(buf);
	ok(1, "replay %s (%zu bytes)", path, len);
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static void replay(const char *path)
{
	struct dirent **names;
	struct stat st;
	int n;

	if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
		replay_file(path);
		return;
	}
	n = scandir(path, &names, NULL, by_name);
	if (n < 0) {
		ok(0, "cannot read corpus directory %s", path);
		return;
	}
	for (int i = 0; i < n; i++) {
		char file[4096];

		if (names[i]->d_name[0] != '.') {
			snprintf(file, sizeof(file), "%s/%s", path, names[i]->d_name);
			replay_file(file);
		}
		free(names[i]);
	}
	free(names);
}

int main(int argc, char **argv)
{
	if (argc < 2)
		replay(CORPUS_DIR);
	for (int i = 1; i < argc; i++)
		replay(argv[i]);
	if (tap_count == 0)
		ok(0, "no corpus inputs found");
	return tap_done();
}
