#include "output.h"
#include "labels.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <libgen.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "manifest.h"
#include "problems.h"
#include "sha256.h"
#include "util.h"

#ifndef RENAME_NOREPLACE
#define RENAME_NOREPLACE (1 << 0)
#endif
#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

/* renameat2 through the system call, for a C library without it. */
static int rename2(const char *from, const char *to, unsigned int flags)
{
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, flags);
}

/* ---- signals ---- */

static atomic_int caught;

static void on_signal(int sig)
{
    int none = 0;
    atomic_compare_exchange_strong(&caught, &none, sig);
}

void output_catch_signals(void)
{
    const int signals[] = {SIGINT, SIGTERM, SIGHUP};
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction old;
        if (sigaction(signals[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
            continue;
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_signal;
        sigemptyset(&sa.sa_mask);
        /* writes go on after the handler; a second signal ends the
         * program at once, and the next build sweeps what it left */
        sa.sa_flags = SA_RESTART | SA_RESETHAND;
        sigaction(signals[i], &sa, NULL);
    }
}

int output_interrupted(void)
{
    return atomic_load(&caught);
}

/* ---- the target ---- */

struct output {
    char *target;
    char *temp;
    char **made; /* the target's parent folders this build created, outermost first */
    size_t n_made;
    pthread_mutex_t lock; /* guards `written` */
    char **written;       /* paths inside `temp` given to output_path */
    size_t n_written;
};

/* The target's parent folder and its own name, without trailing slashes
 * (caller frees both). */
static void split_target(const char *target, char **parent, char **base)
{
    char *copy1 = xstrdup(target), *copy2 = xstrdup(target);
    size_t len = strlen(copy1);
    while (len > 1 && copy1[len - 1] == '/')
        copy1[--len] = '\0', copy2[len] = '\0';
    *parent = xstrdup(dirname(copy1));
    *base = xstrdup(basename(copy2));
    free(copy1);
    free(copy2);
}

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

/* Appends `line` (taken) to a message of several lines. */
static void add_line(char **lines, char *line)
{
    char *joined = *lines ? xasprintf("%s\n%s", *lines, line) : xstrdup(line);
    free(*lines);
    free(line);
    *lines = joined;
}

/* Whether `dir` (a path inside the folder) holds a listed path. */
static bool holds_listed(const char *dir, char **paths, size_t n)
{
    size_t len = strlen(dir);
    for (size_t i = 0; i < n; i++)
        if (strncmp(paths[i], dir, len) == 0 && paths[i][len] == '/')
            return true;
    return false;
}

/* Adds a line for every folder under root/sub that holds no listed path:
 * a folder the program did not make (files in it are found by
 * manifest_check). */
static void foreign_dirs(const char *root, const char *sub, char **paths, size_t n,
                         const char *target, char **lines)
{
    char *path = *sub ? xasprintf("%s/%s", root, sub) : xstrdup(root);
    DIR *d = opendir(path);
    free(path);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        char *rel = *sub ? xasprintf("%s/%s", sub, e->d_name) : xstrdup(e->d_name);
        char *full = xasprintf("%s/%s", root, rel);
        struct stat st;
        if (lstat(full, &st) == 0 && S_ISDIR(st.st_mode)) {
            if (holds_listed(rel, paths, n))
                foreign_dirs(root, rel, paths, n, target, lines);
            else
                add_line(lines, xasprintf(W_OUTPUT_FOREIGN_FOLDER, target, rel));
        }
        free(full);
        free(rel);
    }
    closedir(d);
}

static void free_paths(char **paths, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(paths[i]);
    free(paths);
}

/* Why the existing folder `target` may not be replaced, a line per
 * reason (caller frees); NULL when it may be: it is empty (*empty set), or
 * an earlier output whose every file is listed in its manifest, unchanged.
 * A listed file that is gone does not matter: nothing is lost. */
static char *not_replaceable(const char *target, bool *empty)
{
    *empty = dir_is_empty(target);
    if (*empty)
        return NULL;
    char *manifest = xasprintf("%s/%s", target, MANIFEST_NAME);
    struct stat st;
    bool has_manifest = lstat(manifest, &st) == 0 && S_ISREG(st.st_mode);
    free(manifest);
    if (!has_manifest)
        return xasprintf(W_OUTPUT_NO_MANIFEST, target);
    size_t n_paths;
    char **paths = manifest_paths(target, &n_paths);
    problems *pr = problems_new();
    if (!paths || manifest_check(target, pr) < 0) {
        problems_free(pr);
        free_paths(paths, n_paths);
        return xasprintf(W_OUTPUT_FOREIGN_MANIFEST, target);
    }
    char *lines = NULL;
    size_t n_prefix = strlen(target) + 1;
    /* what manifest_check found of a file, and how it is said here */
    static const struct {
        const char *found, *said;
    } kinds[] = {
        {W_MANIFEST_MISSING, NULL},
        {W_MANIFEST_CHANGED, W_OUTPUT_CHANGED_FILE},
        {W_MANIFEST_UNLISTED, W_OUTPUT_FOREIGN_FILE},
        {W_MANIFEST_LINK, W_OUTPUT_FOREIGN_LINK},
        {W_MANIFEST_NOT_REGULAR, W_OUTPUT_NOT_OURS},
        {W_MANIFEST_UNLISTED_LINK, W_OUTPUT_UNLISTED_LINK},
    };
    const size_t n_kinds = sizeof kinds / sizeof kinds[0];
    for (size_t i = 0; i < problems_count(pr); i++) {
        /* "TARGET/NAME: what was found" */
        const char *text = problems_get(pr, i);
        size_t kind = n_kinds, len = strlen(text), n_kind = 0;
        for (size_t k = 0; k < n_kinds && kind == n_kinds; k++) {
            n_kind = strlen(kinds[k].found) + 2;
            if (len > n_prefix + n_kind && strncmp(text, target, n_prefix - 1) == 0
                && text[n_prefix - 1] == '/' && strncmp(text + len - n_kind, ": ", 2) == 0
                && strcmp(text + len - n_kind + 2, kinds[k].found) == 0)
                kind = k;
        }
        if (kind == n_kinds) {
            add_line(&lines, xasprintf(W_OUTPUT_NOT_REPLACED, target, text));
            continue;
        }
        char *name = xstrndup(text + n_prefix, len - n_prefix - n_kind);
        char *path = xasprintf("%s/%s", target, name);
        if (kinds[kind].said)
            add_line(&lines, xasprintf(W_OUTPUT_NOT_REPLACED_KIND, target, kinds[kind].said, name));
        else if (lstat(path, &st) == 0 || errno != ENOENT)
            /* not gone: something else is there */
            add_line(&lines, xasprintf(W_OUTPUT_NOT_REPLACED_NOT_OURS, target, name));
        /* else gone: nothing of it can be lost */
        free(path);
        free(name);
    }
    problems_free(pr);
    foreign_dirs(target, "", paths, n_paths, target, &lines);
    free_paths(paths, n_paths);
    if (lines)
        add_line(&lines, xstrdup(W_OUTPUT_FORCE_ONLY));
    return lines;
}

bool output_target_ok(const char *target, bool force, char **error)
{
    struct stat st;
    if (lstat(target, &st) != 0)
        return true;
    if (!S_ISDIR(st.st_mode)) {
        *error = xasprintf(W_OUTPUT_NOT_FOLDER, target);
        return false;
    }
    if (!force) {
        *error = xasprintf(W_OUTPUT_EXISTS, target);
        return false;
    }
    bool empty;
    *error = not_replaceable(target, &empty);
    return *error == NULL;
}

bool output_within(const char *path, const char *dir)
{
    char *inside = realpath(dir, NULL);
    if (!inside)
        return false;
    /* the deepest folder on the way that exists, resolved; the names
     * after it (which cannot be links, not existing yet) are added one by
     * one, ".." taking the last one off, "." and empty ones skipped */
    char *head = xstrdup(path);
    size_t n_names = 0;
    char **names = NULL;
    char *real = NULL;
    for (;;) {
        real = realpath(*head ? head : ".", NULL);
        if (real)
            break;
        char *slash = strrchr(head, '/');
        names = xrealloc(names, (n_names + 1) * sizeof(char *));
        names[n_names++] = xstrdup(slash ? slash + 1 : head);
        if (!slash) {
            real = realpath(".", NULL);
            break;
        }
        if (slash == head) {
            real = xstrdup("/");
            break;
        }
        *slash = '\0';
    }
    bool within = false;
    if (real) {
        char *full = xstrdup(strcmp(real, "/") == 0 ? "" : real);
        for (size_t i = n_names; i-- > 0;) {
            if (strcmp(names[i], "..") == 0) {
                char *slash = strrchr(full, '/');
                if (slash)
                    *slash = '\0';
            } else if (*names[i] && strcmp(names[i], ".") != 0) {
                char *longer = xasprintf("%s/%s", full, names[i]);
                free(full);
                full = longer;
            }
        }
        size_t n = strcmp(inside, "/") == 0 ? 0 : strlen(inside);
        within = strncmp(full, inside, n) == 0 && (full[n] == '\0' || full[n] == '/');
        free(full);
    }
    for (size_t i = 0; i < n_names; i++)
        free(names[i]);
    free(names);
    free(real);
    free(head);
    free(inside);
    return within;
}

/* ---- removing only what this program wrote ---- */

static int by_length_down(const void *a, const void *b)
{
    size_t la = strlen(*(char *const *)a), lb = strlen(*(char *const *)b);
    return la < lb ? 1 : la > lb ? -1 : 0;
}

/* Removes from `root` the regular files at `paths` (relative; those that
 * are gone or are not regular files are skipped), then the folders that
 * held them, deepest first, then `root` itself.  False, errno set, when
 * `root` is left because something else is in it. */
static bool remove_listed(const char *root, char **paths, size_t n)
{
    char **dirs = NULL;
    size_t n_dirs = 0;
    for (size_t i = 0; i < n; i++) {
        char *path = xasprintf("%s/%s", root, paths[i]);
        struct stat st;
        if (lstat(path, &st) == 0 && S_ISREG(st.st_mode))
            unlink(path);
        free(path);
        /* every folder on the way, each once */
        char *rel = xstrdup(paths[i]);
        for (char *slash; (slash = strrchr(rel, '/'));) {
            *slash = '\0';
            bool known = false;
            for (size_t k = 0; k < n_dirs && !known; k++)
                known = strcmp(dirs[k], rel) == 0;
            if (known)
                break;
            dirs = xrealloc(dirs, (n_dirs + 1) * sizeof(char *));
            dirs[n_dirs++] = xstrdup(rel);
        }
        free(rel);
    }
    /* a folder's path is longer than its parent's */
    if (n_dirs > 0)
        qsort(dirs, n_dirs, sizeof(char *), by_length_down);
    for (size_t i = 0; i < n_dirs; i++) {
        char *path = xasprintf("%s/%s", root, dirs[i]);
        rmdir(path);
        free(path);
    }
    free_paths(dirs, n_dirs);
    return rmdir(root) == 0 || errno == ENOENT;
}

/* Writes the marker into `dir`: this process's id and host. */
static bool write_marker(const char *dir)
{
    char host[256] = "";
    gethostname(host, sizeof host - 1);
    char *path = xasprintf("%s/%s", dir, OUTPUT_MARKER);
    char *text = xasprintf("%ld\n%s", (long)getpid(), host);
    char *error = NULL;
    bool ok = output_write_text(path, text, &error);
    free(error);
    free(text);
    free(path);
    return ok;
}

/* The process whose marker is in `dir`, when that process no longer runs
 * on this host; 0 otherwise (no marker, another host, or alive). */
static long dead_owner(const char *dir)
{
    char *path = xasprintf("%s/%s", dir, OUTPUT_MARKER);
    struct stat st;
    long pid = 0;
    char text[512] = "";
    if (lstat(path, &st) == 0 && S_ISREG(st.st_mode) && st.st_size < (off_t)sizeof text) {
        FILE *f = fopen(path, "r");
        if (f) {
            size_t n = fread(text, 1, sizeof text - 1, f);
            text[n] = '\0';
            fclose(f);
        }
    }
    free(path);
    char *end;
    pid = strtol(text, &end, 10);
    if (pid <= 0 || *end != '\n')
        return 0;
    char host[256] = "";
    gethostname(host, sizeof host - 1);
    char *nl = strchr(end + 1, '\n');
    if (nl)
        *nl = '\0';
    if (strcmp(end + 1, host) != 0)
        return 0;
    if (pid == (long)getpid() || kill((pid_t)pid, 0) == 0 || errno != ESRCH)
        return 0;
    return pid;
}

/* nftw: regular files and emptied folders, nothing else (no links are
 * followed or removed). */
static int remove_plain(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)ftw;
    if (flag == FTW_F && S_ISREG(st->st_mode))
        unlink(path);
    else if (flag == FTW_DP)
        rmdir(path);
    return 0;
}

/* Whether `name` is `base`'s temporary folder's: ".BASE.tmp-" and six
 * characters of mkdtemp. */
static bool temp_name(const char *name, const char *base)
{
    size_t n = strlen(base);
    if (name[0] != '.' || strncmp(name + 1, base, n) != 0 || strncmp(name + 1 + n, ".tmp-", 5) != 0)
        return false;
    const char *rest = name + n + 6;
    if (strlen(rest) != 6)
        return false;
    for (const char *p = rest; *p; p++)
        if (!strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", *p))
            return false;
    return true;
}

char *output_sweep(const char *target)
{
    char *parent, *base;
    split_target(target, &parent, &base);
    char *lines = NULL;
    DIR *d = opendir(parent);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (!temp_name(e->d_name, base))
            continue;
        char *path = xasprintf("%s/%s", parent, e->d_name);
        struct stat st;
        long pid = 0;
        if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == geteuid())
            pid = dead_owner(path);
        if (pid > 0) {
            nftw(path, remove_plain, 16, FTW_DEPTH | FTW_PHYS);
            if (lstat(path, &st) != 0)
                add_line(&lines, xasprintf(W_OUTPUT_LEFTOVER_REMOVED, pid, path));
            else
                add_line(&lines, xasprintf(W_OUTPUT_LEFTOVER_KEPT, pid, path));
        }
        free(path);
    }
    if (d)
        closedir(d);
    free(parent);
    free(base);
    return lines;
}

/* ---- the temporary folder ---- */

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
    char *parent, *base;
    split_target(target, &parent, &base);
    output *o = NULL;
    char **made = NULL, *failed = NULL;
    size_t n_made = 0;
    if (!make_dirs(parent, &failed, &made, &n_made)) {
        *error = xasprintf(W_OUTPUT_FOLDER_CANNOT_CREATE, failed, label_errno(errno));
        free(failed);
        remove_made(made, n_made);
        goto done;
    }
    /* the name the clerk gave, not the hidden temporary one, names the
     * folder in a message */
    char *temp = xasprintf("%s/.%s.tmp-XXXXXX", parent, base);
    if (!mkdtemp(temp)) {
        *error = xasprintf(W_OUTPUT_TARGET_CANNOT_CREATE, target, label_errno(errno));
        free(temp);
        remove_made(made, n_made);
        goto done;
    }
    /* the marker first: a killed build's folder is known by it */
    if (chmod(temp, 0755) != 0 || !write_marker(temp)) {
        *error = xasprintf(W_OUTPUT_TARGET_CANNOT_CREATE, target, label_errno(errno));
        char *marker = xasprintf("%s/%s", temp, OUTPUT_MARKER);
        unlink(marker);
        free(marker);
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
    pthread_mutex_init(&o->lock, NULL);
done:
    free(parent);
    free(base);
    return o;
}

/* The folder this thread made (or found) last: the next file in it needs
 * no mkdir of every folder on its path again. */
static __thread char *last_folder;

char *output_temp_path(const output *o, const char *relative)
{
    return xasprintf("%s/%s", o->temp, relative);
}

char *output_path(output *o, const char *relative, char **error)
{
    pthread_mutex_lock(&o->lock);
    o->written = xrealloc(o->written, (o->n_written + 1) * sizeof(char *));
    o->written[o->n_written++] = xstrdup(relative);
    pthread_mutex_unlock(&o->lock);
    char *path = output_temp_path(o, relative);
    char *slash = strrchr(path, '/');
    if (slash && slash > path + strlen(o->temp)) {
        *slash = '\0';
        char *failed = NULL;
        if (last_folder && strcmp(last_folder, path) == 0) {
            *slash = '/';
            return path;
        }
        free(last_folder);
        last_folder = NULL;
        if (!make_dirs(path, &failed, NULL, NULL)) {
            *error = xasprintf(W_OUTPUT_FOLDER_CANNOT_CREATE, failed, label_errno(errno));
            free(failed);
            free(path);
            return NULL;
        }
        last_folder = xstrdup(path);
        *slash = '/';
    }
    return path;
}

void output_path_forget(void)
{
    free(last_folder);
    last_folder = NULL;
}

/* A file being written, hashed as its bytes go out: the digest of what
 * reached the file, with no second reading of it. */
typedef struct {
    int fd;
    char *path;
    sha256_ctx *ctx;
    long long size;
    bool failed;
} hashed_file;

/* What this thread closed last, whole and without error. */
static __thread struct {
    char *path;
    char sha256[65];
    long long size;
} last_written;

static ssize_t hashed_write(void *cookie, const char *data, size_t len)
{
    hashed_file *h = cookie;
    size_t done = 0;
    while (done < len) {
        ssize_t n = write(h->fd, data + done, len - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            h->failed = true;
            if (n == 0)
                errno = EIO;
            /* the digest is not kept after a failure */
            return 0;
        }
        sha256_update(h->ctx, data + done, (size_t)n);
        h->size += n;
        done += (size_t)n;
    }
    return (ssize_t)len;
}

static int hashed_close(void *cookie)
{
    hashed_file *h = cookie;
    int status = close(h->fd);
    int saved = errno;
    char hex[SHA256_HEX];
    sha256_final_hex(h->ctx, hex);
    bool ok = status == 0 && !h->failed;
    if (ok) {
        free(last_written.path);
        last_written.path = h->path;
        h->path = NULL;
        memcpy(last_written.sha256, hex, sizeof hex);
        last_written.size = h->size;
    }
    free(h->path);
    free(h);
    errno = saved;
    return ok ? 0 : -1;
}

FILE *output_fopen(const char *path)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0)
        return NULL;
    hashed_file *h = xcalloc(1, sizeof(hashed_file));
    h->fd = fd;
    h->path = xstrdup(path);
    h->ctx = sha256_new();
    cookie_io_functions_t io = {.write = hashed_write, .close = hashed_close};
    FILE *f = fopencookie(h, "w", io);
    if (!f) {
        int saved = errno;
        close(fd);
        sha256_free(h->ctx);
        free(h->path);
        free(h);
        errno = saved;
        return NULL;
    }
    setvbuf(f, NULL, _IOFBF, 64 * 1024);
    return f;
}

FILE *output_fopen_said(const char *path, char **error)
{
    FILE *f = output_fopen(path);
    if (!f)
        *error = xasprintf(W_FILE_CANNOT_CREATE_WHY, path, label_errno(errno));
    return f;
}

bool output_fclose(FILE *f, const char *path, char **error)
{
    bool bad = ferror(f) != 0;
    if (fclose(f) != 0)
        bad = true;
    if (bad)
        *error = xasprintf(W_FILE_CANNOT_WRITE, path, label_errno(errno));
    return !bad;
}

bool output_written(const char *path, char sha256[65], long long *size)
{
    if (!last_written.path || strcmp(last_written.path, path) != 0)
        return false;
    memcpy(sha256, last_written.sha256, 65);
    *size = last_written.size;
    return true;
}

void output_written_clear(void)
{
    free(last_written.path);
    last_written.path = NULL;
}

struct output_file {
    FILE *f;
    char *path;
    int err; /* the first write error */
};

output_file *output_file_create(const char *path, char **error)
{
    FILE *f = output_fopen(path);
    if (!f) {
        *error = xasprintf(W_FILE_CANNOT_CREATE_WHY, path, label_errno(errno));
        return NULL;
    }
    output_file *o = xcalloc(1, sizeof(output_file));
    o->f = f;
    o->path = xstrdup(path);
    return o;
}

void output_file_write(output_file *o, const void *data, size_t len)
{
    /* unlocked: a file is written by one thread, and libharu writes a
     * document in thousands of small pieces */
    if (!o->err && len > 0 && fwrite_unlocked(data, 1, len, o->f) != len)
        o->err = errno ? errno : EIO;
}

bool output_file_close(output_file *o, char **error)
{
    /* a full disk may show only when the last buffer is flushed */
    if (fclose(o->f) != 0 && !o->err)
        o->err = errno ? errno : EIO;
    bool ok = o->err == 0;
    if (!ok)
        *error = xasprintf(W_FILE_CANNOT_WRITE, o->path, label_errno(o->err));
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

static void output_free(output *o)
{
    for (size_t i = 0; i < o->n_made; i++)
        free(o->made[i]);
    free(o->made);
    free_paths(o->written, o->n_written);
    pthread_mutex_destroy(&o->lock);
    free(o->target);
    free(o->temp);
    free(o);
}

bool output_abort(output *o, char **error)
{
    if (!o)
        return true;
    o->written = xrealloc(o->written, (o->n_written + 2) * sizeof(char *));
    o->written[o->n_written++] = xstrdup(MANIFEST_NAME);
    o->written[o->n_written++] = xstrdup(OUTPUT_MARKER);
    bool ok = remove_listed(o->temp, o->written, o->n_written);
    if (!ok)
        *error = xasprintf(W_OUTPUT_TEMP_KEPT, o->temp);
    remove_made(o->made, o->n_made);
    o->made = NULL;
    o->n_made = 0;
    output_free(o);
    return ok;
}

/* Removes the temporary folder and says why nothing was written: `why`
 * (taken), and where anything not the program's was left. */
static output_status give_up(output *o, output_status status, char *why, char **error)
{
    char *left = NULL;
    if (!output_abort(o, &left)) {
        add_line(&why, left);
    }
    *error = why;
    return status;
}

/* Removes what is left of the old output, now at `old`: the files its
 * manifest lists, then the folders they emptied.  False with a message
 * (caller frees) when something else was found there and left. */
static bool remove_old(const char *target, const char *old, char **error)
{
    /* known as this program's, should this process be killed meanwhile */
    write_marker(old);
    size_t n = 0;
    char **paths = manifest_paths(old, &n);
    paths = xrealloc(paths, (n + 2) * sizeof(char *));
    paths[n++] = xstrdup(MANIFEST_NAME);
    paths[n++] = xstrdup(OUTPUT_MARKER);
    bool ok = remove_listed(old, paths, n);
    free_paths(paths, n);
    if (!ok)
        *error = xasprintf(W_OUTPUT_OLD_KEPT, target, old);
    return ok;
}

output_status output_commit(output *o, bool force, char **error)
{
    if (output_interrupted())
        return give_up(o, OUTPUT_INTERRUPTED, NULL, error);
    /* the marker is not part of the output (were the folder itself gone,
     * the rename below says so) */
    char *marker = xasprintf("%s/%s", o->temp, OUTPUT_MARKER);
    int removed = unlink(marker);
    int err = errno;
    free(marker);
    if (removed != 0 && err != ENOENT)
        return give_up(o, OUTPUT_FAILED,
                       xasprintf(W_OUTPUT_CANNOT_INSTALL, o->target, label_errno(err)), error);

    struct stat st;
    if (lstat(o->target, &st) != 0) {
        /* never over a folder made meanwhile */
        int moved = rename2(o->temp, o->target, RENAME_NOREPLACE);
        if (moved != 0 && (errno == EINVAL || errno == ENOSYS))
            moved = rename(o->temp, o->target); /* replaces at most an empty folder */
        err = errno;
        if (moved == 0) {
            output_free(o);
            return OUTPUT_DONE;
        }
        if (err == EEXIST || err == ENOTEMPTY)
            return give_up(o, OUTPUT_REFUSED, xasprintf(W_OUTPUT_FOLDER_APPEARED, o->target),
                           error);
        return give_up(o, OUTPUT_FAILED,
                       xasprintf(W_OUTPUT_CANNOT_INSTALL, o->target, label_errno(err)), error);
    }
    if (!S_ISDIR(st.st_mode) || !force)
        return give_up(o, OUTPUT_REFUSED, xasprintf(W_OUTPUT_APPEARED, o->target), error);
    /* the check again, at the last moment */
    bool empty;
    char *why = not_replaceable(o->target, &empty);
    if (why) {
        char *more = xasprintf(W_OUTPUT_NOTHING_WRITTEN, why);
        free(why);
        why = more;
        return give_up(o, OUTPUT_REFUSED, why, error);
    }
    if (output_interrupted())
        return give_up(o, OUTPUT_INTERRUPTED, NULL, error);
    if (empty) {
        /* rename replaces only an empty folder */
        if (rename(o->temp, o->target) == 0) {
            output_free(o);
            return OUTPUT_DONE;
        }
        err = errno;
        if (err == EEXIST || err == ENOTEMPTY)
            return give_up(o, OUTPUT_REFUSED, xasprintf(W_OUTPUT_NO_LONGER_EMPTY, o->target),
                           error);
        return give_up(o, OUTPUT_FAILED,
                       xasprintf(W_OUTPUT_CANNOT_INSTALL, o->target, label_errno(err)), error);
    }
    /* one step: at every instant the old or the new folder is there */
    if (rename2(o->temp, o->target, RENAME_EXCHANGE) != 0) {
        err = errno;
        const char *reason =
            err == EINVAL || err == ENOSYS ? W_OUTPUT_NO_EXCHANGE : label_errno(err);
        return give_up(o, OUTPUT_FAILED,
                       xasprintf(W_OUTPUT_CANNOT_INSTALL_OLD_KEPT, o->target, reason), error);
    }
    bool ok = remove_old(o->target, o->temp, error);
    output_free(o);
    return ok ? OUTPUT_DONE : OUTPUT_FAILED;
}
