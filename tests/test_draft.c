/* A provisional build for the objection period (build --draf): DRAF on
 * every page of every document, no certificates, the status in the
 * manifest, said by verify, and refused as last year's archive. */
#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

#define HAND(name) FIXTURE("hand/" name)

static workspace draft_build(void)
{
    workspace w = workspace_new("draf");
    const char *args[] = {
        "build", "--draf",  "--event", HAND("event.json"), "--scores", HAND("scores.csv"), "--out",
        w.out,   "--quiet", NULL};
    run_result r = run_anugerah(args);
    cr_assert_eq(r.status, 0, "%s", r.err);
    run_result_free(&r);
    return w;
}

Test(draft, every_page_of_every_document_says_draf)
{
    workspace w = draft_build();
    /* for each PDF: its pages, the word drawn across a page ("(DRAF) Tj" in
     * its uncompressed content) and the footer note, counted; a line for
     * each PDF where either count differs from its pages; then the number
     * of PDFs */
    char *cmd = xasprintf(
        "cd '%s' && n=0 && for f in $(find . -name '*.pdf' | sort); do n=$((n+1)); "
        "pages=$(pdfinfo \"$f\" | sed -n 's/^Pages: *//p'); "
        "qpdf --qdf --object-streams=disable \"$f\" /tmp/draf-$$.pdf; "
        "mark=$(grep -a -c '^(DRAF) Tj$' /tmp/draf-$$.pdf); "
        "note=$(pdftotext \"$f\" - | grep -c 'DRAF \xe2\x80\x94 untuk masa sanggah'); "
        "[ \"$mark $note\" = \"$pages $pages\" ] || echo \"$f: $pages pages, $mark marks, $note "
        "notes\"; done; rm -f /tmp/draf-$$.pdf; echo \"$n\"",
        w.out);
    char *report = shell_output(cmd, NULL);
    /* 12 cards, the book, the ranking, the release, the annex, the deck, a
     * fact sheet for each of the 3 categories (opd, desa, parpol): 20 PDFs */
    cr_expect_str_eq(report, "20\n", "every page marked:\n%s", report);
    free(report);
    free(cmd);
    char *piagam = workspace_file(&w, "piagam");
    cr_expect_not(path_exists(piagam), "no certificates in a draft");
    free(piagam);
    char *reg = workspace_file(&w, "piagam-2024.csv");
    cr_expect_not(path_exists(reg));
    free(reg);
    char *pdf = workspace_file(&w, "peringkat-2024.pdf");
    char *info_cmd = xasprintf("pdfinfo '%s' | grep '^Subject'", pdf);
    char *info = shell_output(info_cmd, NULL);
    cr_expect(strstr(info, "(DRAF \u2014 untuk masa sanggah)"), "%s", info);
    free(info);
    free(info_cmd);
    free(pdf);
    workspace_free(&w);
}

Test(draft, the_manifest_and_verify_say_draft_or_final)
{
    workspace w = draft_build();
    char *m = workspace_file(&w, "manifest.json");
    char *text = slurp(m, NULL);
    cr_expect(strstr(text, "\"status\":\t\"draf\""), "%s", text);
    free(text);
    free(m);
    const char *args[] = {"verify", w.out, NULL};
    run_result r = run_anugerah(args);
    cr_expect_eq(r.status, 0);
    cr_expect(strstr(r.out, "; ini hasil DRAF untuk masa sanggah, bukan hasil final."), "%s",
              r.out);
    run_result_free(&r);
    /* a draft keeps its inputs too: the hand round's event names no image,
     * so masukan/ holds the event and the scores, byte for byte */
    const char *kept[][2] = {{"masukan/acara.json", HAND("event.json")},
                             {"masukan/nilai.csv", HAND("scores.csv")}};
    for (size_t i = 0; i < 2; i++) {
        char *copy = workspace_file(&w, kept[i][0]);
        char *cmd = xasprintf("cmp '%s' '%s'", copy, kept[i][1]);
        int status;
        free(shell_output(cmd, &status));
        cr_expect_eq(status, 0, "%s", cmd);
        free(cmd);
        free(copy);
    }
    char *folder = workspace_file(&w, "masukan");
    cr_expect_eq(dir_entries(folder), 2);
    free(folder);

    workspace f = workspace_shared("hand-2024", HAND("event.json"), HAND("scores.csv"));
    m = workspace_file(&f, "manifest.json");
    text = slurp(m, NULL);
    cr_expect(strstr(text, "\"status\":\t\"final\""), "%s", text);
    free(text);
    free(m);
    const char *final[] = {"verify", f.out, NULL};
    r = run_anugerah(final);
    cr_expect(strstr(r.out, "; ini hasil final."), "%s", r.out);
    run_result_free(&r);
    workspace_free(&f);
    workspace_free(&w);
}

Test(draft, a_draft_is_no_archive_to_chain)
{
    workspace w = workspace_new("draf-2022");
    const char *args[] = {"build",    "--draf",
                          "--event",  HAND("event-2022.json"),
                          "--scores", HAND("scores-2022.csv"),
                          "--out",    w.out,
                          "--quiet",  NULL};
    run_result r = run_anugerah(args);
    cr_assert_eq(r.status, 0, "%s", r.err);
    run_result_free(&r);
    char *out = xasprintf("%s/2024", w.dir);
    const char *chain[] = {
        "build", "--event", HAND("event.json"), "--scores", HAND("scores.csv"), "--previous", w.out,
        "--out", out,       "--quiet",          NULL};
    r = run_anugerah(chain);
    cr_expect_eq(r.status, 2);
    cr_expect(strstr(r.err, "arsip --previous adalah hasil DRAF untuk masa sanggah, bukan hasil "
                            "final; pakai folder hasil final tahun itu"),
              "%s", r.err);
    cr_expect_not(path_exists(out));
    run_result_free(&r);
    free(out);
    workspace_free(&w);
}
