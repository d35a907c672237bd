/* What the harnesses that write files share: a temporary folder per
 * process, removed at exit, and writing a file whole (the run aborts when
 * it cannot: a harness that cannot set up tests nothing). */
#ifndef ANUGERAH_FUZZ_TEMP_H
#define ANUGERAH_FUZZ_TEMP_H

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util.h"

static char *fuzz_temp_root;

static inline int fuzz_remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

static inline void fuzz_remove_root(void)
{
    nftw(fuzz_temp_root, fuzz_remove_entry, 8, FTW_DEPTH | FTW_PHYS);
}

/* A new folder /tmp/anugerah-fuzz-NAME-XXXXXX (caller frees the string),
 * removed with everything in it when the process exits normally.  Call
 * once. */
static inline char *fuzz_temp_dir(const char *name)
{
    char *tmpl = xasprintf("/tmp/anugerah-fuzz-%s-XXXXXX", name);
    if (!mkdtemp(tmpl)) {
        perror("mkdtemp");
        abort();
    }
    fuzz_temp_root = xstrdup(tmpl);
    atexit(fuzz_remove_root);
    return tmpl;
}

/* dir/name holds exactly the bytes given; missing folders on the way are
 * made. */
static inline void fuzz_put(const char *dir, const char *name, const void *data, size_t size)
{
    char *path = xasprintf("%s/%s", dir, name);
    for (char *p = path + 1; (p = strchr(p, '/')); p++) {
        *p = '\0';
        mkdir(path, 0700);
        *p = '/';
    }
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0) {
        perror(path);
        abort();
    }
    free(path);
}

static inline void fuzz_put_text(const char *dir, const char *name, const char *text)
{
    fuzz_put(dir, name, text, strlen(text));
}

#endif
