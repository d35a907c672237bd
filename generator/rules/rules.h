/*
 * rules — final scores, qualifications and ranks.
 *
 * - The final score is the `nilai` column rounded half up to hundredths, or,
 *   without it, the stage scores weighted by the event's stage weights and
 *   rounded the same way.
 * - The qualification is the first band (highest minimum first) whose
 *   minimum the score reaches.
 * - Within a category bodies are ranked by score, highest first; equal
 *   scores share a rank and the next rank skips (1, 2, 2, 4); tied bodies
 *   are listed by name.  Bodies that did not return the SAQ get no rank and
 *   the lowest qualification, and are listed after the ranked ones.
 * - Per category and for the round, the number of bodies in each band.
 * - Per category, the average and the best of the final, stage and
 *   indicator scores of its ranked bodies (for the scorecards' marks).
 * - Awards, as the event defines them (by default the top qualification,
 *   and ranks 1 to 3 of each category): one numbered certificate for each
 *   award a body receives, in award, category, rank and name order.
 * - Against last year, for a body scored in both years: last year's
 *   qualification (as archived when that names a current band, else the
 *   band of last year's score), whether it moved up, stayed or moved down,
 *   and the change of score; counted per category and for the round.
 * - Each body's history (riwayat): the years of last year's archive, last
 *   year's score when only the scores file gives it, and this year, each
 *   with the current band its qualification names (else its score's);
 *   how many rounds in a row, ending with this one, it was in the top band
 *   (a round it is missing from breaks the run; the rounds held are the
 *   years any body's history has), and whether this year is its first
 *   time there after at least one earlier year.
 */
#ifndef ANUGERAH_RULES_H
#define ANUGERAH_RULES_H

#include "problems.h"
#include "round.h"

/* Builds the round from an event and its bodies (taking ownership of both)
 * and applies the rules: scores, bands, ranks, awards, movement, order and
 * sections.  `previous_year` is the year of last year's scores when they
 * come from an archive; 0 takes the year before the event's. */
kip_round *rules_apply(kip_event *event, kip_body *bodies, size_t n, int previous_year);

/* Problems of the awards that need the bodies: an id a special award
 * names that is not in the scores file. */
void rules_check(const kip_event *event, const kip_body *bodies, size_t n, const char *scores_path,
                 problems *pr);

/* The band index for a final score. */
size_t rules_band_for(const kip_event *event, score_t score);

/* A stage or indicator score as displayed (hundredths, half up). */
score_t rules_part_score(decimal d);

#endif
