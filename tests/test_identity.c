#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "event.h"
#include "helpers.h"
#include "image.h"
#include "util.h"

/* The commission's identity in the event file: its images refused at
 * their line, its awards checked, and the certificates they give with
 * their numbers and register.  The fixtures are in tests/fixtures/identity
 * (README there); each bad event differs from event.json in one line. */

#define ID_FIXTURE(name) FIXTURE("identity/" name)
#define ID_EVENT ID_FIXTURE("event.json")
#define ID_SCORES ID_FIXTURE("scores.csv")

/* True when some line of `text` starts with `where` and holds `fragment`
 * after it. */
static bool line_has(const char *text, const char *where, const char *fragment)
{
    for (const char *p = strstr(text, where); p; p = strstr(p + 1, where)) {
        if (p != text && p[-1] != '\n')
            continue;
        const char *end = strchr(p, '\n');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        char *line = xasprintf("%.*s", (int)len, p);
        bool found = strstr(line + strlen(where), fragment) != NULL;
        free(line);
        if (found)
            return true;
    }
    return false;
}

/* `check` and `build` of event and scores both stop with exit 2, report
 * `fragment` at `file`:`line` (line 0: the whole file), and write nothing. */
static void refused(const char *event, const char *scores, const char *file, long line,
                    const char *fragment)
{
    char *where = line > 0 ? xasprintf("%s:%ld: ", file, line) : xasprintf("%s: ", file);
    const char *check[] = {"check", "--event", event, "--scores", scores, NULL};
    run_result r = run_anugerah(check);
    cr_expect_eq(r.status, 2, "check: exit %d", r.status);
    cr_expect(line_has(r.err, where, fragment), "check: want %s...%s in:\n%s", where, fragment,
              r.err);
    run_result_free(&r);

    workspace w = workspace_new("hasil");
    const char *build[] = {"build", "--event", event, "--scores", scores, "--out", w.out, NULL};
    r = run_anugerah(build);
    cr_expect_eq(r.status, 2, "build: exit %d", r.status);
    cr_expect(line_has(r.err, where, fragment), "build: want %s...%s in:\n%s", where, fragment,
              r.err);
    cr_expect(strstr(r.err, "tidak ada yang ditulis"), "%s", r.err);
    cr_expect_not(path_exists(w.out), "nothing written");
    cr_expect_eq(dir_entries(w.dir), 0, "not even a temporary folder left");
    run_result_free(&r);
    workspace_free(&w);
    free(where);
}

/* text with every `from` made `to` (caller frees). */
static char *replace(const char *text, const char *from, const char *to)
{
    size_t n = 0, lf = strlen(from), lt = strlen(to);
    for (const char *p = strstr(text, from); p; p = strstr(p + lf, from))
        n++;
    char *out = xmalloc(strlen(text) + n * lt + 1), *o = out;
    for (const char *p = text;;) {
        const char *hit = strstr(p, from);
        size_t keep = hit ? (size_t)(hit - p) : strlen(p);
        memcpy(o, p, keep);
        o += keep;
        if (!hit)
            break;
        memcpy(o, to, lt);
        o += lt;
        p = hit + lf;
    }
    *o = '\0';
    return out;
}

/* An event fixture refused at its own line. */
static void event_refused(const char *event, long line, const char *fragment)
{
    refused(event, ID_SCORES, event, line, fragment);
}

Test(identity, the_fixture_event_is_accepted)
{
    const char *check[] = {"check", "--event", ID_EVENT, "--scores", ID_SCORES, NULL};
    run_result r = run_anugerah(check);
    cr_expect_eq(r.status, 0, "%s", r.err);
    run_result_free(&r);
}

/* --- each bad image, at its line ------------------------------------- */

Test(identity, a_missing_image_is_refused_at_its_line)
{
    /* line 17: "logo": ["gambar/lambang.png", "gambar/tidak-ada.png"] */
    event_refused(ID_FIXTURE("gambar-hilang.json"), 17,
                  "logo: " ID_FIXTURE("gambar/tidak-ada.png") ": gambar tidak dapat dibaca: "
                                                              "berkas atau folder itu tidak ada");
}

Test(identity, a_folder_given_as_image_is_refused_at_its_line)
{
    /* line 10: "tanda_tangan": "gambar" */
    event_refused(ID_FIXTURE("gambar-folder.json"), 10,
                  "tanda tangan: " ID_FIXTURE("gambar") ": gambar tidak dapat dibaca: itu sebuah "
                                                        "folder, bukan berkas");
}

Test(identity, a_text_file_given_as_image_is_refused_at_its_line)
{
    /* line 11: "stempel": "gambar/bukan-gambar.png" */
    event_refused(ID_FIXTURE("gambar-teks.json"), 11,
                  "stempel \"" ID_FIXTURE("gambar/bukan-gambar.png") "\": bukan gambar PNG atau "
                                                                     "JPEG");
}

Test(identity, a_truncated_png_is_refused_at_its_line)
{
    /* line 17: "logo": ["gambar/terpotong.png"], the first half of a PNG */
    event_refused(ID_FIXTURE("png-terpotong.json"), 17,
                  "logo \"" ID_FIXTURE("gambar/terpotong.png") "\": berkas PNG rusak atau "
                                                               "terpotong");
}

Test(identity, a_truncated_jpeg_is_refused_at_its_line)
{
    /* line 11: "stempel": "gambar/terpotong.jpg", the first half of a JPEG */
    event_refused(ID_FIXTURE("jpeg-terpotong.json"), 11,
                  "stempel \"" ID_FIXTURE("gambar/terpotong.jpg") "\": berkas JPEG rusak atau "
                                                                  "terpotong");
}

Test(identity, an_image_over_4000_pixels_a_side_is_refused_at_its_line)
{
    /* line 10: "tanda_tangan": "gambar/lebar.png", 4001 x 1 pixels in 92
     * bytes */
    event_refused(ID_FIXTURE("gambar-lebar.json"), 10,
                  "tanda tangan \"" ID_FIXTURE("gambar/lebar.png") "\" berukuran 4001 \u00d7 1 "
                                                                   "piksel; paling besar 4000 "
                                                                   "piksel pada tiap sisi");
}

Test(identity, a_cmyk_jpeg_is_refused_at_its_line)
{
    /* line 17: "logo": "gambar/cmyk.jpg" (one image, not a list) */
    event_refused(ID_FIXTURE("jpeg-cmyk.json"), 17,
                  "logo \"" ID_FIXTURE("gambar/cmyk.jpg") "\": JPEG berwarna CMYK tidak "
                                                          "didukung; simpan sebagai JPEG RGB atau "
                                                          "PNG");
}

Test(identity, an_image_over_5_mb_is_refused_at_its_line)
{
    /* event.json in a folder of its own, its images named by full path,
     * the emblem (line 17) a sparse file of 6 MB */
    char *dir = temp_dir();
    char *big = xasprintf("%s/besar.png", dir);
    FILE *f = fopen(big, "wb");
    cr_assert(f);
    fputs("\x89PNG\r\n\x1a\n", f);
    cr_assert_eq(ftruncate(fileno(f), 6L * 1024 * 1024), 0);
    fclose(f);
    char *text = slurp(ID_EVENT, NULL);
    char *step = replace(text, "\"gambar/", "\"" ID_FIXTURE("gambar/"));
    char *named = replace(step, ID_FIXTURE("gambar/lambang.png"), big);
    char *event = write_file(dir, "event.json", named);
    char *message = xasprintf("logo: %s: gambar terlalu besar (6 MB); batasnya 5 MB", big);
    refused(event, ID_SCORES, event, 17, message);
    free(message);
    free(event);
    free(named);
    free(step);
    free(text);
    free(big);
    remove_tree(dir);
    free(dir);
}

/* --- the certificate number and the awards ----------------------------- */

Test(identity, an_unknown_placeholder_in_the_number_is_refused_at_its_line)
{
    /* line 18: "nomor": "{urut}/PIAGAM/{instansi}/{tahun}" */
    event_refused(ID_FIXTURE("nomor-penanda.json"), 18,
                  "pola nomor piagam memuat penanda \"{instansi}\" yang tidak dikenal");
}

Test(identity, an_award_with_two_rules_is_refused_at_its_line)
{
    /* line 21: "peringkat": 2 and "kualifikasi": ["Informatif"] */
    event_refused(ID_FIXTURE("dua-aturan.json"), 21,
                  "penghargaan harus memakai tepat satu aturan: \"kualifikasi\", \"peringkat\" "
                  "atau \"id\"");
}

Test(identity, an_award_without_a_rule_is_refused_at_its_line)
{
    /* line 21: only "kode" and "nama" */
    event_refused(ID_FIXTURE("tanpa-aturan.json"), 21,
                  "penghargaan harus memakai tepat satu aturan: \"kualifikasi\", \"peringkat\" "
                  "atau \"id\"");
}

Test(identity, an_award_naming_an_unknown_band_is_refused_at_its_line)
{
    /* line 20: "kualifikasi": ["Sangat Informatif"]; the bands are the
     * national ones */
    event_refused(ID_FIXTURE("kualifikasi-asing.json"), 20,
                  "penghargaan menyebut kualifikasi \"Sangat Informatif\" yang tidak ada");
}

Test(identity, an_award_naming_an_unknown_category_is_refused_at_its_line)
{
    /* line 22: "kategori": ["kelurahan"] */
    event_refused(ID_FIXTURE("kategori-asing.json"), 22,
                  "penghargaan menyebut kategori \"kelurahan\" yang tidak ada");
}

Test(identity, an_award_naming_an_unknown_id_is_refused_against_the_scores)
{
    /* "id": ["DESA-2", "DESA-9"]: no DESA-9 in the scores file, which is
     * where the ids are */
    refused(ID_FIXTURE("id-asing.json"), ID_SCORES, ID_SCORES, 0,
            "penghargaan \"desa-terbuka\" menyebut id \"DESA-9\" yang tidak ada di berkas ini");
}

/* --- the certificates and their register ------------------------------- */

/* The register's rows (after the BOM and the header), split at CRLF. */
typedef struct {
    char *text;
    char **rows;
    size_t n;
} register_rows;

static register_rows register_read(const char *path)
{
    register_rows reg = {0};
    reg.text = slurp(path, NULL);
    cr_assert(reg.text, "%s", path);
    static const char head[] = "\xEF\xBB\xBFnomor;penghargaan;kategori;id;nama;nilai\r\n";
    cr_assert(strncmp(reg.text, head, strlen(head)) == 0, "BOM and header: %s", reg.text);
    reg.rows = xcalloc(strlen(reg.text) / 4 + 1, sizeof(char *));
    for (char *p = reg.text + strlen(head); *p;) {
        char *end = strstr(p, "\r\n");
        cr_assert(end, "every row ends in CRLF");
        *end = '\0';
        reg.rows[reg.n++] = p;
        p = end + 2;
    }
    return reg;
}

static void register_free(register_rows *reg)
{
    free(reg->rows);
    free(reg->text);
}

/* Field k (0-based) of a row, in buf. */
static const char *field(const char *row, int k, char *buf, size_t size)
{
    for (int i = 0; i < k && row; i++) {
        row = strchr(row, ';');
        if (row)
            row++;
    }
    cr_assert(row, "field %d", k);
    const char *end = strchr(row, ';');
    size_t len = end ? (size_t)(end - row) : strlen(row);
    snprintf(buf, size, "%.*s", (int)len, row);
    return buf;
}

Test(identity, the_register_is_as_worked_out_by_hand)
{
    /* informatif (scores of 90 or more): OPD-1 95,50, OPD-2 91,25,
     * DESA-1 93 -> 001-003, category by category, then by rank;
     * terbaik, ranks 1-2 of each category: OPD-1, OPD-2, DESA-1, DESA-2
     * -> 004-007; desa-terbuka by id: DESA-2 (2nd), DESA-4 (4th) ->
     * 008-009; 10 December 2024 gives XII/2024.  The expected file,
     * piagam-2024.csv, was written from this reasoning. */
    workspace w = workspace_shared("identity", ID_EVENT, ID_SCORES);
    char *path = workspace_file(&w, "piagam-2024.csv");
    size_t got_len, want_len;
    char *got = slurp(path, &got_len);
    char *want = slurp(ID_FIXTURE("piagam-2024.csv"), &want_len);
    cr_assert(got && want);
    cr_expect(got_len == want_len && memcmp(got, want, got_len) == 0, "register:\n%s", got);
    free(want);
    free(got);
    free(path);
    workspace_free(&w);
}

/* The special award's folder holds exactly `ids`, and the register's rows
 * for the award (named `nama`) are exactly those ids, in that order. */
static void award_goes_to(const workspace *w, const char *reg_name, const char *kode,
                          const char *nama, const char *const *ids, size_t n)
{
    char *folder = xasprintf("piagam/%s", kode);
    char *dir = workspace_file(w, folder);
    cr_expect_eq(dir_entries(dir), n, "%s holds %zu files", folder, dir_entries(dir));
    for (size_t i = 0; i < n; i++) {
        char *file = xasprintf("%s/%s.pdf", dir, ids[i]);
        cr_expect(path_exists(file), "%s", file);
        free(file);
    }
    char *path = workspace_file(w, reg_name);
    register_rows reg = register_read(path);
    size_t seen = 0;
    char buf[256];
    for (size_t r = 0; r < reg.n; r++) {
        if (strcmp(field(reg.rows[r], 1, buf, sizeof buf), nama) != 0)
            continue;
        cr_assert_lt(seen, n, "more rows for %s than ids", nama);
        cr_expect_str_eq(field(reg.rows[r], 3, buf, sizeof buf), ids[seen]);
        seen++;
    }
    cr_expect_eq(seen, n, "%zu rows for %s", seen, nama);
    register_free(&reg);
    free(path);
    free(dir);
    free(folder);
}

Test(identity, a_special_award_goes_exactly_to_its_listed_ids)
{
    workspace w = workspace_shared("identity", ID_EVENT, ID_SCORES);
    const char *desa[] = {"DESA-2", "DESA-4"};
    award_goes_to(&w, "piagam-2024.csv", "desa-terbuka", "Desa Terbuka", desa, 2);
    workspace_free(&w);
    /* the sample: the three best Pemda of 2021, as the event lists them */
    w = workspace_shared("banten-2021", SAMPLE("event.json"), SAMPLE("scores.csv"));
    const char *pemda[] = {"PEMDA-01", "PEMDA-02", "PEMDA-03"};
    award_goes_to(&w, "piagam-2021.csv", "kabupaten-kota-terbaik", "Anugerah Praja Terbuka", pemda,
                  3);
    workspace_free(&w);
}

Test(identity, certificate_numbers_are_unique_and_unchanged_on_a_rebuild)
{
    workspace w = workspace_shared("banten-2021", SAMPLE("event.json"), SAMPLE("scores.csv"));
    workspace again = workspace_new("lagi");
    build_ok(SAMPLE("event.json"), SAMPLE("scores.csv"), again.out);
    char *first = workspace_file(&w, "piagam-2021.csv");
    char *second = workspace_file(&again, "piagam-2021.csv");
    register_rows a = register_read(first), b = register_read(second);
    cr_expect_eq(a.n, 37);
    cr_assert_eq(a.n, b.n);
    char x[256], y[256];
    for (size_t i = 0; i < a.n; i++) {
        cr_expect_str_eq(a.rows[i], b.rows[i], "row %zu differs on a rebuild", i + 1);
        /* in register order 001, 002, ... under the sample's pattern */
        char *want = xasprintf("%03zu/PIAGAM/KI-BANTEN/XI/2021", i + 1);
        cr_expect_str_eq(field(a.rows[i], 0, x, sizeof x), want);
        free(want);
        for (size_t j = 0; j < i; j++)
            cr_expect_str_neq(field(a.rows[i], 0, x, sizeof x), field(a.rows[j], 0, y, sizeof y),
                              "rows %zu and %zu share a number", j + 1, i + 1);
    }
    /* and the certificates themselves */
    char *cmd = xasprintf("diff -r '%s/piagam' '%s/piagam' && cmp '%s/piagam-2021.pdf' "
                          "'%s/piagam-2021.pdf'",
                          w.out, again.out, w.out, again.out);
    int status;
    char *report = shell_output(cmd, &status);
    cr_expect_eq(status, 0, "%s", report);
    free(report);
    free(cmd);
    register_free(&a);
    register_free(&b);
    free(first);
    free(second);
    workspace_free(&again);
    workspace_free(&w);
}

Test(identity, the_register_matches_the_certificates)
{
    /* the sample's awards, by the name the register gives them */
    static const char *const names[][2] = {{"Badan Publik Informatif", "informatif"},
                                           {"Terbaik", "terbaik"},
                                           {"Anugerah Praja Terbuka", "kabupaten-kota-terbaik"}};
    workspace w = workspace_shared("banten-2021", SAMPLE("event.json"), SAMPLE("scores.csv"));
    char *path = workspace_file(&w, "piagam-2021.csv");
    register_rows reg = register_read(path);
    char nomor[256], award[256], id[256], nama[256];
    for (size_t r = 0; r < reg.n; r++) {
        field(reg.rows[r], 1, award, sizeof award);
        const char *kode = NULL;
        for (size_t k = 0; k < 3; k++)
            if (strcmp(award, names[k][0]) == 0)
                kode = names[k][1];
        cr_assert(kode, "row %zu names award %s", r + 1, award);
        char *name = xasprintf("piagam/%s/%s.pdf", kode, field(reg.rows[r], 3, id, sizeof id));
        char *pdf = workspace_file(&w, name);
        cr_expect(path_exists(pdf), "row %zu: %s", r + 1, name);
        char *text = pdf_text(pdf);
        char *shown = xasprintf("Nomor: %s", field(reg.rows[r], 0, nomor, sizeof nomor));
        cr_expect(strstr(text, shown), "%s does not show %s: %s", name, shown, text);
        cr_expect(strstr(text, field(reg.rows[r], 4, nama, sizeof nama)), "%s: %s", name, nama);
        free(shown);
        free(text);
        free(pdf);
        free(name);
    }
    char *cmd = xasprintf("find '%s/piagam' -type f -name '*.pdf' | wc -l", w.out);
    char *count = shell_output(cmd, NULL);
    cr_expect_eq((size_t)atoi(count), reg.n, "%s certificate files, %zu rows", count, reg.n);
    /* the print file: every certificate, one page each */
    char *book = workspace_file(&w, "piagam-2021.pdf");
    cr_expect_eq((size_t)pdf_pages(book), reg.n);
    free(book);
    free(count);
    free(cmd);
    register_free(&reg);
    free(path);
    workspace_free(&w);
}

Test(identity, no_score_on_certificates_when_tampilkan_nilai_is_false)
{
    workspace w = workspace_new("tanpa-nilai");
    build_ok(ID_FIXTURE("tanpa-nilai.json"), ID_SCORES, w.out);
    char *cmd = xasprintf("cd '%s' && find piagam -name '*.pdf' | sort", w.out);
    char *list = shell_output(cmd, NULL);
    size_t files = 0;
    for (char *name = strtok(list, "\n"); name; name = strtok(NULL, "\n")) {
        char *pdf = workspace_file(&w, name);
        char *text = pdf_text(pdf);
        cr_expect_null(strstr(text, "(nilai"), "%s: %s", name, text);
        cr_expect(strstr(text, "dengan kualifikasi"), "%s: %s", name, text);
        free(text);
        free(pdf);
        files++;
    }
    cr_expect_eq(files, 9);
    char *book = workspace_file(&w, "piagam-2024.pdf");
    char *text = pdf_text(book);
    cr_expect_null(strstr(text, "(nilai"), "%s", text);
    free(text);
    free(book);
    free(list);
    free(cmd);
    workspace_free(&w);
    /* and with true, as in event.json, the score is shown */
    w = workspace_shared("identity", ID_EVENT, ID_SCORES);
    char *pdf = workspace_file(&w, "piagam/informatif/OPD-1.pdf");
    text = pdf_text(pdf);
    cr_expect(strstr(text, "dengan kualifikasi Informatif (nilai 95,50)"), "%s", text);
    free(text);
    free(pdf);
    workspace_free(&w);
}

/* --- the decoder itself ------------------------------------------------ */

static kip_image decode_fixture(const char *name, problems *pr, bool *ok)
{
    size_t len;
    char *bytes = slurp(name, &len);
    cr_assert(bytes, "%s", name);
    kip_image img;
    *ok = image_decode((const unsigned char *)bytes, len, "logo", "acara.json", 7, &img, pr);
    free(bytes);
    return img;
}

Test(identity, alpha_is_composited_onto_white)
{
    problems *pr = problems_new();
    bool ok;
    /* a green disc, transparent outside it */
    kip_image img = decode_fixture(ID_FIXTURE("gambar/lambang.png"), pr, &ok);
    cr_assert(ok);
    cr_expect_eq(img.width, 24);
    cr_expect_eq(img.height, 24);
    const unsigned char *corner = img.rgb, *centre = img.rgb + (12 * 24 + 12) * 3;
    cr_expect(corner[0] == 255 && corner[1] == 255 && corner[2] == 255, "corner %d %d %d",
              corner[0], corner[1], corner[2]);
    cr_expect(centre[0] == 20 && centre[1] == 110 && centre[2] == 60, "centre %d %d %d", centre[0],
              centre[1], centre[2]);
    image_clear(&img);
    /* translucent violet ink: between the ink and white */
    img = decode_fixture(ID_FIXTURE("gambar/stempel.png"), pr, &ok);
    cr_assert(ok);
    const unsigned char *ink = img.rgb + (12 * 24 + 2) * 3; /* on the ring */
    cr_expect(ink[0] > 80 && ink[0] < 255 && ink[1] > 50 && ink[1] < 255 && ink[2] > 160
                  && ink[2] < 255,
              "ring %d %d %d", ink[0], ink[1], ink[2]);
    image_clear(&img);
    cr_expect_eq(problems_count(pr), 0);
    problems_free(pr);
}

Test(identity, a_jpeg_decodes_to_rgb)
{
    problems *pr = problems_new();
    bool ok;
    kip_image img = decode_fixture(ID_FIXTURE("gambar/logo.jpg"), pr, &ok);
    cr_expect(ok);
    cr_expect_eq(img.width, 32);
    cr_expect_eq(img.height, 32);
    cr_expect_not_null(img.rgb);
    image_clear(&img);
    problems_free(pr);
}

Test(identity, an_oversized_png_is_reported_with_its_size)
{
    /* Regression: the PNG reader left the size at 0 x 0 when refusing it. */
    problems *pr = problems_new();
    bool ok;
    kip_image img = decode_fixture(ID_FIXTURE("gambar/lebar.png"), pr, &ok);
    cr_expect_not(ok);
    cr_expect_null(img.rgb);
    cr_assert_eq(problems_count(pr), 1);
    cr_expect_str_eq(problems_get(pr, 0), "acara.json:7: logo berukuran 4001 \u00d7 1 piksel; "
                                          "paling besar 4000 piksel pada tiap sisi");
    problems_free(pr);
}

Test(identity, the_event_holds_its_images)
{
    problems *pr = problems_new();
    kip_event *e = event_load(ID_EVENT, pr);
    cr_assert_eq(problems_count(pr), 0, "%s", problems_count(pr) ? problems_get(pr, 0) : "");
    cr_assert(e);
    cr_expect_eq(e->n_logos, 2);
    cr_expect_eq(e->logos[0].width, 24);
    cr_expect_eq(e->logos[1].width, 32);
    cr_expect_eq(e->tanda_tangan.width, 40);
    cr_expect_eq(e->tanda_tangan.height, 16);
    cr_expect_eq(e->stempel.width, 24);
    cr_expect_eq(e->n_awards, 3);
    cr_expect_str_eq(e->piagam_nomor, "{urut}/PIAGAM/KI-CONTOH/{bulan_romawi}/{tahun}");
    kip_event_free(e);
    problems_free(pr);
}

Test(identity, a_small_mark_is_posterized_to_32_levels_keeping_black_and_white)
{
    /* 5 bits: levels are k * 255 / 31 (8.226 apart), rounded to a byte;
     * a channel goes to the nearest level */
    unsigned char px[] = {0, 255, 128, 4, 5, 200};
    kip_image img = {.width = 2, .height = 1, .rgb = px};
    image_posterize(&img, 5);
    /* 0 and 255 stay; 128 / 8.226 = 15.56 → level 16 = 131.6 → 132;
     * 4 → level 0; 5 → level 1 = 8.2 → 8; 200 / 8.226 = 24.3 → level 24
     * = 197.4 → 197 */
    const unsigned char expected[] = {0, 255, 132, 0, 8, 197};
    for (int i = 0; i < 6; i++)
        cr_expect_eq(px[i], expected[i], "channel %d: %d, not %d", i, px[i], expected[i]);
    /* 8 bits or more: unchanged */
    unsigned char same[] = {1, 2, 3};
    kip_image one = {.width = 1, .height = 1, .rgb = same};
    image_posterize(&one, 8);
    cr_expect(same[0] == 1 && same[1] == 2 && same[2] == 3);
}
