#include "scorecard.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "doc_common.h"
#include "labels.h"
#include "layout.h"
#include "pdfjoin.h"
#include "rules.h"
#include "text.h"
#include "util.h"

static const layout_rgb PANEL = {0.955, 0.962, 0.972};
static const layout_rgb BAR = {0.16, 0.33, 0.55};
static const layout_rgb UP = {0.09, 0.49, 0.22};
static const layout_rgb DOWN = {0.74, 0.11, 0.11};

#define QR_SIZE 51.0    /* the QR code of the body's page: 1.8 cm a side */
#define QR_TEXT_W 140.0 /* the address under it, right-aligned */
#define QR_TEXT_SIZE 6.0

static double to_double(score_t s)
{
    return (double)s / 100.0;
}

/* "rata-rata 84,12 · terbaik 96,50" with the weight when there is one. */
static char *detail_text(score_t bobot, const kip_stat *st)
{
    char w[48] = "", n[32], avg[32], best[32];
    if (bobot > 0) {
        /* "80 %" for whole weights, "33,33 %" otherwise */
        if (bobot % 100 == 0)
            snprintf(n, sizeof n, "%lld", (long long)bobot / 100);
        else
            score_format_id(bobot, n, sizeof n);
        snprintf(w, sizeof w, W_CARD_WEIGHT, n);
    }
    if (st->count == 0)
        return xasprintf("%s", bobot > 0 ? w : "");
    return xasprintf(W_CARD_AVERAGE_BEST, w, score_format_id(st->average, avg, sizeof avg),
                     score_format_id(st->best, best, sizeof best));
}

/* The bars of the stages or indicators; nothing when the body has none.
 * A chart that runs over the page names the body in its continued title. */
static void parts_chart(layout_doc *d, const char *title, const char *body, const kip_part *parts,
                        size_t n, const bool *has, const decimal *values, const kip_stat *stats)
{
    bool any = false;
    for (size_t i = 0; i < n; i++)
        any = any || has[i];
    if (!any)
        return;
    chart_row *rows = xcalloc(n, sizeof(chart_row));
    char **texts = xcalloc(2 * n, sizeof(char *));
    for (size_t i = 0; i < n; i++) {
        score_t v = has[i] ? rules_part_score(values[i]) : 0;
        texts[2 * i] = xmalloc(32);
        if (has[i])
            score_format_id(v, texts[2 * i], 32);
        else
            snprintf(texts[2 * i], 32, "\u2013");
        texts[2 * i + 1] = detail_text(parts[i].bobot, &stats[i]);
        rows[i] = (chart_row){
            .label = parts[i].nama,
            .detail = texts[2 * i + 1][0] ? texts[2 * i + 1] : NULL,
            .has_value = has[i],
            .value = to_double(v),
            .value_text = texts[2 * i],
            .has_marks = stats[i].count > 0,
            .mark_a = to_double(stats[i].average),
            .mark_b = to_double(stats[i].best),
        };
    }
    char *continued = xasprintf(W_CARD_CONTINUED, title, body);
    chart_style style = {title,       continued, BAR, W_CARD_MARK_AVERAGE, W_CARD_MARK_BEST,
                         W_CARD_VALUE};
    chart_draw(d, rows, n, &style);
    free(continued);
    for (size_t i = 0; i < 2 * n; i++)
        free(texts[i]);
    free(texts);
    free(rows);
}

/* One labelled value of the score panel. */
static void panel_value(layout_doc *d, double x, double y, double w, const char *label,
                        const char *value, double size, layout_rgb color, const char *note)
{
    layout_text(d, x, y - 12, label, LAYOUT_SANS, 8.5, LAYOUT_LEFT, LAYOUT_GREY);
    double keep = layout_y(d);
    layout_move(d, layout_y(d) - (y - 18));
    layout_paragraph_in(d, x, w, value, LAYOUT_SANS_BOLD, size, LAYOUT_LEFT, color);
    if (note)
        layout_paragraph_in(d, x, w, note, LAYOUT_SANS, 8.5, LAYOUT_LEFT, LAYOUT_GREY);
    layout_move(d, layout_y(d) - keep);
}

static void score_panel(layout_doc *d, const kip_round *r, const kip_body *b)
{
    const kip_event *e = r->event;
    const kip_section *s = &r->sections[b->category];
    layout_rgb band = doc_band_color(r, b->band);
    double x = layout_left(d), w = layout_width(d), h = 84;
    double top = layout_y(d);
    layout_fill_rect(d, x, top - h, w, h, PANEL);
    layout_fill_rect(d, x, top - h, 5, h, band);

    char score[32], rank[64];
    doc_score_text(b, score, sizeof score);
    double col = (w - 20) / 3;
    panel_value(d, x + 18, top - 6, col - 10, W_CARD_FINAL, score, 28, band, NULL);
    panel_value(d, x + 18 + col, top - 6, col - 10, W_CARD_BAND, e->bands[b->band].nama, 15, band,
                NULL);
    if (b->rank > 0) {
        label_rank_of(rank, sizeof rank, b->rank, s->count);
        char *note = xasprintf(W_CARD_IN_CATEGORY, e->categories[b->category].nama);
        panel_value(d, x + 18 + 2 * col, top - 6, col - 10, W_CARD_RANK, rank, 18, LAYOUT_BLACK,
                    note);
        free(note);
    } else {
        char *note = xasprintf("\u2014 %s", LABEL_NO_SAQ);
        panel_value(d, x + 18 + 2 * col, top - 6, col - 10, W_CARD_RANK, W_CARD_UNRANKED, 13,
                    LAYOUT_BLACK, note);
        free(note);
    }
    layout_move(d, h + 6);
    if (s->final.count > 0) {
        char avg[32], best[32];
        char *line = xasprintf(W_CARD_CATEGORY_FINAL, e->categories[b->category].nama,
                               score_format_id(s->final.average, avg, sizeof avg),
                               score_format_id(s->final.best, best, sizeof best));
        layout_paragraph(d, line, LAYOUT_SANS, 8.5, LAYOUT_LEFT, LAYOUT_GREY);
        free(line);
    }
    layout_move(d, 14);
}

/* Last year's score, its qualification, and the change, in a column `w`
 * wide from the left. */
static void year_on_year(layout_doc *d, const kip_round *r, const kip_body *b, double w)
{
    if (!b->has_previous)
        return;
    const kip_event *e = r->event;
    char prev[32], now[32], change[48];
    score_format_id(b->previous, prev, sizeof prev);
    layout_ensure(d, 70);
    char *line = xasprintf(W_CARD_COMPARED, r->previous_year);
    layout_paragraph_in(d, layout_left(d), w, line, LAYOUT_SANS_BOLD, 11, LAYOUT_LEFT,
                        LAYOUT_BLACK);
    free(line);
    layout_move(d, 4);
    line = xasprintf(W_CARD_YEAR_SCORE, r->previous_year, prev, b->previous_band_name);
    layout_paragraph_in(d, layout_left(d), w, line, LAYOUT_SANS, 10, LAYOUT_LEFT, LAYOUT_BLACK);
    free(line);
    if (b->status != KIP_DINILAI) {
        line = xasprintf(W_CARD_YEAR_NOTE, e->tahun, LABEL_NO_SAQ);
        layout_paragraph_in(d, layout_left(d), w, line, LAYOUT_SANS, 10, LAYOUT_LEFT, LAYOUT_BLACK);
        free(line);
        layout_move(d, 12);
        return;
    }
    score_format_id(b->score, now, sizeof now);
    long long diff = b->change;
    label_change(change, sizeof change, diff);
    line = xasprintf(W_CARD_YEAR_SCORE, e->tahun, now, e->bands[b->band].nama);
    layout_paragraph_in(d, layout_left(d), w, line, LAYOUT_SANS, 10, LAYOUT_LEFT, LAYOUT_BLACK);
    free(line);
    /* the change, with a triangle drawn as a vector */
    double x = layout_left(d), y = layout_y(d) - 13;
    layout_rgb c = diff > 0 ? UP : diff < 0 ? DOWN : LAYOUT_GREY;
    if (diff > 0) {
        double xy[6] = {x, y, x + 10, y, x + 5, y + 9};
        layout_polygon(d, xy, 3, c);
    } else if (diff < 0) {
        double xy[6] = {x, y + 9, x + 10, y + 9, x + 5, y};
        layout_polygon(d, xy, 3, c);
    } else {
        layout_fill_rect(d, x, y + 3, 10, 3, c);
    }
    layout_text(d, x + 15, y, change, LAYOUT_SANS_BOLD, 10.5, LAYOUT_LEFT, c);
    layout_move(d, 32);
}

/* The QR code of the body's page at the top right of the card, the
 * address under it; returns the width the heading must leave free (0
 * without publikasi.situs) and sets *bottom under the address. */
static double page_code(layout_doc *d, const kip_round *r, const kip_body *b, double *bottom)
{
    char *url = doc_body_url(r, b);
    double top = layout_y(d), right = layout_left(d) + layout_width(d);
    *bottom = top;
    if (!url)
        return 0;
    if (!doc_qr(d, url, right - QR_SIZE, top - QR_SIZE, QR_SIZE)) {
        free(url);
        return 0;
    }
    /* the code's quiet zone is the gap above the address */
    char *text = doc_url_lines(d, url, LAYOUT_SANS, QR_TEXT_SIZE, QR_TEXT_W);
    size_t lines = layout_text_lines(d, right - QR_TEXT_W, top - QR_SIZE, QR_TEXT_W, text,
                                     LAYOUT_SANS, QR_TEXT_SIZE, LAYOUT_RIGHT, LAYOUT_GREY, 0);
    free(text);
    *bottom = top - QR_SIZE - (double)lines * QR_TEXT_SIZE * 1.25;
    free(url);
    return QR_TEXT_W + 12;
}

#define HISTORY_SLOT 30.0   /* a year's column */
#define HISTORY_BAR_H 26.0  /* a score of 100 */
#define HISTORY_SIZE 7.0    /* years, scores and the legend */
#define HISTORY_LEGEND 80.0 /* the legend's column, right of the bars */
#define HISTORY_HEIGHT (17.0 + 10.0 + HISTORY_BAR_H + 11.0) /* heading to years */
#define HISTORY_AFTER 10.0   /* under it: with it, as tall as last year's comparison */
#define HISTORY_BESIDE 215.0 /* from the left: the chart beside last year's comparison */

/* The body's history (riwayat) in the box `w` wide from (x, top) down: a
 * bar per year for its score, coloured by the year's qualification, the
 * score above and the year under it; a year without a score (no SAQ) says
 * so in place of its bar; the qualifications shown, right of the bars.
 * The latest years that fit the box.  Nothing when this year is the only
 * one; returns the height used. */
static double history_chart(layout_doc *d, const kip_round *r, const kip_body *b, double x,
                            double top, double w)
{
    if (b->n_history < 2)
        return 0;
    const kip_event *e = r->event;
    size_t fit = (size_t)((w - HISTORY_LEGEND) / HISTORY_SLOT);
    size_t from = b->n_history > fit ? b->n_history - fit : 0;
    size_t n = b->n_history - from;
    layout_text(d, x, top - 11, W_CARD_HISTORY, LAYOUT_SANS_BOLD, 11, LAYOUT_LEFT, LAYOUT_BLACK);
    double base = top - 17 - 10 - HISTORY_BAR_H, bar = HISTORY_SLOT * 0.6;
    layout_line(d, x, base, x + HISTORY_SLOT * (double)n, base, 0.6, LAYOUT_GREY);
    for (size_t k = 0; k < n; k++) {
        const kip_year *y = &b->history[from + k];
        double cx = x + HISTORY_SLOT * ((double)k + 0.5);
        char value[32], year[16];
        snprintf(year, sizeof year, "%d", y->tahun);
        layout_text(d, cx, base - 9, year, y->tahun == e->tahun ? LAYOUT_SANS_BOLD : LAYOUT_SANS,
                    HISTORY_SIZE, LAYOUT_CENTER, LAYOUT_BLACK);
        if (!y->has_nilai) {
            layout_text_lines(d, cx - HISTORY_SLOT / 2, base + 3 + 3 * 6 * 1.25, HISTORY_SLOT,
                              LABEL_NO_SAQ, LAYOUT_SANS, 6, LAYOUT_CENTER, LAYOUT_GREY, 3);
            continue;
        }
        double h = HISTORY_BAR_H * to_double(y->nilai) / 100.0;
        layout_fill_rect(d, cx - bar / 2, base, bar, h, doc_band_color(r, y->band));
        score_format_id(y->nilai, value, sizeof value);
        layout_text(d, cx, base + h + 2.5, value, LAYOUT_SANS, HISTORY_SIZE, LAYOUT_CENTER,
                    LAYOUT_BLACK);
    }
    /* the legend: the qualifications of the bars, best first */
    double lx = x + HISTORY_SLOT * (double)n + 10, ly = base + HISTORY_BAR_H - 7;
    for (size_t k = 0; k < e->n_bands; k++) {
        bool shown = false;
        for (size_t y = from; y < b->n_history && !shown; y++)
            shown = b->history[y].has_nilai && b->history[y].band == k;
        if (!shown)
            continue;
        layout_fill_rect(d, lx, ly, 7, 7, doc_band_color(r, k));
        layout_text_lines(d, lx + 11, ly + 8, x + w - lx - 11, e->bands[k].nama, LAYOUT_SANS,
                          HISTORY_SIZE, LAYOUT_LEFT, LAYOUT_GREY, 1);
        ly -= 11;
    }
    return HISTORY_HEIGHT;
}

/* Last year's comparison on the left and the history chart beside it;
 * the chart alone from the left when there is nothing to compare. */
static void years(layout_doc *d, const kip_round *r, const kip_body *b)
{
    bool beside = b->has_previous;
    if (b->n_history >= 2)
        layout_ensure(d, HISTORY_HEIGHT + HISTORY_AFTER);
    double top = layout_y(d), x = layout_left(d), w = layout_width(d);
    year_on_year(d, r, b, beside && b->n_history >= 2 ? HISTORY_BESIDE - 12 : w);
    top = beside ? top : layout_y(d);
    double off = beside ? HISTORY_BESIDE : 0;
    double h = history_chart(d, r, b, x + off, top, w - off);
    if (h > 0 && layout_y(d) > top - h - HISTORY_AFTER)
        layout_move(d, layout_y(d) - (top - h - HISTORY_AFTER));
}

#define NOTE_SIZE 9.0
#define NOTE_HEAD 20.0 /* the heading and the gap under it */

/* The height the commission's notes take on the card; *lines is set to
 * the lines of the note itself. */
static double note_height(layout_doc *d, const char *note, size_t *lines)
{
    *lines = layout_line_count(d, note, LAYOUT_SANS, NOTE_SIZE, layout_width(d));
    return NOTE_HEAD + (double)*lines * NOTE_SIZE * 1.25;
}

/* "Catatan dan rekomendasi": the commission's notes, wrapped. */
static void notes(layout_doc *d, const kip_body *b)
{
    if (!b->catatan)
        return;
    size_t lines;
    layout_ensure(d, note_height(d, b->catatan, &lines));
    double top = layout_y(d);
    layout_text(d, layout_left(d), top - 11, W_CARD_NOTES, LAYOUT_SANS_BOLD, 11, LAYOUT_LEFT,
                LAYOUT_BLACK);
    layout_move(d, NOTE_HEAD);
    layout_paragraph(d, b->catatan, LAYOUT_SANS, NOTE_SIZE, LAYOUT_LEFT, LAYOUT_BLACK);
}

/* Draws the card from a new page on, all but the notes. */
static void draw_card_content(layout_doc *d, const kip_round *r, size_t i)
{
    const kip_event *e = r->event;
    const kip_body *b = &r->bodies[i];
    const kip_section *s = &r->sections[b->category];

    layout_new_page(d);
    double code_bottom;
    double x = layout_left(d), hw = layout_width(d) - page_code(d, r, b, &code_bottom);
    char *kicker = xasprintf(W_CARD_KICKER, e->tahun);
    layout_paragraph_in(d, x, hw, kicker, LAYOUT_SANS_BOLD, 8.5, LAYOUT_LEFT, LAYOUT_GREY);
    free(kicker);
    layout_move(d, 6);
    layout_paragraph_in(d, x, hw, b->nama, LAYOUT_SANS_BOLD, 17, LAYOUT_LEFT, LAYOUT_BLACK);
    layout_move(d, 3);
    char *cat = xasprintf(W_CARD_CATEGORY, e->categories[b->category].nama);
    layout_paragraph_in(d, x, hw, cat, LAYOUT_SANS, 10, LAYOUT_LEFT, LAYOUT_GREY);
    free(cat);
    if (b->wilayah) {
        char *w = xasprintf(W_CARD_REGION, b->wilayah);
        layout_paragraph_in(d, x, hw, w, LAYOUT_SANS, 10, LAYOUT_LEFT, LAYOUT_GREY);
        free(w);
    }
    if (b->pimpinan) {
        char *p = xasprintf(W_CARD_HEAD, b->pimpinan);
        layout_paragraph_in(d, x, hw, p, LAYOUT_SANS, 10, LAYOUT_LEFT, LAYOUT_GREY);
        free(p);
    }
    if (layout_y(d) > code_bottom) /* the heading is shorter than the code */
        layout_move(d, layout_y(d) - code_bottom);
    layout_move(d, 14);
    score_panel(d, r, b);
    years(d, r, b);

    if (b->status != KIP_DINILAI) {
        layout_paragraph(d, W_CARD_NO_SAQ, LAYOUT_SANS, 10, LAYOUT_LEFT, LAYOUT_BLACK);
        layout_move(d, 14);
    } else {
        parts_chart(d, W_CARD_STAGES, b->nama, e->stages, e->n_stages, b->has_stage, b->stage,
                    s->stages);
        parts_chart(d, W_CARD_INDICATORS, b->nama, e->indicators, e->n_indicators, b->has_indicator,
                    b->indicator, s->indicators);
    }
}

/* Draws the whole card from a new page on. */
static void draw_card(layout_doc *d, const kip_round *r, size_t i)
{
    draw_card_content(d, r, i);
    notes(d, &r->bodies[i]);
}

/* The left of the book's footers: the organiser (and the draft's note),
 * the place and the date.  Caller frees. */
static char *book_footer_left(const kip_round *r)
{
    doc_strings strs = {0};
    char date[64];
    label_date(&r->event->tanggal, date, sizeof date);
    char *where = xasprintf(W_PLACE_DATE, r->event->tempat, date);
    layout_setup setup = doc_setup(r, W_CARD_TITLE, &strs);
    char *left = xasprintf(W_BOOK_FOOTER, setup.footer_left, where);
    free(where);
    doc_strings_clear(&strs);
    return left;
}

/* A document of scorecards: footer with the organiser, place and date,
 * in a stream of its own that the book replaces; the book's front (book,
 * its pages' numbering in `numbers`) has "Halaman X dari Y" on the
 * right, with the organiser, place and date on the left. */
static layout_doc *card_doc(const kip_round *r, const char *title, const doc_target *t, bool book,
                            const layout_setup *numbers, char **error)
{
    doc_strings strs = {0};
    layout_setup setup = doc_setup(r, title, &strs);
    /* the emblems, small, at the right end of the running header */
    layout_image logos[2];
    setup.n_header_images = doc_logo_marks(r, logos);
    setup.header_images = logos;
    char *left = NULL, *where = NULL;
    if (book) {
        left = book_footer_left(r);
        setup.footer_left = left;
    } else {
        char date[64];
        label_date(&r->event->tanggal, date, sizeof date);
        where = xasprintf(W_PLACE_DATE, r->event->tempat, date);
        setup.footer = NULL;
        setup.footer_right = where;
        setup.footer_apart = true; /* the book gives the page its own */
    }
    setup.outline_open = book;
    if (numbers) {
        setup.page_total = numbers->page_total;
        setup.count_only = numbers->count_only;
    }
    layout_doc *d = doc_open(&setup, t, error);
    free(left);
    free(where);
    doc_strings_clear(&strs);
    return d;
}

/* Cards laid out in one scratch document before it is begun again, to
 * bound its memory. */
#define CHECK_BATCH 200

bool scorecard_check_notes(const kip_round *r, const char *font_dir, const char *scores_path,
                           problems *pr)
{
    doc_target t = {font_dir, NULL, NULL, NULL, NULL, 0};
    layout_doc *d = NULL;
    size_t drawn = 0;
    for (size_t i = 0; i < r->n_bodies; i++) {
        const kip_body *b = &r->bodies[i];
        if (!b->catatan)
            continue;
        if (d && drawn % CHECK_BATCH == 0) {
            layout_doc_free(d);
            d = NULL;
        }
        if (!d) {
            char *error = NULL;
            d = card_doc(r, W_CARD_TITLE, &t, false, NULL, &error);
            if (!d) {
                problems_add(pr, font_dir, 0, "%s", error ? error : "");
                free(error);
                return false;
            }
        }
        draw_card_content(d, r, i);
        drawn++;
        size_t lines;
        double need = note_height(d, b->catatan, &lines), room = layout_room(d);
        if (need <= room)
            continue;
        double fit = (room - NOTE_HEAD) / (NOTE_SIZE * 1.25);
        problems_add_at(pr, scores_path, b->line, b->place, W_CARD_NOTE_TOO_LONG, lines,
                        fit > 0 ? (size_t)fit : 0);
    }
    layout_doc_free(d);
    return true;
}

bool scorecard_write(const kip_round *r, size_t i, doc_target *t, char **error)
{
    char *title = xasprintf(W_CARD_TITLE_OF, r->bodies[i].nama);
    layout_doc *d = card_doc(r, title, t, false, NULL, error);
    free(title);
    if (!d)
        return false;
    draw_card(d, r, i);
    return doc_close(d, t, error);
}

#define COVER_LOGO 90.0 /* the emblems' box on the cover */

/* The book's cover: the emblems, the title, the round, the organiser, the
 * place and date. */
static void book_cover(layout_doc *d, const kip_round *r)
{
    const kip_event *e = r->event;
    layout_new_page_bare(d, 110);
    double cx = layout_page_width(d) / 2, top = layout_y(d);
    layout_image logos[2];
    size_t n = doc_logos(r, logos);
    double w[2] = {0, 0}, h[2] = {0, 0}, total = 0, tallest = 0;
    for (size_t i = 0; i < n; i++) {
        layout_image_fit(&logos[i], COVER_LOGO, COVER_LOGO, &w[i], &h[i]);
        total += w[i] + (i > 0 ? 40 : 0);
        tallest = h[i] > tallest ? h[i] : tallest;
    }
    double x = cx - total / 2;
    for (size_t i = 0; i < n; i++) {
        layout_image_draw(d, &logos[i], x, top - tallest + (tallest - h[i]) / 2, w[i], h[i]);
        x += w[i] + 40;
    }
    layout_move(d, tallest + (n > 0 ? 60 : 120));
    layout_paragraph(d, W_BOOK_COVER_TITLE, LAYOUT_SANS_BOLD, 26, LAYOUT_CENTER, LAYOUT_BLACK);
    layout_move(d, 16);
    layout_paragraph(d, e->judul, LAYOUT_SANS_BOLD, 15, LAYOUT_CENTER, BAR);
    layout_move(d, 8);
    char *round = xasprintf(W_BOOK_COVER_ROUND, e->tahun);
    layout_paragraph(d, round, LAYOUT_SANS, 12, LAYOUT_CENTER, LAYOUT_GREY);
    free(round);
    layout_move(d, 22);
    double rule = 120;
    layout_line(d, cx - rule / 2, layout_y(d), cx + rule / 2, layout_y(d), 1.5, BAR);
    layout_move(d, 22);
    char bodies[32], categories[32];
    label_count(bodies, sizeof bodies, r->n_bodies);
    label_count(categories, sizeof categories, e->n_categories);
    char *count = xasprintf(W_BOOK_COVER_COUNT, bodies, categories);
    layout_paragraph(d, count, LAYOUT_SANS, 11, LAYOUT_CENTER, LAYOUT_GREY);
    free(count);

    /* the organiser, place and date at the foot of the cover */
    char date[64];
    label_date(&e->tanggal, date, sizeof date);
    char *where = xasprintf(W_PLACE_DATE, e->tempat, date);
    double foot = 190;
    size_t lines = layout_text_lines(d, layout_left(d), foot, layout_width(d), e->penyelenggara,
                                     LAYOUT_SANS_BOLD, 14, LAYOUT_CENTER, LAYOUT_BLACK, 2);
    layout_text_lines(d, layout_left(d), foot - (double)lines * 14 * 1.25 - 6, layout_width(d),
                      where, LAYOUT_SANS, 11, LAYOUT_CENTER, LAYOUT_GREY, 1);
    free(where);
}

#define TOC_HEADING 40.0 /* the heading "Daftar Isi" and the space under it */
#define TOC_LINE 15.0    /* an entry */
#define TOC_GAP 9.0      /* above a category */
#define TOC_INDENT 14.0  /* a body under its category */
#define TOC_NUMBER 30.0  /* the page numbers' column */

/* One line of the table of contents: the text (cut to one line), dot
 * leaders, the page number aligned right. */
static void toc_entry(layout_doc *d, double x, double baseline, const char *text, layout_font f,
                      double size, layout_rgb color, int page)
{
    double right = layout_left(d) + layout_width(d);
    double width = right - TOC_NUMBER - x;
    layout_text_lines(d, x, baseline + size, width, text, f, size, LAYOUT_LEFT, color, 1);
    double used = layout_text_width(d, text, f, size);
    if (used > width)
        used = width;
    char number[16];
    snprintf(number, sizeof number, "%d", page);
    double lead_from = x + used + 5, lead_to = right - layout_text_width(d, number, f, size) - 5;
    if (lead_to - lead_from > 6)
        layout_dashed_line(d, lead_from, baseline + 1, lead_to, baseline + 1, 0.7, 1.2,
                           LAYOUT_GREY);
    layout_text(d, right, baseline, number, f, size, LAYOUT_RIGHT, color);
}

/* The table of contents on the pages from index `first`: each category,
 * then its bodies, with the page where its card begins (`starts`, indexes
 * by body).  With `starts` NULL it draws nothing and only counts the
 * pages it takes: the same walk both times, so the pages kept for it are
 * the pages it fills. */
static int book_contents(layout_doc *d, const kip_round *r, int first, const int *starts)
{
    const kip_event *e = r->event;
    double room = layout_page_room(d), used = TOC_HEADING, top = 0;
    int page = 0;
    bool draw = starts != NULL;
    if (draw) {
        layout_use_page(d, first);
        top = layout_y(d);
        layout_text(d, layout_left(d), top - 18, W_BOOK_CONTENTS, LAYOUT_SANS_BOLD, 18, LAYOUT_LEFT,
                    LAYOUT_BLACK);
    }
    for (size_t c = 0; c < e->n_categories; c++) {
        const kip_section *s = &r->sections[c];
        if (s->count == 0)
            continue;
        /* a category's line is kept with its first body */
        double gap = used > 0 ? TOC_GAP : 0;
        if (used + gap + 2 * TOC_LINE > room) {
            page++;
            used = gap = 0;
            if (draw) {
                layout_use_page(d, first + page);
                top = layout_y(d);
            }
        }
        used += gap + TOC_LINE;
        if (draw)
            toc_entry(d, layout_left(d), top - used + 4, e->categories[c].nama, LAYOUT_SANS_BOLD,
                      10.5, LAYOUT_BLACK, starts[s->first] + 1);
        for (size_t i = s->first; i < s->first + s->count; i++) {
            if (used + TOC_LINE > room) {
                page++;
                used = 0;
                if (draw) {
                    layout_use_page(d, first + page);
                    top = layout_y(d);
                }
            }
            used += TOC_LINE;
            if (draw)
                toc_entry(d, layout_left(d) + TOC_INDENT, top - used + 4, r->bodies[i].nama,
                          LAYOUT_SANS, 9.5, LAYOUT_BLACK, starts[i] + 1);
        }
    }
    return page + 1;
}

/* A document for the book's front (the cover and the contents): its
 * pages numbered of `total` (0: laid out only to count its pages). */
static layout_doc *book_front(const kip_round *r, const doc_target *t, int total, char **error)
{
    layout_setup numbers = {.page_total = total, .count_only = total == 0};
    return card_doc(r, W_CARD_TITLE, t, true, &numbers, error);
}

/* The footer of the book's page `page` (0-based) on a card's page. */
typedef struct {
    layout_doc *d;
    const char *left;
    double page_w;
    int total;
} book_footer;

static char *card_footer(void *ctx, int page, const char *font_name)
{
    book_footer *f = ctx;
    char right[128];
    label_page_footer(right, sizeof right, page + 1, f->total);
    return layout_footer_operators(f->d, font_name, f->page_w, f->left, right);
}

/* A page label's prefix in the encoding of the labels libharu writes. */
static void book_label(pdfjoin *j, int page, const char *utf8)
{
    unsigned bad;
    char *s = utf8_to_cp1252(utf8, &bad);
    if (s)
        pdfjoin_page_label(j, page, s);
    free(s);
}

/* The book: the cover, the table of contents, then the cards by category,
 * each card's own file (written before, cards->paths) copied in with the
 * book's footer on its pages.  Only the cover and the contents are laid
 * out here; memory holds one card at a time, however many bodies the
 * round has. */
bool scorecard_book_write(const kip_round *r, const doc_files *cards, doc_target *t, char **error)
{
    const kip_event *e = r->event;
    size_t n = r->n_bodies;
    size_t *order = xcalloc(n ? n : 1, sizeof(size_t));
    size_t k = 0;
    for (size_t c = 0; c < e->n_categories; c++)
        for (size_t i = r->sections[c].first; i < r->sections[c].first + r->sections[c].count; i++)
            order[k++] = i;
    size_t n_cards = k;
    int *starts = xcalloc(n ? n : 1, sizeof(int));
    bool ok = true;
    pdfjoin *j = NULL;
    layout_doc *d = NULL;
    book_footer footer = {0};
    char *left = NULL;

    /* the pages of the contents, counted; the cards' as written */
    d = book_front(r, t, 0, error);
    if (!d) {
        ok = false;
        goto done;
    }
    layout_new_page(d);
    int contents = book_contents(d, r, 0, NULL);
    layout_doc_free(d);
    d = NULL;
    int front = 1 + contents, total = front;
    for (size_t c = 0; c < n_cards; c++) {
        starts[order[c]] = total;
        total += cards->pages[order[c]] > 0 ? cards->pages[order[c]] : 1;
    }

    j = pdfjoin_begin(t->path, t->name, error);
    if (!j) {
        ok = false;
        goto done;
    }
    /* the front: the cover and the contents */
    d = book_front(r, t, total, error);
    if (!d) {
        ok = false;
        goto done;
    }
    book_cover(d, r);
    for (int p = 0; p < contents; p++)
        layout_new_page(d);
    book_contents(d, r, 1, starts);
    unsigned char *pdf = NULL;
    size_t len = 0;
    ok = layout_doc_save_memory(d, &pdf, &len, error) && pdfjoin_add(j, pdf, len, error);
    free(pdf);
    if (!ok)
        goto done;

    /* the cards, as written; checking (no files), the front alone */
    footer.d = d;
    footer.total = total;
    footer.page_w = layout_page_width(d);
    left = book_footer_left(r);
    footer.left = left;
    for (size_t c = 0; ok && cards->paths && c < n_cards; c++) {
        char *card = doc_read_back(cards->paths[order[c]], &len, error);
        ok = card
             && pdfjoin_add_refooted(j, (unsigned char *)card, len, LAYOUT_SANS_NAME, card_footer,
                                     &footer, error);
        free(card);
    }
    if (ok && cards->paths && pdfjoin_pages(j) != total) {
        *error = xasprintf(W_CARD_PAGES_MISCOUNTED, t->name, total, pdfjoin_pages(j));
        ok = false;
    }
    if (!ok)
        goto done;
    if (!cards->paths) {
        ok = pdfjoin_finish(j, true, error);
        j = NULL;
        goto done;
    }

    /* page labels and bookmarks: each card's at its first page */
    book_label(j, 0, W_BOOK_LABEL_COVER);
    book_label(j, 1, W_BOOK_LABEL_CONTENTS);
    pdfjoin_bookmark(j, -1, 1, W_BOOK_CONTENTS_MARK, true);
    for (size_t c = 0; c < e->n_categories; c++) {
        const kip_section *s = &r->sections[c];
        if (s->count == 0)
            continue;
        char *prefix = xasprintf("%s-", e->categories[c].kode);
        book_label(j, starts[s->first], prefix);
        free(prefix);
        /* the categories closed: a long book's outline reads at a glance */
        int category = pdfjoin_bookmark(j, -1, starts[s->first], e->categories[c].nama, false);
        for (size_t i = s->first; i < s->first + s->count; i++)
            pdfjoin_bookmark(j, category, starts[i], r->bodies[i].nama, true);
    }
    t->pages = total;
    ok = pdfjoin_finish(j, true, error);
    j = NULL;
done:
    pdfjoin_abandon(j);
    layout_doc_free(d);
    free(left);
    free(starts);
    free(order);
    return ok;
}
