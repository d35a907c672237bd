#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

/* Which body gets a certificate is worked out body by body in
 * test_hand_round.c; here, the sample's figures and wording. */

Test(certificate, the_sample_gives_one_per_award)
{
    /* Banten 2021, by the event's three awards: 19 bodies whose final
     * score (80 % SAQ + 20 % visit) is 90 or more, "Informatif"; the first
     * to third of each of the 5 categories (no ties there): 15; and the
     * special award by id to the three Pemda the event lists: 3 */
    workspace w = workspace_shared("banten-2021", SAMPLE("event.json"), SAMPLE("scores.csv"));
    char *dir = workspace_file(&w, "piagam/informatif");
    cr_expect_eq(dir_entries(dir), 19);
    free(dir);
    dir = workspace_file(&w, "piagam/terbaik");
    cr_expect_eq(dir_entries(dir), 15);
    free(dir);
    dir = workspace_file(&w, "piagam/kabupaten-kota-terbaik");
    cr_expect_eq(dir_entries(dir), 3);
    free(dir);
    /* Kota Tangerang: Informatif and first among the Pemda, two certificates */
    char *path = workspace_file(&w, "piagam/terbaik/PEMDA-01.pdf");
    char *text = pdf_text(path);
    cr_expect(strstr(text, "diberikan kepada Kota Tangerang sebagai Terbaik I Kategori Pemerintah "
                           "Daerah dengan kualifikasi Informatif (nilai 97,10)"),
              "%s", text);
    cr_expect(strstr(text, "Monitoring dan Evaluasi Keterbukaan Informasi Publik Tahun 2021"));
    cr_expect(strstr(text, "Serang, 24 November 2021 Ketua Komisi Informasi Provinsi Banten"),
              "the signature block: %s", text);
    cr_expect(strstr(text, "Toni Anwar Mahmud"), "the signatory: %s", text);
    /* the QR code's address, printed under it */
    cr_expect(strstr(text, "https://ki-banten.example/anugerah/2021/situs/badan/PEMDA-01.html"),
              "%s", text);
    free(text);
    free(path);
    path = workspace_file(&w, "piagam/informatif/PEMDA-01.pdf");
    text = pdf_text(path);
    cr_expect(strstr(text, "diberikan kepada Kota Tangerang sebagai Badan Publik dengan "
                           "kualifikasi Informatif (nilai 97,10) Kategori Pemerintah Daerah"),
              "%s", text);
    free(text);
    free(path);
    path = workspace_file(&w, "piagam/terbaik/PEMDA-08.pdf");
    cr_expect_not(path_exists(path), "Cilegon, 8th of 8 and Cukup Informatif, has no award");
    free(path);
    workspace_free(&w);
}

/* A document embeds only the fonts it prints with: the certificate's text
 * is in the serif faces and its footer-less frame in the sans regular
 * (the QR code's address), never the sans bold, which once was loaded
 * into every document to check that it could be read (an unused font
 * object of ~7 KB in each certificate).  libharu writes font objects
 * uncompressed, so the file's bytes name each font it holds. */
Test(certificate, holds_no_font_it_does_not_print_with)
{
    workspace w = workspace_shared("banten-2021", SAMPLE("event.json"), SAMPLE("scores.csv"));
    char *path = workspace_file(&w, "piagam/informatif/PEMDA-01.pdf");
    size_t len = 0;
    char *pdf = slurp(path, &len);
    cr_assert(pdf);
    cr_expect(memmem(pdf, len, "AnugerahSerif-Bold", 18), "the serif bold is printed with");
    cr_expect_null(memmem(pdf, len, "AnugerahSans-Bold", 17), "an unused sans bold in %s", path);
    free(pdf);
    free(path);
    workspace_free(&w);
}

/* The print file joins the certificates' files.  In the hand round
 * (tests/fixtures/hand) the names "# Badan Perencanaan | Riset" (OPD-C),
 * "Desa Sukamaju | Timur" (DESA-1) and "Partai Miring \ Barat" (PARPOL-1)
 * print a '#', '|' or '\' in the serif bold that the other names do not,
 * so the file holds several subsets of that font; each must have a name
 * of its own (ISO 32000-1, 9.6.4), or a printer may take one for another:
 * as many distinct names as font objects. */
Test(certificate, the_print_file_names_each_font_subset_once)
{
    workspace w =
        workspace_shared("hand-2024", FIXTURE("hand/event.json"), FIXTURE("hand/scores.csv"));
    char *print = workspace_file(&w, "piagam-2024.pdf");
    char *twice = pdf_fonts_named_twice(print);
    cr_expect_str_eq(twice, "", "font names given to more than one subset:\n%s", twice);
    free(twice);
    /* the serif bold in more than one subset: the test sees the case */
    char *cmd = xasprintf("pdffonts '%s' | tail -n +3 | grep -c 'AnugerahSerif-Bold'", print);
    char *bold = shell_output(cmd, NULL);
    cr_expect_geq(atoi(bold), 2, "%s", bold);
    free(bold);
    free(cmd);
    free(print);
    workspace_free(&w);
}
