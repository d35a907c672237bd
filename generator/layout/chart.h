/*
 * chart — horizontal bars on a 0–100 axis, each with two marks (here: the
 * category's average and best), drawn as vectors with the layout layer.
 * Knows nothing of the award: labels and numbers come in as text.
 */
#ifndef ANUGERAH_CHART_H
#define ANUGERAH_CHART_H

#include <stdbool.h>

#include "layout.h"

typedef struct {
    const char *label;  /* left, wrapped */
    const char *detail; /* under the label, small grey; may be NULL */
    bool has_value;
    double value;           /* 0..100 */
    const char *value_text; /* printed right of the bar */
    bool has_marks;
    double mark_a; /* drawn as a vertical line */
    double mark_b; /* drawn as a triangle above the bar */
} chart_row;

typedef struct {
    const char *title;           /* the chart's heading */
    const char *title_continued; /* the heading on the next pages; NULL: title */
    layout_rgb bar;
    const char *mark_a_name; /* for the legend */
    const char *mark_b_name;
    const char *value_name;
} chart_style;

/* Draws the chart from the cursor down: a heading with the legend, the
 * rows, and the 0–100 axis under them.  A chart longer than the page
 * breaks between rows, never inside one: each page's part has its own
 * heading (title_continued), legend and axis, and a part starts on a page
 * only when two rows (or all that are left) fit there.  A row's label is cut (with an ellipsis)
 * only when the row would not fit even on a page of its own. */
void chart_draw(layout_doc *d, const chart_row *rows, size_t n, const chart_style *style);

/* One part of a whole, for a stacked bar. */
typedef struct {
    double value;
    layout_rgb color;
    const char *legend; /* e.g. "Informatif 9 (23,08 %)" */
} chart_part;

/* A bar across the body width split into the parts in proportion, with a
 * legend under it; parts of value 0 take no room but keep their legend. */
void chart_stacked(layout_doc *d, const chart_part *parts, size_t n);

/* One column of a column chart. */
typedef struct {
    double value;           /* >= 0 */
    const char *value_text; /* over the column, bold */
    const char *label;      /* under the baseline, wrapped to two lines at most */
    const char *detail;     /* under the label, grey, one line; may be NULL */
    layout_rgb color;
} chart_column;

/* Columns side by side in the box of w by h points whose bottom left
 * corner is (x, y), for reading from afar: the value over each column at
 * `size` points, the label under the baseline at 0.6 of it and the detail
 * under the label at 0.55.  The highest value's column reaches the top of
 * the room left for them; a value of 0 shows as a hairline on the
 * baseline, so that every label still has its column. */
void chart_columns(layout_doc *d, const chart_column *cols, size_t n, double x, double y, double w,
                   double h, double size);

#endif
