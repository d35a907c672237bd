/*
 * scorecard — the one-page scorecard of a body (kartu-nilai/<kategori>/<id>.pdf)
 * and the book of all of them (kartu-nilai-<tahun>.pdf): name, category,
 * region, final score and qualification, rank "3 dari 39", stage and
 * indicator scores as bars against the category's average and best,
 * last year's score with the change, the body's history across years as
 * a small chart (when it has a year before this one), and the commission's
 * notes ("Catatan dan rekomendasi") when the scores file gives them.
 */
#ifndef ANUGERAH_SCORECARD_H
#define ANUGERAH_SCORECARD_H

#include <stdbool.h>

#include "doc_common.h"
#include "problems.h"
#include "round.h"

/* Lays out the cards of the bodies that have notes (catatan), with fonts
 * from font_dir, and reports at its line in `scores_path` each note that
 * does not fit the room its card leaves on the page.  Returns false (with
 * a problem) when the fonts cannot be read. */
bool scorecard_check_notes(const kip_round *r, const char *font_dir, const char *scores_path,
                           problems *pr);

/* Writes the scorecard of r->bodies[i]. */
bool scorecard_write(const kip_round *r, size_t i, doc_target *t, char **error);

/* Writes every scorecard in one book, in category then rank order: a
 * cover, a table of contents with each card's page, "Halaman X dari Y" on
 * every page; a bookmark to the contents and one per category (closed)
 * with one per body under it; page labels for the cover, the contents and
 * each category.  The cards are the files written by scorecard_write,
 * copied in with the book's footers (pdfjoin_add_refooted): all must be
 * written before. */
bool scorecard_book_write(const kip_round *r, const doc_files *cards, doc_target *t, char **error);

#endif
