/*
 * pdfa — archival (PDF/A-1b) additions to a libharu document, made here
 * rather than with libharu's HPDF_PDFA_SetPDFAConformance, whose 2.3.0
 * version writes the XMP without escaping, names the metadata key
 * "/SubType", adds the output intent under "/DestOutputProfile " (with a
 * space) and derives /ID from the clock.  Part of the layout layer.
 */
#ifndef ANUGERAH_PDFA_H
#define ANUGERAH_PDFA_H

#include <hpdf.h>
#include <stddef.h>
#include <stdbool.h>

/* Limit of the sRGB profile file (Debian's is 6.9 KB). */
#define PDFA_ICC_MAX_BYTES (4L * 1024 * 1024)

/* Points of the one tone curve of the embedded profile: resampled from the
 * file's 1024-point sRGB curve, it differs from it by at most 7/65535
 * (linear interpolation over 0..65535), 1/37 of an 8-bit step. */
#define PDFA_ICC_CURVE_POINTS 64

typedef struct {
    /* The document information as UTF-8, the same strings the Info
     * dictionary holds. */
    const char *title, *author, *subject, *keywords, *creator;
    int year, month, day;
    const char *icc_profile; /* sRGB ICC profile file */
    const char *id_seed;     /* with id_name: the document ID is their digest */
    const char *id_name;
} pdfa_info;

/* Adds the XMP metadata, the sRGB output intent and a content-derived
 * document ID, and sets PDF 1.4.  Returns false with a message (caller
 * frees) on failure. */
bool pdfa_apply(HPDF_Doc pdf, const pdfa_info *info, char **error);

/* A stream object whose bytes are written as given, already deflated
 * (an image's pixels, the colour profile: compressed once for the whole
 * run, not in every document); NULL when memory runs out. */
HPDF_Dict pdfa_flate_stream(HPDF_Doc pdf, const unsigned char *flate, size_t len);

/* The same over bytes that outlive the document (a run's store): read
 * where they are when it is saved, not copied in. */
HPDF_Dict pdfa_flate_stream_kept(HPDF_Doc pdf, const unsigned char *flate, size_t len);

/* A stream libharu reads from `len` bytes at `data`, which must outlive
 * it; NULL when memory runs out. */
HPDF_Stream pdfa_bytes_reader(HPDF_MMgr mmgr, const unsigned char *data, size_t len);

/* Marks a stream whose bytes are already deflated: written as they are,
 * under /Filter /FlateDecode. */
void pdfa_mark_deflated(HPDF_Dict stream);

/* The sRGB profile file at `path` made compact for the output intent
 * (pdfa_apply makes it once a run and keeps it deflated): its header and
 * its desc, wtpt, rXYZ, gXYZ, bXYZ and cprt tags as the file has them, and
 * one curve of PDFA_ICC_CURVE_POINTS points, resampled from the file's,
 * shared by rTRC, gTRC and bTRC; the other tags (dmnd, dmdd, chrm…)
 * dropped.  Returns the bytes (caller frees) and their count, or NULL with
 * a message (caller frees) when the file is missing, unreadable, or not a
 * version 2 RGB display profile with those tags and three equal curves. */
unsigned char *pdfa_compact_profile(const char *path, size_t *len, char **error);

/* The XMP packet for the info (caller frees); exposed for tests. */
char *pdfa_xmp(const pdfa_info *info, const char *producer);

#endif
