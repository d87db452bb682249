/* SPDX-License-Identifier: MIT */
/* tests/matrix/trivial.c - links in every configuration a toolchain can do;
 * the matrix skips a configuration where even this fails to link. */
int main(void)
{
	return 0;
}
