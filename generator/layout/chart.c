#include "chart.h"

#include <stdio.h>
#include <stdlib.h>

#include "util.h"

/* The chart's geometry, in points.  A row is its label (left, wrapped) or
 * its bar with the detail under it (right), whichever is taller, then a
 * gap; with 80-character labels a row takes two lines, so that twelve rows
 * and a scorecard's heading fit one A4 page. */
#define LABEL_W 245.0   /* the label column, gap included */
#define LABEL_GAP 10.0  /* between a label and the bars */
#define VALUE_W 42.0    /* the value right of the bar */
#define LABEL_SIZE 9.0  /* label text */
#define DETAIL_SIZE 7.5 /* detail text, under the bar */
#define LINE 1.25       /* line height as a multiple of the font size */
#define BAR_TOP 1.5     /* from the row's top to the bar's */
#define BAR_H 10.0
#define DETAIL_GAP 1.5 /* between the bar and the detail */
#define ROW_PAD 5.0    /* under each row */
#define TITLE_SIZE 11.0
#define LEGEND_SIZE 7.5
#define HEADING_GAP 8.0 /* between the heading and the first row */
#define AXIS_H 13.0     /* the scale under the rows */
#define AFTER 14.0      /* under the chart */
#define MIN_ROWS 2      /* rows a part starts with, unless on a new page */

static const layout_rgb GRID = {0.86, 0.87, 0.89};
static const layout_rgb TRACK = {0.95, 0.95, 0.96};
static const layout_rgb MARK_A = {0.10, 0.10, 0.10};
static const layout_rgb MARK_B = {0.80, 0.38, 0.05};

static double x_at(double x0, double w, double v)
{
    if (v < 0)
        v = 0;
    if (v > 100)
        v = 100;
    return x0 + w * v / 100.0;
}

static void triangle_down(layout_doc *d, double x, double y, double size, layout_rgb c)
{
    double xy[6] = {x - size, y + size * 1.4, x + size, y + size * 1.4, x, y};
    layout_polygon(d, xy, 3, c);
}

/* Where things go across the page. */
typedef struct {
    double left, bar_x, bar_w, right;
} columns;

static columns columns_of(const layout_doc *d)
{
    columns c;
    c.left = layout_left(d);
    c.bar_x = c.left + LABEL_W;
    c.bar_w = layout_width(d) - LABEL_W - VALUE_W;
    c.right = c.left + layout_width(d);
    return c;
}

/* A row measured: its label's lines (at most the cap) and its height. */
typedef struct {
    size_t label_lines, detail_lines;
    double height;
} row_size;

static row_size measure_row(layout_doc *d, const columns *c, const chart_row *r, size_t max_lines)
{
    row_size s;
    s.label_lines = layout_line_count(d, r->label, LAYOUT_SANS, LABEL_SIZE, LABEL_W - LABEL_GAP);
    if (s.label_lines > max_lines)
        s.label_lines = max_lines;
    s.detail_lines =
        r->detail ? layout_line_count(d, r->detail, LAYOUT_SANS, DETAIL_SIZE, c->bar_w + VALUE_W)
                  : 0;
    double label_h = (double)s.label_lines * LABEL_SIZE * LINE;
    double bar_h = BAR_TOP + BAR_H + (s.detail_lines ? DETAIL_GAP : 0)
                   + (double)s.detail_lines * DETAIL_SIZE * LINE;
    s.height = (label_h > bar_h ? label_h : bar_h) + ROW_PAD;
    return s;
}

/* The legend's three entries from x on one line at baseline y; returns its
 * width (nothing drawn when draw is false). */
static double legend(layout_doc *d, double x, double y, const chart_style *style, bool draw)
{
    double x0 = x;
    const char *names[3] = {style->value_name, style->mark_a_name, style->mark_b_name};
    for (int i = 0; i < 3; i++) {
        double sym = i == 0 ? 14 : 7;
        if (draw) {
            if (i == 0)
                layout_fill_rect(d, x, y, 14, 7, style->bar);
            else if (i == 1)
                layout_line(d, x + 3, y - 2, x + 3, y + 9, 1.6, MARK_A);
            else
                triangle_down(d, x + 3, y + 1, 3.2, MARK_B);
            layout_text(d, x + sym + 4, y, names[i], LAYOUT_SANS, LEGEND_SIZE, LAYOUT_LEFT,
                        LAYOUT_GREY);
        }
        x += sym + 4 + layout_text_width(d, names[i], LAYOUT_SANS, LEGEND_SIZE);
        if (i < 2)
            x += 14;
    }
    return x - x0;
}

/* The heading of a part: its title, and the legend on the same line when
 * both fit, else under it.  Returns the height it takes (drawn or not). */
static double heading(layout_doc *d, const columns *c, const char *title, const chart_style *style,
                      bool draw)
{
    double width = c->right - c->left;
    double legend_w = legend(d, 0, 0, style, false);
    double title_w = layout_text_width(d, title, LAYOUT_SANS_BOLD, TITLE_SIZE);
    double top = layout_y(d);
    double line = TITLE_SIZE * LINE;
    if (title_w + 16 + legend_w <= width) {
        if (draw) {
            layout_text(d, c->left, top - TITLE_SIZE, title, LAYOUT_SANS_BOLD, TITLE_SIZE,
                        LAYOUT_LEFT, LAYOUT_BLACK);
            legend(d, c->right - legend_w, top - TITLE_SIZE, style, true);
        }
        return line;
    }
    size_t lines = layout_line_count(d, title, LAYOUT_SANS_BOLD, TITLE_SIZE, width);
    if (draw) {
        layout_text_lines(d, c->left, top, width, title, LAYOUT_SANS_BOLD, TITLE_SIZE, LAYOUT_LEFT,
                          LAYOUT_BLACK, 0);
        legend(d, c->left, top - (double)lines * line - 11, style, true);
    }
    return (double)lines * line + 14;
}

static void draw_row(layout_doc *d, const columns *c, const chart_row *r, const row_size *s,
                     const chart_style *style)
{
    double top = layout_y(d);
    double bar_y = top - BAR_TOP - BAR_H;
    layout_text_lines(d, c->left, top, LABEL_W - LABEL_GAP, r->label, LAYOUT_SANS, LABEL_SIZE,
                      LAYOUT_LEFT, LAYOUT_BLACK, s->label_lines);
    layout_fill_rect(d, c->bar_x, bar_y, c->bar_w, BAR_H, TRACK);
    if (r->has_value)
        layout_fill_rect(d, c->bar_x, bar_y, x_at(c->bar_x, c->bar_w, r->value) - c->bar_x, BAR_H,
                         style->bar);
    if (r->has_marks) {
        double xa = x_at(c->bar_x, c->bar_w, r->mark_a);
        layout_line(d, xa, bar_y - 2.5, xa, bar_y + BAR_H + 2.5, 1.6, MARK_A);
        triangle_down(d, x_at(c->bar_x, c->bar_w, r->mark_b), bar_y + BAR_H + 1, 3.2, MARK_B);
    }
    layout_text(d, c->right, bar_y + 1.5, r->value_text, LAYOUT_SANS_BOLD, LABEL_SIZE, LAYOUT_RIGHT,
                LAYOUT_BLACK);
    if (r->detail)
        layout_text_lines(d, c->bar_x, bar_y - DETAIL_GAP, c->bar_w + VALUE_W, r->detail,
                          LAYOUT_SANS, DETAIL_SIZE, LAYOUT_LEFT, LAYOUT_GREY, 0);
    layout_move(d, s->height);
}

/* One page's part: heading, grid, rows [from, to), axis. */
static void draw_part(layout_doc *d, const columns *c, const chart_row *rows, const row_size *sizes,
                      size_t from, size_t to, const char *title, const chart_style *style)
{
    layout_move(d, heading(d, c, title, style, true) + HEADING_GAP);
    double top = layout_y(d) + 4, bottom = layout_y(d);
    for (size_t i = from; i < to; i++)
        bottom -= sizes[i].height;
    bottom += ROW_PAD / 2;
    for (int v = 0; v <= 100; v += 20) {
        double x = x_at(c->bar_x, c->bar_w, v);
        layout_line(d, x, top, x, bottom, 0.4, GRID);
        char t[16];
        snprintf(t, sizeof t, "%d", v);
        layout_text(d, x, bottom - 9, t, LAYOUT_SANS, 7, LAYOUT_CENTER, LAYOUT_GREY);
    }
    for (size_t i = from; i < to; i++)
        draw_row(d, c, &rows[i], &sizes[i], style);
    layout_move(d, AXIS_H - ROW_PAD / 2);
}

void chart_draw(layout_doc *d, const chart_row *rows, size_t n, const chart_style *style)
{
    if (n == 0)
        return;
    layout_ensure(d, 0);
    columns c = columns_of(d);
    const char *next_title = style->title_continued ? style->title_continued : style->title;
    /* A row never takes more than a page: a label too long for that is
     * cut to the lines that fit beside the heading and the axis. */
    double most = layout_page_room(d) - heading(d, &c, next_title, style, false) - HEADING_GAP
                  - AXIS_H - ROW_PAD;
    size_t max_lines = most > LABEL_SIZE * LINE ? (size_t)(most / (LABEL_SIZE * LINE)) : 1;
    row_size *sizes = xcalloc(n, sizeof(row_size));
    for (size_t i = 0; i < n; i++)
        sizes[i] = measure_row(d, &c, &rows[i], max_lines);

    size_t i = 0;
    const char *title = style->title;
    while (i < n) {
        bool fresh = layout_room(d) >= layout_page_room(d) - 1;
        double room = layout_room(d) - heading(d, &c, title, style, false) - HEADING_GAP - AXIS_H;
        size_t to = i;
        while (to < n && room >= sizes[to].height) {
            room -= sizes[to].height;
            to++;
        }
        size_t want = n - i < MIN_ROWS ? n - i : MIN_ROWS;
        if (to - i < want && !fresh) {
            layout_new_page(d);
            continue;
        }
        if (to == i)
            to = i + 1; /* cannot happen with the cap above; never loop */
        draw_part(d, &c, rows, sizes, i, to, title, style);
        i = to;
        title = next_title;
        if (i < n)
            layout_new_page(d);
    }
    free(sizes);
    layout_move(d, AFTER);
}

void chart_stacked(layout_doc *d, const chart_part *parts, size_t n)
{
    double total = 0;
    for (size_t i = 0; i < n; i++)
        total += parts[i].value;
    double left = layout_left(d), width = layout_width(d);
    /* legend entries flow in rows under the bar */
    double legend_h = 14;
    double x = 0;
    for (size_t i = 0; i < n; i++) {
        double w = 14 + layout_text_width(d, parts[i].legend, LAYOUT_SANS, 8) + 16;
        if (x + w > width) {
            legend_h += 13;
            x = 0;
        }
        x += w;
    }
    layout_ensure(d, 18 + 8 + legend_h + 8);
    double y = layout_y(d) - 18;
    layout_fill_rect(d, left, y, width, 18, TRACK);
    double at = left;
    for (size_t i = 0; i < n && total > 0; i++) {
        double w = width * parts[i].value / total;
        if (w > 0)
            layout_fill_rect(d, at, y, w, 18, parts[i].color);
        at += w;
    }
    y -= 16;
    x = left;
    for (size_t i = 0; i < n; i++) {
        double w = 14 + layout_text_width(d, parts[i].legend, LAYOUT_SANS, 8) + 16;
        if (x + w > left + width) {
            y -= 13;
            x = left;
        }
        layout_fill_rect(d, x, y - 1, 9, 9, parts[i].color);
        layout_text(d, x + 13, y, parts[i].legend, LAYOUT_SANS, 8, LAYOUT_LEFT, LAYOUT_BLACK);
        x += w;
    }
    layout_move(d, layout_y(d) - (y - 14));
}

void chart_columns(layout_doc *d, const chart_column *cols, size_t n, double x, double y, double w,
                   double h, double size)
{
    if (n == 0)
        return;
    double label_size = size * 0.6, detail_size = size * 0.55;
    double slot = w / (double)n;
    double col_w = slot * 0.62;
    /* under the baseline: two lines of label and one of detail */
    double under = 6 + 2 * label_size * LINE + detail_size * LINE;
    double base = y + under;
    /* over the highest column: its value */
    double top = y + h - size * LINE;
    double most = 0;
    for (size_t i = 0; i < n; i++)
        if (cols[i].value > most)
            most = cols[i].value;
    layout_line(d, x, base, x + w, base, 1.0, LAYOUT_GREY);
    for (size_t i = 0; i < n; i++) {
        const chart_column *c = &cols[i];
        double cx = x + slot * ((double)i + 0.5);
        double ch = most > 0 ? (top - base) * c->value / most : 0;
        if (ch > 0)
            layout_fill_rect(d, cx - col_w / 2, base, col_w, ch, c->color);
        else
            layout_fill_rect(d, cx - col_w / 2, base, col_w, 1.5, c->color);
        layout_text(d, cx, base + ch + size * 0.3, c->value_text, LAYOUT_SANS_BOLD, size,
                    LAYOUT_CENTER, LAYOUT_BLACK);
        size_t lines =
            layout_text_lines(d, cx - slot / 2 + 2, base - 6, slot - 4, c->label, LAYOUT_SANS_BOLD,
                              label_size, LAYOUT_CENTER, LAYOUT_BLACK, 2);
        if (c->detail)
            layout_text_lines(d, cx - slot / 2 + 2, base - 6 - (double)lines * label_size * LINE,
                              slot - 4, c->detail, LAYOUT_SANS, detail_size, LAYOUT_CENTER,
                              LAYOUT_GREY, 1);
    }
}
