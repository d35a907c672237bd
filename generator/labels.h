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

/* A count in words for one to nine ("tiga"), in figures otherwise. */
void label_count_words(char *buf, size_t size, size_t n);

/* A share in percent with two decimals and the sign: "24,63 %". */
void label_share(char *buf, size_t size, size_t part, size_t whole);

/* Why a file could not be read or written, in Indonesian, for the errno
 * values a clerk meets; the system's own words for the others. */
const char *label_errno(int err);

/* The note of a body that did not return the SAQ: "tidak mengisi SAQ". */
extern const char LABEL_NO_SAQ[];

#endif
