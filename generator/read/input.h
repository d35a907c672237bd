/*
 * input — opening and reading the files the program reads (inputs,
 * template, fonts, the colour profile, an archive's files), each within a
 * size limit, with every reason it cannot be read reported as a problem of
 * that file.
 *
 * Only a regular file is read.  A device (/dev/zero), a FIFO (a pipe, or
 * the shell's `<(command)`), a socket or a folder is refused before a byte
 * of it is read, and opening never waits: a FIFO is opened without
 * blocking.  The file is checked on the descriptor that is then read, so
 * that a file swapped for a device after the check is refused too.  No
 * more than the limit and one byte is ever read, whatever the file's size
 * says.
 */
#ifndef ANUGERAH_INPUT_H
#define ANUGERAH_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "problems.h"

/* For a file inside an archive folder: a symbolic link there is refused,
 * not followed.  A file the user names may be a link. */
#define INPUT_NO_LINK 1u

/* Opens a regular file to read; returns the descriptor (the caller closes
 * it), its size in *size, or -1 with *why set to the reason in words
 * (static text). */
int input_open(const char *path, unsigned flags, long long *size, const char **why);

/* True when the file can be read: a regular file of at most max_bytes.
 * Otherwise false with *why (caller frees): "… terlalu besar …", "bukan
 * berkas biasa …".  For files a library opens by their path (fonts, the
 * colour profile). */
bool input_check(const char *path, unsigned flags, long max_bytes, char **why);

/* Returns the file's bytes, NUL-terminated (caller frees), or NULL with a
 * problem added: "<what> tidak dapat dibaca: …", "<what> terlalu besar
 * (95 MB); batasnya 64 MB" or "bukan berkas biasa …". */
char *input_read(const char *path, const char *what, long max_bytes, problems *pr, size_t *len);

/* The same, with flags (INPUT_NO_LINK). */
char *input_read_flags(const char *path, const char *what, unsigned flags, long max_bytes,
                       problems *pr, size_t *len);

#endif
