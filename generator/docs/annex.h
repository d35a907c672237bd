/*
 * annex — lampiran-keputusan-<tahun>.pdf, the annex to the decree that
 * fixes the round's results (A4 portrait): the letterhead; the decree's
 * heading (the commission, its number and date, what it is about, with a
 * dotted line where the number or the date is not known yet, to be filled
 * in by hand); then per category, in the event's order, the bodies grouped
 * by qualification from the top band down, each group a numbered table of
 * name and score, the bodies that did not return the SAQ last as a group
 * of their own; then the closing block with the signatory's title, the
 * signature and the seal when given (else the space for them), and name.
 */
#ifndef ANUGERAH_ANNEX_H
#define ANUGERAH_ANNEX_H

#include <stdbool.h>

#include "doc_common.h"
#include "round.h"

/* Writes the annex to the target's path and records its pages in `t`.
 * Returns false with a message (caller frees) on failure. */
bool annex_write(const kip_round *r, doc_target *t, char **error);

#endif
