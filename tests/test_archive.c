#include <cjson/cJSON.h>
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "helpers.h"
#include "util.h"

#define EVENT_2021 SAMPLE("event.json")
#define SCORES_2021 SAMPLE("scores.csv")
#define EVENT_2022 TEST_ROOT "/samples/banten-2022/event.json"
#define SCORES_2022 TEST_ROOT "/samples/banten-2022/scores.csv"

static run_result verify(const char *dir)
{
    const char *args[] = {"verify", dir, NULL};
    return run_anugerah(args);
}

Test(archive, the_manifest_lists_every_file_with_size_pages_and_hash)
{
    workspace w = workspace_new("2021");
    shared_copy("banten-2021", EVENT_2021, SCORES_2021, w.out);
    char *path = workspace_file(&w, "manifest.json");
    char *text = slurp(path, NULL);
    cJSON *m = cJSON_Parse(text);
    cr_assert_not_null(m);
    cr_expect_str_eq(cJSON_GetObjectItem(m, "versi")->valuestring, "0.1.0");
    cJSON *round = cJSON_GetObjectItem(m, "acara");
    cr_expect_eq(cJSON_GetObjectItem(round, "tahun")->valueint, 2021);
    cr_expect_str_eq(cJSON_GetObjectItem(round, "penyelenggara")->valuestring,
                     "Komisi Informasi Provinsi Banten");
    cJSON *inputs = cJSON_GetObjectItem(m, "masukan");
    /* the event, the scores, the release's and the fact sheets' templates */
    cr_expect_eq(cJSON_GetArraySize(inputs), 4);
    cr_expect_str_eq(cJSON_GetObjectItem(cJSON_GetArrayItem(inputs, 1), "nama")->valuestring,
                     "scores.csv");
    char *cmd = xasprintf("sha256sum '%s' | cut -c1-64", SCORES_2021);
    char *sum = shell_output(cmd, NULL);
    cr_expect(
        strncmp(sum, cJSON_GetObjectItem(cJSON_GetArrayItem(inputs, 1), "sha256")->valuestring, 64)
        == 0);
    free(sum);
    free(cmd);
    cJSON *files = cJSON_GetObjectItem(m, "berkas");
    /* 101 cards; 37 certificates: 19 "Badan Publik Informatif" (the
     * bodies whose 80 % SAQ + 20 % visit is 90 or more), 15 "Terbaik" (first
     * to third of the 5 categories, no ties there) and 3 "Anugerah Praja
     * Terbuka" (the three Pemda ids the event lists); the ranking's PDF,
     * CSV and JSON, the book, the release, the certificates' print file and
     * register, the decree's annex, the ceremony deck, the workbook and
     * metadata.json: 101 + 37 + 3 + 1 + 1 + 2 + 1 + 1 + 2 = 149; a fact
     * sheet per category (lembar-fakta/): 5; the site (situs/): its index,
     * stylesheet, script and verification page, and 101 body pages; the
     * copies of the inputs (masukan/): the event, the scores and the
     * event's 4 images (2 emblems, the signature, the seal) */
    cr_expect_eq(cJSON_GetArraySize(files), 149 + 5 + 4 + 101 + 6);
    cJSON *f;
    bool found_book = false;
    cJSON_ArrayForEach(f, files)
    {
        const char *name = cJSON_GetObjectItem(f, "jalur")->valuestring;
        if (strcmp(name, "kartu-nilai-2021.pdf") == 0) {
            found_book = true;
            /* the cover, 3 pages of contents (see test_scorecard.c), 101 cards */
            cr_expect_eq(cJSON_GetObjectItem(f, "halaman")->valueint, 1 + 3 + 101);
            char *p = workspace_file(&w, name);
            char *c = xasprintf("sha256sum '%s' | cut -c1-64", p);
            char *s = shell_output(c, NULL);
            cr_expect(strncmp(s, cJSON_GetObjectItem(f, "sha256")->valuestring, 64) == 0);
            free(s);
            free(c);
            free(p);
        }
        if (strstr(name, ".csv"))
            cr_expect(cJSON_IsNull(cJSON_GetObjectItem(f, "halaman")));
    }
    cr_expect(found_book);
    cJSON_Delete(m);
    free(text);
    free(path);
    workspace_free(&w);
}

Test(archive, a_fresh_build_verifies)
{
    workspace w = workspace_new("2021");
    shared_copy("banten-2021", EVENT_2021, SCORES_2021, w.out);
    run_result r = verify(w.out);
    cr_expect_eq(r.status, 0, "%s", r.err);
    /* every file but the manifest: 149 + 5 + 4 + 101 + 6 = 265 (see above) */
    cr_expect(strstr(r.out, "Arsip utuh: 265 berkas cocok"), "%s", r.out);
    run_result_free(&r);
    workspace_free(&w);
}

Test(archive, a_changed_a_missing_and_an_added_file_are_each_reported)
{
    workspace w = workspace_new("2021");
    shared_copy("banten-2021", EVENT_2021, SCORES_2021, w.out);
    /* one byte of one PDF changed */
    char *changed = workspace_file(&w, "kartu-nilai/opd/OPD-01.pdf");
    FILE *f = fopen(changed, "r+b");
    fseek(f, 200, SEEK_SET);
    int c = fgetc(f);
    fseek(f, 200, SEEK_SET);
    fputc(c ^ 1, f);
    fclose(f);
    /* one deleted, one added */
    char *deleted = workspace_file(&w, "piagam/terbaik/PEMDA-01.pdf");
    remove(deleted);
    char *added = write_file(w.out, "catatan.txt", "tambahan");

    run_result r = verify(w.out);
    cr_expect_eq(r.status, 1);
    cr_expect(strstr(r.err, "kartu-nilai/opd/OPD-01.pdf: berkas berubah"), "%s", r.err);
    cr_expect(strstr(r.err, "piagam/terbaik/PEMDA-01.pdf: berkas hilang"), "%s", r.err);
    cr_expect(strstr(r.err, "catatan.txt: berkas tidak tercantum di manifest"), "%s", r.err);
    cr_expect(strstr(r.err, "3 masalah"), "%s", r.err);
    run_result_free(&r);
    free(changed);
    free(deleted);
    free(added);
    workspace_free(&w);
}

/* The archive keeps what it was made from: the event and the scores as
 * given, and the 4 images the sample's event names (its "logo" lists
 * ../gambar/lambang-provinsi.png then ../gambar/logo-komisi.png). */
Test(archive, the_archive_holds_its_inputs_byte_for_byte)
{
    workspace w = workspace_new("2021");
    shared_copy("banten-2021", EVENT_2021, SCORES_2021, w.out);
    const char *pairs[][2] = {
        {"masukan/acara.json", EVENT_2021},
        {"masukan/nilai.csv", SCORES_2021},
        {"masukan/gambar/logo-1.png", TEST_ROOT "/samples/gambar/lambang-provinsi.png"},
        {"masukan/gambar/logo-2.png", TEST_ROOT "/samples/gambar/logo-komisi.png"},
        {"masukan/gambar/tanda-tangan.png", TEST_ROOT "/samples/gambar/tanda-tangan.png"},
        {"masukan/gambar/stempel.png", TEST_ROOT "/samples/gambar/stempel.png"},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        char *copy = workspace_file(&w, pairs[i][0]);
        char *cmd = xasprintf("cmp '%s' '%s'", copy, pairs[i][1]);
        int status;
        char *said = shell_output(cmd, &status);
        cr_expect_eq(status, 0, "%s: %s", pairs[i][0], said);
        free(said);
        free(cmd);
        free(copy);
    }
    /* the folder holds those 6 and nothing else */
    char *cmd = xasprintf("cd '%s' && find masukan -type f | sort | tr '\\n' ' '", w.out);
    char *listed = shell_output(cmd, NULL);
    cr_expect_str_eq(listed,
                     "masukan/acara.json masukan/gambar/logo-1.png masukan/gambar/logo-2.png "
                     "masukan/gambar/stempel.png masukan/gambar/tanda-tangan.png "
                     "masukan/nilai.csv ");
    free(listed);
    free(cmd);
    /* the manifest's digest of the event is that of its copy */
    char *path = workspace_file(&w, "manifest.json");
    char *text = slurp(path, NULL);
    cJSON *m = cJSON_Parse(text);
    cr_assert_not_null(m);
    const char *given =
        cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(m, "masukan"), 0), "sha256")
            ->valuestring;
    cJSON *f;
    bool found = false;
    cJSON_ArrayForEach(f, cJSON_GetObjectItem(m, "berkas"))
    {
        if (strcmp(cJSON_GetObjectItem(f, "jalur")->valuestring, "masukan/acara.json") != 0)
            continue;
        found = true;
        cr_expect_str_eq(cJSON_GetObjectItem(f, "sha256")->valuestring, given);
        cr_expect_eq(cJSON_GetObjectItem(f, "ukuran")->valuedouble, 3001,
                     "samples/banten-2021/event.json is 3001 bytes");
    }
    cr_expect(found);
    cJSON_Delete(m);
    free(text);
    free(path);
    workspace_free(&w);
}

Test(archive, a_changed_copy_of_an_input_is_reported)
{
    workspace w = workspace_new("2021");
    shared_copy("banten-2021", EVENT_2021, SCORES_2021, w.out);
    /* the place in the archived event changed: "Serang" to "Serong" */
    char *p = workspace_file(&w, "masukan/acara.json");
    char *text = slurp(p, NULL);
    char *at = strstr(text, "\"Serang\"");
    cr_assert_not_null(at);
    at[4] = 'o';
    free(write_file(w.out, "masukan/acara.json", text));
    run_result r = verify(w.out);
    cr_expect_eq(r.status, 1);
    cr_expect(strstr(r.err, "masukan/acara.json: berkas berubah"), "%s", r.err);
    cr_expect(strstr(r.err, "1 masalah"), "%s", r.err);
    run_result_free(&r);
    free(text);
    free(p);
    workspace_free(&w);
}

Test(archive, a_folder_without_manifest_is_not_an_archive)
{
    workspace w = workspace_new("kosong");
    run_result r = verify(w.dir);
    cr_expect_eq(r.status, 2);
    cr_expect(
        strstr(r.err,
               "manifest.json: manifest tidak dapat dibaca: berkas atau folder itu tidak ada"),
        "%s", r.err);
    run_result_free(&r);
    workspace_free(&w);
}

static char *chained_2022(workspace *w)
{
    char *y2021 = xasprintf("%s/2021", w->dir);
    shared_copy("banten-2021", EVENT_2021, SCORES_2021, y2021);
    const char *args[] = {"build",      "--event", EVENT_2022, "--scores", SCORES_2022,
                          "--previous", y2021,     "--out",    w->out,     NULL};
    run_result r = run_anugerah(args);
    cr_assert_eq(r.status, 0, "%s", r.err);
    run_result_free(&r);
    return y2021;
}

Test(archive, a_chained_year_shows_last_years_scores)
{
    workspace w = workspace_new("2022");
    char *y2021 = chained_2022(&w);
    char *card = workspace_file(&w, "kartu-nilai/pemda/PEMDA-08.pdf");
    char *text = pdf_text(card);
    cr_expect(strstr(text, "Tahun 2021: 60,62 (Cukup Informatif)"), "%s", text);
    free(text);
    free(card);
    char *press = workspace_file(&w, "siaran-pers-2022.pdf");
    text = pdf_text(press);
    cr_expect(strstr(text, "Dibandingkan tahun 2021"));
    cr_expect(strstr(text, "kualifikasi dibandingkan tahun 2021"), "%s", text);
    free(text);
    free(press);
    /* the new party has no previous score; the archive is named in the manifest */
    char *manifest = workspace_file(&w, "manifest.json");
    char *m = slurp(manifest, NULL);
    cr_expect(strstr(m, "\"arsip_sebelumnya\""));
    free(m);
    free(manifest);
    free(y2021);
    workspace_free(&w);
}

Test(archive, a_previous_score_column_that_disagrees_is_reported)
{
    workspace w = workspace_new("2022");
    char *y2021 = xasprintf("%s/2021", w.dir);
    shared_copy("banten-2021", EVENT_2021, SCORES_2021, y2021);
    char *scores = write_file(w.dir, "nilai.csv",
                              "id;nama;kategori;saq;visitasi;nilai_sebelumnya\n"
                              "PEMDA-08;Kota Cilegon;pemda;70;70;60,62\n"
                              "PEMDA-01;Kota Tangerang;pemda;90;90;90\n");
    const char *args[] = {"build",      "--event", EVENT_2022, "--scores", scores,
                          "--previous", y2021,     "--out",    w.out,      NULL};
    run_result r = run_anugerah(args);
    cr_expect_eq(r.status, 2);
    cr_expect(strstr(r.err, "nilai.csv:3: nilai_sebelumnya 90,00 berbeda dengan arsip tahun lalu "
                            "(97,10"),
              "%s", r.err);
    cr_expect_null(strstr(r.err, "nilai.csv:2:"), "an equal value is no conflict");
    run_result_free(&r);
    free(scores);
    free(y2021);
    workspace_free(&w);
}

Test(archive, a_tampered_previous_archive_is_refused)
{
    workspace w = workspace_new("2022");
    char *y2021 = xasprintf("%s/2021", w.dir);
    shared_copy("banten-2021", EVENT_2021, SCORES_2021, y2021);
    char *json = xasprintf("%s/peringkat-2021.json", y2021);
    FILE *f = fopen(json, "ab");
    fputs(" ", f);
    fclose(f);
    const char *args[] = {"build",      "--event", EVENT_2022, "--scores", SCORES_2022,
                          "--previous", y2021,     "--out",    w.out,      NULL};
    run_result r = run_anugerah(args);
    cr_expect_eq(r.status, 2);
    cr_expect(strstr(r.err, "arsip tahun lalu tidak utuh"), "%s", r.err);
    run_result_free(&r);
    free(json);
    free(y2021);
    workspace_free(&w);
}

/* The object number of the catalog's /Metadata stream. */
static char *xmp_of(const char *pdf)
{
    char *cmd = xasprintf("qpdf --show-object=$(qpdf --show-object=trailer '%s' | "
                          "sed -n 's|.*/Root \\([0-9]*\\) 0 R.*|\\1|p') '%s' | "
                          "sed -n 's|.*/Metadata \\([0-9]*\\) 0 R.*|\\1|p'",
                          pdf, pdf);
    char *obj = shell_output(cmd, NULL);
    free(cmd);
    cmd = xasprintf("qpdf --show-object=%d --raw-stream-data '%s'", atoi(obj), pdf);
    char *xmp = shell_output(cmd, NULL);
    free(cmd);
    free(obj);
    return xmp;
}

Test(archive, pdfa_metadata_is_xml_matching_the_document_information)
{
    workspace w = workspace_new("x");
    /* a title with XML's special characters */
    char *event = write_file(w.dir, "acara.json",
                             "{\"judul\": \"Anugerah <KIP> & \\\"Keterbukaan\\\" 2024\", "
                             "\"tahun\": 2024, \"penyelenggara\": \"KI Provinsi Uji\", "
                             "\"tempat\": \"Kota Uji\", \"tanggal\": \"2024-12-10\", "
                             "\"penandatangan\": {\"nama\": \"Ketua\", \"jabatan\": \"Ketua\"}, "
                             "\"kategori\": [{\"kode\": \"desa\", \"nama\": \"Desa\"}, "
                             "{\"kode\": \"pt\", \"nama\": \"Perguruan Tinggi\"}]}");
    build_ok(event, FIXTURE("rules/scores.csv"), w.out);
    char *pdf = workspace_file(&w, "peringkat-2024.pdf");
    char *xmp = xmp_of(pdf);
    cr_expect(strstr(xmp, "Peringkat Badan Publik \u2014 Anugerah &lt;KIP&gt; &amp; "
                          "&quot;Keterbukaan&quot; 2024"),
              "%s", xmp);
    cr_expect(strstr(xmp, "<pdfaid:part>1</pdfaid:part>"));
    cr_expect(strstr(xmp, "<pdfaid:conformance>B</pdfaid:conformance>"));
    cr_expect(strstr(xmp, "<xmp:CreateDate>2024-12-10T00:00:00Z</xmp:CreateDate>"));
    cr_expect(strstr(xmp, "<pdf:Producer>Haru Free PDF Library 2.3.0</pdf:Producer>"));
    char *path = write_file(w.dir, "xmp.xml", xmp);
    char *cmd = xasprintf("xmllint --noout '%s' 2>&1", path);
    int status;
    char *lint = shell_output(cmd, &status);
    cr_expect_eq(status, 0, "%s", lint);
    free(lint);
    free(cmd);
    cmd = xasprintf("pdfinfo '%s'", pdf);
    char *info = shell_output(cmd, NULL);
    cr_expect(strstr(info, "Title:           Peringkat Badan Publik \u2014 Anugerah <KIP> & "
                           "\"Keterbukaan\" 2024"),
              "%s", info);
    cr_expect(strstr(info, "PDF version:     1.4"));
    free(info);
    free(cmd);
    cmd = xasprintf("qpdf --show-object=trailer '%s'; qpdf --check '%s' >/dev/null && echo OK", pdf,
                    pdf);
    char *trailer = shell_output(cmd, NULL);
    cr_expect(strstr(trailer, "/ID [ <"), "%s", trailer);
    cr_expect(strstr(trailer, "OK"));
    free(trailer);
    free(cmd);
    cmd = xasprintf("qpdf --show-object=$(qpdf --show-object=trailer '%s' | "
                    "sed -n 's|.*/Root \\([0-9]*\\) 0 R.*|\\1|p') '%s'",
                    pdf, pdf);
    char *catalog = shell_output(cmd, NULL);
    cr_expect(strstr(catalog, "/OutputIntents"), "%s", catalog);
    free(catalog);
    free(cmd);
    free(path);
    free(xmp);
    free(pdf);
    free(event);
    workspace_free(&w);
}

/* An archive's folder holds the 265 files its manifest lists, the
 * manifest and a few folders; the walk that looks for unlisted files
 * stops 1 000 entries beyond the listed ones (265 + 1 000 = 1 265), so
 * that a folder of millions of files costs neither memory nor time.
 * 1 001 files added in a folder of their own make at least 265 + 1
 * (the manifest) + 1 (the folder) + 1 001 = 1 268 entries: over. */
Test(archive, a_folder_of_too_many_unlisted_files_is_named_not_walked_whole)
{
    workspace w = workspace_new("2021");
    shared_copy("banten-2021", EVENT_2021, SCORES_2021, w.out);
    char *extra = workspace_file(&w, "tambahan");
    cr_assert_eq(mkdir(extra, 0755), 0);
    for (int i = 0; i < 1001; i++) {
        char name[32];
        snprintf(name, sizeof name, "%04d.txt", i);
        free(write_file(extra, name, ""));
    }
    run_result r = verify(w.out);
    cr_expect_eq(r.status, 1);
    char *expected = xasprintf("%s: folder ini menyimpan lebih dari 1000 berkas dan folder di luar "
                               "yang tercantum di manifest; sisanya tidak diperiksa",
                               w.out);
    cr_expect(strstr(r.err, expected), "%s", r.err);
    free(expected);
    run_result_free(&r);
    free(extra);
    workspace_free(&w);
}
