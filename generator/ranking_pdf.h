/*
 * ranking_pdf — peringkat-<tahun>.pdf: a summary page (bodies per category
 * and per qualification, with totals), then per category a table of rank,
 * name, score and qualification.
 */
#ifndef ANUGERAH_RANKING_PDF_H
#define ANUGERAH_RANKING_PDF_H

#include <stdbool.h>

#include "round.h"

/* Writes the ranking PDF to `path`.  Returns false with a message (caller
 * frees) on failure. */
#include "doc_common.h"

bool ranking_pdf_write(const kip_round *r, doc_target *t, char **error);

#endif
