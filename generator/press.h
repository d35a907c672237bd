/*
 * press — the press-release fact sheet (siaran-pers-<tahun>.pdf): its
 * wording comes from a template in templates/ (see template.h), filled
 * with the round's figures; the rendered text is then laid out with a
 * little markup of its own:
 *
 *   # Judul           the title        ## Bagian   a section heading
 *   ### Sub-bagian    a minor heading  - butir     a bullet
 *   | a | b | c |     a table row (the first row of a table is its header)
 *   @grafik KODE      the qualification chart of category KODE
 *
 * Every other line is a paragraph of its own; a blank line adds space.
 */
#ifndef ANUGERAH_PRESS_H
#define ANUGERAH_PRESS_H

#include <stdbool.h>

#include "problems.h"
#include "round.h"
#include "doc_common.h"
#include "template.h"

/* The template's data for the round (caller frees with tpl_map_free). */
tpl_map *press_data(const kip_round *r);

/* Renders the template for the round; NULL with problems added. */
char *press_render(const kip_round *r, const tpl *t, problems *pr);

/* Lays the rendered text out as the PDF. */
bool press_pdf_write(const kip_round *r, const char *text, doc_target *t, char **error);

#endif
