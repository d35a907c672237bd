/* The layout layer's line wrapping and tables, on documents written by the
 * test itself.  Widths are those of the shipped sans font (Liberation Sans
 * metrics): "m" is 833/1000 of the font size wide, "é" 556/1000. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "layout.h"
#include "util.h"

static layout_doc *doc_new(void)
{
    layout_setup setup = {0};
    setup.title = "uji tata letak";
    setup.year = 2023;
    setup.month = 1;
    setup.day = 2;
    char *error = NULL;
    layout_doc *d = layout_doc_new(TEST_ROOT "/fonts", &setup, &error);
    cr_assert_not_null(d, "%s", error ? error : "");
    return d;
}

/* Saves d into a new temporary folder; returns the PDF's path. */
static char *doc_save(layout_doc *d, char **dir)
{
    *dir = temp_dir();
    char *path = xasprintf("%s/uji.pdf", *dir);
    char *error = NULL;
    cr_assert(layout_doc_save(d, path, &error), "%s", error ? error : "");
    layout_doc_free(d);
    return path;
}

static char *repeat(const char *s, size_t n)
{
    size_t len = strlen(s);
    char *out = xmalloc(n * len + 1);
    for (size_t i = 0; i < n; i++)
        memcpy(out + i * len, s, len);
    out[n * len] = '\0';
    return out;
}

static char *page_lines(const char *pdf, int page)
{
    char *cmd = xasprintf("pdftotext -enc UTF-8 -f %d -l %d '%s' - | tr -d '\\f' | grep -v '^ *$'",
                          page, page, pdf);
    char *text = shell_output(cmd, NULL);
    free(cmd);
    return text;
}

Test(layout, the_widths_these_tests_reason_with)
{
    layout_doc *d = doc_new();
    cr_expect_float_eq(layout_text_width(d, "m", LAYOUT_SANS, 10), 8.33, 0.001);
    cr_expect_float_eq(layout_text_width(d, "\u00e9", LAYOUT_SANS, 10), 5.56, 0.001);
    layout_doc_free(d);
}

Test(layout, a_word_longer_than_the_line_is_cut_where_the_line_is_full)
{
    layout_doc *d = doc_new();
    /* 12 "m" are 99,96 points at 10 points: 200 make 16 full lines and 8 */
    char *word = repeat("m", 200);
    cr_expect_eq(layout_line_count(d, word, LAYOUT_SANS, 10, 100), 17);
    /* it starts a line of its own after a short word: "ab", 12, 12, 6 */
    char *m30 = repeat("m", 30);
    char *text = xasprintf("ab %s", m30);
    cr_expect_eq(layout_line_count(d, text, LAYOUT_SANS, 10, 100), 4);
    /* a line narrower than one letter still takes a letter per line */
    cr_expect_eq(layout_line_count(d, "mmm", LAYOUT_SANS, 10, 1), 3);
    free(text);
    free(m30);

    layout_new_page(d);
    layout_paragraph_in(d, layout_left(d), 100, word, LAYOUT_SANS, 10, LAYOUT_LEFT, LAYOUT_BLACK);
    char *dir;
    char *pdf = doc_save(d, &dir);
    char *lines = page_lines(pdf, 1);
    char *twelve = repeat("m", 12), *eight = repeat("m", 8);
    char *expected = xmalloc(17 * 14 + 1);
    expected[0] = '\0';
    for (int i = 0; i < 16; i++)
        strcat(strcat(expected, twelve), "\n");
    strcat(strcat(expected, eight), "\n");
    cr_expect_str_eq(lines, expected);
    free(expected);
    free(twelve);
    free(eight);
    free(lines);
    free(pdf);
    remove_tree(dir);
    free(dir);
    free(word);
}

Test(layout, a_cut_never_splits_a_character)
{
    layout_doc *d = doc_new();
    /* 8 "é" are 44,48 points, 9 are 50,04: 20 make lines of 8, 8 and 4 */
    char *word = repeat("\u00e9", 20);
    cr_expect_eq(layout_line_count(d, word, LAYOUT_SANS, 10, 50), 3);
    layout_new_page(d);
    layout_paragraph_in(d, layout_left(d), 50, word, LAYOUT_SANS, 10, LAYOUT_LEFT, LAYOUT_BLACK);
    char *dir;
    char *pdf = doc_save(d, &dir);
    char *lines = page_lines(pdf, 1);
    cr_expect_str_eq(lines, "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\n"
                            "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\n"
                            "\u00e9\u00e9\u00e9\u00e9\n");
    free(lines);
    free(pdf);
    remove_tree(dir);
    free(dir);
    free(word);
}

Test(layout, lines_break_at_spaces_and_at_line_breaks)
{
    layout_doc *d = doc_new();
    /* "mm mm" is 2 x 16,66 + 2,78 = 36,1 points: fits 40, not 30 */
    cr_expect_eq(layout_line_count(d, "mm mm", LAYOUT_SANS, 10, 40), 1);
    cr_expect_eq(layout_line_count(d, "mm mm", LAYOUT_SANS, 10, 30), 2);
    cr_expect_eq(layout_line_count(d, "a\nb\n\nc", LAYOUT_SANS, 10, 400), 4);
    cr_expect_eq(layout_line_count(d, "", LAYOUT_SANS, 10, 400), 1);
    cr_expect_eq(layout_line_count(d, "   ", LAYOUT_SANS, 10, 400), 1);
    layout_doc_free(d);
}

/* "baris 001\nbaris 002\n..." from first to last. */
static char *numbered_lines(int first, int last)
{
    char *s = xmalloc((size_t)(last - first + 1) * 10 + 1);
    s[0] = '\0';
    for (int i = first; i <= last; i++)
        sprintf(s + strlen(s), "%sbaris %03d", i > first ? "\n" : "", i);
    return s;
}

/* The numbers of the "baris NNN" lines of a page, "1-55" when they run
 * without a gap, "?" otherwise. */
static char *runs_on_page(const char *pdf, int page)
{
    char *lines = page_lines(pdf, page);
    int first = -1, last = -1;
    bool gap = false;
    for (const char *p = strstr(lines, "baris "); p; p = strstr(p + 1, "baris ")) {
        int n = atoi(p + 6);
        if (first < 0)
            first = n;
        else if (n != last + 1)
            gap = true;
        last = n;
    }
    free(lines);
    return gap || first < 0 ? xstrdup("?") : xasprintf("%d-%d", first, last);
}

static int headers_on_page(const char *pdf, int page)
{
    char *cmd = xasprintf("pdftotext -f %d -l %d '%s' - | grep -c '^Keterangan$'", page, page, pdf);
    char *out = shell_output(cmd, NULL);
    int n = atoi(out);
    free(out);
    free(cmd);
    return n;
}

static const layout_column columns[] = {
    {"No", 40, LAYOUT_LEFT},
    {"Keterangan", 200, LAYOUT_LEFT},
};

/* A4 portrait: the body runs from 62 points under the top to 58 above the
 * bottom, 721,89 points.  At 10 points a line takes 12,5 and a row 7 more;
 * the one-line header takes 19,5.  Under it a page holds
 * (721,89 - 19,5 - 7) / 12,5 = 55,6: 55 lines of one row. */
Test(layout, a_table_row_taller_than_a_page_continues_under_its_header, .timeout = 10)
{
    layout_doc *d = doc_new();
    layout_new_page(d);
    layout_table *t = layout_table_begin(d, columns, 2, 10);
    char *text = numbered_lines(1, 150);
    layout_cell cells[2] = {{.text = "1"}, {.text = text}};
    layout_table_row(t, cells);
    cells[0].text = "2";
    cells[1].text = "baris 151";
    layout_table_row(t, cells);
    layout_table_end(t);
    char *dir;
    char *pdf = doc_save(d, &dir);
    cr_assert_eq(pdf_pages(pdf), 3);
    const char *expected[] = {"1-55", "56-110", "111-151"};
    for (int p = 1; p <= 3; p++) {
        char *runs = runs_on_page(pdf, p);
        cr_expect_str_eq(runs, expected[p - 1], "page %d", p);
        cr_expect_eq(headers_on_page(pdf, p), 1, "the header on page %d", p);
        free(runs);
    }
    /* nothing below the bottom margin: every word's bottom edge (from the
     * top of the page) above 841,89 - 58 */
    char *cmd = xasprintf("pdftotext -bbox '%s' - | sed -n 's/.*yMax=\"\\([0-9.]*\\)\".*/\\1/p' | "
                          "awk '$1 > 783.89' | wc -l",
                          pdf);
    char *below = shell_output(cmd, NULL);
    cr_expect_eq(atoi(below), 0, "%s words below the margin", below);
    free(below);
    free(cmd);
    free(text);
    free(pdf);
    remove_tree(dir);
    free(dir);
}

Test(layout, a_row_that_fits_a_page_moves_whole_to_the_next, .timeout = 10)
{
    layout_doc *d = doc_new();
    layout_new_page(d);
    layout_table *t = layout_table_begin(d, columns, 2, 10);
    /* 30 lines (382 points) leave 320 on the first page; 40 lines need 507 */
    char *a = numbered_lines(1, 30), *b = numbered_lines(31, 70);
    layout_cell cells[2] = {{.text = "1"}, {.text = a}};
    layout_table_row(t, cells);
    cells[0].text = "2";
    cells[1].text = b;
    layout_table_row(t, cells);
    layout_table_end(t);
    char *dir;
    char *pdf = doc_save(d, &dir);
    cr_assert_eq(pdf_pages(pdf), 2);
    char *one = runs_on_page(pdf, 1), *two = runs_on_page(pdf, 2);
    cr_expect_str_eq(one, "1-30");
    cr_expect_str_eq(two, "31-70");
    cr_expect_eq(headers_on_page(pdf, 2), 1);
    free(one);
    free(two);
    free(a);
    free(b);
    free(pdf);
    remove_tree(dir);
    free(dir);
}

Test(layout, a_page_too_small_for_one_line_still_ends, .timeout = 10)
{
    layout_doc *d = doc_new();
    /* at 300 points a line takes 375 and the header 382: under it no line
     * fits a page (722 - 382 - 7 < 375), so each line of the row goes on a
     * page of its own under the header, rather than never */
    static const layout_column wide[] = {{"N", 495, LAYOUT_LEFT}};
    layout_table *t = layout_table_begin(d, wide, 1, 300);
    layout_cell cell = {.text = "a\nb\nc"};
    layout_table_row(t, &cell);
    layout_table_end(t);
    char *dir;
    char *pdf = doc_save(d, &dir);
    cr_assert_eq(pdf_pages(pdf), 4);
    const char *expected[] = {"N\n", "N\na\n", "N\nb\n", "N\nc\n"};
    for (int p = 1; p <= 4; p++) {
        char *lines = page_lines(pdf, p);
        cr_expect_str_eq(lines, expected[p - 1], "page %d", p);
        free(lines);
    }
    free(pdf);
    remove_tree(dir);
    free(dir);
}
