/*
 * markup — the press release's layout markup, read line by line after the
 * template is rendered:
 *
 *   # Judul, ## Bagian, ### Subbagian     headings
 *   - butir                                a bullet
 *   | a | b |                              a table row (the first: the header)
 *   @grafik KODE                           a category's qualification chart
 *
 * Text from the inputs (names, titles) is escaped when it enters the
 * template, so that it is never read as markup: a backslash goes before
 * each of  \ | # - @  and a line break becomes a space.  The layout reads
 * "\X" as the character X for those five, and leaves any other backslash.
 */
#ifndef ANUGERAH_MARKUP_H
#define ANUGERAH_MARKUP_H

#include <stddef.h>

/* The text escaped (caller frees). */
char *markup_escape(const char *text);

/* The first len bytes of text with the escapes undone (caller frees). */
char *markup_unescape(const char *text, size_t len);

/* Splits a table row "| a | b |" at the bars that are not escaped; the
 * cells are trimmed and unescaped.  Returns the number of cells; the
 * caller frees each cell and the array. */
size_t markup_cells(const char *row, char ***cells);

#endif
