#include <criterion/criterion.h>
#include <string.h>

#include "build.h"
#include "helpers.h"
#include "text.h"
#include "util.h"

static workspace w;
static char *out;
static char *pdf;

/* One build of the sample for every test of this suite. */
static void build_sample(void)
{
    w = workspace_shared("banten-2021", SAMPLE("event.json"), SAMPLE("scores.csv"));
    out = w.out;
    pdf = workspace_file(&w, "peringkat-2021.pdf");
}

static void clean(void)
{
    free(pdf);
    workspace_free(&w);
}

TestSuite(ranking_pdf, .init = build_sample, .fini = clean);

Test(ranking_pdf, every_name_comes_back_out_exactly)
{
    char *text = pdf_text(pdf);
    problems *pr = problems_new();
    kip_round *r = build_load(SAMPLE("event.json"), SAMPLE("scores.csv"), pr);
    cr_assert_not_null(r);
    for (size_t i = 0; i < r->n_bodies; i++) {
        char *name = text_squeeze(r->bodies[i].nama);
        cr_expect(strstr(text, name), "name not found in the PDF text: %s", name);
        free(name);
    }
    cr_expect(strstr(text, "PT Bank Pembangunan Daerah Banten Tbk (\u201cBank Banten\u201d)"));
    kip_round_free(r);
    problems_free(pr);
    free(text);
}

Test(ranking_pdf, scores_ranks_and_qualifications_in_indonesian_format)
{
    char *text = pdf_text(pdf);
    cr_expect(strstr(text, "8 Kota Cilegon 60,62 Cukup Informatif"), "the 8th Pemda row");
    cr_expect(strstr(text, "1 Kota Tangerang 97,10 Informatif"));
    cr_expect(strstr(text, "7 Kabupaten Lebak 84,30 Menuju Informatif"));
    cr_expect(strstr(text,
                     "\u2013 Satuan Polisi Pamong Praja Provinsi Banten \u2013 Tidak Informatif "
                     "(tidak mengisi SAQ)"),
              "a non-respondent has no rank and no score");
    cr_expect(strstr(text, "12 Dinas Komunikasi, Informatika, Statistik dan Persandian Provinsi "
                           "Banten 81,21 Menuju Informatif"));
    cr_expect(strstr(text, "12 Dinas Sosial Provinsi Banten 81,21"), "a shared rank");
    free(text);
}

Test(ranking_pdf, summary_page_counts_per_category)
{
    char *cmd = xasprintf("pdftotext -f 1 -l 1 -layout '%s' -", pdf);
    char *page = shell_output(cmd, NULL);
    cr_expect(strstr(page, "PERINGKAT BADAN PUBLIK"));
    cr_expect(strstr(page, "Serang, 24 November 2021"));
    /* Pemda: 8 bodies, 6 Informatif, 1 Menuju, 1 Cukup, 0, 0, 0 */
    char *row = strstr(page, "Pemerintah Daerah");
    cr_assert_not_null(row);
    int n[7];
    cr_expect_eq(sscanf(row + strlen("Pemerintah Daerah"), "%d %d %d %d %d %d %d", &n[0], &n[1],
                        &n[2], &n[3], &n[4], &n[5], &n[6]),
                 7);
    int expected[7] = {8, 6, 1, 1, 0, 0, 0};
    for (int i = 0; i < 7; i++)
        cr_expect_eq(n[i], expected[i], "column %d", i);
    /* The totals row is the last "Jumlah" on the page (the first heads a column). */
    char *total = NULL;
    for (char *p = strstr(page, "Jumlah"); p; p = strstr(p + 1, "Jumlah"))
        total = p;
    cr_assert_not_null(total);
    int t[7];
    cr_assert_eq(
        sscanf(total + 6, "%d %d %d %d %d %d %d", &t[0], &t[1], &t[2], &t[3], &t[4], &t[5], &t[6]),
        7);
    cr_expect_eq(t[0], 101);
    cr_expect_eq(t[1] + t[2] + t[3] + t[4] + t[5], 101, "every body has one qualification");
    cr_expect_eq(t[6], 5, "five bodies did not return the SAQ");
    free(page);
    free(cmd);
}

Test(ranking_pdf, every_page_has_header_and_footer)
{
    char *cmd = xasprintf("pdfinfo '%s' | grep Pages", pdf);
    char *info = shell_output(cmd, NULL);
    int pages = 0;
    sscanf(info, "Pages: %d", &pages);
    cr_assert_gt(pages, 5);
    for (int p = 1; p <= pages; p++) {
        char *pc = xasprintf("pdftotext -f %d -l %d '%s' -", p, p, pdf);
        char *text = shell_output(pc, NULL);
        char footer[64];
        snprintf(footer, sizeof footer, "Halaman %d dari %d", p, pages);
        cr_expect(strstr(text, footer), "page %d", p);
        cr_expect(strstr(text, "Anugerah Keterbukaan Informasi Publik Provinsi Banten 2021"),
                  "page %d", p);
        free(text);
        free(pc);
    }
    free(info);
    free(cmd);
}

Test(ranking_pdf, a_table_continued_on_the_next_page_repeats_its_header)
{
    /* The 39 OPD rows run from page 2 onto page 3. */
    char *cmd = xasprintf("pdftotext -f 3 -l 3 '%s' - | tr -s ' \\n' ' '", pdf);
    char *text = shell_output(cmd, NULL);
    cr_expect(strstr(text, "Peringkat Nama Badan Publik Nilai Kualifikasi"), "%s", text);
    free(text);
    free(cmd);
}

Test(ranking_pdf, passes_qpdf_and_embeds_every_font)
{
    int status;
    char *cmd = xasprintf("qpdf --check '%s' >/dev/null 2>&1", pdf);
    free(shell_output(cmd, &status));
    cr_expect_eq(status, 0, "qpdf --check");
    free(cmd);
    cmd = xasprintf("pdffonts '%s' | tail -n +3", pdf);
    char *fonts = shell_output(cmd, NULL);
    cr_expect_neq(strlen(fonts), 0);
    for (char *line = strtok(fonts, "\n"); line; line = strtok(NULL, "\n"))
        cr_expect(strstr(line, " yes yes "), "font not embedded: %s", line);
    free(fonts);
    free(cmd);
}

Test(ranking_pdf, document_information_comes_from_the_event)
{
    char *cmd = xasprintf("pdfinfo '%s'", pdf);
    char *info = shell_output(cmd, NULL);
    cr_expect(strstr(info, "Author:          Komisi Informasi Provinsi Banten"));
    cr_expect(strstr(info, "Title:           Peringkat Badan Publik \u2014 Anugerah"));
    cr_expect(strstr(info, "Keywords:"));
    cr_expect(strstr(info, "Subject:"));
    cr_expect(strstr(info, "CreationDate:    Wed Nov 24 00:00:00 2021"));
    free(info);
    free(cmd);
}

Test(ranking_pdf, two_builds_are_byte_identical)
{
    char *again = xasprintf("%s/lagi", w.dir);
    build_ok(SAMPLE("event.json"), SAMPLE("scores.csv"), again);
    /* every file: rankings, exports, scorecards, the book, certificates, release */
    char *cmd = xasprintf("diff -r '%s' '%s' && find '%s' -type f | wc -l", out, again, again);
    int status;
    char *report = shell_output(cmd, &status);
    cr_expect_eq(status, 0);
    cr_expect_eq(atoi(report), 3 + 101 + 1 + 24 + 1 + 1, "files compared: %s", report);
    free(report);
    free(cmd);
    free(again);
}

Test(ranking_pdf, one_worker_and_two_workers_write_the_same_bytes)
{
    char *one = xasprintf("%s/satu", w.dir), *two = xasprintf("%s/dua", w.dir);
    const char *a[] = {"build",
                       "--event",
                       SAMPLE("event.json"),
                       "--scores",
                       SAMPLE("scores.csv"),
                       "--out",
                       one,
                       "--jobs",
                       "1",
                       NULL};
    const char *b[] = {"build",
                       "--event",
                       SAMPLE("event.json"),
                       "--scores",
                       SAMPLE("scores.csv"),
                       "--out",
                       two,
                       "--jobs",
                       "2",
                       NULL};
    run_result r = run_anugerah(a);
    cr_assert_eq(r.status, 0, "%s", r.err);
    run_result_free(&r);
    r = run_anugerah(b);
    cr_assert_eq(r.status, 0, "%s", r.err);
    run_result_free(&r);
    char *cmd = xasprintf("diff -r '%s' '%s'", one, two);
    int status;
    free(shell_output(cmd, &status));
    cr_expect_eq(status, 0, "--jobs 2 differs from --jobs 1");
    free(cmd);
    free(one);
    free(two);
}
