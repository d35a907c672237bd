/* libFuzzer harness: the previous-archive reader.  The input is the
 * peringkat-2021.json of last year's archive.  A folder made once per
 * process is that archive: each input is written into it with a manifest
 * (written by the program's own manifest writer, for the sample's 2021
 * round) that lists it with its true size and hash, so that every input
 * passes the archive's check and reaches the JSON reader.  The archive is
 * then applied to the bodies of the sample's 2022 round (read afresh for
 * each input), and when it is accepted the rules are applied and the
 * release's data made from the round, as a chained build does. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "build.h"
#include "event.h"
#include "fuzz_temp.h"
#include "manifest.h"
#include "press.h"
#include "previous.h"
#include "rules.h"
#include "scores.h"
#include "sha256.h"
#include "util.h"

#define ARCHIVE_JSON "peringkat-2021.json"
#define SCORES_2022 FUZZ_ROOT "/samples/banten-2022/scores.csv"

static char *dir;            /* the archive */
static kip_round *round2021; /* the archive's round, for its manifest */
static char *event_text, *scores_text;
static size_t event_len, scores_len;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    problems *pr = problems_new();
    round2021 = build_load(FUZZ_ROOT "/samples/banten-2021/event.json",
                           FUZZ_ROOT "/samples/banten-2021/scores.csv", pr);
    event_text = file_read(FUZZ_ROOT "/samples/banten-2022/event.json", &event_len);
    scores_text = file_read(SCORES_2022, &scores_len);
    if (!round2021 || !event_text || !scores_text || problems_count(pr) > 0)
        abort();
    problems_free(pr);
    dir = fuzz_temp_dir("archive");
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_put(dir, ARCHIVE_JSON, data, size);
    manifest_file file = {ARCHIVE_JSON, 0, (long long)size, ""};
    char digest[SHA256_HEX];
    sha256_data_hex(data, size, digest);
    memcpy(file.sha256, digest, sizeof file.sha256);
    char *error = NULL;
    if (!manifest_write(dir, round2021, NULL, 0, &file, 1, &error))
        abort();

    problems *pr = problems_new();
    kip_event *e = event_parse("event.json", event_text, event_len, pr);
    size_t n = 0;
    kip_body *bodies = scores_parse(SCORES_2022, scores_text, scores_len, e, pr, &n);
    if (!e || problems_count(pr) > 0)
        abort(); /* the sample itself must load */
    int year = previous_apply(dir, SCORES_2022, e->tahun, bodies, n, pr);
    if (problems_count(pr) == 0) {
        if (year != 2021)
            abort(); /* accepted, so read as the archive's year */
        kip_round *r = rules_apply(e, bodies, n, year);
        tpl_map_free(press_data(r));
        kip_round_free(r);
    } else {
        for (size_t i = 0; i < n; i++)
            kip_body_clear(&bodies[i]);
        free(bodies);
        kip_event_free(e);
    }
    problems_free(pr);
    return 0;
}
