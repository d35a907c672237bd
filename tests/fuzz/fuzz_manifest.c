/* libFuzzer harness: the manifest reader.  The input is the manifest.json
 * of a small folder made once per process (two files at the top, one in a
 * sub-folder); each input is written over it and the folder checked as
 * `anugerah verify` does, then its year read as the previous-archive reader
 * does.
 *
 * The folder sits in a parent folder that also holds a file of its own:
 * an inotify watch on the parent aborts the run as soon as anything
 * outside the folder is opened (the manifest's paths must never lead out
 * of it). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

#include "fuzz_temp.h"
#include "manifest.h"
#include "util.h"

#define FOLDER "arsip" /* the checked folder's name inside the parent */

static char *parent; /* holds FOLDER and a file outside it */
static char *dir;    /* the folder checked */
static int watch_fd = -1;

/* Fails the run when anything in the parent other than the folder itself
 * was opened since the last call. */
static void expect_nothing_outside(void)
{
    char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
    for (;;) {
        ssize_t len = read(watch_fd, buf, sizeof buf);
        if (len <= 0)
            return;
        for (char *p = buf; p < buf + len;) {
            const struct inotify_event *ev = (const struct inotify_event *)p;
            if (ev->len == 0 || strcmp(ev->name, FOLDER) != 0) {
                fprintf(stderr, "fuzz_manifest: %s/%s opened, outside the folder checked\n",
                        parent, ev->len ? ev->name : "");
                abort();
            }
            p += sizeof *ev + ev->len;
        }
    }
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    parent = fuzz_temp_dir("manifest");
    dir = xasprintf("%s/%s", parent, FOLDER);
    fuzz_put_text(dir, "peringkat-2021.csv", "id;nilai\nOPD-01;90,00\n");
    fuzz_put_text(dir, "peringkat-2021.json", "{\"peringkat\": []}\n");
    fuzz_put_text(dir, "kartu-nilai/opd/OPD-01.pdf", "%PDF-1.4\n");
    fuzz_put_text(parent, "rahasia.txt", "outside the folder\n");
    watch_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (watch_fd < 0 || inotify_add_watch(watch_fd, parent, IN_OPEN) < 0) {
        perror("inotify");
        abort();
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_put(dir, MANIFEST_NAME, data, size);
    problems *pr = problems_new();
    long checked = manifest_check(dir, pr);
    if (checked < 0 && problems_count(pr) == 0) {
        fprintf(stderr, "fuzz_manifest: an unusable manifest without a problem\n");
        abort();
    }
    problems_free(pr);
    (void)manifest_year(dir);
    expect_nothing_outside();
    return 0;
}
