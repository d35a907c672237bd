/* The manual page anugerah(1) and the bash completion: the page renders
 * without a warning and describes every command and every option the
 * program's --help lists; the completion completes commands and each
 * command's own options. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

#define MAN_PAGE TEST_ROOT "/man/anugerah.1"
#define COMPLETION TEST_ROOT "/completion/anugerah"
#define MAN_ENV "MANWIDTH=80 LC_ALL=C.UTF-8 MANPAGER=cat PAGER=cat "

Test(manpage, renders_without_warnings)
{
    int status;
    char *err = shell_output(MAN_ENV "man --warnings -l '" MAN_PAGE "' 2>&1 >/dev/null", &status);
    cr_expect_eq(status, 0, "man exited %d: %s", status, err);
    cr_expect_str_empty(err, "man --warnings: %s", err);
    free(err);
}

/* The rendered text between a section's heading and the next heading
 * (caller frees). */
static char *section(const char *page, const char *heading, const char *next)
{
    char *from = xasprintf("\n%s\n", heading);
    char *to = xasprintf("\n%s\n", next);
    const char *start = strstr(page, from);
    cr_assert(start, "no section %s in:\n%s", heading, page);
    const char *end = strstr(start + 1, to);
    cr_assert(end, "no section %s after %s", next, heading);
    char *text = xasprintf("%.*s", (int)(end - start), start);
    free(from);
    free(to);
    return text;
}

/* Whether `text` has a line starting, after the page's indent of seven
 * spaces, with `word` then a space, a comma or the line's end. */
static bool item(const char *text, const char *word)
{
    char *line = xasprintf("\n       %s", word);
    bool found = false;
    for (const char *p = strstr(text, line); p && !found; p = strstr(p + 1, line)) {
        char after = p[strlen(line)];
        found = after == ' ' || after == ',' || after == '\n';
    }
    free(line);
    return found;
}

/* The options of `anugerah --help`: the first word of each line of the
 * "Pilihan:" block ("  --event FILE    berkas acara …"). */
static size_t help_options(char *options[], size_t max)
{
    const char *args[] = {"--help", NULL};
    run_result r = run_anugerah(args);
    cr_assert_eq(r.status, 0);
    const char *block = strstr(r.out, "\nPilihan:\n");
    cr_assert(block, "%s", r.out);
    size_t n = 0;
    for (const char *line = strchr(block + 1, '\n') + 1; strncmp(line, "  ", 2) == 0;
         line = strchr(line, '\n') + 1) {
        if (strncmp(line, "  --", 4) == 0) {
            cr_assert_lt(n, max);
            options[n++] = strndup(line + 2, strcspn(line + 2, " \n"));
        }
    }
    run_result_free(&r);
    return n;
}

Test(manpage, describes_every_command_and_option)
{
    char *page = shell_output(MAN_ENV "man -l '" MAN_PAGE "' 2>/dev/null | col -b", NULL);
    char *commands = section(page, "PERINTAH", "PILIHAN");
    char *options = section(page, "PILIHAN", "BERKAS");
    for (const char *const *c = (const char *const[]){"build", "check", "verify", "init", NULL}; *c;
         c++)
        cr_expect(item(commands, *c), "command %s not described:\n%s", *c, commands);

    char *listed[32];
    size_t n = help_options(listed, 30);
    cr_expect_geq(n, 10, "only %zu options in --help", n);
    /* --help and --version are in the help's first lines, not its list */
    listed[n++] = xstrdup("--help");
    listed[n++] = xstrdup("--version");
    for (size_t i = 0; i < n; i++) {
        cr_expect(item(options, listed[i]), "option %s not described:\n%s", listed[i], options);
        free(listed[i]);
    }
    for (const char *const *h =
             (const char *const[]){"NAMA", "RINGKASAN", "DESKRIPSI", "BERKAS", "STATUS KELUAR",
                                   "CONTOH", "LIHAT JUGA", NULL};
         *h; h++) {
        char *heading = xasprintf("\n%s\n", *h);
        cr_expect(strstr(page, heading), "no section %s", *h);
        free(heading);
    }
    free(commands);
    free(options);
    free(page);
}

/* A build stopped by a signal exits with 128 + the signal's number
 * (test_force.c: signal_stops_the_build): Ctrl+C (SIGINT, 2) 130, SIGHUP
 * (1) 129, SIGTERM (15) 143.  A script that runs anugerah reads these in
 * the page, next to 0, 1 and 2. */
Test(manpage, gives_the_exit_status_of_a_stopped_build)
{
    char *page = shell_output(MAN_ENV "man -l '" MAN_PAGE "' 2>/dev/null | col -b", NULL);
    char *statuses = section(page, "STATUS KELUAR", "CONTOH");
    for (const char *const *s = (const char *const[]){"0", "1", "2", "129", "130", "143", NULL}; *s;
         s++)
        cr_expect(item(statuses, *s), "status %s not described:\n%s", *s, statuses);
    free(statuses);
    free(page);
}

/* What the completion offers for the words typed (the last one being
 * completed), one line. */
static char *complete(const char *words, int cword)
{
    char *cmd = xasprintf("cd '%s' && bash --norc --noprofile -c 'source \"%s\"; "
                          "COMP_WORDS=(%s); COMP_CWORD=%d; _anugerah; "
                          "echo \"${COMPREPLY[@]}\"' 2>&1",
                          TEST_ROOT, COMPLETION, words, cword);
    int status;
    char *out = shell_output(cmd, &status);
    cr_expect_eq(status, 0, "%s: %s", cmd, out);
    free(cmd);
    return out;
}

Test(completion, commands_and_options_per_command)
{
    char *out = complete("anugerah bu", 1);
    cr_expect_str_eq(out, "build\n");
    free(out);
    out = complete("anugerah \"\"", 1);
    cr_expect_str_eq(out, "build check verify init --help --version\n");
    free(out);
    /* check writes nothing: no --out, --force or --draf */
    out = complete("anugerah check --", 2);
    cr_expect_str_eq(out, "--event --scores --template --template-fakta --previous --jobs --quiet "
                          "--fonts --help\n");
    free(out);
    out = complete("anugerah build --", 2);
    cr_expect_str_eq(out, "--event --scores --out --force --draf --template --template-fakta "
                          "--previous --jobs --quiet --fonts --help\n");
    free(out);
    out = complete("anugerah init 2024 --", 3);
    cr_expect_str_eq(out, "--tahun --dari --help\n");
    free(out);
    out = complete("anugerah build --event samples/banten-2021/event.json --d", 4);
    cr_expect_str_eq(out, "--draf\n");
    free(out);
}

Test(completion, files_of_each_kind_and_folders)
{
    /* --event takes JSON, --scores CSV or XLSX, --template text */
    char *out = complete("anugerah build --event samples/banten-2021/", 3);
    cr_expect_str_eq(out, "samples/banten-2021/event.json\n");
    free(out);
    out = complete("anugerah check --scores samples/banten-2021/", 3);
    cr_expect_str_eq(out, "samples/banten-2021/scores.csv\n");
    free(out);
    /* hand-raw.xlsx and hand.xlsx, not make_fixtures.py beside them */
    out = complete("anugerah check --scores tests/fixtures/xlsx/h", 3);
    cr_expect_str_eq(out, "tests/fixtures/xlsx/hand-raw.xlsx tests/fixtures/xlsx/hand.xlsx\n");
    free(out);
    /* the release's and the fact sheets' templates (not the README) */
    out = complete("anugerah build --template templates/", 3);
    cr_expect_str_eq(out, "templates/lembar-fakta.txt templates/siaran-pers.txt\n");
    free(out);
    out = complete("anugerah check --template-fakta templates/", 3);
    cr_expect_str_eq(out, "templates/lembar-fakta.txt templates/siaran-pers.txt\n");
    free(out);
    /* folders only for --out, --previous, --fonts and verify */
    const char *folders[] = {"anugerah build --out sam",   "anugerah build --previous sam",
                             "anugerah check --fonts sam", "anugerah verify sam",
                             "anugerah init sam",          "anugerah init 2024 --dari sam"};
    for (size_t i = 0; i < sizeof folders / sizeof *folders; i++) {
        /* the word completed is the last: its index is the spaces before it */
        int cword = 0;
        for (const char *c = folders[i]; *c; c++)
            cword += *c == ' ';
        out = complete(folders[i], cword);
        cr_expect_str_eq(out, "samples\n", "%s", folders[i]);
        free(out);
        char *in = xasprintf("%s%s", folders[i], "ples/banten-2021/");
        out = complete(in, cword);
        cr_expect_str_eq(out, "\n", "%s: %s", in, out);
        free(out);
        free(in);
    }
}
