/*
 * doc_common — what every document writer of the round shares: the layout
 * set-up (document information, page frame) and the qualification colours.
 */
#ifndef ANUGERAH_DOC_COMMON_H
#define ANUGERAH_DOC_COMMON_H

#include "layout.h"
#include "round.h"

/* A layout set-up for a document of the round: information from the event,
 * the creation date from the event's date, the running header and footer.
 * `title` is the document's own title; the strings it fills are owned by
 * `store` and live until doc_strings_clear. */
typedef struct {
    char *title, *subject, *keywords, *creator, *footer_left;
} doc_strings;

layout_setup doc_setup(const kip_round *r, const char *title, doc_strings *store);
void doc_strings_clear(doc_strings *s);

/* Where and how a document is written; `pages` is filled in. */
typedef struct {
    const char *font_dir;
    const char *icc_profile; /* the sRGB profile of the PDF/A output intent */
    const char *id_seed;     /* a digest of the inputs: the document ID's seed */
    const char *path;
    const char *name; /* the path inside the output folder */
    int pages;
} doc_target;

/* Starts the document with the target's fonts and archival settings. */
layout_doc *doc_open(const layout_setup *s, const doc_target *t, char **error);

/* Saves the document to the target's path, records its pages, frees it. */
bool doc_close(layout_doc *d, doc_target *t, char **error);

layout_rgb doc_band_color(const kip_round *r, size_t band);

/* "92,50" for a ranked body, "–" for one that did not return the SAQ. */
void doc_score_text(const kip_body *b, char *buf, size_t size);

#endif
