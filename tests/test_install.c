/* make install and make uninstall into a staged DESTDIR, the installed
 * program finding its data from elsewhere, and --version. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "util.h"
#include "version.h"

/* make in the clone, with the objects of the suite's own build, outside the
 * make that runs the suite (its job server is not ours). */
static char *run_make(const char *target, const char *destdir, int *status)
{
    char *cmd = xasprintf("cd '%s' && env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s %s %s "
                          "DESTDIR='%s' PREFIX=/usr 2>&1",
                          TEST_ROOT, TEST_MAKE_ARGS, target, destdir);
    char *out = shell_output(cmd, status);
    free(cmd);
    return out;
}

static char *files_under(const char *dir)
{
    char *cmd = xasprintf("cd '%s' && find . -type f | LC_ALL=C sort", dir);
    char *out = shell_output(cmd, NULL);
    free(cmd);
    return out;
}

/* Besides the program, its data and its README: the manual page (plain;
 * a Debian package gzips it itself) where man looks under PREFIX, the
 * bash completion where bash-completion loads it on demand, named after
 * the command it completes, and the clerks' guide with its eight images
 * (the ranking, the annex, a certificate, a scorecard, the book's cover,
 * the release, a slide of the deck, a draft page) in panduan/ beside it,
 * as it links them. */
static const char installed[] =
    INSTALLED_PROGRAM_AND_DATA "./usr/share/doc/anugerah/README.md\n" INSTALLED_GUIDE_IMAGES
                               "./usr/share/man/man1/anugerah.1\n";

/* One test, not several: the steps share the staged tree, and two installs
 * at once would compile the same installed main.o. */
Test(install, staged_install_runs_from_anywhere_and_uninstalls)
{
    cr_assert_not(path_exists("/usr/share/anugerah"),
                  "/usr/share/anugerah exists: the fallback cannot be told apart");
    char *stage = temp_dir();
    char *work = temp_dir();
    int status;
    char *out = run_make("install", stage, &status);
    cr_assert_eq(status, 0, "make install: %s", out);
    free(out);

    char *files = files_under(stage);
    cr_expect_str_eq(files, installed);
    free(files);

    /* every picture the installed guide shows is there, a PNG */
    char *guide_path = xasprintf("%s/usr/share/doc/anugerah/PANDUAN.md", stage);
    char *guide = slurp(guide_path, NULL);
    cr_assert(guide, "%s", guide_path);
    size_t pictures = 0;
    for (const char *p = strstr(guide, "](panduan/"); p; p = strstr(p + 1, "](panduan/")) {
        const char *end = strchr(p, ')');
        cr_assert(end);
        char *png = xasprintf("%s/usr/share/doc/anugerah/%.*s", stage, (int)(end - p - 2), p + 2);
        size_t len = 0;
        char *bytes = slurp(png, &len);
        cr_expect(bytes && len > 8 && memcmp(bytes, "\x89PNG", 4) == 0, "%s", png);
        free(bytes);
        free(png);
        pictures++;
    }
    cr_expect_eq(pictures, 8, "the guide shows %zu pictures", pictures);
    free(guide);
    free(guide_path);

    /* the staged program, from /, finds its data in ../share/anugerah
     * beside its folder (/usr/share/anugerah, compiled in, is not there) */
    char *cmd = xasprintf("cd / && '%s/usr/bin/anugerah' build --event "
                          "'%s/usr/share/anugerah/samples/banten-2021/event.json' --scores "
                          "'%s/usr/share/anugerah/samples/banten-2021/scores.csv' --out "
                          "'%s/hasil' --quiet 2>&1",
                          stage, stage, stage, work);
    out = shell_output(cmd, &status);
    cr_expect_eq(status, 0, "the staged program failed: %s", out);
    free(out);
    free(cmd);
    char *manifest = xasprintf("%s/hasil/manifest.json", work);
    cr_expect(path_exists(manifest));
    free(manifest);

    /* its data moved away: one message naming every place looked and
     * both options */
    cmd = xasprintf("cp -r '%s/usr/share/anugerah/samples/banten-2021' '%s/contoh' && "
                    "mv '%s/usr/share/anugerah' '%s/data'",
                    stage, work, stage, work);
    cr_assert_eq(system(cmd), 0);
    free(cmd);
    cmd = xasprintf("cd / && '%s/usr/bin/anugerah' check --event '%s/contoh/event.json' "
                    "--scores '%s/contoh/scores.csv' 2>&1 >/dev/null",
                    stage, work, work);
    char *err = shell_output(cmd, &status);
    free(cmd);
    cr_expect_eq(status, 2, "exit %d: %s", status, err);
    const char *first = strstr(err, "anugerah: ");
    cr_expect(first && !strstr(first + 1, "anugerah: "), "not one message: %s", err);
    cr_expect(strstr(err, "--fonts FOLDER"), "%s", err);
    cr_expect(strstr(err, "--template FILE"), "%s", err);
    cr_expect(strstr(err, "    /usr/share/anugerah/fonts\n"), "%s", err);
    cr_expect(strstr(err, "    /usr/share/anugerah/templates/siaran-pers.txt\n"), "%s", err);
    cr_expect(strstr(err, "templat lembar fakta tidak ditemukan; dicari di:\n"
                          "    /usr/share/anugerah/templates/lembar-fakta.txt\n"),
              "%s", err);
    char *beside = xasprintf("    %s/usr/share/anugerah/fonts\n", stage);
    cr_expect(strstr(err, beside), "%s", err);
    free(beside);
    beside = xasprintf("    %s/usr/share/anugerah/templates/siaran-pers.txt\n", stage);
    cr_expect(strstr(err, beside), "%s", err);
    free(beside);
    free(err);

    /* uninstall removes what install wrote and nothing else */
    cmd = xasprintf("mv '%s/data' '%s/usr/share/anugerah' && echo mine > '%s/usr/share/extra'",
                    work, stage, stage);
    cr_assert_eq(system(cmd), 0);
    free(cmd);
    out = run_make("uninstall", stage, &status);
    cr_expect_eq(status, 0, "make uninstall: %s", out);
    free(out);
    files = files_under(stage);
    cr_expect_str_eq(files, "./usr/share/extra\n");
    free(files);
    char *gone = xasprintf("%s/usr/share/anugerah", stage);
    cr_expect_not(path_exists(gone), "the data folder is left");
    free(gone);
    gone = xasprintf("%s/usr/share/doc/anugerah", stage);
    cr_expect_not(path_exists(gone), "the doc folder is left");
    free(gone);

    remove_tree(stage);
    remove_tree(work);
    free(stage);
    free(work);
}

Test(install, version_in_the_gnu_form)
{
    const char *args[] = {"--version", NULL};
    run_result r = run_anugerah(args);
    cr_expect_eq(r.status, 0);
    cr_expect_eq(strncmp(r.out, "anugerah 0.", 11), 0, "%s", r.out);
    char *first = xasprintf("anugerah %s\n", ANUGERAH_VERSION);
    cr_expect_eq(strncmp(r.out, first, strlen(first)), 0, "%s", r.out);
    char *second = strchr(r.out, '\n');
    cr_assert(second);
    cr_expect_eq(strncmp(second + 1, "Copyright (C) 2026 ", 19), 0, "%s", r.out);
    cr_expect(strstr(r.out, "\nLisensi MIT <https://opensource.org/license/mit>.\n"), "%s", r.out);
    cr_expect(strstr(r.out, "TIDAK ADA JAMINAN"), "%s", r.out);
    free(first);
    run_result_free(&r);
}
