/* libFuzzer harness: the template engine, rendered with the sample
 * round's press-release data and escaped as the release is; then every
 * line of the output read as a table row of the release's markup. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "build.h"
#include "markup.h"
#include "press.h"

static kip_round *round_;
static tpl_map *data;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    problems *pr = problems_new();
    round_ = build_load(FUZZ_ROOT "/samples/banten-2021/event.json",
                        FUZZ_ROOT "/samples/banten-2021/scores.csv", pr);
    problems_free(pr);
    data = press_data(round_);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    char *text = malloc(size + 1);
    memcpy(text, bytes, size);
    text[size] = '\0';
    problems *pr = problems_new();
    tpl *t = tpl_parse("fuzz.txt", text, pr);
    if (t) {
        char *out = tpl_render(t, data, markup_escape, pr);
        for (char *line = out; line && *line;) {
            char *nl = strchr(line, '\n');
            if (nl)
                *nl = '\0';
            char **cells;
            size_t n = markup_cells(line, &cells);
            for (size_t i = 0; i < n; i++)
                free(cells[i]);
            free(cells);
            line = nl ? nl + 1 : NULL;
        }
        free(out);
        tpl_free(t);
    }
    problems_free(pr);
    free(text);
    return 0;
}
