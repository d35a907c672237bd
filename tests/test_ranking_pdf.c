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

/* The seven figures that follow `label` on a line of the summary page
 * (pdftotext -layout); false when the label or the figures are missing. */
static bool summary_row(const char *page, const char *label, int n[7])
{
    for (const char *p = strstr(page, label); p; p = strstr(p + 1, label)) {
        const char *after = p + strlen(label);
        if (*after != ' ')
            continue;
        if (sscanf(after, "%d %d %d %d %d %d %d", &n[0], &n[1], &n[2], &n[3], &n[4], &n[5], &n[6])
            == 7)
            return true;
    }
    return false;
}

Test(ranking_pdf, summary_page_counts_per_category)
{
    char *cmd = xasprintf("pdftotext -f 1 -l 1 -layout '%s' -", pdf);
    char *page = shell_output(cmd, NULL);
    cr_expect(strstr(page, "PERINGKAT BADAN PUBLIK"));
    cr_expect(strstr(page, "Serang, 24 November 2021"));
    /* Pemda: 8 bodies, 6 Informatif, 1 Menuju, 1 Cukup, 0, 0, 0 */
    int n[7];
    cr_assert(summary_row(page, "Pemerintah Daerah", n));
    int expected[7] = {8, 6, 1, 1, 0, 0, 0};
    for (int i = 0; i < 7; i++)
        cr_expect_eq(n[i], expected[i], "column %d", i);
    free(page);
    free(cmd);
}

/* Counted by hand from samples/banten-2021/scores.csv (final score = SAQ
 * x 0,8 + visitasi x 0,2).  The band columns count only the scored bodies;
 * the five that did not return the SAQ (OPD-23, OPD-37, BUMD-16,
 * PARPOL-10, PARPOL-12) are in the last column alone, so every row adds up
 * to its total. */
Test(ranking_pdf, summary_columns_add_up_to_the_total)
{
    static const struct {
        const char *label; /* the row's first line */
        int n[7];          /* Jumlah, five bands high to low, tidak mengisi SAQ */
    } rows[] = {
        {"Organisasi Perangkat", {39, 9, 4, 19, 5, 0, 2}},
        {"Pemerintah Daerah", {8, 6, 1, 1, 0, 0, 0}},
        {"Lembaga Non", {24, 3, 3, 14, 4, 0, 0}},
        {"Badan Usaha Milik Daerah", {18, 1, 3, 7, 4, 2, 1}},
        {"Partai Politik", {12, 0, 0, 2, 5, 3, 2}},
        {"Jumlah", {101, 19, 11, 43, 18, 5, 5}},
    };
    char *cmd = xasprintf("pdftotext -f 1 -l 1 -layout '%s' -", pdf);
    char *page = shell_output(cmd, NULL);
    for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
        int n[7];
        cr_assert(summary_row(page, rows[r].label, n), "no summary row %s", rows[r].label);
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            cr_expect_eq(n[i], rows[r].n[i], "%s, column %d", rows[r].label, i + 1);
            if (i > 0)
                sum += n[i];
        }
        cr_expect_eq(sum, n[0], "%s: the columns add up to %d, not to Jumlah %d", rows[r].label,
                     sum, n[0]);
    }
    /* and the table says so */
    char *flat = pdf_text(pdf);
    cr_expect(strstr(flat, "Badan publik yang tidak mengisi SAQ ditetapkan Tidak Informatif dan "
                           "dihitung terpisah pada kolom \u201cTidak mengisi SAQ\u201d"));
    free(flat);
    free(page);
    free(cmd);
}

/* The text of a page as drawn: each line "r g b|string" for a string shown
 * with Tj, with the fill colour in force (from qpdf's uncompressed form). */
static char *page_text_with_fill(int page)
{
    char *cmd =
        xasprintf("qpdf --qdf --object-streams=disable '%s' - | "
                  "awk '/^%%%% Contents for page %d$/{f=1} /^%%%% Contents for page %d$/{f=0} "
                  "f && / rg$/{c=$1\" \"$2\" \"$3} "
                  "f && /^\\(.*\\) Tj$/{print c \"|\" substr($0, 2, length($0) - 5)}'",
                  pdf, page, page + 1);
    int status;
    char *listing = shell_output(cmd, &status);
    cr_assert_eq(status, 0, "%s", cmd);
    free(cmd);
    return listing;
}

static bool all_digits(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (*s < '0' || *s > '9')
            return false;
    return true;
}

/* On a greyscale printer a figure in amber or light green comes out pale:
 * every text of the summary and the band legend is dark, and the figures
 * are black.  Colour comes only as bars and squares beside the words. */
Test(ranking_pdf, summary_text_is_dark_and_figures_are_black)
{
    char *text = page_text_with_fill(1);
    bool in_summary = false;
    size_t figures = 0, texts = 0;
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        char *bar = strchr(line, '|');
        cr_assert_not_null(bar, "%s", line);
        *bar = '\0';
        const char *str = bar + 1;
        if (strcmp(str, "Ringkasan") == 0)
            in_summary = true;
        else if (strcmp(str, "Komisi Informasi Provinsi Banten") == 0 && in_summary)
            break; /* the page footer */
        if (!in_summary)
            continue;
        double r = -1, g = -1, b = -1;
        cr_assert_eq(sscanf(line, "%lf %lf %lf", &r, &g, &b), 3, "no fill colour before %s", str);
        texts++;
        cr_expect(0.299 * r + 0.587 * g + 0.114 * b <= 0.35,
                  "\"%s\" drawn in a light colour (%g %g %g)", str, r, g, b);
        if (all_digits(str)) {
            figures++;
            cr_expect(r == 0 && g == 0 && b == 0, "figure %s drawn in %g %g %g", str, r, g, b);
        }
    }
    cr_expect(in_summary, "no summary heading on page 1");
    cr_expect_eq(figures, 6 * 7, "the summary's figures: six rows of seven");
    cr_expect_gt(texts, figures);
    free(text);
}

/* In the category tables a qualification is its name in black, with its
 * colour in a square beside it. */
Test(ranking_pdf, qualifications_in_the_tables_are_black_words)
{
    char *text = page_text_with_fill(2);
    size_t seen = 0;
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        char *bar = strchr(line, '|');
        cr_assert_not_null(bar, "%s", line);
        *bar = '\0';
        const char *str = bar + 1;
        if (strcmp(str, "Informatif") != 0 && strcmp(str, "Menuju Informatif") != 0
            && strcmp(str, "Cukup Informatif") != 0)
            continue;
        seen++;
        cr_expect_str_eq(line, "0 0 0", "%s", str);
    }
    /* page 2 holds OPD ranks 1-25: 9 Informatif, 4 Menuju, 12 Cukup */
    cr_expect_eq(seen, 25);
    free(text);
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
    /* every file: rankings (3), scorecards (101), the book, certificates
     * (19 Informatif + 15 first to third + 3 by id = 37), their print file
     * and register, the release, the annex, the deck, the manifest, the
     * workbook and metadata.json; 5 fact sheets, one per category; the
     * site: index, stylesheet, script,
     * verification page, 101 body pages; the copies of the inputs
     * (masukan/): the event, the scores and the event's 4 images */
    char *cmd = xasprintf("diff -r '%s' '%s' && find '%s' -type f | wc -l", out, again, again);
    int status;
    char *report = shell_output(cmd, &status);
    cr_expect_eq(status, 0);
    cr_expect_eq(atoi(report), 3 + 101 + 1 + 37 + 2 + 1 + 1 + 1 + 1 + 2 + 5 + 4 + 101 + 6,
                 "files compared: %s", report);
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
