/*
 * round — one monitoring round in memory: the event (categories, bands,
 * stages, indicators) and the bodies with their scores.
 *
 * Built once by the readers (event.c, scores.c), completed once by the rules
 * (rules.c), then only read by the document writers.
 */
#ifndef ANUGERAH_ROUND_H
#define ANUGERAH_ROUND_H

#include <stdbool.h>
#include <stddef.h>

#include "decimal.h"

typedef struct {
    double r, g, b; /* 0..1 */
} kip_rgb;

typedef struct {
    char *kode;
    char *nama;
} kip_category;

/* A qualification band: scores >= min (down to the next band) get it. */
typedef struct {
    char *nama;
    score_t min;
    kip_rgb color;
} kip_band;

/* A weighted part of the score: a stage (tahapan) or an indicator. */
typedef struct {
    char *kode;
    char *nama;
    score_t bobot; /* percent in hundredths; 0 when not given */
} kip_part;

typedef struct {
    int year, month, day;
} kip_date;

typedef struct {
    char *judul;
    int tahun;
    char *penyelenggara;
    char *tempat;
    kip_date tanggal;
    char *penandatangan_nama;
    char *penandatangan_jabatan;

    kip_category *categories; /* in document order */
    size_t n_categories;
    kip_band *bands; /* highest minimum first; the last has min 0 */
    size_t n_bands;
    kip_part *stages;
    size_t n_stages;
    kip_part *indicators;
    size_t n_indicators;
} kip_event;

typedef enum { KIP_DINILAI, KIP_TIDAK_MENGISI_SAQ } kip_status;

typedef struct {
    long line; /* its row in the scores file */
    char *id;
    char *nama;
    char *pimpinan;  /* NULL when not given */
    char *wilayah;   /* NULL when not given */
    size_t category; /* index into the event's categories */
    kip_status status;

    bool has_nilai; /* a final score was given in the file */
    decimal nilai;
    bool *has_stage; /* per event stage */
    decimal *stage;
    bool *has_indicator; /* per event indicator */
    decimal *indicator;
    bool has_previous;
    score_t previous;
    char *previous_band; /* last year's qualification as archived; NULL: from the
                            current bands */

    /* Filled by the rules. */
    score_t score; /* final, hundredths; 0 for non-respondents */
    size_t band;   /* index into the event's bands */
    int rank;      /* 1-based within the category; 0 when unranked */
} kip_body;

/* Average and best of one measure over a category's ranked bodies that
 * have it; count 0 when none has. */
typedef struct {
    size_t count;
    score_t average; /* hundredths, half up */
    score_t best;
} kip_stat;

typedef struct {
    size_t first;     /* index of its first body in kip_round.bodies */
    size_t count;     /* bodies in the category */
    size_t ranked;    /* of which ranked */
    size_t *per_band; /* bodies in each qualification band (non-respondents
                         in the lowest) */
    kip_stat final;
    kip_stat *stages;     /* per event stage */
    kip_stat *indicators; /* per event indicator */
} kip_section;

typedef struct {
    kip_event *event;
    kip_body *bodies; /* after the rules: by category, rank, name */
    size_t n_bodies;
    kip_section *sections; /* one per event category, after the rules */
    size_t *per_band;      /* bodies of the whole round in each band, as above */
} kip_round;

void kip_event_free(kip_event *e);
void kip_body_clear(kip_body *b);

/* Frees the round with its event and bodies. */
void kip_round_free(kip_round *r);

#endif
