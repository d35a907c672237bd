/* QR codes of a body's page on the results site (publikasi.situs): on
 * every certificate and scorecard, decoded from pages rendered at 150 dpi
 * with zbarimg (the sample's version 5 code by both of Poppler's
 * renderers); none without publikasi; bad addresses refused at their
 * line.  Fixtures: tests/fixtures/hand, event-situs.json being event.json
 * with "publikasi": {"situs": "https://ki.contoh.go.id/anugerah/2024"}
 * (no trailing slash) on line 7. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "event.h"
#include "helpers.h"
#include "util.h"

#define HAND(name) FIXTURE("hand/" name)

/* Written by hand: the site's address, a slash, the body's page. */
#define OPD_B_PAGE "https://ki.contoh.go.id/anugerah/2024/situs/badan/OPD-B.html"

/* What zbarimg reads on the first page of `pdf` rendered at 150 dpi; its
 * exit status in *status (4: no code found). */
static char *decode(const char *pdf, int *status)
{
    char *dir = temp_dir();
    char *cmd = xasprintf("pdftoppm -r 150 -png -f 1 -l 1 '%s' '%s/page' 2>/dev/null && "
                          "zbarimg --raw -q '%s'/page*.png 2>/dev/null",
                          pdf, dir, dir);
    char *out = shell_output(cmd, status);
    free(cmd);
    remove_tree(dir);
    free(dir);
    return out;
}

/* The text of a PDF with its line breaks removed: an address broken over
 * lines reads whole. */
static char *joined_text(const char *pdf)
{
    char *cmd = xasprintf("pdftotext -enc UTF-8 '%s' - 2>/dev/null | tr -d '\\n'", pdf);
    char *text = shell_output(cmd, NULL);
    free(cmd);
    return text;
}

static void expect_code(const workspace *w, const char *name)
{
    char *path = workspace_file(w, name);
    int status;
    char *out = decode(path, &status);
    cr_expect_eq(status, 0, "%s: zbarimg exit %d", name, status);
    cr_expect_str_eq(out, OPD_B_PAGE "\n", "%s decodes to «%s»", name, out);
    char *text = joined_text(path);
    cr_expect(strstr(text, OPD_B_PAGE), "%s prints the address: %s", name, text);
    free(text);
    free(out);
    free(path);
}

Test(qr, certificate_carries_the_code_of_the_bodys_page)
{
    workspace w = workspace_shared("hand-situs-2024", HAND("event-situs.json"), HAND("scores.csv"));
    expect_code(&w, "piagam/terbaik/OPD-B.pdf");
    char *path = workspace_file(&w, "piagam/terbaik/OPD-B.pdf");
    char *text = pdf_text(path);
    /* on one line beside the code, under its caption */
    cr_expect(strstr(text, "Hasil penilaian daring: " OPD_B_PAGE " "), "%s", text);
    free(text);
    free(path);
    workspace_free(&w);
}

Test(qr, scorecard_carries_the_code_of_the_bodys_page_on_one_page)
{
    workspace w = workspace_shared("hand-situs-2024", HAND("event-situs.json"), HAND("scores.csv"));
    expect_code(&w, "kartu-nilai/opd/OPD-B.pdf");
    char *path = workspace_file(&w, "kartu-nilai/opd/OPD-B.pdf");
    cr_expect_eq(pdf_pages(path), 1);
    free(path);
    workspace_free(&w);
}

/* What zbarimg reads on page 1 of `pdf` rendered by `renderer`
 * (pdftoppm or pdftocairo) at `dpi`; its exit status in *status. */
static char *decode_with(const char *renderer, int dpi, const char *pdf, int *status)
{
    char *dir = temp_dir();
    char *cmd = xasprintf("%s -r %d -png -f 1 -l 1 '%s' '%s/page' 2>/dev/null && "
                          "zbarimg --raw -q '%s'/page*.png 2>/dev/null",
                          renderer, dpi, pdf, dir, dir);
    char *out = shell_output(cmd, status);
    free(cmd);
    remove_tree(dir);
    free(dir);
    return out;
}

Test(qr, a_version_5_code_reads_at_150_dpi_in_both_poppler_renderers)
{
    /* the sample's BUMD-05: a 64-character address, a version 5 code (37
     * modules in 51 pt, 0.39 mm a module); drawn as rectangles it read
     * from pdftoppm's render only from 200 dpi */
    workspace w = workspace_shared("banten-2021", SAMPLE("event.json"), SAMPLE("scores.csv"));
    char *path = workspace_file(&w, "kartu-nilai/bumd/BUMD-05.pdf");
    const char *renderers[] = {"pdftoppm", "pdftocairo"};
    for (size_t i = 0; i < 2; i++) {
        int status;
        char *out = decode_with(renderers[i], 150, path, &status);
        cr_expect_eq(status, 0, "%s: zbarimg exit %d", renderers[i], status);
        cr_expect_str_eq(out, "https://ki-banten.example/anugerah/2021/situs/badan/BUMD-05.html\n",
                         "%s", renderers[i]);
        free(out);
    }
    free(path);
    workspace_free(&w);
}

/* The code's inline image ends its content as written (EI, then Q
 * restoring the state) and the page's next operator follows: the end was
 * once copied with its string's terminating NUL, a stray byte after Q in
 * every page that carries a code. */
Test(qr, the_codes_image_is_followed_by_the_pages_next_operator)
{
    workspace w = workspace_shared("hand-situs-2024", HAND("event-situs.json"), HAND("scores.csv"));
    char *path = workspace_file(&w, "kartu-nilai/opd/OPD-B.pdf");
    char *dir = temp_dir();
    char *cmd = xasprintf("qpdf --qdf --object-streams=disable '%s' '%s/card.pdf'", path, dir);
    cr_assert_eq(system(cmd), 0, "%s", cmd);
    char *qdf_path = xasprintf("%s/card.pdf", dir);
    size_t len = 0;
    char *qdf = slurp(qdf_path, &len);
    cr_assert_not_null(qdf);
    static const char tail[] = "\nEI\nQ\n";
    const char *end = memmem(qdf, len, tail, sizeof tail - 1);
    cr_assert_not_null(end, "no inline image's end in %s", path);
    size_t after = (size_t)(end - qdf) + sizeof tail - 1;
    cr_assert_lt(after, len);
    cr_expect_neq(qdf[after], '\0', "a NUL byte follows the code's Q in %s", path);
    free(qdf);
    free(qdf_path);
    free(cmd);
    remove_tree(dir);
    free(dir);
    free(path);
    workspace_free(&w);
}

Test(qr, no_code_without_publikasi)
{
    workspace w = workspace_shared("hand-2024", HAND("event.json"), HAND("scores.csv"));
    const char *docs[] = {"piagam/terbaik/OPD-B.pdf", "kartu-nilai/opd/OPD-B.pdf"};
    for (size_t i = 0; i < 2; i++) {
        char *path = workspace_file(&w, docs[i]);
        int status;
        char *out = decode(path, &status);
        cr_expect_eq(status, 4, "%s: zbarimg exit %d, read «%s»", docs[i], status, out);
        char *text = pdf_text(path);
        cr_expect_null(strstr(text, "situs/badan"), "%s prints no address", docs[i]);
        free(text);
        free(out);
        free(path);
    }
    workspace_free(&w);
}

/* event-situs.json with `to` in place of its text `from`: a new string. */
static char *event_situs_with(const char *from, const char *to)
{
    char *json = slurp(HAND("event-situs.json"), NULL);
    cr_assert_not_null(json);
    char *at = strstr(json, from);
    cr_assert_not_null(at, "%s", from);
    char *text = xasprintf("%.*s%s%s", (int)(at - json), json, to, at + strlen(from));
    free(json);
    return text;
}

Test(qr, the_address_gets_its_trailing_slash_once)
{
    problems *pr = problems_new();
    kip_event *e = event_load(HAND("event-situs.json"), pr);
    cr_assert_eq(problems_count(pr), 0);
    cr_expect_str_eq(e->situs, "https://ki.contoh.go.id/anugerah/2024/");
    kip_event_free(e);
    problems_free(pr);

    char *dir = temp_dir();
    char *with = event_situs_with("/2024\"}", "/2024/\"}");
    char *path = write_file(dir, "event.json", with);
    pr = problems_new();
    e = event_load(path, pr);
    cr_assert_eq(problems_count(pr), 0);
    cr_expect_str_eq(e->situs, "https://ki.contoh.go.id/anugerah/2024/");
    kip_event_free(e);
    problems_free(pr);

    pr = problems_new();
    e = event_load(HAND("event.json"), pr);
    cr_expect_null(e->situs);
    kip_event_free(e);
    problems_free(pr);
    free(path);
    free(with);
    remove_tree(dir);
    free(dir);
}

Test(qr, the_longest_address_allowed_still_reads_at_150_dpi)
{
    /* 24 + 96 = 120 bytes, the limit: a body's page under it is 138
     * bytes (at 500 bytes, the limit before, no code read at 150 dpi) */
    char site[128];
    snprintf(site, sizeof site, "https://ki.contoh.go.id/%096d", 0);
    cr_assert_eq(strlen(site), 120);
    char *text = event_situs_with("https://ki.contoh.go.id/anugerah/2024", site);
    workspace w = workspace_new("hasil");
    char *event = write_file(w.dir, "event.json", text);
    const char *build[] = {"build", "--event", event, "--scores", HAND("scores.csv"),
                           "--out", w.out,     NULL};
    run_result r = run_anugerah(build);
    cr_assert_eq(r.status, 0, "%s", r.err);
    char *page = xasprintf("%s/situs/badan/OPD-B.html\n", site);
    const char *docs[] = {"piagam/terbaik/OPD-B.pdf", "kartu-nilai/opd/OPD-B.pdf"};
    for (size_t i = 0; i < 2; i++) {
        char *path = workspace_file(&w, docs[i]);
        int status;
        char *out = decode_with("pdftoppm", 150, path, &status);
        cr_expect_eq(status, 0, "%s: zbarimg exit %d", docs[i], status);
        cr_expect_str_eq(out, page, "%s", docs[i]);
        free(out);
        free(path);
    }
    free(page);
    run_result_free(&r);
    free(event);
    free(text);
    workspace_free(&w);
}

/* Bad values of "publikasi", each refused at line 7 by check and build. */
static const struct {
    const char *value;   /* in place of {"situs": "https://..."} */
    const char *message; /* a part of the problem */
} bad[] = {
    {"{\"situs\": \"ftp://ki.contoh.go.id/anugerah/2024\"}", "diawali http:// atau https://"},
    {"{\"situs\": \"anugerah/2024\"}", "diawali http:// atau https://"},
    {"{\"situs\": \"https://ki.contoh.go.id/anugerah 2024\"}", "memuat spasi"},
    {"{\"situs\": \"https://ki.contoh.go.id/\\\"x\\\"\"}", "tanda kutip"},
    {"{\"situs\": \"https:///anugerah\"}", "tidak menyebut nama situs"},
    {"{\"situs\": \"https://ki.contoh.go.id/?tahun=2024\"}", "'?' atau '#'"},
    {"{\"situs\": 2024}", "harus berupa alamat"},
    {"{\"situs\": \"\"}", "harus berupa alamat"},
    {"{\"situs\": \"https://ki.contoh.go.id/\", \"alamat\": \"x\"}",
     "kunci \"alamat\" tidak dikenal pada publikasi"},
    {"\"https://ki.contoh.go.id/\"", "\"publikasi\" harus berupa objek"},
};

Test(qr, bad_addresses_are_refused_at_their_line)
{
    const char *good = "{\"situs\": \"https://ki.contoh.go.id/anugerah/2024\"}";
    /* 24 + 97 = 121 bytes, one over the limit */
    char long_url[600];
    snprintf(long_url, sizeof long_url, "{\"situs\": \"https://ki.contoh.go.id/%097d\"}", 0);
    for (size_t i = 0; i <= sizeof bad / sizeof bad[0]; i++) {
        const char *value = i < sizeof bad / sizeof bad[0] ? bad[i].value : long_url;
        const char *message = i < sizeof bad / sizeof bad[0] ? bad[i].message : "terlalu panjang";
        char *text = event_situs_with(good, value);
        workspace w = workspace_new("hasil");
        char *event = write_file(w.dir, "event.json", text);
        char *where = xasprintf("event.json:7: ");
        const char *build[] = {"build", "--event", event, "--scores", HAND("scores.csv"),
                               "--out", w.out,     NULL};
        const char *check[] = {"check", "--event", event, "--scores", HAND("scores.csv"), NULL};
        const char *const *cmds[] = {build, check};
        for (int c = 0; c < 2; c++) {
            run_result r = run_anugerah(cmds[c]);
            cr_expect_eq(r.status, 2, "%s with %s: exit %d", cmds[c][0], value, r.status);
            char *line = strstr(r.err, where);
            cr_expect(line && strstr(line, message), "%s with %s: expected «%s%s» in:\n%s",
                      cmds[c][0], value, where, message, r.err);
            run_result_free(&r);
        }
        cr_expect(!path_exists(w.out), "nothing built with %s", value);
        free(where);
        free(event);
        workspace_free(&w);
        free(text);
    }
}
