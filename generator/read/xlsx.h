/*
 * xlsx — the rows of a workbook's first sheet (Office Open XML, .xlsx),
 * read with libzip and libxml2.
 *
 * Only what a scores sheet needs is read: xl/workbook.xml for the first
 * sheet and its name, xl/_rels/workbook.xml.rels for its part and those of
 * the shared strings and the styles, the shared strings, which cell
 * formats show a percentage, and the sheet's cells.  A cell is a shared
 * string, an inline string, a formula's stored result or a number; a
 * boolean, an error value, a date cell, a formula without a stored result
 * or a number shown as a percentage (92,5 % is 0,925) is refused at its
 * cell.  Other sheets are not looked at.
 *
 * Numbers.  A workbook stores a number as the text of a binary double:
 * 87,25 as "87.25", but 89,995 as "89.994999999999997" by some programs
 * and 0,3 as "0.30000000000000004".  A number cell is read as that text
 * rounded half up to 15 significant digits (what a spreadsheet shows), in
 * decimal arithmetic, never through a double: any decimal a clerk typed
 * with at most 15 significant digits comes back exactly ("89.995"), and
 * the scores are then read from that text like the CSV's.
 *
 * Hostile input.  The workbook is read from memory (the caller reads the
 * file within its size limit); the zip may hold at most XLSX_MAX_ENTRIES
 * entries, and each part is inflated in pieces and refused as soon as it
 * passes its limit, whatever its header says (a zip bomb costs no more
 * than the limit).  The XML is parsed as a stream without network access,
 * without loading a DTD or expanding entities: a part with a DOCTYPE is
 * refused, as is one nested deeper than XLSX_MAX_DEPTH, one with more
 * than XLSX_MAX_RUN bytes between two tags, or a sheet of more than
 * XLSX_MAX_CELLS cells.
 */
#ifndef ANUGERAH_XLSX_H
#define ANUGERAH_XLSX_H

#include <stdbool.h>
#include <stddef.h>

#include "problems.h"

#define XLSX_MAX_ENTRIES 1000
#define XLSX_MAX_SHEET_BYTES (256L * 1024 * 1024)  /* the sheet, inflated */
#define XLSX_MAX_STRINGS_BYTES (64L * 1024 * 1024) /* the shared strings, inflated */
#define XLSX_MAX_SMALL_BYTES (1L * 1024 * 1024)    /* workbook.xml and its rels */
#define XLSX_MAX_STRINGS 1000000
#define XLSX_MAX_CELLS 4000000
#define XLSX_MAX_DEPTH 32
/* Bytes of a part between two tags: a spreadsheet's cell holds at most
 * 32 767 characters, 160 KB in UTF-8 with XML's escapes. */
#define XLSX_MAX_RUN (192 * 1024)
#define XLSX_MAX_ROW 1048576 /* a spreadsheet's last row */

/* One row of the sheet that has a cell with text, as the reader hands it
 * over.  Borrowed: valid during the call only. */
typedef struct {
    const char *sheet; /* the sheet's name */
    long row;          /* 1-based, as the spreadsheet numbers it */
    char **cells;      /* cells[i] is column i + 1 (A is 0); "" when empty */
    size_t n;          /* up to the last cell with text */
    size_t long_cell;  /* 1-based column of the first cell over the limit
                          (kept as ""), or 0 */
    size_t long_size;  /* its size in bytes */
    size_t far_cell;   /* 1-based column of the first cell with text past
                          max_columns (not kept), or 0 */
    bool has_nul;      /* a cell holds a zero character (_x0000_) */
    bool bad;          /* a cell was refused, already reported: the row is
                          not to be read */
} xlsx_row;

typedef void (*xlsx_row_fn)(const xlsx_row *row, void *arg);

/*
 * Reads the workbook in data[0..len) and hands each row of its first
 * sheet that has text to fn, in order.  Cells longer than max_cell bytes
 * and columns past max_columns are not kept (see xlsx_row).  Problems are
 * added as "path: …" for the workbook and "path:SHEET!CELL: …" for a cell.
 * Returns false when the workbook could not be read to its end (the rows
 * handed over until then stand).
 */
bool xlsx_read(const char *path, const char *data, size_t len, size_t max_cell, size_t max_columns,
               xlsx_row_fn fn, void *arg, problems *pr);

/* True when the bytes start like a zip file ("PK\3\4"). */
bool xlsx_looks_like_zip(const char *data, size_t len);

/* Writes the place of a cell as a spreadsheet names it: "Nilai!C7", or
 * "'Nilai Akhir'!C7" when the sheet's name needs quotes.  column is
 * 1-based.  Returns buf. */
char *xlsx_place(const char *sheet, size_t column, long row, char *buf, size_t size);

/* The text of a stored number ("89.994999999999997") rounded half up to
 * 15 significant digits, written plainly ("89.995"; "1E-3" gives
 * "0.001").  Returns false when it is not a number. */
bool xlsx_number_text(const char *stored, char *out, size_t size);

#endif
