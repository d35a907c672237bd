/*
 * embed — the fonts a document embeds, made once for the whole run where
 * libharu would make them again for every document.
 *
 * A font file is read once and given to each document from memory (libharu
 * would open and parse the file for each, and read every glyph it embeds
 * with a seek and a read of its own).  A font program — the subset of the
 * font holding the glyphs a document uses — is cut, rid of the tables a
 * PDF does not need and deflated once for each set of glyphs met in the
 * run, and written byte for byte into every document that uses the same
 * set.  A font's /Widths give only the codes it uses.  Part of the layout
 * layer.
 */
#ifndef ANUGERAH_EMBED_H
#define ANUGERAH_EMBED_H

#include <hpdf.h>
#include <stdbool.h>

/* True when the font file at `path` can be read (it is then read, once);
 * else false with the reason (caller frees) in *why. */
bool embed_font_readable(const char *path, char **why);

/* Loads the TrueType font at `path` into the document, embedded; returns
 * its name for HPDF_GetFont, or NULL with the reason (caller frees) in
 * *why when the file cannot be read or libharu cannot parse it. */
const char *embed_font_load(HPDF_Doc pdf, const char *path, char **why);

/* Marks the glyphs every document embeds as used by font `font` (of
 * Windows-1252 encoding), with their widths. */
void embed_font_always(HPDF_Font font);

/* Gives the document's font `font` (loaded by embed_font_load from
 * `path`) its font descriptor and font program before the document is
 * saved, the program from the run's store when the same glyphs of the
 * same file were embedded before, and the subset its tag.  False, with
 * the reason in *why (caller frees), when the subset cannot be cut from
 * the font's file; false alone when libharu failed (no memory). */
bool embed_font_program(HPDF_Doc pdf, HPDF_Font font, const char *path, char **why);

#endif
