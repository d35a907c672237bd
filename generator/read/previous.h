/*
 * previous — chaining years: last year's archived output folder supplies
 * each body's previous score and qualification by id, so nobody retypes
 * them.  The folder is verified against its manifest first.
 */
#ifndef ANUGERAH_PREVIOUS_H
#define ANUGERAH_PREVIOUS_H

#include <stdbool.h>

#include "problems.h"
#include "round.h"

/* Reads dir's peringkat-<tahun>.json and fills has_previous, previous and
 * previous_band of the bodies it knows.  A body whose nilai_sebelumnya
 * column disagrees with the archive is reported at its line in
 * `scores_path`; an archive whose year is not before `this_year` (0: not
 * known) is refused.  Problems go to `pr`.  Returns the archive's year, or
 * 0 when the archive is unusable. */
int previous_apply(const char *dir, const char *scores_path, int this_year, kip_body *bodies,
                   size_t n, problems *pr);

#endif
