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

/* A list of names longer than PRESS_LIST_FULL (the top band, the
 * non-respondents, the movers of a category) is summarised: its first
 * PRESS_LIST_SHOWN names (best scores first), and the count of the others
 * ("<list>_lainnya"), the full list being in the annex, the workbook and
 * the site. */
#define PRESS_LIST_FULL 30
#define PRESS_LIST_SHOWN 10

/* The template's data for the round (caller frees with tpl_map_free). */
tpl_map *press_data(const kip_round *r);

/* Renders the template for the round; NULL with problems added. */
char *press_render(const kip_round *r, const tpl *t, problems *pr);

/* The fact sheet of category c (lembar-fakta/<kode>.pdf), from a template
 * of its own in the same language: its data is the round's (as for the
 * release, without the list "kategori") with the category's own names —
 * nama, jumlah, kualifikasi, tiga_besar, perpindahan ... — in place of
 * the round's of the same name. */
tpl_map *fact_data(const kip_round *r, size_t c);
char *fact_render(const kip_round *r, size_t c, const tpl *t, problems *pr);

/* Limits of the layout, checked on the rendered text before anything is
 * laid out (a table's columns are measured against each other: their
 * number must stay small), each refused as a problem of the template at
 * its line: a table of more than 12 columns, a table cell over 16 KB, a
 * word over 16 KB (a PDF string holds 64 KB).  The lines are bounded by
 * the template's own limit (TPL_MAX_LINES), and the release stops with an
 * error past 10 000 pages. */
#define PRESS_MAX_COLUMNS 12
#define PRESS_MAX_CELL (16 * 1024)
#define PRESS_MAX_WORD (16 * 1024)
#define PRESS_MAX_PAGES 10000

/* Checks the rendered text against those limits; `lines` holds the
 * template's line of each of its lines (see tpl_render_lines).  False
 * with problems of `template_path` added. */
bool press_layout_check(const char *text, const long *lines, const char *template_path,
                        problems *pr);

/* Lays the rendered text out as the PDF. */
bool press_pdf_write(const kip_round *r, const char *text, doc_target *t, char **error);

/* Lays out the fact sheet of category c, as the release is laid out. */
bool fact_pdf_write(const kip_round *r, size_t c, const char *text, doc_target *t, char **error);

#endif
