/* Scores from an XLSX workbook (tests/fixtures/xlsx/, made by its
 * make_fixtures.py): the same round as the equivalent CSV, problems named
 * by sheet and cell, and broken or hostile workbooks refused with a
 * message and nothing written. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "helpers.h"
#include "util.h"
#include "xlsx.h"

#define HAND(name) FIXTURE("hand/" name)
#define XLSX(name) FIXTURE("xlsx/" name)

/* A file of the hand round's build from `scores` (caller frees). */
static char *hand_build_file(const char *scores, const char *name)
{
    workspace w = workspace_new("hasil");
    build_ok(HAND("event.json"), scores, w.out);
    char *path = workspace_file(&w, name);
    char *text = slurp(path, NULL);
    cr_assert_not_null(text, "%s", path);
    free(path);
    workspace_free(&w);
    return text;
}

/* The workbook gives the very JSON and CSV exports the CSV gives. */
static void expect_same_round(const char *workbook)
{
    const char *files[] = {"peringkat-2024.json", "peringkat-2024.csv"};
    for (size_t i = 0; i < 2; i++) {
        char *from_csv = hand_build_file(HAND("scores.csv"), files[i]);
        char *from_xlsx = hand_build_file(workbook, files[i]);
        cr_expect_str_eq(from_xlsx, from_csv, "%s from %s", files[i], workbook);
        free(from_csv);
        free(from_xlsx);
    }
}

Test(xlsx, an_openpyxl_workbook_builds_the_round_of_the_csv)
{
    /* inline strings, numbers as openpyxl writes them (87,5 as "87.5",
     * 89,475 as "89.47499999999999"), empty cells left out */
    expect_same_round(XLSX("hand.xlsx"));
}

Test(xlsx, shared_strings_skipped_cells_and_rows_and_17_digit_numbers)
{
    /* shared strings (one in two runs plus a phonetic reading), cells
     * without a reference, a blank row, a row of styled empty cells, and
     * every number with 17 significant digits */
    expect_same_round(XLSX("hand-raw.xlsx"));
}

/* OPD-D's visitasi 89,475 is stored as "89.474999999999994".  Read as
 * typed (rounded to 15 significant digits: 89.475) the final score is
 * 89,5 × 0,8 + 89,475 × 0,2 = 71,6 + 17,895 = 89,495, half up 89,50
 * (Menuju Informatif); read as stored it would be 71,6 + 17,8949999999999988
 * = 89,4949999999999988, which rounds to 89,49. */
Test(xlsx, a_stored_number_is_read_as_the_decimal_typed)
{
    char *json = hand_build_file(XLSX("hand-raw.xlsx"), "peringkat-2024.json");
    const char *opd_d = strstr(json, "\"id\":\t\"OPD-D\"");
    cr_assert_not_null(opd_d, "%s", json);
    cr_expect(strstr(opd_d, "\"nilai\":\t89.50,") == strstr(opd_d, "\"nilai\":"),
              "OPD-D's score: %.120s", opd_d);
    free(json);
}

/* Writes a ';' CSV without quoted fields (the hand round, the 2022 sample)
 * as a workbook with libxlsxwriter (as `anugerah init`'s template is):
 * texts as shared strings, the score columns as numbers as libxlsxwriter
 * prints them, empty cells left out.  `extra`, when not NULL, is one more
 * column: its header, then its value on the first body's row only. */
static void csv_to_workbook(const char *csv_path, const char *xlsx_path, const char *sheet,
                            const char *extra_header, double extra_value)
{
    static const char *scores[] = {"nilai",
                                   "saq",
                                   "visitasi",
                                   "nilai_sebelumnya",
                                   "jenis_informasi",
                                   "digitalisasi",
                                   "kualitas_informasi",
                                   "pelayanan_informasi",
                                   "komitmen_organisasi",
                                   "sarana_prasarana"};
    size_t len;
    char *csv = slurp(csv_path, &len);
    cr_assert_not_null(csv, "%s", csv_path);
    char *text = strncmp(csv, "\xEF\xBB\xBF", 3) == 0 ? csv + 3 : csv;
    lxw_workbook *wb = workbook_new(xlsx_path);
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheet);
    bool number[64] = {false};
    int row = 0, columns = 0;
    char *save_line = NULL;
    for (char *line = strtok_r(text, "\r\n", &save_line); line;
         line = strtok_r(NULL, "\r\n", &save_line), row++) {
        int col = 0;
        for (char *p = line; col < 64; col++) {
            char *end = strchr(p, ';');
            if (end)
                *end = '\0';
            if (row == 0) {
                for (size_t k = 0; k < sizeof scores / sizeof *scores; k++)
                    number[col] |= strcmp(p, scores[k]) == 0;
                worksheet_write_string(ws, 0, (lxw_col_t)col, p, NULL);
            } else if (*p && number[col]) {
                char *comma = strchr(p, ',');
                if (comma)
                    *comma = '.';
                worksheet_write_number(ws, (lxw_row_t)row, (lxw_col_t)col, strtod(p, NULL), NULL);
            } else if (*p) {
                worksheet_write_string(ws, (lxw_row_t)row, (lxw_col_t)col, p, NULL);
            }
            if (!end)
                break;
            p = end + 1;
        }
        if (row == 0)
            columns = col + 1;
    }
    if (extra_header) {
        worksheet_write_string(ws, 0, (lxw_col_t)columns, extra_header, NULL);
        worksheet_write_number(ws, 1, (lxw_col_t)columns, extra_value, NULL);
    }
    cr_assert_eq(workbook_close(wb), LXW_NO_ERROR);
    free(csv);
}

Test(xlsx, a_libxlsxwriter_workbook_builds_the_round_of_the_csv)
{
    char *dir = temp_dir();
    char *path = xasprintf("%s/NILAI.xlsx", dir);
    csv_to_workbook(HAND("scores.csv"), path, "Nilai", NULL, 0);
    expect_same_round(path);
    free(path);
    remove_tree(dir);
    free(dir);
}

/* The 2022 sample chained to the 2021 archive, from a workbook: the same
 * peringkat-2022.json as from its CSV (last year's scores and their
 * changes included); a last year's score that differs from the archive is
 * named at its row's id cell. */
Test(xlsx, a_workbook_builds_a_round_chained_to_last_year)
{
    workspace y2021 = workspace_shared("banten-2021", SAMPLE("event.json"), SAMPLE("scores.csv"));
    const char *event = TEST_ROOT "/samples/banten-2022/event.json";
    const char *csv = TEST_ROOT "/samples/banten-2022/scores.csv";
    char *dir = temp_dir();
    char *xlsx = xasprintf("%s/NILAI-2022.xlsx", dir);
    csv_to_workbook(csv, xlsx, "Nilai 2022", NULL, 0);
    char *out[2] = {xasprintf("%s/dari-csv", dir), xasprintf("%s/dari-xlsx", dir)};
    const char *scores[2] = {csv, xlsx};
    char *json[2];
    for (int i = 0; i < 2; i++) {
        const char *args[] = {"build",      "--event", event,   "--scores", scores[i],
                              "--previous", y2021.out, "--out", out[i],     NULL};
        run_result r = run_anugerah(args);
        cr_assert_eq(r.status, 0, "%s: %s", scores[i], r.err);
        run_result_free(&r);
        char *file = xasprintf("%s/peringkat-2022.json", out[i]);
        json[i] = slurp(file, NULL);
        cr_assert_not_null(json[i], "%s", file);
        free(file);
    }
    cr_expect_str_eq(json[1], json[0]);

    /* OPD-01 (row 2, its id in column B) scored 90,47 in 2021: saq 89,32
     * and visitasi 95,09 weighted 80/20 give 71,456 + 19,018 = 90,474 */
    char *bad = xasprintf("%s/NILAI-salah.xlsx", dir);
    csv_to_workbook(csv, bad, "Nilai 2022", "nilai_sebelumnya", 12.34);
    const char *args[] = {"check", "--event",    event,     "--scores",
                          bad,     "--previous", y2021.out, NULL};
    run_result r = run_anugerah(args);
    cr_expect_eq(r.status, 2, "%s", r.err);
    char *expected = xasprintf("%s:'Nilai 2022'!B2: nilai_sebelumnya 12,34 berbeda dengan arsip "
                               "tahun lalu (90,47 di ",
                               bad);
    cr_expect(strstr(r.err, expected), "expected «%s» in\n%s", expected, r.err);
    free(expected);
    run_result_free(&r);
    free(bad);
    for (int i = 0; i < 2; i++) {
        free(json[i]);
        free(out[i]);
    }
    free(xlsx);
    remove_tree(dir);
    free(dir);
    workspace_free(&y2021);
}

/* The round trip: `init --dari` the 2021 archive, the kit's
 * workbook filled in with openpyxl and its CSV filled in the same (from the
 * 2022 sample's scores, by tests/fill_kit.py), each built chained to 2021:
 * the same peringkat-2022.json, and the archive keeps the workbook as
 * masukan/nilai.xlsx. */
Test(xlsx, the_kits_workbook_filled_in_builds_as_its_csv)
{
    workspace y2021 = workspace_shared("banten-2021", SAMPLE("event.json"), SAMPLE("scores.csv"));
    char *dir = temp_dir();
    char *kit = xasprintf("%s/kit", dir);
    const char *init[] = {"init", kit, "--tahun", "2022", "--dari", y2021.out, NULL};
    run_result r = run_anugerah(init);
    cr_assert_eq(r.status, 0, "%s", r.err);
    run_result_free(&r);
    char *cmd = xasprintf("/usr/bin/python3 '%s/tests/fill_kit.py' '%s' 2022 "
                          "'%s/samples/banten-2022/scores.csv' 2>&1",
                          TEST_ROOT, kit, TEST_ROOT);
    int status;
    char *said = shell_output(cmd, &status);
    cr_assert_eq(status, 0, "%s", said);
    free(said);
    free(cmd);
    char *event = xasprintf("%s/event.json", kit);
    const char *names[2] = {"terisi.csv", "terisi.xlsx"};
    char *json[2];
    char *out[2];
    for (int i = 0; i < 2; i++) {
        char *scores = xasprintf("%s/%s", kit, names[i]);
        out[i] = xasprintf("%s/hasil-%d", dir, i);
        const char *args[] = {"build",      "--event", event,   "--scores", scores,
                              "--previous", y2021.out, "--out", out[i],     NULL};
        r = run_anugerah(args);
        cr_assert_eq(r.status, 0, "%s: %s", names[i], r.err);
        run_result_free(&r);
        char *file = xasprintf("%s/peringkat-2022.json", out[i]);
        json[i] = slurp(file, NULL);
        cr_assert_not_null(json[i], "%s", file);
        free(file);
        free(scores);
    }
    cr_expect_str_eq(json[1], json[0]);
    char *kept = xasprintf("%s/masukan/nilai.xlsx", out[1]);
    cr_expect(path_exists(kept), "%s", kept);
    free(kept);
    for (int i = 0; i < 2; i++) {
        free(json[i]);
        free(out[i]);
    }
    free(event);
    free(kit);
    remove_tree(dir);
    free(dir);
    workspace_free(&y2021);
}

/* Every workbook here is read within 30 s and, outside ASan builds (ASan
 * reserves terabytes of address space), 256 MB of address space.  (No
 * Criterion .timeout: with several at once, Criterion 2.4.1's runner leaks
 * 96 bytes, which fails the sanitized run.) */
#if defined(__SANITIZE_ADDRESS__)
#define MEMORY 0
#else
#define MEMORY (256L * 1024 * 1024)
#endif

static run_result check(const char *scores)
{
    const char *args[] = {"check", "--event", HAND("event.json"), "--scores", scores, NULL};
    return run_anugerah_bounded(args, 30, MEMORY);
}

/* `check` exits 2 with exactly these lines of problems. */
static void expect_problems(const char *scores, const char *lines)
{
    run_result r = check(scores);
    cr_expect_eq(r.status, 2, "%s: exit %d\n%s", scores, r.status, r.err);
    /* every problem line starts with the path given: NILAI.xlsx here */
    size_t plen = strlen(scores);
    char *got = xstrdup("");
    char *save = NULL;
    for (char *l = strtok_r(r.err, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
        if (strncmp(l, scores, plen) != 0)
            continue;
        char *more = xasprintf("%sNILAI.xlsx%s\n", got, l + plen);
        free(got);
        got = more;
    }
    cr_expect_str_eq(got, lines);
    free(got);
    run_result_free(&r);
}

Test(xlsx, problems_name_the_sheet_and_the_cell)
{
    /* sheet "Nilai Akhir" (quoted, as a spreadsheet writes it, since its
     * name holds a space); row 2 is right, each later row has one fault */
    expect_problems(
        XLSX("errors.xlsx"),
        "NILAI.xlsx:'Nilai Akhir'!D3: kolom \"nilai\" berisi 101, di luar rentang nilai 0 sampai "
        "100\n"
        "NILAI.xlsx:'Nilai Akhir'!C4: kategori \"kecamatan\" tidak ada di berkas acara (yang ada: "
        "opd, desa, parpol)\n"
        "NILAI.xlsx:'Nilai Akhir'!D5: sel berisi nilai logika (TRUE/FALSE); tulis teks atau "
        "angka\n"
        "NILAI.xlsx:'Nilai Akhir'!A6: id \"A-1\" sudah dipakai di 'Nilai Akhir'!A2\n"
        "NILAI.xlsx:'Nilai Akhir'!E7: sel ini berisi \"catatan\" di kolom tanpa judul; beri "
        "judul kolomnya atau kosongkan sel ini\n"
        /* 0,925 formatted "0.0%" (a format of the workbook's own), 0,9
         * formatted "0%" (built in): shown as 92,5 % and 90 %, never read
         * as 0,93 and 0,90 */
        "NILAI.xlsx:'Nilai Akhir'!D8: sel berformat persen, jadi isinya 0,925, bukan nilai yang "
        "tampil; hapus format persen lalu tulis nilainya (0 sampai 100) tanpa %\n"
        "NILAI.xlsx:'Nilai Akhir'!D9: sel berformat persen, jadi isinya 0,9, bukan nilai yang "
        "tampil; hapus format persen lalu tulis nilainya (0 sampai 100) tanpa %\n");
}

Test(xlsx, a_formula_without_its_result_is_named)
{
    expect_problems(XLSX("formula.xlsx"),
                    "NILAI.xlsx:Nilai!D3: sel berisi rumus tanpa hasil tersimpan; buka buku kerja "
                    "di spreadsheet, lalu simpan lagi agar hasilnya tersimpan\n");
}

/* check and build refuse the workbook with the message; the build writes
 * nothing. */
static void expect_refused(const char *scores, const char *message)
{
    run_result r = check(scores);
    cr_expect_eq(r.status, 2, "%s: exit %d\n%s", scores, r.status, r.err);
    char *line = xasprintf("%s: %s", scores, message);
    cr_expect(strstr(r.err, line), "%s: expected «%s» in\n%s", scores, line, r.err);
    free(line);
    run_result_free(&r);

    workspace w = workspace_new("hasil");
    const char *build[] = {"build", "--event", HAND("event.json"), "--scores", scores, "--out",
                           w.out,   NULL};
    r = run_anugerah_bounded(build, 30, MEMORY);
    cr_expect_eq(r.status, 2, "%s: build exit %d", scores, r.status);
    cr_expect_eq(dir_entries(w.dir), 0, "%s: nothing may be written", scores);
    run_result_free(&r);
    workspace_free(&w);
}

Test(xlsx, a_file_that_is_not_a_zip_is_refused)
{
    expect_refused(XLSX("not-zip.xlsx"),
                   "bukan buku kerja XLSX yang dapat dibaca (bukan berkas zip); simpan dari "
                   "spreadsheet sebagai \"Buku Kerja Excel (.xlsx)\" atau sebagai \"CSV UTF-8\"");
}

Test(xlsx, a_missing_sheet_is_refused)
{
    expect_refused(XLSX("no-sheet.xlsx"), "bagian \"xl/worksheets/sheet1.xml\" tidak ada di "
                                          "dalamnya; ini bukan buku kerja XLSX yang utuh");
}

Test(xlsx, xml_entities_are_refused_not_expanded)
{
    expect_refused(XLSX("entity.xlsx"),
                   "bagian \"xl/worksheets/sheet1.xml\" memuat deklarasi DOCTYPE atau entitas "
                   "XML, yang tidak pernah ada di buku kerja XLSX; ditolak");
}

/* 69 KB that inflate to 69 000 000 bytes (65,8 MB) of shared strings:
 * refused from the size the zip declares, before inflating. */
Test(xlsx, a_zip_bomb_is_refused_from_its_declared_size)
{
    expect_refused(XLSX("bomb.xlsx"), "bagian \"xl/sharedStrings.xml\" berukuran 65 MB setelah "
                                      "dibuka; batasnya 64 MB (bom zip?)");
}

/* The same bomb whose zip headers claim 1 000 bytes: libzip inflates past
 * what is declared, so the bytes are counted as they come and the part is
 * refused at 64 MB, not read to its end. */
Test(xlsx, a_zip_bomb_lying_about_its_size_is_refused_at_the_limit)
{
    expect_refused(XLSX("bomb-lie.xlsx"), "bagian \"xl/sharedStrings.xml\" lebih dari 64 MB "
                                          "setelah dibuka (bom zip?); ditolak");
}

/* The longest cell a spreadsheet allows (32 767 characters, 65 534 bytes
 * of "é") is the CSV's long field: its row is refused at its cell. */
Test(xlsx, the_longest_cell_is_a_long_field_at_its_cell)
{
    expect_problems(XLSX("long-cell.xlsx"),
                    "NILAI.xlsx:Nilai!B2: kolom ke-2 terlalu panjang (65534 byte; paling banyak "
                    "4096)\n");
}

/* 200 KB between two tags is no cell's text: the part is refused there,
 * before libxml2 holds it (its buffer then stays grown: 250 MB of 1 MB
 * texts kept 266 MB). */
Test(xlsx, a_text_longer_than_any_cell_refuses_the_part)
{
    expect_refused(XLSX("long-text.xlsx"),
                   "bagian \"xl/worksheets/sheet1.xml\" memuat teks lebih dari 192 KB tanpa tag, "
                   "lebih panjang dari sel mana pun; ditolak");
}

Test(xlsx, a_workbook_named_csv_is_still_read_as_a_workbook)
{
    /* the zip's first bytes decide, whatever the name */
    char *dir = temp_dir();
    size_t len;
    char *data = slurp(XLSX("hand.xlsx"), &len);
    char *path = xasprintf("%s/nilai.csv", dir);
    FILE *f = fopen(path, "wb");
    cr_assert_not_null(f);
    fwrite(data, 1, len, f);
    fclose(f);
    expect_same_round(path);
    free(path);
    free(data);
    remove_tree(dir);
    free(dir);
}

/* ---- the rules, by hand ---- */

Test(xlsx, numbers_are_read_to_15_significant_digits)
{
    struct {
        const char *stored, *read;
    } cases[] = {
        {"87.25", "87.25"},
        {"87.250000000000001", "87.25"},  /* 16th digit 0: down */
        {"89.994999999999997", "89.995"}, /* 16th digit 9: up, carried */
        {"0.30000000000000004", "0.3"},   /* 0,1 + 0,2 */
        {"39.990000000000002", "39.99"},
        {"9.9999999999999999", "10"}, /* carried past the first digit */
        {"100", "100"},
        {"1E-3", "0.001"},
        {"1.5E2", "150"},
        {"8.725e+1", "87.25"},
        {"-0.5", "-0.5"},
        {"0", "0"},
        {"0.000", "0"},
        {"123456789012345678", "123456789012346000"}, /* 15 digits kept, 16th 6: up */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char out[160];
        cr_expect(xlsx_number_text(cases[i].stored, out, sizeof out), "%s", cases[i].stored);
        cr_expect_str_eq(out, cases[i].read, "%s", cases[i].stored);
    }
    const char *bad[] = {"", ".", "abc", "1,5", "1E", "1E+400", "inf", "NaN", "1 2"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char out[160];
        cr_expect(!xlsx_number_text(bad[i], out, sizeof out), "«%s» is not a number", bad[i]);
    }
}

Test(xlsx, places_are_written_as_a_spreadsheet_writes_them)
{
    char buf[128];
    cr_expect_str_eq(xlsx_place("Nilai", 3, 7, buf, sizeof buf), "Nilai!C7");
    cr_expect_str_eq(xlsx_place("Nilai Akhir", 1, 2, buf, sizeof buf), "'Nilai Akhir'!A2");
    cr_expect_str_eq(xlsx_place("O'Brien", 1, 1, buf, sizeof buf), "'O''Brien'!A1");
    cr_expect_str_eq(xlsx_place("2024", 1, 1, buf, sizeof buf), "'2024'!A1");
    /* 26 letters, then AA (27), AZ (52), ZZ (26 + 26 × 26 = 702), AAA (703) */
    cr_expect_str_eq(xlsx_place("S", 26, 1, buf, sizeof buf), "S!Z1");
    cr_expect_str_eq(xlsx_place("S", 27, 1, buf, sizeof buf), "S!AA1");
    cr_expect_str_eq(xlsx_place("S", 52, 1, buf, sizeof buf), "S!AZ1");
    cr_expect_str_eq(xlsx_place("S", 702, 1, buf, sizeof buf), "S!ZZ1");
    cr_expect_str_eq(xlsx_place("S", 703, 1048576, buf, sizeof buf), "S!AAA1048576");
}

/* A workbook whose first tab is a chart (a clerk's "Grafik" moved in
 * front of the scores): the program reads the first sheet, and says that
 * it is a chart, rather than that the sheet is empty. */
Test(xlsx, a_chart_as_the_first_sheet_is_named_as_a_chart)
{
    workspace w = workspace_new("grafik");
    char *path = xasprintf("%s/grafik-dulu.xlsx", w.dir);
    lxw_workbook *wb = workbook_new(path);
    lxw_chartsheet *cs = workbook_add_chartsheet(wb, "Grafik");
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Nilai");
    worksheet_write_string(ws, 0, 0, "id", NULL);
    worksheet_write_string(ws, 0, 1, "nilai", NULL);
    worksheet_write_string(ws, 1, 0, "OPD-A", NULL);
    worksheet_write_number(ws, 1, 1, 90, NULL);
    lxw_chart *chart = workbook_add_chart(wb, LXW_CHART_COLUMN);
    chart_add_series(chart, NULL, "=Nilai!$B$2:$B$2");
    chartsheet_set_chart(cs, chart);
    cr_assert_eq(workbook_close(wb), LXW_NO_ERROR);
    expect_refused(path, "lembar pertama buku kerja, \"Grafik\", adalah grafik, bukan lembar "
                         "nilai; pindahkan lembar nilai ke urutan pertama di spreadsheet");
    free(path);
    workspace_free(&w);
}
