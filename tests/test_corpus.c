/* The bad-input corpus (tests/fixtures/corpus/expected.tsv) and the
 * resource bounds: every input gives its exit status and message, and
 * nothing is written where a build fails. */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "helpers.h"
#include "util.h"

#define CORPUS FIXTURE("corpus/")

/* Runs check and build with one corpus file; checks status and message. */
static void expect_case(const char *file, int status, const char *fragment, bool is_event)
{
    const char *event = is_event ? file : FIXTURE("rules/event.json");
    const char *scores = is_event ? FIXTURE("rules/scores.csv") : file;
    const char *check[] = {"check", "--event", event, "--scores", scores, NULL};
    run_result r = run_anugerah(check);
    cr_expect_eq(r.status, status, "%s: exit %d, expected %d\n%s", file, r.status, status, r.err);
    cr_expect(strstr(status ? r.err : r.out, fragment), "%s: expected «%s» in\n%s%s", file,
              fragment, r.out, r.err);
    run_result_free(&r);

    workspace w = workspace_new("hasil");
    const char *build[] = {"build", "--event", event, "--scores", scores, "--out", w.out, NULL};
    r = run_anugerah(build);
    cr_expect_eq(r.status, status, "%s: build exit %d", file, r.status);
    if (status != 0)
        cr_expect_eq(dir_entries(w.dir), 0, "%s: nothing may be written", file);
    run_result_free(&r);
    workspace_free(&w);
}

Test(corpus, every_file_gives_its_status_and_message, .timeout = 120)
{
    size_t len;
    char *table = slurp(CORPUS "expected.tsv", &len);
    cr_assert_not_null(table);
    size_t cases = 0;
    char *save = NULL;
    for (char *line = strtok_r(table, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (line[0] == '#')
            continue;
        char *t1 = strchr(line, '\t');
        char *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
        cr_assert(t1 && t2, "bad line in expected.tsv: %s", line);
        *t1 = *t2 = '\0';
        char *file = xasprintf("%s%s", CORPUS, line);
        size_t n = strlen(line);
        bool is_event = n > 5 && strcmp(line + n - 5, ".json") == 0;
        expect_case(file, atoi(t1 + 1), t2 + 1, is_event);
        free(file);
        cases++;
    }
    cr_expect_geq(cases, 30, "the corpus has %zu cases", cases);
    free(table);
}

/* Writes `header`, then `count` times `unit`, then `tail`. */
static char *generated(const workspace *w, const char *name, const char *header, const char *unit,
                       long count, const char *tail)
{
    char *path = xasprintf("%s/%s", w->dir, name);
    FILE *f = fopen(path, "wb");
    fputs(header, f);
    for (long i = 0; i < count; i++)
        fputs(unit, f);
    fputs(tail, f);
    fclose(f);
    return path;
}

/* The same with a hole of `hole` bytes in place of the units: the file has
 * its full size but takes no disk, nor time to write. */
static char *sparse(const workspace *w, const char *name, const char *header, long hole,
                    const char *tail)
{
    char *path = xasprintf("%s/%s", w->dir, name);
    FILE *f = fopen(path, "wb");
    fputs(header, f);
    fseek(f, hole, SEEK_CUR);
    fputs(tail, f);
    fclose(f);
    return path;
}

Test(corpus, a_ten_megabyte_field_is_refused)
{
    workspace w = workspace_new("x");
    char *csv = generated(&w, "besar.csv", "id,nama,kategori,nilai\nD1,", "abcdefghij", 1000000,
                          ",desa,90\n");
    expect_case(csv, 2,
                "besar.csv:2: kolom ke-2 terlalu panjang (10000000 byte; paling banyak "
                "4096)",
                false);
    free(csv);
    workspace_free(&w);
}

Test(corpus, a_hundred_thousand_columns_are_refused)
{
    workspace w = workspace_new("x");
    char *csv = generated(&w, "lebar.csv", "id,nama,kategori,nilai", ",x", 100000 - 4,
                          "\nD1,Desa,desa,90\n");
    expect_case(csv, 2, "lebar.csv:1: baris judul berisi 100000 kolom; paling banyak 1000", false);
    free(csv);
    workspace_free(&w);
}

Test(corpus, a_gigabyte_of_rows_is_refused_before_reading)
{
    workspace w = workspace_new("x");
    char *csv = xasprintf("%s/besar.csv", w.dir);
    int fd = open(csv, O_CREAT | O_WRONLY, 0644);
    cr_assert_eq(ftruncate(fd, 1024L * 1024 * 1024), 0); /* sparse: no disk used */
    close(fd);
    expect_case(csv, 2, "besar.csv: berkas nilai terlalu besar (1024 MB); batasnya 64 MB", false);
    free(csv);
    workspace_free(&w);
}

Test(corpus, a_hundred_megabyte_field_is_refused)
{
    workspace w = workspace_new("x");
    char *csv = sparse(&w, "medan.csv", "id,nama,kategori,nilai\nD1,", 100000000, ",desa,90\n");
    expect_case(csv, 2, "medan.csv: berkas nilai terlalu besar (95 MB); batasnya 64 MB", false);
    free(csv);
    workspace_free(&w);
}

Test(corpus, an_oversized_event_or_template_is_refused)
{
    workspace w = workspace_new("x");
    char *json = generated(&w, "acara.json", "{\"judul\": \"", "aaaaaaaaaa", 200000, "\"}\n");
    expect_case(json, 2, "acara.json: berkas acara terlalu besar", true);
    char *tpl = generated(&w, "templat.txt", "", "aaaaaaaaaa", 200000, "\n");
    const char *args[] = {"check",
                          "--event",
                          FIXTURE("rules/event.json"),
                          "--scores",
                          FIXTURE("rules/scores.csv"),
                          "--template",
                          tpl,
                          NULL};
    run_result r = run_anugerah(args);
    cr_expect_eq(r.status, 2);
    cr_expect(strstr(r.err, "templat.txt: templat terlalu besar"), "%s", r.err);
    run_result_free(&r);
    free(tpl);
    free(json);
    workspace_free(&w);
}
