// SPDX-License-Identifier: MIT
// tests/wasm/cxx.cc - a C++ program's table on WebAssembly (WASI, without
// a C++ library: -nostdlib++): entries from C++ (constant-initialised
// static members) in an order other than their levels', walked both
// ways.  Prints TAP lines; exits 0 when all pass.
#include <stdio.h>

#include <linktable/linktable.h>

struct handler {
	int id;
	int (*run)(int);
};
LINKTABLE_DECLARE(struct handler, handlers);
LINKTABLE_DEFINE(struct handler, handlers);

static int plus_one(int x)
{
	return x + 1;
}

LINKTABLE_ENTRY(handlers, 50, mid) = { 501, plus_one };
LINKTABLE_ENTRY(handlers, 5, first) = { 51, plus_one };
LINKTABLE_ENTRY(handlers, 99, last) = { 991, nullptr };

static int failures;

static void tap(bool ok, const char *what)
{
	failures += !ok;
	printf("%s - %s\n", ok ? "ok" : "not ok", what);
}

int main()
{
	const struct handler *h;
	int fwd[8], n = 0, sum = 0;

	tap(LINKTABLE_COUNT(handlers) == 3, "C++: LINKTABLE_COUNT counts the 3 entries");
	LINKTABLE_FOREACH(h, handlers) {
		if (n < 8)
			fwd[n++] = h->id;
		if (h->run)
			sum += h->run(h->id);
	}
	tap(n == 3 && fwd[0] == 51 && fwd[1] == 501 && fwd[2] == 991 && h == nullptr,
	    "C++: LINKTABLE_FOREACH visits the levels in order");
	tap(sum == 52 + 502, "C++: the entries' function pointers call the right function");
	n = 0;
	LINKTABLE_FOREACH_REVERSE(h, handlers)
		n = n * 1000 + h->id;
	tap(n == (991 * 1000 + 501) * 1000 + 51, "C++: LINKTABLE_FOREACH_REVERSE is the exact reverse");
	return failures != 0;
}
