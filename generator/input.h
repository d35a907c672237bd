/*
 * input — reading an input file whole, within a size limit, with every
 * reason it cannot be read reported as a problem of that file.
 */
#ifndef ANUGERAH_INPUT_H
#define ANUGERAH_INPUT_H

#include <stddef.h>

#include "problems.h"

/* Returns the file's bytes, NUL-terminated (caller frees), or NULL with a
 * problem added: "<what> tidak dapat dibaca: …" or "<what> terlalu besar
 * (95 MB); batasnya 64 MB".  The size is checked before reading. */
char *input_read(const char *path, const char *what, long max_bytes, problems *pr, size_t *len);

#endif
