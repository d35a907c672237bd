#include "scores.h"

#include <csv.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "filename.h"
#include "input.h"
#include "labels.h"
#include "text.h"
#include "util.h"
#include "xlsx.h"

/* One row as libcsv gives it, or as the workbook reader does.  Its fields
 * live in one buffer that is reused for every row, so that a row costs no
 * allocation: a file of millions of empty rows costs no more memory than
 * one row. */
typedef struct {
    char **fields; /* into text, set when the row is complete */
    size_t *offsets;
    size_t n, cap;
    char *text; /* the fields, each NUL-terminated */
    size_t len, text_cap;
    long line;
    bool has_nul;
    size_t dropped;    /* fields past SCORES_MAX_COLUMNS, not kept */
    size_t long_field; /* 1-based column of a field over the limit, or 0 */
    size_t long_size;
    size_t far_field; /* a workbook's: 1-based column of a cell with text past
                         SCORES_MAX_COLUMNS, or 0 */
    bool refused;     /* a workbook's: a cell was refused, already reported */
} scores_row;

typedef struct reader reader;

typedef struct {
    scores_row cur;
    bool in_row;
    /* A field too long for libcsv's buffer is counted, not kept (see
     * set_aside): */
    size_t skipped;   /* bytes of the field set aside */
    size_t blanks;    /* trailing blanks set aside: part of the field only if
                         text follows them */
    size_t blanks_at; /* the field's length in the buffer when they were */
    bool skipped_nul; /* a zero byte among the bytes set aside */
    size_t rows;      /* rows complete so far */
    reader *to;       /* takes each row as it is complete */
} collector;

static void take_row(reader *rd, const scores_row *r);

/* libcsv's buffer for one field: allocated once, never grown past this.
 * Twice the field limit, so that a full buffer always holds either a field
 * over the limit or a run of blanks that can be set aside. */
#define FIELD_BUFFER (2 * SCORES_MAX_FIELD)

static void *field_realloc(void *p, size_t size)
{
    return size > FIELD_BUFFER ? NULL : xrealloc(p, size);
}

/* Makes room in a full field buffer.  Only what libcsv can no longer drop
 * is taken out: at the end of the buffer are the blanks an unquoted field
 * may lose on trimming (p->spaces), or a quoted field's closing quote and
 * the blanks after it.  When the field's text before them is over the
 * limit, that text is counted and dropped; otherwise all but one of the
 * blanks are, to be counted later only if more text follows. */
static void set_aside(struct csv_parser *p, collector *c)
{
    size_t tail = p->spaces + (p->quoted ? 1 : 0);
    size_t text = p->entry_pos - tail;
    if (c->blanks && text > c->blanks_at) {
        c->skipped += c->blanks; /* text followed them: they were part of it */
        c->blanks = 0;
    }
    if (text > SCORES_MAX_FIELD) {
        c->skipped += text;
        if (memchr(p->entry_buf, '\0', text))
            c->skipped_nul = true;
        memmove(p->entry_buf, p->entry_buf + text, tail);
        p->entry_pos = tail;
        c->blanks_at = 0;
    } else {
        size_t k = p->spaces - 1; /* at least FIELD_BUFFER - SCORES_MAX_FIELD - 3 */
        c->blanks += k;
        p->spaces -= k;
        p->entry_pos -= k;
        c->blanks_at = text;
    }
    p->status = 0;
}

static void row_append(scores_row *r, const char *text, size_t len)
{
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 16;
        r->offsets = xrealloc(r->offsets, r->cap * sizeof(size_t));
        r->fields = xrealloc(r->fields, r->cap * sizeof(char *));
    }
    if (r->len + len + 1 > r->text_cap) {
        r->text_cap = (r->len + len + 1) * 2;
        r->text = xrealloc(r->text, r->text_cap);
    }
    r->offsets[r->n++] = r->len;
    memcpy(r->text + r->len, text, len);
    r->text[r->len + len] = '\0';
    r->len += len + 1;
}

static void on_field(void *s, size_t len, void *data)
{
    collector *c = data;
    scores_row *r = &c->cur;
    const char *text = s ? s : "";
    size_t size = c->skipped + len + (c->blanks && len > c->blanks_at ? c->blanks : 0);
    bool skipped_nul = c->skipped_nul;
    c->skipped = c->blanks = c->blanks_at = 0;
    c->skipped_nul = false;
    if (r->n >= SCORES_MAX_COLUMNS) {
        r->dropped++;
        return;
    }
    if (size > SCORES_MAX_FIELD) {
        if (!r->long_field) {
            r->long_field = r->n + 1;
            r->long_size = size;
        } else if (skipped_nul || memchr(text, '\0', len)) {
            r->has_nul = true; /* only the first long field goes unsearched */
        }
        len = 0; /* not kept */
    }
    if (memchr(text, '\0', len))
        r->has_nul = true;
    row_append(r, text, len);
}

/* The row is complete: handed over, then emptied for the next (its
 * buffers kept). */
static void on_row(int term, void *data)
{
    (void)term;
    collector *c = data;
    scores_row *r = &c->cur;
    for (size_t i = 0; i < r->n; i++)
        r->fields[i] = r->text + r->offsets[i];
    c->rows++;
    take_row(c->to, r);
    r->n = r->len = 0;
    r->has_nul = false;
    r->dropped = r->long_field = r->long_size = 0;
    c->in_row = false;
}

static void row_free(scores_row *r)
{
    free(r->fields);
    free(r->offsets);
    free(r->text);
}

/* The delimiter of the header line: the most frequent of ';', ',' and tab
 * outside quotes. */
static unsigned char detect_delimiter(const char *text, size_t len)
{
    size_t semi = 0, comma = 0, tab = 0;
    bool quoted = false;
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ';')
            semi++;
        else if (!quoted && c == ',')
            comma++;
        else if (!quoted && c == '\t')
            tab++;
    }
    if (semi > comma && semi >= tab)
        return ';';
    if (tab > comma && tab > semi)
        return '\t';
    return ',';
}

/* Splits text into rows with libcsv, remembering the line each row starts
 * on.  Returns false (with a problem added) on a quoting error. */
static bool split_rows(const char *path, const char *text, size_t len, unsigned char delim,
                       collector *col, problems *pr)
{
    struct csv_parser p;
    if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
        problems_add(pr, path, 0, W_SCORES_CSV_INIT);
        return false;
    }
    csv_set_delim(&p, delim);
    csv_set_realloc_func(&p, field_realloc);
    csv_set_blk_size(&p, FIELD_BUFFER);

    long line = 1;
    size_t pos = 0;
    bool ok = true;
    while (pos < len) {
        size_t end = pos;
        while (end < len && text[end] != '\n' && text[end] != '\r')
            end++;
        if (end < len) {
            if (text[end] == '\r' && end + 1 < len && text[end + 1] == '\n')
                end++;
            end++;
        }
        bool blank = true;
        for (size_t i = pos; i < end; i++)
            if (text[i] != '\r' && text[i] != '\n')
                blank = false;
        if (!col->in_row && !blank) {
            col->in_row = true;
            col->cur.line = line;
        }
        size_t done = csv_parse(&p, text + pos, end - pos, on_field, on_row, col);
        while (pos + done < end && csv_error(&p) == CSV_ENOMEM) {
            set_aside(&p, col);
            done += csv_parse(&p, text + pos + done, end - pos - done, on_field, on_row, col);
        }
        if (pos + done < end) {
            problems_add(pr, path, line, W_SCORES_QUOTE_MISPLACED);
            ok = false;
            break;
        }
        pos = end;
        line++;
    }
    if (ok && csv_fini(&p, on_field, on_row, col) != 0) {
        problems_add(pr, path, col->cur.line, W_SCORES_QUOTE_UNCLOSED);
        ok = false;
    }
    csv_free(&p);
    return ok;
}

/* Where a problem is: in a CSV, the row's line; in a workbook, the cell
 * of the problem's column on the row ("Nilai!C7"), or the row's first
 * cell for a problem of the whole row. */
typedef struct {
    const char *path;
    problems *pr;
    long line;         /* the CSV's line, the sheet's row */
    const char *sheet; /* NULL for a CSV */
} row_ctx;

enum { WHOLE_ROW = -1 };

static void report(const row_ctx *rc, int column, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void report(const row_ctx *rc, int column, const char *fmt, ...)
{
    char msg[900];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (!rc->sheet) {
        problems_add(rc->pr, rc->path, rc->line, "%s", msg);
        return;
    }
    char place[320];
    xlsx_place(rc->sheet, column >= 0 ? (size_t)column + 1 : 1, rc->line, place, sizeof place);
    problems_add_at(rc->pr, rc->path, rc->line, place, "%s", msg);
}

/* Known columns and their place in the header (-1 when absent). */
typedef struct {
    int id, nama, kategori, nilai, status, sebelumnya, pimpinan, wilayah, catatan;
    int *stage;     /* per event stage */
    int *indicator; /* per event indicator */
} columns;

/* Compares a header cell with a column name: case-insensitive, with spaces
 * and '-' taken as '_' ("Nilai Sebelumnya" is nilai_sebelumnya). */
static bool header_is(const char *cell, const char *name)
{
    for (;; cell++, name++) {
        char a = *cell, b = *name;
        if (a >= 'A' && a <= 'Z')
            a = (char)(a - 'A' + 'a');
        if (a == ' ' || a == '-')
            a = '_';
        if (a != b)
            return false;
        if (a == '\0')
            return true;
    }
}

static void find_column(const row_ctx *rc, const scores_row *h, const char *name, int *out)
{
    *out = -1;
    for (size_t i = 0; i < h->n; i++) {
        if (!header_is(h->fields[i], name))
            continue;
        if (*out >= 0) {
            report(rc, (int)i, W_SCORES_COLUMN_TWICE, name, *out + 1, i + 1);
        } else {
            *out = (int)i;
        }
    }
}

static bool read_header(const row_ctx *rc, const scores_row *h, const kip_event *ev, columns *c)
{
    find_column(rc, h, "id", &c->id);
    find_column(rc, h, "nama", &c->nama);
    find_column(rc, h, "kategori", &c->kategori);
    find_column(rc, h, "nilai", &c->nilai);
    find_column(rc, h, "status", &c->status);
    find_column(rc, h, "nilai_sebelumnya", &c->sebelumnya);
    find_column(rc, h, "pimpinan", &c->pimpinan);
    find_column(rc, h, "wilayah", &c->wilayah);
    find_column(rc, h, "catatan", &c->catatan);

    size_t ns = ev ? ev->n_stages : 0, ni = ev ? ev->n_indicators : 0;
    c->stage = xcalloc(ns ? ns : 1, sizeof(int));
    c->indicator = xcalloc(ni ? ni : 1, sizeof(int));
    bool all_stages = ns > 0;
    for (size_t i = 0; i < ns; i++) {
        find_column(rc, h, ev->stages[i].kode, &c->stage[i]);
        if (c->stage[i] < 0)
            all_stages = false;
    }
    for (size_t i = 0; i < ni; i++)
        find_column(rc, h, ev->indicators[i].kode, &c->indicator[i]);

    bool ok = true;
    const char *required[] = {"id", "nama", "kategori"};
    int where[] = {c->id, c->nama, c->kategori};
    for (size_t i = 0; i < 3; i++) {
        if (where[i] < 0) {
            report(rc, WHOLE_ROW, W_SCORES_COLUMN_MISSING, required[i]);
            ok = false;
        }
    }
    if (c->nilai < 0 && !all_stages) {
        if (ns > 0) {
            char missing[512] = "";
            for (size_t i = 0; i < ns; i++) {
                if (c->stage[i] >= 0)
                    continue;
                strncat(missing, missing[0] ? ", " : "", sizeof missing - strlen(missing) - 1);
                strncat(missing, ev->stages[i].kode, sizeof missing - strlen(missing) - 1);
            }
            report(rc, WHOLE_ROW, W_SCORES_NO_SCORE_NO_STAGES, missing);
        } else if (ev) {
            report(rc, WHOLE_ROW, W_SCORES_NO_SCORE_COLUMN);
        }
        ok = ev == NULL && ok;
    }
    return ok;
}

static bool is_blank_row(const scores_row *r)
{
    for (size_t i = 0; i < r->n; i++)
        if (r->fields[i][0] != '\0')
            return false;
    return true;
}

/* Text for a PDF must print in the PDF fonts. */
static void check_printable(const row_ctx *rc, int col, const char *value, const char *column)
{
    unsigned bad;
    char *printable = utf8_to_cp1252(value, &bad);
    if (!printable) {
        char desc[64];
        text_describe_char(bad, desc, sizeof desc);
        report(rc, col, W_SCORES_UNPRINTABLE, column, desc);
    }
    free(printable);
}

static char *take_text(const row_ctx *rc, int col, const char *value, const char *column)
{
    check_printable(rc, col, value, column);
    return text_squeeze(value);
}

/* A note with its line breaks kept (a list of recommendations): each line's
 * spaces squeezed, blank lines dropped; the caller frees it. */
static char *note_lines(const char *text)
{
    char *s = xstrdup(text);
    size_t o = 0;
    for (char *line = s; line;) {
        char *end = line + strcspn(line, "\r\n");
        char keep = *end;
        *end = '\0';
        char *one = text_squeeze(line);
        if (*one) {
            if (o > 0)
                s[o++] = '\n';
            size_t len = strlen(one); /* never longer than the line */
            memmove(s + o, one, len);
            o += len;
        }
        free(one);
        line = keep ? end + 1 : NULL;
    }
    s[o] = '\0';
    return s;
}

/* Parses a score 0..100; returns false (after reporting) when it is wrong,
 * *present false when the cell is empty. */
static bool take_score(const row_ctx *rc, int col, const char *value, const char *column,
                       decimal *out, bool *present)
{
    *present = false;
    switch (decimal_parse(value, out)) {
    case DECIMAL_EMPTY:
        return true;
    case DECIMAL_NOT_NUMBER:
        report(rc, col, W_SCORES_NOT_NUMBER, column, value);
        return false;
    case DECIMAL_TOO_PRECISE:
        report(rc, col, W_SCORES_TOO_MANY_DIGITS, column, value);
        return false;
    case DECIMAL_OK:
        break;
    }
    if (!decimal_in_score_range(*out)) {
        report(rc, col, W_SCORES_OUT_OF_RANGE, column, value);
        return false;
    }
    *present = true;
    return true;
}

/* A row's field; "" past its end (a workbook's row stops at its last cell
 * with text). */
static const char *cell(const scores_row *r, int col)
{
    return col >= 0 && (size_t)col < r->n ? r->fields[col] : "";
}

static bool status_is(const char *value, const char *name)
{
    return header_is(value, name);
}

/* Reads one data row into b; returns false when the row is unusable. */
static bool read_body(const row_ctx *rc, const scores_row *r, const columns *c, const kip_event *ev,
                      kip_body *b)
{
    size_t errors_before = problems_count(rc->pr);
    size_t ns = ev ? ev->n_stages : 0, ni = ev ? ev->n_indicators : 0;
    b->line = rc->line;

    for (size_t i = 0; i < r->n; i++) {
        size_t bad;
        if (!utf8_valid(r->fields[i], strlen(r->fields[i]), &bad)) {
            report(rc, (int)i, W_SCORES_NOT_UTF8, i + 1);
            return false;
        }
    }

    const char *id = cell(r, c->id);
    if (!*id)
        report(rc, c->id, W_SCORES_ID_EMPTY);
    else if (!filename_ok(id, FILENAME_MAX_ID))
        report(rc, c->id, W_SCORES_ID_BAD, id, FILENAME_MAX_ID);
    b->id = xstrdup(id);
    if (rc->sheet) {
        char place[320];
        b->place = xstrdup(xlsx_place(rc->sheet, (size_t)c->id + 1, rc->line, place, sizeof place));
    }

    const char *nama = cell(r, c->nama);
    if (!*nama)
        report(rc, c->nama, W_SCORES_NAME_EMPTY);
    b->nama = take_text(rc, c->nama, nama, "nama");
    if (c->pimpinan >= 0 && *cell(r, c->pimpinan))
        b->pimpinan = take_text(rc, c->pimpinan, cell(r, c->pimpinan), "pimpinan");
    if (c->wilayah >= 0 && *cell(r, c->wilayah))
        b->wilayah = take_text(rc, c->wilayah, cell(r, c->wilayah), "wilayah");
    if (c->catatan >= 0 && *cell(r, c->catatan)) {
        /* (its length is bounded by the field's; whether it fits the card
         * is measured when the cards are laid out) */
        check_printable(rc, c->catatan, cell(r, c->catatan), "catatan");
        char *text = note_lines(cell(r, c->catatan));
        b->catatan = *text ? text : NULL;
        if (!b->catatan)
            free(text);
    }

    const char *kat = cell(r, c->kategori);
    if (ev && ev->n_categories > 0) {
        size_t i;
        for (i = 0; i < ev->n_categories; i++)
            if (ascii_casecmp(kat, ev->categories[i].kode) == 0
                || ascii_casecmp(kat, ev->categories[i].nama) == 0)
                break;
        if (i < ev->n_categories) {
            b->category = i;
        } else {
            char list[512] = "";
            for (size_t k = 0; k < ev->n_categories; k++) {
                strncat(list, k ? ", " : "", sizeof list - strlen(list) - 1);
                strncat(list, ev->categories[k].kode, sizeof list - strlen(list) - 1);
            }
            if (*kat)
                report(rc, c->kategori, W_SCORES_CATEGORY_UNKNOWN, kat, list);
            else
                report(rc, c->kategori, W_SCORES_CATEGORY_EMPTY_ONE_OF, list);
        }
    } else if (!*kat) {
        report(rc, c->kategori, W_SCORES_CATEGORY_EMPTY);
    }

    const char *status = cell(r, c->status);
    if (!*status || status_is(status, "dinilai")) {
        b->status = KIP_DINILAI;
    } else if (status_is(status, "tidak_mengisi_saq")) {
        b->status = KIP_TIDAK_MENGISI_SAQ;
    } else {
        report(rc, c->status, W_SCORES_STATUS_UNKNOWN, status);
    }
    bool scored = b->status == KIP_DINILAI;

    if (c->nilai >= 0)
        take_score(rc, c->nilai, cell(r, c->nilai), "nilai", &b->nilai, &b->has_nilai);

    b->stage = xcalloc(ns ? ns : 1, sizeof(decimal));
    b->has_stage = xcalloc(ns ? ns : 1, sizeof(bool));
    bool stages_complete = ns > 0;
    for (size_t i = 0; i < ns; i++) {
        if (c->stage[i] >= 0)
            take_score(rc, c->stage[i], cell(r, c->stage[i]), ev->stages[i].kode, &b->stage[i],
                       &b->has_stage[i]);
        if (!b->has_stage[i])
            stages_complete = false;
    }
    b->indicator = xcalloc(ni ? ni : 1, sizeof(decimal));
    b->has_indicator = xcalloc(ni ? ni : 1, sizeof(bool));
    for (size_t i = 0; i < ni; i++)
        if (c->indicator[i] >= 0)
            take_score(rc, c->indicator[i], cell(r, c->indicator[i]), ev->indicators[i].kode,
                       &b->indicator[i], &b->has_indicator[i]);

    if (c->sebelumnya >= 0) {
        decimal prev;
        if (take_score(rc, c->sebelumnya, cell(r, c->sebelumnya), "nilai_sebelumnya", &prev,
                       &b->has_previous)
            && b->has_previous)
            b->previous = decimal_round2(prev);
    }

    if (scored && ev && !b->has_nilai && !stages_complete
        && problems_count(rc->pr) == errors_before) {
        if (ns == 0)
            report(rc, c->nilai, W_SCORES_SCORE_EMPTY);
        else
            report(rc, c->nilai >= 0 ? c->nilai : WHOLE_ROW, W_SCORES_SCORE_INCOMPLETE);
    }
    return problems_count(rc->pr) == errors_before;
}

static int by_id_then_line(const void *a, const void *b)
{
    const kip_body *x = *(kip_body *const *)a, *y = *(kip_body *const *)b;
    int c = strcmp(x->id, y->id);
    return c ? c : (x->line > y->line) - (x->line < y->line);
}

/* Each id used again is reported at its later rows, naming the first. */
static void report_duplicate_ids(const char *path, kip_body *bodies, size_t n, problems *pr)
{
    kip_body **sorted = xcalloc(n ? n : 1, sizeof(kip_body *));
    for (size_t i = 0; i < n; i++)
        sorted[i] = &bodies[i];
    qsort(sorted, n, sizeof(kip_body *), by_id_then_line);
    for (size_t i = 1; i < n; i++) {
        size_t first = i - 1;
        while (first > 0 && strcmp(sorted[first - 1]->id, sorted[i]->id) == 0)
            first--;
        if (strcmp(sorted[first]->id, sorted[i]->id) != 0)
            continue;
        if (sorted[i]->place)
            problems_add_at(pr, path, sorted[i]->line, sorted[i]->place, W_SCORES_ID_USED_IN,
                            sorted[i]->id, sorted[first]->place);
        else
            problems_add(pr, path, sorted[i]->line, W_SCORES_ID_USED_AT, sorted[i]->id,
                         sorted[first]->line);
    }
    free(sorted);
}

/* The reader's state: each row is checked as soon as it is complete, and
 * only the bodies read are kept, never the rows. */
struct reader {
    const char *path;
    const char *sheet; /* a workbook's first sheet; NULL for a CSV */
    const kip_event *ev;
    problems *pr;
    scores_row header; /* a copy of the first row */
    bool have_header;
    bool header_ok; /* the rows are read only under a usable header */
    columns c;
    size_t data_rows; /* rows after the header that are not blank */
    kip_body *bodies;
    size_t n, cap;
};

static void copy_header(scores_row *to, const scores_row *from)
{
    *to = *from;
    size_t len = 0;
    for (size_t i = 0; i < from->n; i++)
        len += strlen(from->fields[i]) + 1;
    to->text = xmalloc(len ? len : 1);
    to->len = len;
    to->offsets = NULL;
    to->fields = xcalloc(from->n ? from->n : 1, sizeof(char *));
    for (size_t i = 0, at = 0; i < from->n; i++) {
        size_t n = strlen(from->fields[i]) + 1;
        memcpy(to->text + at, from->fields[i], n);
        to->fields[i] = to->text + at;
        at += n;
    }
}

/* The first row: the column names. */
static void take_header(reader *rd, const scores_row *r)
{
    row_ctx rc = {rd->path, rd->pr, r->line, rd->sheet};
    rd->have_header = true;
    copy_header(&rd->header, r);
    if (r->refused)
        return;
    if (r->has_nul) {
        report(&rc, WHOLE_ROW, rd->sheet ? W_SCORES_HEADER_NUL_CHAR : W_SCORES_NUL_BYTE);
        return;
    }
    if (r->long_field) {
        report(&rc, (int)r->long_field - 1, W_SCORES_HEADER_TOO_LONG, r->long_field, r->long_size);
        return;
    }
    if (r->dropped || r->far_field) {
        if (rd->sheet)
            report(&rc, (int)r->far_field - 1, W_SCORES_SHEET_TOO_WIDE, SCORES_MAX_COLUMNS);
        else
            report(&rc, WHOLE_ROW, W_SCORES_FILE_TOO_WIDE, r->n + r->dropped, SCORES_MAX_COLUMNS);
        return;
    }
    rd->header_ok = read_header(&rc, &rd->header, rd->ev, &rd->c);
}

/* A workbook's row has no column count to compare with the header's:
 * instead, a cell with text in a column without a name is refused
 * (reported), since it is read by no one. */
static bool sheet_row_fits(const row_ctx *rc, const scores_row *r, size_t header_n)
{
    for (size_t i = header_n; i < r->n; i++) {
        if (r->fields[i][0] != '\0') {
            report(rc, (int)i, W_SCORES_UNTITLED_CELL_TEXT, r->fields[i]);
            return false;
        }
    }
    if (r->far_field) {
        report(rc, (int)r->far_field - 1, W_SCORES_UNTITLED_CELL);
        return false;
    }
    return true;
}

static void take_row(reader *rd, const scores_row *r)
{
    if (!rd->have_header) {
        take_header(rd, r);
        return;
    }
    if (!rd->header_ok)
        return;
    row_ctx rc = {rd->path, rd->pr, r->line, rd->sheet};
    if (r->refused) {
        rd->data_rows++;
        return;
    }
    /* a row refused whole is still a row: the file is not "header only" */
    if (r->has_nul) {
        rd->data_rows++;
        report(&rc, WHOLE_ROW, rd->sheet ? W_SCORES_ROW_NUL_CHAR : W_SCORES_ROW_NUL_BYTE);
        return;
    }
    if (r->long_field) {
        rd->data_rows++;
        report(&rc, (int)r->long_field - 1, W_SCORES_CELL_TOO_LONG, r->long_field, r->long_size,
               SCORES_MAX_FIELD);
        return;
    }
    if (is_blank_row(r) && !r->dropped && !r->far_field)
        return;
    rd->data_rows++;
    if (rd->sheet) {
        if (!sheet_row_fits(&rc, r, rd->header.n))
            return;
    } else if (r->n + r->dropped != rd->header.n) {
        report(&rc, WHOLE_ROW, W_SCORES_ROW_WIDTH, r->n + r->dropped, rd->header.n);
        return;
    }
    kip_body b = {0};
    if (!read_body(&rc, r, &rd->c, rd->ev, &b)) {
        kip_body_clear(&b);
        return;
    }
    if (rd->n == SCORES_MAX_BODIES) {
        /* said once, at the first body too many; the rows after it are
         * still checked */
        report(&rc, WHOLE_ROW, W_SCORES_TOO_MANY_BODIES, SCORES_MAX_BODIES, SCORES_MAX_BODIES);
        rd->n++;
    }
    if (rd->n > SCORES_MAX_BODIES) {
        kip_body_clear(&b);
        return;
    }
    if (rd->n == rd->cap) {
        rd->cap = rd->cap ? rd->cap * 2 : 256;
        rd->bodies = xrealloc(rd->bodies, rd->cap * sizeof(kip_body));
    }
    rd->bodies[rd->n++] = b;
}

/* After the last row: what is said of the whole file, then the bodies. */
static kip_body *reader_finish(reader *rd, bool rows_ok, size_t rows, size_t *n_out)
{
    const char *path = rd->path;
    problems *pr = rd->pr;
    if (rows == 0) {
        if (rows_ok && rd->sheet)
            problems_add(pr, path, 0, W_SCORES_SHEET_EMPTY, rd->sheet);
        else if (rows_ok)
            problems_add(pr, path, 0, W_SCORES_EMPTY);
    } else if (rd->header_ok && rows_ok && rd->data_rows == 0) {
        if (rd->sheet)
            problems_add(pr, path, 0, W_SCORES_SHEET_HEADER_ONLY, rd->sheet);
        else
            problems_add(pr, path, 0, W_SCORES_HEADER_ONLY);
    }
    size_t n = rd->n > SCORES_MAX_BODIES ? SCORES_MAX_BODIES : rd->n;
    if (rd->header_ok) {
        if (!rd->bodies)
            rd->bodies = xcalloc(1, sizeof(kip_body));
        report_duplicate_ids(path, rd->bodies, n, pr);
    }
    free(rd->c.stage);
    free(rd->c.indicator);
    free(rd->header.fields);
    free(rd->header.text);
    *n_out = n;
    return rd->bodies;
}

kip_body *scores_parse(const char *path, const char *text, size_t len, const kip_event *ev,
                       problems *pr, size_t *n_out)
{
    *n_out = 0;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        text += 3;
        len -= 3;
    }
    bool empty = true;
    for (size_t i = 0; i < len && empty; i++)
        if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r' && text[i] != '\n')
            empty = false;
    if (empty) {
        problems_add(pr, path, 0, W_SCORES_EMPTY_FILE);
        return NULL;
    }

    reader rd = {.path = path, .ev = ev, .pr = pr};
    collector col = {.to = &rd};
    bool split_ok = split_rows(path, text, len, detect_delimiter(text, len), &col, pr);
    row_free(&col.cur);
    return reader_finish(&rd, split_ok, col.rows, n_out);
}

/* The workbook reader's rows, checked like the CSV's. */
typedef struct {
    reader rd;
    size_t rows;
    char sheet[320]; /* the sheet's name, kept past the reading for the
                        messages of the whole sheet */
} sheet_feed;

static void take_sheet_row(const xlsx_row *x, void *arg)
{
    sheet_feed *f = arg;
    if (!f->rd.sheet) {
        snprintf(f->sheet, sizeof f->sheet, "%s", x->sheet);
        f->rd.sheet = f->sheet;
    }
    scores_row r = {
        .fields = x->cells,
        .n = x->n,
        .line = x->row,
        .has_nul = x->has_nul,
        .long_field = x->long_cell,
        .long_size = x->long_size,
        .far_field = x->far_cell,
        .refused = x->bad,
    };
    f->rows++;
    take_row(&f->rd, &r);
}

kip_body *scores_parse_xlsx(const char *path, const char *data, size_t len, const kip_event *ev,
                            problems *pr, size_t *n_out)
{
    *n_out = 0;
    sheet_feed f = {.rd = {.path = path, .ev = ev, .pr = pr}};
    bool ok =
        xlsx_read(path, data, len, SCORES_MAX_FIELD, SCORES_MAX_COLUMNS, take_sheet_row, &f, pr);
    if (f.rows == 0) {
        if (ok)
            problems_add(pr, path, 0, W_SCORES_FIRST_SHEET_EMPTY);
        return NULL;
    }
    return reader_finish(&f.rd, ok, f.rows, n_out);
}

static bool ends_with_xlsx(const char *path)
{
    size_t n = strlen(path);
    return n >= 5 && ascii_casecmp(path + n - 5, ".xlsx") == 0;
}

kip_body *scores_load_kept(const char *path, const kip_event *ev, problems *pr, size_t *n,
                           char **bytes, size_t *bytes_len)
{
    *n = 0;
    *bytes = NULL;
    *bytes_len = 0;
    size_t len;
    char *text = input_read(path, W_SCORES_FILE, SCORES_MAX_BYTES, pr, &len);
    if (!text)
        return NULL;
    kip_body *b;
    if (len >= 4 && memcmp(text, "\xD0\xCF\x11\xE0", 4) == 0) {
        problems_add(pr, path, 0, W_SCORES_XLS);
        b = NULL;
    } else if (xlsx_looks_like_zip(text, len) || ends_with_xlsx(path)) {
        b = scores_parse_xlsx(path, text, len, ev, pr, n);
    } else {
        b = scores_parse(path, text, len, ev, pr, n);
    }
    *bytes = text;
    *bytes_len = len;
    return b;
}

kip_body *scores_load(const char *path, const kip_event *ev, problems *pr, size_t *n)
{
    char *bytes;
    size_t len;
    kip_body *b = scores_load_kept(path, ev, pr, n, &bytes, &len);
    free(bytes);
    return b;
}
