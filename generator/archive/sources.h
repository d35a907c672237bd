/*
 * sources — the archive keeps what it was made from: a build copies its
 * inputs into the output folder's masukan/, listed in the manifest and
 * verified like every other file, so that an archive kept for decades
 * still holds the event, the scores and the images of its round, and
 * `anugerah init --dari` can start next year's round from them.
 *
 *   masukan/acara.json            the event file, byte for byte as given
 *                                 (its image names still those of the
 *                                 clerk's folder; the copies are below)
 *   masukan/nilai.<ext>           the scores file, byte for byte, under
 *                                 the extension it was given with (csv,
 *                                 xlsx ...; "nilai" alone without one)
 *   masukan/gambar/<role>.<png|jpg>  each image the event names, byte for
 *                                 byte: logo-1, logo-2 (in the order of
 *                                 "logo"), tanda-tangan, stempel; the
 *                                 extension from the image's own format
 *
 * Every copy is written from the bytes the readers read, bounded, and
 * checked; no input path is opened a second time.
 */
#ifndef ANUGERAH_SOURCES_H
#define ANUGERAH_SOURCES_H

#include <stdbool.h>
#include <stddef.h>

#include "round.h"

#define SOURCES_DIR "masukan"
#define SOURCES_EVENT "masukan/acara.json"
#define SOURCES_IMAGES "masukan/gambar"

/* The image roles, as named in masukan/gambar/. */
#define SOURCES_LOGO "logo"
#define SOURCES_SIGNATURE "tanda-tangan"
#define SOURCES_SEAL "stempel"

/* One copy to write: its path in the output folder and the bytes. */
typedef struct {
    char *name;
    const void *bytes; /* borrowed from the round */
    size_t len;
} source_copy;

/* The copies of a round loaded from files (caller frees with
 * sources_free); none for what was not kept (a round made in memory). */
source_copy *sources_plan(const kip_round *r, const char *scores_path, size_t *n);

void sources_free(source_copy *copies, size_t n);

/* The name of an image's copy inside masukan/gambar/ (caller frees):
 * `role` ("logo-1", "tanda-tangan", "stempel") and ".png" for a PNG
 * file, ".jpg" for any other (the readers accept PNG and JPEG only). */
char *sources_image_name(const char *role, const unsigned char *bytes, size_t len);

/* Writes one copy to `path`; false with a message (caller frees). */
bool sources_write(const source_copy *c, const char *path, char **error);

#endif
