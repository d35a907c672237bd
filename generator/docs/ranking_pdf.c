#include "ranking_pdf.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc_common.h"
#include "labels.h"
#include "layout.h"
#include "util.h"

#define TABLE_SIZE 9.5
/* A narrow column holding a qualification's colour beside its name, which
 * is printed black: the name carries the meaning, the colour only helps. */
#define SWATCH_W 12

static void title_block(layout_doc *d, const kip_round *r)
{
    const kip_event *e = r->event;
    char date[64];
    label_date(&e->tanggal, date, sizeof date);
    char *line = xasprintf(W_RANK_ROUND, e->tahun);
    char *where = xasprintf(W_PLACE_DATE, e->tempat, date);

    layout_move(d, 6);
    layout_paragraph(d, W_RANK_HEADING, LAYOUT_SANS_BOLD, 16, LAYOUT_CENTER, LAYOUT_BLACK);
    layout_move(d, 4);
    layout_paragraph(d, e->judul, LAYOUT_SANS_BOLD, 12.5, LAYOUT_CENTER, LAYOUT_BLACK);
    layout_paragraph(d, line, LAYOUT_SANS, 10.5, LAYOUT_CENTER, LAYOUT_BLACK);
    layout_paragraph(d, e->penyelenggara, LAYOUT_SANS, 10.5, LAYOUT_CENTER, LAYOUT_BLACK);
    layout_paragraph(d, where, LAYOUT_SANS, 10.5, LAYOUT_CENTER, LAYOUT_GREY);
    layout_move(d, 18);
    free(line);
    free(where);
}

static void heading(layout_doc *d, const char *text)
{
    layout_ensure(d, 60);
    layout_paragraph(d, text, LAYOUT_SANS_BOLD, 12.5, LAYOUT_LEFT, LAYOUT_BLACK);
    layout_move(d, 4);
}

/* The summary: per category the number of bodies, the scored bodies in each
 * qualification and the bodies that did not return the SAQ, then the
 * totals.  Every body is counted in exactly one column, so each row adds
 * up to its "Jumlah"; a note under the table says where the non-respondents
 * went.  Figures are black; each band's colour is a bar under its heading. */
static void summary(layout_doc *d, const kip_round *r)
{
    const kip_event *e = r->event;
    size_t nb = e->n_bands;
    size_t ncols = nb + 3;
    double total_w = layout_width(d);
    /* Band columns just wide enough for the longest word of any band name,
     * so headings wrap between words; the category column takes the rest. */
    double num_w = 46, band_w = 40;
    for (size_t b = 0; b < nb; b++) {
        char *name = xstrdup(e->bands[b].nama);
        for (char *save = NULL, *w = strtok_r(name, " ", &save); w;
             w = strtok_r(NULL, " ", &save)) {
            double ww = layout_text_width(d, w, LAYOUT_SANS_BOLD, TABLE_SIZE) + 12;
            if (ww > band_w)
                band_w = ww;
        }
        free(name);
    }
    if (band_w > (total_w - 2 * num_w - 110) / (double)nb)
        band_w = (total_w - 2 * num_w - 110) / (double)nb;
    double cat_w = total_w - 2 * num_w - band_w * (double)nb;

    layout_column *cols = xcalloc(ncols, sizeof(layout_column));
    cols[0] = (layout_column){W_RANK_COL_CATEGORY, cat_w, LAYOUT_LEFT};
    cols[1] = (layout_column){W_RANK_COL_TOTAL, num_w, LAYOUT_RIGHT};
    for (size_t b = 0; b < nb; b++)
        cols[2 + b] = (layout_column){e->bands[b].nama, band_w, LAYOUT_RIGHT};
    cols[ncols - 1] = (layout_column){W_RANK_COL_NO_SAQ, num_w, LAYOUT_RIGHT};

    size_t ranked = 0;
    for (size_t c = 0; c < e->n_categories; c++)
        ranked += r->sections[c].ranked;
    char **texts = xcalloc(ncols, sizeof(char *));
    layout_cell *cells = xcalloc(ncols, sizeof(layout_cell));
    layout_table *t = layout_table_begin(d, cols, ncols, TABLE_SIZE);
    for (size_t b = 0; b < nb; b++)
        layout_table_swatch(t, 2 + b, doc_band_color(r, b), LAYOUT_SWATCH_BAR);
    for (size_t c = 0; c <= e->n_categories; c++) {
        bool total_row = c == e->n_categories;
        /* a row: bodies, the scored bodies in each band, non-respondents */
        size_t *counts = xcalloc(ncols, sizeof(size_t));
        const size_t *per_band = total_row ? r->per_band : r->sections[c].per_band;
        counts[1] = total_row ? r->n_bodies : r->sections[c].count;
        size_t no_saq = counts[1] - (total_row ? ranked : r->sections[c].ranked);
        for (size_t b = 0; b < nb; b++)
            counts[2 + b] = per_band[b];
        /* The rules put the non-respondents in the lowest band; here they
         * have their own column instead. */
        assert(counts[2 + nb - 1] >= no_saq);
        counts[2 + nb - 1] -= no_saq;
        counts[ncols - 1] = no_saq;
        for (size_t k = 0; k < ncols; k++) {
            free(texts[k]);
            texts[k] = k == 0 ? xstrdup(total_row ? W_RANK_COL_TOTAL : e->categories[c].nama)
                              : xasprintf("%zu", counts[k]);
            cells[k].text = texts[k];
            cells[k].font = total_row ? LAYOUT_SANS_BOLD : LAYOUT_SANS;
            cells[k].colored = false;
        }
        layout_table_row(t, cells);
        free(counts);
    }
    layout_table_end(t);
    for (size_t k = 0; k < ncols; k++)
        free(texts[k]);
    free(texts);
    free(cells);
    free(cols);

    char *note = xasprintf(W_RANK_SUMMARY_NOTE, e->bands[nb - 1].nama);
    layout_move(d, 5);
    layout_paragraph(d, note, LAYOUT_SANS, 8.5, LAYOUT_LEFT, LAYOUT_BLACK);
    free(note);
}

/* The bands and their ranges, as the decree states them. */
static void band_legend(layout_doc *d, const kip_round *r)
{
    const kip_event *e = r->event;
    layout_move(d, 16);
    heading(d, W_RANK_BANDS);
    layout_column cols[3] = {
        {"", SWATCH_W, LAYOUT_CENTER},
        {W_RANK_COL_BAND, 180 - SWATCH_W, LAYOUT_LEFT},
        {W_RANK_COL_RANGE, 120, LAYOUT_LEFT},
    };
    layout_table *t = layout_table_begin(d, cols, 3, TABLE_SIZE);
    for (size_t b = 0; b < e->n_bands; b++) {
        char lo[32], hi[32], range[80];
        score_format_id(e->bands[b].min, lo, sizeof lo);
        if (b == 0)
            snprintf(range, sizeof range, "%s \u2013 100", lo);
        else
            snprintf(range, sizeof range, "%s \u2013 < %s", lo,
                     score_format_id(e->bands[b - 1].min, hi, sizeof hi));
        layout_cell cells[3] = {
            {"", LAYOUT_SANS, false, LAYOUT_BLACK},
            {e->bands[b].nama, LAYOUT_SANS_BOLD, false, LAYOUT_BLACK},
            {range, LAYOUT_SANS, false, LAYOUT_BLACK},
        };
        layout_table_row(t, cells);
        layout_table_swatch(t, 0, doc_band_color(r, b), LAYOUT_SWATCH_SQUARE);
    }
    layout_table_end(t);
}

static void category_table(layout_doc *d, const kip_round *r, size_t c, layout_mark parent)
{
    const kip_event *e = r->event;
    const kip_section *s = &r->sections[c];
    layout_new_page(d);
    char *title = xasprintf("%zu. %s", c + 1, e->categories[c].nama);
    layout_bookmark(d, parent, e->categories[c].nama);
    heading(d, title);
    free(title);
    char *sub = s->count == s->ranked ? xasprintf(W_RANK_SCORED, s->count)
                                      : xasprintf(W_RANK_SCORED_AND_NOT, s->count, s->ranked,
                                                  s->count - s->ranked, LABEL_NO_SAQ);
    layout_paragraph(d, sub, LAYOUT_SANS, 9.5, LAYOUT_LEFT, LAYOUT_GREY);
    free(sub);
    layout_move(d, 8);

    if (s->count == 0) {
        layout_paragraph(d, W_RANK_EMPTY, LAYOUT_SANS, 10, LAYOUT_LEFT, LAYOUT_BLACK);
        return;
    }
    double w = layout_width(d);
    layout_column cols[5] = {
        {W_RANK_COL_RANK, 58, LAYOUT_CENTER},
        {W_RANK_COL_NAME, w - 58 - 62 - 150, LAYOUT_LEFT},
        {W_RANK_COL_SCORE, 62, LAYOUT_RIGHT},
        {"", SWATCH_W, LAYOUT_CENTER},
        {W_RANK_COL_BAND, 150 - SWATCH_W, LAYOUT_LEFT},
    };
    layout_table *t = layout_table_begin(d, cols, 5, TABLE_SIZE);
    for (size_t i = s->first; i < s->first + s->count; i++) {
        const kip_body *b = &r->bodies[i];
        char rank[16], score[32];
        if (b->rank > 0)
            snprintf(rank, sizeof rank, "%d", b->rank);
        else
            snprintf(rank, sizeof rank, "\u2013");
        doc_score_text(b, score, sizeof score);
        char *qual = b->status == KIP_DINILAI
                         ? xstrdup(e->bands[b->band].nama)
                         : xasprintf("%s\n(%s)", e->bands[b->band].nama, LABEL_NO_SAQ);
        layout_cell cells[5] = {
            {rank, LAYOUT_SANS, false, LAYOUT_BLACK},
            {b->nama, LAYOUT_SANS, false, LAYOUT_BLACK},
            {score, LAYOUT_SANS, false, LAYOUT_BLACK},
            {"", LAYOUT_SANS, false, LAYOUT_BLACK},
            {qual, LAYOUT_SANS_BOLD, false, LAYOUT_BLACK},
        };
        layout_table_row(t, cells);
        layout_table_swatch(t, 3, doc_band_color(r, b->band), LAYOUT_SWATCH_SQUARE);
        free(qual);
    }
    layout_table_end(t);
}

bool ranking_pdf_write(const kip_round *r, doc_target *t, char **error)
{
    doc_strings strs = {0};
    layout_setup setup = doc_setup(r, W_RANK_TITLE, &strs);
    setup.outline_open = true;
    layout_doc *d = doc_open(&setup, t, error);
    doc_strings_clear(&strs);
    if (!d)
        return false;

    doc_first_page(d, r);
    layout_bookmark(d, NULL, W_RANK_SUMMARY);
    title_block(d, r);
    heading(d, W_RANK_SUMMARY);
    summary(d, r);
    band_legend(d, r);
    for (size_t c = 0; c < r->event->n_categories; c++)
        category_table(d, r, c, NULL);

    return doc_close(d, t, error);
}
