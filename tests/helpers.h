/* Shared helpers of the tests: running the program, reading its output
 * files, and fixtures under tests/fixtures. */
#ifndef ANUGERAH_TEST_HELPERS_H
#define ANUGERAH_TEST_HELPERS_H

#include <stdbool.h>
#include <stddef.h>

#define FIXTURE(name) TEST_ROOT "/tests/fixtures/" name
#define SAMPLE(name) TEST_ROOT "/samples/banten-2021/" name

typedef struct {
    int status; /* exit status, or -1 when it did not exit normally */
    char *out;  /* standard output */
    char *err;  /* standard error */
} run_result;

/* Runs build/anugerah with the given arguments (NULL-terminated). */
run_result run_anugerah(const char *const *args);
/* The same, killed after `seconds` (status -1) and limited to `memory`
 * bytes of address space; 0 for no limit. */
run_result run_anugerah_bounded(const char *const *args, unsigned seconds, long memory);
void run_result_free(run_result *r);

/* A temporary folder for one test, and the output folder path inside it. */
typedef struct {
    char *dir; /* the temporary folder */
    char *out; /* dir/<name>, not created */
} workspace;

workspace workspace_new(const char *out_name);
/* A new temporary folder whose `out` is the build of `event` and `scores`
 * made once per test run and shared by every test that names it: the
 * first test to ask builds it (others wait), later ones reuse it.  Read
 * it, never change it; to change one, copy it (shared_copy). */
workspace workspace_shared(const char *name, const char *event, const char *scores);
/* A private copy of that shared build at `out`. */
void shared_copy(const char *name, const char *event, const char *scores, const char *out);
/* A path inside the output folder (caller frees). */
char *workspace_file(const workspace *w, const char *name);
/* Removes the folder with everything in it (not a shared build). */
void workspace_free(workspace *w);

/* `anugerah build` of two inputs into `out`; the test fails unless it
 * succeeds. */
void build_ok(const char *event, const char *scores, const char *out);

/* A new empty temporary folder (caller frees the string; remove_tree). */
char *temp_dir(void);
void remove_tree(const char *path);

/* Number of entries in a folder (0 when it does not exist). */
size_t dir_entries(const char *path);
bool path_exists(const char *path);

/* The text of a PDF as pdftotext gives it, with every run of white space
 * made one space (caller frees). */
char *pdf_text(const char *pdf);

/* The number of pages of a PDF, as pdfinfo gives it. */
int pdf_pages(const char *pdf);

/* The font names (pdffonts) that `pdf` gives to more than one font
 * object, one a line; "" when each is its own (caller frees). */
char *pdf_fonts_named_twice(const char *pdf);

/* The whole output of a shell command (caller frees); *status its exit. */
char *shell_output(const char *command, int *status);

/* Reads a file whole (caller frees); NULL when missing. */
char *slurp(const char *path, size_t *len);

/* The first n fields of each line of a CSV without quoted fields, as a
 * new text of those lines (caller frees). */
char *csv_first_columns(const char *csv, size_t n);

/* Writes text to a new file in dir; returns its path (caller frees). */
char *write_file(const char *dir, const char *name, const char *text);

/* Seals the file `name` of the archive at `dir` again in its manifest (its
 * digest and size as they are now), as a careful forger would. */
void manifest_reseal(const char *dir, const char *name);

/* The files installed under PREFIX=/usr, in sorted order, that the staged
 * install (test_install.c) and the Debian package (test_deb.c) share: the
 * program, its data, the completion and the guide; then the guide's eight
 * images (the ranking, the annex, a certificate, a scorecard, the book's
 * cover, the release, a slide of the deck, a draft page). */
#define INSTALLED_PROGRAM_AND_DATA                                                                 \
    "./usr/bin/anugerah\n"                                                                         \
    "./usr/share/anugerah/fonts/AnugerahSans-Bold.ttf\n"                                           \
    "./usr/share/anugerah/fonts/AnugerahSans-Regular.ttf\n"                                        \
    "./usr/share/anugerah/fonts/AnugerahSerif-Bold.ttf\n"                                          \
    "./usr/share/anugerah/fonts/AnugerahSerif-Regular.ttf\n"                                       \
    "./usr/share/anugerah/fonts/OFL.txt\n"                                                         \
    "./usr/share/anugerah/fonts/README.md\n"                                                       \
    "./usr/share/anugerah/samples/banten-2021/event.json\n"                                        \
    "./usr/share/anugerah/samples/banten-2021/scores.csv\n"                                        \
    "./usr/share/anugerah/samples/banten-2022/event.json\n"                                        \
    "./usr/share/anugerah/samples/banten-2022/scores.csv\n"                                        \
    "./usr/share/anugerah/samples/gambar/lambang-provinsi.png\n"                                   \
    "./usr/share/anugerah/samples/gambar/logo-komisi.png\n"                                        \
    "./usr/share/anugerah/samples/gambar/stempel.png\n"                                            \
    "./usr/share/anugerah/samples/gambar/tanda-tangan.png\n"                                       \
    "./usr/share/anugerah/templates/README.md\n"                                                   \
    "./usr/share/anugerah/templates/lembar-fakta.txt\n"                                            \
    "./usr/share/anugerah/templates/siaran-pers.txt\n"                                             \
    "./usr/share/bash-completion/completions/anugerah\n"                                           \
    "./usr/share/doc/anugerah/PANDUAN.md\n"

#define INSTALLED_GUIDE_IMAGES                                                                     \
    "./usr/share/doc/anugerah/panduan/buku-kartu-nilai.png\n"                                      \
    "./usr/share/doc/anugerah/panduan/draf.png\n"                                                  \
    "./usr/share/doc/anugerah/panduan/kartu-nilai.png\n"                                           \
    "./usr/share/doc/anugerah/panduan/lampiran-keputusan.png\n"                                    \
    "./usr/share/doc/anugerah/panduan/peringkat.png\n"                                             \
    "./usr/share/doc/anugerah/panduan/piagam.png\n"                                                \
    "./usr/share/doc/anugerah/panduan/presentasi.png\n"                                            \
    "./usr/share/doc/anugerah/panduan/siaran-pers.png\n"

#endif
