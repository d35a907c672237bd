/*
 * scorecard — the one-page scorecard of a body (kartu-nilai/<kategori>/<id>.pdf)
 * and the book of all of them (kartu-nilai-<tahun>.pdf): name, category,
 * region, final score and qualification, rank "3 dari 39", stage and
 * indicator scores as bars against the category's average and best, and
 * last year's score with the change.
 */
#ifndef ANUGERAH_SCORECARD_H
#define ANUGERAH_SCORECARD_H

#include <stdbool.h>

#include "doc_common.h"
#include "round.h"

/* Writes the scorecard of r->bodies[i]. */
bool scorecard_write(const kip_round *r, size_t i, doc_target *t, char **error);

/* Writes every scorecard in one book, in category then rank order: a
 * cover, a table of contents with each card's page, "Halaman X dari Y" on
 * every page; a bookmark to the contents and one per category (closed)
 * with one per body under it; page labels for the cover, the contents and
 * each category. */
bool scorecard_book_write(const kip_round *r, doc_target *t, char **error);

#endif
