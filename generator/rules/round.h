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
#include "image.h"

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

/* A date written YYYY-MM-DD, a real day of a year 1900 to 2999 (no
 * 29 February outside leap years): false when it is not one. */
bool kip_date_parse(const char *s, kip_date *d);
bool kip_leap_year(int year);

/* The decree that fixes the results ("keputusan"). */
typedef struct {
    char *nomor;   /* NULL: not known yet (a dotted line to fill in by hand) */
    char *tentang; /* NULL: the standard wording */
    bool has_tanggal;
    kip_date tanggal;
} kip_decree;

/* The contact for the press ("kontak"); each field may be NULL. */
typedef struct {
    char *nama, *telepon, *surel;
} kip_contact;

/* The quote of the commission's chair in the press release
 * ("siaran_pers": {"kutipan", "kutipan_nama", "kutipan_jabatan"}); teks
 * NULL: none.  nama and jabatan NULL: the signatory's. */
typedef struct {
    char *teks, *nama, *jabatan;
} kip_quote;

/* How an award ("penghargaan") chooses its bodies: exactly one rule. */
typedef enum {
    KIP_AWARD_BY_BAND, /* scored bodies in the named qualifications */
    KIP_AWARD_BY_RANK, /* ranks 1..N of each category, named I, II, III... */
    KIP_AWARD_BY_ID    /* the listed bodies (a jury's special award) */
} kip_award_rule;

typedef struct {
    char *kode, *nama;
    long line; /* in the event file */
    kip_award_rule rule;
    size_t *bands; /* KIP_AWARD_BY_BAND: band indices */
    size_t n_bands;
    int ranks;  /* KIP_AWARD_BY_RANK */
    char **ids; /* KIP_AWARD_BY_ID */
    size_t n_ids;
    size_t *categories; /* narrowed to these categories; none: every category */
    size_t n_categories;
} kip_award;

/* At most this many awards, so that a body's awards fit one bit set. */
#define KIP_MAX_AWARDS 64

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

    /* The commission's identity; all optional. */
    bool has_keputusan;
    kip_decree keputusan;
    kip_image logos[2];       /* the province's emblem (left), the commission's (right) */
    kip_image logo_thumbs[2]; /* the same at most 64 pixels a side, for small marks */
    size_t n_logos;
    char **kop; /* the letterhead's lines */
    size_t n_kop;
    kip_image tanda_tangan, stempel; /* rgb NULL when not given */
    kip_contact kontak;
    kip_quote kutipan;
    char *piagam_nomor;          /* the certificates' number pattern; NULL: none */
    bool piagam_tampilkan_nilai; /* the score on certificates (default yes) */
    kip_award *awards;           /* in the event's order; never empty */
    size_t n_awards;
    /* Where the output folder will be published (publikasi.situs), an
     * absolute http(s) address ending in '/'; NULL: not given, and the
     * documents carry no QR code. */
    char *situs;
    /* The event file's bytes exactly as read and checked (event_load
     * only; NULL otherwise), for the archive's copy of the inputs. */
    char *source;
    size_t source_len;
} kip_event;

typedef enum { KIP_DINILAI, KIP_TIDAK_MENGISI_SAQ } kip_status;

/* Its qualification against last year's. */
typedef enum {
    KIP_MOVE_NONE, /* not compared: no score last year, or none this year */
    KIP_MOVE_UP,
    KIP_MOVE_SAME,
    KIP_MOVE_DOWN
} kip_move;

/* One year of a body's history (riwayat): its score and qualification
 * that year. */
typedef struct {
    int tahun;
    bool has_nilai;    /* false: it did not return the SAQ that year */
    score_t nilai;     /* hundredths; 0 without a score */
    char *kualifikasi; /* the name as archived or, this year, the band's */
    /* Filled by the rules: the current band the year's qualification
     * names, else the band of its score (for colours and the top band). */
    size_t band;
} kip_year;

/* At most this many years of history per body (a century of rounds). */
#define KIP_MAX_HISTORY 100

typedef struct {
    long line;   /* its row in the scores file */
    char *place; /* in a workbook, its id cell ("Nilai!A7"), which problems
                    name instead of the line; NULL in a CSV */
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
    char *catatan;       /* the commission's notes for the body; NULL: none */
    /* Its history (riwayat), oldest first, each year once: the readers
     * give the years before this round (from last year's archive); the
     * rules add last year's score when only the scores file gives it, and
     * this year, so that afterwards the last entry is this round. */
    kip_year *history;
    size_t n_history;

    /* Filled by the rules. */
    score_t score;             /* final, hundredths; 0 for non-respondents */
    size_t band;               /* index into the event's bands */
    int rank;                  /* 1-based within the category; 0 when unranked */
    unsigned long long awards; /* bit i: the event's award i */
    /* Last year, when has_previous: its qualification (the archived name
     * when that names a current band, else the band of the score), and,
     * when `move` is not KIP_MOVE_NONE, the change of score. */
    size_t previous_band_index;
    const char *previous_band_name; /* borrowed: the archived or the band's name */
    kip_move move;
    score_t change; /* score - previous, hundredths */
    /* How many rounds in a row, ending with this one, the body was in the
     * top band (0 when it is not this year); a round it is missing from
     * breaks the run. */
    int top_streak;
    /* In the top band this year for the first time, with at least one
     * earlier year known. */
    bool top_first;
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
    kip_movement movement;
    kip_stat final;
    kip_stat *stages;     /* per event stage */
    kip_stat *indicators; /* per event indicator */
} kip_section;

/* One certificate: a body's award, numbered. */
typedef struct {
    size_t award; /* index into the event's awards */
    size_t body;  /* index into the round's bodies */
    int urut;     /* 1-based, in the order of the list */
    char *nomor;  /* from the event's pattern; NULL without one */
} kip_certificate;

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
    /* Every certificate, in award order (as in the event), then category
     * order, then rank, then name: the same inputs give the same numbers. */
    kip_certificate *certificates;
    size_t n_certificates;
    /* Provisional results for the objection period (build --draf): every
     * page marked, no certificates. */
    bool draft;
    /* The scores file's bytes exactly as read and checked (NULL when the
     * round was not loaded from files), for the archive's copy. */
    char *scores_source;
    size_t scores_source_len;
} kip_round;

void kip_event_free(kip_event *e);
void kip_body_clear(kip_body *b);

/* Frees the round with its event and bodies. */
void kip_round_free(kip_round *r);

#endif
