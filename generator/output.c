#include "output.h"
#include "labels.h"

#include <dirent.h>
#include <errno.h>
#include <ftw.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

struct output {
    char *target;
    char *temp;
};

static bool dir_is_empty(const char *path)
{
    DIR *d = opendir(path);
    if (!d)
        return false;
    bool empty = true;
    struct dirent *e;
    while (empty && (e = readdir(d)))
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            empty = false;
    closedir(d);
    return empty;
}

bool output_target_ok(const char *target, bool force, char **error)
{
    struct stat st;
    if (lstat(target, &st) != 0)
        return true;
    if (!S_ISDIR(st.st_mode)) {
        *error = xasprintf("%s sudah ada dan bukan folder; pilih nama lain untuk --out", target);
        return false;
    }
    if (!force) {
        *error = xasprintf("folder %s sudah ada; hasil lama tidak ditimpa. Pilih folder lain, "
                           "atau tambahkan --force untuk menggantinya",
                           target);
        return false;
    }
    /* --force replaces an earlier output (it has a manifest) or an empty
     * folder, never a folder of something else, such as the inputs */
    char *manifest = xasprintf("%s/manifest.json", target);
    bool is_output = lstat(manifest, &st) == 0 && S_ISREG(st.st_mode);
    free(manifest);
    if (!is_output && !dir_is_empty(target)) {
        *error = xasprintf("folder %s bukan folder hasil anugerah (tidak ada manifest.json), "
                           "jadi tidak diganti walau dengan --force; pilih folder lain",
                           target);
        return false;
    }
    return true;
}

/* mkdir -p */
static bool make_dirs(const char *path)
{
    char *p = xstrdup(path);
    bool ok = true;
    for (char *s = p + 1; ok; s++) {
        if (*s != '/' && *s != '\0')
            continue;
        char c = *s;
        *s = '\0';
        if (mkdir(p, 0777) != 0 && errno != EEXIST)
            ok = false;
        *s = c;
        if (c == '\0')
            break;
    }
    free(p);
    return ok;
}

output *output_begin(const char *target, char **error)
{
    char *copy1 = xstrdup(target), *copy2 = xstrdup(target);
    size_t len = strlen(copy1);
    while (len > 1 && copy1[len - 1] == '/')
        copy1[--len] = '\0', copy2[len] = '\0';
    const char *parent = dirname(copy1);
    const char *base = basename(copy2);
    output *o = NULL;
    if (!make_dirs(parent)) {
        *error = xasprintf("folder %s tidak dapat dibuat: %s", parent, label_errno(errno));
        goto done;
    }
    char *temp = xasprintf("%s/.%s.tmp-XXXXXX", parent, base);
    if (!mkdtemp(temp)) {
        *error =
            xasprintf("folder sementara di %s tidak dapat dibuat: %s", parent, label_errno(errno));
        free(temp);
        goto done;
    }
    chmod(temp, 0755);
    o = xcalloc(1, sizeof(output));
    o->target = xstrdup(target);
    o->temp = temp;
done:
    free(copy1);
    free(copy2);
    return o;
}

char *output_path(output *o, const char *relative)
{
    char *path = xasprintf("%s/%s", o->temp, relative);
    char *slash = strrchr(path, '/');
    if (slash && slash > path + strlen(o->temp)) {
        *slash = '\0';
        make_dirs(path);
        *slash = '/';
    }
    return path;
}

bool output_write_text(const char *path, const char *text, char **error)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        *error = xasprintf("%s tidak dapat dibuat: %s", path, label_errno(errno));
        return false;
    }
    bool ok = fputs(text, f) >= 0 && fputc('\n', f) != EOF;
    ok = fclose(f) == 0 && ok;
    if (!ok)
        *error = xasprintf("%s tidak dapat ditulis: %s", path, label_errno(errno));
    return ok;
}

const char *output_dir(const output *o)
{
    return o->temp;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

bool output_remove_tree(const char *path)
{
    return nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS) == 0;
}

static void output_free(output *o)
{
    free(o->target);
    free(o->temp);
    free(o);
}

bool output_commit(output *o, bool force, char **error)
{
    bool ok = true;
    struct stat st;
    char *aside = NULL;
    if (lstat(o->target, &st) == 0) {
        if (!force) {
            *error =
                xasprintf("folder %s muncul selama pembuatan; hasil lama tidak ditimpa", o->target);
            output_abort(o);
            return false;
        }
        /* the temporary folder's name is unique, and so is this one */
        aside = xasprintf("%s.old", o->temp);
        if (rename(o->target, aside) != 0) {
            *error = xasprintf("folder lama %s tidak dapat dipindahkan: %s", o->target,
                               label_errno(errno));
            free(aside);
            output_abort(o);
            return false;
        }
    }
    if (rename(o->temp, o->target) != 0) {
        *error =
            xasprintf("folder hasil %s tidak dapat dipasang: %s", o->target, label_errno(errno));
        if (aside)
            rename(aside, o->target);
        ok = false;
        output_remove_tree(o->temp);
    } else if (aside) {
        output_remove_tree(aside);
    }
    free(aside);
    output_free(o);
    return ok;
}

void output_abort(output *o)
{
    if (!o)
        return;
    output_remove_tree(o->temp);
    output_free(o);
}
