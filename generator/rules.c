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

score_t rules_part_score(decimal d)
{
    return decimal_round2(d);
}

static score_t final_score(const kip_event *e, const kip_body *b)
{
    if (b->has_nilai)
        return decimal_round2(b->nilai);
    score_t *weights = xcalloc(e->n_stages ? e->n_stages : 1, sizeof(score_t));
    for (size_t i = 0; i < e->n_stages; i++)
        weights[i] = e->stages[i].bobot;
    score_t s = decimal_weighted(b->stage, weights, e->n_stages);
    free(weights);
    return s;
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

kip_round *rules_apply(kip_event *e, kip_body *bodies, size_t n)
{
    kip_round *r = xcalloc(1, sizeof(kip_round));
    r->event = e;
    r->bodies = bodies;
    r->n_bodies = n;

    for (size_t i = 0; i < n; i++) {
        kip_body *b = &bodies[i];
        if (b->status == KIP_DINILAI) {
            b->score = final_score(e, b);
            b->band = rules_band_for(e, b->score);
        } else {
            b->score = 0;
            b->band = e->n_bands - 1;
        }
        b->rank = 0;
    }
    if (n > 0)
        qsort(bodies, n, sizeof(kip_body), body_cmp);

    r->sections = xcalloc(e->n_categories ? e->n_categories : 1, sizeof(kip_section));
    size_t i = 0;
    for (size_t c = 0; c < e->n_categories; c++) {
        kip_section *s = &r->sections[c];
        s->first = i;
        for (; i < n && bodies[i].category == c; i++) {
            kip_body *b = &bodies[i];
            s->count++;
            if (b->status != KIP_DINILAI)
                continue;
            s->ranked++;
            bool tied = s->ranked > 1 && bodies[i - 1].score == b->score;
            b->rank = tied ? bodies[i - 1].rank : (int)s->ranked;
        }
    }
    return r;
}
