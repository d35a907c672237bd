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

/* What a body is honoured for (a certificate each body with any). */
enum {
    KIP_AWARD_TOP_BAND = 1, /* the top qualification */
    KIP_AWARD_PODIUM = 2    /* ranked first, second or third in its category */
};

/* Its qualification against last year's. */
typedef enum {
    KIP_MOVE_NONE, /* not compared: no score last year, or none this year */
    KIP_MOVE_UP,
    KIP_MOVE_SAME,
    KIP_MOVE_DOWN
} kip_move;

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
    score_t score;   /* final, hundredths; 0 for non-respondents */
    size_t band;     /* index into the event's bands */
    int rank;        /* 1-based within the category; 0 when unranked */
    unsigned awards; /* KIP_AWARD_* bits; 0 for none */
    /* Last year, when has_previous: its qualification (the archived name
     * when that names a current band, else the band of the score), and,
     * when `move` is not KIP_MOVE_NONE, the change of score. */
    size_t previous_band_index;
    const char *previous_band_name; /* borrowed: the archived or the band's name */
    kip_move move;
    score_t change; /* score - previous, hundredths */
} kip_body;

/* Bodies compared with last year (scored in both years) and how their
 * qualification moved; the average of their scores last year. */
typedef struct {
    size_t compared, up, same, down;
    score_t previous_average; /* hundredths, half up; 0 when none compared */
} kip_movement;

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
    size_t awarded;   /* bodies with any award */
    kip_movement movement;
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
    size_t ranked;         /* bodies of the whole round that were scored */
    kip_movement movement; /* of the whole round */
    /* The year last year's scores are from: the archive's own year with
     * --previous, else the year before this round; 0 when no body has one. */
    int previous_year;
} kip_round;

void kip_event_free(kip_event *e);
void kip_body_clear(kip_body *b);

/* Frees the round with its event and bodies. */
void kip_round_free(kip_round *r);

#endif
