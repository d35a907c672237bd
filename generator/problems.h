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

problems *problems_new(void);
void problems_free(problems *p);

/* Appends one problem; the message is formatted like printf. */
void problems_add(problems *p, const char *file, long line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

size_t problems_count(const problems *p);

/* Problems are kept in order of file (as first reported), then line.
 * The i-th problem formatted as "FILE:LINE: message" (borrowed). */
const char *problems_get(const problems *p, size_t i);

/* Prints every problem, one per line, in the order kept (by file, then
 * line). */
void problems_print(const problems *p, FILE *out);

#endif
