/* expect: linktable_level_0_to_99_written_5_or_05__01u */
/* SPDX-License-Identifier: MIT */
/* iPXE orders are two digits: 01u is not one. */
#include <linktable/compat/ipxe.h>

struct frob {
	int x;
};
#define FROBS __table(struct frob, "frobs")
LINKTABLE_IPXE_DECLARE(FROBS);
struct frob bad __table_entry(FROBS, 01u) = { 1 };
