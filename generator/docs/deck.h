/*
 * deck — presentasi-<tahun>.pdf, the slides shown at the award ceremony:
 * 16:9 pages (960 by 540 points, 338,67 by 190,5 mm) set to be read from
 * the back of a hall.
 *
 * The slides, in order:
 *   - the title: the emblems, the round's title, the round and organiser,
 *     place and date;
 *   - the count of bodies in each qualification, as a column chart (with a
 *     column of its own for the bodies that did not return the SAQ);
 *   - per category, in the event's order: a slide announcing it; its best
 *     three revealed one body a slide in the order III, II, I (bodies
 *     sharing a rank each get their own slide, in name order; a rank
 *     skipped after a tie has none); then its bodies in the top
 *     qualification, listed (on as many slides as they need; no slide
 *     when there are none);
 *   - each special award (an award of the event by "id"), its recipients
 *     listed;
 *   - the closing: thanks, the round, place and date.
 *
 * Names are set at 32 points or larger: on one line, shrunk from the
 * largest size down to 32 points when needed; a name too long for one line
 * at 32 points takes two lines, at the largest size at which it fits in
 * two; a name too long even for two lines at 32 points is cut at the end of
 * the second line with an ellipsis (every other document prints it
 * whole).  A bookmark per slide group: opening, counts, each category
 * (its ranks and list under it), each special award, closing.
 */
#ifndef ANUGERAH_DECK_H
#define ANUGERAH_DECK_H

#include <stdbool.h>

#include "doc_common.h"
#include "round.h"

/* The slides' size in points: 16:9. */
#define DECK_WIDTH 960.0
#define DECK_HEIGHT 540.0
/* The smallest size a body's name is set at, in points. */
#define DECK_NAME_MIN 32.0

/* Writes the deck to the target's path and records its pages in `t`.
 * Returns false with a message (caller frees) on failure. */
bool deck_write(const kip_round *r, doc_target *t, char **error);

#endif
