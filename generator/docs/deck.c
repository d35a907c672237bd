#include "deck.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "doc_common.h"
#include "labels.h"
#include "layout.h"
#include "util.h"

static const layout_rgb NAVY = {0.10, 0.18, 0.34};
static const layout_rgb GOLD = {0.70, 0.53, 0.16};
static const layout_rgb RULE = {0.80, 0.82, 0.85};
static const layout_rgb NO_SAQ_GREY = {0.55, 0.55, 0.55};

#define W DECK_WIDTH
#define H DECK_HEIGHT
#define MARGIN 56.0 /* left and right of the content */
#define CONTENT_W (W - 2 * MARGIN)
#define BOTTOM 62.0      /* content stays above the footer's rule (46) */
#define LEADING 1.25     /* the layout layer's line height */
#define KICKER_SIZE 22.0 /* the line at the top of a slide */
#define HEADING_SIZE 44.0
#define NAME_MAX 54.0 /* a revealed name's largest size */
#define LIST_NAME 32.0
#define LIST_SCORE_W 120.0 /* the score's column of a list */
#define MARK_BOX 46.0      /* an emblem at the top right of a slide */

/* A body's name fitted to `width` at `max` points or less, never below
 * DECK_NAME_MIN: on one line when it fits at DECK_NAME_MIN or larger, else
 * on two at the largest size that holds it (or two at DECK_NAME_MIN, cut
 * with an ellipsis).  Returns the size; *lines is 1 or 2. */
static double fit_name(layout_doc *d, const char *name, layout_font f, double max, double width,
                       size_t *lines)
{
    for (double s = max; s >= DECK_NAME_MIN; s -= 2)
        if (layout_text_width(d, name, f, s) <= width) {
            *lines = 1;
            return s;
        }
    *lines = 2;
    for (double s = max; s >= DECK_NAME_MIN; s -= 2)
        if (layout_line_count(d, name, f, s, width) <= 2)
            return s;
    return DECK_NAME_MIN;
}

/* A new page with the navy band and the gold line across its top. */
static void new_slide(layout_doc *d)
{
    layout_new_page_bare(d, 0);
    layout_fill_rect(d, 0, H - 12, W, 12, NAVY);
    layout_fill_rect(d, 0, H - 15.5, W, 2.5, GOLD);
}

/* The emblems side by side, centred on cx, their boxes `box` points a
 * side with the top at `top`.  Returns the height used (0 without any). */
static double emblems(layout_doc *d, const kip_round *r, double cx, double top, double box)
{
    layout_image logos[2];
    size_t n = doc_logos(r, logos);
    if (n == 0)
        return 0;
    double lw[2], lh[2], gap = box * 0.3, total = gap * (double)(n - 1);
    for (size_t i = 0; i < n; i++) {
        layout_image_fit(&logos[i], box, box, &lw[i], &lh[i]);
        total += lw[i];
    }
    double x = cx - total / 2;
    for (size_t i = 0; i < n; i++) {
        layout_image_draw(d, &logos[i], x, top - box / 2 - lh[i] / 2, lw[i], lh[i]);
        x += lw[i] + gap;
    }
    return box;
}

/* A new slide: the bands at the top, the emblems at the top right, and
 * the kicker (a category, an award) at the top left.  The cursor goes
 * under the kicker. */
static void slide(layout_doc *d, const kip_round *r, const char *kicker)
{
    new_slide(d);
    layout_image logos[2];
    size_t n = doc_logos(r, logos);
    double x = W - MARGIN, top = H - 26;
    for (size_t i = n; i-- > 0;) {
        double lw, lh;
        layout_image_fit(&logos[i], MARK_BOX, MARK_BOX, &lw, &lh);
        x -= lw;
        layout_image_draw(d, &logos[i], x, top - MARK_BOX / 2 - lh / 2, lw, lh);
        x -= 10;
    }
    double kicker_w = x - 20 - MARGIN;
    if (kicker)
        layout_text_lines(d, MARGIN, H - 40, kicker_w, kicker, LAYOUT_SANS_BOLD, KICKER_SIZE,
                          LAYOUT_LEFT, LAYOUT_GREY, 1);
    layout_move(d, layout_y(d) - (H - 40 - KICKER_SIZE * LEADING - 10));
}

/* A slide's heading under the kicker, left, at most two lines, with a gold
 * rule under it; the cursor goes under the rule. */
static void heading(layout_doc *d, const char *text, layout_rgb color)
{
    size_t lines = layout_text_lines(d, MARGIN, layout_y(d), CONTENT_W, text, LAYOUT_SANS_BOLD,
                                     HEADING_SIZE, LAYOUT_LEFT, color, 2);
    double y = layout_y(d) - (double)lines * HEADING_SIZE * LEADING - 4;
    layout_line(d, MARGIN, y, MARGIN + 120, y, 3, GOLD);
    layout_move(d, layout_y(d) - (y - 18));
}

/* The opening and closing slides: the bands at the top, the emblems
 * (`box` points a side) and the lines centred on the slide, the whole
 * block in the middle of the room between the bands and the footer. */
typedef struct {
    const char *text;
    layout_font font;
    double size;
    layout_rgb color;
    size_t max_lines;
    bool rule_after; /* a short gold rule under it */
} centred_line;

static void centred_slide(layout_doc *d, const kip_round *r, double box, const centred_line *ls,
                          size_t n)
{
    new_slide(d);
    layout_image logos[2];
    double height = doc_logos(r, logos) > 0 ? box + 26 : 0;
    for (size_t i = 0; i < n; i++) {
        size_t k = layout_line_count(d, ls[i].text, ls[i].font, ls[i].size, W - 160);
        if (k > ls[i].max_lines)
            k = ls[i].max_lines;
        height += (double)k * ls[i].size * LEADING + (ls[i].rule_after ? 26 : 4);
    }
    double room_top = H - 24, room_bottom = 52;
    double y = room_top - (room_top - room_bottom - height) / 2;
    if (y > room_top)
        y = room_top;
    double used = emblems(d, r, W / 2, y, box);
    if (used > 0)
        y -= used + 26;
    for (size_t i = 0; i < n; i++) {
        size_t k = layout_text_lines(d, 80, y, W - 160, ls[i].text, ls[i].font, ls[i].size,
                                     LAYOUT_CENTER, ls[i].color, ls[i].max_lines);
        y -= (double)k * ls[i].size * LEADING;
        if (ls[i].rule_after) {
            y -= 10;
            layout_line(d, W / 2 - 140, y, W / 2 + 140, y, 2, GOLD);
            y -= 16;
        } else {
            y -= 4;
        }
    }
}

static void title_slide(layout_doc *d, const kip_round *r)
{
    const kip_event *e = r->event;
    char *round = xasprintf(W_DECK_ROUND, e->tahun);
    char date[64];
    label_date(&e->tanggal, date, sizeof date);
    char *where = xasprintf(W_PLACE_DATE, e->tempat, date);
    centred_line ls[] = {
        {e->judul, LAYOUT_SANS_BOLD, 40, NAVY, 3, true},
        {round, LAYOUT_SANS, 24, LAYOUT_BLACK, 2, false},
        {e->penyelenggara, LAYOUT_SANS_BOLD, 24, LAYOUT_BLACK, 2, false},
        {where, LAYOUT_SANS, 22, LAYOUT_GREY, 1, false},
    };
    centred_slide(d, r, 96, ls, sizeof ls / sizeof ls[0]);
    layout_bookmark(d, NULL, W_DECK_MARK_OPENING);
    free(round);
    free(where);
}

/* The count of the round's bodies in each qualification, and of those
 * that did not return the SAQ, as columns. */
static void counts_slide(layout_doc *d, const kip_round *r)
{
    const kip_event *e = r->event;
    slide(d, r, e->judul);
    layout_bookmark(d, NULL, W_DECK_MARK_COUNTS);
    heading(d, W_DECK_COUNTS, NAVY);
    char bodies[32], cats[32];
    label_count(bodies, sizeof bodies, r->n_bodies);
    label_count(cats, sizeof cats, e->n_categories);
    char *of = xasprintf(W_DECK_COUNTS_OF, bodies, cats);
    layout_text_lines(d, MARGIN, layout_y(d) + 6, CONTENT_W, of, LAYOUT_SANS, 24, LAYOUT_LEFT,
                      LAYOUT_GREY, 1);
    free(of);
    double top = layout_y(d) - 24 * LEADING - 10;

    size_t no_saq = r->n_bodies - r->ranked;
    size_t n = e->n_bands + (no_saq > 0);
    chart_column *cols = xcalloc(n, sizeof(chart_column));
    struct {
        char value[32], share[32];
    } *texts = xcalloc(n, sizeof *texts);
    for (size_t b = 0; b < n; b++) {
        bool saq_column = b == e->n_bands;
        /* the non-respondents are in the lowest band: counted apart */
        size_t count = saq_column ? no_saq : r->per_band[b];
        if (!saq_column && b + 1 == e->n_bands)
            count -= no_saq;
        label_count(texts[b].value, sizeof texts[b].value, count);
        label_share(texts[b].share, sizeof texts[b].share, count, r->n_bodies);
        cols[b] = (chart_column){(double)count, texts[b].value,
                                 saq_column ? W_DECK_NO_SAQ : e->bands[b].nama, texts[b].share,
                                 saq_column ? NO_SAQ_GREY : doc_band_color(r, b)};
    }
    chart_columns(d, cols, n, MARGIN, BOTTOM, CONTENT_W, top - BOTTOM, 36);
    free(cols);
    free(texts);
}

/* Returns its bookmark. */
static layout_mark category_slide(layout_doc *d, const kip_round *r, size_t c)
{
    const kip_event *e = r->event;
    const kip_section *s = &r->sections[c];
    slide(d, r, e->judul);
    char *mark = xasprintf(W_DECK_MARK_CATEGORY, e->categories[c].nama);
    layout_mark m = layout_bookmark(d, NULL, mark);
    free(mark);
    double y = H / 2 + 110;
    layout_text_lines(d, MARGIN, y, CONTENT_W, W_DECK_CATEGORY, LAYOUT_SANS_BOLD, 30, LAYOUT_CENTER,
                      GOLD, 1);
    y -= 30 * LEADING + 12;
    size_t lines;
    double size = fit_name(d, e->categories[c].nama, LAYOUT_SANS_BOLD, 60, CONTENT_W, &lines);
    layout_text_lines(d, MARGIN, y, CONTENT_W, e->categories[c].nama, LAYOUT_SANS_BOLD, size,
                      LAYOUT_CENTER, NAVY, 2);
    y -= (double)lines * size * LEADING + 12;
    layout_line(d, W / 2 - 140, y, W / 2 + 140, y, 2, GOLD);
    y -= 18;
    char count[32], scored[32], *text;
    label_count(count, sizeof count, s->count);
    label_count(scored, sizeof scored, s->ranked);
    if (s->count == 0)
        text = xstrdup(W_DECK_CATEGORY_EMPTY);
    else if (s->ranked == s->count)
        text = xasprintf(W_DECK_CATEGORY_COUNT, count);
    else
        text = xasprintf(W_DECK_CATEGORY_COUNT_SCORED, count, scored);
    layout_text_lines(d, MARGIN, y, CONTENT_W, text, LAYOUT_SANS, 28, LAYOUT_CENTER, LAYOUT_GREY,
                      2);
    free(text);
    return m;
}

/* A colour square and the qualification's name at `size`, from x on the
 * baseline y; returns the width (nothing drawn when draw is false). */
static double band_mark(layout_doc *d, const kip_round *r, size_t band, double x, double y,
                        double size, bool draw)
{
    const char *name = r->event->bands[band].nama;
    double side = size * 0.75;
    if (draw) {
        layout_fill_rect(d, x, y - size * 0.05, side, side, doc_band_color(r, band));
        layout_text(d, x + side + size * 0.35, y, name, LAYOUT_SANS_BOLD, size, LAYOUT_LEFT,
                    LAYOUT_BLACK);
    }
    return side + size * 0.35 + layout_text_width(d, name, LAYOUT_SANS_BOLD, size);
}

/* One of the best three: its rank, name, region, score and
 * qualification, centred. */
static void reveal_slide(layout_doc *d, const kip_round *r, size_t c, size_t i, bool shared)
{
    const kip_event *e = r->event;
    const kip_body *b = &r->bodies[i];
    char *kicker = xasprintf(W_DECK_CATEGORY_OF, e->categories[c].nama);
    slide(d, r, kicker);
    free(kicker);
    char roman[16];
    label_roman(b->rank, roman, sizeof roman);
    char *rank = xasprintf(shared ? W_DECK_RANK_SHARED : W_DECK_RANK, roman);
    double y = layout_y(d);
    layout_text_lines(d, MARGIN, y, CONTENT_W, rank, LAYOUT_SANS_BOLD, 56, LAYOUT_CENTER, GOLD, 1);
    free(rank);
    y -= 56 * LEADING + 6;
    layout_line(d, W / 2 - 140, y, W / 2 + 140, y, 2, GOLD);

    /* the block under the rule, centred in the room left */
    size_t lines;
    double size = fit_name(d, b->nama, LAYOUT_SANS_BOLD, NAME_MAX, CONTENT_W, &lines);
    /* the region, unless the name says it already ("Dinas Kesehatan
     * Provinsi Banten", "Kota Serang") */
    const char *wilayah = b->wilayah && !strcasestr(b->nama, b->wilayah) ? b->wilayah : NULL;
    double region = wilayah ? 26 * LEADING + 4 : 0;
    double block = (double)lines * size * LEADING + region + 14 + 34 * LEADING;
    double room_top = y - 8;
    double top = room_top - (room_top - BOTTOM - block) / 2;
    if (top > room_top)
        top = room_top;
    layout_text_lines(d, MARGIN, top, CONTENT_W, b->nama, LAYOUT_SANS_BOLD, size, LAYOUT_CENTER,
                      NAVY, 2);
    top -= (double)lines * size * LEADING + 4;
    if (wilayah) {
        layout_text_lines(d, MARGIN, top, CONTENT_W, wilayah, LAYOUT_SANS, 26, LAYOUT_CENTER,
                          LAYOUT_GREY, 1);
        top -= 26 * LEADING + 4;
    }
    top -= 10;
    char score[32];
    doc_score_text(b, score, sizeof score);
    char *value = xasprintf(W_DECK_SCORE, score);
    double vw = layout_text_width(d, value, LAYOUT_SANS_BOLD, 34);
    double bw = band_mark(d, r, b->band, 0, 0, 30, false);
    double x = W / 2 - (vw + 40 + bw) / 2, base = top - 34;
    layout_text(d, x, base, value, LAYOUT_SANS_BOLD, 34, LAYOUT_LEFT, NAVY);
    band_mark(d, r, b->band, x + vw + 40, base, 30, true);
    free(value);
}

/* A list of bodies on as many slides as it takes, each slide under the
 * kicker and the heading (the heading marked as continued after the
 * first): per body its name at LIST_NAME points (two lines at most) and
 * score on the right, and with `detail` a grey line under the name. */
typedef struct {
    const kip_round *r;
    const char *kicker, *heading;
    layout_rgb heading_color;
    bool detail; /* category and qualification under each name */
} list_style;

static double list_row_height(layout_doc *d, const kip_body *b, const list_style *st, size_t *lines)
{
    *lines = layout_line_count(d, b->nama, LAYOUT_SANS_BOLD, LIST_NAME, CONTENT_W - LIST_SCORE_W);
    if (*lines > 2)
        *lines = 2;
    return (double)*lines * LIST_NAME * LEADING + (st->detail ? 22 * LEADING : 0) + 12;
}

static void list_start(layout_doc *d, const list_style *st, bool continued)
{
    slide(d, st->r, st->kicker);
    char *h = continued ? xasprintf(W_DECK_CONTINUED, st->heading) : xstrdup(st->heading);
    heading(d, h, st->heading_color);
    free(h);
}

static void list_row(layout_doc *d, const list_style *st, const kip_body *b, size_t lines)
{
    const kip_event *e = st->r->event;
    double top = layout_y(d);
    layout_text_lines(d, MARGIN, top, CONTENT_W - LIST_SCORE_W, b->nama, LAYOUT_SANS_BOLD,
                      LIST_NAME, LAYOUT_LEFT, NAVY, 2);
    char score[32];
    doc_score_text(b, score, sizeof score);
    layout_text(d, W - MARGIN, top - LIST_NAME, score, LAYOUT_SANS_BOLD, LIST_NAME, LAYOUT_RIGHT,
                LAYOUT_BLACK);
    double y = top - (double)lines * LIST_NAME * LEADING;
    if (st->detail) {
        char *detail = xasprintf(W_DECK_SPECIAL_DETAIL, e->categories[b->category].nama,
                                 e->bands[b->band].nama);
        layout_text_lines(d, MARGIN, y, CONTENT_W - LIST_SCORE_W, detail, LAYOUT_SANS, 22,
                          LAYOUT_LEFT, LAYOUT_GREY, 1);
        free(detail);
        y -= 22 * LEADING;
    }
    y -= 6;
    layout_line(d, MARGIN, y, W - MARGIN, y, 0.8, RULE);
    layout_move(d, top - (y - 6));
}

/* Lists bodies[which[0..n)] under the style; returns the index of its
 * first slide (-1 when n is 0). */
static int list_slides(layout_doc *d, const list_style *st, const size_t *which, size_t n)
{
    int first = -1;
    for (size_t k = 0; k < n; k++) {
        const kip_body *b = &st->r->bodies[which[k]];
        size_t lines;
        double h = list_row_height(d, b, st, &lines);
        if (k == 0) {
            list_start(d, st, false);
            first = layout_page_index(d);
        } else if (layout_y(d) - h < BOTTOM) {
            list_start(d, st, true);
        }
        list_row(d, st, b, lines);
    }
    return first;
}

static void category_slides(layout_doc *d, const kip_round *r, size_t c)
{
    const kip_event *e = r->event;
    const kip_section *s = &r->sections[c];
    layout_mark mark = category_slide(d, r, c);
    /* the best three, third place first; bodies sharing a rank one after
     * the other, by name (the round's order); a bookmark at each rank's
     * first slide */
    for (int rank = 3; rank >= 1; rank--) {
        size_t sharing = 0;
        for (size_t i = s->first; i < s->first + s->count; i++)
            sharing += r->bodies[i].rank == rank;
        for (size_t i = s->first; i < s->first + s->count; i++) {
            if (r->bodies[i].rank != rank)
                continue;
            reveal_slide(d, r, c, i, sharing > 1);
            if (i == s->first || r->bodies[i - 1].rank != rank) {
                char roman[16];
                label_roman(rank, roman, sizeof roman);
                char *t = xasprintf(W_DECK_RANK, roman);
                layout_bookmark(d, mark, t);
                free(t);
            }
        }
    }
    size_t *top = xcalloc(s->count ? s->count : 1, sizeof(size_t));
    size_t n = 0;
    for (size_t i = s->first; i < s->first + s->count; i++)
        if (r->bodies[i].status == KIP_DINILAI && r->bodies[i].band == 0)
            top[n++] = i;
    char *kicker = xasprintf(W_DECK_CATEGORY_OF, e->categories[c].nama);
    char *title = xasprintf(W_DECK_TOP_BAND, e->bands[0].nama);
    list_style st = {r, kicker, title, NAVY, false};
    int first = list_slides(d, &st, top, n);
    if (first >= 0)
        layout_bookmark_at(d, mark, first, title);
    layout_bookmark_close(mark);
    free(kicker);
    free(title);
    free(top);
}

/* Each award given by id: its recipients, in the round's order. */
static void special_slides(layout_doc *d, const kip_round *r)
{
    const kip_event *e = r->event;
    size_t *which = xcalloc(r->n_certificates ? r->n_certificates : 1, sizeof(size_t));
    for (size_t a = 0; a < e->n_awards; a++) {
        if (e->awards[a].rule != KIP_AWARD_BY_ID)
            continue;
        size_t n = 0;
        for (size_t k = 0; k < r->n_certificates; k++)
            if (r->certificates[k].award == a)
                which[n++] = r->certificates[k].body;
        if (n == 0)
            continue;
        list_style st = {r, W_DECK_SPECIAL, e->awards[a].nama, NAVY, true};
        int first = list_slides(d, &st, which, n);
        char *mark = xasprintf(W_DECK_MARK_SPECIAL, e->awards[a].nama);
        layout_bookmark_at(d, NULL, first, mark);
        free(mark);
    }
    free(which);
}

static void closing_slide(layout_doc *d, const kip_round *r)
{
    const kip_event *e = r->event;
    char date[64];
    label_date(&e->tanggal, date, sizeof date);
    char *where = xasprintf(W_PLACE_DATE, e->tempat, date);
    centred_line ls[] = {
        {W_DECK_CLOSING, LAYOUT_SANS_BOLD, 60, NAVY, 1, true},
        {e->judul, LAYOUT_SANS_BOLD, 26, LAYOUT_BLACK, 2, false},
        {where, LAYOUT_SANS, 26, LAYOUT_BLACK, 1, false},
        {e->penyelenggara, LAYOUT_SANS, 24, LAYOUT_GREY, 2, false},
    };
    centred_slide(d, r, 80, ls, sizeof ls / sizeof ls[0]);
    layout_bookmark(d, NULL, W_DECK_MARK_CLOSING);
    free(where);
}

bool deck_write(const kip_round *r, doc_target *t, char **error)
{
    doc_strings strs = {0};
    layout_setup setup = doc_setup(r, W_DECK_TITLE, &strs);
    setup.page_width = W;
    setup.page_height = H;
    setup.header_left = NULL;
    setup.outline_open = true;
    layout_doc *d = doc_open(&setup, t, error);
    doc_strings_clear(&strs);
    if (!d)
        return false;
    title_slide(d, r);
    counts_slide(d, r);
    for (size_t c = 0; c < r->event->n_categories; c++)
        category_slides(d, r, c);
    special_slides(d, r);
    closing_slide(d, r);
    return doc_close(d, t, error);
}
