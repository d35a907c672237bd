#include "rules.h"

#include <stdlib.h>
#include <string.h>

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
            b->awards = (b->band == 0 ? KIP_AWARD_TOP_BAND : 0)
                        | (b->rank <= 3 ? KIP_AWARD_PODIUM : 0);
            s->awarded += b->awards != 0;
        }
        s->movement = movement_finish(&moved);
        r->ranked += s->ranked;
        section_stats(e, bodies, s);
    }
    r->movement = movement_finish(&all);
    return r;
}
