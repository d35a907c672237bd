#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"
#include "labels.h"
#include "util.h"

static workspace w;
static char *release; /* the text of the release, spaces squeezed */
static char *ranking; /* peringkat-2021.csv */

static void setup(void)
{
    w = workspace_shared("banten-2021", SAMPLE("event.json"), SAMPLE("scores.csv"));
    char *pdf = workspace_file(&w, "siaran-pers-2021.pdf");
    release = pdf_text(pdf);
    free(pdf);
    char *csv = workspace_file(&w, "peringkat-2021.csv");
    ranking = slurp(csv, NULL);
    free(csv);
}

static void teardown(void)
{
    free(release);
    free(ranking);
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
static const char *const bands[] = {"Informatif", "Menuju Informatif", "Cukup Informatif",
                                    "Kurang Informatif", "Tidak Informatif"};

/* Counts rows of the ranking CSV with this category (NULL: any) and
 * qualification (NULL: any) and, if unranked, an empty rank. */
static size_t count_rows(const char *kode, const char *band, bool unranked_only)
{
    size_t n = 0;
    char *copy = xstrdup(ranking);
    char *save = NULL;
    for (char *line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (strncmp(line, "kategori,", 9) == 0)
            continue;
        char *comma = strchr(line, ',');
        bool cat_ok =
            !kode
            || (strncmp(line, kode, strlen(kode)) == 0 && (size_t)(comma - line) == strlen(kode));
        const char *last = strrchr(line, ',') + 1;
        bool band_ok = !band || strcmp(last, band) == 0;
        bool rank_ok = !unranked_only || comma[1] == ',';
        n += cat_ok && band_ok && rank_ok;
    }
    free(copy);
    return n;
}

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
    cr_expect(strstr(release, "dilakukan terhadap 101 badan publik, yang terdiri atas 39 "
                              "Organisasi Perangkat Daerah, 8 Pemerintah Daerah, 24 Lembaga Non "
                              "Struktural/Vertikal, 18 Badan Usaha Milik Daerah, dan 12 Partai "
                              "Politik"),
              "%s", release);
    cr_expect(strstr(release, "Serang, Rabu, 24 November 2021"));
    char *n =
        xasprintf("Sebanyak %zu badan publik mengembalikan", 101 - count_rows(NULL, NULL, true));
    cr_expect(strstr(release, n), "%s", n);
    free(n);
}

Test(press, every_count_equals_the_ranking)
{
    for (size_t b = 0; b < 5; b++) {
        char share[32], *row;
        size_t total = count_rows(NULL, bands[b], false);
        label_share(share, sizeof share, total, 101);
        row = xasprintf("%s %zu %s", bands[b], total, share);
        cr_expect(strstr(release, row), "overall: «%s»", row);
        free(row);
    }
    for (size_t c = 0; c < 5; c++) {
        char *text = section(c);
        size_t all = count_rows(categories[c][0], NULL, false);
        char *intro = xasprintf("Pada kategori %s, ", categories[c][1]);
        cr_expect(strstr(text, intro));
        free(intro);
        for (size_t b = 0; b < 5; b++) {
            size_t n = count_rows(categories[c][0], bands[b], false);
            char share[32];
            label_share(share, sizeof share, n, all);
            char *row = xasprintf("%s %zu %s", bands[b], n, share);
            cr_expect(strstr(text, row), "%s: table row «%s»", categories[c][0], row);
            free(row);
            char *legend = xasprintf("%s %zu (%s)", bands[b], n, share);
            cr_expect(strstr(text, legend), "%s: chart legend «%s»", categories[c][0], legend);
            free(legend);
        }
        free(text);
    }
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
    cr_expect(strstr(pemda, "Dibandingkan tahun 2020"), "%s", pemda);
    cr_expect(strstr(pemda, "Kota Cilegon 56,02 60,62 naik 4,60"), "%s", pemda);
    free(pemda);
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
    cr_expect(strstr(text, "Sangat Informatif 1 33,33 %"), "Kecamatan: 1 of 3: %s", text);
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
    char *cert = workspace_file(&k, "piagam/K1.pdf");
    cr_expect(path_exists(cert), "the top band's certificate");
    free(cert);
    workspace_free(&k);
}
