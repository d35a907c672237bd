/*
 * columns — the ranking's columns as the exports publish them, defined
 * once so that the CSV, the JSON, the workbook and metadata.json agree.
 *
 * The CSV's columns, in order: kategori, peringkat, id, nama, nilai,
 * kualifikasi (the first six, unchanged since the first exports), then
 * wilayah, tahapan_<kode> for each stage and indikator_<kode> for each
 * indicator (event order), status, nilai_sebelumnya,
 * kualifikasi_sebelumnya, perubahan, warna, nomor_piagam.
 *
 * A cell is text ("" when empty) or, for the numeric columns, a number in
 * hundredths; a missing number is an empty cell.
 */
#ifndef ANUGERAH_COLUMNS_H
#define ANUGERAH_COLUMNS_H

#include <stdbool.h>
#include <stddef.h>

#include "round.h"

typedef enum {
    COL_CATEGORY, /* the category's code */
    COL_RANK,     /* 1-based; empty when unranked */
    COL_ID,
    COL_NAME,
    COL_SCORE,       /* the final score; empty for a non-respondent */
    COL_BAND,        /* the qualification's name */
    COL_REGION,      /* wilayah; empty when not given */
    COL_STAGE,       /* a stage's score as displayed; `part` is its index */
    COL_INDICATOR,   /* an indicator's score as displayed; `part` its index */
    COL_STATUS,      /* "dinilai" or "tidak mengisi SAQ" */
    COL_PREV_SCORE,  /* last year's score */
    COL_PREV_BAND,   /* last year's qualification */
    COL_CHANGE,      /* score - last year's, when compared */
    COL_COLOR,       /* the qualification's colour, "#RRGGBB" */
    COL_CERTIFICATES /* the body's certificate numbers, "; " between */
} column_kind;

typedef enum { COLUMN_TEXT, COLUMN_INTEGER, COLUMN_SCORE } column_type;

typedef struct {
    column_kind kind;
    size_t part; /* COL_STAGE, COL_INDICATOR: the part's index */
    char *name;  /* the CSV's column name */
    column_type type;
} column;

typedef struct {
    column *cols;
    size_t n;
} column_list;

/* The CSV's columns for this round (columns_free). */
column_list columns_of(const kip_round *r);
void columns_free(column_list *l);

/* The type of a kind of column. */
column_type column_type_of(column_kind kind);

/* A numeric cell of body `body`: true with its value (hundredths for
 * scores, the number itself for ranks) when it has one. */
bool column_number(const kip_round *r, column_kind kind, size_t part, size_t body,
                   long long *value);

/* A cell as the CSV writes it (numbers with a point and two decimals,
 * ranks as integers, "" when empty); the caller frees it. */
char *column_text(const kip_round *r, column_kind kind, size_t part, size_t body);

/* A band's colour as "#RRGGBB" into buf (at least 8 bytes); returns buf. */
char *column_color_hex(kip_rgb c, char *buf, size_t size);

/* The status in words: "dinilai" or "tidak mengisi SAQ". */
const char *column_status_words(kip_status s);

/* The certificate numbers of body `body` in certificate order (the
 * pattern's number, else the running number); none in a draft.  Returns
 * how many, with a new array of new strings in *numbers (caller frees
 * each and the array). */
size_t column_certificates(const kip_round *r, size_t body, char ***numbers);

#endif
