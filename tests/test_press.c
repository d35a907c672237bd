#include <criterion/criterion.h>
#include <string.h>

#include "build.h"
#include "helpers.h"
#include "labels.h"
#include "press.h"
#include "util.h"

#define SAMPLE_2022(name) TEST_ROOT "/samples/banten-2022/" name

static workspace w;
static char *release; /* the text of the release, spaces squeezed */

static void setup(void)
{
    w = workspace_shared("banten-2021", SAMPLE("event.json"), SAMPLE("scores.csv"));
    char *pdf = workspace_file(&w, "siaran-pers-2021.pdf");
    release = pdf_text(pdf);
    free(pdf);
}

static void teardown(void)
{
    free(release);
    workspace_free(&w);
}

TestSuite(press, .init = setup, .fini = teardown);

static const char *const categories[][2] = {
    {"opd", "Organisasi Perangkat Daerah"},
    {"pemda", "Pemerintah Daerah"},
    {"lnsv", "Lembaga Non Struktural/Vertikal"},
    {"bumd", "Badan Usaha Milik Daerah"},
    {"parpol", "Partai Politik"},
};

/* The release's text of category c: from its heading to the next one. */
static char *section(size_t c)
{
    char *head = xasprintf("%zu. %s Pada kategori", c + 1, categories[c][1]);
    const char *start = strstr(release, head);
    cr_assert_not_null(start, "heading %s", head);
    free(head);
    const char *end = NULL;
    if (c + 1 < 5) {
        char *next = xasprintf("%zu. %s Pada kategori", c + 2, categories[c + 1][1]);
        end = strstr(start, next);
        free(next);
    } else {
        end = strstr(start, "Tentang monitoring dan evaluasi");
    }
    cr_assert_not_null(end);
    return xstrndup(start, (size_t)(end - start));
}

Test(press, the_opening_counts_every_category)
{
    cr_expect(strstr(release,
                     "dilakukan terhadap 101 badan publik, yang terdiri atas 39 "
                     "Organisasi Perangkat Daerah, delapan Pemerintah Daerah, 24 Lembaga Non "
                     "Struktural/Vertikal, 18 Badan Usaha Milik Daerah, dan 12 Partai "
                     "Politik"),
              "%s", release);
    cr_expect(strstr(release, "Serang, Rabu, 24 November 2021"));
    /* 101 bodies, five of which did not return the SAQ */
    cr_expect(strstr(release, "Sebanyak 96 badan publik mengembalikan"));
    cr_expect(strstr(release, "Sebanyak lima badan publik tidak mengembalikan SAQ"));
}

Test(press, the_pemda_counts_of_the_sample)
{
    /* Banten 2021: of 8 Pemda six are Informatif, Lebak Menuju Informatif,
     * Cilegon Cukup Informatif: 75 % and 12,5 % each */
    char *pemda = section(1);
    /* the category's chart carries the counts and shares in its legend;
     * no table repeats them */
    const char *rows[] = {"Informatif 6 (75,00 %)", "Menuju Informatif 1 (12,50 %)",
                          "Cukup Informatif 1 (12,50 %)", "Kurang Informatif 0 (0,00 %)",
                          "Tidak Informatif 0 (0,00 %)"};
    for (size_t i = 0; i < 5; i++)
        cr_expect(strstr(pemda, rows[i]), "«%s» in %s", rows[i], pemda);
    cr_expect_null(strstr(pemda, "Kualifikasi Jumlah Persentase"), "one chart, not also a table");
    cr_expect(strstr(pemda, "Pada kategori Pemerintah Daerah, delapan badan publik dimonitor dan "
                            "delapan di antaranya dinilai"),
              "%s", pemda);
    free(pemda);
}

Test(press, lists_of_top_three_informatif_and_non_respondents)
{
    char *pemda = section(1);
    cr_expect(strstr(pemda, "Peringkat I: Kota Tangerang (97,10)"));
    cr_expect(strstr(pemda, "Peringkat III: Kota Tangerang Selatan (94,55)"));
    cr_expect(strstr(pemda, "Kabupaten Pandeglang (90,05)"), "the sixth Informatif Pemda");
    cr_expect_null(strstr(pemda, "Kabupaten Lebak (84,30) Kota"), "Lebak is not Informatif");
    cr_expect_null(strstr(pemda, "Tidak mengembalikan SAQ"), "all Pemda returned the SAQ");
    free(pemda);
    char *opd = section(0);
    cr_expect(strstr(opd, "Tidak mengembalikan SAQ"));
    cr_expect(strstr(opd, "Satuan Polisi Pamong Praja Provinsi Banten"));
    free(opd);
    char *parpol = section(4);
    cr_expect(strstr(parpol, "Tidak ada badan publik pada kategori ini yang meraih kualifikasi "
                             "Informatif"));
    free(parpol);
}

Test(press, year_on_year_comparison)
{
    char *pemda = section(1);
    /* Banten 2021 against 2020 (bands from 90, 80, 60, 40): Kabupaten
     * Tangerang 82,85 -> 95,80 and Kabupaten Serang 88,00 -> 91,75 rose
     * from Menuju Informatif to Informatif, Kota Cilegon 56,02 -> 60,62 from
     * Kurang to Cukup Informatif; the five others kept theirs (Kota
     * Tangerang 92,28 -> 97,10 ... Kabupaten Lebak 87,54 -> 84,30): the
     * movers in one line per change, rises first, names in rank order */
    cr_expect(strstr(pemda, "Berubah kualifikasi dibandingkan tahun 2020 "
                            "• Naik dari Menuju Informatif ke Informatif: Kabupaten "
                            "Tangerang dan Kabupaten Serang. "
                            "• Naik dari Kurang Informatif ke Cukup Informatif: Kota "
                            "Cilegon."),
              "%s", pemda);
    cr_expect_null(strstr(pemda, "Turun dari"), "%s", pemda);
    cr_expect_null(strstr(pemda, "Informatif: Kota Tangerang"),
                   "a Pemda that stayed is not listed");
    free(pemda);
    cr_expect(strstr(release, "SIARAN PERS Untuk segera disiarkan"));
    cr_expect(strstr(release, "Narahubung Sekretariat Komisi Informasi Provinsi Banten Telepon: "
                              "(0254) 791 2345 Surel: sekretariat@komisiinformasi-banten.example"),
              "%s", release);
}

/* Journalists get a short release: no heading is the last line of a page. */
Test(press, short_and_no_heading_alone_at_a_page_foot)
{
    char *pdf = workspace_file(&w, "siaran-pers-2021.pdf");
    int pages = pdf_pages(pdf);
    cr_expect(pages >= 2 && pages <= 4, "%d pages", pages);
    for (int p = 1; p <= pages; p++) {
        char *cmd = xasprintf("pdftotext -layout -f %d -l %d '%s' -", p, p, pdf);
        FILE *f = popen(cmd, "r");
        cr_assert_not_null(f);
        char line[4096], last[4096] = "";
        bool done = false;
        while (!done && fgets(line, sizeof line, f)) {
            if (strstr(line, "Halaman ")) /* the footer */
                done = true;
            else if (strspn(line, " \t\n\f") < strlen(line))
                snprintf(last, sizeof last, "%s", line + strspn(line, " \t\f"));
        }
        pclose(f);
        free(cmd);
        last[strcspn(last, "\n")] = '\0';
        const char *headings[] = {"Sebaran kualifikasi",
                                  "Tiga besar",
                                  "Badan publik berkualifikasi Informatif",
                                  "Tidak mengembalikan SAQ",
                                  "Berubah kualifikasi dibandingkan tahun 2020",
                                  "SIARAN PERS",
                                  "Tentang monitoring dan evaluasi",
                                  "Narahubung"};
        for (size_t k = 0; k < sizeof headings / sizeof *headings; k++)
            cr_expect(strcmp(last, headings[k]) != 0, "page %d ends with heading «%s»", p, last);
        for (size_t c = 0; c < 5; c++) {
            char *h = xasprintf("%zu. %s", c + 1, categories[c][1]);
            cr_expect(strcmp(last, h) != 0, "page %d ends with heading «%s»", p, last);
            free(h);
        }
    }
    free(pdf);
}

Test(press, another_template_gives_another_release)
{
    workspace other = workspace_new("ringkas");
    const char *args[] = {"build",
                          "--event",
                          SAMPLE("event.json"),
                          "--scores",
                          SAMPLE("scores.csv"),
                          "--out",
                          other.out,
                          "--template",
                          FIXTURE("templates/ringkas.txt"),
                          NULL};
    run_result r = run_anugerah(args);
    cr_assert_eq(r.status, 0, "%s", r.err);
    run_result_free(&r);
    char *pdf = workspace_file(&other, "siaran-pers-2021.pdf");
    char *text = pdf_text(pdf);
    cr_expect(strstr(text, "Pengumuman Hasil Monev KIP 2021"));
    cr_expect(strstr(text, "Juara 1: Kota Tangerang dengan nilai 97,10"));
    cr_expect_null(strstr(text, "SIARAN PERS"));
    cr_expect_null(strstr(release, "Juara 1"));
    free(text);
    free(pdf);
    workspace_free(&other);
}

Test(press, a_broken_template_stops_the_build_with_its_line)
{
    const char *cases[][2] = {
        {FIXTURE("templates/unclosed.txt"), "unclosed.txt:7: \"{{/kategori}}\" menutup bagian"},
        {FIXTURE("templates/unknown.txt"), "unknown.txt:6: penanda \"{{alasan}}\" tidak dikenal"},
        {FIXTURE("templates/unknown.txt"), "unknown.txt:9: penanda \"{{jumlah_badan}}\""},
        {FIXTURE("templates/unterminated_tag.txt"), "unterminated_tag.txt:2:"},
        {FIXTURE("templates/tidak-ada.txt"), "tidak-ada.txt: templat tidak dapat dibaca"},
    };
    for (size_t i = 0; i < 5; i++) {
        workspace x = workspace_new("hasil");
        const char *args[] = {
            "build", "--event", SAMPLE("event.json"), "--scores",  SAMPLE("scores.csv"),
            "--out", x.out,     "--template",         cases[i][0], NULL};
        run_result r = run_anugerah(args);
        cr_expect_eq(r.status, 2, "%s", cases[i][0]);
        cr_expect(strstr(r.err, cases[i][1]), "expected «%s» in %s", cases[i][1], r.err);
        cr_expect_eq(dir_entries(x.dir), 0, "nothing written");
        run_result_free(&r);
        workspace_free(&x);
    }
}

Test(press, custom_bands_and_an_empty_category)
{
    /* a regency round: three bands of its own, a category with no body */
    workspace k = workspace_new("klaten");
    build_ok(FIXTURE("klaten-2022/event.json"), FIXTURE("klaten-2022/scores.csv"), k.out);
    char *pdf = workspace_file(&k, "siaran-pers-2022.pdf");
    char *text = pdf_text(pdf);
    cr_expect(strstr(text, "Tidak ada badan publik yang dimonitor pada kategori Desa."), "%s",
              text);
    cr_expect(strstr(text, "Sangat Informatif 1 (33,33 %)"), "Kecamatan: 1 of 3: %s", text);
    cr_expect(strstr(text, "Badan publik berkualifikasi Sangat Informatif"));
    cr_expect(strstr(text, "ditetapkan sebagai Belum Informatif"), "the lowest band by name");
    free(text);
    free(pdf);
    pdf = workspace_file(&k, "peringkat-2022.pdf");
    text = pdf_text(pdf);
    cr_expect(strstr(text, "3. Desa 0 badan publik dinilai Tidak ada badan publik dalam "
                           "kategori ini."),
              "%s", text);
    cr_expect(strstr(text, "Sangat Informatif 85,00 \u2013 100"));
    free(text);
    free(pdf);
    char *cert = workspace_file(&k, "piagam/informatif/K1.pdf");
    cr_expect(path_exists(cert), "the top band's certificate");
    free(cert);
    workspace_free(&k);
}

/* Template problems a clerk can act on: the nearest known name, the
 * sections a name is known in, every problem of a malformed template, and
 * a table row wider than its header — for check and build alike. */
Test(press, template_errors_help_the_clerk)
{
    const char *cases[][3] = {
        {FIXTURE("templates/typo.txt"),
         "typo.txt:3: penanda \"{{nilai}}\" hanya dikenal di dalam {{#informatif}}, "
         "{{#tiga_besar}} atau {{#tidak_mengisi}}\n",
         "typo.txt:5: penanda \"{{penandatangan_nma}}\" tidak dikenal; maksud Anda "
         "{{penandatangan_nama}}?\n"},
        {FIXTURE("templates/open-and-unknown.txt"),
         "open-and-unknown.txt:3: bagian \"{{#kategori}}\" tidak pernah ditutup dengan "
         "\"{{/kategori}}\"\n",
         "open-and-unknown.txt:6: penanda \"{{penandatangan_nma}}\" tidak dikenal; maksud Anda "
         "{{penandatangan_nama}}?\n"},
        {FIXTURE("templates/wide-row.txt"),
         "wide-row.txt:5: baris tabel di sini berisi 3 sel, lebih banyak dari 2 kolom "
         "judulnya\n",
         "anugerah: 1 masalah ditemukan"},
    };
    for (size_t i = 0; i < 3; i++) {
        for (int build = 0; build < 2; build++) {
            workspace x = workspace_new("hasil");
            const char *args[] = {build ? "build" : "check",
                                  "--event",
                                  SAMPLE("event.json"),
                                  "--scores",
                                  SAMPLE("scores.csv"),
                                  "--template",
                                  cases[i][0],
                                  build ? "--out" : NULL,
                                  x.out,
                                  NULL};
            run_result r = run_anugerah(args);
            cr_expect_eq(r.status, 2, "%s", cases[i][0]);
            for (size_t k = 1; k < 3; k++)
                cr_expect(strstr(r.err, cases[i][k]), "expected «%s» in %s", cases[i][k], r.err);
            if (i < 2)
                cr_expect(strstr(r.err, "anugerah: 2 masalah ditemukan"), "%s", r.err);
            cr_expect_eq(dir_entries(x.dir), 0, "nothing written");
            run_result_free(&r);
            workspace_free(&x);
        }
    }
}

/* s with every `from` replaced by `to` (caller frees). */
static char *replace_all(const char *s, const char *from, const char *to)
{
    size_t n = 0;
    for (const char *p = strstr(s, from); p; p = strstr(p + strlen(from), from))
        n++;
    char *out = xcalloc(strlen(s) + n * strlen(to) + 1, 1);
    char *o = out;
    for (const char *p = s;;) {
        const char *q = strstr(p, from);
        if (!q) {
            strcpy(o, p);
            break;
        }
        memcpy(o, p, (size_t)(q - p));
        o += q - p;
        strcpy(o, to);
        o += strlen(to);
        p = q + strlen(from);
    }
    return out;
}

/* Both samples: the 2021 round (30 bodies changed qualification since
 * 2020) and the 2022 round chained to it (21 did), each of 101 bodies in
 * five categories, with the chair's quote: four pages at most. */
Test(press, both_samples_in_four_pages)
{
    char *pdf = workspace_file(&w, "siaran-pers-2021.pdf");
    int pages = pdf_pages(pdf);
    cr_expect(pages >= 2 && pages <= 4, "2021: %d pages", pages);
    free(pdf);
    workspace y = workspace_new("2022");
    char *y2021 = xasprintf("%s/2021", y.dir);
    shared_copy("banten-2021", SAMPLE("event.json"), SAMPLE("scores.csv"), y2021);
    const char *args[] = {"build",
                          "--event",
                          SAMPLE_2022("event.json"),
                          "--scores",
                          SAMPLE_2022("scores.csv"),
                          "--previous",
                          y2021,
                          "--out",
                          y.out,
                          NULL};
    run_result r = run_anugerah(args);
    cr_assert_eq(r.status, 0, "%s", r.err);
    run_result_free(&r);
    pdf = workspace_file(&y, "siaran-pers-2022.pdf");
    pages = pdf_pages(pdf);
    cr_expect(pages >= 2 && pages <= 4, "2022: %d pages", pages);
    char *text = pdf_text(pdf);
    /* 2022 names the chair itself; 2021 leaves it to the signatory */
    cr_expect(strstr(text, "\u201cKenaikan kualifikasi 14 badan publik tahun ini menunjukkan "
                           "bahwa keterbukaan dapat dipelajari dan diperbaiki. Kami akan "
                           "mendampingi badan publik yang kualifikasinya turun agar kembali "
                           "meningkat,\u201d kata Ketua Komisi Informasi Provinsi Banten, Toni "
                           "Anwar Mahmud."),
              "%s", text);
    free(text);
    free(pdf);
    free(y2021);
    workspace_free(&y);
}

/* The chair's quote: printed when the event gives one (its full stop made
 * the comma before "kata"), with the signatory as speaker when none is
 * named; absent, and no empty quote marks, when not given. */
Test(press, the_chairs_quote_when_given)
{
    cr_expect(strstr(release, "\u201cKeterbukaan informasi bukan sekadar kewajiban "
                              "undang-undang, melainkan cara badan publik membangun kepercayaan "
                              "warga. Kami mengajak badan publik yang belum mengembalikan SAQ "
                              "untuk ikut serta tahun depan,\u201d kata Ketua Komisi Informasi "
                              "Provinsi Banten, Toni Anwar Mahmud."),
              "%s", release);
    workspace x = workspace_new("tanpa");
    char *event = slurp(SAMPLE("event.json"), NULL);
    const char *key = "  \"siaran_pers\": {";
    char *start = strstr(event, key);
    cr_assert_not_null(start);
    char *end = strstr(start, "  },\n");
    cr_assert_not_null(end);
    memmove(start, end + 5, strlen(end + 5) + 1);
    /* the images are named relative to the sample's folder */
    char *fixed = replace_all(event, "\"../gambar/", "\"" TEST_ROOT "/samples/gambar/");
    char *path = write_file(x.dir, "event.json", fixed);
    build_ok(path, SAMPLE("scores.csv"), x.out);
    char *pdf = workspace_file(&x, "siaran-pers-2021.pdf");
    char *text = pdf_text(pdf);
    cr_expect(strstr(text, "ditetapkan sebagai Tidak Informatif. Sebaran kualifikasi"), "%s", text);
    cr_expect_null(strstr(text, "\u201c"), "%s", text);
    cr_expect_null(strstr(text, " kata Ketua"), "%s", text);
    free(text);
    free(pdf);
    free(path);
    free(fixed);
    free(event);
    workspace_free(&x);
}

/* A synthetic round of n bodies in the sample's five categories and, with
 * six, a sixth (Pemerintah Desa), written to dir/event.json and
 * dir/scores.csv: names of about 75 characters, body i scoring v from
 * 30,00 to 100,00 spread by a hash of i, at both stages (so 90 and over,
 * Informatif, for about one in seven), last year v - 10,00 to v + 9,99 (a
 * quarter or so change qualification), one body in 53 without SAQ.  The first three
 * Pemda have the ids the sample's special award names. */
static void generated_round(const char *dir, long n, int n_categories)
{
    static const char *const codes[] = {"opd", "pemda", "lnsv", "bumd", "parpol", "desa"};
    char *event = slurp(SAMPLE("event.json"), NULL);
    char *fixed = replace_all(event, "\"../gambar/", "\"" TEST_ROOT "/samples/gambar/");
    if (n_categories == 6) {
        char *more = replace_all(fixed, "{\"kode\": \"parpol\", \"nama\": \"Partai Politik\"}",
                                 "{\"kode\": \"parpol\", \"nama\": \"Partai Politik\"},\n"
                                 "    {\"kode\": \"desa\", \"nama\": \"Pemerintah Desa\"}");
        cr_assert(strcmp(more, fixed) != 0, "the sample's categories");
        free(fixed);
        fixed = more;
    }
    free(write_file(dir, "event.json", fixed));
    free(fixed);
    free(event);
    size_t cap = (size_t)n * 200 + 512, used = 0;
    char *csv = xcalloc(cap, 1);
    used += (size_t)snprintf(csv, cap,
                             "id;nama;kategori;status;saq;visitasi;nilai_sebelumnya;wilayah\n");
    for (long i = 0; i < n; i++) {
        int c = (int)(i % n_categories);
        bool absent = i % 53 == 7;
        unsigned long h = (unsigned long)i * 2654435761UL % 4294967296UL;
        long v = 3000 + (long)(h % 7001); /* hundredths */
        long prev = v + (long)((h >> 16) % 2000) - 1000;
        prev = prev < 0 ? 0 : prev > 10000 ? 10000 : prev;
        char id[32];
        if (c == 1 && i / n_categories < 3)
            snprintf(id, sizeof id, "PEMDA-%02ld", i / n_categories + 1);
        else
            snprintf(id, sizeof id, "B%06ld", i);
        char score[32] = "";
        if (!absent)
            snprintf(score, sizeof score, "%ld,%02ld", v / 100, v % 100);
        used += (size_t)snprintf(csv + used, cap - used,
                                 "%s;Badan Contoh Pelayanan Informasi Nomor %ld Kabupaten Sintetis "
                                 "Provinsi Contoh;%s;%s;%s;%s;%ld,%02ld;Kabupaten Sintetis\n",
                                 id, i, codes[c], absent ? "tidak_mengisi_saq" : "dinilai", score,
                                 score, prev / 100, prev % 100);
    }
    free(write_file(dir, "scores.csv", csv));
    free(csv);
}

/* The release of a round made in this process (no scorecards, no site):
 * written to dir/siaran-pers.pdf; returns its path (caller frees). */
static char *release_of(const char *dir)
{
    char *event = xasprintf("%s/event.json", dir), *scores = xasprintf("%s/scores.csv", dir);
    problems *pr = problems_new();
    kip_round *r = build_load(event, scores, pr);
    tpl *t = tpl_load(TEST_ROOT "/templates/siaran-pers.txt", pr);
    cr_assert(r && t && problems_count(pr) == 0, "the generated round is read");
    char *text = press_render(r, t, pr);
    cr_assert_not_null(text);
    char *pdf = xasprintf("%s/siaran-pers.pdf", dir);
    doc_target target = {
        TEST_ROOT "/fonts", "/usr/share/color/icc/sRGB.icc", "0", pdf, "siaran-pers.pdf", 0};
    char *error = NULL;
    cr_assert(press_pdf_write(r, text, &target, &error), "%s", error);
    free(text);
    tpl_free(t);
    kip_round_free(r);
    problems_free(pr);
    free(event);
    free(scores);
    return pdf;
}

/* The most pages a fact sheet of the round in dir takes, made in memory. */
static int fact_sheet_pages(const char *dir)
{
    char *event = xasprintf("%s/event.json", dir), *scores = xasprintf("%s/scores.csv", dir);
    problems *pr = problems_new();
    kip_round *r = build_load(event, scores, pr);
    tpl *t = tpl_load(TEST_ROOT "/templates/lembar-fakta.txt", pr);
    cr_assert(r && t && problems_count(pr) == 0, "the generated round is read");
    int most = 0;
    for (size_t c = 0; c < r->event->n_categories; c++) {
        char *text = fact_render(r, c, t, pr);
        cr_assert_not_null(text);
        doc_target target = {
            TEST_ROOT "/fonts", "/usr/share/color/icc/sRGB.icc", "0", NULL, "lembar-fakta.pdf", 0};
        char *error = NULL;
        cr_assert(fact_pdf_write(r, c, text, &target, &error), "%s", error);
        most = target.pages > most ? target.pages : most;
        free(text);
    }
    tpl_free(t);
    kip_round_free(r);
    problems_free(pr);
    free(event);
    free(scores);
    return most;
}

/* 150 bodies in six categories (25 each): five pages at most. */
Test(press, a_round_of_150_bodies_in_six_categories_in_five_pages)
{
    char *dir = temp_dir();
    generated_round(dir, 150, 6);
    char *pdf = release_of(dir);
    int pages = pdf_pages(pdf);
    cr_expect(pages >= 2 && pages <= 5, "%d pages", pages);
    char *text = pdf_text(pdf);
    cr_expect(strstr(text, "6. Pemerintah Desa Pada kategori Pemerintah Desa, 25 badan publik "
                           "dimonitor"),
              "%s", text);
    cr_expect_null(strstr(text, "Daftar lengkapnya ada di"), "no list is cut short");
    free(text);
    free(pdf);
    remove_tree(dir);
    free(dir);
}

/* 5 000 bodies in five categories (1 000 each; about 140 Informatif, 19
 * without SAQ and 250 movers per category): a list over 30 names gives
 * its first ten and a count, the movers give counts per change, and the
 * release says where the full lists are. */
Test(press, a_round_of_5000_bodies_summarises_its_long_lists)
{
    char *dir = temp_dir();
    generated_round(dir, 5000, 5);
    char *pdf = release_of(dir);
    int pages = pdf_pages(pdf);
    cr_expect(pages >= 2 && pages <= 6, "%d pages", pages);
    cr_log_info("the release of 5 000 bodies: %d pages", pages);
    /* a category of 1 000: its fact sheet in two pages at most */
    int sheet = fact_sheet_pages(dir);
    cr_expect(sheet >= 1 && sheet <= 2, "a fact sheet of %d pages", sheet);
    cr_log_info("a fact sheet of 1 000 bodies: %d pages", sheet);
    char *text = pdf_text(pdf);
    cr_expect(strstr(text, "badan publik lainnya. Tidak mengembalikan SAQ"), "%s", text);
    /* runs in the top band, counted, not named, over 30 bodies */
    cr_expect(strstr(text, "badan publik meraih kualifikasi Informatif dua tahun "
                           "berturut-turut."),
              "%s", text);
    cr_expect_null(strstr(text, "berturut-turut: Badan"), "%s", text);
    cr_expect(strstr(text, "Daftar lengkapnya ada di lampiran keputusan "
                           "(lampiran-keputusan-2021.pdf), buku kerja peringkat-2021.xlsx dan "
                           "situs hasil https://ki-banten.example/anugerah/2021/."),
              "%s", text);
    free(text);
    free(pdf);
    remove_tree(dir);

    free(dir);
}

/* A fact sheet per category of the 2021 sample, one page each: the
 * category's counts and shares, its best three (80 % SAQ + 20 % visit,
 * worked out from scores.csv: e.g. Badan Penghubung 0,8 x 97,93 + 0,2 x
 * 94,40 = 97,22), its movers and the contact. */
Test(press, a_fact_sheet_per_category)
{
    static const char *const expected[][5] = {
        /* the top band's count of the category: 9 of 39 = 23,08 % ... */
        {"opd", "Informatif 9 (23,08 %)", "Peringkat I: Badan Penghubung Provinsi Banten (97,22)",
         "Peringkat II: Dinas Tenaga Kerja dan Transmigrasi Provinsi Banten (96,79)",
         "Peringkat III: Dinas Perindustrian dan Perdagangan Provinsi Banten (94,09)"},
        {"pemda", "Informatif 6 (75,00 %)", "Peringkat I: Kota Tangerang (97,10)",
         "Peringkat II: Kabupaten Tangerang (95,80)",
         "Peringkat III: Kota Tangerang Selatan (94,55)"},
        {"lnsv", "Informatif 3 (12,50 %)",
         "Peringkat I: Lembaga Penyiaran Publik Radio Republik Indonesia Serang (95,84)",
         "Peringkat II: Kejaksaan Tinggi Banten (93,06)",
         "Peringkat III: Kantor Wilayah Kementerian Agama Provinsi Banten (92,13)"},
        {"bumd", "Informatif 1 (5,56 %)",
         "Peringkat I: Perumda Air Minum Tirta Madani Kota Serang (91,84)",
         "Peringkat II: Perumda Air Minum Tirta Multatuli Kabupaten Lebak (88,83)",
         "Peringkat III: PT Pelabuhan Cilegon Mandiri (81,21)"},
        /* 2 of 12 Cukup Informatif, none above */
        {"parpol", "Cukup Informatif 2 (16,67 %)",
         "Peringkat I: Dewan Pimpinan Daerah Partai NasDem Provinsi Banten (74,98)",
         "Peringkat II: Dewan Pimpinan Daerah Partai Persatuan Indonesia Provinsi Banten (64,93)",
         "Peringkat III: Dewan Pimpinan Daerah Partai Demokrat Provinsi Banten (57,77)"},
    };
    for (size_t c = 0; c < 5; c++) {
        char *name = xasprintf("lembar-fakta/%s.pdf", expected[c][0]);
        char *pdf = workspace_file(&w, name);
        cr_assert(path_exists(pdf), "%s", name);
        cr_expect_eq(pdf_pages(pdf), 1, "%s", name);
        char *text = pdf_text(pdf);
        char *title = xasprintf("LEMBAR FAKTA Monitoring dan Evaluasi Keterbukaan Informasi "
                                "Publik Tahun 2021 Kategori %s Pada kategori %s,",
                                categories[c][1], categories[c][1]);
        cr_expect(strstr(text, title), "%s: %s", name, text);
        for (size_t k = 1; k < 5; k++)
            cr_expect(strstr(text, expected[c][k]), "%s: «%s» in %s", name, expected[c][k], text);
        cr_expect(strstr(text, "Narahubung: Sekretariat Komisi Informasi Provinsi Banten, "
                               "telepon (0254) 791 2345"),
                  "%s", text);
        /* one category's sheet names no other category's best */
        cr_expect_null(strstr(text, expected[(c + 1) % 5][2]), "%s", name);
        free(title);
        free(text);
        free(pdf);
        free(name);
    }
    /* the results site links each, after the release */
    char *index = workspace_file(&w, "situs/index.html");
    char *html = slurp(index, NULL);
    cr_assert_not_null(html);
    const char *press = strstr(html, "<a href=\"../siaran-pers-2021.pdf\">");
    const char *pemda = strstr(html, "<a href=\"../lembar-fakta/pemda.pdf\">Lembar fakta "
                                     "Pemerintah Daerah (PDF)</a>");
    cr_expect(press && pemda && press < pemda, "%s", html);
    free(html);
    free(index);
    /* the Pemda that rose (see year_on_year_comparison) */
    char *pdf = workspace_file(&w, "lembar-fakta/pemda.pdf");
    char *text = pdf_text(pdf);
    cr_expect(strstr(text, "Naik dari Kurang Informatif ke Cukup Informatif: Kota Cilegon."), "%s",
              text);
    free(text);
    free(pdf);
}

/* The fact sheets' template from --template-fakta: its own words for each
 * category; a mistake in it told once (not once per category), at its
 * line, and nothing written, for check and build alike. */
Test(press, the_fact_sheets_own_template)
{
    workspace x = workspace_new("hasil");
    const char *args[] = {"build",
                          "--event",
                          SAMPLE("event.json"),
                          "--scores",
                          SAMPLE("scores.csv"),
                          "--out",
                          x.out,
                          "--template-fakta",
                          FIXTURE("templates/fakta-ringkas.txt"),
                          NULL};
    run_result r = run_anugerah(args);
    cr_assert_eq(r.status, 0, "%s", r.err);
    run_result_free(&r);
    char *pdf = workspace_file(&x, "lembar-fakta/pemda.pdf");
    char *text = pdf_text(pdf);
    /* Pemda 2021: eight bodies, all scored */
    cr_expect(strstr(text, "Fakta Pemerintah Daerah Dari delapan badan publik, delapan dinilai; "
                           "tahun 2021."),
              "%s", text);
    free(text);
    free(pdf);
    workspace_free(&x);
    for (int build = 0; build < 2; build++) {
        workspace y = workspace_new("hasil");
        const char *bad[] = {build ? "build" : "check",
                             "--event",
                             SAMPLE("event.json"),
                             "--scores",
                             SAMPLE("scores.csv"),
                             "--template-fakta",
                             FIXTURE("templates/fakta-typo.txt"),
                             build ? "--out" : NULL,
                             y.out,
                             NULL};
        r = run_anugerah(bad);
        cr_expect_eq(r.status, 2);
        cr_expect(strstr(r.err, "fakta-typo.txt:2: penanda \"{{penandatangan_nma}}\" tidak "
                                "dikenal; maksud Anda {{penandatangan_nama}}?\n"),
                  "%s", r.err);
        cr_expect(strstr(r.err, "anugerah: 1 masalah ditemukan"), "%s", r.err);
        cr_expect_eq(dir_entries(y.dir), 0, "nothing written");
        run_result_free(&r);
        workspace_free(&y);
    }
}
