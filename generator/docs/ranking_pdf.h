/*
 * ranking_pdf — peringkat-<tahun>.pdf: a summary page (per category the
 * bodies, the scored bodies in each qualification and the non-respondents,
 * with totals; then the bands), then per category a table of rank, name,
 * score and qualification.
 */
#ifndef ANUGERAH_RANKING_PDF_H
#define ANUGERAH_RANKING_PDF_H

#include <stdbool.h>

#include "round.h"

#include "doc_common.h"

/* Writes the ranking PDF to the target's path and records its pages in
 * `t`.  Returns false with a message (caller frees) on failure. */
bool ranking_pdf_write(const kip_round *r, doc_target *t, char **error);

#endif
