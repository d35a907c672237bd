/*
 * scores — reads the scores (one row per body): a CSV with libcsv, or
 * the first sheet of an XLSX workbook (see xlsx.h).
 *
 * Accepts what spreadsheets in an Indonesian locale write: ',' or ';'
 * (detected from the header), decimal comma or point, a UTF-8 BOM, CRLF,
 * quoted fields holding the delimiter or line breaks.  Columns are found by
 * name, in any order and case; columns the event does not name are ignored.
 *
 * Both formats give rows of text to one validation path: the first row
 * with text is the header, each later one a body.  A workbook's problems
 * name the cell ("NILAI.xlsx:Nilai!C7: …") where a CSV's name the line
 * ("NILAI.csv:7: …"); a problem of a whole row names its first cell.  A
 * workbook's rows may skip cells and rows (an empty cell is an empty
 * field); a cell with text under no column name is refused.
 */
#ifndef ANUGERAH_SCORES_H
#define ANUGERAH_SCORES_H

#include "problems.h"
#include "round.h"

/* Limits: a scores file is refused above 64 MB, a field above 4 096 bytes,
 * a header above 1 000 columns, more than 100 000 bodies (a national round
 * has about 400; all regencies' rounds together tens of thousands).  Rows
 * are checked as they are read and not kept, so memory stays a small
 * multiple of the file's size whatever its rows hold. */
#define SCORES_MAX_BYTES (64L * 1024 * 1024)
#define SCORES_MAX_FIELD 4096
#define SCORES_MAX_COLUMNS 1000
#define SCORES_MAX_BODIES 100000

/*
 * Reads the bodies of the round.  `event` may be NULL (when the event file
 * itself is broken): then only what does not depend on it is checked.
 * Problems are appended to `pr`.  Returns the bodies (possibly fewer than
 * the rows, when rows are wrong); *n receives their count.  The caller
 * frees each with kip_body_clear, then the array.  A file that starts
 * like a zip, or whose name ends in ".xlsx", is read as a workbook.
 */
kip_body *scores_load(const char *path, const kip_event *event, problems *pr, size_t *n);

/* The same, handing over the file's bytes exactly as read (caller frees;
 * NULL when it could not be read) in *bytes and *len: the build archives
 * what it checked, without reading the path twice. */
kip_body *scores_load_kept(const char *path, const kip_event *event, problems *pr, size_t *n,
                           char **bytes, size_t *len);

/* The same from text in memory. */
kip_body *scores_parse(const char *path, const char *text, size_t len, const kip_event *event,
                       problems *pr, size_t *n);

/* The same from a workbook in memory. */
kip_body *scores_parse_xlsx(const char *path, const char *data, size_t len, const kip_event *event,
                            problems *pr, size_t *n);

#endif
