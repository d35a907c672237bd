/* libFuzzer harness: the starting kit's archive reader (anugerah init
 * --dari).  The input is the peringkat-2021.json of last year's archive,
 * written into a folder made once per process with a manifest (by the
 * program's own manifest writer, for the sample's 2021 round) that lists
 * it with its true size and hash, so that every input passes the archive's
 * check and reaches the JSON reader.  The kit is then written for 2022
 * into a new folder, which is removed again; a refused archive must leave
 * no folder. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "build.h"
#include "fuzz_temp.h"
#include "kit.h"
#include "manifest.h"
#include "sha256.h"
#include "util.h"

#define ARCHIVE_JSON "peringkat-2021.json"

static char *dir;            /* the archive */
static char *kit;            /* the kit's folder, beside it */
static kip_round *round2021; /* the archive's round, for its manifest */
static FILE *quiet;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    problems *pr = problems_new();
    round2021 = build_load(FUZZ_ROOT "/samples/banten-2021/event.json",
                           FUZZ_ROOT "/samples/banten-2021/scores.csv", pr);
    if (!round2021 || problems_count(pr) > 0)
        abort();
    problems_free(pr);
    dir = fuzz_temp_dir("kit");
    kit = xasprintf("%s-putaran", dir);
    quiet = fopen("/dev/null", "w");
    if (!quiet)
        abort();
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

    kit_options o = {.folder = kit, .year = 2022, .from = dir};
    int status = kit_init(&o, quiet, quiet);
    struct stat st;
    bool written = lstat(kit, &st) == 0;
    if ((status == EXIT_OK) != written)
        abort(); /* a kit is written whole, or nothing is */
    if (written) {
        const char *names[] = {"event.json", "nilai-2022.csv", "nilai-2022.xlsx"};
        for (size_t i = 0; i < 3; i++) {
            char *path = xasprintf("%s/%s", kit, names[i]);
            if (remove(path) != 0)
                abort(); /* each file is there */
            free(path);
        }
        if (rmdir(kit) != 0)
            abort(); /* and nothing else */
    }
    return 0;
}
