/* Every input bounded in memory and time: what is not a regular file is
 * refused before it is read (a device, a FIFO, a shell's <(command)), and
 * the program never waits on one.  Each run here has a time limit (alarm,
 * which survives exec) and, outside sanitizer builds, a memory limit. */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "helpers.h"
#include "problems.h"
#include "util.h"

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1 /* ASan reserves terabytes of address space */
#else
#define UNDER_ASAN 0
#endif

/* the sample round's event as it was before its awards named ids (the
 * generated scores files here hold other bodies) */
#define EVENT FIXTURE("bounds/event.json")
#define SCORES SAMPLE("scores.csv")
#define NOT_REGULAR                                                                                \
    "bukan berkas biasa (perangkat, pipa atau folder); simpan sebagai berkas lalu coba lagi"
#define NOT_TRUETYPE "bukan huruf TrueType yang utuh"

/* Runs the program killed after `seconds` (status -1) and, unless 0 or
 * under ASan (which reserves terabytes of address space), limited to
 * `memory` bytes of address space. */
static run_result run_bounded(const char *const *args, unsigned seconds, long memory)
{
    return run_anugerah_bounded(args, seconds, UNDER_ASAN ? 0 : memory);
}

/* check with one file replaced by `path`: exit 2 within five seconds, with
 * "PATH: bukan berkas biasa …". */
static void refused_as_input(const char *option, const char *path)
{
    const char *event = strcmp(option, "--event") == 0 ? path : EVENT;
    const char *scores = strcmp(option, "--scores") == 0 ? path : SCORES;
    const char *tpl = strcmp(option, "--template") == 0 ? path : NULL;
    const char *args[] = {"check", "--event", event, "--scores", scores, tpl ? "--template" : NULL,
                          tpl,     NULL};
    run_result r = run_bounded(args, 5, 512L * 1024 * 1024);
    cr_expect_eq(r.status, 2, "%s %s: exit %d\n%s", option, path, r.status, r.err);
    char *want = xasprintf("%s: %s\n", path, NOT_REGULAR);
    cr_expect(strstr(r.err, want), "%s %s: expected «%s» in\n%s", option, path, want, r.err);
    free(want);
    run_result_free(&r);
}

Test(bounds, dev_zero_is_refused_as_scores_event_and_template)
{
    refused_as_input("--scores", "/dev/zero");
    refused_as_input("--event", "/dev/zero");
    refused_as_input("--template", "/dev/zero");
}

Test(bounds, a_fifo_without_writer_is_refused_not_waited_on)
{
    char *dir = temp_dir();
    char *fifo = xasprintf("%s/nilai.csv", dir);
    cr_assert_eq(mkfifo(fifo, 0600), 0);
    refused_as_input("--scores", fifo);
    refused_as_input("--event", fifo);
    refused_as_input("--template", fifo);
    free(fifo);
    remove_tree(dir);
    free(dir);
}

/* `--scores <(command)`: the shell hands over a pipe as /dev/fd/N. */
Test(bounds, a_pipe_from_the_shell_is_refused)
{
    char *cmd = xasprintf("bash -c '%s timeout 5 %s check --event %s --scores <(yes \"a;b;c\") "
                          "2>&1'",
                          UNDER_ASAN ? "" : "ulimit -v 1000000;", TEST_BIN, EVENT);
    int status;
    char *out = shell_output(cmd, &status);
    cr_expect_eq(status, 2, "exit %d\n%s", status, out);
    cr_expect(strstr(out, ": " NOT_REGULAR), "%s", out);
    free(out);
    free(cmd);
}

/* A folder with a manifest.json that is `kind`, verified within five
 * seconds: exit 2 and `message` for it. */
static void verify_manifest(const char *kind, const char *message)
{
    char *dir = temp_dir();
    char *manifest = xasprintf("%s/manifest.json", dir);
    if (strcmp(kind, "fifo") == 0)
        cr_assert_eq(mkfifo(manifest, 0600), 0);
    else
        cr_assert_eq(symlink("/dev/zero", manifest), 0);
    const char *args[] = {"verify", dir, NULL};
    run_result r = run_bounded(args, 5, 512L * 1024 * 1024);
    cr_expect_eq(r.status, 2, "%s: exit %d\n%s", kind, r.status, r.err);
    char *want = xasprintf("%s: %s", manifest, message);
    cr_expect(strstr(r.err, want), "%s: expected «%s» in\n%s", kind, want, r.err);
    free(want);
    run_result_free(&r);
    free(manifest);
    remove_tree(dir);
    free(dir);
}

Test(bounds, verify_never_reads_a_manifest_that_is_a_device_or_fifo)
{
    verify_manifest("fifo", NOT_REGULAR);
    verify_manifest("link",
                    "manifest tidak dapat dibaca: tautan simbolik (symlink); tidak diikuti");
}

/* An archive whose manifest lists a file that is now a link to /dev/zero
 * and one that is now a FIFO: verify names both, reads neither. */
Test(bounds, verify_lists_a_linked_device_and_a_fifo_without_reading_them)
{
    workspace w = workspace_new("2021");
    shared_copy("banten-2021", SAMPLE("event.json"), SCORES, w.out);
    char *csv = workspace_file(&w, "peringkat-2021.csv");
    char *json = workspace_file(&w, "peringkat-2021.json");
    cr_assert_eq(unlink(csv), 0);
    cr_assert_eq(symlink("/dev/zero", csv), 0);
    cr_assert_eq(unlink(json), 0);
    cr_assert_eq(mkfifo(json, 0600), 0);
    const char *args[] = {"verify", w.out, NULL};
    run_result r = run_bounded(args, 5, 512L * 1024 * 1024);
    cr_expect_eq(r.status, 1, "exit %d\n%s", r.status, r.err);
    char *link_msg = xasprintf("%s: tautan simbolik; tidak diikuti", csv);
    char *fifo_msg = xasprintf("%s: bukan berkas biasa; tidak dibaca", json);
    cr_expect(strstr(r.err, link_msg), "%s", r.err);
    cr_expect(strstr(r.err, fifo_msg), "%s", r.err);
    free(link_msg);
    free(fifo_msg);
    run_result_free(&r);
    free(csv);
    free(json);
    workspace_free(&w);
}

/* A folder of the project's fonts (caller removes it); *bold is the path
 * of its sans bold, the one the tests below spoil. */
static char *fonts_copy(char **bold)
{
    char *fonts = temp_dir();
    char *cmd = xasprintf("cp %s/fonts/*.ttf %s/", TEST_ROOT, fonts);
    cr_assert_eq(system(cmd), 0);
    free(cmd);
    *bold = xasprintf("%s/AnugerahSans-Bold.ttf", fonts);
    return fonts;
}

/* A build with the fonts of `fonts` stops, naming `font` and `reason`
 * (never memory running out), and writes nothing; the folder is removed. */
static void expect_font_named(char *fonts, const char *font, const char *reason)
{
    workspace w = workspace_new("hasil");
    const char *args[] = {"build", "--event", EVENT, "--scores", SCORES, "--fonts",
                          fonts,   "--out",   w.out, "--quiet",  NULL};
    run_result r = run_bounded(args, 10, 0);
    cr_expect_eq(r.status, 1, "exit %d\n%s", r.status, r.err);
    char *want = xasprintf("huruf (font) tidak dapat dibaca: %s: %s", font, reason);
    cr_expect(strstr(r.err, want), "expected «%s» in\n%s", want, r.err);
    cr_expect_not(strstr(r.err, "memori"), "%s", r.err);
    cr_expect_not(path_exists(w.out));
    free(want);
    run_result_free(&r);
    workspace_free(&w);
    remove_tree(fonts);
    free(fonts);
}

/* A font is read within its size limit, and only a regular file: a FIFO
 * would be waited on forever. */
Test(bounds, a_font_that_is_a_fifo_is_refused)
{
    char *bold;
    char *fonts = fonts_copy(&bold);
    cr_assert_eq(unlink(bold), 0);
    cr_assert_eq(mkfifo(bold, 0600), 0);
    expect_font_named(fonts, bold, NOT_REGULAR);
    free(bold);
}

/* A font file cut short (its first 9 000 bytes of 17 372: the table
 * directory is whole, the tables it points to are not): the font is
 * parsed from memory, and a font that cannot be parsed once left the
 * document without it and said nothing (the scorecards were written with
 * every bold line missing).  The font is named, nothing is written. */
Test(bounds, a_font_cut_short_is_named)
{
    char *bold;
    char *fonts = fonts_copy(&bold);
    cr_assert_eq(truncate(bold, 9000), 0);
    expect_font_named(fonts, bold, NOT_TRUETYPE);
    free(bold);
}

/* A font file cut inside its first twelve bytes (the header) or inside
 * its table directory: libharu parses it from memory, and a read that
 * stops short there was taken for a whole one (a crash at 8 to 11 bytes,
 * the temporary folder left behind).  A file one byte short of its last
 * table is cut short too.  Each is named, nothing is written. */
Test(bounds, a_font_cut_in_its_header_or_directory_is_named)
{
    /* 17 372 bytes, 17 tables: the directory ends at 12 + 17 * 16 = 284,
     * the last table at the last byte */
    const off_t cuts[] = {8, 11, 12, 100, 283, 17371};
    for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
        char *bold;
        char *fonts = fonts_copy(&bold);
        cr_assert_eq(truncate(bold, cuts[i]), 0);
        expect_font_named(fonts, bold, NOT_TRUETYPE);
        free(bold);
    }
}

/* Big-endian numbers in a font file. */
static unsigned be16(const unsigned char *p)
{
    return (unsigned)p[0] << 8 | p[1];
}

static unsigned long be32(const unsigned char *p)
{
    return (unsigned long)be16(p) << 16 | be16(p + 2);
}

/* Where the table `tag` of a font file starts (its directory's entry,
 * read by hand), or 0. */
static unsigned long table_at(const unsigned char *ttf, size_t len, const char *tag)
{
    for (unsigned t = 0; t < be16(ttf + 4) && 12 + 16 * (t + 1) <= len; t++)
        if (memcmp(ttf + 12 + 16 * t, tag, 4) == 0)
            return be32(ttf + 12 + 16 * t + 8);
    return 0;
}

/* A font whose cmap gives glyphs the font does not have: the first
 * segment of its format 4 subtable shifted by 0x7000 (28 672; the font
 * has 231 glyphs).  libharu read those glyphs' outlines past its tables
 * (an invalid read under valgrind, a crash under ASan); the font is now
 * named as broken before libharu parses it. */
Test(bounds, a_font_whose_cmap_points_past_its_glyphs_is_named)
{
    char *bold;
    char *fonts = fonts_copy(&bold);
    free(bold);
    char *regular = xasprintf("%s/AnugerahSans-Regular.ttf", fonts);
    size_t len = 0;
    unsigned char *ttf = (unsigned char *)slurp(regular, &len);
    cr_assert(ttf && len > 12);
    unsigned long cmap = table_at(ttf, len, "cmap");
    cr_assert(cmap > 0 && cmap + 4 <= len, "no cmap table in %s", regular);
    /* the subtables' records: platform, encoding, offset; the format 4 one */
    unsigned long sub = 0;
    for (unsigned i = 0; i < be16(ttf + cmap + 2); i++) {
        unsigned long at = cmap + be32(ttf + cmap + 4 + 8 * i + 4);
        if (at + 16 <= len && be16(ttf + at) == 4)
            sub = at;
    }
    cr_assert(sub > 0, "no format 4 cmap in %s", regular);
    /* format, length, language, segCountX2, searchRange, entrySelector,
     * rangeShift (14 bytes), endCode[], a pad, startCode[], idDelta[] */
    unsigned segments = be16(ttf + sub + 6) / 2;
    unsigned long delta = sub + 14 + 2 * segments + 2 + 2 * segments;
    cr_assert(delta + 2 <= len);
    ttf[delta] = 0x70;
    ttf[delta + 1] = 0x00;
    FILE *f = fopen(regular, "wb");
    cr_assert(f && fwrite(ttf, 1, len, f) == len && fclose(f) == 0);
    expect_font_named(fonts, regular, NOT_TRUETYPE);
    free(ttf);
    free(regular);
}

/* A font whose name table's first record (the copyright) says its text
 * is at 0xFF00 bytes into the table's strings, far past the file's end
 * (17 372 bytes): the font loads (only the font's own name is read then),
 * but its subset cannot be cut, as the subset copies every name.  This was
 * reported as memory running out; it is the font that is broken. */
Test(bounds, a_font_whose_subset_cannot_be_cut_is_named)
{
    char *bold;
    char *fonts = fonts_copy(&bold);
    size_t len = 0;
    unsigned char *ttf = (unsigned char *)slurp(bold, &len);
    cr_assert(ttf && len > 12);
    unsigned long name = table_at(ttf, len, "name");
    cr_assert(name > 0 && name + 6 + 12 <= len, "no name table in %s", bold);
    /* record 0: platform, encoding, language, name id, length, offset */
    ttf[name + 6 + 10] = 0xFF;
    ttf[name + 6 + 11] = 0x00;
    FILE *f = fopen(bold, "wb");
    cr_assert(f && fwrite(ttf, 1, len, f) == len && fclose(f) == 0);
    expect_font_named(fonts, bold, NOT_TRUETYPE);
    free(ttf);
    free(bold);
}

/* Writes `header`, `unit` `count` times, then `tail`, quickly: the units
 * go out a megabyte at a time. */
static char *big_file(const char *dir, const char *name, const char *header, const char *unit,
                      long count, const char *tail)
{
    char *path = xasprintf("%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    cr_assert_not_null(f);
    fputs(header, f);
    size_t ulen = strlen(unit), per = (1 << 20) / ulen;
    char *chunk = xmalloc(per * ulen);
    for (size_t i = 0; i < per; i++)
        memcpy(chunk + i * ulen, unit, ulen);
    for (long left = count; left > 0;) {
        size_t k = (size_t)left < per ? (size_t)left : per;
        cr_assert_eq(fwrite(chunk, ulen, k, f), k);
        left -= (long)k;
    }
    fputs(tail, f);
    cr_assert_eq(fclose(f), 0);
    free(chunk);
    return path;
}

#define MB (1024L * 1024)
/* Memory for a scores file of up to 64 MB: the file itself and a little
 * more.  The reader once kept every row, 60 to 110 bytes a byte of input. */
#define SCORES_MEMORY (256 * MB)

/* 48 MB of empty rows ";;;;" then one body: the empty rows are skipped as
 * they are read, so the round is that one body. */
Test(bounds, empty_rows_cost_no_memory, .timeout = 120)
{
    char *dir = temp_dir();
    long rows = 48 * MB / 5; /* 10 066 329 */
    char *csv = big_file(dir, "kosong.csv", "id;nama;kategori;nilai\n", ";;;;\n", rows,
                         "D1;Dinas Satu;opd;90\n");
    const char *args[] = {"check", "--event", EVENT, "--scores", csv, NULL};
    run_result r = run_bounded(args, 60, SCORES_MEMORY);
    cr_expect_eq(r.status, 0, "exit %d\n%.2000s", r.status, r.err);
    cr_expect_str_eq(r.out, "Berkas masukan benar: 1 badan publik dalam 5 kategori.\n");
    cr_expect_str_eq(r.err, "");
    run_result_free(&r);
    free(csv);
    remove_tree(dir);
    free(dir);
}

/* 63 MB of empty rows of 1 000 columns under a header of 1 000 columns
 * (the limit), then one body. */
Test(bounds, wide_empty_rows_cost_no_memory, .timeout = 120)
{
    char *dir = temp_dir();
    char header[8192] = "id;nama;kategori;nilai";
    for (int c = 5; c <= 1000; c++)
        snprintf(header + strlen(header), sizeof header - strlen(header), ";k%d", c);
    strcat(header, "\n");
    char row[1001], last[1100] = "D1;Dinas Satu;opd;90";
    memset(row, ';', 999);
    row[999] = '\n';
    row[1000] = '\0';
    for (int c = 5; c <= 1000; c++)
        strcat(last, ";");
    strcat(last, "\n");
    long rows = 63 * MB / 1000; /* 66 060 */
    char *csv = big_file(dir, "lebar.csv", header, row, rows, last);
    const char *args[] = {"check", "--event", EVENT, "--scores", csv, NULL};
    run_result r = run_bounded(args, 60, SCORES_MEMORY);
    cr_expect_eq(r.status, 0, "exit %d\n%.2000s", r.status, r.err);
    cr_expect_str_eq(r.out, "Berkas masukan benar: 1 badan publik dalam 5 kategori.\n");
    cr_expect_str_eq(r.err, "");
    run_result_free(&r);
    free(csv);
    remove_tree(dir);
    free(dir);
}

/* 63 MB of rows "1;2" under a header of four columns: 16 515 072 rows, each
 * one problem (two columns, not four) and nothing else wrong.  The first
 * 200 are shown (rows 2 to 201), then the 16 515 072 - 200 = 16 514 872
 * others are counted. */
Test(bounds, millions_of_bad_rows_show_two_hundred_problems, .timeout = 120)
{
    char *dir = temp_dir();
    long rows = 63 * MB / 4;
    cr_assert_eq(rows, 16515072);
    char *csv = big_file(dir, "buruk.csv", "id;nama;kategori;nilai\n", "1;2\n", rows, "");
    const char *args[] = {"check", "--event", EVENT, "--scores", csv, NULL};
    run_result r = run_bounded(args, 60, SCORES_MEMORY);
    cr_expect_eq(r.status, 2, "exit %d\n%.2000s", r.status, r.err);
    /* the expected text, line by line */
    size_t cap = 64 * 1024, len = 0;
    char *want = xmalloc(cap);
    for (long line = 2; line <= 201; line++)
        len += (size_t)snprintf(want + len, cap - len,
                                "%s:%ld: baris ini berisi 2 kolom, padahal baris judul berisi 4 "
                                "kolom (periksa pemisah kolom dan tanda kutip)\n",
                                csv, line);
    snprintf(want + len, cap - len,
             "\u2026 dan 16514872 masalah lain\n"
             "anugerah: 16515072 masalah ditemukan di berkas masukan; tidak ada yang ditulis.\n");
    cr_expect(r.err && strcmp(r.err, want) == 0, "stderr (%zu bytes) begins\n%.3000s\nends\n%s",
              r.err ? strlen(r.err) : 0, r.err ? r.err : "",
              r.err && strlen(r.err) > 300 ? r.err + strlen(r.err) - 300 : "");
    free(want);
    run_result_free(&r);
    free(csv);
    remove_tree(dir);
    free(dir);
}

/* The list keeps the first 200 in order of file and line, whatever the
 * order they come in, and counts all. */
Test(bounds, problems_keep_the_first_two_hundred_and_count_all)
{
    problems *pr = problems_new();
    for (long line = 1000; line >= 1; line--) /* the last added comes first */
        problems_add(pr, "nilai.csv", line, "masalah %ld", line);
    problems_add(pr, "acara.json", 0, "sesudahnya: berkas lain, pertama dilaporkan kemudian");
    cr_expect_eq(problems_count(pr), 1001);
    cr_expect_str_eq(problems_get(pr, 0), "nilai.csv:1: masalah 1");
    cr_expect_str_eq(problems_get(pr, 199), "nilai.csv:200: masalah 200");
    cr_expect_null(problems_get(pr, 200));
    char *text = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&text, &size);
    problems_print(pr, f);
    fclose(f);
    cr_expect(strstr(text, "nilai.csv:200: masalah 200\n\u2026 dan 801 masalah lain\n"), "%s",
              text + (size > 200 ? size - 200 : 0));
    cr_expect_eq(strchr(text, '\0') - text, (long)size);
    free(text);
    problems_free(pr);
}

/* A build with a template (laying the release out is what took the
 * time); exit 2 within `seconds`, with `message` for it, nothing written. */
static void template_refused(const char *tpl, unsigned seconds, const char *message)
{
    workspace w = workspace_new("hasil");
    const char *args[] = {"build", "--event", EVENT, "--scores", SCORES, "--template",
                          tpl,     "--out",   w.out, "--quiet",  NULL};
    run_result r = run_bounded(args, seconds, 0);
    cr_expect_eq(r.status, 2, "exit %d\n%.2000s", r.status, r.err);
    char *want = xasprintf("%s%s\n", tpl, message);
    cr_expect(strstr(r.err, want), "expected «%s» in\n%.2000s", want, r.err);
    cr_expect_not(path_exists(w.out));
    free(want);
    run_result_free(&r);
    workspace_free(&w);
}

/* A one-megabyte template that is one table row of 524 280 columns ("|"
 * then "a|" 524 280 times): its columns were measured against each other,
 * minutes of layout.  Now a template problem at its line 1, at once. */
Test(bounds, a_megabyte_table_template_is_refused_at_its_line, .timeout = 60)
{
    char *dir = temp_dir();
    char *tpl = big_file(dir, "tabel.txt", "|", "a|", 524280, "\n");
    template_refused(tpl, 10, ":1: tabel di sini berisi 524280 kolom; paling banyak 12");
    free(tpl);
    /* a header row of 13 columns on line 3, reached from a list: the
     * table's line in the template is named */
    tpl = write_file(dir, "lebar.txt",
                     "# Judul\n"
                     "{{#kategori}}\n"
                     "| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | {{nama}} |\n"
                     "{{/kategori}}\n");
    template_refused(tpl, 10, ":3: tabel di sini berisi 13 kolom; paling banyak 12");
    free(tpl);
    remove_tree(dir);
    free(dir);
}

/* A table cell of 70 000 bytes was refused by the PDF library at the end
 * of the build (a PDF string holds 64 KB); a word of 100 000 bytes too.
 * Now each is a template problem at its line. */
Test(bounds, a_huge_cell_or_word_is_refused_at_its_line)
{
    char *dir = temp_dir();
    char *tpl = big_file(dir, "sel.txt", "| a |\n| ", "x", 70000, " |\n");
    template_refused(tpl, 10,
                     ":2: sel tabel ke-1 di sini sepanjang 70000 byte; paling panjang "
                     "16384 byte");
    free(tpl);
    tpl = big_file(dir, "kata.txt", "# Judul\n\n", "x", 100000, "\n");
    template_refused(tpl, 10,
                     ":3: templat menghasilkan kata sepanjang 100000 byte di sini; "
                     "paling panjang 16384 byte");
    free(tpl);
    remove_tree(dir);
    free(dir);
}

/* A million blank lines: the rendered text stops at 500 000 lines, at the
 * template's line 500 001 (line 1 makes the first line of text). */
Test(bounds, a_template_of_too_many_lines_is_refused)
{
    char *dir = temp_dir();
    char *tpl = big_file(dir, "baris.txt", "", "\n", 1000000, "");
    template_refused(tpl, 10,
                     ":500001: templat menghasilkan terlalu banyak teks di sini (lebih "
                     "dari 16 MB, 500000 baris atau 1000000 langkah); periksa bagian "
                     "berulang yang bersarang");
    free(tpl);
    remove_tree(dir);
    free(dir);
}

/* An image the event names (here its logo) that is a device or a FIFO. */
Test(bounds, an_image_that_is_a_device_or_fifo_is_refused)
{
    char *dir = temp_dir();
    char *fifo = xasprintf("%s/logo.png", dir);
    cr_assert_eq(mkfifo(fifo, 0600), 0);
    const char *images[] = {"/dev/zero", fifo};
    for (size_t i = 0; i < 2; i++) {
        size_t len;
        char *sample = slurp(EVENT, &len);
        cr_assert(sample && sample[0] == '{' && sample[1] == '\n');
        /* the logo on line 2 */
        char *text = xasprintf("{\n  \"logo\": \"%s\",\n%s", images[i], sample + 2);
        char *event = write_file(dir, "acara.json", text);
        const char *args[] = {"check", "--event", event, "--scores", SCORES, NULL};
        run_result r = run_bounded(args, 5, 512L * 1024 * 1024);
        cr_expect_eq(r.status, 2, "%s: exit %d\n%s", images[i], r.status, r.err);
        char *want = xasprintf("%s:2: logo: %s: %s\n", event, images[i], NOT_REGULAR);
        cr_expect(strstr(r.err, want), "expected «%s» in\n%s", want, r.err);
        free(want);
        run_result_free(&r);
        free(event);
        free(text);
        free(sample);
    }
    free(fifo);
    remove_tree(dir);
    free(dir);
}
