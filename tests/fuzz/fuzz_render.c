/* libFuzzer harness: the documents of a fuzzed round.  The input is a
 * scores file for the hand-made event (tests/fixtures/hand/event.json);
 * when it loads without problems the rules are applied and the documents
 * written as a build writes them, into a folder made once per process:
 * the ranking PDF, the first and the last body's scorecards, the press
 * release from the default template, the first award's certificate, and
 * the CSV and JSON exports.  Inputs over 50 rows are skipped, so that each
 * run stays short. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "certificate.h"
#include "event.h"
#include "export.h"
#include "fuzz_temp.h"
#include "press.h"
#include "ranking_pdf.h"
#include "rules.h"
#include "scorecard.h"
#include "scores.h"
#include "template.h"
#include "util.h"

#define MAX_ROWS 50
#define ICC_PROFILE "/usr/share/color/icc/sRGB.icc" /* as the program's default */

static char *dir;
static char *event_text;
static size_t event_len;
static tpl *release;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    problems *pr = problems_new();
    event_text = file_read(FUZZ_ROOT "/tests/fixtures/hand/event.json", &event_len);
    release = tpl_load(FUZZ_ROOT "/templates/siaran-pers.txt", pr);
    if (!event_text || !release || problems_count(pr) > 0)
        abort();
    problems_free(pr);
    dir = fuzz_temp_dir("render");
    return 0;
}

/* Fails the run when a writer refuses a round the readers accepted. */
static void expect_written(bool ok, const char *what, char **error)
{
    if (!ok) {
        fprintf(stderr, "fuzz_render: %s not written: %s\n", what, *error ? *error : "?");
        abort();
    }
    free(*error);
    *error = NULL;
}

static void write_documents(const kip_round *r)
{
    char *error = NULL;
    char *path = xasprintf("%s/dokumen.pdf", dir);
    doc_target t = {FUZZ_ROOT "/fonts", ICC_PROFILE,
                    "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", path,
                    "dokumen.pdf", 0};
    expect_written(ranking_pdf_write(r, &t, &error), "the ranking", &error);
    if (r->n_bodies > 0) {
        expect_written(scorecard_write(r, 0, &t, &error), "the first scorecard", &error);
        expect_written(scorecard_write(r, r->n_bodies - 1, &t, &error), "the last scorecard",
                       &error);
    }
    for (size_t i = 0; i < r->n_bodies; i++)
        if (r->bodies[i].awards) {
            expect_written(certificate_write(r, i, &t, &error), "a certificate", &error);
            break;
        }
    problems *pr = problems_new();
    char *text = press_render(r, release, pr);
    if (text)
        expect_written(press_pdf_write(r, text, &t, &error), "the press release", &error);
    free(text);
    problems_free(pr);
    char *csv = xasprintf("%s/peringkat.csv", dir);
    char *json = xasprintf("%s/peringkat.json", dir);
    expect_written(export_csv_write(r, csv, &error), "the CSV", &error);
    expect_written(export_json_write(r, json, &error), "the JSON", &error);
    free(csv);
    free(json);
    free(path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t rows = 0; /* line ends: LF, CRLF or a lone CR */
    for (size_t i = 0; i < size; i++) {
        bool end = data[i] == '\n' || (data[i] == '\r' && (i + 1 == size || data[i + 1] != '\n'));
        if (end && ++rows > MAX_ROWS)
            return 0;
    }
    char *text = xmalloc(size + 1);
    memcpy(text, data, size);
    text[size] = '\0';
    problems *pr = problems_new();
    kip_event *e = event_parse("event.json", event_text, event_len, pr);
    size_t n = 0;
    kip_body *bodies = scores_parse("fuzz.csv", text, size, e, pr, &n);
    if (e && problems_count(pr) == 0) {
        kip_round *r = rules_apply(e, bodies, n, 0);
        write_documents(r);
        kip_round_free(r);
    } else {
        for (size_t i = 0; i < n; i++)
            kip_body_clear(&bodies[i]);
        free(bodies);
        kip_event_free(e);
    }
    problems_free(pr);
    free(text);
    return 0;
}
