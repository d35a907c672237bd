#include "workbook.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>

#include "columns.h"
#include "labels.h"
#include "util.h"

/* Excel's limit on a sheet name, in characters. */
#define SHEET_NAME_MAX 31
/* Column widths, in characters. */
#define WIDTH_MIN 6
#define WIDTH_MAX 60
/* How much of a band's colour its light fill keeps. */
#define TINT 0.3

/* The formats every sheet shares. */
typedef struct {
    lxw_format *header;
    lxw_format *score;
    lxw_format *change;
    lxw_format *bold;
    lxw_format **bands; /* per band: its light fill */
} formats;

/* One column of a body sheet: what it shows and its heading. */
typedef struct {
    column_kind kind;
    size_t part;
    char *heading;
} sheet_column;

typedef struct {
    sheet_column *cols;
    size_t n;
} sheet_columns;

static size_t utf8_length(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

void workbook_sheet_name(const char *name, char *buf, size_t size)
{
    size_t o = 0, chars = 0;
    for (const char *p = name; *p && o + 5 < size; p++) {
        unsigned char ch = (unsigned char)*p;
        bool starts = (ch & 0xC0) != 0x80;
        if (starts && chars == SHEET_NAME_MAX)
            break;
        chars += starts;
        buf[o++] = strchr("[]:*?/\\", ch) || ch < 0x20 ? '-' : (char)ch;
    }
    buf[o] = '\0';
    /* a character cut short by the buffer's end goes whole */
    while (o > 0 && ((unsigned char)buf[o - 1] & 0xC0) == 0xC0)
        buf[--o] = '\0';
    while (o > 0 && (buf[o - 1] == ' ' || buf[o - 1] == '\''))
        buf[--o] = '\0';
    size_t skip = strspn(buf, " '");
    memmove(buf, buf + skip, o - skip + 1);
}

/* True when `name` is already taken (sheet names compare without case). */
static bool taken(char **names, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (ascii_casecmp(names[i], name) == 0)
            return true;
    return false;
}

/* The sheet name of category c, unique among `names` (caller frees). */
static char *category_sheet_name(const kip_event *e, size_t c, char **names, size_t n)
{
    char base[128];
    workbook_sheet_name(e->categories[c].nama, base, sizeof base);
    if (base[0] == '\0' || ascii_casecmp(base, "History") == 0)
        snprintf(base, sizeof base, W_BOOK_CATEGORY_SHEET, c + 1);
    if (!taken(names, n, base))
        return xstrdup(base);
    for (int k = 2;; k++) {
        char suffix[24];
        snprintf(suffix, sizeof suffix, " (%d)", k);
        /* cut the base to leave room for the suffix, on a character's start */
        char cut[128];
        snprintf(cut, sizeof cut, "%s", base);
        while (utf8_length(cut) + strlen(suffix) > SHEET_NAME_MAX) {
            size_t len = strlen(cut);
            do
                len--;
            while (len > 0 && ((unsigned char)cut[len] & 0xC0) == 0x80);
            cut[len] = '\0';
        }
        char *name = xasprintf("%s%s", cut, suffix);
        if (!taken(names, n, name))
            return name;
        free(name);
    }
}

static int previous_year(const kip_round *r)
{
    return r->previous_year > 0 ? r->previous_year : r->event->tahun - 1;
}

static void add_column(sheet_columns *l, column_kind kind, size_t part, char *heading)
{
    l->cols = xrealloc(l->cols, (l->n + 1) * sizeof(sheet_column));
    l->cols[l->n++] = (sheet_column){kind, part, heading};
}

static sheet_columns body_columns(const kip_round *r)
{
    const kip_event *e = r->event;
    sheet_columns l = {0};
    add_column(&l, COL_CATEGORY, 0, xstrdup(W_BOOK_COL_CATEGORY));
    add_column(&l, COL_RANK, 0, xstrdup(W_BOOK_COL_RANK));
    add_column(&l, COL_ID, 0, xstrdup(W_BOOK_COL_ID));
    add_column(&l, COL_NAME, 0, xstrdup(W_BOOK_COL_NAME));
    add_column(&l, COL_REGION, 0, xstrdup(W_BOOK_COL_REGION));
    for (size_t i = 0; i < e->n_stages; i++)
        add_column(&l, COL_STAGE, i, xstrdup(e->stages[i].nama));
    for (size_t i = 0; i < e->n_indicators; i++)
        add_column(&l, COL_INDICATOR, i, xstrdup(e->indicators[i].nama));
    add_column(&l, COL_SCORE, 0, xstrdup(W_BOOK_COL_SCORE));
    add_column(&l, COL_BAND, 0, xstrdup(W_BOOK_COL_BAND));
    add_column(&l, COL_STATUS, 0, xstrdup(W_BOOK_COL_STATUS));
    add_column(&l, COL_PREV_SCORE, 0, xasprintf(W_BOOK_COL_PREV_SCORE, previous_year(r)));
    add_column(&l, COL_PREV_BAND, 0, xasprintf(W_BOOK_COL_PREV_BAND, previous_year(r)));
    add_column(&l, COL_CHANGE, 0, xstrdup(W_BOOK_COL_CHANGE));
    return l;
}

static void sheet_columns_free(sheet_columns *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->cols[i].heading);
    free(l->cols);
}

/* Widths start at the headings' and grow with each cell written. */
static void widen(double *width, const char *text)
{
    double w = (double)utf8_length(text) + 2;
    if (w > *width)
        *width = w;
}

static void set_widths(lxw_worksheet *ws, const double *widths, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        double w = widths[k] < WIDTH_MIN   ? WIDTH_MIN
                   : widths[k] > WIDTH_MAX ? WIDTH_MAX
                                           : widths[k];
        worksheet_set_column(ws, (lxw_col_t)k, (lxw_col_t)k, w, NULL);
    }
}

/* What every sheet shares: the header frozen and repeated on each printed
 * page, A4 landscape, one page wide. */
static void sheet_setup(lxw_worksheet *ws)
{
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_repeat_rows(ws, 0, 0);
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9);
    worksheet_fit_to_pages(ws, 1, 0);
}

/* A sheet of the bodies first..first+count-1 of the round's order. */
static void body_sheet(lxw_worksheet *ws, const kip_round *r, const sheet_columns *cols,
                       const formats *f, size_t first, size_t count)
{
    const kip_event *e = r->event;
    double *widths = xcalloc(cols->n, sizeof(double));
    for (size_t k = 0; k < cols->n; k++) {
        worksheet_write_string(ws, 0, (lxw_col_t)k, cols->cols[k].heading, f->header);
        widen(&widths[k], cols->cols[k].heading);
    }
    for (size_t i = 0; i < count; i++) {
        size_t body = first + i;
        const kip_body *b = &r->bodies[body];
        lxw_row_t row = (lxw_row_t)(i + 1);
        for (size_t k = 0; k < cols->n; k++) {
            const sheet_column *c = &cols->cols[k];
            lxw_col_t col = (lxw_col_t)k;
            long long v;
            if (column_type_of(c->kind) != COLUMN_TEXT) {
                if (!column_number(r, c->kind, c->part, body, &v))
                    continue;
                bool score = column_type_of(c->kind) == COLUMN_SCORE;
                lxw_format *fmt = c->kind == COL_CHANGE ? f->change : score ? f->score : NULL;
                worksheet_write_number(ws, row, col, score ? (double)v / 100.0 : (double)v, fmt);
                widen(&widths[k], "+100.00");
                continue;
            }
            const char *text;
            char *owned = NULL;
            if (c->kind == COL_CATEGORY)
                text = e->categories[b->category].nama; /* its name, for people */
            else
                text = owned = column_text(r, c->kind, c->part, body);
            if (text[0] != '\0')
                worksheet_write_string(ws, row, col, text,
                                       c->kind == COL_BAND ? f->bands[b->band] : NULL);
            widen(&widths[k], text);
            free(owned);
        }
    }
    set_widths(ws, widths, cols->n);
    free(widths);
    sheet_setup(ws);
    worksheet_autofilter(ws, 0, 0, (lxw_row_t)count, (lxw_col_t)(cols->n - 1));
}

/* The summary: per category its bodies, the scored bodies in each band and
 * the non-respondents (the rules count those in the lowest band; here they
 * have their own column), then the totals. */
static void summary_sheet(lxw_worksheet *ws, const kip_round *r, const formats *f)
{
    const kip_event *e = r->event;
    size_t nb = e->n_bands, ncols = nb + 3;
    double *widths = xcalloc(ncols, sizeof(double));
    const char *first[2] = {W_BOOK_COL_CATEGORY, W_RANK_COL_TOTAL};
    for (size_t k = 0; k < 2; k++) {
        worksheet_write_string(ws, 0, (lxw_col_t)k, first[k], f->header);
        widen(&widths[k], first[k]);
    }
    for (size_t b = 0; b < nb; b++) {
        worksheet_write_string(ws, 0, (lxw_col_t)(2 + b), e->bands[b].nama, f->bands[b]);
        widen(&widths[2 + b], e->bands[b].nama);
    }
    worksheet_write_string(ws, 0, (lxw_col_t)(ncols - 1), W_RANK_COL_NO_SAQ, f->header);
    widen(&widths[ncols - 1], W_RANK_COL_NO_SAQ);

    size_t ranked = 0;
    for (size_t c = 0; c < e->n_categories; c++)
        ranked += r->sections[c].ranked;
    for (size_t c = 0; c <= e->n_categories; c++) {
        bool total_row = c == e->n_categories;
        lxw_row_t row = (lxw_row_t)(c + 1);
        lxw_format *fmt = total_row ? f->bold : NULL;
        const char *label = total_row ? W_RANK_COL_TOTAL : e->categories[c].nama;
        const size_t *per_band = total_row ? r->per_band : r->sections[c].per_band;
        size_t count = total_row ? r->n_bodies : r->sections[c].count;
        size_t no_saq = count - (total_row ? ranked : r->sections[c].ranked);
        worksheet_write_string(ws, row, 0, label, fmt);
        widen(&widths[0], label);
        worksheet_write_number(ws, row, 1, (double)count, fmt);
        for (size_t b = 0; b < nb; b++) {
            size_t n = per_band[b] - (b + 1 == nb ? no_saq : 0);
            worksheet_write_number(ws, row, (lxw_col_t)(2 + b), (double)n, fmt);
        }
        worksheet_write_number(ws, row, (lxw_col_t)(ncols - 1), (double)no_saq, fmt);
    }
    char *note = xasprintf(W_BOOK_SUMMARY_NOTE, e->bands[nb - 1].nama);
    worksheet_write_string(ws, (lxw_row_t)(e->n_categories + 3), 0, note, NULL);
    free(note);
    set_widths(ws, widths, ncols);
    free(widths);
    sheet_setup(ws); /* no filter: it would sort the totals among the categories */
}

/* A band's colour mixed with white, as 0xRRGGBB. */
static lxw_color_t tint(kip_rgb c)
{
    double v[3] = {c.r, c.g, c.b};
    lxw_color_t out = 0;
    for (int i = 0; i < 3; i++) {
        double x = v[i] < 0 ? 0 : v[i] > 1 ? 1 : v[i];
        out = out << 8 | (lxw_color_t)(255.0 * (1.0 - (1.0 - x) * TINT) + 0.5);
    }
    return out;
}

static void formats_make(lxw_workbook *wb, const kip_event *e, formats *f)
{
    f->header = workbook_add_format(wb);
    format_set_bold(f->header);
    format_set_bottom(f->header, LXW_BORDER_THIN);
    f->bold = workbook_add_format(wb);
    format_set_bold(f->bold);
    f->score = workbook_add_format(wb);
    format_set_num_format(f->score, "0.00");
    f->change = workbook_add_format(wb);
    format_set_num_format(f->change, "+0.00;-0.00;0.00");
    f->bands = xcalloc(e->n_bands, sizeof(lxw_format *));
    for (size_t b = 0; b < e->n_bands; b++) {
        f->bands[b] = workbook_add_format(wb);
        format_set_pattern(f->bands[b], LXW_PATTERN_SOLID);
        format_set_bg_color(f->bands[b], tint(e->bands[b].color));
    }
}

bool workbook_write(const kip_round *r, const char *path, char **error)
{
    const kip_event *e = r->event;
    /* rows go to the file as they are written (in order, row by row):
     * memory stays flat however many bodies the round has */
    lxw_workbook_options options = {.constant_memory = LXW_TRUE};
    lxw_workbook *wb = workbook_new_opt(path, &options);
    if (!wb) {
        *error = xasprintf(W_FILE_CANNOT_CREATE, path);
        return false;
    }
    /* dated with the event, at noon UTC, so that rebuilds are identical */
    struct tm day = {.tm_year = e->tanggal.year - 1900,
                     .tm_mon = e->tanggal.month - 1,
                     .tm_mday = e->tanggal.day,
                     .tm_hour = 12};
    char *title = xasprintf(W_DOC_TITLE, W_RANK_TITLE, e->judul);
    char *organiser = xstrdup(e->penyelenggara);
    lxw_doc_properties props = {
        .title = title, .author = organiser, .company = organiser, .created = timegm(&day)};
    workbook_set_properties(wb, &props);

    formats f;
    formats_make(wb, e, &f);
    sheet_columns cols = body_columns(r);
    char **names = xcalloc(e->n_categories + 2, sizeof(char *));
    size_t n_names = 0;
    const char *bad_name = NULL;
    names[n_names++] = xstrdup(W_BOOK_SUMMARY);
    names[n_names++] = xstrdup(W_BOOK_ALL);
    summary_sheet(workbook_add_worksheet(wb, W_BOOK_SUMMARY), r, &f);
    body_sheet(workbook_add_worksheet(wb, W_BOOK_ALL), r, &cols, &f, 0, r->n_bodies);
    for (size_t c = 0; c < e->n_categories; c++) {
        char *name = category_sheet_name(e, c, names, n_names);
        names[n_names++] = name;
        lxw_worksheet *ws = workbook_add_worksheet(wb, name);
        if (!ws) {
            bad_name = name; /* not expected: the name was made safe */
            break;
        }
        body_sheet(ws, r, &cols, &f, r->sections[c].first, r->sections[c].count);
    }
    char *message = bad_name ? xasprintf(W_BOOK_BAD_SHEET_NAME, path, bad_name) : NULL;
    lxw_error status = workbook_close(wb);
    for (size_t i = 0; i < n_names; i++)
        free(names[i]);
    free(names);
    sheet_columns_free(&cols);
    free(f.bands);
    free(title);
    free(organiser);
    if (message) {
        *error = message;
        return false;
    }
    if (status != LXW_NO_ERROR) {
        *error = xasprintf(W_FILE_CANNOT_WRITE, path, lxw_strerror(status));
        return false;
    }
    return true;
}
