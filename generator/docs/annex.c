#include "annex.h"

#include <stdio.h>
#include <stdlib.h>

#include "labels.h"
#include "layout.h"
#include "text.h"
#include "util.h"

#define HEAD_SIZE 11.5
#define CATEGORY_SIZE 12.0
#define GROUP_SIZE 10.5
#define TABLE_SIZE 10.0
#define CLOSING_SIZE 10.5
#define LEADING 1.25    /* as the layout layer's lines */
#define SIGN_SPACE 70.0 /* between the signatory's title and name */

/* The decree's heading, centred: whose decree, its number, date and
 * subject; dots where the number or the date is still to be written. */
static void heading(layout_doc *d, const kip_round *r)
{
    const kip_event *e = r->event;
    const kip_decree *k = &e->keputusan;
    char *whose = text_upper(e->penyelenggara);
    char *line = xasprintf(W_ANNEX_OF, whose);
    layout_paragraph(d, line, LAYOUT_SANS_BOLD, HEAD_SIZE, LAYOUT_CENTER, LAYOUT_BLACK);
    free(line);
    free(whose);

    line = xasprintf(W_ANNEX_NUMBER, e->has_keputusan && k->nomor ? k->nomor : W_ANNEX_TO_FILL);
    layout_paragraph(d, line, LAYOUT_SANS, HEAD_SIZE, LAYOUT_CENTER, LAYOUT_BLACK);
    free(line);

    char date[64];
    if (e->has_keputusan && k->has_tanggal)
        label_date(&k->tanggal, date, sizeof date);
    else
        snprintf(date, sizeof date, "%s", W_ANNEX_TO_FILL);
    line = xasprintf(W_ANNEX_DATE, date);
    layout_paragraph(d, line, LAYOUT_SANS, HEAD_SIZE, LAYOUT_CENTER, LAYOUT_BLACK);
    free(line);

    char *about = e->has_keputusan && k->tentang ? xstrdup(k->tentang)
                                                 : xasprintf(W_ANNEX_ABOUT_STANDARD, e->tahun);
    char *upper = text_upper(about);
    line = xasprintf(W_ANNEX_ABOUT, upper);
    layout_paragraph(d, line, LAYOUT_SANS, HEAD_SIZE, LAYOUT_CENTER, LAYOUT_BLACK);
    free(line);
    free(upper);
    free(about);
    layout_move(d, 20);
}

/* A group's table: No, name, score. */
static void columns(layout_doc *d, layout_column cols[3])
{
    double w = layout_width(d);
    cols[0] = (layout_column){W_ANNEX_COL_NO, 36, LAYOUT_RIGHT};
    cols[1] = (layout_column){W_ANNEX_COL_NAME, w - 36 - 70, LAYOUT_LEFT};
    cols[2] = (layout_column){W_ANNEX_COL_SCORE, 70, LAYOUT_RIGHT};
}

/* Is body i of the group: scored in band `band`, or (band = n_bands) one
 * that did not return the SAQ? */
static bool in_group(const kip_round *r, const kip_body *b, size_t band)
{
    if (band == r->event->n_bands)
        return b->status != KIP_DINILAI;
    return b->status == KIP_DINILAI && b->band == band;
}

static double text_height(layout_doc *d, const char *text, layout_font f, double size)
{
    return (double)layout_line_count(d, text, f, size, layout_width(d)) * size * LEADING;
}

/* The group heading's text (caller frees). */
static char *group_title(const kip_round *r, size_t band)
{
    if (band == r->event->n_bands)
        return xstrdup(W_ANNEX_NO_SAQ);
    return xasprintf(W_ANNEX_BAND, r->event->bands[band].nama);
}

/* The height from a group's heading to the end of its table's first row:
 * what must fit before the heading is drawn. */
static double group_start_height(layout_doc *d, const kip_round *r, size_t band,
                                 const kip_body *first)
{
    char *title = group_title(r, band);
    double h = text_height(d, title, LAYOUT_SANS_BOLD, GROUP_SIZE) + 4;
    free(title);
    if (band == r->event->n_bands) {
        char *note = xasprintf(W_ANNEX_NO_SAQ_NOTE, r->event->bands[r->event->n_bands - 1].nama);
        h += text_height(d, note, LAYOUT_SANS, 9) + 4;
        free(note);
    }
    layout_column cols[3];
    columns(d, cols);
    layout_cell cells[3] = {
        {"000", LAYOUT_SANS, false, LAYOUT_BLACK},
        {first->nama, LAYOUT_SANS, false, LAYOUT_BLACK},
        {"000,00", LAYOUT_SANS, false, LAYOUT_BLACK},
    };
    return h + layout_table_start_height(d, cols, 3, TABLE_SIZE, cells);
}

/* A row of a group's table: its number, the body's name, its score. */
typedef struct {
    char number[24], score[32];
    layout_cell cells[3];
} annex_row;

static void row_of(annex_row *row, size_t no, const kip_body *b)
{
    snprintf(row->number, sizeof row->number, "%zu", no);
    doc_score_text(b, row->score, sizeof row->score);
    row->cells[0] = (layout_cell){row->number, LAYOUT_SANS, false, LAYOUT_BLACK};
    row->cells[1] = (layout_cell){b->nama, LAYOUT_SANS, false, LAYOUT_BLACK};
    row->cells[2] = (layout_cell){row->score, LAYOUT_SANS, false, LAYOUT_BLACK};
}

/* The rows of the document's last table kept with the closing block, so
 * that the signature never stands alone on the last page. */
#define ROWS_KEPT_WITH_CLOSING 2

/* One group of a category, its heading kept with its first row; `tail`,
 * when not 0, is the height of what follows the document's last table
 * (the closing block), kept with its last rows. */
static void group(layout_doc *d, const kip_round *r, const kip_section *s, size_t band, double tail)
{
    const kip_body *first = NULL;
    size_t n = 0;
    for (size_t i = s->first; i < s->first + s->count; i++)
        if (in_group(r, &r->bodies[i], band)) {
            if (!first)
                first = &r->bodies[i];
            n++;
        }
    if (!first)
        return;
    layout_column cols[3];
    columns(d, cols);
    /* The document's last rows go with the closing block: from row
     * `kept_from` on, the rows left, the space after the table and the
     * block must fit on one page. */
    size_t kept_from = n > ROWS_KEPT_WITH_CLOSING ? n - ROWS_KEPT_WITH_CLOSING : 0;
    double kept = tail > 0 ? tail + 12 : 0;
    if (tail > 0) {
        size_t no = 0;
        for (size_t i = s->first; i < s->first + s->count; i++)
            if (in_group(r, &r->bodies[i], band) && no++ >= kept_from) {
                annex_row row;
                row_of(&row, no, &r->bodies[i]);
                kept += layout_row_height(d, cols, 3, TABLE_SIZE, row.cells);
            }
    }
    /* a group of few rows keeps its heading with them too */
    double start = group_start_height(d, r, band, first);
    layout_ensure(d, tail > 0 && kept_from == 0 ? start + kept : start);
    char *title = group_title(r, band);
    layout_paragraph(d, title, LAYOUT_SANS_BOLD, GROUP_SIZE, LAYOUT_LEFT, LAYOUT_BLACK);
    free(title);
    layout_move(d, 4);
    if (band == r->event->n_bands) {
        char *note = xasprintf(W_ANNEX_NO_SAQ_NOTE, r->event->bands[r->event->n_bands - 1].nama);
        layout_paragraph(d, note, LAYOUT_SANS, 9, LAYOUT_LEFT, LAYOUT_GREY);
        layout_move(d, 4);
        free(note);
    }
    layout_table *t = layout_table_begin(d, cols, 3, TABLE_SIZE);
    size_t no = 0;
    for (size_t i = s->first; i < s->first + s->count; i++) {
        const kip_body *b = &r->bodies[i];
        if (!in_group(r, b, band))
            continue;
        if (tail > 0 && no == kept_from && no > 0)
            layout_table_keep(t, kept);
        annex_row row;
        row_of(&row, ++no, b);
        layout_table_row(t, row.cells);
    }
    layout_table_end(t);
    layout_move(d, 12);
}

/* A category: its heading (with a bookmark) kept with the heading and
 * first row of its first group, then its groups from the top band down
 * and the non-respondents last. */
static void category(layout_doc *d, const kip_round *r, size_t c, double tail)
{
    const kip_event *e = r->event;
    const kip_section *s = &r->sections[c];
    char roman[16];
    label_roman((int)c + 1, roman, sizeof roman);
    char *title = xasprintf(W_ANNEX_CATEGORY, roman, e->categories[c].nama);
    double need = text_height(d, title, LAYOUT_SANS_BOLD, CATEGORY_SIZE) + 6;
    if (s->count == 0) {
        need += text_height(d, W_ANNEX_EMPTY, LAYOUT_SANS, TABLE_SIZE) + 12 + tail;
    } else {
        const kip_body *first = &r->bodies[s->first];
        size_t band = first->status == KIP_DINILAI ? first->band : e->n_bands;
        /* the first group is the one of the category's first body: the
         * bodies come by rank, the non-respondents last */
        need += group_start_height(d, r, band, first);
    }
    layout_ensure(d, need);
    layout_bookmark(d, NULL, e->categories[c].nama);
    layout_paragraph(d, title, LAYOUT_SANS_BOLD, CATEGORY_SIZE, LAYOUT_LEFT, LAYOUT_BLACK);
    free(title);
    layout_move(d, 6);
    if (s->count == 0) {
        layout_paragraph(d, W_ANNEX_EMPTY, LAYOUT_SANS, TABLE_SIZE, LAYOUT_LEFT, LAYOUT_BLACK);
        layout_move(d, 12);
        return;
    }
    /* the last group drawn is the non-respondents', or the lowest band
     * that has bodies */
    size_t last = 0;
    for (size_t i = s->first; i < s->first + s->count; i++) {
        const kip_body *b = &r->bodies[i];
        size_t band = b->status == KIP_DINILAI ? b->band : e->n_bands;
        if (band > last)
            last = band;
    }
    for (size_t band = 0; band <= e->n_bands; band++)
        group(d, r, s, band, band == last ? tail : 0);
    layout_move(d, 6);
}

/* The closing block's texts. */
typedef struct {
    char *at, *on, *title;
    double col_w, col_x;
} closing_text;

static closing_text closing_of(layout_doc *d, const kip_round *r)
{
    const kip_event *e = r->event;
    closing_text c = {.col_w = 230};
    c.col_x = layout_left(d) + layout_width(d) - c.col_w;
    char date[64];
    label_date(e->has_keputusan && e->keputusan.has_tanggal ? &e->keputusan.tanggal : &e->tanggal,
               date, sizeof date);
    c.at = xasprintf(W_ANNEX_SET_AT, e->tempat);
    c.on = xasprintf(W_ANNEX_SET_ON, date);
    c.title = xasprintf(W_ANNEX_SIGNATORY, e->penandatangan_jabatan);
    return c;
}

static void closing_clear(closing_text *c)
{
    free(c->at);
    free(c->on);
    free(c->title);
}

#define CLOSING_GAP 10.0 /* above the closing block */

/* The height of the closing block, kept whole on one page. */
static double closing_block_height(layout_doc *d, const kip_round *r, const closing_text *c)
{
    double lh = CLOSING_SIZE * LEADING;
    size_t lines = layout_line_count(d, c->at, LAYOUT_SANS, CLOSING_SIZE, c->col_w)
                   + layout_line_count(d, c->on, LAYOUT_SANS, CLOSING_SIZE, c->col_w)
                   + layout_line_count(d, c->title, LAYOUT_SANS, CLOSING_SIZE, c->col_w)
                   + layout_line_count(d, r->event->penandatangan_nama, LAYOUT_SANS_BOLD,
                                       CLOSING_SIZE, c->col_w);
    return (double)lines * lh + 8 + SIGN_SPACE + 4;
}

/* "Ditetapkan di …, pada tanggal …", the title, the signature and the
 * seal (or the space for them), the name: kept together on one page, in
 * the right half. */
static void closing(layout_doc *d, const kip_round *r)
{
    closing_text c = closing_of(d, r);
    layout_move(d, CLOSING_GAP);
    layout_ensure(d, closing_block_height(d, r, &c));
    layout_paragraph_in(d, c.col_x, c.col_w, c.at, LAYOUT_SANS, CLOSING_SIZE, LAYOUT_CENTER,
                        LAYOUT_BLACK);
    layout_paragraph_in(d, c.col_x, c.col_w, c.on, LAYOUT_SANS, CLOSING_SIZE, LAYOUT_CENTER,
                        LAYOUT_BLACK);
    layout_move(d, 8);
    doc_signatory(d, r, c.title, c.col_x, c.col_w, LAYOUT_SANS, LAYOUT_SANS_BOLD, CLOSING_SIZE,
                  SIGN_SPACE);
    closing_clear(&c);
}

/* The height from the end of the last table to the end of the closing
 * block: the category's trailing space and the block. */
static double closing_tail(layout_doc *d, const kip_round *r)
{
    closing_text c = closing_of(d, r);
    double h = 6 + CLOSING_GAP + closing_block_height(d, r, &c);
    closing_clear(&c);
    return h;
}

bool annex_write(const kip_round *r, doc_target *t, char **error)
{
    doc_strings strs = {0};
    layout_setup setup = doc_setup(r, W_ANNEX_TITLE, &strs);
    setup.outline_open = true;
    layout_doc *d = doc_open(&setup, t, error);
    doc_strings_clear(&strs);
    if (!d)
        return false;
    doc_first_page(d, r);
    heading(d, r);
    size_t n = r->event->n_categories;
    double tail = closing_tail(d, r);
    for (size_t c = 0; c < n; c++)
        category(d, r, c, c + 1 == n ? tail : 0);
    closing(d, r);
    return doc_close(d, t, error);
}
