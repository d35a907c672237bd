#include <criterion/criterion.h>
#include <string.h>

#include "build.h"
#include "helpers.h"
#include "labels.h"
#include "util.h"

static workspace w;
static kip_round *round_;

/* One build of the sample for the suite, and the round to compare with. */
static void setup(void)
{
    w = workspace_shared("banten-2021", SAMPLE("event.json"), SAMPLE("scores.csv"));
    problems *pr = problems_new();
    round_ = build_load(SAMPLE("event.json"), SAMPLE("scores.csv"), pr);
    cr_assert_not_null(round_);
    problems_free(pr);
}

static void teardown(void)
{
    kip_round_free(round_);
    workspace_free(&w);
}

TestSuite(scorecard, .init = setup, .fini = teardown);

static char *card_text(const kip_body *b)
{
    char *name =
        xasprintf("kartu-nilai/%s/%s.pdf", round_->event->categories[b->category].kode, b->id);
    char *path = workspace_file(&w, name);
    char *text = pdf_text(path);
    free(path);
    free(name);
    return text;
}

Test(scorecard, a_card_names_stages_indicators_and_last_year)
{
    const kip_body *cilegon = NULL;
    for (size_t i = 0; i < round_->n_bodies; i++)
        if (strcmp(round_->bodies[i].id, "PEMDA-08") == 0)
            cilegon = &round_->bodies[i];
    char *text = card_text(cilegon);
    cr_expect(strstr(text, "60,62 Cukup Informatif 8 dari 8"), "%s", text);
    /* 60,70 x 80 % + 60,31 x 20 % = 60,622 */
    cr_expect(strstr(text, "Self Assessment Questionnaire 60,70 bobot 80 % \u00b7 rata-rata"), "%s",
              text);
    cr_expect(strstr(text, "Visitasi 60,31 bobot 20 %"));
    cr_expect(strstr(text, "Jenis Informasi"));
    cr_expect(strstr(text, "bobot 40 % \u00b7 rata-rata"));
    cr_expect(strstr(text, "Tahun 2020: 56,02 (Kurang Informatif)"));
    cr_expect(strstr(text, "naik 4,60"));
    cr_expect(strstr(text, "Serang, 24 November 2021"), "the footer");
    free(text);
}

Test(scorecard, a_non_respondent_card_has_no_charts)
{
    const kip_body *b = NULL;
    for (size_t i = 0; i < round_->n_bodies; i++)
        if (strcmp(round_->bodies[i].id, "OPD-23") == 0)
            b = &round_->bodies[i];
    char *text = card_text(b);
    cr_expect(strstr(text, "tidak diperingkat"), "%s", text);
    cr_expect(strstr(text, "\u2014 tidak mengisi SAQ"), "%s", text);
    cr_expect_null(strstr(text, "Nilai per tahapan"));
    cr_expect_null(strstr(text, "Nilai per indikator"));
    free(text);
}

Test(scorecard, the_book_has_every_card_with_bookmarks_and_page_labels)
{
    char *book = workspace_file(&w, "kartu-nilai-2021.pdf");
    /* the cover, then the table of contents: 5 categories and 101 bodies
     * are 106 lines of 15 pt (and a 9 pt gap before each category but the
     * first), at most 48 lines on a page of 722 pt (842 less the margins of
     * 62 and 58), 40 pt of the first taken by the heading: more than two
     * pages, well under three, so 3; then the 101 cards of one page each:
     * 1 + 3 + 101 = 105 */
    char *cmd = xasprintf("pdfinfo '%s' | grep Pages", book);
    char *pages = shell_output(cmd, NULL);
    cr_expect(strstr(pages, " 105"), "%s", pages);
    free(pages);
    free(cmd);
    /* the outline: "Daftar isi", then 5 categories, each with its bodies
     * as children */
    cmd = xasprintf("qpdf --json --json-key=outlines '%s' | grep -c '\"title\"'", book);
    char *titles = shell_output(cmd, NULL);
    cr_expect_eq(atoi(titles), 1 + 5 + 101);
    free(titles);
    free(cmd);
    /* the five categories closed, "Daftar isi" (no children) open */
    cmd = xasprintf("qpdf --json --json-key=outlines '%s' | grep -c '\"open\": false'", book);
    char *closed = shell_output(cmd, NULL);
    cr_expect_eq(atoi(closed), 5, "%s", closed);
    free(closed);
    free(cmd);
    cmd =
        xasprintf("qpdf --json --json-key=pagelabels '%s' | grep -o '\"/P\": \"[a-z:-]*\"'", book);
    char *labels = shell_output(cmd, NULL);
    cr_expect(strstr(labels, "\"/P\": \"u:sampul-\""), "%s", labels);
    cr_expect(strstr(labels, "\"/P\": \"u:isi-\""), "%s", labels);
    cr_expect(strstr(labels, "\"/P\": \"u:opd-\""), "%s", labels);
    cr_expect(strstr(labels, "\"/P\": \"u:parpol-\""), "%s", labels);
    free(labels);
    free(cmd);
    /* in category, then rank order: Kota Tangerang opens the Pemda section,
     * card 40, so page 4 + 40 = 44; its page is numbered and listed */
    cmd = xasprintf("pdftotext -f 44 -l 44 '%s' - | tr -s ' \\n' ' '", book);
    char *page44 = shell_output(cmd, NULL);
    cr_expect(strstr(page44, "Kota Tangerang Kategori: Pemerintah Daerah"), "%s", page44);
    cr_expect(strstr(page44, "Halaman 44 dari 105"), "%s", page44);
    free(page44);
    free(cmd);
    cmd = xasprintf("pdftotext -layout -f 2 -l 3 '%s' - | tr -s ' .' ' '", book);
    char *toc = shell_output(cmd, NULL);
    cr_expect(strstr(toc, "Pemerintah Daerah 44\n"), "%s", toc);
    cr_expect(strstr(toc, "Kota Tangerang 44\n"), "%s", toc);
    free(toc);
    free(cmd);
    free(book);
}

Test(scorecard, every_card_and_certificate_is_one_page_that_qpdf_accepts)
{
    /* one qpdf per file checks it and counts its pages; the fonts of all
     * files are listed at once from their pages gathered into one PDF, and
     * file by file only when one is not embedded */
    char *cmd =
        xasprintf("cd '%s' && nl='\n' && for f in kartu-nilai/*/*.pdf piagam/*/*.pdf; do "
                  "r=$(qpdf --check --show-npages \"$f\" 2>&1) || echo \"BAD $f\"; "
                  "[ \"${r##*$nl}\" = 1 ] || echo \"PAGES $f\"; "
                  "done; "
                  "qpdf --empty --pages kartu-nilai/*/*.pdf piagam/*/*.pdf -- '%s/all.pdf' 2>&1; "
                  "if pdffonts '%s/all.pdf' | tail -n +3 | grep -q -v ' yes yes '; then "
                  "for f in kartu-nilai/*/*.pdf piagam/*/*.pdf; do "
                  "pdffonts \"$f\" | tail -n +3 | grep -v ' yes yes ' | sed \"s|^|FONT $f |\"; "
                  "done; fi; ls kartu-nilai/*/*.pdf | wc -l",
                  w.out, w.dir, w.dir);
    char *report = shell_output(cmd, NULL);
    cr_expect_str_eq(report, "101\n", "problems:\n%s", report);
    free(report);
    free(cmd);
}

Test(scorecard, a_single_card_is_small)
{
    char *path = workspace_file(&w, "kartu-nilai/bumd/BUMD-05.pdf");
    size_t len = 0;
    char *pdf = slurp(path, &len);
    cr_expect_lt(len, 30 * 1024, "a scorecard is %zu bytes", len);
    free(pdf);
    free(path);
}
