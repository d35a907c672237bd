#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "doc_common.h"
#include "labels.h"
#include "layout.h"
#include "markup.h"
#include "press.h"
#include "util.h"

#define BODY_SIZE 10.0
#define PARAGRAPH_AFTER 3.0 /* between a paragraph and what follows it */

/* A line without its leading and trailing blanks (a copy). */
static char *strip(const char *s, size_t len)
{
    while (len > 0 && (*s == ' ' || *s == '\t'))
        s++, len--;
    while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r'))
        len--;
    return xstrndup(s, len);
}

static bool starts(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* The chart's bar and its legend, whose entries ("Informatif 8 (20,51 %)")
 * are the category's counts and shares, set at the body's size. */
#define CHART_BAR 11.0
#define CHART_LEGEND 9.5
#define CHART_SWATCH 8.0

static double legend_entry_width(layout_doc *d, const char *legend)
{
    return CHART_SWATCH + 4 + layout_text_width(d, legend, LAYOUT_SANS, CHART_LEGEND) + 14;
}

/* The height of the chart with `n` legends: the bar, then the legends
 * flowing in rows under it. */
static double chart_height(layout_doc *d, char **legends, size_t n)
{
    size_t rows = 1;
    double x = 0, width = layout_width(d);
    for (size_t i = 0; i < n; i++) {
        double w = legend_entry_width(d, legends[i]);
        if (x > 0 && x + w > width) {
            rows++;
            x = 0;
        }
        x += w;
    }
    return 3 + CHART_BAR + 5 + (double)rows * CHART_LEGEND * 1.35 + 4;
}

/* The index of category `kode`, or the number of categories. */
static size_t category_of(const kip_event *e, const char *kode)
{
    size_t c;
    for (c = 0; c < e->n_categories; c++)
        if (strcmp(e->categories[c].kode, kode) == 0)
            break;
    return c;
}

static char **chart_legends(const kip_round *r, size_t c)
{
    const kip_event *e = r->event;
    const kip_section *s = &r->sections[c];
    char **legends = xcalloc(e->n_bands, sizeof(char *));
    for (size_t b = 0; b < e->n_bands; b++) {
        char share[32];
        label_share(share, sizeof share, s->per_band[b], s->count);
        legends[b] = xasprintf("%s %zu (%s)", e->bands[b].nama, s->per_band[b], share);
    }
    return legends;
}

static void legends_free(char **legends, size_t n)
{
    for (size_t b = 0; b < n; b++)
        free(legends[b]);
    free(legends);
}

/* The room the chart of category `kode` takes (0 for an unknown one). */
static double category_chart_height(layout_doc *d, const kip_round *r, const char *kode)
{
    const kip_event *e = r->event;
    size_t c = category_of(e, kode);
    if (c == e->n_categories)
        return 0;
    char **legends = chart_legends(r, c);
    double h = chart_height(d, legends, e->n_bands);
    legends_free(legends, e->n_bands);
    return h;
}

/* The qualification chart of one category: a bar split in proportion to
 * the bands' counts (a band of none takes no room but keeps its legend). */
static void category_chart(layout_doc *d, const kip_round *r, const char *kode)
{
    const kip_event *e = r->event;
    size_t c = category_of(e, kode);
    if (c == e->n_categories)
        return;
    const kip_section *s = &r->sections[c];
    char **legends = chart_legends(r, c);
    layout_ensure(d, chart_height(d, legends, e->n_bands));
    double left = layout_left(d), width = layout_width(d);
    double y = layout_y(d) - 3 - CHART_BAR;
    static const layout_rgb track = {0.95, 0.95, 0.96};
    layout_fill_rect(d, left, y, width, CHART_BAR, track);
    double at = left;
    for (size_t b = 0; b < e->n_bands && s->count > 0; b++) {
        double w = width * (double)s->per_band[b] / (double)s->count;
        if (w > 0)
            layout_fill_rect(d, at, y, w, CHART_BAR, doc_band_color(r, b));
        at += w;
    }
    double line = CHART_LEGEND * 1.35;
    double baseline = y - 5 - CHART_LEGEND;
    double x = left;
    for (size_t b = 0; b < e->n_bands; b++) {
        double w = legend_entry_width(d, legends[b]);
        if (x > left && x + w > left + width) {
            baseline -= line;
            x = left;
        }
        layout_fill_rect(d, x, baseline - 0.5, CHART_SWATCH, CHART_SWATCH, doc_band_color(r, b));
        layout_text(d, x + CHART_SWATCH + 4, baseline, legends[b], LAYOUT_SANS, CHART_LEGEND,
                    LAYOUT_LEFT, LAYOUT_BLACK);
        x += w;
    }
    layout_move(d, layout_y(d) - (baseline - CHART_LEGEND * 0.35 - 4));
    legends_free(legends, e->n_bands);
}

/* Figures, or the dash of a missing score. */
static bool numeric(const char *s)
{
    if (!*s || strcmp(s, "\u2013") == 0)
        return true;
    for (; *s; s++)
        if (!isdigit((unsigned char)*s) && *s != ',' && *s != '.' && *s != ' ' && *s != '%'
            && *s != '-')
            return false;
    return true;
}

/* A table parsed from consecutive "|" lines, with its columns: narrow
 * right-aligned columns for figures, as wide as their widest cell; the
 * rest share the width. */
typedef struct {
    char ***rows;
    size_t *counts, n_lines, ncols;
    layout_column *cols;
} press_table;

static void table_free(press_table *t)
{
    for (size_t i = 0; i < t->n_lines; i++) {
        for (size_t c = 0; c < t->counts[i]; c++)
            free(t->rows[i][c]);
        free(t->rows[i]);
    }
    free(t->rows);
    free(t->counts);
    free(t->cols);
}

static press_table table_parse(layout_doc *d, char **lines, size_t n_lines)
{
    press_table t = {xcalloc(n_lines, sizeof(char **)), xcalloc(n_lines, sizeof(size_t)), n_lines,
                     0, NULL};
    for (size_t i = 0; i < n_lines; i++)
        t.counts[i] = markup_cells(lines[i], &t.rows[i]);
    size_t ncols = t.ncols = t.counts[0];
    if (ncols == 0)
        return t;
    char ***rows = t.rows;
    size_t *counts = t.counts;
    layout_column *cols = t.cols = xcalloc(ncols, sizeof(layout_column));
    size_t flexible = 0;
    for (size_t c = 0; c < ncols; c++) {
        bool figures = true;
        for (size_t i = 1; i < n_lines; i++)
            if (c < counts[i] && !numeric(rows[i][c]))
                figures = false;
        double width = 0;
        for (size_t i = 0; figures && i < n_lines; i++) {
            double w =
                c < counts[i]
                    ? layout_text_width(d, rows[i][c], i ? LAYOUT_SANS : LAYOUT_SANS_BOLD, 9.5) + 14
                    : 0;
            if (w > width)
                width = w;
        }
        if (figures && width < 40)
            width = 40;
        cols[c] =
            (layout_column){rows[0][c], figures ? width : 0, figures ? LAYOUT_RIGHT : LAYOUT_LEFT};
        flexible += !figures;
    }
    /* text columns share what is left in proportion to their longest cell */
    double fixed = 0, *want = xcalloc(ncols, sizeof(double)), wanted = 0;
    size_t widest = ncols; /* the first text column that wanted more than 260 points */
    for (size_t c = 0; c < ncols; c++) {
        fixed += cols[c].width;
        if (cols[c].width > 0)
            continue;
        for (size_t i = 0; i < n_lines; i++) {
            double w =
                c < counts[i]
                    ? layout_text_width(d, rows[i][c], i ? LAYOUT_SANS : LAYOUT_SANS_BOLD, 9.5) + 10
                    : 0;
            if (w > want[c])
                want[c] = w;
        }
        if (want[c] > 260) {
            want[c] = 260;
            if (widest == ncols)
                widest = c;
        }
        wanted += want[c];
    }
    /* a column narrower than an equal share of the room left gets all it
     * wants; the wider ones share the rest in proportion */
    double room = layout_width(d) - fixed;
    size_t left = flexible;
    for (bool settled = wanted > 0; settled && left > 0;) {
        settled = false;
        for (size_t c = 0; c < ncols; c++)
            if (cols[c].width == 0 && want[c] <= room / (double)left) {
                cols[c].width = want[c];
                room -= want[c];
                wanted -= want[c];
                left--;
                settled = true;
            }
    }
    for (size_t c = 0; c < ncols; c++)
        if (cols[c].width == 0)
            cols[c].width = room * (wanted > 0 ? want[c] / wanted : 1.0 / (double)left);
    /* when every text column got all it wants, the room left goes to the
     * one whose text wanted more than 260 points (a body's long name), so
     * that it wraps less; a table of short texts stays narrow */
    if (left == 0 && room > 0 && widest < ncols)
        cols[widest].width += room;
    if (flexible == 0)
        cols[0].width += layout_width(d) - fixed;
    free(want);
    return t;
}

/* The cells of row i of a table. */
static void table_cells(const press_table *t, size_t i, layout_cell *cells)
{
    for (size_t c = 0; c < t->ncols; c++)
        cells[c] = (layout_cell){i < t->n_lines && c < t->counts[i] ? t->rows[i][c] : "",
                                 LAYOUT_SANS, false, LAYOUT_BLACK};
}

/* The room a table's header and first row take. */
static double table_start_height(layout_doc *d, char **lines, size_t n_lines)
{
    press_table t = table_parse(d, lines, n_lines);
    double h = 0;
    if (t.ncols > 0) {
        layout_cell *cells = xcalloc(t.ncols, sizeof(layout_cell));
        table_cells(&t, 1, cells);
        h = layout_table_start_height(d, t.cols, t.ncols, 9.5, cells);
        free(cells);
    }
    table_free(&t);
    return h;
}

static void table(layout_doc *d, char **lines, size_t n_lines)
{
    press_table pt = table_parse(d, lines, n_lines);
    if (pt.ncols > 0) {
        layout_table *t = layout_table_begin(d, pt.cols, pt.ncols, 9.5);
        layout_cell *cells = xcalloc(pt.ncols, sizeof(layout_cell));
        for (size_t i = 1; i < n_lines; i++) {
            table_cells(&pt, i, cells);
            layout_table_row(t, cells);
        }
        layout_table_end(t);
        layout_move(d, 8);
        free(cells);
    }
    table_free(&pt);
}

/* A paragraph of markup text: escapes undone. */
static void paragraph(layout_doc *d, double x, double width, const char *markup, layout_font f,
                      double size)
{
    char *text = markup_unescape(markup, strlen(markup));
    layout_paragraph_in(d, x, width, text, f, size, LAYOUT_LEFT, LAYOUT_BLACK);
    free(text);
}

static void bullet(layout_doc *d, const char *text)
{
    double x = layout_left(d);
    layout_ensure(d, BODY_SIZE * 1.25);
    double y = layout_y(d);
    layout_text(d, x + 6, y - BODY_SIZE, "\u2022", LAYOUT_SANS, BODY_SIZE, LAYOUT_LEFT,
                LAYOUT_BLACK);
    paragraph(d, x + 18, layout_width(d) - 18, text, LAYOUT_SANS, BODY_SIZE);
    layout_move(d, 2);
}

/* The longest run of characters without a blank in s[0..len). */
static size_t longest_word(const char *s, size_t len)
{
    size_t longest = 0, run = 0;
    for (size_t i = 0; i < len; i++) {
        run = s[i] == ' ' || s[i] == '\t' ? 0 : run + 1;
        if (run > longest)
            longest = run;
    }
    return longest;
}

bool press_layout_check(const char *text, const long *lines, const char *template_path,
                        problems *pr)
{
    size_t errors = problems_count(pr);
    bool in_table = false;
    size_t header = 0; /* the columns of the table we are in */
    long *wide = NULL; /* template lines already reported for too many cells */
    size_t n_wide = 0;
    size_t i = 0;
    for (const char *p = text; *p; i++) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        long at = lines[i];
        char *line = strip(p, len);
        bool row = line[0] == '|';
        /* (a table's words are bounded by its cells') */
        size_t word = row ? 0 : longest_word(line, strlen(line));
        if (word > PRESS_MAX_WORD)
            problems_add(pr, template_path, at, W_PRESS_WORD_TOO_LONG, word, PRESS_MAX_WORD);
        if (row) {
            char **cells;
            size_t n = markup_cells(line, &cells);
            /* the first row of a table is its header: it sets the columns */
            if (!in_table && n > PRESS_MAX_COLUMNS)
                problems_add(pr, template_path, at, W_PRESS_TOO_MANY_COLUMNS, n, PRESS_MAX_COLUMNS);
            if (!in_table) {
                header = n;
            } else if (n > header) {
                /* once per template line, however often a list repeats it */
                bool seen = false;
                for (size_t k = 0; k < n_wide; k++)
                    seen = seen || wide[k] == at;
                if (!seen) {
                    problems_add(pr, template_path, at, W_PRESS_ROW_TOO_WIDE, n, header);
                    wide = xrealloc(wide, (n_wide + 1) * sizeof(long));
                    wide[n_wide++] = at;
                }
            }
            for (size_t c = 0; c < n; c++) {
                size_t size = strlen(cells[c]);
                if (size > PRESS_MAX_CELL && c < PRESS_MAX_COLUMNS)
                    problems_add(pr, template_path, at, W_PRESS_CELL_TOO_LONG, c + 1, size,
                                 PRESS_MAX_CELL);
                free(cells[c]);
            }
            free(cells);
        }
        in_table = row;
        free(line);
        p += len + (nl ? 1 : 0);
    }
    free(wide);
    return problems_count(pr) == errors;
}

/* 1, 2 or 3 for a line starting "# ", "## " or "### "; 0 for any other. */
static int heading_level(const char *line)
{
    return starts(line, "# ") ? 1 : starts(line, "## ") ? 2 : starts(line, "### ") ? 3 : 0;
}

static const double heading_size[] = {0, 15, 12.5, 10.5};
static const double heading_before[] = {0, 0, 6, 4};
static const double heading_after[] = {0, 6, 4, 3};

/* The height a heading line takes, its space around included. */
static double heading_height(layout_doc *d, const char *line)
{
    int k = heading_level(line);
    char *text = markup_unescape(line + k + 1, strlen(line + k + 1));
    size_t n = layout_line_count(d, text, LAYOUT_SANS_BOLD, heading_size[k], layout_width(d));
    free(text);
    return heading_before[k] + (double)n * heading_size[k] * 1.25 + heading_after[k];
}

static void heading(layout_doc *d, const char *line)
{
    int k = heading_level(line);
    layout_move(d, heading_before[k]);
    paragraph(d, layout_left(d), layout_width(d), line + k + 1, LAYOUT_SANS_BOLD, heading_size[k]);
    layout_move(d, heading_after[k]);
}

/* The room the start of what follows a heading needs (lines[from..n)):
 * the blank lines, then the first line of a paragraph or bullet, the
 * header and first row of a table, a whole chart, or a heading with what
 * follows it in turn. */
static double following_height(layout_doc *d, const kip_round *r, char **lines, size_t n,
                               size_t from)
{
    double h = 0;
    size_t i = from;
    for (; i < n && lines[i][0] == '\0'; i++)
        h += 7;
    if (i == n)
        return 0;
    const char *line = lines[i];
    if (heading_level(line) > 0)
        return h + heading_height(d, line) + following_height(d, r, lines, n, i + 1);
    if (line[0] == '|') {
        size_t j = i;
        while (j < n && lines[j][0] == '|')
            j++;
        return h + table_start_height(d, &lines[i], j - i);
    }
    if (starts(line, "@grafik "))
        return h + category_chart_height(d, r, line + 8);
    return h + BODY_SIZE * 1.25 + PARAGRAPH_AFTER;
}

/* Lays out the rendered text block by block, or stops past
 * PRESS_MAX_PAGES. */
static bool lay_out(layout_doc *d, const kip_round *r, const char *text)
{
    /* split into lines */
    char **lines = NULL;
    size_t n = 0, cap = 0;
    for (const char *p = text; *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            lines = xrealloc(lines, cap * sizeof(char *));
        }
        lines[n++] = strip(p, len);
        p += len + (nl ? 1 : 0);
    }
    bool ok = true;
    for (size_t i = 0; i < n && ok; i++) {
        const char *line = lines[i];
        if (line[0] == '\0') {
            layout_move(d, 7);
        } else if (heading_level(line) > 0) {
            /* a heading is never the last thing on its page */
            layout_ensure(d, heading_height(d, line) + following_height(d, r, lines, n, i + 1));
            heading(d, line);
        } else if (starts(line, "- ")) {
            bullet(d, line + 2);
        } else if (line[0] == '|') {
            size_t j = i;
            while (j < n && lines[j][0] == '|')
                j++;
            table(d, &lines[i], j - i);
            i = j - 1;
        } else if (starts(line, "@grafik ")) {
            category_chart(d, r, line + 8);
        } else {
            paragraph(d, layout_left(d), layout_width(d), line, LAYOUT_SANS, BODY_SIZE);
            layout_move(d, PARAGRAPH_AFTER);
        }
        ok = layout_page_count(d) <= PRESS_MAX_PAGES;
    }
    for (size_t i = 0; i < n; i++)
        free(lines[i]);
    free(lines);
    return ok;
}

/* The release or a fact sheet (`what`, for a message), titled `title`. */
static bool write(const kip_round *r, const char *what, const char *title, const char *text,
                  doc_target *t, char **error)
{
    doc_strings strs = {0};
    layout_setup setup = doc_setup(r, title, &strs);
    layout_doc *d = doc_open(&setup, t, error);
    doc_strings_clear(&strs);
    if (!d)
        return false;
    doc_first_page(d, r);
    if (!lay_out(d, r, text)) {
        *error =
            xasprintf(W_PRESS_TOO_MANY_PAGES, t->path ? t->path : t->name, what, PRESS_MAX_PAGES);
        layout_doc_free(d);
        return false;
    }
    return doc_close(d, t, error);
}

bool press_pdf_write(const kip_round *r, const char *text, doc_target *t, char **error)
{
    return write(r, W_PRESS_NAME, W_PRESS_TITLE, text, t, error);
}

bool fact_pdf_write(const kip_round *r, size_t c, const char *text, doc_target *t, char **error)
{
    char *title = xasprintf(W_FACT_TITLE, r->event->categories[c].nama);
    bool ok = write(r, W_FACT_NAME, title, text, t, error);
    free(title);
    return ok;
}
