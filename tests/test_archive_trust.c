/*
 * What the archive may be trusted with: every output the build accepts
 * verifies (one rule for ids and manifest paths), verify never follows a
 * link out of the folder, and a previous year's archive is range-checked
 * before its year, scores and qualifications are used.
 */
#include <cjson/cJSON.h>
#include <criterion/criterion.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "helpers.h"
#include "manifest.h"
#include "util.h"

#define HAND(name) FIXTURE("hand/" name)

static run_result verify(const char *dir)
{
    const char *args[] = {"verify", dir, NULL};
    return run_anugerah(args);
}

/* A private copy of the hand round's 2022 archive at w->out. */
static workspace archive_2022(void)
{
    workspace w = workspace_new("arsip-2022");
    shared_copy("hand-2022", HAND("event-2022.json"), HAND("scores-2022.csv"), w.out);
    return w;
}

/* Rewrites `name` in the folder by replacing `from` with `to`, and its
 * manifest entry to match, as a careful forger would. */
static void forge(const char *dir, const char *name, const char *from, const char *to)
{
    char *path = xasprintf("%s/%s", dir, name);
    char *text = slurp(path, NULL);
    char *at = strstr(text, from);
    cr_assert_not_null(at, "«%s» not in %s", from, name);
    char *forged = xasprintf("%.*s%s%s", (int)(at - text), text, to, at + strlen(from));
    free(write_file(dir, name, forged));

    manifest_reseal(dir, name);
    free(forged);
    free(text);
    free(path);
}

static run_result build_2024_after(const char *archive, const char *out)
{
    const char *args[] = {"build",
                          "--event",
                          HAND("event.json"),
                          "--scores",
                          HAND("scores.csv"),
                          "--previous",
                          archive,
                          "--out",
                          out,
                          "--quiet",
                          NULL};
    return run_anugerah(args);
}

Test(archive_trust, an_id_with_dots_inside_builds_and_verifies)
{
    workspace w = workspace_new("titik");
    build_ok(FIXTURE("rules/event.json"), FIXTURE("corpus/id_dots_inside.csv"), w.out);
    run_result r = verify(w.out);
    cr_expect_eq(r.status, 0, "%s", r.err);
    char *card = workspace_file(&w, "kartu-nilai/desa/A.b-c_1.pdf");
    cr_expect(path_exists(card));
    free(card);
    run_result_free(&r);
    workspace_free(&w);
}

Test(archive_trust, verify_never_follows_a_link_out_of_the_folder)
{
    /* the Perangkat Daerah cards moved out and linked back in: the files
     * are identical, but they are not inside the archive any more */
    workspace w = archive_2022();
    char *opd = xasprintf("%s/kartu-nilai/opd", w.out);
    char *away = xasprintf("%s/di-luar", w.dir);
    cr_assert_eq(rename(opd, away), 0);
    cr_assert_eq(symlink(away, opd), 0);
    char *etc = xasprintf("%s/etc", w.out);
    cr_assert_eq(symlink("/etc", etc), 0);
    run_result r = verify(w.out);
    cr_expect_eq(r.status, 1, "%s", r.err);
    char *card = xasprintf("%s/kartu-nilai/opd/OPD-A.pdf: tautan simbolik; tidak diikuti", w.out);
    cr_expect(strstr(r.err, card), "«%s» in %s", card, r.err);
    char *link =
        xasprintf("%s/etc: tautan simbolik, tidak tercantum di manifest; tidak diikuti", w.out);
    cr_expect(strstr(r.err, link), "«%s» in %s", link, r.err);
    cr_expect_null(strstr(r.err, "passwd"));
    free(link);
    free(card);
    run_result_free(&r);
    free(etc);
    free(away);
    free(opd);
    workspace_free(&w);
}

Test(archive_trust, an_archive_year_that_is_no_year_is_refused)
{
    workspace w = archive_2022();
    /* the manifest itself is not hashed: an edit there is only seen here */
    char *mpath = workspace_file(&w, "manifest.json");
    char *m = slurp(mpath, NULL);
    char *at = strstr(m, "\"tahun\":\t2022");
    cr_assert_not_null(at, "%s", m);
    char *edited =
        xasprintf("%.*s\"tahun\":\t1e300%s", (int)(at - m), m, at + strlen("\"tahun\":\t2022"));
    free(write_file(w.out, "manifest.json", edited));
    char *out = xasprintf("%s/2024", w.dir);
    run_result r = build_2024_after(w.out, out);
    cr_expect_eq(r.status, 2, "%s", r.err);
    cr_expect(
        strstr(r.err, "arsip --previous tidak mencantumkan tahun yang sah (1900 sampai 9999)"),
        "%s", r.err);
    cr_expect_not(path_exists(out));
    run_result_free(&r);
    free(out);
    free(edited);
    free(m);
    free(mpath);
    workspace_free(&w);
}

Test(archive_trust, last_years_scores_and_names_are_range_checked)
{
    const char *cases[][3] = {
        /* from, to, message */
        {"\"nilai\":\t91.00", "\"nilai\":\t910.00",
         "nilai badan publik \"OPD-B\" di arsip bukan nilai 0 sampai 100"},
        {"\"nilai\":\t91.00", "\"nilai\":\t-1",
         "nilai badan publik \"OPD-B\" di arsip bukan nilai 0 sampai 100"},
        {"\"kualifikasi\":\t\"Informatif\"", "\"kualifikasi\":\t\"Informatif \\u6f22\"",
         "kualifikasi badan publik \"OPD-B\" di arsip bukan nama yang dapat dicetak"},
    };
    for (size_t i = 0; i < 3; i++) {
        workspace w = archive_2022();
        forge(w.out, "peringkat-2022.json", cases[i][0], cases[i][1]);
        run_result v = verify(w.out);
        cr_assert_eq(v.status, 0, "the forged archive verifies: %s", v.err);
        run_result_free(&v);
        char *out = xasprintf("%s/2024", w.dir);
        run_result r = build_2024_after(w.out, out);
        cr_expect_eq(r.status, 2, "case %zu: %s", i, r.err);
        cr_expect(strstr(r.err, cases[i][2]), "case %zu: «%s» in %s", i, cases[i][2], r.err);
        cr_expect_not(path_exists(out));
        run_result_free(&r);
        free(out);
        workspace_free(&w);
    }
}
