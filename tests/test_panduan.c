/* The clerks' guide, PANDUAN.md, names everything a clerk meets: every
 * command and option of the program, every key of the event file, every
 * column of the scores file, the certificate number's placeholders and
 * every output.  The lists are written out here by hand, from main.c's
 * usage and the init command, read/event.c's keys, read/scores.c's
 * columns and the README's table of outputs; each must appear in code
 * quotes (`judul`), as a clerk who searches the guide for a key named in a
 * message types it. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

static char *guide(void)
{
    char *text = slurp(TEST_ROOT "/PANDUAN.md", NULL);
    cr_assert(text, "PANDUAN.md is missing");
    return text;
}

/* Every word of `words` in code quotes in the guide: `word`, or at the
 * start of a quoted command (`word …`) when `open` is true. */
static void expect_quoted(const char *text, const char *const *words, bool open)
{
    for (const char *const *w = words; *w; w++) {
        char *closed = xasprintf("`%s`", *w);
        char *opened = xasprintf("`%s ", *w);
        cr_expect(strstr(text, closed) || (open && strstr(text, opened)),
                  "PANDUAN.md does not name `%s`", *w);
        free(closed);
        free(opened);
    }
}

Test(panduan, names_every_command_and_option)
{
    char *text = guide();
    static const char *const commands[] = {
        "anugerah init",
        "anugerah check",
        "anugerah build",
        "anugerah verify",
        "anugerah --help",
        "anugerah --version",
        NULL,
    };
    expect_quoted(text, commands, true);
    /* build's and check's options (main.c), then init's */
    static const char *const options[] = {
        "--event",    "--scores", "--out",   "--force", "--draf",  "--template", "--template-fakta",
        "--previous", "--jobs",   "--quiet", "--fonts", "--tahun", "--dari",     NULL,
    };
    expect_quoted(text, options, true);
    free(text);
}

Test(panduan, names_every_event_key)
{
    char *text = guide();
    /* the top level: judul … publikasi, 18 keys */
    static const char *const top[] = {
        "judul",         "tahun",     "penyelenggara", "tempat",  "tanggal",
        "penandatangan", "kategori",  "kualifikasi",   "tahapan", "indikator",
        "keputusan",     "logo",      "kop",           "kontak",  "piagam",
        "penghargaan",   "publikasi", "siaran_pers",   NULL,
    };
    expect_quoted(text, top, false);
    /* inside them: penandatangan (nama, jabatan, tanda_tangan, stempel),
     * kategori (kode, nama), kualifikasi (nama, min, warna), tahapan and
     * indikator (kode, nama, bobot), keputusan (nomor, tanggal, tentang),
     * kontak (nama, telepon, surel), piagam (nomor, tampilkan_nilai),
     * penghargaan (kode, nama, kualifikasi, peringkat, id, kategori),
     * publikasi (situs); each name once */
    static const char *const inner[] = {
        "nama",    "jabatan", "tanda_tangan",    "stempel",   "kode",
        "min",     "warna",   "bobot",           "nomor",     "tentang",
        "telepon", "surel",   "tampilkan_nilai", "peringkat", "id",
        "situs",   NULL,
    };
    expect_quoted(text, inner, false);
    /* piagam.nomor's placeholders */
    static const char *const placeholders[] = {
        "{urut}", "{tahun}", "{bulan}", "{bulan_romawi}", "{kategori}", NULL,
    };
    expect_quoted(text, placeholders, false);
    free(text);
}

Test(panduan, names_every_scores_column_and_status)
{
    char *text = guide();
    static const char *const columns[] = {
        "id",
        "nama",
        "kategori",
        "status",
        "nilai",
        "nilai_sebelumnya",
        "wilayah",
        "pimpinan",
        "catatan",
        "dinilai",
        "tidak_mengisi_saq",
        NULL,
    };
    expect_quoted(text, columns, false);
    free(text);
}

Test(panduan, names_every_output)
{
    char *text = guide();
    static const char *const outputs[] = {
        "lampiran-keputusan-<tahun>.pdf",
        "peringkat-<tahun>.pdf",
        "piagam/<kode penghargaan>/<id>.pdf",
        "piagam-<tahun>.pdf",
        "piagam-<tahun>.csv",
        "kartu-nilai/<kategori>/<id>.pdf",
        "kartu-nilai-<tahun>.pdf",
        "presentasi-<tahun>.pdf",
        "siaran-pers-<tahun>.pdf",
        "lembar-fakta/<kategori>.pdf",
        "situs/",
        "peringkat-<tahun>.xlsx",
        "peringkat-<tahun>.csv",
        "peringkat-<tahun>.json",
        "metadata.json",
        "manifest.json",
        NULL,
    };
    expect_quoted(text, outputs, false);
    free(text);
}
