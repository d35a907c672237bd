/*
 * The scorecard book of the hand round (tests/fixtures/hand, see
 * test_hand_round.c): a cover, a printed table of contents, "Halaman X
 * dari Y" on every page, bookmarks closed at category level.  Every number
 * below was worked out on paper from scores.csv.
 *
 * Order: categories as the event lists them (Perangkat Daerah, Desa,
 * Partai Politik), bodies by rank then name, non-respondents last:
 *   OPD-A 94,00, OPD-C 90,00, OPD-B 89,50 and OPD-D 89,50 (shared third
 *   place, by name: "Dinas Kesehatan" before "Dinas Pendidikan"), OPD-E,
 *   OPD-F (no SAQ); DESA-1..4 by score; PARPOL-1, PARPOL-2 (no SAQ).
 * Pages: 1 the cover, 2 the contents (15 lines fit one page), then one
 * card a page: OPD 3-8, Desa 9-12, Partai Politik 13-14; 14 pages.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

#define HAND(name) FIXTURE("hand/" name)

static workspace w;
static char *book;

static void setup(void)
{
    w = workspace_shared("hand-2024", HAND("event.json"), HAND("scores.csv"));
    book = workspace_file(&w, "kartu-nilai-2024.pdf");
}

static void teardown(void)
{
    free(book);
    workspace_free(&w);
}

TestSuite(book, .init = setup, .fini = teardown);

/* One page's text, as laid out, runs of spaces and dot leaders made one
 * space. */
static char *page_text(int page)
{
    char *cmd = xasprintf("pdftotext -enc UTF-8 -layout -f %d -l %d '%s' - | tr -s ' .' ' '", page,
                          page, book);
    char *text = shell_output(cmd, NULL);
    free(cmd);
    return text;
}

#define EXPECT_IN(text, needle)                                                                    \
    cr_expect(strstr((text), (needle)), "«%s» missing in: %s", (needle), (text))

Test(book, has_a_cover_a_page_of_contents_and_the_twelve_cards)
{
    cr_expect_eq(pdf_pages(book), 1 + 1 + 12);
}

Test(book, the_cover_shows_the_title_the_round_and_the_organiser)
{
    char *text = page_text(1);
    EXPECT_IN(text, "KARTU NILAI BADAN PUBLIK");
    EXPECT_IN(text, "Anugerah Keterbukaan Informasi Publik Kabupaten Contoh 2024");
    EXPECT_IN(text, "Tahun 2024");
    EXPECT_IN(text, "Komisi Informasi Kabupaten Contoh");
    EXPECT_IN(text, "Sukamaju, 10 Desember 2024");
    EXPECT_IN(text, "12 badan publik dalam 3 kategori");
    /* no card on the cover */
    cr_expect_null(strstr(text, "KARTU NILAI \u00b7"), "%s", text);
    free(text);
}

Test(book, the_contents_list_each_category_and_body_with_its_page)
{
    char *text = page_text(2);
    const char *lines[] = {
        "Daftar Isi\n",
        "Perangkat Daerah 3\n",
        " Dinas Komunikasi dan Informatika 3\n", /* OPD-A */
        " # Badan Perencanaan | Riset 4\n",      /* OPD-C */
        " Dinas Kesehatan 5\n",                  /* OPD-B */
        " Dinas Pendidikan 6\n",                 /* OPD-D */
        " Dinas Sosial 7\n",                     /* OPD-E */
        " Dinas Pertanian 8\n",                  /* OPD-F */
        "Desa 9\n",
        " Desa Sukamaju | Timur 9\n", /* DESA-1 */
        " @grafik desa 10\n",         /* DESA-2 */
        " - Desa Strip 11\n",         /* DESA-3 */
        " # Desa Pagar 12\n",         /* DESA-4 */
        "Partai Politik 13\n",
        " Partai Miring \\ Barat 13\n", /* PARPOL-1 */
        " | Partai Garis 14\n",         /* PARPOL-2 */
    };
    /* each line present, in this order */
    const char *at = text;
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        const char *found = strstr(at, lines[i]);
        cr_expect(found, "«%s» missing after the previous line in: %s", lines[i], text);
        if (found)
            at = found + strlen(lines[i]);
    }
    free(text);
    /* and the cards are where the contents say */
    const struct {
        int page;
        const char *name;
    } cards[] = {{3, "Dinas Komunikasi dan Informatika"},
                 {5, "Dinas Kesehatan"},
                 {6, "Dinas Pendidikan"},
                 {9, "Desa Sukamaju | Timur"},
                 {12, "# Desa Pagar"},
                 {14, "| Partai Garis"}};
    for (size_t i = 0; i < sizeof cards / sizeof cards[0]; i++) {
        char *card = page_text(cards[i].page);
        char *heading = xasprintf("KARTU NILAI \u00b7 MONEV KETERBUKAAN INFORMASI PUBLIK 2024\n"
                                  "\n%s\n",
                                  cards[i].name);
        EXPECT_IN(card, heading);
        free(heading);
        free(card);
    }
}

/* The book copies each card's own pages and gives them its footer: page 3
 * is OPD-A's card (kartu-nilai/opd/OPD-A.pdf) line for line, but for the
 * footer, which in the card is the organiser and the place and date, and
 * in the book those joined by a dot and the page's number. */
Test(book, a_card_page_is_the_card_itself_but_for_the_footer)
{
    char *card_pdf = workspace_file(&w, "kartu-nilai/opd/OPD-A.pdf");
    char *cmd = xasprintf("pdftotext -enc UTF-8 -layout '%s' - | tr -s ' .' ' '", card_pdf);
    char *card = shell_output(cmd, NULL);
    char *page = page_text(3);
    const char *card_footer = "Komisi Informasi Kabupaten Contoh Sukamaju, 10 Desember 2024";
    const char *book_footer =
        "Komisi Informasi Kabupaten Contoh \u00b7 Sukamaju, 10 Desember 2024 Halaman 3 dari 14";
    char *in_card = strstr(card, card_footer), *in_book = strstr(page, book_footer);
    cr_assert(in_card, "the card's footer missing in: %s", card);
    cr_assert(in_book, "the book's footer missing in: %s", page);
    /* everything above the footers the same */
    *in_card = *in_book = '\0';
    cr_expect_str_eq(page, card);
    cr_expect(strstr(card, "Dinas Komunikasi dan Informatika"), "%s", card);
    free(page);
    free(card);
    free(cmd);
    free(card_pdf);
}

Test(book, every_page_is_numbered_of_fourteen)
{
    for (int p = 1; p <= 14; p++) {
        char *text = page_text(p);
        char *number = xasprintf("Halaman %d dari 14", p);
        EXPECT_IN(text, number);
        /* the organiser, place and date stay in the footer */
        EXPECT_IN(text, "Komisi Informasi Kabupaten Contoh \u00b7 Sukamaju, 10 Desember 2024");
        free(number);
        free(text);
    }
}

/* The book joins the cards' files, each with its own font subsets: the
 * cards of "# Badan Perencanaan | Riset" (OPD-C), "@grafik desa" (DESA-2)
 * and "Partai Miring \\ Barat" (PARPOL-1) print a '#', '@' or '\\' that
 * the others do not, so the book holds several subsets of the same font.
 * A reader or printer may take two fonts of the same name for one (ISO
 * 32000-1, 9.6.4: different subsets in one file have different tags), so
 * each font object's name appears once: as many distinct names as font
 * objects. */
Test(book, each_font_subset_has_a_name_of_its_own)
{
    char *twice = pdf_fonts_named_twice(book);
    cr_expect_str_eq(twice, "", "font names given to more than one subset:\n%s", twice);
    free(twice);
    char *cmd = xasprintf("pdffonts '%s' | tail -n +3 | wc -l", book);
    char *count = shell_output(cmd, NULL);
    /* at least the regular and the bold of the sans, and the subsets that
     * differ by '#', '@', '\\' */
    cr_expect(atoi(count) >= 3, "%s", count);
    free(count);
    free(cmd);
}

Test(book, the_bookmarks_are_closed_at_category_level)
{
    /* top level: "Daftar isi" (page 2, open, no children), then the three
     * categories, closed, at their first card */
    char *cmd = xasprintf("qpdf --json --json-key=outlines '%s' | python3 -c '"
                          "import json, sys\n"
                          "for o in json.load(sys.stdin)[\"outlines\"]:\n"
                          "    print(o[\"title\"], o[\"destpageposfrom1\"], o[\"open\"], "
                          "len(o[\"kids\"]))'",
                          book);
    char *top = shell_output(cmd, NULL);
    cr_expect_str_eq(top, "Daftar isi 2 True 0\n"
                          "Perangkat Daerah 3 False 6\n"
                          "Desa 9 False 4\n"
                          "Partai Politik 13 False 2\n");
    free(top);
    free(cmd);
}

Test(book, the_cover_and_contents_have_page_labels_of_their_own)
{
    char *cmd = xasprintf("qpdf --json --json-key=pagelabels '%s' | python3 -c '"
                          "import json, sys\n"
                          "for l in json.load(sys.stdin)[\"pagelabels\"]:\n"
                          "    print(l[\"index\"], l[\"label\"][\"/P\"])'",
                          book);
    char *labels = shell_output(cmd, NULL);
    cr_expect_str_eq(labels, "0 u:sampul-\n1 u:isi-\n2 u:opd-\n8 u:desa-\n12 u:parpol-\n");
    free(labels);
    free(cmd);
}

/*
 * A long book (tests/fixtures/book-parts: the hand event, 420 bodies
 * "Badan Uji 001" .. "Badan Uji 420" all in Perangkat Daerah, scores
 * falling with the number, so the cards follow the numbers).  The book is
 * its front joined with the 420 cards' files, each card's page given the
 * book's footer; nothing of the joins may show.  (The book was once made
 * 200 cards a part: the pages looked at are still those around the joins
 * of that time, 200/201 and 400/401, and the last.)
 *
 * Pages by hand: the contents' page holds 721.89 pt of entries (841.89
 * tall, 62 top and 58 bottom margins); the first has the heading (40) and
 * the category line (9 gap + 15), leaving room for (721.89 - 64) / 15 =
 * 43 bodies; each further page floor(721.89 / 15) = 48, and 420 - 43 =
 * 377 bodies take 8 more: 9 pages of contents (pages 2-10).  Card k is on
 * page 10 + k (one page each); 430 pages.
 */
static workspace parts_w;
static char *parts_book;

static void parts_setup(void)
{
    parts_w = workspace_shared("book-parts", HAND("event.json"), FIXTURE("book-parts/scores.csv"));
    parts_book = workspace_file(&parts_w, "kartu-nilai-2024.pdf");
}

static void parts_teardown(void)
{
    free(parts_book);
    workspace_free(&parts_w);
}

TestSuite(book_parts, .init = parts_setup, .fini = parts_teardown);

static char *parts_page(int page)
{
    char *cmd = xasprintf("pdftotext -enc UTF-8 -layout -f %d -l %d '%s' - | tr -s ' .' ' '", page,
                          page, parts_book);
    char *text = shell_output(cmd, NULL);
    free(cmd);
    return text;
}

Test(book_parts, is_one_valid_file_of_430_pages)
{
    cr_expect_eq(pdf_pages(parts_book), 1 + 9 + 420);
    char *cmd = xasprintf("qpdf --check '%s' >/dev/null 2>&1", parts_book);
    int status;
    free(shell_output(cmd, &status));
    cr_expect_eq(status, 0, "qpdf --check fails on the joined book");
    free(cmd);
}

Test(book_parts, the_cards_on_both_sides_of_each_join_are_numbered_of_430)
{
    const struct {
        int page;
        const char *name;
    } cards[] = {{11, "Badan Uji 001"},  {210, "Badan Uji 200"}, {211, "Badan Uji 201"},
                 {410, "Badan Uji 400"}, {411, "Badan Uji 401"}, {430, "Badan Uji 420"}};
    for (size_t i = 0; i < sizeof cards / sizeof cards[0]; i++) {
        char *text = parts_page(cards[i].page);
        char *heading = xasprintf("PUBLIK 2024\n\n%s\n", cards[i].name);
        char *number = xasprintf("Halaman %d dari 430", cards[i].page);
        EXPECT_IN(text, heading);
        EXPECT_IN(text, number);
        free(number);
        free(heading);
        free(text);
    }
}

Test(book_parts, the_contents_end_with_the_last_card_on_page_430)
{
    char *text = parts_page(10);
    EXPECT_IN(text, " Badan Uji 420 430\n");
    EXPECT_IN(text, "Halaman 10 dari 430");
    free(text);
    text = parts_page(2);
    EXPECT_IN(text, " Badan Uji 043 53\n"); /* the last entry of the first page */
    free(text);
}

Test(book_parts, bookmarks_and_labels_span_the_parts)
{
    char *cmd = xasprintf("qpdf --json --json-key=outlines '%s' | python3 -c '"
                          "import json, sys\n"
                          "for o in json.load(sys.stdin)[\"outlines\"]:\n"
                          "    print(o[\"title\"], o[\"destpageposfrom1\"], o[\"open\"], "
                          "len(o[\"kids\"]), o[\"kids\"][-1][\"destpageposfrom1\"] if o[\"kids\"] "
                          "else 0)'",
                          parts_book);
    char *top = shell_output(cmd, NULL);
    /* the last body's bookmark at page 430 */
    cr_expect_str_eq(top, "Daftar isi 2 True 0 0\n"
                          "Perangkat Daerah 11 False 420 430\n");
    free(top);
    free(cmd);
    cmd = xasprintf("qpdf --json --json-key=pagelabels '%s' | python3 -c '"
                    "import json, sys\n"
                    "for l in json.load(sys.stdin)[\"pagelabels\"]:\n"
                    "    print(l[\"index\"], l[\"label\"][\"/P\"])'",
                    parts_book);
    char *labels = shell_output(cmd, NULL);
    cr_expect_str_eq(labels, "0 u:sampul-\n1 u:isi-\n10 u:opd-\n");
    free(labels);
    free(cmd);
}
