/*
 * The exports a website and a clerk use as they are: the JSON's new
 * fields, metadata.json, and the workbook read back by a spreadsheet
 * library (Debian's python3-openpyxl), all of the hand-worked round
 * (tests/fixtures/hand; every figure is documented in test_hand_round.c,
 * whose CSV test gives the same figures column by column).
 */
#include <cjson/cJSON.h>
#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"
#include "util.h"
#include "workbook.h"

static workspace w;

static void setup(void)
{
    w = workspace_shared("hand-2024", FIXTURE("hand/event.json"), FIXTURE("hand/scores.csv"));
}

static void teardown(void)
{
    workspace_free(&w);
}

TestSuite(publish, .init = setup, .fini = teardown);

static cJSON *json_of(const char *name)
{
    char *path = workspace_file(&w, name);
    char *text = slurp(path, NULL);
    cr_assert_not_null(text, "%s", name);
    cJSON *root = cJSON_Parse(text);
    cr_assert_not_null(root, "%s", name);
    free(text);
    free(path);
    return root;
}

static cJSON *item(const cJSON *o, const char *key)
{
    cJSON *i = cJSON_GetObjectItemCaseSensitive(o, key);
    cr_assert_not_null(i, "no \"%s\"", key);
    return i;
}

/* The body `id` of the JSON's "peringkat". */
static cJSON *body_of(const cJSON *root, const char *id)
{
    cJSON *row;
    cJSON_ArrayForEach(row, item(root, "peringkat")) if (strcmp(item(row, "id")->valuestring, id)
                                                         == 0) return row;
    cr_assert_fail("no body %s", id);
    return NULL;
}

Test(publish, json_gives_the_round_date_bands_and_each_body_in_full)
{
    cJSON *root = json_of("peringkat-2024.json");
    cr_expect_str_eq(item(root, "tanggal")->valuestring, "2024-12-10");
    cr_expect_eq(item(root, "tahun_sebelumnya")->valueint, 2023);
    cJSON *bands = item(root, "kualifikasi");
    cr_assert_eq(cJSON_GetArraySize(bands), 5);
    cJSON *menuju = cJSON_GetArrayItem(bands, 1);
    cr_expect_str_eq(item(menuju, "nama")->valuestring, "Menuju Informatif");
    cr_expect_eq(item(menuju, "min")->valuedouble, 80.0);
    cr_expect_str_eq(item(menuju, "warna")->valuestring, "#5C941A");

    /* OPD-A: 95 and 90 -> 94,00 Informatif, last year 85 Menuju
     * Informatif, up 9,00; certificates 1 (Informatif) and 3 (Terbaik) */
    cJSON *a = body_of(root, "OPD-A");
    cr_expect_eq(item(a, "nilai")->valuedouble, 94.0);
    cr_expect_str_eq(item(a, "kualifikasi")->valuestring, "Informatif");
    cr_expect(cJSON_IsNull(item(a, "wilayah")));
    cr_expect_eq(item(item(a, "tahapan"), "saq")->valuedouble, 95.0);
    cr_expect_eq(item(item(a, "tahapan"), "visitasi")->valuedouble, 90.0);
    cr_expect_eq(cJSON_GetArraySize(item(a, "indikator")), 0);
    cr_expect_str_eq(item(a, "status")->valuestring, "dinilai");
    cr_expect_eq(item(a, "nilai_sebelumnya")->valuedouble, 85.0);
    cr_expect_str_eq(item(a, "kualifikasi_sebelumnya")->valuestring, "Menuju Informatif");
    cr_expect_eq(item(a, "perubahan")->valuedouble, 9.0);
    cr_expect_str_eq(item(a, "warna")->valuestring, "#177D38");
    cJSON *certs = item(a, "nomor_piagam");
    cr_assert_eq(cJSON_GetArraySize(certs), 2);
    cr_expect_str_eq(cJSON_GetArrayItem(certs, 0)->valuestring, "1");
    cr_expect_str_eq(cJSON_GetArrayItem(certs, 1)->valuestring, "3");

    /* OPD-F: no SAQ: no rank, score or stage scores, the lowest band; 73,33
     * last year (Cukup Informatif) but not compared; no certificate */
    cJSON *f = body_of(root, "OPD-F");
    cr_expect(cJSON_IsNull(item(f, "peringkat")));
    cr_expect(cJSON_IsNull(item(f, "nilai")));
    cr_expect_str_eq(item(f, "kualifikasi")->valuestring, "Tidak Informatif");
    cr_expect(cJSON_IsNull(item(item(f, "tahapan"), "saq")));
    cr_expect_str_eq(item(f, "status")->valuestring, "tidak mengisi SAQ");
    cr_expect_eq(item(f, "nilai_sebelumnya")->valuedouble, 73.33);
    cr_expect_str_eq(item(f, "kualifikasi_sebelumnya")->valuestring, "Cukup Informatif");
    cr_expect(cJSON_IsNull(item(f, "perubahan")));
    cr_expect_str_eq(item(f, "warna")->valuestring, "#BD1C1C");
    cr_expect_eq(cJSON_GetArraySize(item(f, "nomor_piagam")), 0);
    cJSON_Delete(root);

    char *path = workspace_file(&w, "peringkat-2024.json");
    char *text = slurp(path, NULL);
    cr_expect(strstr(text, "\"perubahan\":\t-1.50"), "exact decimal text, not a double");
    free(text);
    free(path);
}

Test(publish, metadata_describes_every_csv_column_exactly_once)
{
    cJSON *m = json_of("metadata.json");
    cr_expect_str_eq(item(m, "produsen")->valuestring, "Komisi Informasi Kabupaten Contoh");
    cr_expect_eq(item(m, "periode")->valueint, 2024);
    cr_expect_str_eq(item(m, "tanggal")->valuestring, "2024-12-10");
    cr_expect_str_eq(item(m, "lisensi")->valuestring, "CC BY 4.0");
    cr_expect_str_eq(item(m, "frekuensi")->valuestring, "tahunan");
    cr_expect_str_eq(item(m, "bahasa")->valuestring, "id");
    cr_expect(strstr(item(m, "judul")->valuestring, "Tahun 2024"));

    char *path = workspace_file(&w, "peringkat-2024.csv");
    char *csv = slurp(path, NULL);
    *strchr(csv, '\n') = '\0';
    /* the header, the columns' names joined by commas */
    char *names = xstrdup("");
    cJSON *col;
    cJSON_ArrayForEach(col, item(m, "kolom"))
    {
        for (const char *k = "nama\0tipe\0satuan\0deskripsi\0"; *k; k += strlen(k) + 1)
            cr_expect(cJSON_IsString(item(col, k)) && item(col, k)->valuestring[0], "column %s: %s",
                      item(col, "nama")->valuestring, k);
        char *more =
            xasprintf("%s%s%s", names, names[0] ? "," : "", item(col, "nama")->valuestring);
        free(names);
        names = more;
    }
    cr_expect_str_eq(names, csv);
    cJSON *saq = cJSON_GetArrayItem(item(m, "kolom"), 7);
    cr_expect_str_eq(item(saq, "nama")->valuestring, "tahapan_saq");
    cr_expect_str_eq(item(saq, "tipe")->valuestring, "desimal");
    cr_expect_str_eq(item(saq, "deskripsi")->valuestring,
                     "Nilai tahapan Self Assessment Questionnaire (bobot 80,00 %); kosong bila "
                     "tidak ada");
    free(names);
    free(csv);
    free(path);
    cJSON_Delete(m);
}

/* The workbook as read_workbook.py prints it (openpyxl gives numbers as
 * floats): the sheets, each frozen under its header, printed on A4 (paper
 * 9) landscape with the header repeated, the body sheets filtered; scores
 * formatted 0.00 and the change with its sign; each qualification filled
 * with its colour mixed with white (255 - (255 - c) x 0,3, rounded:
 * Informatif 0.09, 0.49, 0.22 -> B9 D8 C3 ...); and the rows of the CSV
 * (test_hand_round.c) in the order of the columns for people, with the
 * categories' names. */
Test(publish, the_workbook_reads_back_equal_to_the_csv)
{
    char *path = workspace_file(&w, "peringkat-2024.xlsx");
    char *cmd = xasprintf("/usr/bin/python3 '%s/tests/read_workbook.py' '%s'", TEST_ROOT, path);
    int status;
    char *out = shell_output(cmd, &status);
    cr_expect_eq(status, 0, "%s", out);
    cr_expect_str_eq(
        out, "sheets: Ringkasan|Semua|Perangkat Daerah|Desa|Partai Politik\n"
             "Ringkasan: freeze=A2 filter=None paper=9 landscape titles=$1:$1\n"
             "Semua: freeze=A2 filter=A1:M13 paper=9 landscape titles=$1:$1\n"
             "Perangkat Daerah: freeze=A2 filter=A1:M7 paper=9 landscape titles=$1:$1\n"
             "Desa: freeze=A2 filter=A1:M5 paper=9 landscape titles=$1:$1\n"
             "Partai Politik: freeze=A2 filter=A1:M3 paper=9 landscape titles=$1:$1\n"
             "formats: General|General|General|General|General|0.00|0.00|0.00|General|General|0.00|"
             "General|+0.00;-0.00;0.00\n"
             "fills: Informatif=FFB9D8C3|Menuju Informatif=FFCEDFBA|Cukup Informatif=FFF0DBB3|"
             "Tidak Informatif=FFEBBBBB|Kurang Informatif=FFF4CCBA\n"
             "Kategori,Peringkat,ID,Nama Badan Publik,Wilayah,Self Assessment Questionnaire,"
             "Visitasi,Nilai,Kualifikasi,Status,Nilai 2023,Kualifikasi 2023,Perubahan\n"
             "Perangkat Daerah,1.0,OPD-A,Dinas Komunikasi dan Informatika,,95.0,90.0,94.0,"
             "Informatif,dinilai,85.0,Menuju Informatif,9.0\n"
             "Perangkat Daerah,2.0,OPD-C,# Badan Perencanaan | Riset,,90.0,90.0,90.0,Informatif,"
             "dinilai,,,\n"
             "Perangkat Daerah,3.0,OPD-B,Dinas Kesehatan,,90.0,87.5,89.5,Menuju Informatif,dinilai,"
             "91.0,Informatif,-1.5\n"
             "Perangkat Daerah,3.0,OPD-D,Dinas Pendidikan,,89.5,89.48,89.5,Menuju Informatif,"
             "dinilai,,,\n"
             "Perangkat Daerah,5.0,OPD-E,Dinas Sosial,,60.0,60.0,60.0,Cukup Informatif,dinilai,"
             "60.0,Cukup Informatif,0.0\n"
             "Perangkat Daerah,,OPD-F,Dinas Pertanian,,,,,Tidak Informatif,tidak mengisi SAQ,"
             "73.33,Cukup Informatif,\n"
             "Desa,1.0,DESA-1,Desa Sukamaju | Timur,,,,80.0,Menuju Informatif,dinilai,70.0,"
             "Cukup Informatif,10.0\n"
             "Desa,2.0,DESA-2,@grafik desa,,,,79.99,Cukup Informatif,dinilai,,,\n"
             "Desa,3.0,DESA-3,- Desa Strip,,,,40.0,Kurang Informatif,dinilai,,,\n"
             "Desa,4.0,DESA-4,# Desa Pagar,,,,39.99,Tidak Informatif,dinilai,,,\n"
             "Partai Politik,1.0,PARPOL-1,Partai Miring \\ Barat,,,,72.5,Cukup Informatif,"
             "dinilai,,,\n"
             "Partai Politik,,PARPOL-2,| Partai Garis,,,,,Tidak Informatif,tidak mengisi SAQ,,,\n");
    free(out);
    free(cmd);
    free(path);
}

/* The summary sheet holds the ranking PDF's first page: per category the
 * bodies, the scored ones per qualification, the non-respondents
 * (Perangkat Daerah: A, C Informatif; B, D Menuju; E Cukup; F no SAQ). */
Test(publish, the_summary_sheet_counts_as_the_ranking_does)
{
    char *path = workspace_file(&w, "peringkat-2024.xlsx");
    char *cmd = xasprintf("/usr/bin/python3 -c \"import openpyxl, sys\n"
                          "ws = openpyxl.load_workbook(sys.argv[1])['Ringkasan']\n"
                          "for row in ws.iter_rows(max_row=5, values_only=True):\n"
                          "    print(','.join(str(v) for v in row))\" '%s'",
                          path);
    int status;
    char *out = shell_output(cmd, &status);
    cr_expect_eq(status, 0, "%s", out);
    cr_expect_str_eq(out, "Kategori,Jumlah,Informatif,Menuju Informatif,Cukup Informatif,"
                          "Kurang Informatif,Tidak Informatif,Tidak mengisi SAQ\n"
                          "Perangkat Daerah,6,2,2,1,0,0,1\n"
                          "Desa,4,0,1,1,1,1,0\n"
                          "Partai Politik,2,0,0,1,0,0,1\n"
                          "Jumlah,12,2,3,3,1,1,2\n");
    free(out);
    free(cmd);
    free(path);
}

/* Sheet names from the categories' names: at most 31 characters, without
 * []:*?/\, unique without regard to case (a "(2)" where one is taken). */
Test(publish, sheet_names_are_safe_short_and_unique)
{
    workspace s = workspace_new("sheets");
    build_ok(FIXTURE("sheets/event.json"), FIXTURE("sheets/scores.csv"), s.out);
    char *path = workspace_file(&s, "peringkat-2024.xlsx");
    char *cmd =
        xasprintf("/usr/bin/python3 '%s/tests/read_workbook.py' '%s' | sed -n 1p", TEST_ROOT, path);
    char *out = shell_output(cmd, NULL);
    cr_expect_str_eq(out, "sheets: Ringkasan|Semua|Badan Usaha Milik Daerah Kabupa|"
                          "Badan Usaha Milik Daerah Ka (2)|Lembaga -Non- Struktural- Pusat|"
                          "semua (2)|Kecamatan Kepulauan Seribu Ujun\n");
    free(out);
    free(cmd);
    free(path);
    workspace_free(&s);

    char name[128];
    /* 30 letters, then two of two bytes each: the 31st character is kept
     * whole, the 32nd goes */
    workbook_sheet_name("Dinas Pariwisata dan Kebudayaa\u00e9\u00e9", name, sizeof name);
    cr_expect_str_eq(name, "Dinas Pariwisata dan Kebudayaa\u00e9");
    workbook_sheet_name("  'Dinas: A'  ", name, sizeof name);
    cr_expect_str_eq(name, "Dinas- A");
}
