/*
 * pdfjoin — one PDF written part by part, so that a document of thousands
 * of pages (the scorecard book) never sits whole in memory.
 *
 * Each part is a complete PDF that libharu made (in memory, see
 * layout_doc_save_memory, or a document written before and read back:
 * a scorecard, a certificate).  Its objects are copied to the file at
 * once, renumbered; its pages become the next pages of the whole.  A
 * stream met again byte for byte (an emblem, a font program, the colour
 * profile), and a font or font descriptor met again, is written once and
 * shared.  Only the objects' offsets and the pages' numbers are kept
 * until the end, where the page tree, the bookmarks, the page labels,
 * the catalog and the cross-reference table are written.
 *
 * This is a narrow reader of libharu's own output (a classic xref table,
 * one page tree node, no object streams), not of PDF in general: anything
 * else is refused as a failure of the PDF library.
 *
 * The first part gives the file its header, its document information and
 * ID, and its archival (PDF/A) output intent and metadata.
 */
#ifndef ANUGERAH_PDFJOIN_H
#define ANUGERAH_PDFJOIN_H

#include <stdbool.h>
#include <stddef.h>

typedef struct pdfjoin pdfjoin;

/* Starts the file at `path` (NULL: nothing is written, every part is still
 * read: `anugerah check`).  `name` names the document in messages.  NULL
 * with a message (caller frees) when the file cannot be created. */
pdfjoin *pdfjoin_begin(const char *path, const char *name, char **error);

/* Appends the pages of one part (`len` bytes of a PDF made by libharu).
 * False with a message (caller frees) when the part is not as expected;
 * the join must then be abandoned (pdfjoin_abandon). */
bool pdfjoin_add(pdfjoin *j, const unsigned char *pdf, size_t len, char **error);

/* The operators of a new footer for page `page` (0-based, of the whole),
 * drawn with the font the page's resources name `font_name` (caller
 * frees); NULL when it cannot be made. */
typedef char *(*pdfjoin_footer_fn)(void *ctx, int page, const char *font_name);

/* Appends the pages of a document written before (a scorecard) as
 * pdfjoin_add does, each page's footer — the last of its content streams
 * (layout_setup.footer_apart) — replaced by footer(ctx, ...), drawn with
 * the page's font whose /BaseFont is `font` (a subset's tag before it
 * allowed).  Its archival objects (metadata, output intents) are left out:
 * the first part's serve. */
bool pdfjoin_add_refooted(pdfjoin *j, const unsigned char *pdf, size_t len, const char *font,
                          pdfjoin_footer_fn footer, void *ctx, char **error);

/* The number of pages appended so far. */
int pdfjoin_pages(const pdfjoin *j);

/* A bookmark on page `page` (0-based, of the whole), under the bookmark
 * `parent` (an index returned before, or -1 for the top level); `open`
 * shows its children.  `utf8` is copied.  Returns its index. */
int pdfjoin_bookmark(pdfjoin *j, int parent, int page, const char *utf8, bool open);

/* A page label: from page `page` on, pages are numbered 1, 2, ... after
 * `prefix` (copied; text in Windows-1252, as libharu writes labels). */
void pdfjoin_page_label(pdfjoin *j, int page, const char *prefix);

/* Writes the page tree, bookmarks, labels, catalog and cross-reference
 * table, closes the file and frees `j`; `outline_open` shows the bookmarks
 * panel when the file is opened.  False with a message (caller frees). */
bool pdfjoin_finish(pdfjoin *j, bool outline_open, char **error);

/* Frees `j` after a failure; the partial file stays where the caller's
 * output folder will remove it. */
void pdfjoin_abandon(pdfjoin *j);

#endif
