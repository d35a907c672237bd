#include "layout.h"

#include "embed.h"
#include "labels.h"

#include <hpdf.h>
#include <hpdf_encoder.h>
#include <hpdf_info.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "flate.h"
#include "output.h"
#include "pdfa.h"
#include "text.h"
#include "util.h"

#define MARGIN_X 50.0
#define MARGIN_TOP 62.0
#define MARGIN_BOTTOM 58.0
#define HEADER_SIZE 8.0
#define FOOTER_SIZE 8.0
#define FOOTER_Y 34.0 /* the footer's baseline; its rule 12 pt above */
#define LEADING 1.25  /* line height as a multiple of the font size */

static const char *const font_files[LAYOUT_FONT_COUNT] = {
    "AnugerahSans-Regular.ttf",
    "AnugerahSans-Bold.ttf",
    "AnugerahSerif-Regular.ttf",
    "AnugerahSerif-Bold.ttf",
};

struct layout_doc {
    HPDF_Doc pdf;
    char *font_dir;
    HPDF_Font fonts[LAYOUT_FONT_COUNT];
    layout_setup setup;
    HPDF_Page *pages;
    size_t n_pages, cap_pages;
    HPDF_Page page;
    double page_w, page_h;
    double y;
    /* the current page's graphics state as last set, so that a state
     * already in force is not written again (a smaller content stream,
     * less memory for a long book) */
    bool have_fill, have_stroke, have_font;
    layout_rgb fill, stroke;
    double line_width, font_size;
    HPDF_Font font;
    /* every image embedded so far, known by its pixels' address */
    struct {
        const unsigned char *rgb;
        int width, height;
        bool clear_white;
        HPDF_Image image;
    } * images;
    size_t n_images;
    HPDF_STATUS error; /* first libharu error */
    HPDF_STATUS detail;
    char *text_error; /* first text that could not be printed */
};

static void on_error(HPDF_STATUS error, HPDF_STATUS detail, void *data)
{
    layout_doc *d = data;
    if (d->error == 0) {
        d->error = error;
        d->detail = detail;
    }
}

static double bottom(const layout_doc *d)
{
    return d->setup.margin_bottom > 0 ? d->setup.margin_bottom : MARGIN_BOTTOM;
}

static bool failed(const layout_doc *d)
{
    return d->error != 0 || d->text_error != NULL;
}

/* The text in the PDF encoding; NULL (and the document failed) when it
 * cannot be printed. */
static char *encode(layout_doc *d, const char *utf8)
{
    unsigned bad;
    char *s = utf8_to_cp1252(utf8, &bad);
    if (!s && !d->text_error) {
        char desc[64];
        text_describe_char(bad, desc, sizeof desc);
        d->text_error = xasprintf(W_LAYOUT_UNPRINTABLE, d->setup.id_name ? d->setup.id_name : "PDF",
                                  desc, utf8);
    }
    return s;
}

static char *font_path(const layout_doc *d, layout_font f)
{
    return xasprintf("%s/%s", d->font_dir, font_files[f]);
}

static HPDF_Font font(layout_doc *d, layout_font f)
{
    if (!d->fonts[f]) {
        char *path = font_path(d, f), *why = NULL;
        const char *name = embed_font_load(d->pdf, path, &why);
        if (why && !d->text_error)
            d->text_error = xasprintf(W_LAYOUT_FONT_UNREADABLE, path, why);
        free(why);
        free(path);
        if (name) {
            d->fonts[f] = HPDF_GetFont(d->pdf, name, "CP1252");
            embed_font_always(d->fonts[f]);
        }
    }
    return d->fonts[f];
}

/* True when font f's file can be read; else the document failed.  The
 * font is not loaded: a document embeds only the fonts it uses. */
static bool fonts_readable(layout_doc *d, layout_font f)
{
    char *path = font_path(d, f), *why = NULL;
    bool ok = embed_font_readable(path, &why);
    if (!ok && !d->text_error)
        d->text_error = xasprintf(W_LAYOUT_FONT_UNREADABLE, path, why);
    free(why);
    free(path);
    return ok;
}

/* Windows-1252 text rewritten in place in PDFDocEncoding, the encoding of
 * plain strings outside page content; false (s unusable) when a character
 * has no place there. */
static bool to_pdfdoc(char *s)
{
    /* Windows-1252 0x80..0x9F in PDFDocEncoding; 0: none there */
    static const unsigned char high[32] = {
        0xA0, 0,    0x91, 0x86, 0x8C, 0x83, 0x81, 0x82, 0x1A, 0x8B, 0x97, 0x88, 0x96, 0, 0x99, 0,
        0,    0x8F, 0x90, 0x8D, 0x8E, 0x80, 0x85, 0x84, 0x1F, 0x92, 0x9D, 0x89, 0x9C, 0, 0x9E, 0x98,
    };
    for (unsigned char *c = (unsigned char *)s; *c; c++) {
        if (*c < 0x20 || *c == 0x7F || *c == 0xA0 || *c == 0xAD)
            return false;
        if (*c >= 0x80 && *c <= 0x9F) {
            if (!high[*c - 0x80])
                return false;
            *c = high[*c - 0x80];
        }
    }
    return true;
}

/* The set-up's strings: the document keeps its own copies of them all. */
#define SETUP_STRINGS(s)                                                                           \
    {                                                                                              \
        &(s)->title, &(s)->author, &(s)->subject, &(s)->keywords, &(s)->creator,                   \
            &(s)->header_left, &(s)->header_right, &(s)->footer_left, &(s)->footer_right,          \
            &(s)->icc_profile, &(s)->id_seed, &(s)->id_name, &(s)->watermark                       \
    }

static const char *dup_or_null(const char *s)
{
    return s ? xstrdup(s) : NULL;
}

layout_doc *layout_doc_new(const char *font_dir, const layout_setup *setup, char **error)
{
    layout_doc *d = xcalloc(1, sizeof(layout_doc));
    d->font_dir = xstrdup(font_dir);
    d->setup = *setup;
    const char **strings[] = SETUP_STRINGS(&d->setup);
    for (size_t i = 0; i < sizeof strings / sizeof strings[0]; i++)
        *strings[i] = dup_or_null(*strings[i]);
    if (setup->n_header_images > 0) {
        layout_image *copy = xcalloc(setup->n_header_images, sizeof(layout_image));
        memcpy(copy, setup->header_images, setup->n_header_images * sizeof(layout_image));
        d->setup.header_images = copy;
    } else {
        d->setup.header_images = NULL;
    }
    /* never from libharu's pool (HPDF_NewEx): 2.3.0's header misspells
     * HPDF_ALIGN_SIZE, and the pool hands out memory at any byte offset */
    d->pdf = HPDF_New(on_error, d);
    if (!d->pdf) {
        *error = xstrdup(W_LAYOUT_PDF_INIT);
        layout_doc_free(d);
        return NULL;
    }
    HPDF_SetCompressionMode(d->pdf, HPDF_COMP_ALL);
    HPDF_SetCurrentEncoder(d->pdf, "CP1252");
    /* libharu's CP1252 differs from WinAnsiEncoding only at 127 (DEL, which
     * text never holds), and for that one difference writes an /Encoding
     * dictionary with /Differences; PDF/A-1 wants the plain name. */
    HPDF_Encoder enc = HPDF_GetEncoder(d->pdf, "CP1252");
    if (enc && enc->attr)
        ((HPDF_BasicEncoderAttr)enc->attr)->has_differences = HPDF_FALSE;
    /* a font is loaded and embedded when the document first uses it (a
     * certificate needs no sans bold); the ones every document may use
     * are checked now, so that a missing font folder is told at once */
    if (!fonts_readable(d, LAYOUT_SANS) || !fonts_readable(d, LAYOUT_SANS_BOLD)) {
        *error =
            d->text_error ? xstrdup(d->text_error) : xasprintf(W_LAYOUT_FONTS_UNREADABLE, font_dir);
        layout_doc_free(d);
        return NULL;
    }

    struct {
        const char *value;
        HPDF_InfoType type;
    } attrs[] = {
        {setup->title, HPDF_INFO_TITLE},     {setup->author, HPDF_INFO_AUTHOR},
        {setup->subject, HPDF_INFO_SUBJECT}, {setup->keywords, HPDF_INFO_KEYWORDS},
        {setup->creator, HPDF_INFO_CREATOR},
    };
    for (size_t i = 0; i < sizeof attrs / sizeof attrs[0]; i++) {
        if (!attrs[i].value)
            continue;
        char *s = encode(d, attrs[i].value);
        if (s) {
            HPDF_SetInfoAttr(d->pdf, attrs[i].type, s);
            /* libharu writes the text as UTF-16 in hexadecimal, four
             * times its length; a plain string is a quarter of that */
            if (to_pdfdoc(s) && d->pdf->info)
                HPDF_Info_SetInfoAttr(d->pdf->info, attrs[i].type, s, NULL);
        }
        free(s);
    }
    HPDF_Date date = {0};
    date.year = setup->year;
    date.month = setup->month;
    date.day = setup->day;
    date.ind = 'Z';
    HPDF_SetInfoDateAttr(d->pdf, HPDF_INFO_CREATION_DATE, date);
    HPDF_SetInfoDateAttr(d->pdf, HPDF_INFO_MOD_DATE, date);
    if (setup->outline_open)
        HPDF_SetPageMode(d->pdf, HPDF_PAGE_MODE_USE_OUTLINE);
    return d;
}

void layout_doc_free(layout_doc *d)
{
    if (!d)
        return;
    if (d->pdf)
        HPDF_Free(d->pdf);
    free(d->font_dir);
    const char **strings[] = SETUP_STRINGS(&d->setup);
    for (size_t i = 0; i < sizeof strings / sizeof strings[0]; i++)
        free((char *)*strings[i]);
    free((layout_image *)d->setup.header_images);
    free(d->pages);
    free(d->images);
    free(d->text_error);
    free(d);
}

static const layout_rgb WATERMARK = {0.86, 0.86, 0.86};

static bool same_rgb(layout_rgb a, layout_rgb b)
{
    return a.r == b.r && a.g == b.g && a.b == b.b;
}

/* Page content written straight into the page's content stream, the
 * operators and numbers formatted here: each of libharu's own page
 * operators clears a 512-byte buffer and checks its state machine, and a
 * card has hundreds of them.  Every operator is whole (a path is filled
 * or stroked, a text object ended), so libharu's state stays as it was
 * and its own operators (images, dashes) can follow. */
typedef struct {
    HPDF_Page page;
    size_t len;
    char buf[512];
} page_ops;

static void ops_flush(page_ops *o)
{
    if (o->len)
        HPDF_Stream_Write(((HPDF_PageAttr)o->page->attr)->stream, (const HPDF_BYTE *)o->buf,
                          (HPDF_UINT)o->len);
    o->len = 0;
}

static void ops_add(page_ops *o, const char *s, size_t n)
{
    if (o->len + n > sizeof o->buf)
        ops_flush(o);
    if (n > sizeof o->buf) {
        HPDF_Stream_Write(((HPDF_PageAttr)o->page->attr)->stream, (const HPDF_BYTE *)s,
                          (HPDF_UINT)n);
        return;
    }
    memcpy(o->buf + o->len, s, n);
    o->len += n;
}

static void ops_str(page_ops *o, const char *s)
{
    ops_add(o, s, strlen(s));
}

/* A number to a thousandth, trailing zeros dropped, then a space. */
static void ops_num(page_ops *o, double v)
{
    char tmp[32], *e = tmp + sizeof tmp, *p = e;
    *--p = ' ';
    bool negative = v < 0;
    long long m = llround((negative ? -v : v) * 1000.0);
    if (m == 0)
        negative = false;
    int frac = (int)(m % 1000);
    long long whole = m / 1000;
    if (frac) {
        int digits = 3;
        while (frac % 10 == 0) {
            frac /= 10;
            digits--;
        }
        for (int i = 0; i < digits; i++, frac /= 10)
            *--p = (char)('0' + frac % 10);
        *--p = '.';
    }
    p = digits_before(p, (unsigned long long)whole);
    if (negative)
        *--p = '-';
    ops_add(o, p, (size_t)(e - p));
}

/* A PDF string of Windows-1252 text, "(...)", into `out` (room for
 * 4 * strlen(s) + 3 bytes): its length. */
static size_t pdf_string(char *out, const char *s)
{
    char *o = out;
    *o++ = '(';
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        if (*c == '(' || *c == ')' || *c == '\\') {
            *o++ = '\\';
            *o++ = (char)*c;
        } else if (*c < 0x20) {
            *o++ = '\\';
            *o++ = (char)('0' + (*c >> 6));
            *o++ = (char)('0' + ((*c >> 3) & 7));
            *o++ = (char)('0' + (*c & 7));
        } else {
            *o++ = (char)*c;
        }
    }
    *o++ = ')';
    *o = '\0';
    return (size_t)(o - out);
}

static void ops_text(page_ops *o, const char *s)
{
    char *str = xmalloc(4 * strlen(s) + 3);
    ops_add(o, str, pdf_string(str, s));
    free(str);
}

static void set_fill(layout_doc *d, page_ops *o, layout_rgb c)
{
    bool current = o->page == d->page;
    if (current && d->have_fill && same_rgb(d->fill, c))
        return;
    ops_num(o, c.r);
    ops_num(o, c.g);
    ops_num(o, c.b);
    ops_str(o, "rg\n");
    if (current) {
        d->have_fill = true;
        d->fill = c;
    }
}

static void set_stroke(layout_doc *d, page_ops *o, layout_rgb c, double width)
{
    bool current = o->page == d->page;
    if (!current || !d->have_stroke || !same_rgb(d->stroke, c)) {
        ops_num(o, c.r);
        ops_num(o, c.g);
        ops_num(o, c.b);
        ops_str(o, "RG\n");
    }
    if (!current || !d->have_stroke || d->line_width != width) {
        ops_num(o, width);
        ops_str(o, "w\n");
    }
    if (current) {
        d->have_stroke = true;
        d->stroke = c;
        d->line_width = width;
    }
}

/* Inside a text object: Tf is part of the text state, which lasts from
 * one text object to the next on the same page. */
static void set_font(layout_doc *d, page_ops *o, HPDF_Font f, double size)
{
    bool current = o->page == d->page;
    if (current && d->have_font && d->font == f && d->font_size == size)
        return;
    const char *name = HPDF_Page_GetLocalFontName(o->page, f); /* in the page's resources */
    if (!name)
        return;
    ops_str(o, "/");
    ops_str(o, name);
    ops_str(o, " ");
    ops_num(o, size);
    ops_str(o, "Tf\n");
    if (current) {
        d->have_font = true;
        d->font = f;
        d->font_size = size;
    }
}

/* A rectangle, painted by `paint` ("f\n", "S\n"); the operators flushed. */
static void rect(page_ops *o, double x, double y, double w, double h, const char *paint)
{
    ops_num(o, x);
    ops_num(o, y);
    ops_num(o, w);
    ops_num(o, h);
    ops_str(o, "re\n");
    ops_str(o, paint);
    ops_flush(o);
}

/* A text object: Windows-1252 text in font `hf` at `size`, colour c, its
 * text matrix m (a, b, c, d, e, f: a plain position when unturned). */
static void show_text(layout_doc *d, HPDF_Page page, HPDF_Font hf, double size, layout_rgb c,
                      const double m[6], const char *encoded)
{
    page_ops o = {.page = page};
    set_fill(d, &o, c);
    ops_str(&o, "BT\n");
    set_font(d, &o, hf, size);
    bool turned = m[0] != 1 || m[1] != 0 || m[2] != 0 || m[3] != 1;
    for (int i = turned ? 0 : 4; i < 6; i++)
        ops_num(&o, m[i]);
    ops_str(&o, turned ? "Tm\n" : "Td\n");
    ops_text(&o, encoded);
    ops_str(&o, " Tj\nET\n");
    ops_flush(&o);
}

static void draw_text(layout_doc *d, HPDF_Page page, double x, double y, const char *encoded,
                      layout_font f, double size, layout_align align, layout_rgb c)
{
    if (d->setup.count_only)
        return;
    HPDF_Font hf = font(d, f);
    if (!hf)
        return;
    /* measured always: measuring marks the characters used, for the
     * font's widths and the glyphs it embeds */
    HPDF_TextWidth tw =
        HPDF_Font_TextWidth(hf, (const HPDF_BYTE *)encoded, (HPDF_UINT)strlen(encoded));
    double w = tw.width * size / 1000.0;
    if (align == LAYOUT_CENTER)
        x -= w / 2;
    else if (align == LAYOUT_RIGHT)
        x -= w;
    show_text(d, page, hf, size, c, (const double[6]){1, 0, 0, 1, x, y}, encoded);
}

static void text_on(layout_doc *d, HPDF_Page page, double x, double y, const char *utf8,
                    layout_font f, double size, layout_align align, layout_rgb c)
{
    char *s = encode(d, utf8);
    if (s)
        draw_text(d, page, x, y, s, f, size, align, c);
    free(s);
}

/* A large diagonal word across the page ("DRAF"), drawn first, under the
 * content, in a light grey: PDF/A-1 has no transparency, so the content
 * stays readable by being drawn over it. */
static void watermark(layout_doc *d, HPDF_Page page)
{
    if (d->setup.count_only)
        return;
    HPDF_Font hf = font(d, LAYOUT_SANS_BOLD);
    char *s = encode(d, d->setup.watermark);
    if (!hf || !s) {
        free(s);
        return;
    }
    const double size = 150;
    HPDF_TextWidth tw = HPDF_Font_TextWidth(hf, (const HPDF_BYTE *)s, (HPDF_UINT)strlen(s));
    double w = tw.width * size / 1000.0;
    double angle = atan2(d->page_h, d->page_w);
    double c = cos(angle), sn = sin(angle);
    /* the word's middle at the page's middle */
    double x = d->page_w / 2 - c * w / 2 + sn * size * 0.35;
    double y = d->page_h / 2 - sn * w / 2 - c * size * 0.35;
    show_text(d, page, hf, size, WATERMARK, (const double[6]){c, sn, -sn, c, x, y}, s);
    free(s);
}

/* The small images at the right end of the running header, their
 * bottoms just above its rule at `rule_y`. */
static void header_images(layout_doc *d, double rule_y)
{
    double x = d->page_w - MARGIN_X;
    for (size_t i = d->setup.n_header_images; i-- > 0;) {
        const layout_image *img = &d->setup.header_images[i];
        double w, h;
        layout_image_fit(img, 60, 20, &w, &h);
        x -= w;
        layout_image_draw(d, img, x, rule_y + 3, w, h);
        x -= 4;
    }
}

static void start_page(layout_doc *d, bool with_header, double top_gap)
{
    if (failed(d))
        return;
    HPDF_Page page;
    if (d->setup.count_only && d->n_pages > 0) {
        /* only counted: the one page is drawn over, its contents dropped */
        page = d->pages[0];
        HPDF_MemStream_FreeData(((HPDF_PageAttr)page->attr)->stream);
    } else {
        page = HPDF_AddPage(d->pdf);
    }
    if (!page)
        return;
    if (d->setup.page_width > 0 && d->setup.page_height > 0) {
        HPDF_Page_SetWidth(page, (HPDF_REAL)d->setup.page_width);
        HPDF_Page_SetHeight(page, (HPDF_REAL)d->setup.page_height);
    } else {
        HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4,
                          d->setup.landscape ? HPDF_PAGE_LANDSCAPE : HPDF_PAGE_PORTRAIT);
    }
    if (d->n_pages == d->cap_pages) {
        d->cap_pages = d->cap_pages ? d->cap_pages * 2 : 16;
        d->pages = xrealloc(d->pages, d->cap_pages * sizeof(HPDF_Page));
    }
    d->pages[d->n_pages++] = page;
    d->page = page;
    d->have_fill = d->have_stroke = d->have_font = false;
    d->page_w = HPDF_Page_GetWidth(page);
    d->page_h = HPDF_Page_GetHeight(page);
    if (d->setup.watermark)
        watermark(d, page);
    if (!with_header) {
        d->y = d->page_h - top_gap;
        return;
    }

    double top = d->page_h - 36;
    if (d->setup.header_left || d->setup.header_right || d->setup.n_header_images > 0) {
        /* The header text is one line, never wrapped, to keep the frame;
         * it is printed as given (a long one runs past the margin). */
        if (d->setup.header_left)
            text_on(d, page, MARGIN_X, top, d->setup.header_left, LAYOUT_SANS, HEADER_SIZE,
                    LAYOUT_LEFT, LAYOUT_GREY);
        if (d->setup.header_right)
            text_on(d, page, d->page_w - MARGIN_X, top, d->setup.header_right, LAYOUT_SANS,
                    HEADER_SIZE, LAYOUT_RIGHT, LAYOUT_GREY);
        header_images(d, top - 5);
        layout_line(d, MARGIN_X, top - 5, d->page_w - MARGIN_X, top - 5, 0.5, LAYOUT_GREY);
    }
    d->y = d->page_h - MARGIN_TOP;
}

void layout_new_page(layout_doc *d)
{
    start_page(d, true, 0);
}

void layout_new_page_bare(layout_doc *d, double top)
{
    start_page(d, false, top);
}

int layout_page_count(const layout_doc *d)
{
    return (int)d->n_pages;
}

bool layout_counting(const layout_doc *d)
{
    return d->setup.count_only;
}

double layout_left(const layout_doc *d)
{
    (void)d;
    return MARGIN_X;
}

double layout_page_width(const layout_doc *d)
{
    return d->page_w;
}

double layout_page_height(const layout_doc *d)
{
    return d->page_h;
}

double layout_width(const layout_doc *d)
{
    return d->page_w - 2 * MARGIN_X;
}

double layout_y(const layout_doc *d)
{
    return d->y;
}

void layout_move(layout_doc *d, double dy)
{
    d->y -= dy;
}

void layout_ensure(layout_doc *d, double height)
{
    if (!d->page || d->y - height < bottom(d))
        layout_new_page(d);
}

double layout_room(const layout_doc *d)
{
    return d->page ? d->y - bottom(d) : 0;
}

double layout_page_room(const layout_doc *d)
{
    return d->page_h - MARGIN_TOP - bottom(d);
}

double layout_text_width(layout_doc *d, const char *utf8, layout_font f, double size)
{
    char *s = encode(d, utf8);
    HPDF_Font hf = font(d, f);
    double w = 0;
    if (s && hf) {
        HPDF_TextWidth tw = HPDF_Font_TextWidth(hf, (const HPDF_BYTE *)s, (HPDF_UINT)strlen(s));
        w = tw.width * size / 1000.0;
    }
    free(s);
    return w;
}

void layout_text(layout_doc *d, double x, double y, const char *utf8, layout_font f, double size,
                 layout_align align, layout_rgb color)
{
    if (failed(d) || !d->page)
        return;
    text_on(d, d->page, x, y, utf8, f, size, align, color);
}

/* Wrapped lines of encoded text. */
typedef struct {
    char **lines;
    size_t n;
} wrapped;

static void wrapped_free(wrapped *w)
{
    for (size_t i = 0; i < w->n; i++)
        free(w->lines[i]);
    free(w->lines);
}

static double encoded_width(HPDF_Font f, const char *s, size_t len, double size)
{
    HPDF_TextWidth tw = HPDF_Font_TextWidth(f, (const HPDF_BYTE *)s, (HPDF_UINT)len);
    return tw.width * size / 1000.0;
}

static void push_line(wrapped *w, const char *s, size_t len)
{
    w->lines = xrealloc(w->lines, (w->n + 1) * sizeof(char *));
    w->lines[w->n++] = xstrndup(s, len);
}

/* Greedy word wrap measured with the font's own widths.  Explicit line
 * breaks start a new line; a word wider than the line is cut. */
static wrapped wrap(layout_doc *d, const char *utf8, layout_font f, double size, double width)
{
    wrapped w = {0};
    char *s = encode(d, utf8);
    HPDF_Font hf = font(d, f);
    if (!s || !hf) {
        free(s);
        push_line(&w, "", 0);
        return w;
    }
    for (char *p = s; *p; p++)
        if (*p == '\r')
            *p = ' ';
    const char *p = s;
    for (;;) {
        while (*p == ' ')
            p++;
        const char *start = p;
        size_t fit = 0; /* bytes of the line that fit */
        const char *q = p;
        for (;;) {
            const char *word_end = q;
            while (*word_end && *word_end != ' ' && *word_end != '\n')
                word_end++;
            size_t len = (size_t)(word_end - start);
            if (encoded_width(hf, start, len, size) > width) {
                if (fit == 0) {
                    /* A word longer than the line: cut it. */
                    size_t cut = 1;
                    while (cut < len && encoded_width(hf, start, cut + 1, size) <= width)
                        cut++;
                    fit = cut;
                    q = start + cut;
                }
                break;
            }
            fit = len;
            q = word_end;
            if (*q != ' ')
                break;
            while (*q == ' ')
                q++;
            if (!*q || *q == '\n')
                break;
        }
        push_line(&w, start, fit);
        p = q;
        while (*p == ' ')
            p++;
        if (*p == '\n') {
            p++;
            continue;
        }
        if (!*p)
            break;
    }
    free(s);
    return w;
}

size_t layout_line_count(layout_doc *d, const char *utf8, layout_font f, double size, double width)
{
    wrapped w = wrap(d, utf8, f, size, width);
    size_t n = w.n;
    wrapped_free(&w);
    return n;
}

/* Shortens an encoded line until it and an ellipsis fit in `width`, and
 * adds the ellipsis (0x85 in Windows-1252). */
static char *with_ellipsis(HPDF_Font f, const char *line, double size, double width)
{
    size_t len = strlen(line);
    char *s = xmalloc(len + 2);
    memcpy(s, line, len);
    for (;;) {
        while (len > 0 && s[len - 1] == ' ')
            len--;
        s[len] = '\x85';
        s[len + 1] = '\0';
        if (len == 0 || encoded_width(f, s, len + 1, size) <= width)
            return s;
        len--;
    }
}

size_t layout_text_lines(layout_doc *d, double x, double top, double width, const char *utf8,
                         layout_font f, double size, layout_align align, layout_rgb color,
                         size_t max_lines)
{
    if (failed(d) || !d->page)
        return 0;
    wrapped w = wrap(d, utf8, f, size, width);
    size_t n = max_lines > 0 && w.n > max_lines ? max_lines : w.n;
    double ax = align == LAYOUT_LEFT ? x : align == LAYOUT_CENTER ? x + width / 2 : x + width;
    for (size_t i = 0; i < n && !failed(d); i++) {
        double baseline = top - size - (double)i * size * LEADING;
        if (i + 1 == n && n < w.n) {
            char *cut = with_ellipsis(font(d, f), w.lines[i], size, width);
            draw_text(d, d->page, ax, baseline, cut, f, size, align, color);
            free(cut);
        } else {
            draw_text(d, d->page, ax, baseline, w.lines[i], f, size, align, color);
        }
    }
    wrapped_free(&w);
    return n;
}

double layout_paragraph(layout_doc *d, const char *utf8, layout_font f, double size,
                        layout_align align, layout_rgb color)
{
    return layout_paragraph_in(d, MARGIN_X, layout_width(d), utf8, f, size, align, color);
}

double layout_paragraph_in(layout_doc *d, double left, double width, const char *utf8,
                           layout_font f, double size, layout_align align, layout_rgb color)
{
    wrapped w = wrap(d, utf8, f, size, width);
    double lh = size * LEADING;
    double used = 0;
    for (size_t i = 0; i < w.n; i++) {
        layout_ensure(d, lh);
        double x = align == LAYOUT_LEFT     ? left
                   : align == LAYOUT_CENTER ? left + width / 2
                                            : left + width;
        if (!failed(d))
            draw_text(d, d->page, x, d->y - size, w.lines[i], f, size, align, color);
        d->y -= lh;
        used += lh;
    }
    wrapped_free(&w);
    return used;
}

static void line_on(layout_doc *d, HPDF_Page page, double x1, double y1, double x2, double y2,
                    double width, layout_rgb c)
{
    if (d->setup.count_only)
        return;
    page_ops o = {.page = page};
    set_stroke(d, &o, c, width);
    ops_num(&o, x1);
    ops_num(&o, y1);
    ops_str(&o, "m\n");
    ops_num(&o, x2);
    ops_num(&o, y2);
    ops_str(&o, "l\nS\n");
    ops_flush(&o);
}

void layout_stroke_rect(layout_doc *d, double x, double y, double w, double h, double width,
                        layout_rgb c)
{
    if (d->setup.count_only) /* only counting pages */
        return;
    if (failed(d) || !d->page)
        return;
    page_ops o = {.page = d->page};
    set_stroke(d, &o, c, width);
    rect(&o, x, y, w, h, "S\n");
}

void layout_polygon(layout_doc *d, const double *xy, size_t n, layout_rgb c)
{
    if (d->setup.count_only) /* only counting pages */
        return;
    if (failed(d) || !d->page || n < 3)
        return;
    page_ops o = {.page = d->page};
    set_fill(d, &o, c);
    for (size_t i = 0; i < n; i++) {
        ops_num(&o, xy[2 * i]);
        ops_num(&o, xy[2 * i + 1]);
        ops_str(&o, i == 0 ? "m\n" : "l\n");
    }
    ops_str(&o, "h\nf\n");
    ops_flush(&o);
}

void layout_dashed_line(layout_doc *d, double x1, double y1, double x2, double y2, double width,
                        double dash, layout_rgb c)
{
    if (d->setup.count_only) /* only counting pages */
        return;
    if (failed(d) || !d->page)
        return;
    HPDF_UINT16 pattern[2] = {(HPDF_UINT16)dash, (HPDF_UINT16)dash};
    HPDF_Page_SetDash(d->page, pattern, 2, 0);
    line_on(d, d->page, x1, y1, x2, y2, width, c);
    HPDF_Page_SetDash(d->page, NULL, 0, 0);
}

/* The images' pixels compressed once for the whole run, not once per
 * document: an emblem, a signature and a seal on every certificate.  An
 * entry is found by its pixels (compared whole), never by address alone.
 * An image of at most 256 colours is kept as a palette and one byte a
 * pixel (/Indexed): a third of the samples, and runs deflate finds. */
typedef struct {
    int width, height;
    unsigned char *rgb;   /* a copy */
    unsigned char *flate; /* the samples: RGB, or palette indexes */
    size_t flate_len;
    bool indexed;                /* packed as asked: a palette if it had room */
    int n_colors;                /* 0: RGB samples */
    unsigned char *lookup_flate; /* the palette, deflated */
    size_t lookup_len;
} packed_image;

static pthread_mutex_t packed_lock = PTHREAD_MUTEX_INITIALIZER;
static packed_image *packed;
static size_t n_packed;

/* At most this many images are kept (the event has a handful). */
#define PACKED_MAX 16

/* Images are deflated once a run, at libdeflate's level 6: on the
 * sample's, levels 8 to 12 take 40 to 180 ms more for 0.1 to 2.4 % fewer
 * bytes (zlib's level 8 before). */
#define IMAGE_LEVEL 6

/* The colours of `n` pixels in order of first appearance into pal (3
 * bytes each) and each pixel's index into idx; -1 past 256 colours. */
static int palette_of(const unsigned char *rgb, size_t n, unsigned char pal[768],
                      unsigned char *idx)
{
    enum { SLOTS = 1024 }; /* open addressing, at most a quarter full */
    uint32_t key[SLOTS];
    unsigned char val[SLOTS];
    memset(key, 0xff, sizeof key); /* 0xffffffff: empty (colours are 24-bit) */
    int count = 0;
    for (size_t i = 0; i < n; i++) {
        const unsigned char *p = rgb + i * 3;
        uint32_t c = (uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2];
        size_t s = (c * 2654435761u) >> 22; /* 10 bits */
        while (key[s] != 0xffffffffu && key[s] != c)
            s = (s + 1) % SLOTS;
        if (key[s] == 0xffffffffu) {
            if (count == 256)
                return -1;
            key[s] = c;
            val[s] = (unsigned char)count;
            memcpy(pal + count * 3, p, 3);
            count++;
        }
        idx[i] = val[s];
    }
    return count;
}

/* Fills *p with the image's samples deflated: a palette when it has at
 * most 256 colours and `indexed` allows it. */
static void pack_image(const layout_image *img, bool indexed, packed_image *p)
{
    size_t n = (size_t)img->width * (size_t)img->height;
    memset(p, 0, sizeof *p);
    p->indexed = indexed;
    p->width = img->width;
    p->height = img->height;
    if (indexed) {
        unsigned char pal[768];
        unsigned char *idx = xmalloc(n);
        int colors = palette_of(img->rgb, n, pal, idx);
        if (colors > 0) {
            p->flate = flate_compress(idx, n, IMAGE_LEVEL, &p->flate_len);
            p->lookup_flate = flate_compress(pal, (size_t)colors * 3, IMAGE_LEVEL, &p->lookup_len);
            p->n_colors = colors;
        }
        free(idx);
        if (colors > 0)
            return;
    }
    p->flate = flate_compress(img->rgb, n * 3, IMAGE_LEVEL, &p->flate_len);
}

/* The image packed: from the cache, or packed now (and kept when there
 * is room).  *owned is set when the caller must free *out's buffers. */
static void packed_pixels(const layout_image *img, packed_image *out, bool *owned)
{
    size_t size = (size_t)img->width * (size_t)img->height * 3;
    /* a colour mask is given in RGB values: such images stay RGB */
    bool indexed = !img->clear_white;
    *owned = false;
    pthread_mutex_lock(&packed_lock);
    for (size_t i = 0; i < n_packed; i++) {
        packed_image *p = &packed[i];
        if (p->width == img->width && p->height == img->height && p->indexed == indexed
            && memcmp(p->rgb, img->rgb, size) == 0) {
            *out = *p;
            pthread_mutex_unlock(&packed_lock);
            return;
        }
    }
    pthread_mutex_unlock(&packed_lock);
    packed_image made;
    pack_image(img, indexed, &made);
    pthread_mutex_lock(&packed_lock);
    if (n_packed < PACKED_MAX) {
        /* entries are never removed: their data stays valid for readers */
        if (!packed)
            packed = xcalloc(PACKED_MAX, sizeof(packed_image));
        made.rgb = xmalloc(size);
        memcpy(made.rgb, img->rgb, size);
        packed[n_packed++] = made;
    } else {
        *owned = true;
    }
    pthread_mutex_unlock(&packed_lock);
    *out = made;
}

/* An opaque image (DeviceRGB, or a palette of it) whose stream holds the
 * samples deflated. */
static HPDF_Image packed_image_object(layout_doc *d, const layout_image *img)
{
    packed_image p;
    bool owned;
    packed_pixels(img, &p, &owned);
    /* the cache's bytes outlive the document: read where they are */
    HPDF_Dict (*stream)(HPDF_Doc, const unsigned char *, size_t) =
        owned ? pdfa_flate_stream : pdfa_flate_stream_kept;
    HPDF_Dict image = stream(d->pdf, p.flate, p.flate_len);
    HPDF_Dict lookup = NULL;
    if (image && p.n_colors > 0) {
        lookup = stream(d->pdf, p.lookup_flate, p.lookup_len);
        HPDF_Array space = HPDF_Array_New(d->pdf->mmgr);
        if (!lookup || !space) {
            image = NULL;
        } else {
            HPDF_Array_AddName(space, "Indexed");
            HPDF_Array_AddName(space, "DeviceRGB");
            HPDF_Array_AddNumber(space, p.n_colors - 1);
            HPDF_Array_Add(space, lookup);
            HPDF_Dict_Add(image, "ColorSpace", space);
        }
    }
    if (image) {
        image->header.obj_class |= HPDF_OSUBCLASS_XOBJECT;
        HPDF_Dict_AddName(image, "Type", "XObject");
        HPDF_Dict_AddName(image, "Subtype", "Image");
        if (p.n_colors == 0)
            HPDF_Dict_AddName(image, "ColorSpace", "DeviceRGB");
        HPDF_Dict_AddNumber(image, "Width", img->width);
        HPDF_Dict_AddNumber(image, "Height", img->height);
        HPDF_Dict_AddNumber(image, "BitsPerComponent", 8);
    }
    if (owned) {
        free(p.flate);
        free(p.lookup_flate);
    }
    return image;
}

/* The document's image object for `img`: made on first use, then the
 * same object for every page. */
static HPDF_Image image_object(layout_doc *d, const layout_image *img)
{
    /* found by its pixels too: one picture named twice by the event (the
     * same emblem for the province and the commission) is one object */
    size_t size = (size_t)img->width * (size_t)img->height * 3;
    for (size_t i = 0; i < d->n_images; i++)
        if (d->images[i].clear_white == img->clear_white
            && (d->images[i].rgb == img->rgb
                || (d->images[i].width == img->width && d->images[i].height == img->height
                    && memcmp(d->images[i].rgb, img->rgb, size) == 0)))
            return d->images[i].image;
    HPDF_Image image = packed_image_object(d, img);
    if (!image || failed(d))
        return NULL;
    if (img->clear_white)
        HPDF_Image_SetColorMask(image, 235, 255, 235, 255, 235, 255);
    d->images = xrealloc(d->images, (d->n_images + 1) * sizeof(d->images[0]));
    d->images[d->n_images].rgb = img->rgb;
    d->images[d->n_images].width = img->width;
    d->images[d->n_images].height = img->height;
    d->images[d->n_images].clear_white = img->clear_white;
    d->images[d->n_images].image = image;
    d->n_images++;
    return image;
}

void layout_image_draw(layout_doc *d, const layout_image *img, double x, double y, double w,
                       double h)
{
    if (d->setup.count_only) /* only counting pages */
        return;
    if (failed(d) || !d->page || !img->rgb || img->width <= 0 || img->height <= 0 || w <= 0
        || h <= 0)
        return;
    HPDF_Image image = image_object(d, img);
    if (image && !failed(d))
        HPDF_Page_DrawImage(d->page, image, (HPDF_REAL)x, (HPDF_REAL)y, (HPDF_REAL)w, (HPDF_REAL)h);
}

void layout_image_fit(const layout_image *img, double box_w, double box_h, double *w, double *h)
{
    if (img->width <= 0 || img->height <= 0) {
        *w = *h = 0;
        return;
    }
    double scale_w = box_w / img->width, scale_h = box_h / img->height;
    double scale = scale_w < scale_h ? scale_w : scale_h;
    *w = img->width * scale;
    *h = img->height * scale;
}

int layout_page_index(const layout_doc *d)
{
    return (int)d->n_pages - 1;
}

void layout_use_page(layout_doc *d, int page)
{
    if (failed(d) || page < 0 || (size_t)page >= d->n_pages)
        return;
    d->page = d->pages[page];
    /* the state last set was the other page's */
    d->have_fill = d->have_stroke = d->have_font = false;
    d->page_w = HPDF_Page_GetWidth(d->page);
    d->page_h = HPDF_Page_GetHeight(d->page);
    d->y = d->page_h - MARGIN_TOP;
}

void layout_page_label(layout_doc *d, int page, const char *prefix)
{
    if (failed(d) || page < 0 || (size_t)page >= d->n_pages)
        return;
    char *s = encode(d, prefix);
    if (s)
        HPDF_AddPageLabel(d->pdf, (HPDF_UINT)page, HPDF_PAGE_NUM_STYLE_DECIMAL, 1, s);
    free(s);
}

void layout_fill_rect(layout_doc *d, double x, double y, double w, double h, layout_rgb c)
{
    if (d->setup.count_only) /* only counting pages */
        return;
    if (failed(d) || !d->page)
        return;
    page_ops o = {.page = d->page};
    set_fill(d, &o, c);
    rect(&o, x, y, w, h, "f\n");
}

/* Samples a QR module is drawn with, a side: 4, a hexadecimal digit */
#define QR_SAMPLES 4

void layout_qr(layout_doc *d, const unsigned char *modules, int width, double x, double y,
               double size)
{
    if (d->setup.count_only) /* only counting pages */
        return;
    if (failed(d) || !d->page || width <= 0)
        return;
    static const layout_rgb white = {1, 1, 1};
    layout_fill_rect(d, x, y, size, size, white);
    double m = size / (double)(width + 2 * LAYOUT_QR_QUIET);
    double left = x + m * LAYOUT_QR_QUIET, top = y + size - m * LAYOUT_QR_QUIET;
    double side = m * width;
    /* One inline image mask painted black, not a rectangle a run of
     * modules: a card 0.65 KB smaller.  A module is QR_SAMPLES samples a
     * side: Poppler's cairo renderer smooths a mask magnified less than 4
     * times, and with one sample a module it could not read the code at
     * 150-250 dpi.  The samples are in hexadecimal (/F /AHx), so that no
     * byte of them can end the image early; deflating the page takes the
     * doubling back. */
    /* each module QR_SAMPLES samples a side, a hexadecimal digit a module
     * in a row; a row padded to whole bytes */
    int samples = width * QR_SAMPLES, row_chars = (samples + 7) / 8 * 2;
    char *ops = xmalloc(200 + (size_t)samples * (size_t)(row_chars + 1));
    int len = snprintf(ops, 200,
                       "q\n%.4f 0 0 %.4f %.4f %.4f cm\n0 0 0 rg\n"
                       "BI /W %d /H %d /IM true /BPC 1 /D [1 0] /I false /F /AHx ID\n",
                       side, side, left, top - side, samples, samples);
    char *o = ops + (len > 0 ? len : 0);
    for (int row = 0; row < width; row++) {
        /* rows top down; 1: dark, painted (/D [1 0]) */
        const unsigned char *line = modules + (size_t)row * (size_t)width;
        char *first = o;
        for (int col = 0; col < width; col++)
            *o++ = line[col] ? 'F' : '0';
        for (int c = width; c < row_chars; c++)
            *o++ = '0';
        *o++ = '\n';
        for (int again = 1; again < QR_SAMPLES; again++) {
            memcpy(o, first, (size_t)row_chars + 1);
            o += row_chars + 1;
        }
    }
    static const char end[] = ">\nEI\nQ\n";
    memcpy(o, end, sizeof end - 1); /* without its NUL */
    o += sizeof end - 1;
    HPDF_Stream_Write(((HPDF_PageAttr)d->page->attr)->stream, (const HPDF_BYTE *)ops,
                      (HPDF_UINT)(o - ops));
    free(ops);
}

void layout_line(layout_doc *d, double x1, double y1, double x2, double y2, double width,
                 layout_rgb c)
{
    if (failed(d) || !d->page)
        return;
    line_on(d, d->page, x1, y1, x2, y2, width, c);
}

layout_mark layout_bookmark(layout_doc *d, layout_mark parent, const char *utf8)
{
    return layout_bookmark_at(d, parent, layout_page_index(d), utf8);
}

layout_mark layout_bookmark_at(layout_doc *d, layout_mark parent, int page, const char *utf8)
{
    if (failed(d) || page < 0 || (size_t)page >= d->n_pages)
        return NULL;
    char *s = encode(d, utf8);
    if (!s)
        return NULL;
    HPDF_Outline o =
        HPDF_CreateOutline(d->pdf, (HPDF_Outline)parent, s, HPDF_GetEncoder(d->pdf, "CP1252"));
    free(s);
    if (!o)
        return NULL;
    /* The whole page (/Fit): every bookmarked item starts a page. */
    HPDF_Destination dst = HPDF_Page_CreateDestination(d->pages[page]);
    HPDF_Outline_SetDestination(o, dst);
    HPDF_Outline_SetOpened(o, HPDF_TRUE);
    return o;
}

void layout_bookmark_close(layout_mark m)
{
    if (m)
        HPDF_Outline_SetOpened((HPDF_Outline)m, HPDF_FALSE);
}

/* Copies the document saved in memory to a new file at `path`. */
/* A failure of the PDF library, in words, with the file and the library's
 * own code for whoever supports the clerk. */
static char *library_error(const layout_doc *d, const char *path)
{
    if (!d->error)
        return xasprintf(W_LAYOUT_PDF_FAILED, path);
    return xasprintf(W_LAYOUT_PDF_ERROR, path, label_pdf_error((unsigned)d->error),
                     (unsigned)d->error, (unsigned)d->detail);
}

static HPDF_STATUS to_output(HPDF_Stream s, const HPDF_BYTE *data, HPDF_UINT len)
{
    output_file_write(s->attr, data, len);
    return HPDF_OK;
}

/* The document written straight into its file, as HPDF_SaveToStream
 * writes it into memory (hpdf_doc.c, InternalSaveToStream: the header,
 * the trailer's /Root and /Info, then every object and the cross-reference
 * table), without the copy in memory: libharu copies a byte at a time. */
static bool write_direct(layout_doc *d, const char *path, char **error)
{
    static const char *const headers[] = {
        "%PDF-1.2\012%\267\276\255\252\012", "%PDF-1.3\012%\267\276\255\252\012",
        "%PDF-1.4\012%\267\276\255\252\012", "%PDF-1.5\012%\267\276\255\252\012",
        "%PDF-1.6\012%\267\276\255\252\012", "%PDF-1.7\012%\267\276\255\252\012",
    };
    output_file *f = output_file_create(path, error);
    if (!f)
        return false;
    HPDF_Doc pdf = d->pdf;
    HPDF_Stream s = HPDF_CallbackWriter_New(pdf->mmgr, to_output, f);
    bool written = s && (unsigned)pdf->pdf_version < sizeof headers / sizeof headers[0]
                   && HPDF_Stream_WriteStr(s, headers[pdf->pdf_version]) == HPDF_OK
                   && HPDF_Dict_Add(pdf->trailer, "Root", pdf->catalog) == HPDF_OK
                   && HPDF_Dict_Add(pdf->trailer, "Info", pdf->info) == HPDF_OK
                   && HPDF_Xref_WriteToStream(pdf->xref, s, NULL) == HPDF_OK;
    if (s)
        HPDF_Stream_Free(s);
    bool ok = output_file_close(f, error);
    if (ok && (!written || failed(d))) {
        *error = library_error(d, path);
        ok = false;
    }
    return ok;
}

/* A PDF string of Windows-1252 text appended to *out. */
static void literal(char **out, size_t *len, const char *s)
{
    *out = xrealloc(*out, *len + 4 * strlen(s) + 3);
    *len += pdf_string(*out + *len, s);
}

/* The footer's rule and text state, a new string: the same for every
 * page of a width and a font name, so formatted once a run for each (a
 * printf of 13 numbers a page was 1 % of a build) and copied.  Entries
 * are never removed; past FOOTER_STARTS, each is formatted anew. */
#define FOOTER_STARTS 16

typedef struct {
    char *font_name;
    double page_w;
    char *ops;
} footer_start_entry;

static pthread_mutex_t footer_lock = PTHREAD_MUTEX_INITIALIZER;
static footer_start_entry footer_starts[FOOTER_STARTS];
static size_t n_footer_starts;

static char *footer_start(const char *font_name, double page_w)
{
    pthread_mutex_lock(&footer_lock);
    for (size_t i = 0; i < n_footer_starts; i++) {
        footer_start_entry *e = &footer_starts[i];
        if (e->page_w == page_w && strcmp(e->font_name, font_name) == 0) {
            char *copy = xstrdup(e->ops);
            pthread_mutex_unlock(&footer_lock);
            return copy;
        }
    }
    layout_rgb g = LAYOUT_GREY;
    char *ops = xasprintf("q\n%g %g %g RG\n0.5 w\n[] 0 d\n%g %g m\n%g %g l\nS\n"
                          "%g %g %g rg\nBT\n0 Tc\n0 Tw\n100 Tz\n0 Ts\n0 Tr\n/%s %g Tf\n",
                          g.r, g.g, g.b, MARGIN_X, FOOTER_Y + 12, page_w - MARGIN_X, FOOTER_Y + 12,
                          g.r, g.g, g.b, font_name, FOOTER_SIZE);
    if (n_footer_starts < FOOTER_STARTS)
        footer_starts[n_footer_starts++] =
            (footer_start_entry){xstrdup(font_name), page_w, xstrdup(ops)};
    pthread_mutex_unlock(&footer_lock);
    return ops;
}

char *layout_footer_operators(layout_doc *d, const char *font_name, double page_w, const char *left,
                              const char *right)
{
    HPDF_Font hf = font(d, LAYOUT_SANS);
    char *l = left ? encode(d, left) : NULL, *r = right ? encode(d, right) : NULL;
    if (!hf || (left && !l) || (right && !r)) {
        free(l);
        free(r);
        return NULL;
    }
    char *out = footer_start(font_name, page_w);
    size_t len = strlen(out);
    /* each text at its place from the line's start: measured, which also
     * marks its characters as used (the font's widths and glyphs) */
    char *texts[2] = {l, r};
    for (int i = 0; i < 2; i++) {
        if (!texts[i])
            continue;
        HPDF_TextWidth tw =
            HPDF_Font_TextWidth(hf, (const HPDF_BYTE *)texts[i], (HPDF_UINT)strlen(texts[i]));
        double x = i == 0 ? MARGIN_X : page_w - MARGIN_X - tw.width * FOOTER_SIZE / 1000.0;
        char at[64];
        int n = snprintf(at, sizeof at, "1 0 0 1 %.4f %g Tm\n", x, FOOTER_Y);
        n = n < 0 ? 0 : n >= (int)sizeof at ? (int)sizeof at - 1 : n;
        out = xrealloc(out, len + (size_t)n + 1);
        memcpy(out + len, at, (size_t)n + 1);
        len += (size_t)n;
        literal(&out, &len, texts[i]);
        out = xrealloc(out, len + 5);
        strcpy(out + len, " Tj\n");
        len += 4;
    }
    out = xrealloc(out, len + 8);
    strcpy(out + len, "ET\nQ\n");
    free(l);
    free(r);
    return out;
}

/* Pages' content is deflated by libdeflate at its level 3 (flate.h), not
 * by libharu (zlib at its fixed level 6): the 6 657 content streams of a
 * 3 000-body round (41 MB) take 0.26 s and 11.57 MB, against 0.78 s and
 * 11.61 MB with zlib at level 4, used before, and 1.04 s and 11.15 MB at
 * zlib's 6.  libdeflate's 5 and 6 are smaller (11.06, 10.99 MB) for 0.32
 * and 0.38 s. */
#define CONTENT_LEVEL 3

/* A page's content stream deflated here, at `level`, and marked as such
 * (libharu would deflate it at its fixed level 6 when saving). */
static void deflate_content(HPDF_Dict contents, int level)
{
    HPDF_Stream s = contents ? contents->stream : NULL;
    HPDF_UINT32 size = s ? HPDF_Stream_Size(s) : 0;
    if (size == 0 || contents->filter == HPDF_STREAM_FILTER_NONE)
        return;
    unsigned char *raw = xmalloc(size);
    size_t at = 0;
    for (HPDF_UINT i = 0; i < HPDF_MemStream_GetBufCount(s); i++) {
        HPDF_UINT len = 0;
        HPDF_BYTE *chunk = HPDF_MemStream_GetBufPtr(s, i, &len);
        if (!chunk || at + len > size)
            break;
        memcpy(raw + at, chunk, len);
        at += len;
    }
    if (at == size) {
        size_t n = 0;
        unsigned char *flate = flate_compress(raw, size, level, &n);
        HPDF_MemStream_FreeData(s);
        HPDF_Stream_Write(s, flate, (HPDF_UINT)n);
        pdfa_mark_deflated(contents);
        free(flate);
    }
    free(raw);
}

static void deflate_page(HPDF_Page page, int level)
{
    /* asking for an array where the page has one stream records an error
     * in the document's error state, cleared here; one recorded before
     * (a failed write into a page's stream) is left for the save to meet */
    HPDF_STATUS before = page->error->error_no;
    HPDF_Array list = HPDF_Dict_GetItem(page, "Contents", HPDF_OCLASS_ARRAY);
    if (list) {
        for (HPDF_UINT i = 0; i < list->list->count; i++)
            deflate_content(HPDF_Array_GetItem(list, i, HPDF_OCLASS_DICT), level);
    } else {
        if (before == HPDF_NOERROR)
            HPDF_Error_Reset(page->error);
        deflate_content(((HPDF_PageAttr)page->attr)->contents, level);
    }
}

/* Draws the footers and makes the file in libharu's memory stream. */
static bool save_to_stream(layout_doc *d, const char *path, char **error)
{
    if (d->setup.footer || d->setup.footer_left || d->setup.footer_right) {
        for (size_t i = 0; i < d->n_pages && !failed(d); i++) {
            HPDF_Page page = d->pages[i];
            if (d->setup.footer_apart)
                HPDF_Page_New_Content_Stream(page, NULL);
            /* the same operators as the book's footers (pdfjoin) */
            char number[128];
            const char *right = d->setup.footer_right;
            if (d->setup.footer) {
                int total = d->setup.page_total > 0 ? d->setup.page_total : (int)d->n_pages;
                d->setup.footer(number, sizeof number, (int)i + 1, total);
                right = number;
            }
            HPDF_Font hf = font(d, LAYOUT_SANS);
            const char *name = hf ? HPDF_Page_GetLocalFontName(page, hf) : NULL;
            char *ops =
                name ? layout_footer_operators(d, name, d->page_w, d->setup.footer_left, right)
                     : NULL;
            if (ops)
                HPDF_Stream_Write(((HPDF_PageAttr)page->attr)->stream, (const HPDF_BYTE *)ops,
                                  (HPDF_UINT)strlen(ops));
            free(ops);
        }
    }
    if (!failed(d) && d->setup.icc_profile) {
        pdfa_info info = {
            d->setup.title,       d->setup.author,  d->setup.subject, d->setup.keywords,
            d->setup.creator,     d->setup.year,    d->setup.month,   d->setup.day,
            d->setup.icc_profile, d->setup.id_seed, d->setup.id_name,
        };
        if (!pdfa_apply(d->pdf, &info, error))
            return false;
    }
    /* the pages' content deflated here, and each font given its program
     * from the run's store (embed.h), before libharu would do either */
    for (size_t i = 0; i < d->n_pages && !failed(d); i++)
        deflate_page(d->pages[i], CONTENT_LEVEL);
    for (size_t f = 0; f < LAYOUT_FONT_COUNT && !failed(d); f++)
        if (d->fonts[f]) {
            char *font_file = font_path(d, (layout_font)f), *why = NULL;
            if (!embed_font_program(d->pdf, d->fonts[f], font_file, &why)) {
                if (why && !d->text_error)
                    d->text_error = xasprintf(W_LAYOUT_FONT_UNREADABLE, font_file, why);
                else if (!d->error)
                    d->error = HPDF_FAILD_TO_ALLOC_MEM;
            }
            free(why);
            free(font_file);
        }
    /* Written by write_direct through output_file (libharu's own file
     * writer does not check the closing of the file, where a full disk
     * often shows), or made in memory when there is no file. */
    if (!failed(d) && (path || HPDF_SaveToStream(d->pdf) == HPDF_OK) && !failed(d))
        return true;
    if (d->text_error) {
        *error = xstrdup(d->text_error);
        return false;
    }
    *error = library_error(d, path ? path : d->setup.id_name ? d->setup.id_name : "PDF");
    return false;
}

bool layout_doc_save(layout_doc *d, const char *path, char **error)
{
    if (!save_to_stream(d, path, error))
        return false;
    return path ? write_direct(d, path, error) : true;
}

bool layout_doc_save_memory(layout_doc *d, unsigned char **pdf, size_t *len, char **error)
{
    *pdf = NULL;
    *len = 0;
    if (!save_to_stream(d, NULL, error))
        return false;
    HPDF_UINT32 size = HPDF_GetStreamSize(d->pdf);
    unsigned char *data = xmalloc(size ? size : 1);
    HPDF_UINT32 done = 0;
    while (done < size && !failed(d)) {
        HPDF_UINT32 got = size - done;
        if (HPDF_ReadFromStream(d->pdf, data + done, &got) != HPDF_OK || got == 0)
            break;
        done += got;
    }
    if (done != size || failed(d)) {
        free(data);
        *error = library_error(d, d->setup.id_name ? d->setup.id_name : "PDF");
        return false;
    }
    *pdf = data;
    *len = size;
    return true;
}

/* Tables. */

#define CELL_PAD_X 4.0
#define CELL_PAD_Y 3.5

struct layout_table {
    layout_doc *d;
    layout_column *cols;
    size_t n;
    double size;
    double header_h;
    size_t rows;     /* rows drawn since the header, for shading */
    double last_top; /* top edge of the row (or header) drawn last */
};

static const layout_rgb HEADER_FILL = {0.87, 0.89, 0.92};
static const layout_rgb ZEBRA_FILL = {0.96, 0.97, 0.98};
static const layout_rgb RULE = {0.75, 0.77, 0.80};

static double x_of(const layout_table *t, size_t col)
{
    double x = MARGIN_X;
    for (size_t i = 0; i < col; i++)
        x += t->cols[i].width;
    return x;
}

static double total_width(const layout_table *t)
{
    return x_of(t, t->n) - MARGIN_X;
}

/* Draws lines [from, from + lines) of a row of wrapped cells at the
 * cursor, with a fill. */
static void draw_row(layout_table *t, wrapped *cells, const layout_cell *style, size_t from,
                     size_t lines, bool fill, layout_rgb fill_color)
{
    layout_doc *d = t->d;
    double lh = t->size * LEADING;
    double h = (double)lines * lh + 2 * CELL_PAD_Y;
    t->last_top = d->y;
    if (fill)
        layout_fill_rect(d, MARGIN_X, d->y - h, total_width(t), h, fill_color);
    for (size_t c = 0; c < t->n; c++) {
        double x0 = x_of(t, c);
        double x = t->cols[c].align == LAYOUT_LEFT     ? x0 + CELL_PAD_X
                   : t->cols[c].align == LAYOUT_CENTER ? x0 + t->cols[c].width / 2
                                                       : x0 + t->cols[c].width - CELL_PAD_X;
        for (size_t i = from; i < from + lines && i < cells[c].n && !failed(d); i++) {
            double baseline = d->y - CELL_PAD_Y - (double)(i - from) * lh - t->size * 0.93;
            draw_text(d, d->page, x, baseline, cells[c].lines[i], style[c].font, t->size,
                      t->cols[c].align, style[c].colored ? style[c].color : LAYOUT_BLACK);
        }
    }
    layout_line(d, MARGIN_X, d->y - h, MARGIN_X + total_width(t), d->y - h, 0.4, RULE);
    d->y -= h;
}

static size_t wrap_cells(layout_table *t, wrapped *out, const layout_cell *cells)
{
    size_t lines = 1;
    for (size_t c = 0; c < t->n; c++) {
        out[c] = wrap(t->d, cells[c].text ? cells[c].text : "", cells[c].font, t->size,
                      t->cols[c].width - 2 * CELL_PAD_X);
        if (out[c].n > lines)
            lines = out[c].n;
    }
    return lines;
}

static void draw_header(layout_table *t)
{
    layout_cell *hc = xcalloc(t->n, sizeof(layout_cell));
    for (size_t c = 0; c < t->n; c++) {
        hc[c].text = t->cols[c].heading;
        hc[c].font = LAYOUT_SANS_BOLD;
    }
    wrapped *w = xcalloc(t->n, sizeof(wrapped));
    size_t lines = wrap_cells(t, w, hc);
    draw_row(t, w, hc, 0, lines, true, HEADER_FILL);
    for (size_t c = 0; c < t->n; c++)
        wrapped_free(&w[c]);
    free(w);
    free(hc);
    t->rows = 0;
}

static double header_height(layout_table *t)
{
    size_t lines = 1;
    for (size_t c = 0; c < t->n; c++) {
        size_t n = layout_line_count(t->d, t->cols[c].heading, LAYOUT_SANS_BOLD, t->size,
                                     t->cols[c].width - 2 * CELL_PAD_X);
        if (n > lines)
            lines = n;
    }
    return lines * t->size * LEADING + 2 * CELL_PAD_Y;
}

layout_table *layout_table_begin(layout_doc *d, const layout_column *cols, size_t n, double size)
{
    layout_table *t = xcalloc(1, sizeof(layout_table));
    t->d = d;
    t->cols = xcalloc(n, sizeof(layout_column));
    memcpy(t->cols, cols, n * sizeof(layout_column));
    t->n = n;
    t->size = size;
    t->header_h = header_height(t);
    /* The header with at least one row must fit, or the table starts on
     * the next page. */
    layout_ensure(d, t->header_h + 2 * size * LEADING + 2 * CELL_PAD_Y);
    draw_header(t);
    return t;
}

double layout_table_start_height(layout_doc *d, const layout_column *cols, size_t n, double size,
                                 const layout_cell *first_row)
{
    layout_table t = {.d = d, .cols = (layout_column *)cols, .n = n, .size = size};
    double h = header_height(&t);
    size_t lines = 2; /* the room layout_table_begin keeps under its header */
    for (size_t c = 0; c < n; c++) {
        size_t k = layout_line_count(d, first_row[c].text ? first_row[c].text : "",
                                     first_row[c].font, size, cols[c].width - 2 * CELL_PAD_X);
        if (k > lines)
            lines = k;
    }
    return h + (double)lines * size * LEADING + 2 * CELL_PAD_Y;
}

/* The number of a row's lines that fit between the cursor and the bottom. */
static size_t lines_that_fit(const layout_table *t)
{
    double room = layout_room(t->d) - 2 * CELL_PAD_Y;
    return room > 0 ? (size_t)(room / (t->size * LEADING)) : 0;
}

static void continue_on_new_page(layout_table *t)
{
    layout_new_page(t->d);
    draw_header(t);
}

double layout_row_height(layout_doc *d, const layout_column *cols, size_t n, double size,
                         const layout_cell *cells)
{
    size_t lines = 1;
    for (size_t c = 0; c < n; c++) {
        size_t k = layout_line_count(d, cells[c].text ? cells[c].text : "", cells[c].font, size,
                                     cols[c].width - 2 * CELL_PAD_X);
        if (k > lines)
            lines = k;
    }
    return (double)lines * size * LEADING + 2 * CELL_PAD_Y;
}

void layout_table_keep(layout_table *t, double height)
{
    if (layout_room(t->d) < height && height <= layout_page_room(t->d) - t->header_h)
        continue_on_new_page(t);
}

void layout_table_row(layout_table *t, const layout_cell *cells)
{
    wrapped *w = xcalloc(t->n, sizeof(wrapped));
    size_t lines = wrap_cells(t, w, cells);
    double h = (double)lines * t->size * LEADING + 2 * CELL_PAD_Y;
    /* A row that fits on a page is never split: it goes to the next page
     * when it does not fit here.  A row taller than a page starts here
     * and continues, line by line, on as many pages as it needs. */
    bool fits_a_page = h <= layout_page_room(t->d) - t->header_h;
    if (fits_a_page && layout_room(t->d) < h)
        continue_on_new_page(t);
    bool fill = t->rows % 2 == 1;
    size_t done = 0;
    while (done < lines && !failed(t->d)) {
        size_t fit = lines_that_fit(t);
        if (fit == 0) {
            continue_on_new_page(t);
            fit = lines_that_fit(t);
            if (fit == 0)
                fit = 1; /* a page that holds no line at all: one line anyway */
        }
        size_t take = lines - done < fit ? lines - done : fit;
        draw_row(t, w, cells, done, take, fill, ZEBRA_FILL);
        done += take;
    }
    t->rows++;
    for (size_t c = 0; c < t->n; c++)
        wrapped_free(&w[c]);
    free(w);
}

void layout_table_swatch(layout_table *t, size_t col, layout_rgb color, layout_swatch kind)
{
    layout_doc *d = t->d;
    double x0 = x_of(t, col), w = t->cols[col].width;
    if (kind == LAYOUT_SWATCH_BAR) {
        /* Below the cell's last line of text, above the rule. */
        layout_fill_rect(d, x0 + CELL_PAD_X, d->y + 0.8, w - 2 * CELL_PAD_X, 2.5, color);
        return;
    }
    /* A square from the first line's baseline up to about its capitals. */
    double side = t->size * 0.7;
    double baseline = t->last_top - CELL_PAD_Y - t->size * 0.93;
    layout_fill_rect(d, x0 + (w - side) / 2, baseline, side, side, color);
}

void layout_table_end(layout_table *t)
{
    if (!t)
        return;
    free(t->cols);
    free(t);
}
