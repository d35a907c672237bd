/* pdfjoin: a part it cannot read (now also a card or certificate read
 * back from its file to be joined) is named in Indonesian, with the place
 * in the part where reading stopped.  Nothing is written: the join is
 * begun without a path, as `anugerah check` begins it. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "pdfjoin.h"

/* What adding `part` to a join of "buku.pdf" reports. */
static char *add_error(const char *part)
{
    char *error = NULL;
    pdfjoin *j = pdfjoin_begin(NULL, "buku.pdf", &error);
    cr_assert_not_null(j, "%s", error ? error : "");
    bool ok = pdfjoin_add(j, (const unsigned char *)part, strlen(part), &error);
    cr_expect_not(ok);
    pdfjoin_abandon(j);
    cr_assert_not_null(error);
    return error;
}

/* Not a PDF at all: no cross-reference table. */
Test(pdfjoin, a_part_without_its_table_is_named)
{
    char *error = add_error("bukan PDF\n");
    cr_expect_str_eq(error, "buku.pdf tidak dapat dibuat: pustaka PDF membuat bagian yang tidak "
                            "terbaca (tabel rujukan silang (xref))");
    free(error);
}

/* A table and one object, but a trailer without /Root.  The offsets by
 * hand: "%PDF-1.4\n" is 9 bytes, so object 1 starts at 9; the object's
 * three lines are 8 + 6 + 7 = 21 bytes, so the table starts at 30; each
 * of its entries is 20 bytes. */
Test(pdfjoin, a_part_whose_trailer_has_no_catalog_is_named)
{
    char *error = add_error("%PDF-1.4\n"
                            "1 0 obj\n<< >>\nendobj\n"
                            "xref\n0 2\n"
                            "0000000000 65535 f \n"
                            "0000000009 00000 n \n"
                            "trailer\n<< /Size 2 >>\nstartxref\n30\n%%EOF\n");
    cr_expect_str_eq(error, "buku.pdf tidak dapat dibuat: pustaka PDF membuat bagian yang tidak "
                            "terbaca (bagian akhir (trailer))");
    free(error);
}
