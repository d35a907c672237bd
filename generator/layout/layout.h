/*
 * layout — the small page layer every PDF writer shares, over libharu.
 *
 * It knows pages, fonts, wrapped text, tables that continue over pages with
 * their header repeated, rectangles, images and bookmarks; it knows nothing
 * of the award.  All text passed in is UTF-8; it is printed with embedded TrueType
 * fonts from the fonts folder in the Windows-1252 encoding, and a character
 * that cannot be printed fails the document instead of printing a box.
 *
 * Coordinates are PDF points from the bottom left.  The layer keeps a
 * cursor `y` that flowing content (paragraphs, tables) moves down; when
 * content does not fit above the bottom margin a new page is started.
 */
#ifndef ANUGERAH_LAYOUT_H
#define ANUGERAH_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>

/* Limit of a font file (the shipped subsets are about 25 KB, a whole
 * TrueType font a few MB). */
#define LAYOUT_FONT_MAX_BYTES (32L * 1024 * 1024)

typedef struct layout_doc layout_doc;
typedef struct layout_table layout_table;
typedef void *layout_mark; /* a bookmark */

typedef struct {
    double r, g, b; /* 0..1 */
} layout_rgb;

typedef enum {
    LAYOUT_SANS,
    LAYOUT_SANS_BOLD,
    LAYOUT_SERIF,
    LAYOUT_SERIF_BOLD,
    LAYOUT_FONT_COUNT
} layout_font;

/* The PostScript name of LAYOUT_SANS's font (its /BaseFont in a PDF). */
#define LAYOUT_SANS_NAME "AnugerahSans-Regular"

typedef enum { LAYOUT_LEFT, LAYOUT_CENTER, LAYOUT_RIGHT } layout_align;

/* An image: 8-bit RGB pixels, rows top down, without transparency (an
 * archival PDF has none; an alpha channel is composited before).  The
 * pixels are borrowed: they must live until the document is saved. */
typedef struct {
    int width, height;
    const unsigned char *rgb; /* width * height * 3 bytes */
    /* Pixels near white are not painted (a colour-key mask, which archival
     * PDF allows, unlike a soft mask): a seal stamped over a signature
     * leaves the signature and the text under it visible. */
    bool clear_white;
} layout_image;

/* Writes the footer of page `page` (1-based) of `pages` into buf. */
typedef void (*layout_footer_fn)(char *buf, size_t size, int page, int pages);

typedef struct {
    /* Document information. */
    const char *title, *author, *subject, *keywords, *creator;
    int year, month, day; /* creation date: from the inputs, never the clock */
    bool landscape;
    /* A page of its own size in points (both given), such as a 16:9
     * slide; 0: A4, portrait or landscape. */
    double page_width, page_height;
    bool outline_open; /* show the bookmarks panel when opened */
    /* Page frame: a running header (left and right) and a footer. */
    const char *header_left, *header_right;
    layout_footer_fn footer; /* right side, numbered; or: */
    const char *footer_right;
    const char *footer_left;
    double margin_bottom;  /* where flowing content stops; 0 for the default */
    const char *watermark; /* a word across every page, under the content; NULL: none */
    /* Small images at the right end of the running header of every page
     * (an emblem), side by side; none when n_header_images is 0. */
    const layout_image *header_images;
    size_t n_header_images;
    /* Archival (PDF/A-1b) output: an sRGB ICC profile for the output
     * intent (NULL: none), and the seed of the document ID with the
     * document's name (the ID is their digest, so rebuilds are identical). */
    const char *icc_profile;
    const char *id_seed;
    const char *id_name;
    /* The front of a longer document (the book's cover and contents, see
     * pdfjoin.h): its pages are numbered in the footer of page_total
     * (0: of its own). */
    int page_total;
    /* Pages are laid out and counted, never kept: one page is drawn over
     * again and again (how many pages a long document will take). */
    bool count_only;
    /* Each page's footer in a content stream of its own, the page's last:
     * the book puts a footer of its own in its place (pdfjoin). */
    bool footer_apart;
} layout_setup;

/* The operators of a page's footer as the document's own footers are
 * drawn (a rule, `left` at the left margin, `right` ending at the right
 * one), for a page `page_w` wide whose resources name the sans regular
 * font `font_name`; every state they need set, none left for others.
 * NULL (the document failed) when a text cannot be printed.  Caller
 * frees. */
char *layout_footer_operators(layout_doc *d, const char *font_name, double page_w, const char *left,
                              const char *right);

/* Starts a document; fonts are read from font_dir.  Returns NULL and a
 * message (caller frees) on failure. */
layout_doc *layout_doc_new(const char *font_dir, const layout_setup *setup, char **error);

/* Draws the footers, writes the file and reports any error of the whole
 * document; with `path` NULL, makes the whole file in memory and writes
 * nothing (every error is still found: `anugerah check`).  Returns false with a message (caller
 * frees) on failure. */
bool layout_doc_save(layout_doc *d, const char *path, char **error);
/* The same, the file made in memory and given in *pdf and *len (caller
 * frees *pdf): a part of a longer document. */
bool layout_doc_save_memory(layout_doc *d, unsigned char **pdf, size_t *len, char **error);
void layout_doc_free(layout_doc *d);

/* Starts a page with its header; the cursor goes to the top of the body. */
void layout_new_page(layout_doc *d);
/* Starts a page without the running header (for a letterhead in its
 * place); the cursor goes to `top` points below the page's top edge. */
void layout_new_page_bare(layout_doc *d, double top);
int layout_page_count(const layout_doc *d);
/* True when the document only counts its pages (layout_setup.count_only):
 * what would only be drawn need not be prepared. */
bool layout_counting(const layout_doc *d);

double layout_left(const layout_doc *d); /* left edge of the body */
double layout_page_width(const layout_doc *d);
double layout_page_height(const layout_doc *d);
double layout_width(const layout_doc *d);   /* width of the body */
double layout_y(const layout_doc *d);       /* the cursor */
void layout_move(layout_doc *d, double dy); /* moves the cursor down */
/* Starts a new page unless `height` fits between the cursor and the bottom. */
void layout_ensure(layout_doc *d, double height);
/* The height left between the cursor and the bottom margin. */
double layout_room(const layout_doc *d);
/* The height of a page's body: the room a new page offers. */
double layout_page_room(const layout_doc *d);

double layout_text_width(layout_doc *d, const char *utf8, layout_font f, double size);

/* Text on one line at (x, baseline y), aligned at x. */
void layout_text(layout_doc *d, double x, double y, const char *utf8, layout_font f, double size,
                 layout_align align, layout_rgb color);

/* Text wrapped to `width` from the cursor down; returns the height used. */
double layout_paragraph(layout_doc *d, const char *utf8, layout_font f, double size,
                        layout_align align, layout_rgb color);

/* The same within a column from x, `width` wide. */
double layout_paragraph_in(layout_doc *d, double x, double width, const char *utf8, layout_font f,
                           double size, layout_align align, layout_rgb color);

/* The number of lines `utf8` takes when wrapped to `width`.  Lines break
 * at spaces and at line breaks; a word wider than the line starts a line of
 * its own and is cut where the line is full (never inside a character). */
size_t layout_line_count(layout_doc *d, const char *utf8, layout_font f, double size, double width);

/* Draws `utf8` wrapped to `width` from `top` down at x, on the current page
 * whatever room is left (no page break): at most max_lines lines (0: all),
 * the last one then ending in an ellipsis.  Returns the number of lines drawn;
 * each takes size * 1.25 points. */
size_t layout_text_lines(layout_doc *d, double x, double top, double width, const char *utf8,
                         layout_font f, double size, layout_align align, layout_rgb color,
                         size_t max_lines);

void layout_stroke_rect(layout_doc *d, double x, double y, double w, double h, double width,
                        layout_rgb color);
/* A filled polygon of n points (x0, y0, x1, y1, ...). */
void layout_polygon(layout_doc *d, const double *xy, size_t n, layout_rgb color);
/* A dashed line: dashes and gaps both `dash` points long. */
void layout_dashed_line(layout_doc *d, double x1, double y1, double x2, double y2, double width,
                        double dash, layout_rgb color);

void layout_fill_rect(layout_doc *d, double x, double y, double w, double h, layout_rgb color);
void layout_line(layout_doc *d, double x1, double y1, double x2, double y2, double width,
                 layout_rgb color);

/* Draws `img` on the current page in the box of w by h points whose bottom
 * left corner is (x, y).  An image, known by the address of its pixels, is
 * embedded once per document however many pages show it; compressed, and
 * without a soft mask. */
void layout_image_draw(layout_doc *d, const layout_image *img, double x, double y, double w,
                       double h);

/* The size of `img` scaled to fit a box of box_w by box_h points with its
 * proportions kept. */
void layout_image_fit(const layout_image *img, double box_w, double box_h, double *w, double *h);

/* A QR code of `width` modules a side (rows top down, non-zero: dark) in
 * the square of `size` points whose bottom left corner is (x, y): the
 * square is painted white and keeps a quiet zone of four modules on each
 * side; each horizontal run of dark modules is one filled rectangle. */
#define LAYOUT_QR_QUIET 4
void layout_qr(layout_doc *d, const unsigned char *modules, int width, double x, double y,
               double size);

/* The index of the current page, from 0; -1 before the first page. */
int layout_page_index(const layout_doc *d);

/* Makes the page of index `page` (a page already started) the current one
 * again, the cursor at the top of its body: drawing goes on that page (to
 * fill in, once later pages are laid out, what depends on them, such as a
 * table of contents).  Go back to the last page before any page break. */
void layout_use_page(layout_doc *d, int page);

/* Labels the pages from index `page` on: prefix then 1, 2, 3 ... */
void layout_page_label(layout_doc *d, int page, const char *prefix);

/* A bookmark to the current page, under `parent` (NULL for top level). */
layout_mark layout_bookmark(layout_doc *d, layout_mark parent, const char *utf8);
/* A bookmark to the page of index `page` (a page already started). */
layout_mark layout_bookmark_at(layout_doc *d, layout_mark parent, int page, const char *utf8);
/* Shows a bookmark closed: its children hidden until the reader opens it
 * (bookmarks are made open). */
void layout_bookmark_close(layout_mark m);

/* Tables. */
typedef struct {
    const char *heading;
    double width;
    layout_align align;
} layout_column;

typedef struct {
    const char *text;
    layout_font font;
    bool colored;
    layout_rgb color;
} layout_cell;

layout_table *layout_table_begin(layout_doc *d, const layout_column *cols, size_t n, double size);
/* The height a table's header and its first row take (at least two lines'
 * room, as layout_table_begin keeps): what must fit below a heading so that
 * the heading is not left alone at the foot of a page. */
double layout_table_start_height(layout_doc *d, const layout_column *cols, size_t n, double size,
                                 const layout_cell *first_row);
/* Adds a row of n cells; when it does not fit, the table continues on a new
 * page under its header repeated.  A row taller than a whole page is split
 * between its lines: as many as fit on each page, under the header. */
void layout_table_row(layout_table *t, const layout_cell *cells);
/* The height a table's row of these cells takes (a row taller than a page
 * too). */
double layout_row_height(layout_doc *d, const layout_column *cols, size_t n, double size,
                         const layout_cell *cells);
/* Continues the table on a new page, under its header repeated, unless
 * `height` fits below the cursor: keeps the rows to come with what follows
 * the table (when it fits a page at all). */
void layout_table_keep(layout_table *t, double height);

/* Marks of colour for a row drawn last (the header, right after
 * layout_table_begin): a square level with the first line of text, centred
 * in column `col` (give it a narrow column of its own), or a bar along the
 * bottom of the cell under its text.  Colour here sits beside text that
 * says the same, so the table still reads in grey. */
typedef enum { LAYOUT_SWATCH_SQUARE, LAYOUT_SWATCH_BAR } layout_swatch;
void layout_table_swatch(layout_table *t, size_t col, layout_rgb color, layout_swatch kind);

void layout_table_end(layout_table *t);

static const layout_rgb LAYOUT_BLACK = {0, 0, 0};
static const layout_rgb LAYOUT_GREY = {0.35, 0.35, 0.35};

#endif
