/*
 * A round small enough to work out by hand (tests/fixtures/hand): 12
 * bodies in 3 categories, with a shared third place, a non-respondent in
 * two categories, scores on every band's edge, a body that moved up and one
 * that moved down, and names holding every character of the release's
 * markup.  Every expectation below was worked out on paper from
 * scores.csv; none is computed by the program.
 *
 * Perangkat Daerah (stages: SAQ 80 %, visitasi 20 %):
 *   OPD-A 95 / 90      -> 76 + 18        = 94,00  Informatif         1
 *   OPD-C 90 / 90      -> 72 + 18        = 90,00  Informatif         2
 *   OPD-B 90 / 87,5    -> 72 + 17,5      = 89,50  Menuju Informatif  3
 *   OPD-D 89,5 / 89,475 -> 71,6 + 17,895 = 89,495 -> 89,50 (half up)  3
 *   OPD-E 60 / 60      -> 60,00  Cukup Informatif (edge)  5 (4 skipped)
 *   OPD-F did not return the SAQ: Tidak Informatif, no rank
 *   averages of the five scored: SAQ 424,5/5 = 84,90, best 95;
 *   visitasi 416,975/5 = 83,395 -> 83,40, best 90; final 423/5 = 84,60
 * Desa (final scores given): 80 Menuju (edge), 79,99 Cukup, 40 Kurang
 *   (edge), 39,99 Tidak Informatif; average 239,98/4 = 59,995 -> 60,00
 * Partai Politik: 72,50 Cukup, and one that did not return the SAQ.
 * Last year: OPD-A 85 (Menuju) -> up 9,00; OPD-B 91 (Informatif) -> down
 *   1,50; OPD-E 60 -> 60 same; OPD-F 73,33 but no SAQ this year: not
 *   compared; DESA-1 70 (Cukup) -> up 10,00.  Compared 4: up 2, down 1,
 *   same 1; average last year OPD (85+91+60)/3 = 78,67, Desa 70,00.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

#define HAND(name) FIXTURE("hand/" name)

static workspace w;
static char *release;

static char *text_of(const char *name)
{
    char *path = workspace_file(&w, name);
    char *text = pdf_text(path);
    free(path);
    return text;
}

static void setup(void)
{
    w = workspace_shared("hand-2024", HAND("event.json"), HAND("scores.csv"));
    release = text_of("siaran-pers-2024.pdf");
}

static void teardown(void)
{
    free(release);
    workspace_free(&w);
}

TestSuite(hand, .init = setup, .fini = teardown);

#define EXPECT_IN(text, needle)                                                                    \
    cr_expect(strstr((text), (needle)), "«%s» missing in: %s", (needle), (text))

/* The CSV for websites, every column.  After the ranking's six: no
 * wilayah in this round; the stage scores as displayed (OPD-D's visitasi
 * 89,475 -> 89.48 half up; none for Desa and Partai Politik, whose final
 * scores were given); the status in words; last year's score and
 * qualification (OPD-F has one though it did not return the SAQ this
 * year, so no change); the change; the colour of the default bands
 * (event.c's palette times 255, rounded: 0.09, 0.49, 0.22 -> #177D38,
 * 0.36, 0.58, 0.10 -> #5C941A, 0.80, 0.53, 0 -> #CC8700, 0.85, 0.33,
 * 0.10 -> #D9541A, 0.74, 0.11, 0.11 -> #BD1C1C); the certificate numbers
 * as in a_certificate_for_each_award_and_none_other below. */
Test(hand, ranks_scores_and_qualifications)
{
    char *path = workspace_file(&w, "peringkat-2024.csv");
    char *csv = slurp(path, NULL);
    cr_expect_str_eq(
        csv,
        "kategori,peringkat,id,nama,nilai,kualifikasi,wilayah,tahapan_saq,tahapan_visitasi,"
        "status,nilai_sebelumnya,kualifikasi_sebelumnya,perubahan,warna,nomor_piagam\n"
        "opd,1,OPD-A,Dinas Komunikasi dan Informatika,94.00,Informatif,,95.00,90.00,dinilai,"
        "85.00,Menuju Informatif,9.00,#177D38,1; 3\n"
        "opd,2,OPD-C,# Badan Perencanaan | Riset,90.00,Informatif,,90.00,90.00,dinilai,,,,"
        "#177D38,2; 4\n"
        "opd,3,OPD-B,Dinas Kesehatan,89.50,Menuju Informatif,,90.00,87.50,dinilai,91.00,"
        "Informatif,-1.50,#5C941A,5\n"
        "opd,3,OPD-D,Dinas Pendidikan,89.50,Menuju Informatif,,89.50,89.48,dinilai,,,,#5C941A,6\n"
        "opd,5,OPD-E,Dinas Sosial,60.00,Cukup Informatif,,60.00,60.00,dinilai,60.00,"
        "Cukup Informatif,0.00,#CC8700,\n"
        "opd,,OPD-F,Dinas Pertanian,,Tidak Informatif,,,,tidak mengisi SAQ,73.33,"
        "Cukup Informatif,,#BD1C1C,\n"
        "desa,1,DESA-1,Desa Sukamaju | Timur,80.00,Menuju Informatif,,,,dinilai,70.00,"
        "Cukup Informatif,10.00,#5C941A,7\n"
        "desa,2,DESA-2,@grafik desa,79.99,Cukup Informatif,,,,dinilai,,,,#CC8700,8\n"
        "desa,3,DESA-3,- Desa Strip,40.00,Kurang Informatif,,,,dinilai,,,,#D9541A,9\n"
        "desa,4,DESA-4,# Desa Pagar,39.99,Tidak Informatif,,,,dinilai,,,,#BD1C1C,\n"
        "parpol,1,PARPOL-1,Partai Miring \\ Barat,72.50,Cukup Informatif,,,,dinilai,,,,"
        "#CC8700,10\n"
        "parpol,,PARPOL-2,| Partai Garis,,Tidak Informatif,,,,tidak mengisi SAQ,,,,#BD1C1C,\n");
    free(csv);
    free(path);
}

Test(hand, a_certificate_for_each_award_and_none_other)
{
    /* Informatif (scored, 90 or more): A, C.  Terbaik (ranks 1 to 3): A, C,
     * B and D (a shared third), DESA-1..3, PARPOL-1.  Ten in all, numbered
     * in award, category, rank, name order. */
    char *path = workspace_file(&w, "piagam-2024.csv");
    char *csv = slurp(path, NULL);
    cr_expect_str_eq(
        csv, "\xEF\xBB\xBFnomor;penghargaan;kategori;id;nama;nilai\r\n"
             "1;Informatif;Perangkat Daerah;OPD-A;Dinas Komunikasi dan Informatika;94,00\r\n"
             "2;Informatif;Perangkat Daerah;OPD-C;# Badan Perencanaan | Riset;90,00\r\n"
             "3;Terbaik;Perangkat Daerah;OPD-A;Dinas Komunikasi dan Informatika;94,00\r\n"
             "4;Terbaik;Perangkat Daerah;OPD-C;# Badan Perencanaan | Riset;90,00\r\n"
             "5;Terbaik;Perangkat Daerah;OPD-B;Dinas Kesehatan;89,50\r\n"
             "6;Terbaik;Perangkat Daerah;OPD-D;Dinas Pendidikan;89,50\r\n"
             "7;Terbaik;Desa;DESA-1;Desa Sukamaju | Timur;80,00\r\n"
             "8;Terbaik;Desa;DESA-2;@grafik desa;79,99\r\n"
             "9;Terbaik;Desa;DESA-3;- Desa Strip;40,00\r\n"
             "10;Terbaik;Partai Politik;PARPOL-1;Partai Miring \\ Barat;72,50\r\n");
    free(csv);
    free(path);
    char *dir = workspace_file(&w, "piagam/informatif");
    cr_expect_eq(dir_entries(dir), 2);
    free(dir);
    dir = workspace_file(&w, "piagam/terbaik");
    cr_expect_eq(dir_entries(dir), 8);
    free(dir);
    char *print = workspace_file(&w, "piagam-2024.pdf");
    cr_expect_eq(pdf_pages(print), 10, "the print file: every certificate");
    free(print);
    char *band = text_of("piagam/informatif/OPD-C.pdf");
    EXPECT_IN(band, "diberikan kepada # Badan Perencanaan | Riset sebagai Badan Publik dengan "
                    "kualifikasi Informatif (nilai 90,00) Kategori Perangkat Daerah");
    free(band);
    char *third = text_of("piagam/terbaik/OPD-D.pdf");
    EXPECT_IN(third, "sebagai Terbaik III Kategori Perangkat Daerah dengan kualifikasi "
                     "Menuju Informatif (nilai 89,50)");
    EXPECT_IN(third,
              "Sukamaju, 10 Desember 2024 Ketua Komisi Informasi Kabupaten Contoh Rina Wati");
    free(third);
}

Test(hand, every_scorecard_gives_score_qualification_and_rank_of_all_in_its_category)
{
    const char *cards[][2] = {
        {"opd/OPD-A", "94,00 Informatif 1 dari 6"},
        {"opd/OPD-C", "90,00 Informatif 2 dari 6"},
        {"opd/OPD-B", "89,50 Menuju Informatif 3 dari 6"},
        {"opd/OPD-D", "89,50 Menuju Informatif 3 dari 6"},
        {"opd/OPD-E", "60,00 Cukup Informatif 5 dari 6"},
        {"opd/OPD-F", "\u2013 Tidak Informatif tidak diperingkat"},
        {"desa/DESA-1", "80,00 Menuju Informatif 1 dari 4"},
        {"desa/DESA-2", "79,99 Cukup Informatif 2 dari 4"},
        {"desa/DESA-3", "40,00 Kurang Informatif 3 dari 4"},
        {"desa/DESA-4", "39,99 Tidak Informatif 4 dari 4"},
        {"parpol/PARPOL-1", "72,50 Cukup Informatif 1 dari 2"},
        {"parpol/PARPOL-2", "\u2013 Tidak Informatif tidak diperingkat"},
    };
    for (size_t i = 0; i < 12; i++) {
        char *name = xasprintf("kartu-nilai/%s.pdf", cards[i][0]);
        char *text = text_of(name);
        EXPECT_IN(text, cards[i][1]);
        free(text);
        free(name);
    }
}

Test(hand, scorecards_give_rank_of_all_bodies_stage_scores_and_marks)
{
    char *b = text_of("kartu-nilai/opd/OPD-B.pdf");
    EXPECT_IN(b, "Dinas Kesehatan Kategori: Perangkat Daerah");
    EXPECT_IN(b, "89,50 Menuju Informatif 3 dari 6");
    EXPECT_IN(b, "Nilai akhir kategori Perangkat Daerah: rata-rata 84,60, tertinggi 94,00");
    EXPECT_IN(b, "Self Assessment Questionnaire 90,00 bobot 80 % \u00b7 rata-rata 84,90 \u00b7 "
                 "terbaik 95,00");
    EXPECT_IN(b, "Visitasi 87,50 bobot 20 % \u00b7 rata-rata 83,40 \u00b7 terbaik 90,00");
    EXPECT_IN(b, "Dibandingkan tahun 2023 Tahun 2023: 91,00 (Informatif) Tahun 2024: 89,50 "
                 "(Menuju Informatif) turun 1,50");
    free(b);
    char *d = text_of("kartu-nilai/opd/OPD-D.pdf");
    EXPECT_IN(d, "89,50 Menuju Informatif 3 dari 6");
    EXPECT_IN(d, "Visitasi 89,48"); /* 89,475 half up */
    free(d);
    char *f = text_of("kartu-nilai/opd/OPD-F.pdf");
    EXPECT_IN(f, "Tidak Informatif");
    EXPECT_IN(f, "tidak diperingkat");
    EXPECT_IN(f, "Tahun 2023: 73,33 (Cukup Informatif) Tahun 2024: tidak mengisi SAQ");
    free(f);
    char *pagar = text_of("kartu-nilai/desa/DESA-4.pdf");
    EXPECT_IN(pagar, "# Desa Pagar Kategori: Desa");
    EXPECT_IN(pagar, "39,99 Tidak Informatif 4 dari 4");
    free(pagar);
}

Test(hand, release_counts_and_sentences)
{
    EXPECT_IN(release, "dilakukan terhadap 12 badan publik, yang terdiri atas enam Perangkat "
                       "Daerah, empat Desa, dan dua Partai Politik. Sebanyak 10 badan publik "
                       "mengembalikan");
    EXPECT_IN(release, "dan dinilai; dua di antaranya meraih kualifikasi Informatif. Sebanyak dua "
                       "badan publik tidak mengembalikan SAQ");
    EXPECT_IN(release, "Informatif 2 16,67 % Menuju Informatif 3 25,00 % Cukup Informatif 3 "
                       "25,00 % Kurang Informatif 1 8,33 % Tidak Informatif 3 25,00 %");
    EXPECT_IN(release, "Dibandingkan tahun 2023, dari empat badan publik yang dinilai pada kedua "
                       "tahun, dua yang naik kualifikasi, satu yang turun, dan satu yang tetap.");
    EXPECT_IN(release, "Pada kategori Perangkat Daerah, enam badan publik dimonitor dan lima di "
                       "antaranya dinilai, dengan nilai rata-rata 84,60 dan nilai tertinggi 94,00. "
                       "Nilai rata-rata badan publik yang juga dinilai tahun 2023 ketika itu "
                       "78,67; satu yang naik kualifikasi, satu yang turun, dan satu yang tetap.");
    /* the legend of the category's chart, entry by entry (two rows) */
    const char *legend[] = {"Informatif 2 (33,33 %)", "Menuju Informatif 2 (33,33 %)",
                            "Cukup Informatif 1 (16,67 %)", "Kurang Informatif 0 (0,00 %)",
                            "Tidak Informatif 1 (16,67 %)"};
    for (size_t i = 0; i < 5; i++)
        EXPECT_IN(release, legend[i]);
    EXPECT_IN(release, "Pada kategori Desa, empat badan publik dimonitor dan empat di antaranya "
                       "dinilai, dengan nilai rata-rata 60,00 dan nilai tertinggi 80,00. Nilai "
                       "rata-rata badan publik yang juga dinilai tahun 2023 ketika itu 70,00; satu "
                       "yang naik kualifikasi, tidak ada yang turun, dan tidak ada yang tetap.");
    EXPECT_IN(release,
              "Pada kategori Partai Politik, dua badan publik dimonitor dan satu di "
              "antaranya dinilai, dengan nilai rata-rata 72,50 dan nilai tertinggi 72,50.");
    cr_expect_null(strstr(release, " 0 badan publik"), "no zero in figures in running text");
}

Test(hand, release_lists_a_shared_third_place_and_non_respondents_without_a_score)
{
    /* each bullet whole (the order pdftotext reads bullets in may vary) */
    const char *three[] = {"Peringkat I: Dinas Komunikasi dan Informatika (94,00)",
                           "Peringkat II: # Badan Perencanaan | Riset (90,00)",
                           "Peringkat III: Dinas Kesehatan (89,50)",
                           "Peringkat III: Dinas Pendidikan (89,50)"};
    for (size_t i = 0; i < 4; i++)
        EXPECT_IN(release, three[i]);
    /* only the bodies whose qualification moved, one line per change, the
     * rises first: OPD-A up (85,00 Menuju Informatif -> 94,00 Informatif),
     * OPD-B down (91,00 Informatif -> 89,50 Menuju Informatif), DESA-1 up
     * (70,00 Cukup -> 80,00 Menuju Informatif); OPD-E (Dinas Sosial)
     * stayed, OPD-F did not return the SAQ */
    EXPECT_IN(release, "Berubah kualifikasi dibandingkan tahun 2023 \u2022 Naik dari Menuju "
                       "Informatif ke Informatif: Dinas Komunikasi dan Informatika. \u2022 Turun "
                       "dari Informatif ke Menuju Informatif: Dinas Kesehatan.");
    EXPECT_IN(release, "Berubah kualifikasi dibandingkan tahun 2023 \u2022 Naik dari Cukup "
                       "Informatif ke Menuju Informatif: Desa Sukamaju | Timur. 3. Partai Politik");
    cr_expect_null(strstr(release, "Dinas Sosial"), "a body that stayed is not compared");
    cr_expect_null(strstr(release, "Dinas Pertanian 73,33"));
    EXPECT_IN(release, "Tidak mengembalikan SAQ Dinas Pertanian.");
    EXPECT_IN(release, "SIARAN PERS Untuk segera disiarkan Komisi Informasi Kabupaten Contoh");
    /* no contact in the event: the organiser */
    EXPECT_IN(release, "Narahubung Komisi Informasi Kabupaten Contoh Sukamaju");
    cr_expect_null(strstr(release, "0,00 tidak mengisi SAQ"), "a non-respondent has no score");
}

Test(hand, names_holding_markup_print_as_written_wherever_they_appear)
{
    /* in the standard template: bullets and the movers' lines */
    EXPECT_IN(release, "Peringkat I: Desa Sukamaju | Timur (80,00)");
    EXPECT_IN(release, "Peringkat II: @grafik desa (79,99)");
    EXPECT_IN(release, "Peringkat III: - Desa Strip (40,00)");
    EXPECT_IN(release, "Naik dari Cukup Informatif ke Menuju Informatif: Desa Sukamaju | Timur.");
    EXPECT_IN(release, "Peringkat I: Partai Miring \\ Barat (72,50)");
    EXPECT_IN(release, "Tidak mengembalikan SAQ | Partai Garis.");

    /* in a template that starts lines and table cells with the names */
    workspace t = workspace_new("nama");
    const char *args[] = {"build",
                          "--event",
                          HAND("event.json"),
                          "--scores",
                          HAND("scores.csv"),
                          "--template",
                          HAND("names.txt"),
                          "--out",
                          t.out,
                          "--quiet",
                          NULL};
    run_result r = run_anugerah(args);
    cr_assert_eq(r.status, 0, "%s", r.err);
    char *path = workspace_file(&t, "siaran-pers-2024.pdf");
    char *cmd = xasprintf("pdftotext -layout '%s' -", path);
    int st;
    char *layout = shell_output(cmd, &st);
    /* each name alone on its line: not a heading, bullet, chart or table */
    const char *lines[] = {"\nDinas Komunikasi dan Informatika\n",
                           "\n# Badan Perencanaan | Riset\n",
                           "\nDinas Pertanian\n",
                           "\nDesa Sukamaju | Timur\n",
                           "\n@grafik desa\n",
                           "\n- Desa Strip\n",
                           "\nPartai Miring \\ Barat\n",
                           "\n| Partai Garis\n"};
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++)
        cr_expect(strstr(layout, lines[i]), "line «%s» missing:\n%s", lines[i] + 1, layout);
    /* the non-respondent's row: its name in the first cell, the dash in
     * the second */
    const char *garis = strstr(layout, " | Partai Garis ");
    cr_assert_not_null(garis, "%s", layout);
    const char *dash = strstr(garis, "\u2013"), *end = strchr(garis, '\n');
    cr_expect(dash && end && dash < end, "%s", layout);
    free(layout);
    /* in table cells: one name, one score per row */
    char *text = pdf_text(path);
    EXPECT_IN(text, "Nama Nilai Dinas Komunikasi dan Informatika 94,00 # Badan Perencanaan | "
                    "Riset 90,00 Dinas Kesehatan 89,50 Dinas Pendidikan 89,50 Dinas Pertanian "
                    "\u2013");
    EXPECT_IN(text, "Nama Nilai Desa Sukamaju | Timur 80,00 @grafik desa 79,99 - Desa Strip 40,00");
    EXPECT_IN(text, "Nama Nilai Partai Miring \\ Barat 72,50 | Partai Garis");
    free(text);
    free(cmd);
    free(path);
    run_result_free(&r);
    workspace_free(&t);
}

Test(hand, last_year_is_the_archives_own_year)
{
    /* 2022, not 2023: rounds skip years */
    workspace a = workspace_new("2022");
    build_ok(HAND("event-2022.json"), HAND("scores-2022.csv"), a.out);
    char *out = xasprintf("%s/2024", a.dir);
    const char *args[] = {
        "build", "--event", HAND("event.json"), "--scores", HAND("scores.csv"), "--previous", a.out,
        "--out", out,       "--quiet",          NULL};
    run_result r = run_anugerah(args);
    cr_assert_eq(r.status, 0, "%s", r.err);
    char *card_path = xasprintf("%s/kartu-nilai/opd/OPD-B.pdf", out);
    char *card = pdf_text(card_path);
    EXPECT_IN(card, "Dibandingkan tahun 2022 Tahun 2022: 91,00 (Informatif) Tahun 2024: 89,50");
    cr_expect_null(strstr(card, "2023"));
    char *press_path = xasprintf("%s/siaran-pers-2024.pdf", out);
    char *press = pdf_text(press_path);
    EXPECT_IN(press, "Dibandingkan tahun 2022, dari empat badan publik");
    EXPECT_IN(press, "Berubah kualifikasi dibandingkan tahun 2022 \u2022 ");
    cr_expect_null(strstr(press, "2023"));
    free(press);
    free(press_path);
    free(card);
    free(card_path);
    run_result_free(&r);

    /* an archive of this year or a later one is refused */
    const char *same[] = {"build",
                          "--event",
                          HAND("event.json"),
                          "--scores",
                          HAND("scores.csv"),
                          "--previous",
                          w.out,
                          "--out",
                          out,
                          "--force",
                          "--quiet",
                          NULL};
    r = run_anugerah(same);
    cr_expect_eq(r.status, 2);
    EXPECT_IN(r.err, "arsip --previous adalah hasil tahun 2024, tidak lebih awal dari tahun 2024 "
                     "putaran ini");
    run_result_free(&r);
    char *later_out = xasprintf("%s/lagi", a.dir);
    const char *later[] = {"build",
                           "--event",
                           HAND("event-2022.json"),
                           "--scores",
                           HAND("scores-2022.csv"),
                           "--previous",
                           w.out,
                           "--out",
                           later_out,
                           "--quiet",
                           NULL};
    r = run_anugerah(later);
    cr_expect_eq(r.status, 2);
    EXPECT_IN(r.err, "arsip --previous adalah hasil tahun 2024, tidak lebih awal dari tahun 2022");
    cr_expect_not(path_exists(later_out), "nothing written");
    run_result_free(&r);
    free(later_out);
    free(out);
    workspace_free(&a);
}

/* A body that did not return the SAQ has no rank: "–" in the template's
 * data, as its score, never "0". */
Test(hand, a_non_respondent_has_no_rank_in_the_release_data)
{
    workspace t = workspace_new("peringkat");
    char *tpl = write_file(t.dir, "tidak-mengisi.txt",
                           "{{#kategori}}\n{{#tidak_mengisi}}\n"
                           "{{id}}: {{peringkat}} {{peringkat_romawi}} {{nilai}}\n"
                           "{{/tidak_mengisi}}\n{{/kategori}}\n");
    const char *args[] = {
        "build", "--event", HAND("event.json"), "--scores", HAND("scores.csv"), "--template", tpl,
        "--out", t.out,     "--quiet",          NULL};
    run_result r = run_anugerah(args);
    cr_assert_eq(r.status, 0, "%s", r.err);
    char *path = workspace_file(&t, "siaran-pers-2024.pdf");
    char *text = pdf_text(path);
    EXPECT_IN(text, "OPD-F: \u2013 \u2013 \u2013");
    EXPECT_IN(text, "PARPOL-2: \u2013 \u2013 \u2013");
    free(text);
    free(path);
    free(tpl);
    run_result_free(&r);
    workspace_free(&t);
}
