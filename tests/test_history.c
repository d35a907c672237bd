/*
 * History across years (riwayat): three archived rounds of the hand round
 * chained 2022 -> 2024 -> 2025 (tests/fixtures/hand: scores-2022.csv,
 * scores.csv, scores-2025.csv), the commission's notes on the cards.
 * Every expectation was worked out on paper from those files; the bands
 * are the national ones (Informatif from 90, Menuju from 80, Cukup from
 * 60, Kurang from 40).
 *
 *          2022            2024                 2025
 *   OPD-A  85    Menuju    94,00 Informatif     93    Informatif
 *   OPD-B  91    Inform.   89,50 Menuju         90,50 Informatif
 *   OPD-C  -               90,00 Informatif     92    Informatif
 *   OPD-D  -               89,50 Menuju         91    Informatif
 *   OPD-E  60    Cukup     60,00 Cukup          60    Cukup
 *   OPD-F  73,33 Cukup     no SAQ (Tidak Inf.)  95    Informatif
 *   OPD-G  -               -                    96    Informatif
 *   DESA-1 70    Cukup     80,00 Menuju         no SAQ (Tidak Informatif)
 *
 * The rounds held: 2022, 2024, 2025.  In the top band in 2025, the run of
 * rounds back from 2025 while in the top band: OPD-A 2 (2022 Menuju),
 * OPD-B 1 (2024 Menuju), OPD-C 2 (no 2022: the run stops), OPD-D 1, OPD-F
 * 1, OPD-G 1.  First time in the top band with an earlier year known:
 * OPD-D (2024 Menuju) and OPD-F (2022 Cukup, 2024 no SAQ); not OPD-B
 * (Informatif in 2022), not OPD-G (no earlier year).
 * Ranks in Perangkat Daerah 2025: OPD-G 96, OPD-F 95, OPD-A 93, OPD-C 92,
 * OPD-D 91, OPD-B 90,50, OPD-E 60: lists are in that order.
 */
#include <cjson/cJSON.h>
#include <criterion/criterion.h>
#include <string.h>
#include <sys/stat.h>

#include "helpers.h"
#include "manifest.h"
#include "util.h"

#define HAND(name) FIXTURE("hand/" name)

#define EXPECT_IN(text, needle)                                                                    \
    cr_expect(strstr((text), (needle)), "«%s» missing in: %s", (needle), (text))

/* The release data this file checks, by id, from a template of its own. */
#define FACTS_TEMPLATE                                                                             \
    "{{#informatif_berturut}}\n"                                                                   \
    "berturut {{tahun}} {{tahun_kata}} {{jumlah}}:{{#badan_publik}} {{id}}{{/badan_publik}}\n"     \
    "{{/informatif_berturut}}\n"                                                                   \
    "{{#ada_informatif_berturut}}\nada berturut\n{{/ada_informatif_berturut}}\n"                   \
    "pertama {{jumlah_pertama_informatif_kata}}:{{#pertama_informatif}} "                          \
    "{{id}}{{/pertama_informatif}}\n"                                                              \
    "{{#kategori}}\n"                                                                              \
    "kategori {{kode}}{{#informatif_berturut}} {{tahun}}x{{jumlah}}{{/informatif_berturut}} "      \
    "pertama{{#pertama_informatif}} {{id}}{{/pertama_informatif}}\n"                               \
    "{{/kategori}}\n"

static workspace w;
static char *y2022, *y2024, *y2025;

static run_result build_after(const char *event, const char *scores, const char *previous,
                              const char *out, const char *tpl)
{
    const char *args[] = {"build",
                          "--event",
                          event,
                          "--scores",
                          scores,
                          "--previous",
                          previous,
                          "--out",
                          out,
                          "--quiet",
                          tpl ? "--template" : NULL,
                          tpl,
                          NULL};
    return run_anugerah(args);
}

static void setup(void)
{
    w = workspace_new("riwayat");
    y2022 = xasprintf("%s/2022", w.dir);
    y2024 = xasprintf("%s/2024", w.dir);
    y2025 = xasprintf("%s/2025", w.dir);
    build_ok(HAND("event-2022.json"), HAND("scores-2022.csv"), y2022);
    run_result r = build_after(HAND("event.json"), HAND("scores.csv"), y2022, y2024, NULL);
    cr_assert_eq(r.status, 0, "%s", r.err);
    run_result_free(&r);
}

static void teardown(void)
{
    free(y2022);
    free(y2024);
    free(y2025);
    workspace_free(&w);
}

TestSuite(history, .init = setup, .fini = teardown, .timeout = 120);

/* "tahun:nilai:kualifikasi ..." of the body's riwayat in a JSON export. */
static char *riwayat_of(const char *dir, int year, const char *id)
{
    char *path = xasprintf("%s/peringkat-%d.json", dir, year);
    char *text = slurp(path, NULL);
    cr_assert_not_null(text, "%s", path);
    cJSON *root = cJSON_Parse(text);
    char *out = xstrdup("");
    const cJSON *row;
    cJSON_ArrayForEach(row, cJSON_GetObjectItemCaseSensitive(root, "peringkat"))
    {
        if (strcmp(cJSON_GetObjectItemCaseSensitive(row, "id")->valuestring, id) != 0)
            continue;
        const cJSON *y;
        cJSON_ArrayForEach(y, cJSON_GetObjectItemCaseSensitive(row, "riwayat"))
        {
            const cJSON *v = cJSON_GetObjectItemCaseSensitive(y, "nilai");
            char *nilai = cJSON_IsNumber(v) ? xasprintf("%.2f", v->valuedouble) : xstrdup("null");
            char *more = xasprintf("%s%s%d:%s:%s", out, *out ? " " : "",
                                   cJSON_GetObjectItemCaseSensitive(y, "tahun")->valueint, nilai,
                                   cJSON_GetObjectItemCaseSensitive(y, "kualifikasi")->valuestring);
            free(nilai);
            free(out);
            out = more;
        }
    }
    cJSON_Delete(root);
    free(text);
    free(path);
    return out;
}

#define EXPECT_RIWAYAT(dir, year, id, want)                                                        \
    do {                                                                                           \
        char *got_ = riwayat_of(dir, year, id);                                                    \
        cr_expect_str_eq(got_, want, "%s: %s", id, got_);                                          \
        free(got_);                                                                                \
    } while (0)

Test(history, riwayat_accumulates_over_three_archived_years)
{
    run_result r =
        build_after(HAND("event-2025.json"), HAND("scores-2025.csv"), y2024, y2025, NULL);
    cr_assert_eq(r.status, 0, "%s", r.err);
    run_result_free(&r);
    /* a round without --previous: its own year only */
    EXPECT_RIWAYAT(y2022, 2022, "OPD-A", "2022:85.00:Menuju Informatif");
    /* 2024: the 2022 archive's year, then 2024 */
    EXPECT_RIWAYAT(y2024, 2024, "OPD-A", "2022:85.00:Menuju Informatif 2024:94.00:Informatif");
    EXPECT_RIWAYAT(y2024, 2024, "OPD-C", "2024:90.00:Informatif");
    EXPECT_RIWAYAT(y2024, 2024, "OPD-F", "2022:73.33:Cukup Informatif 2024:null:Tidak Informatif");
    /* 2025: all three years, matched by id */
    EXPECT_RIWAYAT(y2025, 2025, "OPD-A",
                   "2022:85.00:Menuju Informatif 2024:94.00:Informatif 2025:93.00:Informatif");
    EXPECT_RIWAYAT(y2025, 2025, "OPD-B",
                   "2022:91.00:Informatif 2024:89.50:Menuju Informatif 2025:90.50:Informatif");
    /* new in 2024: a shorter history; new in 2025: this year alone */
    EXPECT_RIWAYAT(y2025, 2025, "OPD-C", "2024:90.00:Informatif 2025:92.00:Informatif");
    EXPECT_RIWAYAT(y2025, 2025, "OPD-G", "2025:96.00:Informatif");
    /* the scores as exact decimal text, as the export writes every score */
    char *path = xasprintf("%s/peringkat-2025.json", y2025);
    char *text = slurp(path, NULL);
    size_t o = 0;
    for (size_t i = 0; text[i]; i++)
        if (text[i] != '\t' && text[i] != '\n')
            text[o++] = text[i];
    text[o] = '\0';
    EXPECT_IN(text,
              "\"riwayat\":[{\"tahun\":2024,\"nilai\":89.50,\"kualifikasi\":\"Menuju "
              "Informatif\"}, {\"tahun\":2025,\"nilai\":91.00,\"kualifikasi\":\"Informatif\"}]");
    free(text);
    free(path);
    /* the release's own template says it in words */
    path = xasprintf("%s/siaran-pers-2025.pdf", y2025);
    text = pdf_text(path);
    EXPECT_IN(text, "Meraih kualifikasi Informatif dua tahun berturut-turut: Dinas Komunikasi "
                    "dan Informatika (93,00) dan # Badan Perencanaan | Riset (92,00).");
    EXPECT_IN(text, "Untuk pertama kalinya meraih kualifikasi Informatif: Dinas Pertanian "
                    "(95,00) dan Dinas Pendidikan (91,00).");
    free(text);
    free(path);
    /* a year without the SAQ keeps its place, without a score */
    EXPECT_RIWAYAT(y2025, 2025, "OPD-F",
                   "2022:73.33:Cukup Informatif 2024:null:Tidak Informatif "
                   "2025:95.00:Informatif");
    EXPECT_RIWAYAT(y2025, 2025, "DESA-1",
                   "2022:70.00:Cukup Informatif 2024:80.00:Menuju Informatif "
                   "2025:null:Tidak Informatif");
}

Test(history, top_band_runs_and_first_times_in_the_release_data)
{
    char *tpl = write_file(w.dir, "fakta.txt", FACTS_TEMPLATE);
    run_result r = build_after(HAND("event-2025.json"), HAND("scores-2025.csv"), y2024, y2025, tpl);
    cr_assert_eq(r.status, 0, "%s", r.err);
    char *path = xasprintf("%s/siaran-pers-2025.pdf", y2025);
    char *text = pdf_text(path);
    /* one run of two rounds: OPD-A and OPD-C, in rank order; no longer one */
    EXPECT_IN(text, "berturut 2 dua 2: OPD-A OPD-C ada berturut");
    cr_expect_null(strstr(text, "berturut 3"), "%s", text);
    EXPECT_IN(text, "pertama dua: OPD-F OPD-D kategori opd 2x2 pertama OPD-F OPD-D "
                    "kategori desa pertama");
    free(text);
    free(path);
    run_result_free(&r);

    /* in 2024: OPD-A's first time (2022 Menuju), no run of two (OPD-B,
     * Informatif in 2022, is Menuju in 2024; OPD-C is new) */
    char *again = xasprintf("%s/2024-fakta", w.dir);
    r = build_after(HAND("event.json"), HAND("scores.csv"), y2022, again, tpl);
    cr_assert_eq(r.status, 0, "%s", r.err);
    path = xasprintf("%s/siaran-pers-2024.pdf", again);
    text = pdf_text(path);
    cr_expect_null(strstr(text, "berturut"), "%s", text);
    EXPECT_IN(text, "pertama satu: OPD-A kategori opd pertama OPD-A");
    free(text);
    free(path);
    free(again);
    free(tpl);
    run_result_free(&r);
}

/* Edits the archive's JSON export with `edit` and re-seals its manifest,
 * as an archive made otherwise would be. */
static void edit_archive(const char *dir, int year, void (*edit)(cJSON *rows))
{
    char *name = xasprintf("peringkat-%d.json", year);
    char *path = xasprintf("%s/%s", dir, name);
    char *text = slurp(path, NULL);
    cJSON *root = cJSON_Parse(text);
    edit(cJSON_GetObjectItemCaseSensitive(root, "peringkat"));
    char *out = cJSON_Print(root);
    free(write_file(dir, name, out));
    free(out);
    cJSON_Delete(root);

    manifest_reseal(dir, name);
    free(text);
    free(path);
    free(name);
}

/* An archive made before there was a history: no row has `riwayat`. */
static void strip(cJSON *rows)
{
    cJSON *row;
    cJSON_ArrayForEach(row, rows) cJSON_DeleteItemFromObjectCaseSensitive(row, "riwayat");
}

/* OPD-A's history as if it had been Informatif in 2020 and missed 2022. */
static void skip_2022(cJSON *rows)
{
    cJSON *row;
    cJSON_ArrayForEach(row, rows)
    {
        if (strcmp(cJSON_GetObjectItemCaseSensitive(row, "id")->valuestring, "OPD-A") != 0)
            continue;
        cJSON *list = cJSON_Parse("[{\"tahun\": 2020, \"nilai\": 95.00, \"kualifikasi\": "
                                  "\"Informatif\"}, {\"tahun\": 2024, \"nilai\": 94.00, "
                                  "\"kualifikasi\": \"Informatif\"}]");
        cJSON_ReplaceItemInObjectCaseSensitive(row, "riwayat", list);
    }
}

/* OPD-A's history of 101 years, one more than a body may have. */
static void too_long(cJSON *rows)
{
    cJSON *row;
    cJSON_ArrayForEach(row, rows)
    {
        if (strcmp(cJSON_GetObjectItemCaseSensitive(row, "id")->valuestring, "OPD-A") != 0)
            continue;
        cJSON *list = cJSON_CreateArray();
        for (int y = 1924; y <= 2024; y++) {
            cJSON *item = cJSON_CreateObject();
            cJSON_AddNumberToObject(item, "tahun", y);
            cJSON_AddNumberToObject(item, "nilai", 94);
            cJSON_AddStringToObject(item, "kualifikasi", "Informatif");
            cJSON_AddItemToArray(list, item);
        }
        cJSON_ReplaceItemInObjectCaseSensitive(row, "riwayat", list);
    }
}

/* OPD-C's history with a year after the archive's own. */
static void future(cJSON *rows)
{
    cJSON *row;
    cJSON_ArrayForEach(row, rows)
    {
        if (strcmp(cJSON_GetObjectItemCaseSensitive(row, "id")->valuestring, "OPD-C") != 0)
            continue;
        cJSON *list = cJSON_Parse("[{\"tahun\": 2024, \"nilai\": 90.00, \"kualifikasi\": "
                                  "\"Informatif\"}, {\"tahun\": 2030, \"nilai\": 99.00, "
                                  "\"kualifikasi\": \"Informatif\"}]");
        cJSON_ReplaceItemInObjectCaseSensitive(row, "riwayat", list);
    }
}

Test(history, an_archived_history_is_bounded_and_checked)
{
    edit_archive(y2024, 2024, too_long);
    edit_archive(y2024, 2024, future);
    run_result r =
        build_after(HAND("event-2025.json"), HAND("scores-2025.csv"), y2024, y2025, NULL);
    cr_expect_eq(r.status, 2, "%s", r.err);
    char *json = xasprintf("%s/peringkat-2024.json", y2024);
    char *where = xasprintf("%s: riwayat badan publik \"OPD-A\" di arsip memuat 101 tahun; "
                            "paling banyak 100",
                            json);
    EXPECT_IN(r.err, where);
    free(where);
    where = xasprintf("%s: riwayat badan publik \"OPD-C\" di arsip memuat tahun yang tidak "
                      "sah (tahun harus bilangan bulat dari 1900 sampai 2024",
                      json);
    EXPECT_IN(r.err, where);
    cr_expect_not(path_exists(y2025), "nothing written");
    free(where);
    free(json);
    run_result_free(&r);
}

Test(history, a_round_missed_breaks_the_run)
{
    /* OPD-A: 2020, 2024 and 2025 in the top band, but not in the round of
     * 2022 that the others' histories show was held: a run of two rounds,
     * not three */
    edit_archive(y2024, 2024, skip_2022);
    char *tpl = write_file(w.dir, "fakta.txt", FACTS_TEMPLATE);
    run_result r = build_after(HAND("event-2025.json"), HAND("scores-2025.csv"), y2024, y2025, tpl);
    cr_assert_eq(r.status, 0, "%s", r.err);
    EXPECT_RIWAYAT(y2025, 2025, "OPD-A",
                   "2020:95.00:Informatif 2024:94.00:Informatif 2025:93.00:Informatif");
    char *path = xasprintf("%s/siaran-pers-2025.pdf", y2025);
    char *text = pdf_text(path);
    EXPECT_IN(text, "berturut 2 dua 2: OPD-A OPD-C ada berturut");
    cr_expect_null(strstr(text, "berturut 3"), "%s", text);
    free(text);
    free(path);
    free(tpl);
    run_result_free(&r);
}

Test(history, an_archive_without_riwayat_gives_its_own_year)
{
    edit_archive(y2024, 2024, strip);
    char *tpl = write_file(w.dir, "fakta.txt", FACTS_TEMPLATE);
    run_result r = build_after(HAND("event-2025.json"), HAND("scores-2025.csv"), y2024, y2025, tpl);
    cr_assert_eq(r.status, 0, "%s", r.err);
    /* 2022 is lost with the 2024 archive's history: 2024 and 2025 only */
    EXPECT_RIWAYAT(y2025, 2025, "OPD-A", "2024:94.00:Informatif 2025:93.00:Informatif");
    EXPECT_RIWAYAT(y2025, 2025, "DESA-1",
                   "2024:80.00:Menuju Informatif 2025:null:Tidak Informatif");
    /* and OPD-B, Menuju in 2024 as far as this archive tells, is in the
     * top band for the first time */
    char *path = xasprintf("%s/siaran-pers-2025.pdf", y2025);
    char *text = pdf_text(path);
    EXPECT_IN(text, "berturut 2 dua 2: OPD-A OPD-C");
    EXPECT_IN(text, "pertama tiga: OPD-F OPD-D OPD-B");
    free(text);
    free(path);
    free(tpl);
    run_result_free(&r);
}

Test(history, the_card_shows_the_history_and_the_notes)
{
    run_result r =
        build_after(HAND("event-2025.json"), HAND("scores-2025.csv"), y2024, y2025, NULL);
    cr_assert_eq(r.status, 0, "%s", r.err);
    run_result_free(&r);
    char *path = xasprintf("%s/kartu-nilai/opd/OPD-A.pdf", y2025);
    char *text = pdf_text(path);
    /* the scores over the bars, oldest first; the years under them; the
     * legend: the two qualifications of its bars */
    EXPECT_IN(text, "Riwayat nilai 85,00 94,00 93,00 Informatif Menuju Informatif");
    EXPECT_IN(text, "2022 2024 2025");
    /* the note, its line breaks kept */
    EXPECT_IN(text, "Catatan dan rekomendasi Pertahankan pemutakhiran Daftar Informasi Publik");
    EXPECT_IN(text, "keberatan yang diterima. 1. Lengkapi informasi berkala tentang anggaran. "
                    "2. Tetapkan standar layanan secara tertulis.");
    cr_expect_eq(pdf_pages(path), 1);
    free(text);
    /* wrapped: the first paragraph of the note takes more than one line */
    char *cmd = xasprintf("pdftotext -layout '%s' - | grep -c 'Pertahankan pemutakhiran.*"
                          "keberatan yang diterima'",
                          path);
    char *one_line = shell_output(cmd, NULL);
    cr_expect_str_eq(one_line, "0\n", "the note is not wrapped");
    free(one_line);
    free(cmd);
    free(path);

    /* a non-respondent: what it missed, its history with the year it
     * missed, its note; the legend names only the years with a bar */
    path = xasprintf("%s/kartu-nilai/desa/DESA-1.pdf", y2025);
    text = pdf_text(path);
    EXPECT_IN(text, "Tahun 2025: tidak mengisi SAQ");
    EXPECT_IN(text, "Badan publik ini tidak mengembalikan Self Assessment Questionnaire (SAQ)");
    EXPECT_IN(text, "Riwayat nilai 70,00");
    EXPECT_IN(text, "Cukup Informatif");
    EXPECT_IN(text, "Catatan dan rekomendasi Kembalikan SAQ tahun depan.");
    free(text);
    free(path);

    /* no year before this one: no chart, and no notes without a note */
    path = xasprintf("%s/kartu-nilai/opd/OPD-G.pdf", y2025);
    text = pdf_text(path);
    cr_expect_null(strstr(text, "Riwayat nilai"), "%s", text);
    cr_expect_null(strstr(text, "Catatan dan rekomendasi"), "%s", text);
    free(text);
    free(path);
}

Test(history, a_note_too_long_for_its_card_is_refused_at_its_line)
{
    /* 80 recommendations of a line each (a line break starts a line): more
     * than a whole page holds (722 points between the margins, 11,25 a
     * line: 64 lines), let alone the room under the card's heading and
     * score panel */
    char *note = xcalloc(80 * 32, 1);
    for (int i = 1; i <= 80; i++)
        sprintf(note + strlen(note), "%sRekomendasi nomor %d.", i > 1 ? "\n" : "", i);
    char *csv = xasprintf("id;nama;kategori;nilai;catatan\n"
                          "OPD-A;Dinas Komunikasi;opd;93;Singkat saja.\n"
                          "OPD-B;Dinas Kesehatan;opd;90;\"%s\"\n",
                          note);
    char *scores = write_file(w.dir, "panjang.csv", csv);
    char *out = xasprintf("%s/panjang", w.dir);
    const char *args[] = {"build",    "--event", HAND("event-2025.json"),
                          "--scores", scores,    "--out",
                          out,        "--quiet", NULL};
    run_result r = run_anugerah(args);
    cr_expect_eq(r.status, 2, "%s", r.err);
    char *where = xasprintf("%s:3: kolom \"catatan\" terlalu panjang untuk kartu nilai", scores);
    EXPECT_IN(r.err, where);
    cr_expect_null(strstr(r.err, ":2:"), "the short note is fine: %s", r.err);
    cr_expect_not(path_exists(out), "nothing written");
    run_result_free(&r);

    /* check says the same */
    const char *check[] = {"check", "--event", HAND("event-2025.json"), "--scores", scores, NULL};
    r = run_anugerah(check);
    cr_expect_eq(r.status, 2, "%s", r.err);
    EXPECT_IN(r.err, where);
    run_result_free(&r);
    free(where);
    free(out);
    free(scores);
    free(csv);
    free(note);
}

/* An output asked for inside the archive it reads last year from would
 * leave files its manifest does not list: the archive would no longer be
 * whole and could not be read again.  It is refused; nothing is written
 * and the archive still verifies. */
Test(history, an_output_inside_the_previous_archive_is_refused)
{
    char *copy = xasprintf("%s/arsip-2022", w.dir);
    char *command = xasprintf("cp -a '%s' '%s'", y2022, copy);
    int status;
    free(shell_output(command, &status));
    cr_assert_eq(status, 0);
    size_t entries = dir_entries(copy);
    char *inside = xasprintf("%s/hasil-2024", copy);
    run_result r = build_after(HAND("event.json"), HAND("scores.csv"), copy, inside, NULL);
    cr_expect_eq(r.status, 2, "%s", r.err);
    EXPECT_IN(r.err, "di dalam arsip --previous");
    EXPECT_IN(r.err, "tidak ada yang ditulis");
    run_result_free(&r);
    cr_expect_eq(dir_entries(copy), entries, "nothing added to the archive");
    /* nor is the archive itself replaced by this year's output, even
     * forced (it is an output of this program, all of it listed) */
    const char *over[] = {"build",
                          "--event",
                          HAND("event.json"),
                          "--scores",
                          HAND("scores.csv"),
                          "--previous",
                          copy,
                          "--out",
                          copy,
                          "--force",
                          "--quiet",
                          NULL};
    r = run_anugerah(over);
    cr_expect_eq(r.status, 2, "%s", r.err);
    EXPECT_IN(r.err, "di dalam arsip --previous");
    run_result_free(&r);
    char *ranking = xasprintf("%s/peringkat-2022.json", copy);
    cr_expect(path_exists(ranking), "last year's archive kept");
    free(ranking);
    const char *verify[] = {"verify", copy, NULL};
    r = run_anugerah(verify);
    cr_expect_eq(r.status, 0, "%s", r.out);
    run_result_free(&r);
    free(inside);
    free(command);
    free(copy);
}

/* OPD-A's row twice, the second with a score of 10: a forged archive. */
static void twice(cJSON *rows)
{
    cJSON *row;
    cJSON_ArrayForEach(row, rows)
    {
        if (strcmp(cJSON_GetObjectItemCaseSensitive(row, "id")->valuestring, "OPD-A") != 0)
            continue;
        cJSON *copy = cJSON_Duplicate(row, 1);
        cJSON_ReplaceItemInObjectCaseSensitive(copy, "nilai", cJSON_CreateNumber(10));
        cJSON_AddItemToArray(rows, copy);
        break;
    }
}

/* An archive that lists a body twice is refused at the archive, not
 * blamed on the scores file's nilai_sebelumnya (which the clerk would
 * then "correct" to one of the two). */
/* A forged archive whose rows are a million empty lists: "[]," is three
 * bytes a value, and cJSON would spend some 80 MB on them. */
static void dense(cJSON *rows)
{
    for (int i = 0; i < 1000000; i++)
        cJSON_AddItemToArray(rows, cJSON_CreateArray());
}

Test(history, a_forged_archive_of_empty_values_is_refused_before_it_is_parsed)
{
    edit_archive(y2024, 2024, dense);
    run_result r =
        build_after(HAND("event-2025.json"), HAND("scores-2025.csv"), y2024, y2025, NULL);
    cr_expect_eq(r.status, 2, "%s", r.err);
    /* cJSON_Print sets a million "[], " in its rows: four bytes a value,
     * under the 16 a value the bound asks of anything over 100 000 */
    char *json = xasprintf("%s/peringkat-2024.json", y2024);
    char *where = xasprintf("%s: memuat terlalu banyak nilai JSON untuk ukurannya", json);
    EXPECT_IN(r.err, where);
    cr_expect_not(path_exists(y2025), "nothing written");
    free(where);
    free(json);
    run_result_free(&r);
}

Test(history, a_body_twice_in_the_archive_is_refused_at_the_archive)
{
    edit_archive(y2024, 2024, twice);
    run_result r =
        build_after(HAND("event-2025.json"), HAND("scores-2025.csv"), y2024, y2025, NULL);
    cr_expect_eq(r.status, 2, "%s", r.err);
    char *json = xasprintf("%s/peringkat-2024.json", y2024);
    char *where = xasprintf("%s: badan publik \"OPD-A\" tercantum dua kali di arsip", json);
    EXPECT_IN(r.err, where);
    cr_expect_not(strstr(r.err, "scores-2025.csv"), "%s", r.err);
    cr_expect_not(path_exists(y2025), "nothing written");
    free(where);
    free(json);
    run_result_free(&r);
}
