/* SPDX-License-Identifier: MIT */
/*
 * free_format.c - the release report as text, in the style of Linux's
 * "Freeing unused kernel memory: 1234K".  No libc, so freestanding programs
 * can print it with their own console.
 *
 *	Freeing unused init memory: 4100K (RSS -4100K, 9876K -> 5776K)
 *	  range init_text: 2052K released, 2050K in range, RSS -2052K
 *	  range init_data: 2048K released, 2048K in range, RSS -2048K
 */
#include <linktable/free.h>

#include "text.h"

struct out {
	char *buf;
	linktable__size_t size, len;
};

static void put(struct out *o, const char *s)
{
	for (; *s; s++, o->len++)
		if (o->len + 1 < o->size)
			o->buf[o->len] = *s;
}

static void put_num(struct out *o, unsigned long long v)
{
	char tmp[24];
	int n = 0;

	do
		tmp[n++] = (char)('0' + linktable__div10(&v));
	while (v != 0);
	while (n > 0) {
		char c[2] = { tmp[--n], 0 };

		put(o, c);
	}
}

static void put_addr(struct out *o, const void *addr)
{
	unsigned long long v = (unsigned long long)(linktable__uintptr_t)addr;
	char tmp[19];
	int i;

	tmp[0] = '0';
	tmp[1] = 'x';
	for (i = 0; i < 16; i++)
		tmp[2 + i] = "0123456789abcdef"[(v >> (60 - 4 * i)) & 15];
	tmp[18] = 0;
	for (i = 2; i < 17 && tmp[i] == '0'; i++)
		;
	put(o, "0x");
	put(o, tmp + i);
}

static void put_kib(struct out *o, unsigned long long bytes)
{
	put_num(o, (bytes + 1023) >> 10);
	put(o, "K");
}

/* "-1234K" for memory returned, "+12K" if the process grew meanwhile */
static void put_delta(struct out *o, long long before, long long after)
{
	if (before < 0 || after < 0) {
		put(o, "RSS not measured");
		return;
	}
	put(o, "RSS ");
	put(o, after <= before ? "-" : "+");
	put_kib(o, (unsigned long long)(after <= before ? before - after : after - before));
}

static void put_range(struct out *o, const struct linktable_free_range_report *rr)
{
	put(o, "  range ");
	put(o, rr->name);
	put(o, ": ");
	if (rr->already) {
		put(o, "already freed\n");
		return;
	}
	if (rr->in_use) {
		put(o, "kept: still in use (");
		put_addr(o, rr->in_use);
		put(o, ")\n");
		return;
	}
	put_kib(o, rr->released);
	put(o, " released, ");
	put_kib(o, rr->annotated);
	put(o, " in range, ");
	put_delta(o, rr->rss_before, rr->rss_after);
	if (rr->tail_kept)
		put(o, ", last partial page kept (end marker not right after the range)");
	put(o, "\n");
}

static int same(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

/* One headline per label ("init", "xen", ...) and its non-empty ranges. */
static void put_group(struct out *o, const struct linktable_free_report *r, unsigned int first)
{
	const char *label = r->range[first].label;
	unsigned long long released = 0;
	long long before = 0, after = 0;
	int measured = 1, already = 1;
	unsigned int i;

	for (i = first; i < r->count; i++) {
		const struct linktable_free_range_report *rr = &r->range[i];

		if (!same(rr->label, label) || !rr->annotated)
			continue;
		released += rr->released;
		if (!rr->already) {
			already = 0;
			if (rr->rss_before < 0 || rr->rss_after < 0)
				measured = 0;
			before += rr->rss_before;
			after += rr->rss_after;
		}
	}
	put(o, "Freeing unused ");
	put(o, label);
	put(o, " memory: ");
	if (already) {
		put(o, "already freed\n");
	} else {
		put_kib(o, released);
		put(o, " (");
		put_delta(o, measured ? before : -1, measured ? after : -1);
		put(o, ")\n");
	}
	for (i = first; i < r->count; i++)
		if (same(r->range[i].label, label) && r->range[i].annotated)
			put_range(o, &r->range[i]);
}

linktable__size_t linktable_free_format(const struct linktable_free_report *r, char *buf,
					linktable__size_t size)
{
	struct out o = { buf, size, 0 };
	unsigned int i, j;
	int any = 0;

	if (r->error) {
		put(&o, "Freeing unused ");
		put(&o, r->what ? r->what : "");
		put(&o, " memory failed: ");
		put(&o, r->error);
		put(&o, "\n");
	} else {
		for (i = 0; i < r->count; i++) {
			int seen = 0;

			if (!r->range[i].annotated)
				continue;
			for (j = 0; j < i; j++)
				if (r->range[j].annotated && same(r->range[j].label, r->range[i].label))
					seen = 1;
			if (!seen)
				put_group(&o, r, i);
			any = 1;
		}
		if (!any) {
			put(&o, "Freeing unused ");
			put(&o, r->what ? r->what : "");
			put(&o, " memory: nothing to free (no annotated code or data)\n");
		}
	}
	if (size)
		buf[o.len < size ? o.len : size - 1] = 0;
	return o.len;
}
