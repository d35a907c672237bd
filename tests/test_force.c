/* The output folder and what the program may remove: --force replaces
 * only an empty folder or an earlier output whose every file is listed,
 * unchanged, in its manifest; the check is made again at the moment of
 * replacing, and the replacement is one exchange of folders; a build
 * stopped by a signal leaves nothing, and one killed outright leaves a
 * marked folder the next build removes.
 *
 * A build is paused (SIGSTOP) when its temporary folder appears, so that
 * what happens "during the build" happens there, whatever the machine's
 * speed. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "helpers.h"
#include "util.h"

#define EVENT SAMPLE("event.json")
#define SCORES SAMPLE("scores.csv")
#define MARKER ".anugerah-sementara"

static run_result build(const char *out, bool force)
{
    const char *args[] = {"build",    "--event", EVENT,
                          "--scores", SCORES,    "--out",
                          out,        "--quiet", force ? "--force" : NULL,
                          NULL};
    return run_anugerah(args);
}

static void expect_verified(const char *dir)
{
    const char *args[] = {"verify", dir, NULL};
    run_result r = run_anugerah(args);
    cr_expect_eq(r.status, 0, "%s: %s", dir, r.err);
    run_result_free(&r);
}

/* ---- a build running beside the test ---- */

typedef struct {
    pid_t pid;
    char out_path[32], err_path[32];
} running;

/* Starts a build of the sample into `out`, with the signals a shell
 * leaves ignored in a background job set back to their defaults. */
static running start_build(const char *out, const char *extra)
{
    running b = {0, "/tmp/anugerah-out-XXXXXX", "/tmp/anugerah-err-XXXXXX"};
    int out_fd = mkstemp(b.out_path), err_fd = mkstemp(b.err_path);
    const char *argv[] = {TEST_BIN, "build",  "--event", EVENT,     "--scores", SCORES, "--out",
                          out,      "--jobs", "2",       "--quiet", extra,      NULL};
    b.pid = fork();
    cr_assert(b.pid >= 0);
    if (b.pid == 0) {
        const int signals[] = {SIGINT, SIGTERM, SIGHUP};
        for (size_t i = 0; i < 3; i++)
            signal(signals[i], SIG_DFL);
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        dup2(out_fd, 1);
        dup2(err_fd, 2);
        execv(TEST_BIN, (char *const *)argv);
        _exit(127);
    }
    close(out_fd);
    close(err_fd);
    return b;
}

/* Waits for the build to end: its exit status (-1 when a signal ended
 * it) and what it printed. */
static run_result finish_build(running *b)
{
    int st = 0;
    waitpid(b->pid, &st, 0);
    run_result r = {WIFEXITED(st) ? WEXITSTATUS(st) : -1, slurp(b->out_path, NULL),
                    slurp(b->err_path, NULL)};
    unlink(b->out_path);
    unlink(b->err_path);
    return r;
}

/* The path of the temporary folder of `name` in `dir`, or NULL. */
static char *find_temp(const char *dir, const char *name)
{
    char *prefix = xasprintf(".%s.tmp-", name);
    char *found = NULL;
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && !found && (e = readdir(d)))
        if (strncmp(e->d_name, prefix, strlen(prefix)) == 0)
            found = xasprintf("%s/%s", dir, e->d_name);
    if (d)
        closedir(d);
    free(prefix);
    return found;
}

/* Pauses the build as soon as its temporary folder (in `dir`, for the
 * output `name`) is there, and when `inside` is given, that path in it
 * too; returns the folder (caller frees). */
static char *pause_in_temp(running *b, const char *dir, const char *name, const char *inside)
{
    struct timespec start, now;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (;;) {
        char *temp = find_temp(dir, name);
        char *wanted = temp && inside ? xasprintf("%s/%s", temp, inside) : NULL;
        bool there = temp && (!inside || path_exists(wanted));
        free(wanted);
        if (there) {
            kill(b->pid, SIGSTOP);
            cr_assert(path_exists(temp), "the build ended before it could be paused");
            return temp;
        }
        free(temp);
        clock_gettime(CLOCK_MONOTONIC, &now);
        cr_assert(now.tv_sec - start.tv_sec < 5, "no temporary folder appeared");
        usleep(200);
    }
}

/* ---- item 1: a manifest.json is not enough ---- */

Test(force, a_folder_with_a_manifest_the_program_did_not_write_is_kept)
{
    /* an empty manifest beside a web page; a list of files without the
     * rest of what this program writes, alone in its folder */
    const char *manifests[] = {"{}", "{\"berkas\": []}"};
    const char *others[] = {"index.html", NULL};
    for (size_t i = 0; i < 2; i++) {
        workspace w = workspace_new("situs");
        cr_assert_eq(mkdir(w.out, 0755), 0);
        free(write_file(w.out, "manifest.json", manifests[i]));
        if (others[i])
            free(write_file(w.out, others[i], "<p>x</p>"));
        run_result r = build(w.out, true);
        char *expected = xasprintf("anugerah: folder %s bukan folder hasil anugerah (manifest.json-"
                                   "nya tidak ditulis program ini), jadi tidak diganti walau "
                                   "dengan --force; pilih folder lain\n",
                                   w.out);
        cr_expect_eq(r.status, 2, "case %zu", i);
        cr_expect_str_eq(r.err, expected, "case %zu", i);
        cr_expect_eq(dir_entries(w.out), others[i] ? 2 : 1, "case %zu", i);
        char *manifest = workspace_file(&w, "manifest.json");
        char *text = slurp(manifest, NULL);
        cr_expect_str_eq(text, manifests[i], "case %zu", i);
        cr_expect_eq(dir_entries(w.dir), 1, "case %zu: something was left beside", i);
        free(text);
        free(manifest);
        free(expected);
        run_result_free(&r);
        workspace_free(&w);
    }
}

/* ---- item 2: what a clerk put into an output ---- */

Test(force, an_output_with_files_added_or_changed_is_kept_and_they_are_listed)
{
    workspace w = workspace_new("2021");
    shared_copy("banten-2021", EVENT, SCORES, w.out);
    free(write_file(w.out, "SK-ditandatangani.pdf", "%PDF-1.4 hasil pindai"));
    char *csv = workspace_file(&w, "peringkat-2021.csv");
    FILE *f = fopen(csv, "a");
    fputs("catatan tangan\n", f);
    fclose(f);
    char *json = workspace_file(&w, "peringkat-2021.json");
    cr_assert_eq(unlink(json), 0);
    cr_assert_eq(symlink("/etc/hostname", json), 0);
    char *scan = workspace_file(&w, "pindaian");
    cr_assert_eq(mkdir(scan, 0755), 0);
    /* a file the program wrote that is gone loses nothing */
    char *gone = workspace_file(&w, "piagam/informatif/OPD-01.pdf");
    cr_assert_eq(unlink(gone), 0);

    run_result r = build(w.out, true);
    char *expected = xasprintf(
        "anugerah: %1$s tidak diganti: berkas yang berubah sejak ditulis program ini: "
        "peringkat-2021.csv\n"
        "anugerah: %1$s tidak diganti: bukan berkas yang ditulis program ini (tautan simbolik): "
        "peringkat-2021.json\n"
        "anugerah: %1$s tidak diganti: berkas yang tidak ditulis program ini: "
        "SK-ditandatangani.pdf\n"
        "anugerah: %1$s tidak diganti: folder yang tidak dibuat program ini: pindaian/\n"
        "anugerah: --force hanya mengganti folder hasil yang semua isinya tercantum di "
        "manifest.json-nya tanpa berubah; pindahkan yang tersebut di atas ke tempat lain, lalu "
        "ulangi\n",
        w.out);
    cr_expect_eq(r.status, 2);
    cr_expect_str_eq(r.err, expected);
    char *sk = workspace_file(&w, "SK-ditandatangani.pdf");
    char *text = slurp(sk, NULL);
    cr_expect_str_eq(text, "%PDF-1.4 hasil pindai");
    free(text);
    cr_expect(path_exists(scan));
    cr_expect_eq(dir_entries(w.dir), 1);
    run_result_free(&r);

    /* moved away and put back as written, the output is replaced; the
     * file that was gone is there again */
    remove_tree(w.out);
    shared_copy("banten-2021", EVENT, SCORES, w.out);
    cr_assert_eq(unlink(gone), 0);
    r = build(w.out, true);
    cr_expect_eq(r.status, 0, "%s", r.err);
    cr_expect_str_eq(r.err, "");
    cr_expect(path_exists(gone));
    cr_expect_eq(dir_entries(w.dir), 1, "something was left beside the output");
    expect_verified(w.out);
    run_result_free(&r);
    free(gone);
    free(sk);
    free(scan);
    free(json);
    free(csv);
    free(expected);
    workspace_free(&w);
}

/* ---- item 3: the check again at the moment of replacing ---- */

/* Starts a build into `out` (absent, empty, or an earlier output), pauses
 * it in its temporary folder, puts a clerk's file into `out`, lets it go
 * on, and expects it to refuse with `expected` (a format taking the
 * output's path) and to leave the file and nothing of its own. */
static void file_appears_during_build(const char *start, bool force, const char *expected_fmt)
{
    workspace w = workspace_new("hasil");
    if (strcmp(start, "empty") == 0)
        cr_assert_eq(mkdir(w.out, 0755), 0);
    else if (strcmp(start, "output") == 0)
        shared_copy("banten-2021", EVENT, SCORES, w.out);
    size_t before = dir_entries(w.out);
    running b = start_build(w.out, force ? "--force" : NULL);
    char *temp = pause_in_temp(&b, w.dir, "hasil", NULL);
    mkdir(w.out, 0755);
    free(write_file(w.out, "SK.pdf", "penting"));
    kill(b.pid, SIGCONT);
    run_result r = finish_build(&b);
    char *expected = xasprintf(expected_fmt, w.out);
    cr_expect_eq(r.status, 2, "%s: %s", start, r.err);
    cr_expect_str_eq(r.err, expected, "%s", start);
    char *sk = workspace_file(&w, "SK.pdf");
    char *text = slurp(sk, NULL);
    cr_expect_str_eq(text ? text : "(hilang)", "penting", "%s", start);
    cr_expect_not(path_exists(temp), "%s: the temporary folder was left", start);
    cr_expect_eq(dir_entries(w.dir), 1, "%s: something was left beside", start);
    if (strcmp(start, "output") == 0)
        cr_expect_eq(dir_entries(w.out), before + 1, "the old output and the clerk's file");
    else
        cr_expect_eq(dir_entries(w.out), 1, "%s: only the clerk's file", start);
    free(text);
    free(sk);
    free(expected);
    free(temp);
    run_result_free(&r);
    workspace_free(&w);
}

Test(force, a_file_put_into_an_absent_target_during_the_build_is_kept)
{
    file_appears_during_build("absent", true,
                              "anugerah: folder %s bukan folder hasil anugerah (tidak ada "
                              "manifest.json), jadi tidak diganti walau dengan --force; pilih "
                              "folder lain; tidak ada yang ditulis.\n");
    file_appears_during_build("absent", false,
                              "anugerah: %s muncul selama pembuatan; tidak ditimpa dan tidak "
                              "ada yang ditulis.\n");
}

Test(force, a_file_put_into_an_empty_target_during_the_build_is_kept)
{
    file_appears_during_build("empty", true,
                              "anugerah: folder %s bukan folder hasil anugerah (tidak ada "
                              "manifest.json), jadi tidak diganti walau dengan --force; pilih "
                              "folder lain; tidak ada yang ditulis.\n");
}

Test(force, a_file_put_into_an_earlier_output_during_the_build_is_kept)
{
    file_appears_during_build(
        "output", true,
        "anugerah: %1$s tidak diganti: berkas yang tidak ditulis program ini: SK.pdf\n"
        "anugerah: --force hanya mengganti folder hasil yang semua isinya tercantum di "
        "manifest.json-nya tanpa berubah; pindahkan yang tersebut di atas ke tempat lain, lalu "
        "ulangi; tidak ada yang ditulis.\n");
}

/* ---- item 4: one exchange, never --out missing ---- */

/* The parent folder is watched while a forced build replaces an earlier
 * output: the only names anything is moved to are the output's and the
 * build's temporary folder's (the old output is never moved aside to a
 * name of its own first, which would leave the output missing).  After
 * it: a new folder at the output, its files verified, the file that had
 * gone from the old one back, nothing beside. */
Test(force, the_old_output_is_exchanged_for_the_new_in_one_step)
{
    workspace w = workspace_new("hasil");
    shared_copy("banten-2021", EVENT, SCORES, w.out);
    char *gone = workspace_file(&w, "kartu-nilai-2021.pdf");
    cr_assert_eq(unlink(gone), 0);
    struct stat before;
    cr_assert_eq(stat(w.out, &before), 0);
    int watch = inotify_init1(IN_NONBLOCK);
    cr_assert(watch >= 0);
    cr_assert(inotify_add_watch(watch, w.dir, IN_CREATE | IN_MOVED_FROM | IN_MOVED_TO) >= 0);

    run_result r = build(w.out, true);
    cr_expect_eq(r.status, 0, "%s", r.err);
    cr_expect_str_eq(r.err, "");

    char temp[64] = "";
    size_t moves = 0;
    char buf[65536] __attribute__((aligned(__alignof__(struct inotify_event))));
    ssize_t n;
    while ((n = read(watch, buf, sizeof buf)) > 0) {
        for (char *p = buf; p < buf + n;) {
            const struct inotify_event *e = (const struct inotify_event *)p;
            if (e->len && (e->mask & IN_CREATE) && strncmp(e->name, ".hasil.tmp-", 11) == 0)
                snprintf(temp, sizeof temp, "%s", e->name);
            if (e->len && (e->mask & IN_MOVED_TO)) {
                moves++;
                cr_expect(strcmp(e->name, "hasil") == 0 || strcmp(e->name, temp) == 0,
                          "something was moved to %s", e->name);
            }
            p += sizeof(struct inotify_event) + e->len;
        }
    }
    close(watch);
    cr_expect_eq(moves, 2, "the new folder in, the old one out");

    struct stat after;
    cr_assert_eq(stat(w.out, &after), 0);
    cr_expect_neq(after.st_ino, before.st_ino, "the folder was not replaced");
    cr_expect(path_exists(gone));
    cr_expect_eq(dir_entries(w.dir), 1, "something was left beside the output");
    expect_verified(w.out);
    run_result_free(&r);
    free(gone);
    workspace_free(&w);
}

/* ---- item 8: interrupted runs ---- */

/* The signal comes while both workers are writing scorecards: they stop,
 * and what was written is removed. */
static void signal_stops_the_build(int sig, const char *name)
{
    workspace w = workspace_new("hasil");
    running b = start_build(w.out, NULL);
    char *temp = pause_in_temp(&b, w.dir, "hasil", "kartu-nilai");
    kill(b.pid, sig);
    kill(b.pid, SIGCONT);
    run_result r = finish_build(&b);
    char *expected =
        xasprintf("anugerah: pembuatan dihentikan oleh sinyal %s; tidak ada yang ditulis.\n", name);
    cr_expect_eq(r.status, 128 + sig, "%s", r.err);
    cr_expect_str_eq(r.err, expected);
    cr_expect_eq(dir_entries(w.dir), 0, "the temporary folder or the output was left");
    free(expected);
    free(temp);
    run_result_free(&r);
    workspace_free(&w);
}

Test(force, sigterm_stops_the_build_and_leaves_nothing)
{
    signal_stops_the_build(SIGTERM, "SIGTERM");
}

Test(force, sigint_stops_the_build_and_leaves_nothing)
{
    signal_stops_the_build(SIGINT, "SIGINT (Ctrl+C)");
}

Test(force, sighup_stops_the_build_and_leaves_nothing)
{
    signal_stops_the_build(SIGHUP, "SIGHUP");
}

/* A marker of process `pid` on this host in a new folder dir/name. */
static char *plant(const char *dir, const char *name, long pid)
{
    char *path = xasprintf("%s/%s", dir, name);
    cr_assert_eq(mkdir(path, 0755), 0);
    free(write_file(path, "peringkat-2021.csv", "kategori,peringkat\n"));
    if (pid > 0) {
        char host[256] = "";
        gethostname(host, sizeof host - 1);
        char *text = xasprintf("%ld\n%s\n", pid, host);
        free(write_file(path, MARKER, text));
        free(text);
    }
    return path;
}

/* A build killed outright (SIGKILL, nothing can be caught) leaves its
 * marked folder; the next build on the same output removes it and says
 * so.  A folder of a run still alive, and one without the marker, are
 * left alone. */
Test(force, the_next_build_removes_what_a_killed_build_left)
{
    workspace w = workspace_new("hasil");
    running b = start_build(w.out, NULL);
    char *killed = pause_in_temp(&b, w.dir, "hasil", "kartu-nilai");
    kill(b.pid, SIGKILL);
    run_result r = finish_build(&b);
    cr_assert_eq(r.status, -1);
    run_result_free(&r);
    cr_assert(path_exists(killed));

    char *alive = plant(w.dir, ".hasil.tmp-Alive1", (long)getpid());
    char *unmarked = plant(w.dir, ".hasil.tmp-NoMark", 0);
    char *other = plant(w.dir, ".lain.tmp-Dead01", (long)b.pid);

    r = build(w.out, false);
    char *expected = xasprintf("anugerah: sisa pembuatan yang terhenti (proses %ld) dihapus: %s\n",
                               (long)b.pid, killed);
    cr_expect_eq(r.status, 0, "%s", r.err);
    cr_expect_str_eq(r.err, expected);
    cr_expect_not(path_exists(killed));
    cr_expect_eq(dir_entries(alive), 2, "a live run's folder was touched");
    cr_expect_eq(dir_entries(unmarked), 1, "a folder without the marker was touched");
    cr_expect_eq(dir_entries(other), 2, "another output's folder was touched");
    cr_expect_eq(dir_entries(w.dir), 4);
    expect_verified(w.out);
    free(expected);
    run_result_free(&r);
    free(other);
    free(unmarked);
    free(alive);
    free(killed);
    workspace_free(&w);
}
