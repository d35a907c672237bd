/* Failures of the system under a build: a full disk, a folder that cannot
 * be made, a read-only disk, an old output that must survive, an input
 * that cannot be hashed.  Each ends with one Indonesian line naming the
 * file and what happened, exit status 1, and nothing left behind.
 *
 * The disks are real: a small tmpfs mounted for the test.  Mounting needs
 * root; without it those tests are skipped with a message saying so. */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include "helpers.h"
#include "manifest.h"
#include "output.h"
#include "util.h"

#define EVENT SAMPLE("event.json")
#define SCORES SAMPLE("scores.csv")

/* The folder a test mounted a tmpfs on, unmounted when the test ends. */
static char *mounted;

static void unmount_disk(void)
{
    if (mounted) {
        umount2(mounted, MNT_DETACH);
        free(mounted);
        mounted = NULL;
    }
}

/* Mounts a tmpfs with `options` on a new folder `name` in dir and returns
 * the folder (caller frees); skips the test when it cannot. */
static char *mount_disk(const char *dir, const char *name, unsigned long flags, const char *options)
{
    char *disk = xasprintf("%s/%s", dir, name);
    cr_assert_eq(mkdir(disk, 0755), 0);
    if (geteuid() != 0)
        cr_skip("not run as root, so no tmpfs can be mounted: test skipped");
    if (mount("tmpfs", disk, "tmpfs", flags, options) != 0)
        cr_skip("tmpfs cannot be mounted here (%s): test skipped", strerror(errno));
    mounted = xstrdup(disk);
    return disk;
}

static run_result build(const char *out, const char *extra)
{
    const char *args[] = {"build", "--event", EVENT, "--scores", SCORES, "--out",
                          out,     "--jobs",  "1",   "--quiet",  extra,  NULL};
    return run_anugerah(args);
}

/* 20 KB: the sample's first scorecard (about 28 KB; a single worker
 * writes the scorecards first, in category then rank order, so the first
 * is OPD-31's, first of the OPD with 97,22; the book is made from them)
 * does not fit. */
Test(failures, a_full_disk_names_the_file_and_leaves_nothing, .fini = unmount_disk)
{
    workspace w = workspace_new("unused");
    char *disk = mount_disk(w.dir, "disk", 0, "size=20k");
    char *out = xasprintf("%s/hasil", disk);
    run_result r = build(out, NULL);
    char *expected = xasprintf("anugerah: %s/hasil/kartu-nilai/opd/OPD-31.pdf tidak dapat ditulis: "
                               "disk penuh; tidak ada yang ditulis.\n",
                               disk);
    cr_expect_eq(r.status, 1);
    cr_expect_str_eq(r.err, expected);
    cr_expect_str_eq(r.out, "");
    cr_expect_eq(dir_entries(disk), 0, "something was left on the full disk");
    free(expected);
    run_result_free(&r);
    free(out);
    free(disk);
    unmount_disk();
    workspace_free(&w);
}

/* Four inodes: the mount's root, the parent folder "arsip" the build
 * makes, the temporary folder and the marker in it; the folder
 * kartu-nilai, the first a single worker makes (the scorecards are
 * written first), would be the fifth and cannot be made. */
Test(failures, a_folder_that_cannot_be_made_is_named_and_parents_removed, .fini = unmount_disk)
{
    workspace w = workspace_new("unused");
    char *disk = mount_disk(w.dir, "disk", 0, "size=4m,nr_inodes=4");
    char *out = xasprintf("%s/arsip/hasil", disk);
    run_result r = build(out, NULL);
    char *expected = xasprintf("anugerah: folder %s/arsip/hasil/kartu-nilai tidak dapat dibuat: "
                               "disk penuh; tidak ada yang ditulis.\n",
                               disk);
    cr_expect_eq(r.status, 1);
    cr_expect_str_eq(r.err, expected);
    cr_expect_eq(dir_entries(disk), 0, "the parent folder it made was left behind");
    free(expected);
    run_result_free(&r);
    free(out);
    free(disk);
    unmount_disk();
    workspace_free(&w);
}

/* A read-only parent: a tmpfs mounted read-only when root (root ignores
 * file modes), else a folder of mode 0555. */
Test(failures, a_read_only_parent_is_named, .fini = unmount_disk)
{
    workspace w = workspace_new("unused");
    char *ro = xasprintf("%s/ro", w.dir);
    const char *why;
    if (geteuid() == 0) {
        free(ro);
        ro = mount_disk(w.dir, "ro", MS_RDONLY, "size=64k");
        why = "disk itu hanya bisa dibaca";
    } else {
        cr_assert_eq(mkdir(ro, 0555), 0);
        why = "tidak ada izin untuk itu";
    }
    char *out = xasprintf("%s/hasil", ro);
    run_result r = build(out, NULL);
    char *expected = xasprintf("anugerah: folder hasil %s/hasil tidak dapat dibuat: %s; "
                               "tidak ada yang ditulis.\n",
                               ro, why);
    cr_expect_eq(r.status, 1);
    cr_expect_str_eq(r.err, expected);
    free(expected);
    free(out);
    run_result_free(&r);

    /* a parent of the parent: the first folder that cannot be made */
    out = xasprintf("%s/arsip/2021/hasil", ro);
    r = build(out, NULL);
    expected = xasprintf("anugerah: folder %s/arsip tidak dapat dibuat: %s; "
                         "tidak ada yang ditulis.\n",
                         ro, why);
    cr_expect_eq(r.status, 1);
    cr_expect_str_eq(r.err, expected);
    cr_expect_eq(dir_entries(ro), 0);
    free(expected);
    free(out);
    run_result_free(&r);
    free(ro);
    unmount_disk();
    workspace_free(&w);
}

/* --force over an earlier output on a disk that fills up: the new output
 * does not fit beside the old one (about 6.3 MB each, with the emblems, on a
 * 10 MB disk).  The
 * old output stays whole, and nothing else is left. */
Test(failures, a_forced_build_that_fills_the_disk_keeps_the_old_output, .fini = unmount_disk)
{
    workspace w = workspace_new("unused");
    char *disk = mount_disk(w.dir, "disk", 0, "size=10m");
    char *out = xasprintf("%s/hasil", disk);
    build_ok(EVENT, SCORES, out);
    char *manifest = xasprintf("%s/manifest.json", out);
    char *before = slurp(manifest, NULL);
    run_result r = build(out, "--force");
    cr_expect_eq(r.status, 1);
    cr_expect(strstr(r.err, ": disk penuh; tidak ada yang ditulis.\n"), "%s", r.err);
    cr_expect_eq(strchr(r.err, '\n'), r.err + strlen(r.err) - 1, "not one line: %s", r.err);
    cr_expect_eq(dir_entries(disk), 1, "more than the old output is left");
    char *after = slurp(manifest, NULL);
    cr_assert_not_null(after);
    cr_expect_str_eq(after, before);
    run_result_free(&r);
    const char *verify_args[] = {"verify", out, NULL};
    r = run_anugerah(verify_args);
    cr_expect_eq(r.status, 0, "the old output changed: %s", r.err);
    run_result_free(&r);
    free(after);
    free(before);
    free(manifest);
    free(out);
    free(disk);
    unmount_disk();
    workspace_free(&w);
}

/* --force when the disk has become read-only: refused, old output kept. */
Test(failures, a_forced_build_on_a_read_only_disk_keeps_the_old_output, .fini = unmount_disk)
{
    workspace w = workspace_new("unused");
    char *disk = mount_disk(w.dir, "disk", 0, "size=10m");
    char *out = xasprintf("%s/hasil", disk);
    build_ok(EVENT, SCORES, out);
    cr_assert_eq(mount(NULL, disk, NULL, MS_REMOUNT | MS_RDONLY, NULL), 0, "%s", strerror(errno));
    run_result r = build(out, "--force");
    char *expected = xasprintf("anugerah: folder hasil %s/hasil tidak dapat dibuat: disk itu "
                               "hanya bisa dibaca; tidak ada yang ditulis.\n",
                               disk);
    cr_expect_eq(r.status, 1);
    cr_expect_str_eq(r.err, expected);
    cr_expect_eq(dir_entries(disk), 1);
    char *manifest = xasprintf("%s/manifest.json", out);
    cr_expect(path_exists(manifest));
    free(manifest);
    free(expected);
    run_result_free(&r);
    free(out);
    free(disk);
    unmount_disk();
    workspace_free(&w);
}

/* The final exchange fails (here: the finished folder vanished): the old
 * output never left its place, and the message says so. */
Test(failures, a_failed_final_exchange_leaves_the_old_output_in_place)
{
    workspace w = workspace_new("hasil");
    shared_copy("banten-2021", EVENT, SCORES, w.out);
    char *error = NULL;
    output *o = output_begin(w.out, &error);
    cr_assert_not_null(o, "%s", error);
    remove_tree(output_dir(o));
    cr_expect_eq(output_commit(o, true, &error), OUTPUT_FAILED);
    char *expected = xasprintf("folder hasil %s tidak dapat dipasang: berkas atau folder itu "
                               "tidak ada; hasil lama tetap di tempatnya dan tidak ada yang "
                               "ditulis",
                               w.out);
    cr_expect_str_eq(error, expected);
    const char *verify_args[] = {"verify", w.out, NULL};
    run_result r = run_anugerah(verify_args);
    cr_expect_eq(r.status, 0, "the old output changed: %s", r.err);
    run_result_free(&r);
    cr_expect_eq(dir_entries(w.dir), 1, "a folder was left beside the output");
    free(expected);
    free(error);
    workspace_free(&w);
}

/* An input that cannot be read again for its digest fails the build; the
 * manifest never lists a made-up digest. */
Test(failures, an_input_that_cannot_be_hashed_is_an_error)
{
    workspace w = workspace_new("unused");
    char *path = xasprintf("%s/nilai.csv", w.dir);
    char hex[65] = "";
    char *error = NULL;
    cr_expect_not(manifest_hash_file(path, hex, &error));
    char *expected = xasprintf("%s tidak dapat dibaca untuk menghitung sidik SHA-256-nya: berkas "
                               "atau folder itu tidak ada",
                               path);
    cr_expect_str_eq(error, expected);
    cr_expect_str_eq(hex, "");
    free(expected);
    free(error);
    free(path);
    workspace_free(&w);
}
