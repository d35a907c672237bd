#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

/* A bad input: which files, and the message the clerk must see.  Arrays,
 * not pointers: Criterion copies parameters into each test's process. */
typedef struct {
    char event[200];
    char scores[200];
    char message[200];
} bad_case;

#define RULES_EVENT FIXTURE("rules/event.json")
#define RULES_SCORES FIXTURE("rules/scores.csv")

ParameterizedTestParameters(cli, bad_input_exits_2_and_writes_nothing)
{
    static bad_case cases[] = {
        {RULES_EVENT, FIXTURE("bad/missing_column.csv"),
         "missing_column.csv:1: kolom wajib \"kategori\" tidak ada"},
        {RULES_EVENT, FIXTURE("bad/duplicate_id.csv"),
         "duplicate_id.csv:3: id \"D1\" sudah dipakai di baris 2"},
        {RULES_EVENT, FIXTURE("bad/unknown_category.csv"),
         "unknown_category.csv:2: kategori \"kecamatan\" tidak ada di berkas acara"},
        {RULES_EVENT, FIXTURE("bad/not_a_number.csv"),
         "not_a_number.csv:2: kolom \"nilai\" berisi \"sembilan puluh\", bukan angka"},
        {RULES_EVENT, FIXTURE("bad/out_of_range.csv"),
         "out_of_range.csv:2: kolom \"nilai\" berisi 100.5, di luar rentang nilai 0 sampai 100"},
        {RULES_EVENT, FIXTURE("bad/wrong_fields.csv"),
         "wrong_fields.csv:3: baris ini berisi 6 kolom, padahal baris judul berisi 5 kolom"},
        {RULES_EVENT, FIXTURE("bad/not_utf8.csv"),
         "not_utf8.csv:3: kolom ke-2 berisi teks yang bukan UTF-8"},
        {RULES_EVENT, FIXTURE("bad/empty.csv"), "empty.csv: berkas kosong"},
        {RULES_EVENT, FIXTURE("bad/header_only.csv"),
         "header_only.csv: berkas hanya berisi baris judul kolom"},
        {RULES_EVENT, FIXTURE("bad/unclosed_quote.csv"),
         "unclosed_quote.csv:3: tanda kutip (\") dibuka tetapi tidak pernah ditutup"},
        {RULES_EVENT, FIXTURE("bad/unprintable.csv"),
         "unprintable.csv:2: kolom \"nama\" memuat karakter \"\u6f22\" (U+6F22) yang tidak dapat "
         "dicetak"},
        {RULES_EVENT, FIXTURE("bad/empty_score.csv"), "empty_score.csv:2: kolom \"nilai\" kosong"},
        {RULES_EVENT, FIXTURE("bad/unsafe_id.csv"),
         "unsafe_id.csv:2: id \"../../etc\" menjadi nama berkas"},
        {FIXTURE("jatim-2023/event.json"), FIXTURE("bad/missing_stage.csv"),
         "missing_stage.csv:1: kolom \"nilai\" tidak ada, dan nilai akhir tidak dapat dihitung "
         "karena kolom tahapan ini tidak ada: presentasi"},
        {FIXTURE("bad/syntax.json"), RULES_SCORES, "syntax.json:4: JSON tidak sah"},
        {FIXTURE("bad/unknown_key.json"), RULES_SCORES,
         "unknown_key.json:12: kunci \"kategory\" tidak dikenal"},
        {FIXTURE("bad/weights.json"), RULES_SCORES,
         "weights.json:9: bobot tahapan berjumlah 90,00, padahal harus berjumlah 100"},
        {FIXTURE("bad/duplicate_key.json"), RULES_SCORES,
         "duplicate_key.json:9: kunci \"tahun\" ditulis dua kali"},
        {FIXTURE("bad/empty.json"), RULES_SCORES, "empty.json: berkas kosong"},
        {FIXTURE("bad/missing_keys.json"), RULES_SCORES,
         "missing_keys.json:1: \"kategori\" wajib diisi"},
        {FIXTURE("bad/no-such-file.json"), RULES_SCORES,
         "no-such-file.json: berkas acara tidak dapat dibaca: berkas atau folder itu tidak ada"},
        {RULES_EVENT, FIXTURE("bad"),
         "fixtures/bad: berkas nilai tidak dapat dibaca: itu sebuah folder, bukan berkas"},
    };
    return cr_make_param_array(bad_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(bad_case *c, cli, bad_input_exits_2_and_writes_nothing)
{
    workspace w = workspace_new("hasil");
    const char *args[] = {"build",   "--event", c->event, "--scores",
                          c->scores, "--out",   w.out,    NULL};
    run_result r = run_anugerah(args);
    cr_expect_eq(r.status, 2, "exit status for %s", c->message);
    cr_expect(strstr(r.err, c->message), "expected «%s» in:\n%s", c->message, r.err);
    cr_expect(strstr(r.err, "tidak ada yang ditulis"));
    cr_expect_eq(dir_entries(w.dir), 0, "nothing may be written beside the target");
    run_result_free(&r);

    const char *check[] = {"check", "--event", c->event, "--scores", c->scores, NULL};
    r = run_anugerah(check);
    cr_expect_eq(r.status, 2);
    cr_expect(strstr(r.err, c->message));
    run_result_free(&r);
    workspace_free(&w);
}

Test(cli, problems_in_both_files_are_reported_in_one_run)
{
    const char *args[] = {"check",
                          "--event",
                          FIXTURE("bad/unknown_key.json"),
                          "--scores",
                          FIXTURE("bad/multiple.csv"),
                          NULL};
    run_result r = run_anugerah(args);
    cr_expect_eq(r.status, 2);
    cr_expect(strstr(r.err, "unknown_key.json:10:"));
    cr_expect(strstr(r.err, "unknown_key.json:12:"));
    cr_expect(strstr(r.err, "multiple.csv:3:"));
    cr_expect(strstr(r.err, "multiple.csv:5:"));
    cr_expect(strstr(r.err, "multiple.csv:6:"));
    cr_expect(strstr(r.err, "5 masalah ditemukan"));
    run_result_free(&r);
}

Test(cli, check_accepts_good_inputs)
{
    const char *args[] = {
        "check", "--event", SAMPLE("event.json"), "--scores", SAMPLE("scores.csv"), NULL};
    run_result r = run_anugerah(args);
    cr_expect_eq(r.status, 0, "%s", r.err);
    cr_expect(strstr(r.out, "101 badan publik dalam 5 kategori"));
    run_result_free(&r);
}

Test(cli, help_and_version)
{
    const char *help[] = {"--help", NULL};
    run_result r = run_anugerah(help);
    cr_expect_eq(r.status, 0);
    cr_expect(strstr(r.out, "anugerah build --event"));
    run_result_free(&r);
    const char *version[] = {"--version", NULL};
    r = run_anugerah(version);
    cr_expect_eq(r.status, 0);
    cr_expect(strstr(r.out, "anugerah 0."));
    run_result_free(&r);
}

Test(cli, wrong_usage_exits_2)
{
    const char *none[] = {NULL};
    const char *unknown[] = {"bangun", NULL};
    const char *no_out[] = {"build", "--event", RULES_EVENT, "--scores", RULES_SCORES, NULL};
    const char *bad_opt[] = {"check", "--evnt", RULES_EVENT, NULL};
    const char *const *cases[] = {none, unknown, no_out, bad_opt};
    const char *messages[] = {"sebutkan perintah", "perintah \"bangun\" tidak dikenal",
                              "sebutkan folder hasil dengan --out", "--evnt"};
    for (size_t i = 0; i < 4; i++) {
        run_result r = run_anugerah(cases[i]);
        cr_expect_eq(r.status, 2, "case %zu", i);
        cr_expect(strstr(r.err, messages[i]), "case %zu: %s", i, r.err);
        run_result_free(&r);
    }
}

static run_result build_into(const char *out, bool force)
{
    const char *args[] = {"build",      "--event", RULES_EVENT, "--scores",
                          RULES_SCORES, "--out",   out,         force ? "--force" : NULL,
                          NULL};
    return run_anugerah(args);
}

Test(cli, build_writes_the_ranking_files)
{
    workspace w = workspace_new("arsip/2024");
    build_ok(RULES_EVENT, RULES_SCORES, w.out);
    const char *files[] = {"peringkat-2024.pdf",
                           "peringkat-2024.csv",
                           "peringkat-2024.json",
                           "kartu-nilai-2024.pdf",
                           "kartu-nilai/desa/D1.pdf",
                           "kartu-nilai/pt/P2.pdf",
                           "piagam/informatif/D1.pdf",
                           "piagam/terbaik/D1.pdf",
                           "piagam-2024.pdf",
                           "piagam-2024.csv",
                           "lampiran-keputusan-2024.pdf",
                           "peringkat-2024.xlsx",
                           "metadata.json",
                           "presentasi-2024.pdf"};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char *p = workspace_file(&w, files[i]);
        cr_expect(path_exists(p), "%s", p);
        free(p);
    }
    /* 4 + 1 + 1 + 1 + 2 + 1 + 1 + 1 + 5 = 17 */
    cr_expect_eq(dir_entries(w.out), 17,
                 "4 ranking files (PDF, CSV, JSON, workbook), metadata.json, the book, the "
                 "release, the certificates' print file and register, the decree's annex, the "
                 "ceremony deck, the manifest, 5 folders (kartu-nilai/, piagam/, situs/, "
                 "lembar-fakta/ and masukan/)");
    char *parent = xasprintf("%s/arsip", w.dir);
    cr_expect_eq(dir_entries(parent), 1, "no temporary folder is left beside the output");
    free(parent);
    workspace_free(&w);
}

Test(cli, an_existing_output_folder_is_kept_unless_forced)
{
    workspace w = workspace_new("2024");
    build_ok(RULES_EVENT, RULES_SCORES, w.out);
    char *manifest = workspace_file(&w, "manifest.json");
    char *before = slurp(manifest, NULL);

    run_result r = build_into(w.out, false);
    cr_expect_eq(r.status, 2);
    cr_expect(strstr(r.err, "sudah ada"), "%s", r.err);
    cr_expect(strstr(r.err, "--force"));
    char *after = slurp(manifest, NULL);
    cr_expect_str_eq(after, before, "the old folder is untouched");
    free(after);
    run_result_free(&r);

    /* the event's year is the same, so the same names are written */
    r = build_into(w.out, true);
    cr_expect_eq(r.status, 0, "%s", r.err);
    cr_expect_eq(dir_entries(w.dir), 1, "nothing is left beside it");
    run_result_free(&r);
    free(before);
    free(manifest);
    workspace_free(&w);
}

Test(cli, a_failure_while_writing_leaves_nothing)
{
    workspace w = workspace_new("2024");
    const char *args[] = {"build", "--event", RULES_EVENT, "--scores",   RULES_SCORES,
                          "--out", w.out,     "--fonts",   "/tidak/ada", NULL};
    run_result r = run_anugerah(args);
    cr_expect_eq(r.status, 1);
    cr_expect(strstr(r.err, "huruf (font) tidak dapat dibaca"), "%s", r.err);
    cr_expect_eq(dir_entries(w.dir), 0);
    run_result_free(&r);
    workspace_free(&w);
}

Test(cli, another_province_ranks_the_same_in_either_dialect)
{
    const char *dialects[] = {FIXTURE("jatim-2023/semicolon.csv"), FIXTURE("jatim-2023/comma.csv")};
    /* expected.csv holds the ranking's six first columns; the whole export
     * (with the stage scores) must be the same from either dialect */
    char *expected = slurp(FIXTURE("jatim-2023/expected.csv"), NULL);
    char *whole[2] = {NULL, NULL};
    for (size_t i = 0; i < 2; i++) {
        workspace w = workspace_new("jatim");
        build_ok(FIXTURE("jatim-2023/event.json"), dialects[i], w.out);
        char *csv_path = workspace_file(&w, "peringkat-2023.csv");
        whole[i] = slurp(csv_path, NULL);
        cr_assert_not_null(whole[i]);
        char *ranking = csv_first_columns(whole[i], 6);
        cr_expect_str_eq(ranking, expected, "dialect %s", dialects[i]);
        free(ranking);
        free(csv_path);
        workspace_free(&w);
    }
    cr_expect_str_eq(whole[0], whole[1]);
    free(whole[0]);
    free(whole[1]);
    free(expected);
}

/* Runs a build under `script`, which gives it a terminal. */
static char *build_on_terminal(const char *out, const char *extra)
{
    char *cmd = xasprintf("script -qec \"'%s' build --event '%s' --scores '%s' --out '%s' %s\" "
                          "/dev/null",
                          TEST_BIN, SAMPLE("event.json"), SAMPLE("scores.csv"), out, extra);
    char *text = shell_output(cmd, NULL);
    free(cmd);
    return text;
}

Test(cli, a_long_build_shows_progress_on_a_terminal_unless_quiet)
{
    workspace w = workspace_new("a");
    char *shown = build_on_terminal(w.out, "");
    /* one job per file: 101 cards, 37 certificates, the ranking's PDF, CSV,
     * JSON and workbook, metadata.json, the book, the release, the
     * certificates' print file and register, the annex, the deck
     * (101 + 37 + 4 + 1 + 1 + 1 + 2 + 1 + 1 = 149); five fact sheets, one
     * per category; 104 pages of the site (its verification page is
     * written after them, from their hashes, and not counted here); the
     * copies of the inputs in masukan/: the event, the scores and its 4
     * images: 149 + 5 + 104 + 6 = 264 */
    cr_expect(strstr(shown, "264/264 berkas, sisa sekitar 0 detik"), "%s", shown);
    free(shown);
    char *quiet_out = xasprintf("%s/b", w.dir);
    char *quiet = build_on_terminal(quiet_out, "--quiet");
    cr_expect_null(strstr(quiet, "berkas, sisa"), "%s", quiet);
    cr_expect(strstr(quiet, "Selesai: 101 badan publik"));
    free(quiet);
    free(quiet_out);
    workspace_free(&w);
    /* and none when standard error is not a terminal */
    workspace v = workspace_new("c");
    const char *args[] = {
        "build", "--event", SAMPLE("event.json"), "--scores", SAMPLE("scores.csv"), "--out",
        v.out,   NULL};
    run_result r = run_anugerah(args);
    cr_expect_eq(r.status, 0);
    cr_expect_null(strstr(r.err, "berkas, sisa"));
    run_result_free(&r);
    workspace_free(&v);
}

Test(cli, force_never_replaces_a_folder_that_is_not_an_output)
{
    workspace w = workspace_new("masukan");
    char *marker = write_file(w.dir, "penting.txt", "jangan dihapus");
    const char *args[] = {"build", "--event", RULES_EVENT, "--scores", RULES_SCORES,
                          "--out", w.dir,     "--force",   NULL};
    run_result r = run_anugerah(args);
    cr_expect_eq(r.status, 2);
    cr_expect(strstr(r.err, "bukan folder hasil anugerah"), "%s", r.err);
    cr_expect(path_exists(marker));
    run_result_free(&r);
    free(marker);
    workspace_free(&w);
}

/* check makes every document in memory, so it refuses what build would:
 * a template whose own text cannot be printed (the readers cannot know it;
 * the PDF does). */
Test(cli, check_refuses_what_build_refuses_and_writes_nothing)
{
    const char *tpl = FIXTURE("templates/kanji.txt");
    const char *expected = "anugerah: siaran-pers-2024.pdf tidak dapat dibuat: karakter \"\u6f22\" "
                           "(U+6F22) dalam \"Terima kasih dan \u6f22\u5b57 (sebuah karakter yang "
                           "tidak ada di huruf PDF)\" tidak dapat dicetak dengan huruf PDF "
                           "(Windows-1252)";
    workspace w = workspace_new("hasil");
    const char *check[] = {"check",
                           "--event",
                           FIXTURE("hand/event.json"),
                           "--scores",
                           FIXTURE("hand/scores.csv"),
                           "--template",
                           tpl,
                           NULL};
    run_result r = run_anugerah(check);
    cr_expect_eq(r.status, 1, "%s", r.out);
    cr_expect(strstr(r.err, expected), "%s", r.err);
    cr_expect_eq(dir_entries(w.dir), 0);
    run_result_free(&r);
    const char *build[] = {"build",
                           "--event",
                           FIXTURE("hand/event.json"),
                           "--scores",
                           FIXTURE("hand/scores.csv"),
                           "--template",
                           tpl,
                           "--out",
                           w.out,
                           "--quiet",
                           NULL};
    r = run_anugerah(build);
    cr_expect_eq(r.status, 1);
    cr_expect(strstr(r.err, expected), "%s", r.err);
    cr_expect_eq(dir_entries(w.dir), 0, "nothing written");
    run_result_free(&r);
    workspace_free(&w);
}

/* ---- a command line that helps ---- */

Test(cli, a_mistyped_command_or_option_suggests_the_nearest)
{
    /* "biuld" is two changes from "build" (i<->u), "--evnt" one from
     * "--event" (the missing e) */
    const char *cmd[] = {"biuld", NULL};
    run_result r = run_anugerah(cmd);
    cr_expect_eq(r.status, 2);
    cr_expect(strstr(r.err, "perintah \"biuld\" tidak dikenal"), "%s", r.err);
    cr_expect(strstr(r.err, "maksud Anda build?"), "%s", r.err);
    run_result_free(&r);

    const char *opt[] = {"build",      "--evnt", RULES_EVENT,  "--scores",
                         RULES_SCORES, "--out",  "/tidak/ada", NULL};
    r = run_anugerah(opt);
    cr_expect_eq(r.status, 2);
    cr_expect(strstr(r.err, "pilihan \"--evnt\" tidak dikenal; maksud Anda --event?"), "%s", r.err);
    run_result_free(&r);

    /* an option of another command is named as such */
    const char *other[] = {"check",      "--event", RULES_EVENT, "--scores",
                           RULES_SCORES, "--out",   "x",         NULL};
    r = run_anugerah(other);
    cr_expect_eq(r.status, 2);
    cr_expect(strstr(r.err, "pilihan --out tidak dipakai oleh check"), "%s", r.err);
    run_result_free(&r);

    /* nothing near: no suggestion */
    const char *far[] = {"zzzzzz", NULL};
    r = run_anugerah(far);
    cr_expect_eq(r.status, 2);
    cr_expect(!strstr(r.err, "maksud Anda"), "%s", r.err);
    run_result_free(&r);
}

Test(cli, an_option_missing_its_value_is_named)
{
    /* at the end, and before another option (not taken as its value) */
    const char *end[] = {"check", "--scores", RULES_SCORES, "--event", NULL};
    run_result r = run_anugerah(end);
    cr_expect_eq(r.status, 2);
    cr_expect(strstr(r.err, "pilihan --event memerlukan nilai: --event FILE"), "%s", r.err);
    run_result_free(&r);
    const char *before[] = {"build", "--event", RULES_EVENT, "--scores", "--out", "x", NULL};
    r = run_anugerah(before);
    cr_expect_eq(r.status, 2);
    cr_expect(strstr(r.err, "pilihan --scores memerlukan nilai: --scores FILE"), "%s", r.err);
    cr_expect(!strstr(r.err, "--out FOLDER"), "--out has its value: %s", r.err);
    run_result_free(&r);
}

Test(cli, every_problem_of_the_command_line_in_one_run)
{
    const char *args[] = {"check", "--evnt", "a.json", "--jobs", "0", "--draf", NULL};
    run_result r = run_anugerah(args);
    cr_expect_eq(r.status, 2);
    const char *each[] = {
        "pilihan \"--evnt\" tidak dikenal; maksud Anda --event?",
        "--jobs harus bilangan 1 sampai 256, bukan \"0\"",
        "pilihan --draf tidak dipakai oleh check",
        "sebutkan berkas acara dengan --event FILE",
        "sebutkan berkas nilai dengan --scores FILE",
    };
    for (size_t i = 0; i < sizeof each / sizeof *each; i++)
        cr_expect(strstr(r.err, each[i]), "«%s» missing in:\n%s", each[i], r.err);
    run_result_free(&r);
}

Test(cli, short_help_and_version_and_help_within_80_columns)
{
    const char *h[] = {"-h", NULL};
    run_result r = run_anugerah(h);
    cr_expect_eq(r.status, 0);
    cr_expect(strstr(r.out, "anugerah init FOLDER --tahun N [--dari ARSIP]"), "%s", r.out);
    /* the usage lines name every option of every command */
    const char *options[] = {"--event", "--scores",   "--out",      "--force",
                             "--draf",  "--template", "--previous", "--jobs",
                             "--quiet", "--fonts",    "--tahun",    "--dari"};
    const char *usage_end = strstr(r.out, "\n\n");
    cr_assert_not_null(usage_end);
    for (size_t i = 0; i < sizeof options / sizeof *options; i++) {
        const char *at = strstr(r.out, options[i]);
        cr_expect(at && at < usage_end, "%s not in the usage lines", options[i]);
    }
    size_t column = 0, widest = 0;
    for (const char *p = r.out; *p; p++) {
        if (*p == '\n')
            column = 0;
        else if ((*p & 0xC0) != 0x80 && ++column > widest)
            widest = column;
    }
    cr_expect_leq(widest, 80, "a help line of %zu columns", widest);
    run_result_free(&r);

    const char *v[] = {"-V", NULL};
    r = run_anugerah(v);
    cr_expect_eq(r.status, 0);
    cr_expect(strncmp(r.out, "anugerah 0.", 11) == 0, "%s", r.out);
    run_result_free(&r);
    /* -h after a command helps too */
    const char *after[] = {"init", "-h", NULL};
    r = run_anugerah(after);
    cr_expect_eq(r.status, 0);
    cr_expect(strstr(r.out, "Pemakaian:"));
    run_result_free(&r);
}

/* An empty path (a shell variable left unset: --out "$HASIL") is no path:
 * named at once, before any work.  Taken as given, an empty --out was
 * found wrong only after the whole round was laid out, and an empty --dari,
 * --previous or verify FOLDER read the manifest at the root of the disk
 * ("" + "/manifest.json"). */
Test(cli, an_empty_path_is_named_as_missing)
{
    char *dir = temp_dir();
    const char *build[] = {"build", "--event", RULES_EVENT, "--scores", RULES_SCORES,
                           "--out", "",        "--quiet",   NULL};
    run_result r = run_anugerah(build);
    cr_expect_eq(r.status, 2, "%s", r.err);
    cr_expect(strstr(r.err, "pilihan --out memerlukan nilai: --out FOLDER"), "%s", r.err);
    run_result_free(&r);
    const char *previous[] = {"check",      "--event",    RULES_EVENT, "--scores",
                              RULES_SCORES, "--previous", "",          NULL};
    r = run_anugerah(previous);
    cr_expect_eq(r.status, 2, "%s", r.err);
    cr_expect(strstr(r.err, "pilihan --previous memerlukan nilai: --previous DIR"), "%s", r.err);
    run_result_free(&r);
    char *kit = xasprintf("%s/putaran", dir);
    const char *from[] = {"init", kit, "--tahun", "2022", "--dari", "", NULL};
    r = run_anugerah(from);
    cr_expect_eq(r.status, 2, "%s", r.err);
    cr_expect(strstr(r.err, "pilihan --dari memerlukan nilai: --dari DIR"), "%s", r.err);
    cr_expect(!strstr(r.err, "/manifest.json"), "%s", r.err);
    run_result_free(&r);
    const char *init[] = {"init", "", "--tahun", "2022", NULL};
    r = run_anugerah(init);
    cr_expect_eq(r.status, 2, "%s", r.err);
    cr_expect(strstr(r.err, "sebutkan FOLDER: anugerah init FOLDER --tahun N"), "%s", r.err);
    run_result_free(&r);
    const char *verify[] = {"verify", "", NULL};
    r = run_anugerah(verify);
    cr_expect_eq(r.status, 2, "%s", r.err);
    cr_expect(strstr(r.err, "sebutkan FOLDER: anugerah verify FOLDER"), "%s", r.err);
    cr_expect(!strstr(r.err, "/manifest.json"), "%s", r.err);
    run_result_free(&r);
    cr_expect_eq(dir_entries(dir), 0, "nothing written");
    free(kit);
    remove_tree(dir);
    free(dir);
}
