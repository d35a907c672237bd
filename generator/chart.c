#include "chart.h"

#include <stdio.h>
#include <stdlib.h>

#include "util.h"

#define LABEL_W 185.0
#define VALUE_W 42.0
#define BAR_H 11.0
#define ROW_PAD 7.0

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

static double row_height(layout_doc *d, const chart_row *r)
{
    double h = (double)layout_line_count(d, r->label, LAYOUT_SANS, 9, LABEL_W - 8) * 11.25;
    if (r->detail)
        h += (double)layout_line_count(d, r->detail, LAYOUT_SANS, 7.5, LABEL_W - 8) * 9.4;
    return (h > BAR_H + 8 ? h : BAR_H + 8) + ROW_PAD;
}

void chart_draw(layout_doc *d, const chart_row *rows, size_t n, const chart_style *style)
{
    double left = layout_left(d);
    double bar_x = left + LABEL_W;
    double bar_w = layout_width(d) - LABEL_W - VALUE_W;
    /* each row's height, measured once */
    double *heights = xcalloc(n ? n : 1, sizeof(double));
    double total = 24;
    for (size_t i = 0; i < n; i++) {
        heights[i] = row_height(d, &rows[i]);
        total += heights[i];
    }
    layout_ensure(d, total + 20);

    double top = layout_y(d);
    double bottom = top - (total - 24);
    /* the grid and its scale */
    for (int v = 0; v <= 100; v += 20) {
        double x = x_at(bar_x, bar_w, v);
        layout_line(d, x, top, x, bottom, 0.4, GRID);
        char t[16];
        snprintf(t, sizeof t, "%d", v);
        layout_text(d, x, bottom - 9, t, LAYOUT_SANS, 7, LAYOUT_CENTER, LAYOUT_GREY);
    }

    for (size_t i = 0; i < n; i++) {
        const chart_row *r = &rows[i];
        double h = heights[i];
        double y = layout_y(d);
        double bar_y = y - 3 - BAR_H;
        /* label and detail */
        layout_paragraph_in(d, left, LABEL_W - 8, r->label, LAYOUT_SANS, 9, LAYOUT_LEFT,
                            LAYOUT_BLACK);
        if (r->detail)
            layout_paragraph_in(d, left, LABEL_W - 8, r->detail, LAYOUT_SANS, 7.5, LAYOUT_LEFT,
                                LAYOUT_GREY);
        layout_fill_rect(d, bar_x, bar_y, bar_w, BAR_H, TRACK);
        if (r->has_value) {
            layout_fill_rect(d, bar_x, bar_y, x_at(bar_x, bar_w, r->value) - bar_x, BAR_H,
                             style->bar);
        }
        if (r->has_marks) {
            double xa = x_at(bar_x, bar_w, r->mark_a);
            layout_line(d, xa, bar_y - 3, xa, bar_y + BAR_H + 3, 1.6, MARK_A);
            triangle_down(d, x_at(bar_x, bar_w, r->mark_b), bar_y + BAR_H + 1, 3.2, MARK_B);
        }
        layout_text(d, bar_x + bar_w + VALUE_W, bar_y + 2, r->value_text, LAYOUT_SANS_BOLD, 9,
                    LAYOUT_RIGHT, LAYOUT_BLACK);
        /* the cursor goes below the taller of label and bar */
        layout_move(d, layout_y(d) - (y - h));
    }
    free(heights);
    layout_move(d, 16);

    /* legend */
    double y = layout_y(d) - 8;
    double x = bar_x;
    layout_fill_rect(d, x, y, 14, 7, style->bar);
    layout_text(d, x + 18, y, style->value_name, LAYOUT_SANS, 7.5, LAYOUT_LEFT, LAYOUT_GREY);
    x += 24 + layout_text_width(d, style->value_name, LAYOUT_SANS, 7.5) + 14;
    layout_line(d, x + 3, y - 2, x + 3, y + 9, 1.6, MARK_A);
    layout_text(d, x + 10, y, style->mark_a_name, LAYOUT_SANS, 7.5, LAYOUT_LEFT, LAYOUT_GREY);
    x += 16 + layout_text_width(d, style->mark_a_name, LAYOUT_SANS, 7.5) + 14;
    triangle_down(d, x + 3, y + 1, 3.2, MARK_B);
    layout_text(d, x + 10, y, style->mark_b_name, LAYOUT_SANS, 7.5, LAYOUT_LEFT, LAYOUT_GREY);
    layout_move(d, 22);
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
