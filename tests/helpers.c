#include "helpers.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <criterion/criterion.h>

#include "output.h"
#include "text.h"
#include "util.h"

run_result run_anugerah(const char *const *args)
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

void remove_tree(const char *path)
{
    output_remove_tree(path);
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
