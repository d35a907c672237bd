/* What the fuzzers found (tests/fuzz/), each reproducer under
 * tests/fixtures/fuzz/ fed to the program as its harness fed it.  Run by
 * the sanitized suite too, where undefined behaviour fails the test. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "helpers.h"
#include "util.h"

/* A folder whose manifest.json is the fixture `manifest` (a file of
 * tests/fixtures/fuzz/), with `extra` (may be NULL) beside it. */
static workspace folder_with_manifest(const char *manifest, const char *extra)
{
    workspace w = workspace_new("arsip");
    char *from = xasprintf("%s/tests/fixtures/fuzz/%s", TEST_ROOT, manifest);
    size_t len;
    char *text = slurp(from, &len);
    cr_assert_not_null(text, "%s", from);
    cr_assert_eq(mkdir(w.out, 0700), 0);
    free(write_file(w.out, "manifest.json", text));
    if (extra)
        free(write_file(w.out, extra, "isi\n"));
    free(text);
    free(from);
    return w;
}

static run_result verify(const workspace *w)
{
    const char *args[] = {"verify", w->out, NULL};
    return run_anugerah(args);
}

/* fuzz_manifest: `{"berkas":[]}` sorted and searched an empty list through
 * a null pointer (undefined behaviour for qsort and bsearch). */
Test(fuzz_finds, a_manifest_listing_no_files_verifies_an_empty_folder)
{
    workspace w = folder_with_manifest("manifest-no-files.json", NULL);
    run_result r = verify(&w);
    cr_expect_eq(r.status, 0, "%s", r.err);
    cr_expect(strstr(r.out, "0 berkas cocok"), "%s", r.out);
    run_result_free(&r);
    workspace_free(&w);
}

Test(fuzz_finds, a_manifest_listing_no_files_reports_every_file_as_unlisted)
{
    workspace w = folder_with_manifest("manifest-no-files.json", "catatan.txt");
    run_result r = verify(&w);
    cr_expect_eq(r.status, 1, "%s", r.err);
    cr_expect(strstr(r.err, "catatan.txt: berkas tidak tercantum di manifest"), "%s", r.err);
    run_result_free(&r);
    workspace_free(&w);
}

/* fuzz_render: two bodies, one named "B–c[" with last year's score, make
 * the press release fail to save with "pustaka PDF gagal (kode 0x1033)":
 * libharu 2.3.0 cannot seek to the end of its memory stream when an empty
 * table of the embedded font subset (the fonts have no cvt, fpgm or prep)
 * starts exactly at its 8 KB boundary (libharu issue 305, fixed in 2.4.4).
 * Which document hits it depends only on the glyphs it uses, so any round
 * may.  The fonts now carry minimal non-empty cvt, fpgm and prep tables
 * (fonts/subset.py), so no empty table is left to fall on the boundary. */
Test(fuzz_finds, a_release_whose_font_subset_ends_on_a_stream_boundary_is_written)
{
    workspace w = workspace_new("hasil");
    const char *args[] = {"build",
                          "--event",
                          FIXTURE("hand/event.json"),
                          "--scores",
                          FIXTURE("fuzz/render-font-table-boundary.csv"),
                          "--out",
                          w.out,
                          NULL};
    run_result r = run_anugerah(args);
    cr_expect_eq(r.status, 0, "%s", r.err);
    run_result_free(&r);
    workspace_free(&w);
}
