#include "build.h"

#include "certificate.h"
#include "scorecard.h"

#include <stdlib.h>

#include "event.h"
#include "export.h"
#include "output.h"
#include "ranking_pdf.h"
#include "rules.h"
#include "scores.h"
#include "util.h"

kip_round *build_load(const char *event_path, const char *scores_path, problems *pr)
{
    kip_event *e = event_load(event_path, pr);
    size_t n = 0;
    kip_body *bodies = scores_load(scores_path, e, pr, &n);
    if (problems_count(pr) > 0 || !e) {
        for (size_t i = 0; i < n; i++)
            kip_body_clear(&bodies[i]);
        free(bodies);
        kip_event_free(e);
        return NULL;
    }
    return rules_apply(e, bodies, n);
}

static int report_problems(const problems *pr, FILE *err)
{
    problems_print(pr, err);
    size_t n = problems_count(pr);
    fprintf(err, "anugerah: %zu masalah ditemukan di berkas masukan; tidak ada yang ditulis.\n", n);
    return EXIT_BAD_INPUT;
}

int build_check(const char *event_path, const char *scores_path, FILE *out, FILE *err)
{
    problems *pr = problems_new();
    kip_round *r = build_load(event_path, scores_path, pr);
    int status = EXIT_OK;
    if (!r) {
        status = report_problems(pr, err);
    } else {
        fprintf(out, "Berkas masukan benar: %zu badan publik dalam %zu kategori.\n", r->n_bodies,
                r->event->n_categories);
    }
    kip_round_free(r);
    problems_free(pr);
    return status;
}

/* A document writer: writes its files into the output folder. */
typedef struct {
    const kip_round *round;
    const char *font_dir;
    output *out;
} writer_env;

typedef bool (*writer_fn)(const writer_env *w, char **error);

static bool write_ranking_pdf(const writer_env *w, char **error)
{
    char *name = xasprintf("peringkat-%d.pdf", w->round->event->tahun);
    char *path = output_path(w->out, name);
    bool ok = ranking_pdf_write(w->round, w->font_dir, path, error);
    free(path);
    free(name);
    return ok;
}

static bool write_ranking_csv(const writer_env *w, char **error)
{
    char *name = xasprintf("peringkat-%d.csv", w->round->event->tahun);
    char *path = output_path(w->out, name);
    bool ok = export_csv_write(w->round, path, error);
    free(path);
    free(name);
    return ok;
}

static bool write_ranking_json(const writer_env *w, char **error)
{
    char *name = xasprintf("peringkat-%d.json", w->round->event->tahun);
    char *path = output_path(w->out, name);
    bool ok = export_json_write(w->round, path, error);
    free(path);
    free(name);
    return ok;
}

static bool write_scorecards(const writer_env *w, char **error)
{
    const kip_round *r = w->round;
    for (size_t i = 0; i < r->n_bodies; i++) {
        const kip_body *b = &r->bodies[i];
        char *name = xasprintf("kartu-nilai/%s/%s.pdf", r->event->categories[b->category].kode,
                               b->id);
        char *path = output_path(w->out, name);
        bool ok = scorecard_write(r, i, w->font_dir, path, error);
        free(path);
        free(name);
        if (!ok)
            return false;
    }
    return true;
}

static bool write_scorecard_book(const writer_env *w, char **error)
{
    char *name = xasprintf("kartu-nilai-%d.pdf", w->round->event->tahun);
    char *path = output_path(w->out, name);
    bool ok = scorecard_book_write(w->round, w->font_dir, path, error);
    free(path);
    free(name);
    return ok;
}

static bool write_certificates(const writer_env *w, char **error)
{
    const kip_round *r = w->round;
    for (size_t i = 0; i < r->n_bodies; i++) {
        if (!certificate_due(r, i))
            continue;
        char *name = xasprintf("piagam/%s.pdf", r->bodies[i].id);
        char *path = output_path(w->out, name);
        bool ok = certificate_write(r, i, w->font_dir, path, error);
        free(path);
        free(name);
        if (!ok)
            return false;
    }
    return true;
}

static const writer_fn writers[] = {
    write_ranking_pdf,  write_ranking_csv,    write_ranking_json,
    write_scorecards,   write_scorecard_book, write_certificates,
};

int build_run(const build_options *o, FILE *out, FILE *err)
{
    problems *pr = problems_new();
    kip_round *r = build_load(o->event_path, o->scores_path, pr);
    if (!r) {
        int status = report_problems(pr, err);
        problems_free(pr);
        return status;
    }
    problems_free(pr);

    char *error = NULL;
    if (!output_target_ok(o->out_dir, o->force, &error)) {
        fprintf(err, "anugerah: %s\n", error);
        free(error);
        kip_round_free(r);
        return EXIT_BAD_INPUT;
    }
    output *dest = output_begin(o->out_dir, &error);
    if (!dest) {
        fprintf(err, "anugerah: %s\n", error);
        free(error);
        kip_round_free(r);
        return EXIT_FAILURE_OTHER;
    }
    writer_env w = {r, o->font_dir, dest};
    for (size_t i = 0; i < sizeof writers / sizeof writers[0]; i++) {
        if (!writers[i](&w, &error)) {
            fprintf(err, "anugerah: %s; tidak ada yang ditulis.\n", error);
            free(error);
            output_abort(dest);
            kip_round_free(r);
            return EXIT_FAILURE_OTHER;
        }
    }
    if (!output_commit(dest, o->force, &error)) {
        fprintf(err, "anugerah: %s\n", error);
        free(error);
        kip_round_free(r);
        return EXIT_FAILURE_OTHER;
    }
    fprintf(out, "Selesai: %zu badan publik dalam %zu kategori; hasil di %s\n", r->n_bodies,
            r->event->n_categories, o->out_dir);
    kip_round_free(r);
    return EXIT_OK;
}
