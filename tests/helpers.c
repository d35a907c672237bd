#include "helpers.h"

#include <dirent.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <criterion/criterion.h>

#include <cjson/cJSON.h>
#include "manifest.h"
#include "text.h"
#include "util.h"

run_result run_anugerah_bounded(const char *const *args, unsigned seconds, long memory)
{
    run_result r = {0};
    char out_path[] = "/tmp/anugerah-out-XXXXXX";
    char err_path[] = "/tmp/anugerah-err-XXXXXX";
    int out_fd = mkstemp(out_path), err_fd = mkstemp(err_path);
    size_t n = 0;
    while (args[n])
        n++;
    char **argv = xcalloc(n + 2, sizeof(char *));
    argv[0] = (char *)TEST_BIN;
    for (size_t i = 0; i < n; i++)
        argv[i + 1] = (char *)args[i];
    pid_t pid = fork();
    if (pid == 0) {
        dup2(out_fd, 1);
        dup2(err_fd, 2);
        int null = open("/dev/null", O_RDONLY);
        dup2(null, 0);
        if (memory > 0) {
            struct rlimit lim = {(rlim_t)memory, (rlim_t)memory};
            setrlimit(RLIMIT_AS, &lim);
        }
        if (seconds > 0)
            alarm(seconds);
        execv(TEST_BIN, argv);
        _exit(127);
    }
    int st = 0;
    waitpid(pid, &st, 0);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    close(out_fd);
    close(err_fd);
    r.out = slurp(out_path, NULL);
    r.err = slurp(err_path, NULL);
    unlink(out_path);
    unlink(err_path);
    free(argv);
    return r;
}

run_result run_anugerah(const char *const *args)
{
    return run_anugerah_bounded(args, 0, 0);
}

void run_result_free(run_result *r)
{
    free(r->out);
    free(r->err);
}

char *temp_dir(void)
{
    char *d = xstrdup("/tmp/anugerah-test-XXXXXX");
    if (!mkdtemp(d))
        abort();
    return d;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

void remove_tree(const char *path)
{
    nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

size_t dir_entries(const char *path)
{
    DIR *d = opendir(path);
    if (!d)
        return 0;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            n++;
    closedir(d);
    return n;
}

bool path_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

char *shell_output(const char *command, int *status)
{
    FILE *p = popen(command, "r");
    if (!p)
        return xstrdup("");
    size_t cap = 4096, n = 0;
    char *buf = xmalloc(cap);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n - 1, p)) > 0) {
        n += got;
        if (cap - n < 2) {
            cap *= 2;
            buf = xrealloc(buf, cap);
        }
    }
    buf[n] = '\0';
    int st = pclose(p);
    if (status)
        *status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    return buf;
}

char *pdf_text(const char *pdf)
{
    char *cmd = xasprintf("pdftotext -enc UTF-8 '%s' - 2>/dev/null", pdf);
    char *raw = shell_output(cmd, NULL);
    free(cmd);
    for (char *p = raw; *p; p++)
        if (*p == '\f')
            *p = ' ';
    char *out = text_squeeze(raw);
    free(raw);
    return out;
}

workspace workspace_new(const char *out_name)
{
    workspace w;
    w.dir = temp_dir();
    w.out = xasprintf("%s/%s", w.dir, out_name);
    return w;
}

char *workspace_file(const workspace *w, const char *name)
{
    return xasprintf("%s/%s", w->out, name);
}

void workspace_free(workspace *w)
{
    remove_tree(w->dir);
    free(w->dir);
    free(w->out);
}

/* Shared builds live in one folder per test run, beside the program under
 * test; the runner makes it before the first test and removes it after the
 * last.  Tests run in forked children, so its path travels in the
 * environment. */
#define SHARED_ENV "ANUGERAH_TEST_SHARED"

ReportHook(PRE_ALL)(struct criterion_test_set *set)
{
    (void)set;
    char *bin = xstrdup(TEST_BIN);
    char *slash = strrchr(bin, '/');
    *slash = '\0';
    char *dir = xasprintf("%s/test-shared-XXXXXX", bin);
    if (mkdtemp(dir))
        setenv(SHARED_ENV, dir, 1);
    free(dir);
    free(bin);
}

ReportHook(POST_ALL)(struct criterion_global_stats *stats)
{
    (void)stats;
    const char *dir = getenv(SHARED_ENV);
    if (dir)
        remove_tree(dir);
}

/* The path of the shared build `name`, built on first use. */
static char *shared_build(const char *name, const char *event, const char *scores)
{
    const char *dir = getenv(SHARED_ENV);
    cr_assert_not_null(dir, "no folder for shared builds");
    char *out = xasprintf("%s/%s", dir, name);
    char *lock_name = xasprintf("%s.lock", name), *inputs_name = xasprintf("%s.inputs", name);
    char *lock_path = xasprintf("%s/%s", dir, lock_name);
    char *inputs = xasprintf("%s\n%s\n", event, scores);
    /* a test that fails while building exits, and its lock goes with it */
    int lock = open(lock_path, O_CREAT | O_RDWR | O_CLOEXEC, 0644);
    cr_assert(lock >= 0 && flock(lock, LOCK_EX) == 0, "cannot lock %s", lock_path);
    if (!path_exists(out)) {
        free(write_file(dir, inputs_name, inputs));
        build_ok(event, scores, out);
    }
    char *inputs_path = xasprintf("%s/%s", dir, inputs_name);
    char *built_from = slurp(inputs_path, NULL);
    cr_assert(built_from && strcmp(built_from, inputs) == 0,
              "the shared build %s was made from other inputs", name);
    flock(lock, LOCK_UN);
    close(lock);
    free(built_from);
    free(inputs_path);
    free(inputs);
    free(lock_path);
    free(inputs_name);
    free(lock_name);
    return out;
}

workspace workspace_shared(const char *name, const char *event, const char *scores)
{
    workspace w;
    w.out = shared_build(name, event, scores);
    w.dir = temp_dir();
    return w;
}

void shared_copy(const char *name, const char *event, const char *scores, const char *out)
{
    char *shared = shared_build(name, event, scores);
    char *cmd = xasprintf("cp -R '%s' '%s'", shared, out);
    int status;
    free(shell_output(cmd, &status));
    cr_assert_eq(status, 0, "%s failed", cmd);
    free(cmd);
    free(shared);
}

void build_ok(const char *event, const char *scores, const char *out)
{
    const char *args[] = {"build", "--event", event, "--scores", scores, "--out", out, NULL};
    run_result r = run_anugerah(args);
    cr_assert_eq(r.status, 0, "build failed: %s", r.err);
    run_result_free(&r);
}

char *slurp(const char *path, size_t *len)
{
    return file_read(path, len);
}

char *write_file(const char *dir, const char *name, const char *text)
{
    char *path = xasprintf("%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    fputs(text, f);
    fclose(f);
    return path;
}

int pdf_pages(const char *pdf)
{
    char *cmd = xasprintf("pdfinfo '%s' | sed -n 's/^Pages: *//p'", pdf);
    char *out = shell_output(cmd, NULL);
    int n = atoi(out);
    free(out);
    free(cmd);
    return n;
}

char *pdf_fonts_named_twice(const char *pdf)
{
    char *cmd = xasprintf("pdffonts '%s' | tail -n +3 | awk '{print $1}' | sort | uniq -d", pdf);
    char *twice = shell_output(cmd, NULL);
    free(cmd);
    return twice;
}

char *csv_first_columns(const char *csv, size_t n)
{
    size_t len = strlen(csv);
    char *out = xcalloc(len + 1, 1);
    size_t o = 0, field = 0;
    for (const char *p = csv; *p; p++) {
        if (*p == '\n') {
            out[o++] = '\n';
            field = 0;
            continue;
        }
        if (*p == ',')
            field++;
        if (field < n)
            out[o++] = *p;
    }
    out[o] = '\0';
    return out;
}

void manifest_reseal(const char *dir, const char *name)
{
    char *path = xasprintf("%s/%s", dir, name);
    char *mpath = xasprintf("%s/manifest.json", dir);
    char *mtext = slurp(mpath, NULL);
    cJSON *m = cJSON_Parse(mtext);
    cr_assert_not_null(m, "%s", mpath);
    cJSON *f;
    cJSON_ArrayForEach(f, cJSON_GetObjectItemCaseSensitive(m, "berkas"))
    {
        if (strcmp(cJSON_GetObjectItemCaseSensitive(f, "jalur")->valuestring, name) != 0)
            continue;
        char hex[65];
        struct stat st;
        cr_assert(manifest_sha256_file(path, hex) && stat(path, &st) == 0);
        cJSON_ReplaceItemInObjectCaseSensitive(f, "sha256", cJSON_CreateString(hex));
        cJSON_ReplaceItemInObjectCaseSensitive(f, "ukuran", cJSON_CreateNumber((double)st.st_size));
    }
    char *out = cJSON_Print(m);
    free(write_file(dir, "manifest.json", out));
    free(out);
    cJSON_Delete(m);
    free(mtext);
    free(mpath);
    free(path);
}
