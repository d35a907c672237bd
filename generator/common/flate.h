#ifndef ANUGERAH_FLATE_H
#define ANUGERAH_FLATE_H

/* Deflate in zlib's format (RFC 1950), the bytes a PDF's /FlateDecode
 * stream holds: libdeflate's, which compresses a whole buffer at once
 * about three times faster than zlib at an equal ratio (README,
 * "Libraries").  Whole buffers only; nothing is streamed. */

#include <stddef.h>

/* The lowest and highest level libdeflate 1.14 knows (0 stores). */
#define FLATE_LEVEL_MIN 0
#define FLATE_LEVEL_MAX 12

/* The `len` bytes at `in` deflated at `level` (FLATE_LEVEL_MIN..MAX), in a
 * new buffer the caller frees, its length in *out_len.  Empty input gives
 * an empty zlib stream (11 bytes).  Never NULL: out of memory ends
 * the program, as xmalloc does.  The same bytes for the same input and
 * level, every run.  Each thread keeps the compressors it made, freed
 * when it ends (flate.c says why). */
unsigned char *flate_compress(const void *in, size_t len, int level, size_t *out_len);

#endif
