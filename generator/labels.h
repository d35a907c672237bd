/*
 * labels — the Indonesian words the documents and messages use, in one
 * place: month names, the page footer, headings.
 */
#ifndef ANUGERAH_LABELS_H
#define ANUGERAH_LABELS_H

#include <stddef.h>

#include "round.h"

/* "24 November 2021" */
void label_date(const kip_date *d, char *buf, size_t size);

/* "Halaman 3 dari 12" */
void label_page_footer(char *buf, size_t size, int page, int pages);

/* The note of a body that did not return the SAQ: "tidak mengisi SAQ". */
extern const char LABEL_NO_SAQ[];

#endif
