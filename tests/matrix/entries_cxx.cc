/* SPDX-License-Identifier: MIT */
/*
 * tests/matrix/entries_cxx.cc - a C++ consumer: adds the entries.def lines
 * of translation unit "cxx" and walks the tables from C++, so the C side
 * can compare what both languages see.
 */
#include "types.h"

#define M(tu, table, level, id) MATRIX_TU_##tu(table, level, id)
#define MATRIX_TU_a(table, level, id)
#define MATRIX_TU_b(table, level, id)
#define MATRIX_TU_cxx(table, level, id) MATRIX_ENTRY(table, level, id)
#include "entries.def"

template <typename T> struct cxx_walk {
	long n = 0;
	const void *first = nullptr, *last = nullptr;

	void see(const T *e)
	{
		if (!n++)
			first = e;
		last = e;
	}
};

#define MATRIX_CXX_WALK(table) \
	{ \
		cxx_walk<linktable_type_##table> w; \
		const linktable_type_##table *e; \
		LINKTABLE_FOREACH(e, table) \
			w.see(e); \
		*first = w.first; \
		*last = w.last; \
		return w.n; \
	}

extern "C" long matrix_cxx_walk(int table, const void **first, const void **last);

extern "C" long matrix_cxx_walk(int table, const void **first, const void **last)
{
	switch (table) {
	case 0: MATRIX_CXX_WALK(t1)
	case 1: MATRIX_CXX_WALK(t3)
	case 2: MATRIX_CXX_WALK(t40)
	case 3: MATRIX_CXX_WALK(t64)
	case 4: MATRIX_CXX_WALK(tptr)
	}
	return -1;
}
