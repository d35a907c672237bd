/*
 * The ceremony deck, presentasi-<tahun>.pdf, of the hand round
 * (tests/fixtures/hand; its arithmetic in test_hand_round.c's header).
 * Worked out on paper from scores.csv:
 *
 *   Perangkat Daerah: 1 OPD-A 94,00 Dinas Komunikasi dan Informatika;
 *     2 OPD-C 90,00 # Badan Perencanaan | Riset; 3 OPD-B 89,50 Dinas
 *     Kesehatan and 3 OPD-D 89,50 Dinas Pendidikan (shared; by name);
 *     OPD-E 5th; OPD-F no SAQ.  Informatif: OPD-A, OPD-C.
 *   Desa: 1 DESA-1 80,00 Desa Sukamaju | Timur; 2 DESA-2 79,99 @grafik
 *     desa; 3 DESA-3 40,00 - Desa Strip; 4 DESA-4.  None Informatif.
 *   Partai Politik: 1 PARPOL-1 72,50 Partai Miring \ Barat; PARPOL-2 no
 *     SAQ.  None Informatif.
 *
 * The slides: the title (1), the counts (2); Perangkat Daerah: its slide
 * (3), III Dinas Kesehatan (4), III Dinas Pendidikan (5), II (6), I (7),
 * the Informatif list of two (8); Desa: its slide (9), III (10), II (11),
 * I (12), no list; Partai Politik: its slide (13), I (14), no III or II
 * (one body scored), no list; no award by id (the default awards); the
 * closing (15).  2 + 6 + 4 + 2 + 1 = 15 slides.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "helpers.h"
#include "util.h"

#define HAND(name) FIXTURE("hand/" name)
#define DECK(name) FIXTURE("deck/" name)

static workspace w;
static char *deck;

static void setup(void)
{
    w = workspace_shared("hand-2024", HAND("event.json"), HAND("scores.csv"));
    deck = workspace_file(&w, "presentasi-2024.pdf");
}

static void teardown(void)
{
    free(deck);
    workspace_free(&w);
}

TestSuite(deck, .init = setup, .fini = teardown);

/* A text drawn on a page, with its size, as the page's content says. */
typedef struct {
    int page;
    double size;
    char text[512]; /* UTF-8 */
} run;

typedef struct {
    run *runs;
    size_t n;
} runs;

/* A PDF string's bytes (Windows-1252, with escapes) as UTF-8: the
 * characters these fixtures use. */
static void unescape(const char *s, char *out, size_t size)
{
    size_t n = 0;
    for (; *s && n + 4 < size; s++) {
        unsigned c = (unsigned char)*s;
        if (c == '\\' && s[1] >= '0' && s[1] <= '7') {
            c = 0;
            for (int k = 0; k < 3 && s[1] >= '0' && s[1] <= '7'; k++)
                c = c * 8 + (unsigned)(*++s - '0');
        } else if (c == '\\' && s[1]) {
            c = (unsigned char)*++s;
        }
        if (c == 0x85) { /* the ellipsis */
            memcpy(out + n, "\u2026", 3);
            n += 3;
        } else if (c >= 0xA0) { /* Latin-1 as it is */
            out[n++] = (char)(0xC0 | (c >> 6));
            out[n++] = (char)(0x80 | (c & 0x3F));
        } else {
            out[n++] = (char)c;
        }
    }
    out[n] = '\0';
}

/* Every text of the PDF in drawing order with the size it is set at,
 * read from its uncompressed content streams. */
static runs runs_of(const char *pdf)
{
    char *cmd = xasprintf(
        "qpdf --qdf --object-streams=disable '%s' - | awk '/^%%%% Contents for page/ {p = $5} "
        "/ Tf$/ {s = $2} /^\\(.*\\) Tj$/ {print p \"\\t\" s \"\\t\" substr($0, 2, length($0) - "
        "5)}'",
        pdf);
    char *text = shell_output(cmd, NULL);
    free(cmd);
    runs r = {0};
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        r.runs = xrealloc(r.runs, (r.n + 1) * sizeof(run));
        run *x = &r.runs[r.n++];
        char *tab1 = strchr(line, '\t'), *tab2 = tab1 ? strchr(tab1 + 1, '\t') : NULL;
        cr_assert(tab2, "%s", line);
        x->page = atoi(line);
        x->size = atof(tab1 + 1);
        unescape(tab2 + 1, x->text, sizeof x->text);
    }
    free(text);
    return r;
}

/* The texts of one page, joined by " | ", without the footer (8 points)
 * (caller frees). */
static char *page_texts(const runs *r, int page)
{
    size_t cap = 64;
    char *out = xmalloc(cap);
    out[0] = '\0';
    for (size_t i = 0; i < r->n; i++) {
        if (r->runs[i].page != page || r->runs[i].size <= 8)
            continue;
        size_t need = strlen(out) + strlen(r->runs[i].text) + 4;
        if (need > cap)
            out = xrealloc(out, cap = 2 * need);
        if (out[0])
            strcat(out, " | ");
        strcat(out, r->runs[i].text);
    }
    return out;
}

Test(deck, every_slide_is_16_by_9)
{
    /* 960 x 540 points = 16 x 60 by 9 x 60: 338,67 x 190,5 mm */
    char *cmd = xasprintf("pdfinfo -f 1 -l 99 '%s' | grep -c 'size: *960 x 540 pts'", deck);
    char *count = shell_output(cmd, NULL);
    cr_expect_eq(atoi(count), 15, "slides of 960 x 540: %s", count);
    free(count);
    free(cmd);
}

Test(deck, has_the_slides_worked_out_by_hand)
{
    cr_expect_eq(pdf_pages(deck), 15);
}

Test(deck, reveals_the_best_three_third_place_first)
{
    runs r = runs_of(deck);
    const char *want[][2] = {
        {"4", "Kategori Perangkat Daerah | Peringkat III (nilai sama) | Dinas Kesehatan | "
              "Nilai 89,50 | Menuju Informatif"},
        {"5", "Kategori Perangkat Daerah | Peringkat III (nilai sama) | Dinas Pendidikan | "
              "Nilai 89,50 | Menuju Informatif"},
        {"6", "Kategori Perangkat Daerah | Peringkat II | # Badan Perencanaan | Riset | "
              "Nilai 90,00 | Informatif"},
        {"7", "Kategori Perangkat Daerah | Peringkat I | Dinas Komunikasi dan Informatika | "
              "Nilai 94,00 | Informatif"},
        {"10", "Kategori Desa | Peringkat III | - Desa Strip | Nilai 40,00 | Kurang Informatif"},
        {"11", "Kategori Desa | Peringkat II | @grafik desa | Nilai 79,99 | Cukup Informatif"},
        {"12", "Kategori Desa | Peringkat I | Desa Sukamaju | Timur | Nilai 80,00 | "
               "Menuju Informatif"},
        {"14", "Kategori Partai Politik | Peringkat I | Partai Miring \\ Barat | Nilai 72,50 | "
               "Cukup Informatif"},
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        char *got = page_texts(&r, atoi(want[i][0]));
        cr_expect_str_eq(got, want[i][1], "slide %s", want[i][0]);
        free(got);
    }
    free(r.runs);
}

Test(deck, announces_each_category_and_lists_its_top_band)
{
    runs r = runs_of(deck);
    const char *want[][2] = {
        {"3", "Anugerah Keterbukaan Informasi Publik Kabupaten Contoh 2024 | Kategori | "
              "Perangkat Daerah | 6 badan publik, 5 dinilai"},
        {"8", "Kategori Perangkat Daerah | Kualifikasi Informatif | "
              "Dinas Komunikasi dan Informatika | 94,00 | # Badan Perencanaan | Riset | 90,00"},
        {"9", "Anugerah Keterbukaan Informasi Publik Kabupaten Contoh 2024 | Kategori | Desa | "
              "4 badan publik"},
        {"13", "Anugerah Keterbukaan Informasi Publik Kabupaten Contoh 2024 | Kategori | "
               "Partai Politik | 2 badan publik, 1 dinilai"},
        {"15", "Terima Kasih | Anugerah Keterbukaan Informasi Publik Kabupaten Contoh 2024 | "
               "Sukamaju, 10 Desember 2024 | Komisi Informasi Kabupaten Contoh"},
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        char *got = page_texts(&r, atoi(want[i][0]));
        cr_expect_str_eq(got, want[i][1], "slide %s", want[i][0]);
        free(got);
    }
    free(r.runs);
}

/* The counts of the whole round (see the header): Informatif OPD-A,
 * OPD-C = 2 of 12 = 16,67 %; Menuju OPD-B, OPD-D, DESA-1 = 3 = 25,00 %;
 * Cukup OPD-E, DESA-2, PARPOL-1 = 3 = 25,00 %; Kurang DESA-3 = 1 =
 * 8,33 %; Tidak DESA-4 = 1 = 8,33 %; no SAQ OPD-F, PARPOL-2 = 2 =
 * 16,67 %.  Each column: its count, its label (on two lines when it is
 * wider than the column), its share. */
Test(deck, counts_each_qualification_and_the_non_respondents)
{
    runs r = runs_of(deck);
    char *got = page_texts(&r, 2);
    cr_expect(strstr(got, "Kualifikasi Badan Publik | 12 badan publik dalam 3 kategori | 2 | "
                          "Informatif | 16,67 % | 3 | "),
              "%s", got);
    /* the labels may wrap: compare without the separators */
    char *flat = xstrdup(got);
    size_t n = 0;
    for (const char *p = got; *p; p++) {
        if (strncmp(p, " | ", 3) == 0) {
            flat[n++] = ' ';
            p += 2;
        } else {
            flat[n++] = *p;
        }
    }
    flat[n] = '\0';
    cr_expect(strstr(flat, "2 Informatif 16,67 % 3 Menuju Informatif 25,00 % 3 Cukup Informatif "
                           "25,00 % 1 Kurang Informatif 8,33 % 1 Tidak Informatif 8,33 % 2 "
                           "Tidak mengisi SAQ 16,67 %"),
              "%s", flat);
    free(flat);
    free(got);
    free(r.runs);
}

/* Every text on a slide that is a body's name (or a line of it) is set at
 * 32 points or larger. */
Test(deck, names_are_set_at_32_points_or_larger)
{
    runs r = runs_of(deck);
    const char *names[] = {"Dinas Komunikasi dan Informatika",
                           "Dinas Kesehatan",
                           "# Badan Perencanaan | Riset",
                           "Dinas Pendidikan",
                           "Desa Sukamaju | Timur",
                           "@grafik desa",
                           "- Desa Strip",
                           "Partai Miring \\ Barat"};
    size_t seen = 0;
    for (size_t i = 0; i < r.n; i++)
        for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
            if (strcmp(r.runs[i].text, names[k]) == 0) {
                seen++;
                cr_expect_geq(r.runs[i].size, 32, "%s on slide %d at %g points", names[k],
                              r.runs[i].page, r.runs[i].size);
            }
    /* each name once on its reveal slide, and OPD-A, OPD-C again in the
     * list: 8 + 2 */
    cr_expect_eq(seen, 10);
    free(r.runs);
}

/* A long name is wrapped to two lines, not set smaller than 32 points;
 * one too long even for two lines at 32 points ends in an ellipsis.
 * Slides: title, counts, Perangkat Daerah, III Dinas Sosial (4), II the
 * 147-character name (5), I the 80-character name (6), the Informatif list
 * of OPD-1 (95) and OPD-2 (91) (7); Desa and Partai Politik, empty (8,
 * 9); the closing (10). */
Test(deck, a_long_name_takes_two_lines_at_32_points_or_more)
{
    workspace l = workspace_new("panjang");
    build_ok(HAND("event.json"), DECK("scores-long.csv"), l.out);
    char *pdf = workspace_file(&l, "presentasi-2024.pdf");
    cr_expect_eq(pdf_pages(pdf), 10);
    runs r = runs_of(pdf);
    const char *longer = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten "
                         "Contoh Selatan";
    /* slide 6: the rank, then the name's two lines at one size */
    size_t i = 0;
    while (i < r.n && !(r.runs[i].page == 6 && strcmp(r.runs[i].text, "Peringkat I") == 0))
        i++;
    cr_assert(i + 2 < r.n);
    run *a = &r.runs[i + 1], *b = &r.runs[i + 2];
    char *joined = xasprintf("%s %s", a->text, b->text);
    cr_expect_str_eq(joined, longer);
    free(joined);
    cr_expect_geq(a->size, 32);
    cr_expect_eq(a->size, b->size);
    /* slide 5: two lines at 32 points, the second ending in an ellipsis */
    i = 0;
    while (i < r.n && !(r.runs[i].page == 5 && strcmp(r.runs[i].text, "Peringkat II") == 0))
        i++;
    cr_assert(i + 3 < r.n);
    a = &r.runs[i + 1], b = &r.runs[i + 2];
    cr_expect_eq(a->size, 32);
    cr_expect_eq(b->size, 32);
    cr_expect(strncmp(a->text, "Badan Pengelolaan Keuangan", 26) == 0, "%s", a->text);
    size_t len = strlen(b->text);
    cr_expect(len > 3 && strcmp(b->text + len - 3, "\u2026") == 0, "%s", b->text);
    cr_expect_str_eq(r.runs[i + 3].text, "Nilai 91,00", "no third line of the name");
    /* the list on slide 7: every line of a name at 32 points */
    for (size_t k = 0; k < r.n; k++)
        if (r.runs[k].page == 7
            && (strncmp(r.runs[k].text, "Dinas", 5) == 0
                || strncmp(r.runs[k].text, "Badan", 5) == 0))
            cr_expect_eq(r.runs[k].size, 32, "%s", r.runs[k].text);
    char *list = page_texts(&r, 7);
    cr_expect(strstr(list, "95,00"), "%s", list);
    cr_expect(strstr(list, "91,00"), "%s", list);
    free(list);
    free(r.runs);
    free(pdf);
    workspace_free(&l);
}

/* The outline as qpdf reports it: "title@page" of each item, children in
 * brackets after their parent, "(closed)" after a closed parent. */
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
            snprintf(buf + len, size - len, "%s [",
                     cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(item, "open")) ? " (closed)"
                                                                                   : "");
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

static char *outline_of(const char *pdf)
{
    char *cmd = xasprintf("qpdf --json --json-key=outlines '%s' 2>/dev/null", pdf);
    char *json = shell_output(cmd, NULL);
    free(cmd);
    cJSON *root = cJSON_Parse(json);
    cr_assert_not_null(root, "qpdf --json: %s", json);
    char *outline = xcalloc(1, 2048);
    outline_text(cJSON_GetObjectItemCaseSensitive(root, "outlines"), outline, 2048);
    cJSON_Delete(root);
    free(json);
    return outline;
}

Test(deck, has_a_bookmark_per_category_with_its_ranks)
{
    char *outline = outline_of(deck);
    /* the slides as in the header: a rank's bookmark at its first slide */
    cr_expect_str_eq(outline,
                     "Pembukaan@1, Kualifikasi badan publik@2, "
                     "Kategori Perangkat Daerah@3 (closed) [Peringkat III@4, Peringkat II@6, "
                     "Peringkat I@7, Kualifikasi Informatif@8], "
                     "Kategori Desa@9 (closed) [Peringkat III@10, Peringkat II@11, "
                     "Peringkat I@12], "
                     "Kategori Partai Politik@13 (closed) [Peringkat I@14], Penutup@15");
    free(outline);
}

/* deck/event.json is the hand round's with emblems and a special award
 * "Desa Bangkit" by id to DESA-4 and DESA-3: its slide comes after the
 * categories, the recipients in the round's order (DESA-3 3rd, DESA-4 4th
 * of Desa), each with its category and qualification: 15 + 1 = 16
 * slides, the closing last. */
Test(deck, lists_a_special_awards_recipients)
{
    workspace s = workspace_new("khusus");
    build_ok(DECK("event.json"), HAND("scores.csv"), s.out);
    char *pdf = workspace_file(&s, "presentasi-2024.pdf");
    cr_expect_eq(pdf_pages(pdf), 16);
    runs r = runs_of(pdf);
    char *got = page_texts(&r, 15);
    cr_expect_str_eq(got, "Penghargaan Khusus | Desa Bangkit | - Desa Strip | 40,00 | "
                          "Kategori Desa \u00b7 Kurang Informatif | # Desa Pagar | 39,99 | "
                          "Kategori Desa \u00b7 Tidak Informatif");
    free(got);
    char *outline = outline_of(pdf);
    cr_expect(strstr(outline, "Penghargaan khusus: Desa Bangkit@15, Penutup@16"), "%s", outline);
    free(outline);
    /* both emblems on the title slide and the closing one, and at the top
     * of every other slide: the same two images, embedded once */
    char *cmd = xasprintf("pdfimages -list '%s' | tail -n +3 | awk '{print $1, $11}' | sort -u "
                          "| awk '{print $1}' | uniq -c | awk '$1 == 2' | wc -l",
                          pdf);
    char *pages = shell_output(cmd, NULL);
    cr_expect_eq(atoi(pages), 16, "slides showing both emblems: %s", pages);
    free(pages);
    free(cmd);
    free(r.runs);
    free(pdf);
    workspace_free(&s);
}

Test(deck, a_rebuild_is_byte_identical)
{
    workspace again = workspace_new("lagi");
    build_ok(HAND("event.json"), HAND("scores.csv"), again.out);
    char *other = workspace_file(&again, "presentasi-2024.pdf");
    char *cmd = xasprintf("cmp '%s' '%s'", deck, other);
    int status;
    char *out = shell_output(cmd, &status);
    cr_expect_eq(status, 0, "%s", out);
    free(out);
    free(cmd);
    free(other);
    workspace_free(&again);
}
