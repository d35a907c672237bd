/* libFuzzer harness: the scores reader, with the sample's event, through
 * the rules to the in-memory round. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "event.h"
#include "fuzz_rules.h"
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
    fuzz_apply_rules(bodies, n, pr);
    problems_free(pr);
    free(text);
    return 0;
}
