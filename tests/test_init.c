/* `anugerah init FOLDER --tahun N [--dari ARSIP]`: the starting kit of a
 * new round.  The kit from the 2021 sample's archive carries its round
 * over to 2022, and with the scores filled in builds chained to it. */
#include <cjson/cJSON.h>
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "build.h"
#include "helpers.h"
#include "manifest.h"
#include "round.h"
#include "util.h"

/* The template's header for the sample's stages (saq, visitasi) and six
 * indicators, in the Indonesian spreadsheet dialect: BOM, ';', CRLF. */
#define SAMPLE_HEADER                                                                              \
    "id;nama;kategori;status;saq;visitasi;jenis_informasi;digitalisasi;kualitas_informasi;"        \
    "pelayanan_informasi;komitmen_organisasi;sarana_prasarana;wilayah;pimpinan\r\n"

static run_result init(const char *folder, const char *year, const char *from)
{
    const char *args[] = {"init", folder, "--tahun", year, from ? "--dari" : NULL, from, NULL};
    return run_anugerah(args);
}

static cJSON *read_json(const char *path)
{
    char *text = slurp(path, NULL);
    cr_assert_not_null(text, "%s missing", path);
    cJSON *j = cJSON_Parse(text);
    cr_assert_not_null(j, "%s is not JSON", path);
    free(text);
    return j;
}

/* Every key of `want` (and of its objects) is in `got`, and `got` has no
 * other: the sample's event file uses every key the reader knows. */
static void same_keys(const cJSON *want, const cJSON *got, const char *where)
{
    cr_expect_eq(cJSON_GetArraySize(got), cJSON_GetArraySize(want), "keys of %s", where);
    const cJSON *k;
    cJSON_ArrayForEach(k, want)
    {
        const cJSON *g = cJSON_GetObjectItemCaseSensitive(got, k->string);
        cr_expect_not_null(g, "no key \"%s\" in %s", k->string, where);
        if (g && cJSON_IsObject(k))
            same_keys(k, g, k->string);
    }
}

Test(init, without_an_archive_writes_a_kit_with_every_key)
{
    char *dir = temp_dir();
    char *kit = xasprintf("%s/putaran-2024", dir);
    run_result r = init(kit, "2024", NULL);
    cr_assert_eq(r.status, 0, "%s", r.err);
    cr_expect(strstr(r.out, "nilai-2024.xlsx"), "%s", r.out);
    cr_expect_eq(dir_entries(kit), 3, "event.json, nilai-2024.csv, nilai-2024.xlsx");
    cr_expect_eq(dir_entries(dir), 1, "nothing left beside the kit");
    run_result_free(&r);

    char *event_path = xasprintf("%s/event.json", kit);
    cJSON *event = read_json(event_path);
    cJSON *sample = read_json(SAMPLE("event.json"));
    same_keys(sample, event, "event.json");
    cr_expect_eq(cJSON_GetObjectItem(event, "tahun")->valueint, 2024);
    /* the national bands and indicators, to be adjusted */
    cr_expect_eq(cJSON_GetArraySize(cJSON_GetObjectItem(event, "kualifikasi")), 5);
    cr_expect_eq(cJSON_GetArraySize(cJSON_GetObjectItem(event, "indikator")), 6);

    char *csv_path = xasprintf("%s/nilai-2024.csv", kit);
    char *csv = slurp(csv_path, NULL);
    cr_expect_str_eq(csv, "\xEF\xBB\xBF" SAMPLE_HEADER);

    /* a skeleton does not pass check: every text to replace is named at
     * its line (cJSON writes one key a line: judul 2, tahun 3,
     * penyelenggara 4, tempat 5, tanggal 6), once */
    const char *check[] = {"check", "--event", event_path, "--scores", csv_path, NULL};
    r = run_anugerah(check);
    cr_expect_eq(r.status, 2);
    cr_expect(strstr(r.err, "event.json:2: \"judul\" masih berisi contoh dari 'anugerah init'"),
              "%s", r.err);
    cr_expect(strstr(r.err, "event.json:5: \"tempat\" masih berisi contoh"), "%s", r.err);
    cr_expect(strstr(r.err, "event.json:6: \"tanggal\" masih berisi contoh"), "%s", r.err);
    cr_expect(!strstr(r.err, "bukan tanggal yang sah"), "one message per text: %s", r.err);
    cr_expect(!strstr(r.err, "tidak dapat dibaca"), "no image looked for: %s", r.err);
    run_result_free(&r);

    cJSON_Delete(event);
    cJSON_Delete(sample);
    free(csv);
    free(csv_path);
    free(event_path);
    remove_tree(dir);
    free(kit);
    free(dir);
}

/* The kit of the 2021 sample's archive, for 2022, in a new temporary
 * folder (caller frees both). */
static char *kit_from_2021(workspace *w, char **dir)
{
    *w = workspace_shared("banten-2021", SAMPLE("event.json"), SAMPLE("scores.csv"));
    *dir = temp_dir();
    char *kit = xasprintf("%s/putaran-2022", *dir);
    run_result r = init(kit, "2022", w->out);
    cr_assert_eq(r.status, 0, "%s", r.err);
    cr_expect(strstr(r.out, "101 badan publik dari arsip"), "%s", r.out);
    run_result_free(&r);
    return kit;
}

Test(init, from_last_years_archive_the_round_carries_over)
{
    char *dir;
    workspace w;
    char *kit = kit_from_2021(&w, &dir);
    char *path = xasprintf("%s/event.json", kit);
    cJSON *event = read_json(path);
    cJSON *sample = read_json(SAMPLE("event.json"));
    /* every key of last year's event (the archive keeps it in masukan/),
     * but the decree's number: each year's decree is new */
    cJSON *without_number = cJSON_Duplicate(sample, true);
    cJSON_DeleteItemFromObject(cJSON_GetObjectItem(without_number, "keputusan"), "nomor");
    same_keys(without_number, event, "event.json");
    cJSON_Delete(without_number);
    cr_expect_eq(cJSON_GetObjectItem(event, "tahun")->valueint, 2022);
    /* the year in the title and the date advanced by one year */
    cr_expect_str_eq(cJSON_GetObjectItem(event, "judul")->valuestring,
                     "Anugerah Keterbukaan Informasi Publik Provinsi Banten 2022");
    cr_expect_str_eq(cJSON_GetObjectItem(event, "tanggal")->valuestring, "2022-11-24");
    cr_expect_str_eq(cJSON_GetObjectItem(event, "penyelenggara")->valuestring,
                     "Komisi Informasi Provinsi Banten");
    /* what the clerk filled in last year, as samples/banten-2021/event.json
     * has it */
    const char *same[] = {"kategori", "tahapan",     "indikator", "tempat",      "kop",
                          "kontak",   "siaran_pers", "piagam",    "penghargaan", "kualifikasi"};
    for (size_t i = 0; i < sizeof same / sizeof *same; i++)
        cr_expect(cJSON_Compare(cJSON_GetObjectItem(event, same[i]),
                                cJSON_GetObjectItem(sample, same[i]), true),
                  "%s differs from 2021's", same[i]);
    cr_expect_str_eq(cJSON_GetObjectItem(event, "tempat")->valuestring, "Serang");
    const cJSON *ttd = cJSON_GetObjectItem(event, "penandatangan");
    cr_expect_str_eq(cJSON_GetObjectItem(ttd, "nama")->valuestring, "Toni Anwar Mahmud");
    cr_expect_str_eq(cJSON_GetObjectItem(ttd, "jabatan")->valuestring,
                     "Ketua Komisi Informasi Provinsi Banten");
    /* the images point at their copies in the kit, byte for byte the
     * sample's (logo: lambang-provinsi.png then logo-komisi.png) */
    cr_expect_str_eq(cJSON_GetObjectItem(ttd, "tanda_tangan")->valuestring,
                     "gambar/tanda-tangan.png");
    cr_expect_str_eq(cJSON_GetObjectItem(ttd, "stempel")->valuestring, "gambar/stempel.png");
    const cJSON *logo = cJSON_GetObjectItem(event, "logo");
    cr_assert_eq(cJSON_GetArraySize(logo), 2);
    cr_expect_str_eq(cJSON_GetArrayItem(logo, 0)->valuestring, "gambar/logo-1.png");
    cr_expect_str_eq(cJSON_GetArrayItem(logo, 1)->valuestring, "gambar/logo-2.png");
    const char *images[][2] = {{"tanda-tangan.png", "tanda-tangan.png"},
                               {"stempel.png", "stempel.png"},
                               {"logo-1.png", "lambang-provinsi.png"},
                               {"logo-2.png", "logo-komisi.png"}};
    for (size_t i = 0; i < 4; i++) {
        char *cmd = xasprintf("cmp '%s/gambar/%s' '%s/samples/gambar/%s'", kit, images[i][0],
                              TEST_ROOT, images[i][1]);
        int status;
        free(shell_output(cmd, &status));
        cr_expect_eq(status, 0, "%s", cmd);
        free(cmd);
    }
    char *folder = xasprintf("%s/gambar", kit);
    cr_expect_eq(dir_entries(folder), 4);
    free(folder);
    /* the decree: 2021-11-22 a year on, its subject's year advanced, no
     * number (the annex prints a dotted line until one is added) */
    const cJSON *kep = cJSON_GetObjectItem(event, "keputusan");
    cr_expect_null(cJSON_GetObjectItem(kep, "nomor"));
    cr_expect_str_eq(cJSON_GetObjectItem(kep, "tanggal")->valuestring, "2022-11-22");
    cr_expect_str_eq(cJSON_GetObjectItem(kep, "tentang")->valuestring,
                     "Hasil Monitoring dan Evaluasi Keterbukaan Informasi Publik pada Badan "
                     "Publik di Provinsi Banten Tahun 2022");
    cr_expect_str_eq(
        cJSON_GetObjectItem(cJSON_GetObjectItem(event, "publikasi"), "situs")->valuestring,
        "https://ki-banten.example/anugerah/2022/");
    /* the bands' names and limits */
    const cJSON *bands = cJSON_GetObjectItem(event, "kualifikasi");
    const cJSON *want = cJSON_GetObjectItem(sample, "kualifikasi");
    cr_assert_eq(cJSON_GetArraySize(bands), 5);
    for (int i = 0; i < 5; i++) {
        const cJSON *b = cJSON_GetArrayItem(bands, i), *c = cJSON_GetArrayItem(want, i);
        cr_expect_str_eq(cJSON_GetObjectItem(b, "nama")->valuestring,
                         cJSON_GetObjectItem(c, "nama")->valuestring);
        cr_expect_eq(cJSON_GetObjectItem(b, "min")->valuedouble,
                     cJSON_GetObjectItem(c, "min")->valuedouble);
    }
    free(path);

    /* one row per body of 2021 (101), by category in the event's order
     * then id: OPD-01 first, PARPOL-12 last; scores empty */
    path = xasprintf("%s/nilai-2022.csv", kit);
    char *csv = slurp(path, NULL);
    cr_assert_not_null(csv);
    const char *first = "\xEF\xBB\xBF" SAMPLE_HEADER
                        "OPD-01;Dinas Pendidikan dan Kebudayaan Provinsi Banten;opd;;;;;;;;;;"
                        "Provinsi Banten;\r\n";
    cr_expect(strncmp(csv, first, strlen(first)) == 0, "%.400s", csv);
    size_t lines = 0;
    for (const char *p = csv; (p = strchr(p, '\n')); p++)
        lines++;
    cr_expect_eq(lines, 102, "the header and 101 bodies");
    cr_expect(strstr(csv, "\r\nPARPOL-12;Dewan Pimpinan Wilayah Partai Solidaritas Indonesia "
                          "Provinsi Banten;parpol;;;;;;;;;;Provinsi Banten;\r\n")
                      + strlen("\r\nPARPOL-12;Dewan Pimpinan Wilayah Partai Solidaritas Indonesia "
                               "Provinsi Banten;parpol;;;;;;;;;;Provinsi Banten;\r\n")
                  == csv + strlen(csv),
              "PARPOL-12 last");
    free(csv);
    free(path);
    cJSON_Delete(event);
    cJSON_Delete(sample);
    remove_tree(dir);
    free(dir);
    free(kit);
    workspace_free(&w);
}

/* `text` split at ';' (no quoted fields here) into at most `max` fields,
 * in place. */
static size_t fields(char *text, char **out, size_t max)
{
    size_t n = 0;
    for (char *p = text; n < max; p++) {
        out[n++] = p;
        p = strchr(p, ';');
        if (!p)
            break;
        *p = '\0';
    }
    return n;
}

Test(init, the_kit_filled_in_builds_chained_to_last_year)
{
    char *dir;
    workspace w;
    char *kit = kit_from_2021(&w, &dir);
    const char *archive = w.out;

    /* the event is left as init wrote it: the archive kept last year's
     * (place, signatory, images, letterhead ...), so only the scores are
     * the clerk's to fill in */
    char *event_path = xasprintf("%s/event.json", kit);

    /* the scores: saq 90,00 and visitasi 80,00 for every body, but
     * PARPOL-12, which did not return its SAQ this year */
    char *csv_path = xasprintf("%s/nilai-2022.csv", kit);
    char *csv = slurp(csv_path, NULL);
    cr_assert_not_null(csv);
    cr_assert(!strchr(csv, '"'), "no quoted fields in this template");
    char *filled = xstrdup("");
    char *save = NULL;
    size_t row = 0;
    for (char *line = strtok_r(csv, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        char *f[16];
        size_t n = fields(line, f, 16);
        cr_assert_eq(n, 14, "%s", line);
        if (row++ > 0) {
            bool gone = strcmp(f[0], "PARPOL-12") == 0;
            f[3] = gone ? "tidak_mengisi_saq" : "";
            f[4] = gone ? "" : "90,00";
            f[5] = gone ? "" : "80,00";
        }
        char *joined = xstrdup(f[0]);
        for (size_t i = 1; i < n; i++) {
            char *longer = xasprintf("%s;%s", joined, f[i]);
            free(joined);
            joined = longer;
        }
        char *longer = xasprintf("%s%s\n", filled, joined); /* f[13] keeps its CR */
        free(filled);
        free(joined);
        filled = longer;
    }
    FILE *out = fopen(csv_path, "wb");
    cr_assert_not_null(out);
    fputs(filled, out);
    fclose(out);

    char *result = xasprintf("%s/hasil-2022", dir);
    const char *args[] = {"build", "--event", event_path, "--scores", csv_path, "--previous",
                          archive, "--out",   result,     "--quiet",  NULL};
    run_result r = run_anugerah(args);
    cr_assert_eq(r.status, 0, "%s", r.err);
    run_result_free(&r);

    /* OPD-31: 80 % of 90,00 + 20 % of 80,00 = 72,00 + 16,00 = 88,00; in
     * 2021 80 % of 97,93 + 20 % of 94,40 = 78,344 + 18,88 = 97,224, so
     * 97,22; the change 88,00 − 97,22 = −9,22 */
    char *ranking_path = xasprintf("%s/peringkat-2022.json", result);
    cJSON *ranking = read_json(ranking_path);
    cr_expect_eq(cJSON_GetObjectItem(ranking, "tahun_sebelumnya")->valueint, 2021);
    const cJSON *b, *opd31 = NULL;
    cJSON_ArrayForEach(b, cJSON_GetObjectItem(ranking, "peringkat"))
    {
        if (strcmp(cJSON_GetObjectItem(b, "id")->valuestring, "OPD-31") == 0)
            opd31 = b;
    }
    cr_assert_not_null(opd31);
    cr_expect_eq(cJSON_GetObjectItem(opd31, "nilai")->valuedouble, 88.0);
    cr_expect_eq(cJSON_GetObjectItem(opd31, "nilai_sebelumnya")->valuedouble, 97.22);
    cr_expect_eq(cJSON_GetObjectItem(opd31, "perubahan")->valuedouble, -9.22);
    cr_expect_eq(cJSON_GetArraySize(cJSON_GetObjectItem(ranking, "peringkat")), 101);
    cJSON_Delete(ranking);
    free(ranking_path);
    /* last year's place, signatory and letterhead on this year's annex; the
     * decree's number a dotted line to fill in by hand */
    char *annex = xasprintf("%s/lampiran-keputusan-2022.pdf", result);
    char *said = pdf_text(annex);
    const char *shown[] = {"KOMISI INFORMASI PROVINSI BANTEN", "NOMOR ....",
                           "TANGGAL 22 November 2022", "Ditetapkan di Serang", "Toni Anwar Mahmud"};
    for (size_t i = 0; i < sizeof shown / sizeof *shown; i++)
        cr_expect(strstr(said, shown[i]), "«%s» not in the annex: %.600s", shown[i], said);
    free(said);
    free(annex);
    /* and this year's archive keeps the images it was made from */
    char *images = xasprintf("%s/masukan/gambar", result);
    cr_expect_eq(dir_entries(images), 4);
    free(images);
    free(result);
    free(filled);
    free(csv);
    free(csv_path);
    free(event_path);
    remove_tree(dir);
    free(dir);
    free(kit);
    workspace_free(&w);
}

/* An archive made before archives kept their inputs: the 2021 sample's
 * without masukan/, its manifest listing the rest. */
Test(init, an_archive_without_its_inputs_leaves_the_clerks_keys_to_fill)
{
    workspace w = workspace_shared("banten-2021", SAMPLE("event.json"), SAMPLE("scores.csv"));
    char *dir = temp_dir();
    char *old = xasprintf("%s/hasil-2021", dir);
    char *cmd = xasprintf("cp -r '%s' '%s' && rm -r '%s/masukan'", w.out, old, old);
    int status;
    free(shell_output(cmd, &status));
    cr_assert_eq(status, 0);
    char *manifest = xasprintf("%s/manifest.json", old);
    cJSON *m = read_json(manifest);
    cJSON *files = cJSON_GetObjectItem(m, "berkas");
    for (int i = cJSON_GetArraySize(files) - 1; i >= 0; i--)
        if (strncmp(cJSON_GetObjectItem(cJSON_GetArrayItem(files, i), "jalur")->valuestring,
                    "masukan/", 8)
            == 0)
            cJSON_DeleteItemFromArray(files, i);
    char *text = cJSON_Print(m);
    free(write_file(old, "manifest.json", text));
    free(text);
    cJSON_Delete(m);

    char *kit = xasprintf("%s/putaran-2022", dir);
    run_result r = init(kit, "2022", old);
    cr_assert_eq(r.status, 0, "%s", r.err);
    run_result_free(&r);
    cr_expect_eq(dir_entries(kit), 3, "event.json and the two templates, no gambar/");
    char *event_path = xasprintf("%s/event.json", kit);
    cJSON *event = read_json(event_path);
    /* what the ranking holds carried over, the rest to fill in */
    cr_expect_str_eq(cJSON_GetObjectItem(event, "judul")->valuestring,
                     "Anugerah Keterbukaan Informasi Publik Provinsi Banten 2022");
    cr_expect_str_eq(cJSON_GetObjectItem(event, "tempat")->valuestring,
                     "GANTI: kota tempat penganugerahan");
    cr_expect_str_eq(
        cJSON_GetObjectItem(cJSON_GetObjectItem(event, "penandatangan"), "nama")->valuestring,
        "GANTI: nama penandatangan piagam dan lampiran");
    cJSON_Delete(event);
    free(event_path);
    free(kit);
    free(manifest);
    free(cmd);
    remove_tree(dir);
    free(dir);
    free(old);
    workspace_free(&w);
}

/* The 2021 sample's archive with `name` replaced by `text` and its
 * manifest entry made to match, as a careful forger would, so that it
 * verifies (caller frees, remove_tree on *dir). */
static char *forged_copy(const workspace *w, const char *name, const char *text, char **dir)
{
    *dir = temp_dir();
    char *old = xasprintf("%s/hasil-2021", *dir);
    char *cmd = xasprintf("cp -r '%s' '%s'", w->out, old);
    int status;
    free(shell_output(cmd, &status));
    cr_assert_eq(status, 0);
    free(cmd);
    free(write_file(old, name, text));
    manifest_reseal(old, name);
    return old;
}

Test(init, a_forged_copy_of_last_years_inputs_is_refused_and_nothing_written)
{
    workspace w = workspace_shared("banten-2021", SAMPLE("event.json"), SAMPLE("scores.csv"));
    /* the event not an object; then a seal that is not a PNG */
    const char *names[] = {"masukan/acara.json", "masukan/gambar/stempel.png"};
    const char *texts[] = {"[1, 2]", "\x89PNG\r\n\x1a\nbukan gambar"};
    const char *said[] = {
        "masukan/acara.json: berkas acara tahun lalu bukan objek JSON yang sah",
        "masukan/gambar/stempel.png: gambar tahun lalu: berkas PNG rusak atau terpotong"};
    for (size_t i = 0; i < 2; i++) {
        char *dir;
        char *old = forged_copy(&w, names[i], texts[i], &dir);
        const char *args[] = {"verify", old, NULL};
        run_result r = run_anugerah(args);
        cr_expect_eq(r.status, 0, "the forged archive verifies: %s", r.err);
        run_result_free(&r);
        char *kit = xasprintf("%s/putaran-2022", dir);
        r = init(kit, "2022", old);
        cr_expect_eq(r.status, 2, "%s", names[i]);
        cr_expect(strstr(r.err, said[i]), "%s", r.err);
        cr_expect(strstr(r.err, "1 masalah ditemukan; tidak ada yang ditulis"), "%s", r.err);
        cr_expect(!path_exists(kit), "%s: nothing written", names[i]);
        run_result_free(&r);
        remove_tree(dir);
        free(dir);
        free(old);
        free(kit);
    }
    workspace_free(&w);
}

Test(init, the_workbook_checks_what_the_clerk_types)
{
    char *dir;
    workspace w;
    char *kit = kit_from_2021(&w, &dir);
    const char *archive = w.out;
    char *cmd = xasprintf("/usr/bin/python3 '%s/tests/read_kit_workbook.py' '%s/nilai-2022.xlsx'",
                          TEST_ROOT, kit);
    int status;
    char *out = shell_output(cmd, &status);
    cr_assert_eq(status, 0, "%s", out);
    /* rows 2 to 1102: the 101 bodies below the header (rows 2-102) and
     * 1000 spare rows; the five category codes in the event's order; the
     * scores in columns E to L (two stages and six
     * indicators: E F G H I J K L) */
    cr_expect_str_eq(
        out, "sheets: Nilai|Kategori\n"
             "header: id|nama|kategori|status|saq|visitasi|jenis_informasi|digitalisasi|"
             "kualitas_informasi|pelayanan_informasi|komitmen_organisasi|sarana_prasarana|"
             "wilayah|pimpinan\n"
             "rows: 101\n"
             "freeze: A2\n"
             "validation: custom None COUNTIF($A$2:$A$1102,A2)=1 None A2:A1102 blank=True "
             "error=True Id sudah dipakai\n"
             "validation: list None \"opd,pemda,lnsv,bumd,parpol\" None C2:C1102 blank=True "
             "error=True Kategori tidak dikenal\n"
             "validation: list None \"dinilai,tidak_mengisi_saq\" None D2:D1102 blank=True "
             "error=True Status tidak dikenal\n"
             "validation: decimal None 0 100 E2:L1102 blank=True error=True Nilai tidak sah\n"
             "kategori: kode|nama\n"
             "kategori: opd|Organisasi Perangkat Daerah\n"
             "kategori: pemda|Pemerintah Daerah\n"
             "kategori: lnsv|Lembaga Non Struktural/Vertikal\n"
             "kategori: bumd|Badan Usaha Milik Daerah\n"
             "kategori: parpol|Partai Politik\n");
    free(out);
    free(cmd);

    /* the same kit again: the same bytes */
    char *again = xasprintf("%s/lagi", dir);
    run_result r = init(again, "2022", archive);
    cr_assert_eq(r.status, 0, "%s", r.err);
    run_result_free(&r);
    const char *names[] = {"event.json", "nilai-2022.csv", "nilai-2022.xlsx"};
    for (size_t i = 0; i < 3; i++) {
        char *a = xasprintf("cmp -s '%s/%s' '%s/%s'", kit, names[i], again, names[i]);
        free(shell_output(a, &status));
        cr_expect_eq(status, 0, "%s differs between two runs", names[i]);
        free(a);
    }
    free(again);
    remove_tree(dir);
    free(dir);
    free(kit);
    workspace_free(&w);
}

Test(init, an_existing_folder_is_refused_and_left_as_it_was)
{
    char *dir = temp_dir();
    char *kit = xasprintf("%s/putaran", dir);
    cr_assert_eq(mkdir(kit, 0755), 0);
    free(write_file(kit, "catatan.txt", "milik juru tulis"));
    run_result r = init(kit, "2024", NULL);
    cr_expect_eq(r.status, 2);
    cr_expect(strstr(r.err, "sudah ada dan tidak kosong"), "%s", r.err);
    cr_expect(strstr(r.err, "tidak ada yang ditulis"), "%s", r.err);
    run_result_free(&r);
    cr_expect_eq(dir_entries(kit), 1);
    cr_expect_eq(dir_entries(dir), 1, "nothing written beside it");
    char *note = xasprintf("%s/catatan.txt", kit);
    char *text = slurp(note, NULL);
    cr_expect_str_eq(text, "milik juru tulis");
    free(text);
    free(note);

    /* an empty folder is taken */
    char *empty = xasprintf("%s/kosong", dir);
    cr_assert_eq(mkdir(empty, 0755), 0);
    r = init(empty, "2024", NULL);
    cr_expect_eq(r.status, 0, "%s", r.err);
    cr_expect_eq(dir_entries(empty), 3);
    cr_expect_eq(dir_entries(dir), 2, "the two folders, nothing beside");
    run_result_free(&r);
    free(empty);
    remove_tree(dir);
    free(kit);
    free(dir);
}

Test(init, an_archive_of_the_same_year_or_tampered_with_is_refused)
{
    workspace w = workspace_shared("banten-2021", SAMPLE("event.json"), SAMPLE("scores.csv"));
    char *dir = temp_dir();
    char *kit = xasprintf("%s/putaran", dir);
    run_result r = init(kit, "2021", w.out);
    cr_expect_eq(r.status, 2);
    cr_expect(strstr(r.err, "hasil tahun 2021, tidak lebih awal dari --tahun 2021"), "%s", r.err);
    run_result_free(&r);
    cr_expect_eq(dir_entries(dir), 0);

    char *copy = xasprintf("%s/arsip", dir);
    shared_copy("banten-2021", SAMPLE("event.json"), SAMPLE("scores.csv"), copy);
    char *ranking = xasprintf("%s/peringkat-2021.json", copy);
    FILE *f = fopen(ranking, "ab");
    cr_assert_not_null(f);
    fputs(" ", f);
    fclose(f);
    r = init(kit, "2022", copy);
    cr_expect_eq(r.status, 2);
    cr_expect(strstr(r.err, "arsip tahun lalu tidak utuh"), "%s", r.err);
    cr_expect(!path_exists(kit));
    cr_expect_eq(dir_entries(dir), 1, "only the archive's copy");
    run_result_free(&r);
    free(ranking);
    free(copy);
    remove_tree(dir);
    free(kit);
    free(dir);
    workspace_free(&w);
}

Test(init, without_stages_a_nilai_column_and_the_heads_carried_over)
{
    /* the long-card round: no stages, twelve indicators i01-i12, three
     * bodies with a head each; its year 2023, so the kit is for 2024.
     * Between kategori and wilayah: status, nilai and the twelve
     * indicators, fourteen empty fields, so fifteen ';' */
    workspace w = workspace_shared("long-card-12", FIXTURE("long-card/event-12.json"),
                                   FIXTURE("long-card/scores-12.csv"));
    char *dir = temp_dir();
    char *kit = xasprintf("%s/putaran-2024", dir);
    run_result r = init(kit, "2024", w.out);
    cr_assert_eq(r.status, 0, "%s", r.err);
    run_result_free(&r);
    char *path = xasprintf("%s/nilai-2024.csv", kit);
    char *csv = slurp(path, NULL);
    cr_expect_str_eq(csv, "\xEF\xBB\xBF"
                          "id;nama;kategori;status;nilai;i01;i02;i03;i04;i05;i06;i07;i08;i09;"
                          "i10;i11;i12;wilayah;pimpinan\r\n"
                          "OPD-01;Dinas Komunikasi, Informatika, Statistik dan Persandian "
                          "Provinsi Contoh;opd;;;;;;;;;;;;;;;Provinsi Contoh;"
                          "Dr. Ir. Bambang Sutrisno, M.Si.\r\n"
                          "OPD-02;Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah "
                          "Provinsi Contoh;opd;;;;;;;;;;;;;;;Provinsi Contoh;"
                          "Dr. Ir. Bambang Sutrisno, M.Si.\r\n"
                          "PEMDA-01;Pemerintah Kabupaten Contoh Selatan;pemda;;;;;;;;;;;;;;;"
                          "Provinsi Contoh;Dr. Ir. Bambang Sutrisno, M.Si.\r\n");
    free(csv);
    free(path);
    path = xasprintf("%s/event.json", kit);
    cJSON *event = read_json(path);
    cr_expect_str_eq(cJSON_GetObjectItem(event, "judul")->valuestring,
                     "Monev Keterbukaan Informasi Publik Provinsi Contoh 2024");
    cr_expect_str_eq(cJSON_GetObjectItem(event, "tanggal")->valuestring, "2024-11-30");
    cr_expect_eq(cJSON_GetArraySize(cJSON_GetObjectItem(event, "tahapan")), 0);
    cJSON_Delete(event);
    free(path);
    remove_tree(dir);
    free(dir);
    free(kit);
    workspace_free(&w);
}

/* An archive folder holding only `json` as its peringkat-2021.json, with a
 * manifest (written by the program's own writer for the 2021 sample) that
 * lists it truly, so it passes the archive's check: what a forged archive
 * can hand init (caller frees, remove_tree). */
static char *forged_archive(const char *json)
{
    char *dir = temp_dir();
    free(write_file(dir, "peringkat-2021.json", json));
    problems *pr = problems_new();
    kip_round *r = build_load(SAMPLE("event.json"), SAMPLE("scores.csv"), pr);
    cr_assert_not_null(r);
    char *path = xasprintf("%s/peringkat-2021.json", dir);
    manifest_file file = {"peringkat-2021.json", 0, (long long)strlen(json), ""};
    cr_assert(manifest_sha256_file(path, file.sha256));
    char *error = NULL;
    cr_assert(manifest_write(dir, r, NULL, 0, &file, 1, &error), "%s", error);
    kip_round_free(r);
    problems_free(pr);
    free(path);
    return dir;
}

/* init from the forged archive holding `json` fails (exit 2), says each
 * of `said`, and writes nothing. */
static void forged_archive_refused(const char *json, const char *const *said, size_t n)
{
    char *archive = forged_archive(json);
    char *dir = temp_dir();
    char *kit = xasprintf("%s/putaran", dir);
    run_result r = init(kit, "2022", archive);
    cr_expect_eq(r.status, 2, "%s", r.err);
    for (size_t i = 0; i < n; i++)
        cr_expect(strstr(r.err, said[i]), "«%s» missing in:\n%s", said[i], r.err);
    cr_expect_eq(dir_entries(dir), 0, "nothing written");
    run_result_free(&r);
    remove_tree(archive);
    remove_tree(dir);
    free(archive);
    free(kit);
    free(dir);
}

Test(init, what_a_forged_archive_holds_is_checked_and_nothing_written)
{
    /* a name with a line break, a body of a category the archive does not
     * list, a band limit over 100 */
    const char *each[] = {
        "batas kualifikasi di arsip (\"min\") bukan angka 0 sampai 100",
        "nama badan publik di arsip (\"nama\") bukan teks satu baris UTF-8",
        "badan publik \"B\" di arsip berkategori \"desa\", yang tidak ada di daftar kategorinya",
        "3 masalah ditemukan; tidak ada yang ditulis",
    };
    forged_archive_refused(
        "{\"judul\": \"Anugerah 2021\", \"penyelenggara\": \"Komisi\", \"tanggal\": \"2021-11-24\","
        " \"kategori\": [{\"kode\": \"opd\", \"nama\": \"OPD\"}],"
        " \"kualifikasi\": [{\"nama\": \"Informatif\", \"min\": 190}],"
        " \"peringkat\": [{\"id\": \"A\", \"nama\": \"Dinas\\nA\", \"kategori\": \"opd\"},"
        "                {\"id\": \"B\", \"nama\": \"Dinas B\", \"kategori\": \"desa\"}]}",
        each, sizeof each / sizeof *each);
}

Test(init, a_day_that_does_not_exist_in_a_forged_archive_is_refused)
{
    /* 2021 is not a leap year: 29 February 2021 is no date (it was taken
     * and moved on to 2022-02-28) */
    const char *each[] = {"tanggal"};
    forged_archive_refused(
        "{\"judul\": \"Anugerah 2021\", \"penyelenggara\": \"Komisi\", \"tanggal\": \"2021-02-29\","
        " \"kategori\": [{\"kode\": \"opd\", \"nama\": \"OPD\"}],"
        " \"kualifikasi\": [{\"nama\": \"Informatif\", \"min\": 90}],"
        " \"peringkat\": [{\"id\": \"A\", \"nama\": \"Dinas A\", \"kategori\": \"opd\"}]}",
        each, 1);
}

Test(init, a_draft_archive_is_refused)
{
    /* the hand round (2024) built as a draft for the objection period */
    char *dir = temp_dir();
    char *draft = xasprintf("%s/draf-2024", dir);
    const char *build[] = {"build",
                           "--event",
                           FIXTURE("hand/event.json"),
                           "--scores",
                           FIXTURE("hand/scores.csv"),
                           "--out",
                           draft,
                           "--draf",
                           "--quiet",
                           NULL};
    run_result r = run_anugerah(build);
    cr_assert_eq(r.status, 0, "%s", r.err);
    run_result_free(&r);
    char *kit = xasprintf("%s/putaran-2025", dir);
    r = init(kit, "2025", draft);
    cr_expect_eq(r.status, 2);
    cr_expect(strstr(r.err, "arsip --dari adalah hasil DRAF"), "%s", r.err);
    cr_expect(!path_exists(kit));
    run_result_free(&r);
    remove_tree(dir);
    free(kit);
    free(draft);
    free(dir);
}

/* A kit asked for inside last year's archive would leave files that its
 * manifest does not list: the archive would no longer be whole, and the
 * kit's own next step (check --previous ARSIP) would refuse it.  So is
 * one asked for through a link into the archive; nothing is written and
 * the archive still verifies. */
Test(init, a_kit_inside_last_years_archive_is_refused)
{
    char *dir = temp_dir();
    char *archive = xasprintf("%s/arsip", dir);
    shared_copy("banten-2021", SAMPLE("event.json"), SAMPLE("scores.csv"), archive);
    size_t entries = dir_entries(archive);
    char *link = xasprintf("%s/tautan", dir);
    cr_assert_eq(symlink("arsip", link), 0);
    char *inside = xasprintf("%s/putaran-2022", archive);
    char *deeper = xasprintf("%s/baru/putaran-2022", archive);
    char *through_link = xasprintf("%s/putaran-2022", link);
    const char *kits[] = {inside, deeper, through_link, archive};
    for (size_t i = 0; i < 4; i++) {
        run_result r = init(kits[i], "2022", archive);
        cr_expect_eq(r.status, 2, "%s: %s", kits[i], r.err);
        cr_expect(strstr(r.err, "di dalam arsip --dari"), "%s: %s", kits[i], r.err);
        cr_expect(strstr(r.err, "tidak ada yang ditulis"), "%s", r.err);
        run_result_free(&r);
        cr_expect_eq(dir_entries(archive), entries, "%s: nothing added to the archive", kits[i]);
    }
    const char *verify[] = {"verify", archive, NULL};
    run_result r = run_anugerah(verify);
    cr_expect_eq(r.status, 0, "%s", r.out);
    run_result_free(&r);
    cr_expect_eq(dir_entries(dir), 2, "the archive and the link, nothing beside");
    free(inside);
    free(deeper);
    free(through_link);
    free(link);
    free(archive);
    remove_tree(dir);
    free(dir);
}

/* A forged archive listing a body twice would hand the clerk a template
 * with that row twice, which check then refuses in the clerk's own file:
 * it is said of the archive, and nothing is written. */
Test(init, a_body_twice_in_a_forged_archive_is_refused)
{
    const char *each[] = {"badan publik \"A\" tercantum dua kali di arsip",
                          "1 masalah ditemukan; tidak ada yang ditulis"};
    forged_archive_refused(
        "{\"judul\": \"Anugerah 2021\", \"penyelenggara\": \"Komisi\", \"tanggal\": \"2021-11-24\","
        " \"kategori\": [{\"kode\": \"opd\", \"nama\": \"OPD\"}],"
        " \"kualifikasi\": [{\"nama\": \"Informatif\", \"min\": 90}],"
        " \"peringkat\": [{\"id\": \"A\", \"nama\": \"Dinas A\", \"kategori\": \"opd\"},"
        "                {\"id\": \"B\", \"nama\": \"Dinas B\", \"kategori\": \"opd\"},"
        "                {\"id\": \"A\", \"nama\": \"Dinas A lagi\", \"kategori\": \"opd\"}]}",
        each, 2);
}

/* Last year's title is carried over with its years moved on: a forged
 * copy of last year's event with a title of 150 000 years (750 000 bytes,
 * within the event file's 1 MB) is done in a moment, not in minutes (each
 * year found once copied the title so far again: 150 000 copies of
 * 375 KB on average). */
Test(init, a_title_of_many_years_is_moved_on_in_bounded_time)
{
    workspace w = workspace_shared("banten-2021", SAMPLE("event.json"), SAMPLE("scores.csv"));
    enum { YEARS = 150000 };
    char *title = xmalloc(5 * YEARS + 1), *want = xmalloc(5 * YEARS + 1);
    for (size_t i = 0; i < YEARS; i++) {
        memcpy(title + 5 * i, "2021 ", 5);
        memcpy(want + 5 * i, "2022 ", 5);
    }
    title[5 * YEARS] = want[5 * YEARS] = '\0';
    char *event = xasprintf("{\"judul\": \"%s\", \"tahun\": 2021}", title);
    char *dir;
    char *old = forged_copy(&w, "masukan/acara.json", event, &dir);
    char *kit = xasprintf("%s/putaran-2022", dir);
    const char *args[] = {"init", kit, "--tahun", "2022", "--dari", old, NULL};
    run_result r = run_anugerah_bounded(args, 10, 0);
    cr_expect_eq(r.status, 0, "%d: %s", r.status, r.err);
    run_result_free(&r);
    char *path = xasprintf("%s/event.json", kit);
    if (path_exists(path)) {
        cJSON *got = read_json(path);
        const cJSON *judul = cJSON_GetObjectItem(got, "judul");
        cr_expect(cJSON_IsString(judul) && strcmp(judul->valuestring, want) == 0,
                  "every year moved on to 2022");
        cJSON_Delete(got);
    }
    free(path);
    remove_tree(dir);
    free(dir);
    free(old);
    free(kit);
    free(event);
    free(want);
    free(title);
    workspace_free(&w);
}
