/*
 * The decree's annex (lampiran-keputusan-<tahun>.pdf), the letterhead and
 * the images of the commission on the documents, with the hand round
 * (tests/fixtures/hand; its bodies, ranks and bands are worked out in
 * test_hand_round.c).  event-kop.json is event.json with the decree, two
 * emblems (logo-provinsi.png without alpha, logo-komisi.png with), the kop
 * lines, the signature and the seal (both with alpha).  Every expectation
 * below is written out by hand.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

#define HAND(name) FIXTURE("hand/" name)
#define ANNEX "lampiran-keputusan-2024.pdf"

static workspace kop;   /* the round with the decree, emblems, kop, signature, seal */
static workspace plain; /* the same round without any of them */

static void setup(void)
{
    kop = workspace_shared("hand-kop-2024", HAND("event-kop.json"), HAND("scores.csv"));
    plain = workspace_shared("hand-2024", HAND("event.json"), HAND("scores.csv"));
}

static void teardown(void)
{
    workspace_free(&kop);
    workspace_free(&plain);
}

TestSuite(annex, .init = setup, .fini = teardown);

static char *text_of(const workspace *w, const char *name)
{
    char *path = workspace_file(w, name);
    char *text = pdf_text(path);
    free(path);
    return text;
}

/* The text as laid out on the pages, line by line, white space squeezed:
 * a table row reads across even where a narrow last cell (the dash of a
 * missing score) would make pdftotext read it as a column of its own. */
static char *layout_text_of(const workspace *w, const char *name)
{
    char *path = workspace_file(w, name);
    char *cmd =
        xasprintf("pdftotext -enc UTF-8 -layout '%s' - 2>/dev/null | tr -s ' \\n\\f' '   '", path);
    char *text = shell_output(cmd, NULL);
    free(cmd);
    free(path);
    return text;
}

/* Each of `parts` occurs in `text`, each after the one before it. */
static void expect_in_order(const char *text, const char *const *parts, size_t n)
{
    const char *at = text;
    for (size_t i = 0; i < n; i++) {
        const char *found = strstr(at, parts[i]);
        cr_expect(found, "«%s» missing (or out of order) after «%.60s» in: %s", parts[i], at, text);
        if (!found)
            return;
        at = found + strlen(parts[i]);
    }
}

Test(annex, opens_with_the_letterhead_and_the_decrees_heading)
{
    char *text = text_of(&kop, ANNEX);
    const char *head = "KOMISI INFORMASI KABUPATEN CONTOH Jalan Merdeka Nomor 1, Sukamaju 12345 "
                       "Telepon (0123) 555 0101 Surel: info@ki-contoh.example "
                       "LAMPIRAN KEPUTUSAN KOMISI INFORMASI KABUPATEN CONTOH "
                       "NOMOR 185/01/XII/KI.CONTOH/2024 "
                       "TANGGAL 2 Desember 2024 "
                       "TENTANG HASIL MONITORING DAN EVALUASI KETERBUKAAN INFORMASI PUBLIK PADA "
                       "BADAN PUBLIK SE-KABUPATEN CONTOH TAHUN 2024 "
                       "I. Kategori Perangkat Daerah";
    cr_expect(strncmp(text, head, strlen(head)) == 0, "the annex begins: %s", text);
    free(text);
}

Test(annex, lists_every_body_in_its_group_from_the_top_band_down)
{
    char *text = layout_text_of(&kop, ANNEX);
    /* ties (Dinas Kesehatan, Dinas Pendidikan: 89,50) by name; the
     * non-respondents last, as their own group, without a score */
    const char *const parts[] = {
        "I. Kategori Perangkat Daerah",
        "Kualifikasi Informatif No Nama Badan Publik Nilai "
        "1 Dinas Komunikasi dan Informatika 94,00 2 # Badan Perencanaan | Riset 90,00",
        "Kualifikasi Menuju Informatif No Nama Badan Publik Nilai "
        "1 Dinas Kesehatan 89,50 2 Dinas Pendidikan 89,50",
        "Kualifikasi Cukup Informatif No Nama Badan Publik Nilai 1 Dinas Sosial 60,00",
        "Tidak mengisi SAQ Badan publik yang tidak mengisi Self Assessment Questionnaire (SAQ) "
        "tidak dinilai, tidak diperingkat, dan ditetapkan dengan kualifikasi Tidak Informatif. "
        "No Nama Badan Publik Nilai 1 Dinas Pertanian \u2013",
        "II. Kategori Desa",
        "Kualifikasi Menuju Informatif No Nama Badan Publik Nilai 1 Desa Sukamaju | Timur 80,00",
        "Kualifikasi Cukup Informatif No Nama Badan Publik Nilai 1 @grafik desa 79,99",
        "Kualifikasi Kurang Informatif No Nama Badan Publik Nilai 1 - Desa Strip 40,00",
        "Kualifikasi Tidak Informatif No Nama Badan Publik Nilai 1 # Desa Pagar 39,99",
        "III. Kategori Partai Politik",
        "Kualifikasi Cukup Informatif No Nama Badan Publik Nilai 1 Partai Miring \\ Barat 72,50",
        "Tidak mengisi SAQ",
        "No Nama Badan Publik Nilai 1 | Partai Garis \u2013",
        "Ditetapkan di Sukamaju pada tanggal 2 Desember 2024 "
        "Ketua Komisi Informasi Kabupaten Contoh, Rina Wati",
    };
    expect_in_order(text, parts, sizeof parts / sizeof parts[0]);
    /* no group of a band without bodies: Perangkat Daerah has none Kurang
     * Informatif, Desa none Informatif */
    const char *opd = strstr(text, "I. Kategori Perangkat Daerah");
    const char *desa = strstr(text, "II. Kategori Desa");
    const char *kurang = opd ? strstr(opd, "Kualifikasi Kurang Informatif") : NULL;
    cr_expect(desa && kurang && kurang > desa, "an empty group in Perangkat Daerah");
    const char *informatif = desa ? strstr(desa, "Kualifikasi Informatif") : NULL;
    cr_expect_null(informatif, "an empty group in Desa");
    free(text);
}

Test(annex, ends_with_the_closing_block_and_numbers_its_pages)
{
    char *text = text_of(&kop, ANNEX);
    char *end = strstr(text, "Ditetapkan di");
    cr_assert(end, "%s", text);
    cr_expect_str_eq(end, "Ditetapkan di Sukamaju pada tanggal 2 Desember 2024 Ketua Komisi "
                          "Informasi Kabupaten Contoh, Rina Wati Komisi Informasi Kabupaten "
                          "Contoh Halaman 2 dari 2");
    cr_expect(strstr(text, "Halaman 1 dari 2"), "%s", text);
    free(text);
}

Test(annex, without_a_decree_the_number_and_date_are_dotted_lines)
{
    char *text = text_of(&plain, ANNEX);
    const char *dots = "........................................";
    char *head = xasprintf("LAMPIRAN KEPUTUSAN KOMISI INFORMASI KABUPATEN CONTOH NOMOR %s "
                           "TANGGAL %s TENTANG HASIL MONITORING DAN EVALUASI KETERBUKAAN "
                           "INFORMASI PUBLIK TAHUN 2024 I. Kategori Perangkat Daerah",
                           dots, dots);
    /* no letterhead: the page opens with the running header, as the
     * ranking does */
    char *page = xasprintf("Anugerah Keterbukaan Informasi Publik Kabupaten Contoh 2024 %s", head);
    cr_expect(strncmp(text, page, strlen(page)) == 0, "%s", text);
    /* the closing block dated with the event */
    cr_expect(strstr(text, "Ditetapkan di Sukamaju pada tanggal 10 Desember 2024 Ketua Komisi "
                           "Informasi Kabupaten Contoh, Rina Wati"),
              "%s", text);
    free(page);
    free(head);
    free(text);
}

Test(annex, has_a_bookmark_per_category_at_its_page)
{
    char *path = workspace_file(&kop, ANNEX);
    char *cmd = xasprintf("qpdf --json --json-key=outlines '%s' 2>/dev/null"
                          " | grep -E '\"(title|destpageposfrom1)\"' | tr -d ' \\n'",
                          path);
    char *outline = shell_output(cmd, NULL);
    /* Desa begins at the foot of page 1, Partai Politik on page 2 */
    cr_expect_str_eq(outline, "\"destpageposfrom1\":1,\"title\":\"PerangkatDaerah\""
                              "\"destpageposfrom1\":1,\"title\":\"Desa\""
                              "\"destpageposfrom1\":2,\"title\":\"PartaiPolitik\"");
    free(outline);
    free(cmd);
    free(path);
}

/* `pdfimages -list` of a document: its rows, and how many distinct image
 * objects they show. */
typedef struct {
    int rows, objects, smasks, uncompressed;
} image_list;

static image_list images_of(const workspace *w, const char *name)
{
    char *path = workspace_file(w, name);
    char *cmd = xasprintf("pdfimages -list '%s' | tail -n +3", path);
    char *list = shell_output(cmd, NULL);
    image_list l = {0};
    int seen[64], n_seen = 0;
    for (char *save = NULL, *line = strtok_r(list, "\n", &save); line;
         line = strtok_r(NULL, "\n", &save)) {
        int page, num, width, height, comp, bpc, object, generation;
        char type[16], color[16], enc[16], interp[8], ratio[16];
        if (sscanf(line, "%d %d %15s %d %d %15s %d %d %15s %7s %d %d %*s %*s %*s %15s", &page, &num,
                   type, &width, &height, color, &comp, &bpc, enc, interp, &object, &generation,
                   ratio)
            != 13)
            continue;
        l.rows++;
        if (strcmp(type, "smask") == 0)
            l.smasks++;
        /* a stream stored as is is as large as its pixels */
        if (atof(ratio) >= 100)
            l.uncompressed++;
        bool known = false;
        for (int i = 0; i < n_seen; i++)
            known = known || seen[i] == object;
        if (!known && n_seen < 64)
            seen[n_seen++] = object;
    }
    l.objects = n_seen;
    free(list);
    free(cmd);
    free(path);
    return l;
}

Test(annex, images_are_embedded_once_compressed_and_without_soft_masks)
{
    /* the annex: two emblems on page 1, the signature and the seal at the
     * end */
    image_list l = images_of(&kop, ANNEX);
    cr_expect_eq(l.rows, 4);
    cr_expect_eq(l.objects, 4);
    cr_expect_eq(l.smasks, 0);
    cr_expect_eq(l.uncompressed, 0);
    /* the ranking: the letterhead's two emblems */
    l = images_of(&kop, "peringkat-2024.pdf");
    cr_expect_eq(l.rows, 2);
    cr_expect_eq(l.smasks, 0);
    /* the press release the same */
    l = images_of(&kop, "siaran-pers-2024.pdf");
    cr_expect_eq(l.rows, 2);
    cr_expect_eq(l.smasks, 0);
    /* a certificate: two emblems, signature and seal */
    l = images_of(&kop, "piagam/terbaik/OPD-A.pdf");
    cr_expect_eq(l.rows, 4);
    cr_expect_eq(l.objects, 4);
    cr_expect_eq(l.smasks, 0);
    /* the print file: the ten certificates of the round show the same four
     * images, each embedded once */
    l = images_of(&kop, "piagam-2024.pdf");
    cr_expect_eq(l.rows, 40);
    cr_expect_eq(l.objects, 4);
    cr_expect_eq(l.smasks, 0);
    /* a scorecard: the emblems in its running header */
    l = images_of(&kop, "kartu-nilai/opd/OPD-A.pdf");
    cr_expect_eq(l.rows, 2);
    cr_expect_eq(l.smasks, 0);
    /* the book: its cover shows the two emblems full size (two objects
     * of their own), then the table of contents (one page for 12 bodies)
     * and the 12 cards carry the same two small marks in their header:
     * 2 + 2 * (1 + 12) = 28 images shown, 2 + 2 = 4 objects */
    l = images_of(&kop, "kartu-nilai-2024.pdf");
    cr_expect_eq(l.rows, 28);
    cr_expect_eq(l.objects, 4);
    /* and without emblems, documents carry no image at all */
    const char *names[] = {ANNEX, "peringkat-2024.pdf", "siaran-pers-2024.pdf",
                           "piagam/terbaik/OPD-A.pdf", "kartu-nilai/opd/OPD-A.pdf"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        cr_expect_eq(images_of(&plain, names[i]).rows, 0, "%s", names[i]);
}

Test(annex, one_picture_named_twice_is_one_image_object)
{
    /* event-kop.json with logo-komisi.png as both emblems: the ranking's
     * letterhead shows it twice, one object (two before) */
    workspace w = workspace_new("hasil");
    char *cmd = xasprintf("cp %s/* '%s'/", FIXTURE("hand"), w.dir);
    cr_assert_eq(system(cmd), 0);
    free(cmd);
    char *json = slurp(HAND("event-kop.json"), NULL);
    cr_assert_not_null(json);
    const char *both = "\"logo\": [\"logo-provinsi.png\", \"logo-komisi.png\"]";
    char *at = strstr(json, both);
    cr_assert_not_null(at);
    char *text = xasprintf("%.*s\"logo\": [\"logo-komisi.png\", \"logo-komisi.png\"]%s",
                           (int)(at - json), json, at + strlen(both));
    char *event = write_file(w.dir, "event-kop.json", text);
    char *scores = xasprintf("%s/scores.csv", w.dir);
    const char *args[] = {"build", "--event", event, "--scores", scores, "--out", w.out, NULL};
    run_result r = run_anugerah(args);
    cr_assert_eq(r.status, 0, "%s", r.err);
    image_list l = images_of(&w, "peringkat-2024.pdf");
    cr_expect_eq(l.rows, 2);
    cr_expect_eq(l.objects, 1);
    run_result_free(&r);
    free(scores);
    free(event);
    free(text);
    free(json);
    workspace_free(&w);
}

Test(annex, the_scorecard_marks_are_small_palette_images)
{
    /* the marks in a card's running header are the emblems shrunk to 48
     * pixels a side (logo-provinsi.png 96 x 112 → 41 x 48, logo-komisi.png
     * 100 x 100 → 48 x 48) and posterized: few enough colours for a
     * palette ("index" in pdfimages' colour column) */
    char *path = workspace_file(&kop, "kartu-nilai/opd/OPD-A.pdf");
    char *cmd = xasprintf("pdfimages -list '%s' | tail -n +3 | awk '{print $4, $5, $6}'", path);
    char *list = shell_output(cmd, NULL);
    cr_expect_str_eq(list, "48 48 index\n41 48 index\n");
    free(list);
    free(cmd);
    free(path);
}

Test(annex, the_emblem_with_alpha_is_embedded_on_white)
{
    /* logo-komisi.png is transparent outside its disc: its corner pixel
     * comes out white (the second image of page 1) */
    char *path = workspace_file(&kop, ANNEX);
    char *dir = temp_dir();
    char *cmd = xasprintf("pdfimages -f 1 -l 1 -j '%s' '%s/img' && od -An -tu1 -j15 -N3 "
                          "'%s/img-001.ppm' | tr -s ' '",
                          path, dir, dir);
    int status;
    char *pixel = shell_output(cmd, &status);
    cr_expect_eq(status, 0);
    /* "P6\n100 100\n255\n" is 15 bytes */
    cr_expect_str_eq(pixel, " 255 255 255\n");
    free(pixel);
    free(cmd);
    remove_tree(dir);
    free(dir);
    free(path);
}

Test(annex, the_ranking_and_the_release_open_with_the_letterhead)
{
    const char *kop_lines = "KOMISI INFORMASI KABUPATEN CONTOH Jalan Merdeka Nomor 1, Sukamaju "
                            "12345 Telepon (0123) 555 0101 Surel: info@ki-contoh.example ";
    char *ranking = text_of(&kop, "peringkat-2024.pdf");
    char *expected = xasprintf("%sPERINGKAT BADAN PUBLIK", kop_lines);
    cr_expect(strncmp(ranking, expected, strlen(expected)) == 0, "%s", ranking);
    free(expected);
    char *release = text_of(&kop, "siaran-pers-2024.pdf");
    expected = xasprintf("%sSIARAN PERS", kop_lines);
    cr_expect(strncmp(release, expected, strlen(expected)) == 0, "%s", release);
    free(expected);
    /* only page 1: page 2 opens with the running header */
    cr_expect_eq(strstr(ranking + 1, "KOMISI INFORMASI KABUPATEN CONTOH Jalan"), NULL);
    free(release);
    free(ranking);
}

Test(annex, a_group_heading_is_never_left_at_the_foot_of_a_page)
{
    /* Banten 2021: six pages of annex; before each page's footer comes a
     * table row, or the closing block, never a heading or a table header */
    workspace w = workspace_shared("banten-2021", SAMPLE("event.json"), SAMPLE("scores.csv"));
    char *path = workspace_file(&w, "lampiran-keputusan-2021.pdf");
    int pages = pdf_pages(path);
    cr_expect_eq(pages, 6);
    for (int p = 1; p <= pages; p++) {
        /* the last line above the footer */
        char *cmd = xasprintf("pdftotext -layout -f %d -l %d '%s' - | tr -d '\\f' | grep -v '^ *$'"
                              " | grep -v 'Halaman %d dari' | tail -n 1",
                              p, p, path, p);
        char *last = shell_output(cmd, NULL);
        cr_expect(strlen(last) > 1, "page %d: no text above the footer", p);
        cr_expect_null(strstr(last, "Kualifikasi"), "page %d ends with: %s", p, last);
        cr_expect_null(strstr(last, "Kategori"), "page %d ends with: %s", p, last);
        cr_expect_null(strstr(last, "Tidak mengisi SAQ"), "page %d ends with: %s", p, last);
        cr_expect_null(strstr(last, "Nama Badan Publik"), "page %d ends with: %s", p, last);
        free(last);
        free(cmd);
    }
    free(path);
    workspace_free(&w);
}

Test(annex, the_closing_block_never_stands_alone_on_the_last_page)
{
    /* Banten 2021: the closing block does not fit below the last table on
     * page 5 (3 lines of Tidak Informatif end there), so the last group —
     * the two parties that did not return the SAQ (Hanura, PSI), with its
     * heading — goes to page 6 with it: the signature is never alone */
    workspace w = workspace_shared("banten-2021", SAMPLE("event.json"), SAMPLE("scores.csv"));
    char *path = workspace_file(&w, "lampiran-keputusan-2021.pdf");
    cr_assert_eq(pdf_pages(path), 6);
    char *cmd = xasprintf("pdftotext -f 6 -l 6 '%s' -", path);
    char *last = shell_output(cmd, NULL);
    cr_expect_not_null(strstr(last, "Tidak mengisi SAQ"), "page 6: %s", last);
    cr_expect_not_null(strstr(last, "Partai Hati Nurani Rakyat"), "page 6: %s", last);
    cr_expect_not_null(strstr(last, "Partai Solidaritas Indonesia"), "page 6: %s", last);
    cr_expect_not_null(strstr(last, "Ditetapkan di Serang"), "page 6: %s", last);
    free(last);
    free(cmd);
    free(path);
    workspace_free(&w);
}

Test(annex, a_round_with_images_builds_byte_identical)
{
    workspace again = workspace_new("lagi");
    build_ok(HAND("event-kop.json"), HAND("scores.csv"), again.out);
    char *cmd =
        xasprintf("diff -r '%s' '%s' && find '%s' -type f | wc -l", kop.out, again.out, again.out);
    int status;
    char *report = shell_output(cmd, &status);
    cr_expect_eq(status, 0, "%s", report);
    /* 3 ranking files, 12 cards, the book, the release, the annex, the
     * deck, 10 certificates, their print file and register, the manifest,
     * and the workbook and metadata.json (2, byte-identical too); a fact
     * sheet for each of the 3 categories (opd, desa, parpol); the site:
     * index, stylesheet, script, verification page and 12 body pages; the
     * copies of the inputs (masukan/): the event, the scores, 2 emblems,
     * the signature and the seal */
    cr_expect_eq(atoi(report), 3 + 12 + 1 + 1 + 1 + 1 + 10 + 2 + 1 + 2 + 3 + 4 + 12 + 6,
                 "files compared: %s", report);
    free(report);
    free(cmd);
    workspace_free(&again);
}
