#include "build.h"

#include "annex.h"
#include "certificate.h"
#include "deck.h"
#include "scorecard.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "event.h"
#include "export.h"
#include "labels.h"
#include "manifest.h"
#include "metadata.h"
#include "output.h"
#include "previous.h"
#include "press.h"
#include "sha256.h"
#include "template.h"
#include "ranking_pdf.h"
#include "rules.h"
#include "scores.h"
#include "site.h"
#include "sources.h"
#include "util.h"
#include "workbook.h"

kip_round *build_load(const char *event_path, const char *scores_path, problems *pr)
{
    return build_load_previous(event_path, scores_path, NULL, pr);
}

kip_round *build_load_previous(const char *event_path, const char *scores_path,
                               const char *previous_dir, problems *pr)
{
    kip_event *e = event_load(event_path, pr);
    size_t n = 0, scores_len = 0;
    char *scores_bytes = NULL;
    kip_body *bodies = scores_load_kept(scores_path, e, pr, &n, &scores_bytes, &scores_len);
    int previous_year = 0;
    if (previous_dir)
        previous_year = previous_apply(previous_dir, scores_path, e ? e->tahun : 0, bodies, n, pr);
    if (e)
        rules_check(e, bodies, n, scores_path, pr);
    if (problems_count(pr) > 0 || !e) {
        for (size_t i = 0; i < n; i++)
            kip_body_clear(&bodies[i]);
        free(bodies);
        free(scores_bytes);
        kip_event_free(e);
        return NULL;
    }
    kip_round *r = rules_apply(e, bodies, n, previous_year);
    r->scores_source = scores_bytes; /* kept for the archive's copy */
    r->scores_source_len = scores_len;
    return r;
}

static int report_problems(const problems *pr, FILE *err)
{
    problems_print(pr, err);
    size_t n = problems_count(pr);
    fprintf(err, W_BUILD_INPUT_PROBLEMS, n);
    return EXIT_BAD_INPUT;
}

/* Everything the writers need, read and checked. */
typedef struct {
    kip_round *round;
    char *press_text;  /* the press release, rendered from its template */
    char **fact_texts; /* each category's fact sheet, from its template */
    size_t n_fact_texts;
    manifest_input sources[5];
    size_t n_sources;
    source_copy *copies; /* of the inputs, for masukan/ */
    size_t n_copies;
    char digest[65];                     /* of all inputs: the seed of the PDFs' document IDs */
    char template_sha256[2][SHA256_HEX]; /* the templates as they were read */
} inputs;

static void inputs_clear(inputs *in)
{
    for (size_t c = 0; c < in->n_fact_texts; c++)
        free(in->fact_texts[c]);
    free(in->fact_texts);
    sources_free(in->copies, in->n_copies);
    kip_round_free(in->round);
    free(in->press_text);
}

/* Reads the event, the scores, last year's archive when given, and the
 * template; every problem of them all goes to `pr`.  True when there was
 * none. */
static bool inputs_load(const build_options *o, problems *pr, inputs *in)
{
    memset(in, 0, sizeof *in);
    in->round = build_load_previous(o->event_path, o->scores_path, o->previous_dir, pr);
    if (in->round) {
        in->round->draft = o->draft; /* before any writer reads the round */
        scorecard_check_notes(in->round, o->font_dir, o->scores_path, pr);
    }
    /* a malformed template is still checked against the data, so that all
     * its problems are told at once */
    tpl *t = tpl_load_all(o->template_path, pr);
    if (t)
        memcpy(in->template_sha256[0], tpl_sha256(t), SHA256_HEX);
    if (in->round && t)
        in->press_text = press_render(in->round, t, pr);
    tpl_free(t);
    /* the fact sheets' template: its problems told once, not per category */
    t = tpl_load_all(o->fact_template_path, pr);
    if (t)
        memcpy(in->template_sha256[1], tpl_sha256(t), SHA256_HEX);
    if (in->round && t) {
        size_t n = in->round->event->n_categories, errors = problems_count(pr);
        in->fact_texts = xcalloc(n ? n : 1, sizeof(char *));
        for (size_t c = 0; c < n && problems_count(pr) == errors; c++) {
            in->fact_texts[c] = fact_render(in->round, c, t, pr);
            in->n_fact_texts = c + 1;
        }
    }
    tpl_free(t);
    if (problems_count(pr) > 0) {
        inputs_clear(in);
        return false;
    }
    in->copies = sources_plan(in->round, o->scores_path, &in->n_copies);
    return true;
}

/* The inputs' digests, for the manifest and the document IDs: of the
 * bytes read (event, scores, templates), and of last year's manifest.
 * False with a message (caller frees) when that one cannot be read: a
 * manifest must never list a made-up digest. */
static bool inputs_hash(const build_options *o, inputs *in, char **error)
{
    const char *roles[] = {"acara", "nilai", "templat", "templat_lembar_fakta", "arsip_sebelumnya"};
    const char *paths[] = {o->event_path, o->scores_path, o->template_path, o->fact_template_path,
                           o->previous_dir};
    size_t n = o->previous_dir ? 5 : 4;
    sha256_ctx *all = sha256_new();
    for (size_t i = 0; i < n; i++) {
        manifest_input *mi = &in->sources[in->n_sources++];
        mi->role = roles[i];
        mi->path = paths[i];
        const kip_round *r = in->round;
        /* the event and the scores as they were read and checked, the
         * same bytes as their copies in masukan/; the templates as they
         * were read */
        const void *kept = i == 0 ? r->event->source : i == 1 ? r->scores_source : NULL;
        size_t kept_len = i == 0 ? r->event->source_len : i == 1 ? r->scores_source_len : 0;
        if (kept) {
            sha256_data_hex(kept, kept_len, mi->sha256);
        } else if (i == 2 || i == 3) {
            memcpy(mi->sha256, in->template_sha256[i - 2], SHA256_HEX);
        } else {
            /* an archive is known by its manifest */
            char *file = i == 4 ? xasprintf("%s/%s", paths[i], MANIFEST_NAME) : xstrdup(paths[i]);
            bool ok = manifest_hash_file(file, mi->sha256, error);
            free(file);
            if (!ok) {
                sha256_final_hex(all, in->digest);
                return false;
            }
        }
        sha256_update(all, mi->sha256, 64);
    }
    sha256_final_hex(all, in->digest);
    return true;
}

/* The documents to write: one job per file. */
typedef enum {
    JOB_RANKING_PDF,
    JOB_RANKING_CSV,
    JOB_RANKING_JSON,
    JOB_RANKING_XLSX,
    JOB_METADATA,
    JOB_PRESS,
    JOB_FACT, /* one per category */
    JOB_BOOK,
    JOB_CARD,
    JOB_CERTIFICATE,
    JOB_CERTIFICATE_BOOK,
    JOB_CERTIFICATE_REGISTER,
    JOB_ANNEX,
    JOB_DECK,
    JOB_SITE_INDEX,
    JOB_SITE_BODY,
    JOB_SITE_STYLE,
    JOB_SITE_SCRIPT,
    JOB_SITE_VERIFY, /* after every other job: it lists their hashes */
    JOB_INPUT        /* a copy of an input in masukan/ */
} job_kind;

typedef struct {
    job_kind kind;
    /* for cards: the body; for certificates: the certificate; for fact
     * sheets: the category */
    size_t body; /* for copies of the inputs: the copy */
    char *name;  /* path inside the output folder */
    int pages;
    long long size; /* measured after writing, for the manifest */
    char sha256[65];
} job;

typedef struct {
    job *jobs;
    size_t n;
} job_list;

static void add_job(job_list *l, job_kind kind, size_t body, char *name)
{
    l->jobs = xrealloc(l->jobs, (l->n + 1) * sizeof(job));
    l->jobs[l->n++] = (job){kind, body, name, 0, 0, ""};
}

/* The longest documents first, so that with several workers they overlap
 * with the many short ones. */
static job_list plan_jobs(const inputs *in)
{
    const kip_round *r = in->round;
    job_list l = {0};
    int y = r->event->tahun;
    add_job(&l, JOB_BOOK, 0, xasprintf("kartu-nilai-%d.pdf", y));
    add_job(&l, JOB_PRESS, 0, xasprintf("siaran-pers-%d.pdf", y));
    add_job(&l, JOB_RANKING_PDF, 0, xasprintf("peringkat-%d.pdf", y));
    add_job(&l, JOB_RANKING_CSV, 0, xasprintf("peringkat-%d.csv", y));
    add_job(&l, JOB_RANKING_JSON, 0, xasprintf("peringkat-%d.json", y));
    add_job(&l, JOB_RANKING_XLSX, 0, xasprintf("peringkat-%d.xlsx", y));
    add_job(&l, JOB_METADATA, 0, xstrdup("metadata.json"));
    for (size_t i = 0; i < r->n_bodies; i++) {
        const kip_body *b = &r->bodies[i];
        add_job(&l, JOB_CARD, i,
                xasprintf("kartu-nilai/%s/%s.pdf", r->event->categories[b->category].kode, b->id));
    }
    add_job(&l, JOB_ANNEX, 0, xasprintf("lampiran-keputusan-%d.pdf", y));
    for (size_t c = 0; c < r->event->n_categories; c++)
        add_job(&l, JOB_FACT, c, xasprintf("lembar-fakta/%s.pdf", r->event->categories[c].kode));
    add_job(&l, JOB_DECK, 0, xasprintf("presentasi-%d.pdf", y));
    add_job(&l, JOB_SITE_INDEX, 0, xstrdup(SITE_INDEX));
    add_job(&l, JOB_SITE_STYLE, 0, xstrdup(SITE_STYLE));
    add_job(&l, JOB_SITE_SCRIPT, 0, xstrdup(SITE_SCRIPT));
    for (size_t i = 0; i < r->n_bodies; i++)
        add_job(&l, JOB_SITE_BODY, i, site_body_name(&r->bodies[i]));
    for (size_t i = 0; i < in->n_copies; i++)
        add_job(&l, JOB_INPUT, i, xstrdup(in->copies[i].name));
    if (r->draft)
        return l; /* no certificates before the results are final */
    add_job(&l, JOB_CERTIFICATE_BOOK, 0, xasprintf("piagam-%d.pdf", y));
    add_job(&l, JOB_CERTIFICATE_REGISTER, 0, xasprintf("piagam-%d.csv", y));
    for (size_t k = 0; k < r->n_certificates; k++) {
        const kip_certificate *c = &r->certificates[k];
        add_job(
            &l, JOB_CERTIFICATE, k,
            xasprintf("piagam/%s/%s.pdf", r->event->awards[c->award].kode, r->bodies[c->body].id));
    }
    return l;
}

static void job_list_clear(job_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->jobs[i].name);
    free(l->jobs);
}

/* What every job shares. */
typedef struct {
    const inputs *in;
    const build_options *o;
    output *out;
    const job_list *written; /* for the verification page: the jobs done */
} job_env;

/* The verification page of the documents written so far (every job but
 * the site's own pages). */
static bool write_site_verify(const job_env *env, const char *path, char **error)
{
    const kip_round *r = env->in->round;
    const job_list *l = env->written;
    site_document *docs = xcalloc(l->n ? l->n : 1, sizeof(site_document));
    size_t n = 0;
    for (size_t i = 0; i < l->n; i++) {
        const job *j = &l->jobs[i];
        if (j->kind >= JOB_SITE_INDEX)
            continue; /* the site's pages and the copies of the inputs */
        site_document d = {j->name, j->sha256, SIZE_MAX, SIZE_MAX};
        if (j->kind == JOB_CARD) {
            d.body = j->body;
        } else if (j->kind == JOB_CERTIFICATE) {
            d.body = r->certificates[j->body].body;
            d.award = r->certificates[j->body].award;
        }
        docs[n++] = d;
    }
    bool ok = site_verify_write(r, docs, n, path, error);
    free(docs);
    return ok;
}

/* The files and pages of the jobs of one kind (the cards, by body; the
 * certificates, by certificate), written before a document made of them
 * (run_jobs has waited for them).  Free with files_free. */
static doc_files files_of(const job_env *env, job_kind kind, size_t n)
{
    const job_list *l = env->written;
    n = n ? n : 1;
    char **paths = env->out ? xcalloc(n, sizeof(char *)) : NULL;
    int *pages = xcalloc(n, sizeof(int));
    for (size_t i = 0; i < l->n; i++) {
        const job *j = &l->jobs[i];
        if (j->kind != kind || j->body >= n)
            continue;
        pages[j->body] = j->pages;
        if (paths)
            paths[j->body] = output_temp_path(env->out, j->name);
    }
    return (doc_files){(const char *const *)paths, pages};
}

static void files_free(doc_files *f, size_t n)
{
    if (f->paths)
        for (size_t i = 0; i < n; i++)
            free((char *)f->paths[i]);
    free((char **)f->paths);
    free((int *)f->pages);
}

static bool run_job(const job_env *env, job *j, char **error)
{
    const kip_round *r = env->in->round;
    char *path = NULL;
    output_written_clear();
    if (env->out) {
        path = output_path(env->out, j->name, error);
        if (!path)
            return false;
    } else if (j->kind == JOB_RANKING_CSV || j->kind == JOB_RANKING_JSON
               || j->kind == JOB_RANKING_XLSX || j->kind == JOB_METADATA
               || j->kind == JOB_CERTIFICATE_REGISTER || j->kind >= JOB_SITE_INDEX) {
        /* checking: these cannot fail on their content (the workbook's
         * sheet names are made safe; the site's pages are text; the
         * copies of the inputs are their bytes) */
        return true;
    }
    doc_target t = {env->o->font_dir, env->o->icc_profile, env->in->digest, path, j->name, 0};
    bool ok = false;
    switch (j->kind) {
    case JOB_RANKING_PDF:
        ok = ranking_pdf_write(r, &t, error);
        break;
    case JOB_RANKING_CSV:
        ok = export_csv_write(r, path, error);
        break;
    case JOB_RANKING_JSON:
        ok = export_json_write(r, path, error);
        break;
    case JOB_RANKING_XLSX:
        ok = workbook_write(r, path, error);
        break;
    case JOB_METADATA:
        ok = metadata_write(r, path, error);
        break;
    case JOB_PRESS:
        ok = press_pdf_write(r, env->in->press_text, &t, error);
        break;
    case JOB_FACT:
        ok = fact_pdf_write(r, j->body, env->in->fact_texts[j->body], &t, error);
        break;
    case JOB_BOOK: {
        doc_files cards = files_of(env, JOB_CARD, r->n_bodies);
        ok = scorecard_book_write(r, &cards, &t, error);
        files_free(&cards, r->n_bodies);
        break;
    }
    case JOB_CARD:
        ok = scorecard_write(r, j->body, &t, error);
        break;
    case JOB_CERTIFICATE:
        ok = certificate_write(r, j->body, &t, error);
        break;
    case JOB_CERTIFICATE_BOOK: {
        doc_files certs = files_of(env, JOB_CERTIFICATE, r->n_certificates);
        ok = certificate_book_write(r, &certs, &t, error);
        files_free(&certs, r->n_certificates);
        break;
    }
    case JOB_CERTIFICATE_REGISTER:
        ok = export_register_write(r, path, error);
        break;
    case JOB_ANNEX:
        ok = annex_write(r, &t, error);
        break;
    case JOB_DECK:
        ok = deck_write(r, &t, error);
        break;
    case JOB_SITE_INDEX:
        ok = site_index_write(r, path, error);
        break;
    case JOB_SITE_BODY:
        ok = site_body_write(r, j->body, path, error);
        break;
    case JOB_SITE_STYLE:
        ok = site_style_write(path, error);
        break;
    case JOB_SITE_SCRIPT:
        ok = site_script_write(path, error);
        break;
    case JOB_SITE_VERIFY:
        ok = write_site_verify(env, path, error);
        break;
    case JOB_INPUT:
        ok = sources_write(&env->in->copies[j->body], path, error);
        break;
    }
    j->pages = t.pages;
    if (!path)
        return ok; /* checking: made in memory only */
    /* measured here, by the worker, for the manifest: hashed as it was
     * written, or else read again (the workbook's library writes its own
     * file) */
    long long size = 0;
    if (ok && !output_written(path, j->sha256, &size)) {
        struct stat st;
        if (stat(path, &st) != 0) {
            *error = xasprintf(W_BUILD_CANNOT_REREAD, path, label_errno(errno));
            ok = false;
        }
        if (ok)
            ok = manifest_hash_file(path, j->sha256, error);
        size = ok ? (long long)st.st_size : 0;
    }
    output_written_clear(); /* this thread's record: freed before it ends */
    j->size = ok ? size : 0;
    free(path);
    return ok;
}

/* The workers share the job list; each takes the next job (in `order`)
 * until all are done or one failed.  Documents do not depend on the order
 * they are written in, so the output is the same for any number of
 * workers; only the book is made from the cards, and the print file from
 * the certificates, which are taken first: the worker that takes the book
 * or the print file waits until the last of its documents is written. */
typedef struct {
    const job_env *env;
    job_list *jobs;
    size_t *order;
    size_t cards_left, certificates_left;
    /* signalled when the last card or certificate is written, or the
     * build stops */
    pthread_cond_t parts_written;
    pthread_mutex_t lock;
    size_t next, done;
    bool failed;
    char *error;
    bool progress;
    struct timespec start, shown;
} pool;

static double seconds_since(const struct timespec *t)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t->tv_sec) + (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

/* "1234/10637 berkas, sisa sekitar 12 detik", at most five times a second. */
static void show_progress(pool *p, bool last)
{
    if (!p->progress || (!last && seconds_since(&p->shown) < 0.2))
        return;
    clock_gettime(CLOCK_MONOTONIC, &p->shown);
    double elapsed = seconds_since(&p->start);
    double left = p->done ? elapsed / (double)p->done * (double)(p->jobs->n - p->done) : 0;
    fprintf(stderr, W_BUILD_PROGRESS, p->done, p->jobs->n, left);
    if (last)
        fputc('\n', stderr);
    fflush(stderr);
}

static void *worker(void *arg)
{
    pool *p = arg;
    for (;;) {
        pthread_mutex_lock(&p->lock);
        /* a signal stops every worker before its next document */
        if (p->failed || p->next == p->jobs->n || output_interrupted()) {
            /* a worker waiting for the cards or certificates must not wait for ever */
            pthread_cond_broadcast(&p->parts_written);
            pthread_mutex_unlock(&p->lock);
            output_path_forget();
            return NULL;
        }
        job *j = &p->jobs->jobs[p->order[p->next++]];
        while (((j->kind == JOB_BOOK && p->cards_left > 0)
                || (j->kind == JOB_CERTIFICATE_BOOK && p->certificates_left > 0))
               && !p->failed && !output_interrupted())
            pthread_cond_wait(&p->parts_written, &p->lock);
        bool give_up = p->failed || output_interrupted();
        pthread_mutex_unlock(&p->lock);
        if (give_up)
            continue;

        char *error = NULL;
        bool ok = run_job(p->env, j, &error);

        pthread_mutex_lock(&p->lock);
        if ((j->kind == JOB_CARD && --p->cards_left == 0)
            || (j->kind == JOB_CERTIFICATE && --p->certificates_left == 0))
            pthread_cond_broadcast(&p->parts_written);
        p->done++;
        if (!ok && !p->failed) {
            p->failed = true;
            p->error = error;
            pthread_cond_broadcast(&p->parts_written); /* a waiting worker stops */
        } else {
            free(error);
        }
        show_progress(p, false);
        pthread_mutex_unlock(&p->lock);
    }
}

static bool run_jobs(const job_env *env, job_list *jobs, int n_workers, bool progress, char **error)
{
    pool p = {.env = env, .jobs = jobs, .progress = progress};
    /* the cards and certificates first, then the book and the print file
     * made of them, then the rest */
    static const job_kind first[] = {JOB_CARD, JOB_CERTIFICATE, JOB_BOOK, JOB_CERTIFICATE_BOOK};
    p.order = xcalloc(jobs->n ? jobs->n : 1, sizeof(size_t));
    size_t k = 0;
    for (size_t f = 0; f <= sizeof first / sizeof first[0]; f++)
        for (size_t i = 0; i < jobs->n; i++) {
            job_kind kind = jobs->jobs[i].kind;
            bool listed = false;
            for (size_t g = 0; g < sizeof first / sizeof first[0]; g++)
                listed = listed || kind == first[g];
            if (f < sizeof first / sizeof first[0] ? kind == first[f] : !listed)
                p.order[k++] = i;
        }
    for (size_t i = 0; i < jobs->n; i++) {
        p.cards_left += jobs->jobs[i].kind == JOB_CARD;
        p.certificates_left += jobs->jobs[i].kind == JOB_CERTIFICATE;
    }
    pthread_cond_init(&p.parts_written, NULL);
    pthread_mutex_init(&p.lock, NULL);
    clock_gettime(CLOCK_MONOTONIC, &p.start);
    p.shown = p.start;
    if (n_workers < 1)
        n_workers = 1;
    if ((size_t)n_workers > jobs->n)
        n_workers = jobs->n ? (int)jobs->n : 1;
    /* Only the threads that did start are joined.  One that cannot be
     * started (no memory for its stack, a limit on threads) is not a
     * failure: fewer workers write the same files. */
    pthread_t *threads = xcalloc((size_t)n_workers, sizeof(pthread_t));
    int started = 0;
    for (int i = 1; i < n_workers; i++)
        if (pthread_create(&threads[started], NULL, worker, &p) == 0)
            started++;
    worker(&p); /* this thread works too */
    for (int i = 0; i < started; i++)
        pthread_join(threads[i], NULL);
    if (!p.failed && !output_interrupted())
        show_progress(&p, true);
    else if (progress)
        fputc('\n', stderr);
    free(threads);
    free(p.order);
    pthread_cond_destroy(&p.parts_written);
    pthread_mutex_destroy(&p.lock);
    *error = p.error;
    return !p.failed;
}

static bool write_manifest(const job_env *env, const job_list *l, char **error)
{
    manifest_file *files = xcalloc(l->n, sizeof(manifest_file));
    for (size_t i = 0; i < l->n; i++) {
        files[i] = (manifest_file){l->jobs[i].name, l->jobs[i].pages, l->jobs[i].size, ""};
        memcpy(files[i].sha256, l->jobs[i].sha256, 65);
    }
    bool ok = manifest_write(output_dir(env->out), env->in->round, env->in->sources,
                             env->in->n_sources, files, l->n, error);
    free(files);
    return ok;
}

/* Prints a message of one or more lines, each after the program's name;
 * `end` closes the last line. */
static void print_lines(FILE *err, const char *text, const char *end)
{
    for (const char *line = text; line;) {
        const char *nl = strchr(line, '\n');
        if (nl)
            fprintf(err, "anugerah: %.*s\n", (int)(nl - line), line);
        else
            fprintf(err, "anugerah: %s%s\n", line, end);
        line = nl ? nl + 1 : NULL;
    }
}

/* The exit status of a build stopped by `sig`, with its one line. */
static int stopped(FILE *err, int sig)
{
    const char *name = sig == SIGINT ? "SIGINT (Ctrl+C)" : sig == SIGHUP ? "SIGHUP" : "SIGTERM";
    fprintf(err, W_BUILD_STOPPED, name);
    return 128 + sig;
}

int build_run(const build_options *o, FILE *out, FILE *err)
{
    output_catch_signals();
    problems *pr = problems_new();
    inputs in;
    if (!inputs_load(o, pr, &in)) {
        int status = report_problems(pr, err);
        problems_free(pr);
        return output_interrupted() ? stopped(err, output_interrupted()) : status;
    }
    problems_free(pr);
    const kip_round *r = in.round;

    char *error = NULL;
    if (o->previous_dir && output_within(o->out_dir, o->previous_dir)) {
        fprintf(err, W_BUILD_OUT_IN_PREVIOUS, o->out_dir, o->previous_dir);
        inputs_clear(&in);
        return EXIT_BAD_INPUT;
    }
    if (!output_target_ok(o->out_dir, o->force, &error)) {
        print_lines(err, error, "");
        free(error);
        inputs_clear(&in);
        return EXIT_BAD_INPUT;
    }
    if (!inputs_hash(o, &in, &error)) {
        fprintf(err, W_BUILD_NOTHING_WRITTEN, error);
        free(error);
        inputs_clear(&in);
        return EXIT_FAILURE_OTHER;
    }
    if (output_interrupted()) {
        inputs_clear(&in);
        return stopped(err, output_interrupted());
    }
    char *swept = output_sweep(o->out_dir);
    if (swept)
        print_lines(err, swept, "");
    free(swept);
    output *dest = output_begin(o->out_dir, &error);
    if (!dest) {
        fprintf(err, W_BUILD_NOTHING_WRITTEN, error);
        free(error);
        inputs_clear(&in);
        return EXIT_FAILURE_OTHER;
    }
    job_list jobs = plan_jobs(&in);
    job_env env = {&in, o, dest, &jobs};
    int workers = o->jobs > 0 ? o->jobs : (int)sysconf(_SC_NPROCESSORS_ONLN);
    bool progress = !o->quiet && isatty(fileno(err)) && jobs.n >= 50;
    bool ok = run_jobs(&env, &jobs, workers, progress, &error);
    if (ok && !output_interrupted()) {
        /* the hashes are known now: the verification page, then the
         * manifest that lists it too */
        add_job(&jobs, JOB_SITE_VERIFY, 0, xstrdup(SITE_VERIFY));
        ok = run_job(&env, &jobs.jobs[jobs.n - 1], &error);
    }
    if (ok && !output_interrupted())
        ok = write_manifest(&env, &jobs, &error);
    job_list_clear(&jobs);
    if (!ok || output_interrupted()) {
        int status = EXIT_FAILURE_OTHER;
        if (output_interrupted()) {
            free(error);
            error = NULL;
            status = stopped(err, output_interrupted());
        } else {
            char *message = output_message(dest, error);
            fprintf(err, W_BUILD_NOTHING_WRITTEN, message);
            free(message);
            free(error);
            error = NULL;
        }
        if (!output_abort(dest, &error)) {
            print_lines(err, error, ".");
            free(error);
        }
        inputs_clear(&in);
        return status;
    }
    output_status done = output_commit(dest, o->force, &error);
    if (done != OUTPUT_DONE) {
        int status = done == OUTPUT_REFUSED ? EXIT_BAD_INPUT : EXIT_FAILURE_OTHER;
        if (done == OUTPUT_INTERRUPTED)
            status = stopped(err, output_interrupted());
        if (error)
            print_lines(err, error, ".");
        free(error);
        inputs_clear(&in);
        return status;
    }
    fprintf(out, W_BUILD_DONE, r->n_bodies, r->event->n_categories, o->out_dir);
    inputs_clear(&in);
    return EXIT_OK;
}

int build_check(const build_options *o, FILE *out, FILE *err)
{
    problems *pr = problems_new();
    inputs in;
    int status = EXIT_OK;
    if (!inputs_load(o, pr, &in)) {
        status = report_problems(pr, err);
    } else {
        /* every document is made in memory, so that check finds whatever
         * build would, writing nothing */
        job_list jobs = plan_jobs(&in);
        job_env env = {&in, o, NULL, &jobs};
        char *error = NULL;
        if (!run_jobs(&env, &jobs, o->jobs > 0 ? o->jobs : (int)sysconf(_SC_NPROCESSORS_ONLN),
                      false, &error)) {
            fprintf(err, "anugerah: %s\n", error ? error : W_BUILD_DOCUMENT_FAILED);
            status = EXIT_FAILURE_OTHER;
        } else {
            fprintf(out, W_BUILD_CHECK_DONE, in.round->n_bodies, in.round->event->n_categories);
        }
        free(error);
        job_list_clear(&jobs);
        inputs_clear(&in);
    }
    problems_free(pr);
    return status;
}

int build_verify(const char *dir, FILE *out, FILE *err)
{
    problems *pr = problems_new();
    long checked = manifest_check(dir, pr);
    int status = EXIT_OK;
    if (checked < 0) {
        problems_print(pr, err);
        status = EXIT_BAD_INPUT;
    } else if (problems_count(pr) > 0) {
        problems_print(pr, err);
        fprintf(err, W_BUILD_VERIFY_PROBLEMS, problems_count(pr), dir);
        status = EXIT_FAILURE_OTHER;
    } else {
        int status_of = manifest_status(dir);
        fprintf(out, W_BUILD_VERIFY_DONE, checked,
                status_of == 1   ? W_BUILD_VERIFY_DRAFT
                : status_of == 2 ? W_BUILD_VERIFY_FINAL
                                 : "");
    }
    problems_free(pr);
    return status;
}
