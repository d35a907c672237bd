/*
 * text — UTF-8 checks and the conversion to the single-byte encoding the
 * PDFs use (Windows-1252, which covers Indonesian text, accented Latin
 * letters, typographic quotes and dashes).
 */
#ifndef ANUGERAH_TEXT_H
#define ANUGERAH_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* True when s is well-formed UTF-8 (no overlong forms, no surrogates).
 * On failure *bad_offset is the byte offset of the first bad sequence. */
bool utf8_valid(const char *s, size_t len, size_t *bad_offset);

/* Converts UTF-8 to Windows-1252 into a new string the caller frees.
 * Line breaks are kept (layout breaks the line there) and a tab becomes a
 * space.  Returns NULL when a character has no Windows-1252 form or is any
 * other control character; then *bad (if not NULL) receives that
 * character's code point. */
char *utf8_to_cp1252(const char *s, unsigned *bad);

/* A copy with runs of spaces, tabs and line breaks made one space, and
 * none at either end (caller frees). */
char *text_squeeze(const char *s);

/* A copy in capitals (caller frees): ASCII letters and the accented Latin
 * letters of U+00E0..U+00FE; every other character as it is. */
char *text_upper(const char *s);

/* Writes the code point as UTF-8 followed by "U+XXXX" for messages. */
void text_describe_char(unsigned cp, char *buf, size_t size);

#endif
