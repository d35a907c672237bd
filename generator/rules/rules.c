#include "rules.h"

#include <stdlib.h>
#include <string.h>

#include "labels.h"
#include "util.h"

size_t rules_band_for(const kip_event *e, score_t score)
{
    for (size_t i = 0; i < e->n_bands; i++)
        if (score >= e->bands[i].min)
            return i;
    return e->n_bands - 1;
}

/* Last year's qualification: the archived one when it names a current
 * band, else the current band of last year's score.  The name printed is
 * the archived one when there is one. */
static void previous_band(const kip_event *e, kip_body *b)
{
    b->previous_band_index = rules_band_for(e, b->previous);
    for (size_t i = 0; b->previous_band && i < e->n_bands; i++)
        if (strcmp(e->bands[i].nama, b->previous_band) == 0)
            b->previous_band_index = i;
    b->previous_band_name =
        b->previous_band ? b->previous_band : e->bands[b->previous_band_index].nama;
}

/* A lower band index is the better qualification. */
static void movement_of(const kip_event *e, kip_body *b)
{
    b->move = KIP_MOVE_NONE;
    b->change = 0;
    if (!b->has_previous)
        return;
    previous_band(e, b);
    if (b->status != KIP_DINILAI)
        return;
    b->change = b->score - b->previous;
    b->move = b->band < b->previous_band_index   ? KIP_MOVE_UP
              : b->band > b->previous_band_index ? KIP_MOVE_DOWN
                                                 : KIP_MOVE_SAME;
}

/* Counts of movement, with the exact sum of last year's scores. */
typedef struct {
    kip_movement m;
    __int128 previous_sum; /* hundredths */
} movement_sum;

static void movement_add(movement_sum *a, const kip_body *b)
{
    if (b->move == KIP_MOVE_NONE)
        return;
    a->m.compared++;
    a->m.up += b->move == KIP_MOVE_UP;
    a->m.same += b->move == KIP_MOVE_SAME;
    a->m.down += b->move == KIP_MOVE_DOWN;
    a->previous_sum += b->previous;
}

static kip_movement movement_finish(const movement_sum *a)
{
    kip_movement m = a->m;
    if (m.compared > 0) {
        __int128 n = (__int128)m.compared;
        m.previous_average = (score_t)((2 * a->previous_sum + n) / (2 * n));
    }
    return m;
}

score_t rules_part_score(decimal d)
{
    return decimal_round2(d);
}

static score_t final_score(const kip_event *e, const score_t *weights, const kip_body *b)
{
    if (b->has_nilai)
        return decimal_round2(b->nilai);
    return decimal_weighted(b->stage, weights, e->n_stages);
}

/* Name order for ties: letters without regard to case, then bytes, then id. */
static int name_cmp(const kip_body *x, const kip_body *y)
{
    int c = ascii_casecmp(x->nama, y->nama);
    if (c == 0)
        c = strcmp(x->nama, y->nama);
    if (c == 0)
        c = strcmp(x->id, y->id);
    return c;
}

static int body_cmp(const void *a, const void *b)
{
    const kip_body *x = a, *y = b;
    if (x->category != y->category)
        return x->category < y->category ? -1 : 1;
    bool xr = x->status == KIP_DINILAI, yr = y->status == KIP_DINILAI;
    if (xr != yr)
        return xr ? -1 : 1;
    if (xr && x->score != y->score)
        return x->score > y->score ? -1 : 1;
    return name_cmp(x, y);
}

/* Accumulates exact sums, then rounds the average once. */
typedef struct {
    decimal sum;
    size_t count;
    score_t best;
} stat_sum;

static void stat_add(stat_sum *a, decimal d)
{
    decimal_add(&a->sum, d);
    score_t s = decimal_round2(d);
    if (a->count == 0 || s > a->best)
        a->best = s;
    a->count++;
}

static kip_stat stat_finish(const stat_sum *a)
{
    kip_stat s = {a->count, 0, a->best};
    if (a->count > 0)
        s.average = decimal_round2(decimal_mean(a->sum, a->count));
    return s;
}

static void section_stats(const kip_event *e, const kip_body *bodies, kip_section *s)
{
    stat_sum final = {0};
    stat_sum *st = xcalloc(e->n_stages + 1, sizeof(stat_sum));
    stat_sum *in = xcalloc(e->n_indicators + 1, sizeof(stat_sum));
    for (size_t i = s->first; i < s->first + s->count; i++) {
        const kip_body *b = &bodies[i];
        if (b->status != KIP_DINILAI)
            continue;
        stat_add(&final, decimal_from_score(b->score));
        for (size_t k = 0; k < e->n_stages; k++)
            if (b->has_stage[k])
                stat_add(&st[k], b->stage[k]);
        for (size_t k = 0; k < e->n_indicators; k++)
            if (b->has_indicator[k])
                stat_add(&in[k], b->indicator[k]);
    }
    s->final = stat_finish(&final);
    s->stages = xcalloc(e->n_stages + 1, sizeof(kip_stat));
    s->indicators = xcalloc(e->n_indicators + 1, sizeof(kip_stat));
    for (size_t k = 0; k < e->n_stages; k++)
        s->stages[k] = stat_finish(&st[k]);
    for (size_t k = 0; k < e->n_indicators; k++)
        s->indicators[k] = stat_finish(&in[k]);
    free(st);
    free(in);
}

void rules_check(const kip_event *e, const kip_body *bodies, size_t n, const char *scores_path,
                 problems *pr)
{
    for (size_t a = 0; a < e->n_awards; a++)
        for (size_t k = 0; k < e->awards[a].n_ids; k++) {
            bool found = false;
            for (size_t i = 0; i < n && !found; i++)
                found = bodies[i].id && strcmp(bodies[i].id, e->awards[a].ids[k]) == 0;
            if (!found)
                problems_add(pr, scores_path, 0, W_RULES_AWARD_UNKNOWN_ID, e->awards[a].kode,
                             e->awards[a].ids[k]);
        }
}

static bool in_list(const size_t *list, size_t n, size_t v)
{
    for (size_t i = 0; i < n; i++)
        if (list[i] == v)
            return true;
    return false;
}

static bool receives(const kip_award *a, const kip_body *b)
{
    if (a->n_categories > 0 && !in_list(a->categories, a->n_categories, b->category))
        return false;
    switch (a->rule) {
    case KIP_AWARD_BY_BAND:
        return b->status == KIP_DINILAI && in_list(a->bands, a->n_bands, b->band);
    case KIP_AWARD_BY_RANK:
        return b->rank >= 1 && b->rank <= a->ranks;
    case KIP_AWARD_BY_ID:
        for (size_t k = 0; k < a->n_ids; k++)
            if (strcmp(a->ids[k], b->id) == 0)
                return true;
        return false;
    }
    return false;
}

/* "I".."XII" for months */
static const char *roman_month(int m)
{
    static const char *const r[12] = {"I",   "II",   "III", "IV", "V",  "VI",
                                      "VII", "VIII", "IX",  "X",  "XI", "XII"};
    return m >= 1 && m <= 12 ? r[m - 1] : "";
}

/* The pattern with its placeholders filled; `urut` padded to `width`. */
static char *certificate_number(const kip_event *e, const char *pattern, int urut, int width,
                                const char *kategori)
{
    size_t cap = strlen(pattern) + 64 + strlen(kategori), len = 0;
    char *out = xmalloc(cap);
    for (const char *p = pattern; *p;) {
        char piece[64];
        const char *put = NULL;
        size_t skip = 0;
        if (strncmp(p, "{urut}", 6) == 0) {
            snprintf(piece, sizeof piece, "%0*d", width, urut);
            put = piece, skip = 6;
        } else if (strncmp(p, "{tahun}", 7) == 0) {
            snprintf(piece, sizeof piece, "%d", e->tahun);
            put = piece, skip = 7;
        } else if (strncmp(p, "{bulan}", 7) == 0) {
            snprintf(piece, sizeof piece, "%02d", e->tanggal.month);
            put = piece, skip = 7;
        } else if (strncmp(p, "{bulan_romawi}", 14) == 0) {
            put = roman_month(e->tanggal.month), skip = 14;
        } else if (strncmp(p, "{kategori}", 10) == 0) {
            put = kategori, skip = 10;
        }
        if (put) {
            size_t n = strlen(put);
            if (len + n + 1 > cap)
                out = xrealloc(out, cap = 2 * (len + n + 1));
            memcpy(out + len, put, n);
            len += n;
            p += skip;
        } else {
            if (len + 2 > cap)
                out = xrealloc(out, cap *= 2);
            out[len++] = *p++;
        }
    }
    out[len] = '\0';
    return out;
}

/* Every award of the event to the bodies that receive it, numbered. */
static void award_all(kip_round *r)
{
    const kip_event *e = r->event;
    size_t cap = 0;
    for (size_t a = 0; a < e->n_awards; a++)
        for (size_t c = 0; c < e->n_categories; c++) {
            const kip_section *s = &r->sections[c];
            for (size_t i = s->first; i < s->first + s->count; i++) {
                kip_body *b = &r->bodies[i];
                if (!receives(&e->awards[a], b))
                    continue;
                if (r->n_certificates == cap)
                    r->certificates = xrealloc(r->certificates, (cap = cap ? 2 * cap : 64)
                                                                    * sizeof(kip_certificate));
                b->awards |= 1ULL << a;
                r->certificates[r->n_certificates] =
                    (kip_certificate){a, i, (int)r->n_certificates + 1, NULL};
                r->n_certificates++;
            }
        }
    int width = 3;
    for (size_t n = r->n_certificates; n >= 1000; n /= 10)
        width++;
    for (size_t k = 0; e->piagam_nomor && k < r->n_certificates; k++) {
        kip_certificate *cert = &r->certificates[k];
        const char *kategori = e->categories[r->bodies[cert->body].category].kode;
        cert->nomor = certificate_number(e, e->piagam_nomor, cert->urut, width, kategori);
    }
}

/* The band a year of history names: the current band of its archived
 * qualification's name, else of its score; the lowest without either. */
static size_t history_band(const kip_event *e, const kip_year *y)
{
    for (size_t i = 0; y->kualifikasi && i < e->n_bands; i++)
        if (strcmp(e->bands[i].nama, y->kualifikasi) == 0)
            return i;
    return y->has_nilai ? rules_band_for(e, y->nilai) : e->n_bands - 1;
}

static void history_add(kip_body *b, kip_year y)
{
    b->history = xrealloc(b->history, (b->n_history + 1) * sizeof(kip_year));
    b->history[b->n_history++] = y;
}

/* The body's history completed: last year's score when only the scores
 * file gives it, then this year; each year's band. */
static void history_of(const kip_event *e, int previous_year, kip_body *b)
{
    int last = b->n_history ? b->history[b->n_history - 1].tahun : 0;
    if (b->has_previous && previous_year > last)
        history_add(
            b, (kip_year){previous_year, true, b->previous, xstrdup(b->previous_band_name), 0});
    bool scored = b->status == KIP_DINILAI;
    history_add(b, (kip_year){e->tahun, scored, scored ? b->score : 0,
                              xstrdup(e->bands[b->band].nama), b->band});
    for (size_t k = 0; k < b->n_history; k++) {
        kip_year *y = &b->history[k];
        y->band = history_band(e, y);
        if (!y->kualifikasi)
            y->kualifikasi = xstrdup(e->bands[y->band].nama);
    }
}

/* Years 1900..9999 in which some body of the round has a history: the
 * rounds that were held. */
#define FIRST_YEAR 1900
#define LAST_YEAR 9999

static bool top_year(const kip_year *y)
{
    return y->has_nilai && y->band == 0;
}

/* The run of rounds in the top band ending with this one, and whether
 * this is the first time, from the body's history and the rounds held. */
static void top_facts(const bool *held, kip_body *b)
{
    b->top_streak = 0;
    b->top_first = false;
    const kip_year *h = b->history;
    size_t n = b->n_history;
    if (n == 0 || !top_year(&h[n - 1]))
        return;
    int year = h[n - 1].tahun;
    for (size_t k = n; k-- > 0;) {
        if (h[k].tahun != year || !top_year(&h[k]))
            break;
        b->top_streak++;
        /* the round held before this one */
        do
            year--;
        while (year >= FIRST_YEAR && !held[year - FIRST_YEAR]);
    }
    bool before = false;
    for (size_t k = 0; k + 1 < n; k++)
        before = before || top_year(&h[k]);
    b->top_first = n >= 2 && !before;
}

kip_round *rules_apply(kip_event *e, kip_body *bodies, size_t n, int previous_year)
{
    kip_round *r = xcalloc(1, sizeof(kip_round));
    r->event = e;
    r->bodies = bodies;
    r->n_bodies = n;

    score_t *weights = xcalloc(e->n_stages ? e->n_stages : 1, sizeof(score_t));
    for (size_t k = 0; k < e->n_stages; k++)
        weights[k] = e->stages[k].bobot;
    for (size_t i = 0; i < n; i++) {
        kip_body *b = &bodies[i];
        if (b->status == KIP_DINILAI) {
            b->score = final_score(e, weights, b);
            b->band = rules_band_for(e, b->score);
        } else {
            b->score = 0;
            b->band = e->n_bands - 1;
        }
        b->rank = 0;
        b->awards = 0;
        movement_of(e, b);
        if (b->has_previous && !r->previous_year)
            r->previous_year = previous_year ? previous_year : e->tahun - 1;
    }
    free(weights);
    bool *held = xcalloc(LAST_YEAR - FIRST_YEAR + 1, sizeof(bool));
    for (size_t i = 0; i < n; i++) {
        history_of(e, previous_year ? previous_year : e->tahun - 1, &bodies[i]);
        for (size_t k = 0; k < bodies[i].n_history; k++) {
            int y = bodies[i].history[k].tahun;
            if (y >= FIRST_YEAR && y <= LAST_YEAR)
                held[y - FIRST_YEAR] = true;
        }
    }
    for (size_t i = 0; i < n; i++)
        top_facts(held, &bodies[i]);
    free(held);
    if (n > 0)
        qsort(bodies, n, sizeof(kip_body), body_cmp);

    r->sections = xcalloc(e->n_categories ? e->n_categories : 1, sizeof(kip_section));
    r->per_band = xcalloc(e->n_bands, sizeof(size_t));
    movement_sum all = {0};
    size_t i = 0;
    for (size_t c = 0; c < e->n_categories; c++) {
        kip_section *s = &r->sections[c];
        movement_sum moved = {0};
        s->first = i;
        s->per_band = xcalloc(e->n_bands, sizeof(size_t));
        for (; i < n && bodies[i].category == c; i++) {
            kip_body *b = &bodies[i];
            s->count++;
            s->per_band[b->band]++;
            r->per_band[b->band]++;
            movement_add(&moved, b);
            movement_add(&all, b);
            if (b->status != KIP_DINILAI)
                continue;
            s->ranked++;
            bool tied = s->ranked > 1 && bodies[i - 1].score == b->score;
            b->rank = tied ? bodies[i - 1].rank : (int)s->ranked;
        }
        s->movement = movement_finish(&moved);
        r->ranked += s->ranked;
        section_stats(e, bodies, s);
    }
    r->movement = movement_finish(&all);
    award_all(r);
    return r;
}
