/*
 * workbook — peringkat-<tahun>.xlsx, the ranking for people with a
 * spreadsheet: a "Ringkasan" sheet (per category the bodies, the scored
 * bodies in each qualification and the non-respondents, as on the ranking
 * PDF's first page), a sheet "Semua" with every body, and one sheet per
 * category, named after it (at most 31 characters, without []:*?/\,
 * unique).
 *
 * The body sheets' columns: kategori, peringkat, id, nama, wilayah, each
 * stage's and indicator's score (event order), nilai, kualifikasi (filled
 * with a light tint of its colour), status in words, last year's score and
 * qualification, and the change.  Scores are numbers formatted 0.00, so a
 * spreadsheet shows them in its reader's own decimal mark.  The header row
 * is frozen and filtered; columns are as wide as their contents; sheets
 * print on A4 landscape, one page wide, the header on every page.
 *
 * The workbook is dated with the event's date, so the same inputs give the
 * same bytes.
 */
#ifndef ANUGERAH_WORKBOOK_H
#define ANUGERAH_WORKBOOK_H

#include <stdbool.h>

#include "round.h"

bool workbook_write(const kip_round *r, const char *path, char **error);

/* A sheet name from a category's name: the characters a sheet name may not
 * hold ([]:*?/\) become '-', leading and trailing spaces and apostrophes
 * go, and it is cut to 31 characters (whole UTF-8 characters); empty when
 * nothing is left.  Written into buf (at least 128 bytes). */
void workbook_sheet_name(const char *name, char *buf, size_t size);

#endif
