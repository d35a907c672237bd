#include "manifest.h"
#include "labels.h"
#include "output.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "filename.h"
#include "input.h"
#include "json.h"
#include "sha256.h"
#include "util.h"
#include "version.h"

/* The SHA-256 of a regular file, read from the descriptor that was
 * checked (see input_open); NULL when it is hashed, else why not. */
static const char *sha256_regular(const char *path, unsigned flags, char hex[65])
{
    const char *why;
    long long size;
    int fd = input_open(path, flags, &size, &why);
    if (fd < 0)
        return why;
    sha256_ctx *ctx = sha256_new();
    static __thread unsigned char buf[1 << 16];
    ssize_t got;
    while ((got = read(fd, buf, sizeof buf)) != 0) {
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            why = label_errno(errno);
            break;
        }
        sha256_update(ctx, buf, (size_t)got);
    }
    close(fd);
    sha256_final_hex(ctx, hex);
    if (why)
        return why;
    return NULL;
}

bool manifest_sha256_file(const char *path, char hex[65])
{
    return sha256_regular(path, 0, hex) == NULL;
}

bool manifest_hash_file(const char *path, char hex[65], char **error)
{
    const char *why = sha256_regular(path, 0, hex);
    if (!why)
        return true;
    *error = xasprintf(W_MANIFEST_UNHASHABLE, path, why);
    return false;
}

static int file_cmp(const void *a, const void *b)
{
    return strcmp(((const manifest_file *)a)->name, ((const manifest_file *)b)->name);
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

bool manifest_write(const char *dir, const kip_round *r, const manifest_input *inputs,
                    size_t n_inputs, manifest_file *files, size_t n_files, char **error)
{
    const kip_event *e = r->event;
    qsort(files, n_files, sizeof(manifest_file), file_cmp);
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "program", "anugerah");
    cJSON_AddStringToObject(root, "versi", ANUGERAH_VERSION);
    cJSON_AddStringToObject(root, "status", r->draft ? MANIFEST_DRAFT : MANIFEST_FINAL);
    cJSON *round = cJSON_AddObjectToObject(root, "acara");
    cJSON_AddStringToObject(round, "judul", e->judul);
    cJSON_AddNumberToObject(round, "tahun", e->tahun);
    cJSON_AddStringToObject(round, "penyelenggara", e->penyelenggara);
    cJSON *in = cJSON_AddArrayToObject(root, "masukan");
    for (size_t i = 0; i < n_inputs; i++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "peran", inputs[i].role);
        cJSON_AddStringToObject(o, "nama", base_name(inputs[i].path));
        cJSON_AddStringToObject(o, "sha256", inputs[i].sha256);
        cJSON_AddItemToArray(in, o);
    }
    /* the files, the last member, are written one at a time: the manifest
     * printed with the list empty, then each file's entry printed alone
     * and indented as it would be inside (two levels), byte for byte as
     * the whole printed at once, without the whole in memory */
    char *path = xasprintf("%s/%s", dir, MANIFEST_NAME);
    FILE *f = output_fopen_said(path, error);
    if (!f) {
        cJSON_Delete(root);
        free(path);
        return false;
    }
    json_list_begin(f, root, "berkas");
    for (size_t i = 0; i < n_files; i++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "jalur", files[i].name);
        cJSON_AddNumberToObject(o, "ukuran", (double)files[i].size);
        if (files[i].pages > 0)
            cJSON_AddNumberToObject(o, "halaman", files[i].pages);
        else
            cJSON_AddNullToObject(o, "halaman");
        cJSON_AddStringToObject(o, "sha256", files[i].sha256);
        json_list_item(f, o, i);
    }
    json_list_end(f);
    bool ok = output_fclose(f, path, error);
    free(path);
    return ok;
}

/* A manifest this program wrote: "program" is "anugerah", with its version,
 * its round, its inputs and its list of files. */
static bool is_ours(const cJSON *root)
{
    const cJSON *program = cJSON_GetObjectItemCaseSensitive(root, "program");
    return cJSON_IsObject(root) && cJSON_IsString(program)
           && strcmp(program->valuestring, "anugerah") == 0
           && cJSON_IsString(cJSON_GetObjectItemCaseSensitive(root, "versi"))
           && cJSON_IsObject(cJSON_GetObjectItemCaseSensitive(root, "acara"))
           && cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(root, "masukan"))
           && cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(root, "berkas"));
}

static cJSON *read_manifest(const char *dir, problems *pr)
{
    char *path = xasprintf("%s/%s", dir, MANIFEST_NAME);
    size_t len;
    /* inside the archive: a link is not followed */
    char *text =
        input_read_flags(path, W_MANIFEST_FILE, INPUT_NO_LINK, MANIFEST_MAX_BYTES, pr, &len);
    cJSON *root = NULL;
    if (text && json_check_bound(text, len, path, pr)) {
        root = cJSON_ParseWithLength(text, len);
        if (!is_ours(root)) {
            problems_add(pr, path, 0, W_MANIFEST_NOT_OURS);
            cJSON_Delete(root);
            root = NULL;
        }
    }
    free(text);
    free(path);
    return root;
}

int manifest_year(const char *dir)
{
    problems *pr = problems_new();
    cJSON *root = read_manifest(dir, pr);
    problems_free(pr);
    const cJSON *round = cJSON_GetObjectItemCaseSensitive(root, "acara");
    const cJSON *year = cJSON_GetObjectItemCaseSensitive(round, "tahun");
    /* checked before the conversion: 1e300 is no year (and no int) */
    double v = cJSON_IsNumber(year) ? year->valuedouble : 0;
    int y = v >= 1900 && v <= 9999 && v == (double)(int)v ? (int)v : 0;
    cJSON_Delete(root);
    return y;
}

int manifest_status(const char *dir)
{
    problems *pr = problems_new();
    cJSON *root = read_manifest(dir, pr);
    problems_free(pr);
    const cJSON *status = cJSON_GetObjectItemCaseSensitive(root, "status");
    int s = !cJSON_IsString(status)                            ? 0
            : strcmp(status->valuestring, MANIFEST_DRAFT) == 0 ? 1
            : strcmp(status->valuestring, MANIFEST_FINAL) == 0 ? 2
                                                               : 0;
    cJSON_Delete(root);
    return s;
}

char **manifest_paths(const char *dir, size_t *n)
{
    problems *pr = problems_new();
    cJSON *root = read_manifest(dir, pr);
    problems_free(pr);
    *n = 0;
    if (!root)
        return NULL;
    const cJSON *files = cJSON_GetObjectItemCaseSensitive(root, "berkas");
    char **paths = xcalloc((size_t)cJSON_GetArraySize(files) + 1, sizeof(char *));
    bool sound = true;
    const cJSON *f;
    cJSON_ArrayForEach(f, files)
    {
        const cJSON *jp = cJSON_GetObjectItemCaseSensitive(f, "jalur");
        if (!cJSON_IsString(jp) || !filename_path_ok(jp->valuestring)) {
            sound = false;
            break;
        }
        paths[(*n)++] = xstrdup(jp->valuestring);
    }
    cJSON_Delete(root);
    if (!sound) {
        for (size_t i = 0; i < *n; i++)
            free(paths[i]);
        free(paths);
        *n = 0;
        return NULL;
    }
    return paths;
}

/* An archive's folder holds what its manifest lists, the manifest and a
 * few folders; a walk stops after this many entries more (files and
 * folders), so that a folder of millions of entries costs neither the
 * memory of their names nor the time of sorting them. */
#define UNLISTED_MAX 1000

/* The entries found under an archive's folder. */
typedef struct {
    char **paths; /* what is not a folder: files, links and anything else */
    size_t n, cap;
    size_t seen, limit; /* entries met, folders too; at most limit */
    bool over;          /* more were there, not walked */
} walked;

/* Adds every entry under dir/sub that is not a folder to w. */
static void walk(const char *dir, const char *sub, walked *w)
{
    char *path = *sub ? xasprintf("%s/%s", dir, sub) : xstrdup(dir);
    DIR *d = opendir(path);
    free(path);
    if (!d)
        return;
    struct dirent *e;
    while (!w->over && (e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (w->seen++ >= w->limit) {
            w->over = true;
            break;
        }
        char *rel = *sub ? xasprintf("%s/%s", sub, e->d_name) : xstrdup(e->d_name);
        char *full = xasprintf("%s/%s", dir, rel);
        struct stat st;
        if (lstat(full, &st) == 0 && S_ISDIR(st.st_mode)) {
            walk(dir, rel, w);
            free(rel);
        } else {
            if (w->n == w->cap) {
                w->cap = w->cap ? 2 * w->cap : 256;
                w->paths = xrealloc(w->paths, w->cap * sizeof(char *));
            }
            w->paths[w->n++] = rel;
        }
        free(full);
    }
    closedir(d);
}

/* What lies at dir/rel without following a symbolic link anywhere on the
 * way: NULL for a regular file (its status in *st), else why it is not
 * one.  A link is never followed: a link `etc -> /etc` in an archive must
 * not make verify read /etc/passwd. */
static const char *regular_inside(const char *dir, const char *rel, struct stat *st)
{
    char *path = xasprintf("%s/%s", dir, rel);
    const char *why = NULL;
    for (char *slash = path + strlen(dir) + 1; !why; slash++) {
        slash = strchr(slash, '/');
        if (slash)
            *slash = '\0';
        if (lstat(path, st) != 0)
            why = W_MANIFEST_MISSING;
        else if (S_ISLNK(st->st_mode))
            why = W_MANIFEST_LINK;
        else if (slash && !S_ISDIR(st->st_mode))
            why = W_MANIFEST_MISSING;
        else if (!slash && !S_ISREG(st->st_mode))
            why = W_MANIFEST_NOT_REGULAR;
        if (!slash)
            break;
        *slash = '/';
    }
    free(path);
    return why;
}

static int str_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

long manifest_check(const char *dir, problems *pr)
{
    cJSON *root = read_manifest(dir, pr);
    if (!root)
        return -1;
    const cJSON *files = cJSON_GetObjectItemCaseSensitive(root, "berkas");
    char **listed = NULL;
    size_t n_listed = 0;
    long checked = 0;
    const cJSON *f;
    cJSON_ArrayForEach(f, files)
    {
        const cJSON *jp = cJSON_GetObjectItemCaseSensitive(f, "jalur");
        const cJSON *js = cJSON_GetObjectItemCaseSensitive(f, "sha256");
        const cJSON *jz = cJSON_GetObjectItemCaseSensitive(f, "ukuran");
        if (!cJSON_IsString(jp) || !cJSON_IsString(js) || !cJSON_IsNumber(jz)
            || !filename_path_ok(jp->valuestring)) {
            problems_add(pr, dir, 0, W_MANIFEST_BAD_ENTRY);
            continue;
        }
        listed = xrealloc(listed, (n_listed + 1) * sizeof(char *));
        listed[n_listed++] = xstrdup(jp->valuestring);
        char *path = xasprintf("%s/%s", dir, jp->valuestring);
        struct stat st;
        char hex[65];
        checked++;
        const char *why = regular_inside(dir, jp->valuestring, &st);
        if (why)
            problems_add(pr, path, 0, "%s", why);
        else if ((double)st.st_size != jz->valuedouble)
            problems_add(pr, path, 0, W_MANIFEST_CHANGED);
        else {
            /* hashed only if it is still a regular file when opened */
            why = sha256_regular(path, INPUT_NO_LINK, hex);
            if (why)
                problems_add(pr, path, 0, "%s", why);
            else if (strcmp(hex, js->valuestring) != 0)
                problems_add(pr, path, 0, W_MANIFEST_CHANGED);
        }
        free(path);
    }
    walked w = {.limit = n_listed + UNLISTED_MAX};
    walk(dir, "", &w);
    if (w.over)
        problems_add(pr, dir, 0, W_MANIFEST_TOO_MANY, UNLISTED_MAX);
    char **found = w.paths;
    size_t n_found = w.n;
    /* qsort and bsearch must not be given NULL, even for no entries (a
     * manifest may list none) */
    if (n_listed > 0)
        qsort(listed, n_listed, sizeof(char *), str_cmp);
    if (n_found > 0)
        qsort(found, n_found, sizeof(char *), str_cmp);
    for (size_t i = 0; i < n_found; i++) {
        bool known =
            strcmp(found[i], MANIFEST_NAME) == 0
            || (n_listed > 0 && bsearch(&found[i], listed, n_listed, sizeof(char *), str_cmp));
        if (!known) {
            char *path = xasprintf("%s/%s", dir, found[i]);
            struct stat st;
            bool link = lstat(path, &st) == 0 && S_ISLNK(st.st_mode);
            problems_add(pr, path, 0, link ? W_MANIFEST_UNLISTED_LINK : W_MANIFEST_UNLISTED);
            free(path);
        }
        free(found[i]);
    }
    free(found);
    for (size_t i = 0; i < n_listed; i++)
        free(listed[i]);
    free(listed);
    cJSON_Delete(root);
    return checked;
}
