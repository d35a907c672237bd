#include <criterion/criterion.h>
#include <string.h>

#include "build.h"
#include "certificate.h"
#include "helpers.h"
#include "labels.h"
#include "util.h"

Test(certificate, top_qualification_and_top_three_get_one_each)
{
    workspace w = workspace_shared("banten-2021", SAMPLE("event.json"), SAMPLE("scores.csv"));
    problems *pr = problems_new();
    kip_round *r = build_load(SAMPLE("event.json"), SAMPLE("scores.csv"), pr);
    size_t due = 0;
    for (size_t i = 0; i < r->n_bodies; i++) {
        const kip_body *b = &r->bodies[i];
        bool expected =
            (b->status == KIP_DINILAI && b->band == 0) || (b->rank >= 1 && b->rank <= 3);
        cr_expect_eq(certificate_due(r, i), expected, "%s", b->id);
        char *name = xasprintf("piagam/%s.pdf", b->id);
        char *path = workspace_file(&w, name);
        cr_expect_eq(path_exists(path), expected, "%s", name);
        if (expected) {
            due++;
            char *text = pdf_text(path);
            cr_expect(strstr(text, "PIAGAM PENGHARGAAN diberikan kepada") == NULL);
            cr_expect(strstr(text, b->nama), "%s: name", b->id);
            cr_expect(strstr(text, "Serang, 24 November 2021 Ketua Komisi Informasi Provinsi "
                                   "Banten Toni Anwar Mahmud"),
                      "%s: signature block: %s", b->id, text);
            if (b->rank >= 1 && b->rank <= 3) {
                char roman[8];
                char *line =
                    xasprintf("Peringkat %s Kategori %s", label_roman(b->rank, roman, sizeof roman),
                              r->event->categories[b->category].nama);
                cr_expect(strstr(text, line), "%s: «%s»", b->id, line);
                free(line);
            }
            if (b->band == 0)
                cr_expect(strstr(text, "kualifikasi Informatif"), "%s", b->id);
            free(text);
        }
        free(path);
        free(name);
    }
    cr_expect_eq(due, 24, "19 Informatif plus 5 top-three bodies below it");
    kip_round_free(r);
    problems_free(pr);
    workspace_free(&w);
}

Test(certificate, names_both_awards_when_a_body_has_both)
{
    workspace w = workspace_shared("banten-2021", SAMPLE("event.json"), SAMPLE("scores.csv"));
    char *path = workspace_file(&w, "piagam/PEMDA-01.pdf");
    char *text = pdf_text(path);
    cr_expect(strstr(text, "diberikan kepada Kota Tangerang dengan kualifikasi Informatif (nilai "
                           "97,10) dan meraih Peringkat I Kategori Pemerintah Daerah"),
              "%s", text);
    cr_expect(strstr(text, "Monitoring dan Evaluasi Keterbukaan Informasi Publik Tahun 2021"));
    free(text);
    free(path);
    workspace_free(&w);
}
