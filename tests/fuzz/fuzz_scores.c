/* libFuzzer harness: the scores reader, with the sample's event, through
 * the rules to the in-memory round. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "event.h"
#include "rules.h"
#include "scores.h"

static kip_event *event;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    problems *pr = problems_new();
    event = event_load(FUZZ_ROOT "/samples/banten-2021/event.json", pr);
    problems_free(pr);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = malloc(size + 1);
    memcpy(text, data, size);
    text[size] = '\0';
    problems *pr = problems_new();
    size_t n = 0;
    kip_body *bodies = scores_parse("fuzz.csv", text, size, event, pr, &n);
    if (problems_count(pr) == 0 && bodies) {
        /* the round takes the bodies and a copy of nothing else: give it
         * its own event so that the shared one survives */
        problems *pe = problems_new();
        kip_event *e = event_load(FUZZ_ROOT "/samples/banten-2021/event.json", pe);
        problems_free(pe);
        kip_round *r = rules_apply(e, bodies, n, 0);
        kip_round_free(r);
    } else {
        for (size_t i = 0; i < n; i++)
            kip_body_clear(&bodies[i]);
        free(bodies);
    }
    problems_free(pr);
    free(text);
    return 0;
}
