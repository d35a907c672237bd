/*
 * doc_common — what every document writer of the round shares: the layout
 * set-up (document information, page frame), the commission's letterhead
 * and images, and the qualification colours.
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
    const char *path;        /* NULL: made in memory only, not written */
    const char *name;        /* the path inside the output folder */
    int pages;
} doc_target;

/* The documents written before one made of them (the scorecard book, the
 * certificates' print file), by body or by certificate. */
typedef struct {
    const char *const *paths; /* each one's file; NULL: checking, none written */
    const int *pages;         /* each one's pages */
} doc_files;

/* A document written before, read back to be joined (bounded: 16 MB);
 * NULL with a message (caller frees). */
char *doc_read_back(const char *path, size_t *len, char **error);

/* Starts the document with the target's fonts and archival settings. */
layout_doc *doc_open(const layout_setup *s, const doc_target *t, char **error);

/* Saves the document to the target's path, records its pages, frees it. */
bool doc_close(layout_doc *d, doc_target *t, char **error);

/* An image of the event for the layout layer (borrowed pixels). */
layout_image doc_image(const kip_image *img, bool clear_white);

/* The event's emblems (the province's, then the commission's) as images
 * for the layout layer; returns how many (0, 1 or 2). */
size_t doc_logos(const kip_round *r, layout_image out[2]);
/* The same, small (at most 64 pixels a side): for marks on every page of
 * thousands of documents, such as a scorecard's header. */
size_t doc_logo_marks(const kip_round *r, layout_image out[2]);

/* True when the event gives a letterhead: emblems or kop lines. */
bool doc_has_letterhead(const kip_round *r);

/* The letterhead (kop surat) at the cursor: the province's emblem on the
 * left and the commission's on the right when given, the kop lines centred
 * between them (the first, the commission's name, bold and larger; then
 * address, telephone, e-mail), then the double rule, a thick line over a
 * thin one.  Without kop lines the organiser's name stands in them.  Draws
 * nothing when the event has no letterhead. */
void doc_letterhead(layout_doc *d, const kip_round *r);

/* Starts a document's first page: with the letterhead at the top of the
 * page in place of the running header when the event has one, else as
 * every other page. */
void doc_first_page(layout_doc *d, const kip_round *r);

/* The signatory's signature and seal when the event gives them, in the
 * space left for them in a signature block: the band `height` points high
 * under `top`, centred on `cx`.  The signature in the middle; the seal over
 * its left part, as an official stamp is pressed.  Both leave what is
 * under their white showing.  Nothing when neither is given. */
void doc_signature_images(layout_doc *d, const kip_round *r, double cx, double top, double height);

/* The signatory's block in a column from x, `w` wide, centred: `title`
 * (the signatory's title as the document words it), the signature and the
 * seal in `space` points (or the empty space for them), the name in bold,
 * underlined. */
void doc_signatory(layout_doc *d, const kip_round *r, const char *title, double x, double w,
                   layout_font regular, layout_font bold, double size, double space);

/* The address of a body's page on the published results site,
 * "<situs>situs/badan/<id>.html"; NULL when the event gives no
 * publikasi.situs.  The caller frees it. */
#define DOC_BODY_PAGE "situs/badan/%s.html"
char *doc_body_url(const kip_round *r, const kip_body *b);

/* `url` with line breaks after a '/' where the rest would not fit lines
 * of `width` points (a part wider than a line is left for the layout to
 * cut); the caller frees it. */
char *doc_url_lines(layout_doc *d, const char *url, layout_font f, double size, double width);

/* The QR code of `url` in the square of `size` points whose bottom left
 * corner is (x, y), its quiet zone inside the square.  Returns false, and
 * draws nothing, when the text cannot be encoded. */
bool doc_qr(layout_doc *d, const char *url, double x, double y, double size);

layout_rgb doc_band_color(const kip_round *r, size_t band);

/* "92,50" for a ranked body, "–" for one that did not return the SAQ. */
void doc_score_text(const kip_body *b, char *buf, size_t size);

#endif
