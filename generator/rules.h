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
 */
#ifndef ANUGERAH_RULES_H
#define ANUGERAH_RULES_H

#include "round.h"

/* Builds the round from an event and its bodies (taking ownership of both)
 * and applies the rules: scores, bands, ranks, order and sections. */
kip_round *rules_apply(kip_event *event, kip_body *bodies, size_t n);

/* The band index for a final score. */
size_t rules_band_for(const kip_event *event, score_t score);

/* Last year's qualification of a body with a previous score: the archived
 * one when it names a current band, else the current band of its score. */
size_t rules_previous_band(const kip_event *event, const kip_body *b);

/* Its name: as archived, or the current band's name. */
const char *rules_previous_band_name(const kip_event *event, const kip_body *b);

/* A stage or indicator score as displayed (hundredths, half up). */
score_t rules_part_score(decimal d);

#endif
