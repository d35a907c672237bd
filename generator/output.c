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
    char **made; /* the target's parent folders this build created, outermost first */
    size_t n_made;
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

/* mkdir -p.  On failure, *failed is the folder that could not be made
 * (caller frees) and errno says why.  Each folder it creates is added to
 * `made` when that is given. */
static bool make_dirs(const char *path, char **failed, char ***made, size_t *n_made)
{
    char *p = xstrdup(path);
    bool ok = true;
    for (char *s = p + 1; ok; s++) {
        if (*s != '/' && *s != '\0')
            continue;
        char c = *s;
        *s = '\0';
        if (mkdir(p, 0777) == 0) {
            if (made) {
                *made = xrealloc(*made, (*n_made + 1) * sizeof(char *));
                (*made)[(*n_made)++] = xstrdup(p);
            }
        } else if (errno != EEXIST) {
            int err = errno;
            *failed = xstrdup(p);
            errno = err;
            ok = false;
        }
        *s = c;
        if (c == '\0')
            break;
    }
    free(p);
    return ok;
}

/* Removes the parent folders a build created, innermost first; rmdir
 * leaves any that something else has put a file into meanwhile. */
static void remove_made(char **made, size_t n_made)
{
    for (size_t i = n_made; i-- > 0;) {
        rmdir(made[i]);
        free(made[i]);
    }
    free(made);
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
    char **made = NULL, *failed = NULL;
    size_t n_made = 0;
    if (!make_dirs(parent, &failed, &made, &n_made)) {
        *error = xasprintf("folder %s tidak dapat dibuat: %s", failed, label_errno(errno));
        free(failed);
        remove_made(made, n_made);
        goto done;
    }
    /* the name the clerk gave, not the hidden temporary one, names the
     * folder in a message */
    char *temp = xasprintf("%s/.%s.tmp-XXXXXX", parent, base);
    if (!mkdtemp(temp)) {
        *error = xasprintf("folder hasil %s tidak dapat dibuat: %s", target, label_errno(errno));
        free(temp);
        remove_made(made, n_made);
        goto done;
    }
    if (chmod(temp, 0755) != 0) {
        *error = xasprintf("folder hasil %s tidak dapat dibuat: %s", target, label_errno(errno));
        rmdir(temp);
        free(temp);
        remove_made(made, n_made);
        goto done;
    }
    o = xcalloc(1, sizeof(output));
    o->target = xstrdup(target);
    o->temp = temp;
    o->made = made;
    o->n_made = n_made;
done:
    free(copy1);
    free(copy2);
    return o;
}

char *output_path(output *o, const char *relative, char **error)
{
    char *path = xasprintf("%s/%s", o->temp, relative);
    char *slash = strrchr(path, '/');
    if (slash && slash > path + strlen(o->temp)) {
        *slash = '\0';
        char *failed = NULL;
        if (!make_dirs(path, &failed, NULL, NULL)) {
            *error = xasprintf("folder %s tidak dapat dibuat: %s", failed, label_errno(errno));
            free(failed);
            free(path);
            return NULL;
        }
        *slash = '/';
    }
    return path;
}

struct output_file {
    FILE *f;
    char *path;
    int err; /* the first write error */
};

output_file *output_file_create(const char *path, char **error)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        *error = xasprintf("%s tidak dapat dibuat: %s", path, label_errno(errno));
        return NULL;
    }
    output_file *o = xcalloc(1, sizeof(output_file));
    o->f = f;
    o->path = xstrdup(path);
    return o;
}

void output_file_write(output_file *o, const void *data, size_t len)
{
    if (!o->err && len > 0 && fwrite(data, 1, len, o->f) != len)
        o->err = errno ? errno : EIO;
}

bool output_file_close(output_file *o, char **error)
{
    /* a full disk may show only when the last buffer is flushed */
    if (fclose(o->f) != 0 && !o->err)
        o->err = errno ? errno : EIO;
    bool ok = o->err == 0;
    if (!ok)
        *error = xasprintf("%s tidak dapat ditulis: %s", o->path, label_errno(o->err));
    free(o->path);
    free(o);
    return ok;
}

bool output_write_text(const char *path, const char *text, char **error)
{
    output_file *f = output_file_create(path, error);
    if (!f)
        return false;
    output_file_write(f, text, strlen(text));
    output_file_write(f, "\n", 1);
    return output_file_close(f, error);
}

char *output_message(const output *o, const char *message)
{
    size_t n = strlen(o->temp);
    char *out = xstrdup("");
    const char *rest = message;
    for (const char *hit; (hit = strstr(rest, o->temp));) {
        char *next = xasprintf("%s%.*s%s", out, (int)(hit - rest), rest, o->target);
        free(out);
        out = next;
        rest = hit + n;
    }
    char *next = xasprintf("%s%s", out, rest);
    free(out);
    return next;
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
    for (size_t i = 0; i < o->n_made; i++)
        free(o->made[i]);
    free(o->made);
    free(o->target);
    free(o->temp);
    free(o);
}

bool output_commit(output *o, bool force, char **error)
{
    struct stat st;
    char *aside = NULL;
    if (lstat(o->target, &st) == 0) {
        if (!force) {
            *error = xasprintf("folder %s muncul selama pembuatan; hasil lama tidak ditimpa dan "
                               "tidak ada yang ditulis",
                               o->target);
            output_abort(o);
            return false;
        }
        /* the temporary folder's name is unique, and so is this one */
        aside = xasprintf("%s.old", o->temp);
        if (rename(o->target, aside) != 0) {
            *error = xasprintf("folder lama %s tidak dapat dipindahkan: %s; tidak ada yang ditulis",
                               o->target, label_errno(errno));
            free(aside);
            output_abort(o);
            return false;
        }
    }
    if (rename(o->temp, o->target) != 0) {
        int err = errno;
        if (!aside) {
            *error = xasprintf("folder hasil %s tidak dapat dipasang: %s; tidak ada yang ditulis",
                               o->target, label_errno(err));
        } else if (rename(aside, o->target) == 0) {
            *error = xasprintf("folder hasil %s tidak dapat dipasang: %s; hasil lama tetap di "
                               "tempatnya dan tidak ada yang ditulis",
                               o->target, label_errno(err));
        } else {
            /* the old output is whole, only under another name: say where */
            int err2 = errno;
            *error = xasprintf("folder hasil %s tidak dapat dipasang: %s, dan hasil lama tidak "
                               "dapat dikembalikan ke tempatnya: %s. Hasil lama tersimpan utuh "
                               "di %s; pindahkan kembali ke %s",
                               o->target, label_errno(err), label_errno(err2), aside, o->target);
        }
        free(aside);
        output_abort(o);
        return false;
    }
    bool ok = true;
    if (aside && !output_remove_tree(aside)) {
        *error = xasprintf("hasil baru sudah terpasang di %s, tetapi folder hasil lama %s tidak "
                           "dapat dihapus seluruhnya: %s; hapuslah sendiri",
                           o->target, aside, label_errno(errno));
        ok = false;
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
    remove_made(o->made, o->n_made);
    o->made = NULL;
    o->n_made = 0;
    output_free(o);
}
