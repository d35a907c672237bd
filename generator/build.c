#include "build.h"

#include "certificate.h"
#include "scorecard.h"

#include <stdlib.h>
#include <string.h>

#include "event.h"
#include "export.h"
#include "output.h"
#include "press.h"
#include "template.h"
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

/* Everything the writers need, read and checked. */
typedef struct {
    kip_round *round;
    char *press_text; /* the press release, rendered from its template */
} inputs;

static void inputs_clear(inputs *in)
{
    kip_round_free(in->round);
    free(in->press_text);
}

/* Reads the event, the scores and the template; every problem of all
 * three goes to `pr`.  True when there was none. */
static bool inputs_load(const build_options *o, problems *pr, inputs *in)
{
    memset(in, 0, sizeof *in);
    in->round = build_load(o->event_path, o->scores_path, pr);
    tpl *t = tpl_load(o->template_path, pr);
    if (in->round && t)
        in->press_text = press_render(in->round, t, pr);
    tpl_free(t);
    if (problems_count(pr) > 0) {
        inputs_clear(in);
        return false;
    }
    return true;
}

int build_check(const build_options *o, FILE *out, FILE *err)
{
    problems *pr = problems_new();
    inputs in;
    int status = EXIT_OK;
    if (!inputs_load(o, pr, &in)) {
        status = report_problems(pr, err);
    } else {
        fprintf(out, "Berkas masukan benar: %zu badan publik dalam %zu kategori.\n",
                in.round->n_bodies, in.round->event->n_categories);
        inputs_clear(&in);
    }
    problems_free(pr);
    return status;
}

/* A document writer: writes its files into the output folder. */
typedef struct {
    const kip_round *round;
    const char *press_text;
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
        char *name =
            xasprintf("kartu-nilai/%s/%s.pdf", r->event->categories[b->category].kode, b->id);
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

static bool write_press_release(const writer_env *w, char **error)
{
    char *name = xasprintf("siaran-pers-%d.pdf", w->round->event->tahun);
    char *path = output_path(w->out, name);
    bool ok = press_pdf_write(w->round, w->press_text, w->font_dir, path, error);
    free(path);
    free(name);
    return ok;
}

static const writer_fn writers[] = {
    write_press_release, write_ranking_pdf,    write_ranking_csv,  write_ranking_json,
    write_scorecards,    write_scorecard_book, write_certificates,
};

int build_run(const build_options *o, FILE *out, FILE *err)
{
    problems *pr = problems_new();
    inputs in;
    if (!inputs_load(o, pr, &in)) {
        int status = report_problems(pr, err);
        problems_free(pr);
        return status;
    }
    problems_free(pr);
    const kip_round *r = in.round;

    char *error = NULL;
    if (!output_target_ok(o->out_dir, o->force, &error)) {
        fprintf(err, "anugerah: %s\n", error);
        free(error);
        inputs_clear(&in);
        return EXIT_BAD_INPUT;
    }
    output *dest = output_begin(o->out_dir, &error);
    if (!dest) {
        fprintf(err, "anugerah: %s\n", error);
        free(error);
        inputs_clear(&in);
        return EXIT_FAILURE_OTHER;
    }
    writer_env w = {r, in.press_text, o->font_dir, dest};
    for (size_t i = 0; i < sizeof writers / sizeof writers[0]; i++) {
        if (!writers[i](&w, &error)) {
            fprintf(err, "anugerah: %s; tidak ada yang ditulis.\n", error);
            free(error);
            output_abort(dest);
            inputs_clear(&in);
            return EXIT_FAILURE_OTHER;
        }
    }
    if (!output_commit(dest, o->force, &error)) {
        fprintf(err, "anugerah: %s\n", error);
        free(error);
        inputs_clear(&in);
        return EXIT_FAILURE_OTHER;
    }
    fprintf(out, "Selesai: %zu badan publik dalam %zu kategori; hasil di %s\n", r->n_bodies,
            r->event->n_categories, o->out_dir);
    inputs_clear(&in);
    return EXIT_OK;
}
