/*
 * util — allocation that never returns NULL (it exits 1 on exhaustion),
 * formatted strings, and whole-file reading.
 */
#ifndef ANUGERAH_UTIL_H
#define ANUGERAH_UTIL_H

#include <stddef.h>

/* Says there is no memory left and ends the program (exit 1). */
void xfail_memory(void) __attribute__((noreturn));
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Returns a newly allocated formatted string; the caller frees it. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Writes the decimal digits of v so that they end just before `end`
 * (room for 20 bytes before it); returns where they start.  The numbers of
 * page operators, font widths and scores are written this way: a printf
 * call each cost more than the rest of their work. */
char *digits_before(char *end, unsigned long long v);

/* Reads a whole file into a NUL-terminated buffer the caller frees.
 * Returns NULL with errno set when the file cannot be read. */
char *file_read(const char *path, size_t *len);

/* Case-insensitive comparison of ASCII letters; other bytes compare as is. */
int ascii_casecmp(const char *a, const char *b);

#endif
