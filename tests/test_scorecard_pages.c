/* Scorecards with long indicator names: one A4 page up to twelve chart
 * rows; a longer card breaks between rows, each page with the axis and the
 * legend; the book's bookmarks and page labels point at a card's first
 * page.  Fixtures: tests/fixtures/long-card. */
#include <cjson/cJSON.h>
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

#define LONG_CARD(name) FIXTURE("long-card/" name)

/* One page's text: in reading order, white space squeezed; or laid out
 * as on the page, one text line per line. */
static char *page_text(const char *pdf, int page, bool layout)
{
    char *cmd = xasprintf("pdftotext -enc UTF-8 %s -f %d -l %d '%s' - 2>/dev/null%s",
                          layout ? "-layout" : "", page, page, pdf,
                          layout ? "" : " | tr -s ' \\n\\f' '   '");
    char *text = shell_output(cmd, NULL);
    free(cmd);
    return text;
}

/* Every card of the round is one page. */
static void expect_one_page_cards(const char *event, const char *scores)
{
    workspace w = workspace_new("out");
    build_ok(event, scores, w.out);
    const char *cards[] = {"opd/OPD-01", "opd/OPD-02", "pemda/PEMDA-01"};
    for (size_t i = 0; i < 3; i++) {
        char *name = xasprintf("kartu-nilai/%s.pdf", cards[i]);
        char *path = workspace_file(&w, name);
        cr_expect_eq(pdf_pages(path), 1, "%s of %s: %d pages", cards[i], event, pdf_pages(path));
        free(path);
        free(name);
    }
    char *book = workspace_file(&w, "kartu-nilai-2023.pdf");
    /* the cover, one page of contents, three cards */
    cr_expect_eq(pdf_pages(book), 1 + 1 + 3, "the book of three cards");
    free(book);
    workspace_free(&w);
}

Test(scorecard_pages, twelve_indicators_of_80_characters_fit_one_page)
{
    /* twelve names of 77 to 80 characters, with every part of the card's
     * heading present: a two-line name, region, head, last year */
    expect_one_page_cards(LONG_CARD("event-12.json"), LONG_CARD("scores-12.csv"));
}

Test(scorecard_pages, two_stages_and_ten_indicators_fit_one_page)
{
    /* twelve rows again, over two charts (two headings, two axes) */
    expect_one_page_cards(LONG_CARD("event-2-10.json"), LONG_CARD("scores-2-10.csv"));
}

/* The same cards with a QR code of the body's page at the top right:
 * `event` with "publikasi" added, in a temporary folder. */
static void expect_one_page_cards_with_site(const char *event, const char *scores)
{
    char *json = slurp(event, NULL);
    cr_assert_not_null(json);
    cJSON *root = cJSON_Parse(json);
    cr_assert_not_null(root);
    cJSON *pub = cJSON_AddObjectToObject(root, "publikasi");
    cJSON_AddStringToObject(pub, "situs",
                            "https://ppid.komisi-informasi.contoh.go.id/anugerah-keterbukaan/2023");
    char *text = cJSON_Print(root);
    char *dir = temp_dir();
    char *path = write_file(dir, "event.json", text);
    expect_one_page_cards(path, scores);
    free(path);
    remove_tree(dir);
    free(dir);
    free(text);
    cJSON_Delete(root);
    free(json);
}

Test(scorecard_pages, twelve_indicators_of_80_characters_fit_one_page_with_a_qr_code)
{
    expect_one_page_cards_with_site(LONG_CARD("event-12.json"), LONG_CARD("scores-12.csv"));
}

Test(scorecard_pages, two_stages_and_ten_indicators_fit_one_page_with_a_qr_code)
{
    expect_one_page_cards_with_site(LONG_CARD("event-2-10.json"), LONG_CARD("scores-2-10.csv"));
}

/* The first words of a label: always on its first line. */
static char *first_words(const char *label, int words)
{
    const char *p = label;
    for (int i = 0; i < words && *p; i++) {
        p = strchr(p + 1, ' ');
        if (!p)
            return xstrdup(label);
    }
    return xstrndup(label, (size_t)(p - label));
}

/* True when some line of the laid-out text starts with `start` and ends
 * with `value`: the label and the number printed right of its bar. */
static bool on_one_line(const char *layout, const char *start, const char *value)
{
    const char *line = layout;
    while (*line) {
        const char *end = strchr(line, '\n');
        if (!end)
            end = line + strlen(line);
        const char *p = line;
        while (*p == ' ')
            p++;
        const char *q = end;
        while (q > p && (q[-1] == ' ' || q[-1] == '\f'))
            q--;
        size_t ls = strlen(start), lv = strlen(value);
        if ((size_t)(q - p) > ls + lv && strncmp(p, start, ls) == 0
            && strncmp(q - lv, value, lv) == 0 && q[-(long)lv - 1] == ' ')
            return true;
        line = *end ? end + 1 : end;
    }
    return false;
}

Test(scorecard_pages, a_long_card_breaks_between_rows_with_axis_and_legend_on_every_page)
{
    workspace w = workspace_new("out");
    build_ok(LONG_CARD("event-40.json"), LONG_CARD("scores-40.csv"), w.out);
    char *card = workspace_file(&w, "kartu-nilai/opd/OPD-01.pdf");
    /* 2 stages and 40 indicators, each row about 27 points: 16 rows under
     * the card's heading, 24 on a page of their own, the last 2 */
    enum { PAGES = 3 };
    cr_assert_eq(pdf_pages(card), PAGES, "pages: %d", pdf_pages(card));
    char *text[PAGES], *layout[PAGES];
    for (int p = 0; p < PAGES; p++) {
        text[p] = page_text(card, p + 1, false);
        layout[p] = page_text(card, p + 1, true);
        cr_expect(strstr(layout[p], "nilai badan publik") && strstr(layout[p], "rata-rata kategori")
                      && strstr(layout[p], "nilai terbaik kategori"),
                  "the legend on page %d", p + 1);
        /* the axis: its six numbers on one line, nothing else on it */
        char *cmd = xasprintf("pdftotext -layout -f %d -l %d '%s' - | "
                              "grep -cE '^ *0 +20 +40 +60 +80 +100 *$'",
                              p + 1, p + 1, card);
        char *axes = shell_output(cmd, NULL);
        cr_expect_eq(atoi(axes), p == 0 ? 2 : 1, "the axis on page %d: %s", p + 1, axes);
        free(axes);
        free(cmd);
    }
    for (int p = 1; p < PAGES; p++)
        cr_expect(strstr(text[p], "Nilai per indikator (lanjutan) \u2014 Dinas Komunikasi dan "
                                  "Informatika Provinsi Contoh"),
                  "page %d names the chart and the body: %s", p + 1, text[p]);

    char *rows = slurp(LONG_CARD("card-40-OPD-01.tsv"), NULL);
    cr_assert_not_null(rows);
    size_t n = 0;
    int rows_on[PAGES] = {0};
    for (char *line = strtok(rows, "\n"); line; line = strtok(NULL, "\n")) {
        if (line[0] == '#')
            continue;
        char *tab = strchr(line, '\t');
        cr_assert_not_null(tab);
        *tab = '\0';
        const char *label = line, *value = tab + 1;
        int found = 0, page = -1;
        for (int p = 0; p < PAGES; p++)
            if (strstr(text[p], label)) {
                found++;
                page = p;
            }
        cr_expect_eq(found, 1, "«%s» whole on %d pages", label, found);
        if (found == 1) {
            rows_on[page]++;
            char *start = first_words(label, 3);
            cr_expect(on_one_line(layout[page], start, value),
                      "«%s» and its value %s side by side on page %d", start, value, page + 1);
            free(start);
        }
        n++;
    }
    cr_expect_eq(n, 42);
    cr_expect_eq(rows_on[0], 16);
    cr_expect_eq(rows_on[1], 24);
    cr_expect_eq(rows_on[2], 2);
    free(rows);
    for (int p = 0; p < PAGES; p++) {
        free(text[p]);
        free(layout[p]);
    }
    free(card);
    workspace_free(&w);
}

/* The outline as qpdf reports it: "title@page" of each item, children in
 * brackets after their parent. */
static void outline_text(const cJSON *items, char *buf, size_t size)
{
    const cJSON *item;
    cJSON_ArrayForEach(item, items)
    {
        const cJSON *title = cJSON_GetObjectItemCaseSensitive(item, "title");
        const cJSON *page = cJSON_GetObjectItemCaseSensitive(item, "destpageposfrom1");
        size_t len = strlen(buf);
        snprintf(buf + len, size - len, "%s@%d", cJSON_IsString(title) ? title->valuestring : "?",
                 cJSON_IsNumber(page) ? page->valueint : -1);
        const cJSON *kids = cJSON_GetObjectItemCaseSensitive(item, "kids");
        if (cJSON_GetArraySize(kids) > 0) {
            len = strlen(buf);
            snprintf(buf + len, size - len, " [");
            outline_text(kids, buf, size);
            len = strlen(buf);
            snprintf(buf + len, size - len, "]");
        }
        if (item->next) {
            len = strlen(buf);
            snprintf(buf + len, size - len, ", ");
        }
    }
}

Test(scorecard_pages, book_bookmarks_and_page_labels_point_at_each_cards_first_page)
{
    workspace w = workspace_new("out");
    build_ok(LONG_CARD("event-40.json"), LONG_CARD("scores-40.csv"), w.out);
    char *book = workspace_file(&w, "kartu-nilai-2023.pdf");
    /* page 1 the cover, page 2 the contents (6 lines); then OPD: Dinas
     * Kesehatan 79,78 (rank 1, pages 3-5), Dinas Komunikasi 42,61 (rank 2,
     * pages 6-8), Dinas Pariwisata without SAQ (no charts, page 9); Pemda:
     * the regency (pages 10-12) */
    cr_assert_eq(pdf_pages(book), 12);
    char *cmd =
        xasprintf("qpdf --json --json-key=outlines --json-key=pagelabels '%s' 2>/dev/null", book);
    char *json = shell_output(cmd, NULL);
    free(cmd);
    cJSON *root = cJSON_Parse(json);
    cr_assert_not_null(root, "qpdf --json: %s", json);

    char outline[2048] = "";
    outline_text(cJSON_GetObjectItemCaseSensitive(root, "outlines"), outline, sizeof outline);
    cr_expect_str_eq(outline, "Daftar isi@2, "
                              "Organisasi Perangkat Daerah@3 [Dinas Kesehatan Provinsi Contoh@3, "
                              "Dinas Komunikasi dan Informatika Provinsi Contoh@6, "
                              "Dinas Pariwisata Provinsi Contoh@9], "
                              "Pemerintah Daerah@10 [Pemerintah Kabupaten Contoh Selatan@10]");

    char labels[512] = "";
    const cJSON *l;
    cJSON_ArrayForEach(l, cJSON_GetObjectItemCaseSensitive(root, "pagelabels"))
    {
        const cJSON *index = cJSON_GetObjectItemCaseSensitive(l, "index");
        const cJSON *label = cJSON_GetObjectItemCaseSensitive(l, "label");
        const cJSON *prefix = cJSON_GetObjectItemCaseSensitive(label, "/P");
        size_t len = strlen(labels);
        snprintf(labels + len, sizeof labels - len, "%d %s;",
                 cJSON_IsNumber(index) ? index->valueint : -1,
                 cJSON_IsString(prefix) ? prefix->valuestring : "?");
    }
    /* page indexes from 0: the cover, the contents, the OPD section from
     * page 3, the Pemda section from page 10 */
    cr_expect_str_eq(labels, "0 u:sampul-;1 u:isi-;2 u:opd-;9 u:pemda-;");
    cJSON_Delete(root);
    free(json);

    /* and those pages are where the cards begin */
    const struct {
        int page;
        const char *start;
    } starts[] = {
        {3, "Dinas Kesehatan Provinsi Contoh Kategori: Organisasi Perangkat Daerah"},
        {6, "Dinas Komunikasi dan Informatika Provinsi Contoh Kategori: Organisasi"},
        {9, "Dinas Pariwisata Provinsi Contoh Kategori: Organisasi Perangkat Daerah"},
        {10, "Pemerintah Kabupaten Contoh Selatan Kategori: Pemerintah Daerah"},
    };
    for (size_t i = 0; i < sizeof starts / sizeof starts[0]; i++) {
        char *text = page_text(book, starts[i].page, false);
        cr_expect(strstr(text, "KARTU NILAI") && strstr(text, starts[i].start),
                  "page %d begins «%s»: %s", starts[i].page, starts[i].start, text);
        free(text);
    }
    free(book);
    workspace_free(&w);
}
