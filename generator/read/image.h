/*
 * image — the emblems, signature and seal images of the event: PNG or
 * JPEG files read within their limits, checked whole, and decoded once to
 * 8-bit RGB pixels.  An alpha channel is composited onto white here, since
 * archival PDF (PDF/A-1) forbids transparency.
 */
#ifndef ANUGERAH_IMAGE_H
#define ANUGERAH_IMAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "problems.h"

#define IMAGE_MAX_BYTES (5L * 1024 * 1024)
#define IMAGE_MAX_SIDE 4000

typedef struct {
    char *path; /* as resolved (relative to the event file) */
    int width, height;
    unsigned char *rgb; /* width * height * 3 bytes, rows top down */
    /* The file's bytes exactly as read and decoded (image_load only), for
     * the archive's copy of the inputs: what is copied is what was
     * checked, never a second reading of the path. */
    unsigned char *file;
    size_t file_len;
} kip_image;

/* Reads and decodes `path`.  Every problem (missing, unreadable, not PNG
 * or JPEG, truncated, over IMAGE_MAX_BYTES or IMAGE_MAX_SIDE pixels a side)
 * goes to `pr` at `file`:`line` (the event file's line that names the
 * image), with `what` naming it ("logo", "tanda tangan").  Returns false
 * then, with *out cleared. */
bool image_load(const char *path, const char *what, const char *file, long line, kip_image *out,
                problems *pr);

/* The same from bytes in memory (for tests and fuzzing). */
bool image_decode(const unsigned char *bytes, size_t len, const char *what, const char *file,
                  long line, kip_image *out, problems *pr);

/* A copy of src no larger than max_side pixels a side (each pixel the
 * average of the source pixels it covers); a plain copy when src is small
 * enough.  For an emblem printed small on thousands of pages. */
void image_shrink(const kip_image *src, int max_side, kip_image *out);

/* Each channel of img rounded to one of 2^bits levels spread over 0..255
 * (0 and 255 kept): a mark printed small keeps its look with few enough
 * colours to be written as a palette. */
void image_posterize(kip_image *img, int bits);

void image_clear(kip_image *img);

#endif
