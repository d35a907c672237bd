#include "columns.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "labels.h"
#include "rules.h"
#include "util.h"

static void add(column_list *l, column_kind kind, size_t part, char *name)
{
    l->cols = xrealloc(l->cols, (l->n + 1) * sizeof(column));
    l->cols[l->n++] = (column){kind, part, name, column_type_of(kind)};
}

column_list columns_of(const kip_round *r)
{
    const kip_event *e = r->event;
    column_list l = {0};
    add(&l, COL_CATEGORY, 0, xstrdup("kategori"));
    add(&l, COL_RANK, 0, xstrdup("peringkat"));
    add(&l, COL_ID, 0, xstrdup("id"));
    add(&l, COL_NAME, 0, xstrdup("nama"));
    add(&l, COL_SCORE, 0, xstrdup("nilai"));
    add(&l, COL_BAND, 0, xstrdup("kualifikasi"));
    add(&l, COL_REGION, 0, xstrdup("wilayah"));
    for (size_t i = 0; i < e->n_stages; i++)
        add(&l, COL_STAGE, i, xasprintf("tahapan_%s", e->stages[i].kode));
    for (size_t i = 0; i < e->n_indicators; i++)
        add(&l, COL_INDICATOR, i, xasprintf("indikator_%s", e->indicators[i].kode));
    add(&l, COL_STATUS, 0, xstrdup("status"));
    add(&l, COL_PREV_SCORE, 0, xstrdup("nilai_sebelumnya"));
    add(&l, COL_PREV_BAND, 0, xstrdup("kualifikasi_sebelumnya"));
    add(&l, COL_CHANGE, 0, xstrdup("perubahan"));
    add(&l, COL_COLOR, 0, xstrdup("warna"));
    add(&l, COL_CERTIFICATES, 0, xstrdup("nomor_piagam"));
    return l;
}

void columns_free(column_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->cols[i].name);
    free(l->cols);
    l->cols = NULL;
    l->n = 0;
}

column_type column_type_of(column_kind kind)
{
    switch (kind) {
    case COL_RANK:
        return COLUMN_INTEGER;
    case COL_SCORE:
    case COL_STAGE:
    case COL_INDICATOR:
    case COL_PREV_SCORE:
    case COL_CHANGE:
        return COLUMN_SCORE;
    default:
        return COLUMN_TEXT;
    }
}

bool column_number(const kip_round *r, column_kind kind, size_t part, size_t body, long long *value)
{
    const kip_body *b = &r->bodies[body];
    switch (kind) {
    case COL_RANK:
        *value = b->rank;
        return b->rank > 0;
    case COL_SCORE:
        *value = b->score;
        return b->status == KIP_DINILAI;
    case COL_STAGE:
        if (!b->has_stage || !b->has_stage[part])
            return false;
        *value = rules_part_score(b->stage[part]);
        return true;
    case COL_INDICATOR:
        if (!b->has_indicator || !b->has_indicator[part])
            return false;
        *value = rules_part_score(b->indicator[part]);
        return true;
    case COL_PREV_SCORE:
        *value = b->previous;
        return b->has_previous;
    case COL_CHANGE:
        *value = b->change;
        return b->move != KIP_MOVE_NONE;
    default:
        return false;
    }
}

char *column_color_hex(kip_rgb c, char *buf, size_t size)
{
    double v[3] = {c.r, c.g, c.b};
    int n[3];
    for (int i = 0; i < 3; i++)
        n[i] = (int)lround(fmin(1.0, fmax(0.0, v[i])) * 255.0);
    snprintf(buf, size, "#%02X%02X%02X", n[0], n[1], n[2]);
    return buf;
}

const char *column_status_words(kip_status s)
{
    return s == KIP_DINILAI ? W_STATUS_SCORED : LABEL_NO_SAQ;
}

size_t column_certificates(const kip_round *r, size_t body, char ***numbers)
{
    size_t n = 0;
    *numbers = NULL;
    if (r->draft)
        return 0; /* a draft has no certificates */
    for (size_t k = 0; k < r->n_certificates; k++) {
        const kip_certificate *c = &r->certificates[k];
        if (c->body != body)
            continue;
        *numbers = xrealloc(*numbers, (n + 1) * sizeof(char *));
        (*numbers)[n++] = c->nomor ? xstrdup(c->nomor) : xasprintf("%d", c->urut);
    }
    return n;
}

char *column_text(const kip_round *r, column_kind kind, size_t part, size_t body)
{
    const kip_event *e = r->event;
    const kip_body *b = &r->bodies[body];
    long long v;
    char buf[32];
    switch (kind) {
    case COL_CATEGORY:
        return xstrdup(e->categories[b->category].kode);
    case COL_ID:
        return xstrdup(b->id);
    case COL_NAME:
        return xstrdup(b->nama);
    case COL_BAND:
        return xstrdup(e->bands[b->band].nama);
    case COL_REGION:
        return xstrdup(b->wilayah ? b->wilayah : "");
    case COL_STATUS:
        return xstrdup(column_status_words(b->status));
    case COL_PREV_BAND:
        return xstrdup(b->has_previous ? b->previous_band_name : "");
    case COL_COLOR:
        return xstrdup(column_color_hex(e->bands[b->band].color, buf, sizeof buf));
    case COL_CERTIFICATES: {
        char **numbers;
        size_t n = column_certificates(r, body, &numbers);
        size_t len = 1;
        for (size_t i = 0; i < n; i++)
            len += strlen(numbers[i]) + 2;
        char *text = xcalloc(len, 1);
        for (size_t i = 0; i < n; i++) {
            if (i > 0)
                strcat(text, "; ");
            strcat(text, numbers[i]);
            free(numbers[i]);
        }
        free(numbers);
        return text;
    }
    case COL_RANK:
        if (!column_number(r, kind, part, body, &v))
            return xstrdup("");
        return xasprintf("%lld", v);
    case COL_SCORE:
    case COL_STAGE:
    case COL_INDICATOR:
    case COL_PREV_SCORE:
    case COL_CHANGE:
        if (!column_number(r, kind, part, body, &v))
            return xstrdup("");
        return xstrdup(score_format_point(v, buf, sizeof buf));
    }
    return xstrdup("");
}
