/*
 * problems — the list of everything wrong with the inputs.
 *
 * Readers never print: they append "FILE:LINE: message" entries here, so a
 * single run reports every problem and tests can assert on them.  Line 0
 * means the problem concerns the whole file and prints as "FILE: message".
 */
#ifndef ANUGERAH_PROBLEMS_H
#define ANUGERAH_PROBLEMS_H

#include <stddef.h>
#include <stdio.h>

typedef struct problems problems;

/* Only the first 200 problems (in the order below) are kept and printed,
 * then "… dan N masalah lain"; every problem is counted.  A file of
 * millions of bad rows costs neither memory nor a flood of messages. */
#define PROBLEMS_SHOWN 200

problems *problems_new(void);
void problems_free(problems *p);

/* Appends one problem; the message is formatted like printf. */
void problems_add(problems *p, const char *file, long line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* A problem at a place a line number cannot name, such as a workbook's
 * cell: printed "FILE:PLACE: message" ("NILAI.xlsx:Nilai!C7: …").  `line`
 * orders it among the file's problems (a cell's row). */
void problems_add_at(problems *p, const char *file, long line, const char *place, const char *fmt,
                     ...) __attribute__((format(printf, 5, 6)));

/* Every problem added, kept or not. */
size_t problems_count(const problems *p);

/* Problems are kept in order of file (as first reported), then line.
 * The i-th problem formatted as "FILE:LINE: message" (borrowed); NULL past
 * the ones kept. */
const char *problems_get(const problems *p, size_t i);

/* Prints the problems kept, one per line, in their order (by file, then
 * line), then "… dan N masalah lain" when there were more. */
void problems_print(const problems *p, FILE *out);

#endif
