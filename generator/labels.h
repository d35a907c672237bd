/*
 * labels — Indonesian words shared by the documents and messages: dates
 * and weekdays, the page footer, ranks, changes, counts in words, shares,
 * the non-respondents' note and the reasons a file cannot be used.
 */
#ifndef ANUGERAH_LABELS_H
#define ANUGERAH_LABELS_H

#include <stddef.h>

#include "round.h"

/* "24 November 2021" */
void label_date(const kip_date *d, char *buf, size_t size);

/* "Halaman 3 dari 12" */
void label_page_footer(char *buf, size_t size, int page, int pages);

/* "I", "II", "III" ... for award ranks (1..39). */
const char *label_roman(int n, char *buf, size_t size);

/* "3 dari 39" */
void label_rank_of(char *buf, size_t size, int rank, size_t count);

/* "naik 7,40", "turun 3,20", "tetap" for a change in hundredths. */
void label_change(char *buf, size_t size, long long change);

/* "Rabu" */
const char *label_weekday(const kip_date *d);

/* A count in figures, thousands separated by a point: "5.000". */
void label_count(char *buf, size_t size, size_t n);

/* A count in running text, by one rule everywhere: "tidak ada" for zero,
 * words from one to nine ("tiga"), figures from 10 on ("39", "5.000"). */
void label_count_words(char *buf, size_t size, size_t n);

/* A share in percent with two decimals and the sign: "24,63 %". */
void label_share(char *buf, size_t size, size_t part, size_t whole);

/* Why a file could not be read or written, in Indonesian, for the errno
 * values a clerk meets; the system's own words for the others. */
const char *label_errno(int err);

/* The note of a body that did not return the SAQ: "tidak mengisi SAQ". */
extern const char LABEL_NO_SAQ[];

/*
 * The documents' own words.  Formats are macros, so that the compiler
 * checks the arguments where they are used; the release's wording is not
 * here but in templates/siaran-pers.txt, for the clerk to edit.
 */

/* Document information of every PDF (title, subject, keywords). */
#define W_DOC_TITLE "%s \u2014 %s" /* the document's title, the round's */
#define W_DOC_SUBJECT "%s: hasil monitoring dan evaluasi keterbukaan informasi publik tahun %d"
#define W_DOC_KEYWORDS "keterbukaan informasi publik, monev, %d, %s" /* year, organiser */
#define W_PLACE_DATE "%s, %s"                                      /* "Serang, 24 November 2021" */

/* The press release. */
#define W_PRESS_TITLE "Siaran Pers"
#define W_AND " dan "
#define W_LIST_SEP ", "
#define W_LIST_LAST_SEP ", dan "

/* Certificates. */
#define W_CERT_TITLE "Piagam Penghargaan %s" /* the body */
#define W_CERT_HEADING "PIAGAM PENGHARGAAN"
#define W_CERT_GIVEN_TO "diberikan kepada"
/* band, score, rank in Roman figures, category */
#define W_CERT_BOTH "dengan kualifikasi %s (nilai %s)\ndan meraih Peringkat %s Kategori %s"
/* band, score, category */
#define W_CERT_TOP_BAND "sebagai Badan Publik dengan kualifikasi %s (nilai %s)\nKategori %s"
/* rank in Roman figures, category, band, score */
#define W_CERT_PODIUM "sebagai Peringkat %s Kategori %s\ndengan kualifikasi %s (nilai %s)"
/* year, organiser */
#define W_CERT_ROUND                                                                               \
    "dalam Monitoring dan Evaluasi Keterbukaan Informasi Publik Tahun %d\nyang diselenggarakan "  \
    "oleh %s"

#endif
