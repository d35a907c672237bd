/* libFuzzer harness: the event reader. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "event.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = malloc(size + 1);
    memcpy(text, data, size);
    text[size] = '\0';
    problems *pr = problems_new();
    kip_event *e = event_parse("fuzz.json", text, size, pr);
    kip_event_free(e);
    problems_free(pr);
    free(text);
    return 0;
}
