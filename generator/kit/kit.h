/*
 * kit — `anugerah init FOLDER --tahun N [--dari ARSIP]`: the starting kit
 * of a new round, written into a new folder:
 *
 *   event.json         every key of the event file.  From last year's
 *                      archive (--dari) that keeps its inputs (masukan/,
 *                      see sources.h): last year's event with every key,
 *                      the year set, the title's, the decree subject's and
 *                      the site's year advanced, the dates advanced, the
 *                      decree's number left out (each year's is new), the
 *                      images pointing at their copies in gambar/.
 *                      From an older archive: title (its year advanced),
 *                      organiser, date advanced by the years between,
 *                      categories, qualifications, stages and indicators.
 *                      What such an archive does not hold (place, signatory,
 *                      decree, emblems, letterhead, contact, site) and,
 *                      without --dari, the title, organiser and date are
 *                      texts starting "GANTI:" that the event reader
 *                      refuses at their line: a kit does not pass `check`
 *                      until they are filled in or (the optional ones)
 *                      removed.  Categories, qualifications, stages and
 *                      indicators of a kit without --dari are the national
 *                      ones, to be adjusted.
 *   nilai-<N>.csv      the scores template in a spreadsheet's Indonesian
 *                      dialect (UTF-8 with BOM, ';', CRLF): id, nama,
 *                      kategori, status, a column per stage and indicator
 *                      (nilai when there are no stages), wilayah,
 *                      pimpinan; with --dari one row per body of last
 *                      year (scores empty).
 *   gambar/            with an archive that keeps its inputs: the emblems,
 *                      signature and seal of last year's event, byte for
 *                      byte (logo-1.png, tanda-tangan.png ...).
 *   nilai-<N>.xlsx     the same as a workbook whose cells check what is
 *                      typed: kategori from the list of codes (sheet
 *                      "Kategori"), status from its two words, scores
 *                      decimals 0 to 100, id unique in the column.
 *
 * The archive is read as hostile input: verified against its manifest
 * first, a final (not draft) output of a year before N, each text and
 * count bounded.  The folder must not exist or be empty; the kit is
 * written beside it and renamed into place, so an error leaves nothing.
 */
#ifndef ANUGERAH_KIT_H
#define ANUGERAH_KIT_H

#include <stdio.h>

typedef struct {
    const char *folder; /* the kit's folder (new, or empty) */
    int year;           /* the new round's year */
    const char *from;   /* last year's archived output folder, or NULL */
} kit_options;

/* Rows the workbook's checks cover below the bodies listed. */
#define KIT_SPARE_ROWS 1000

/* Writes the kit; messages on `err`, what to do next on `out`.  Returns
 * the exit status (0, 2 for a wrong archive or folder, 1 otherwise). */
int kit_init(const kit_options *o, FILE *out, FILE *err);

#endif
