#include "doc_common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "labels.h"
#include "problems.h"
#include "qr.h"
#include "text.h"
#include "util.h"
#include "version.h"

layout_setup doc_setup(const kip_round *r, const char *title, doc_strings *store)
{
    const kip_event *e = r->event;
    store->title = xasprintf(W_DOC_TITLE, title, e->judul);
    store->subject = xasprintf(W_DOC_SUBJECT, title, e->tahun);
    store->keywords = xasprintf(W_DOC_KEYWORDS, e->tahun, e->penyelenggara);
    store->footer_left = xstrdup(e->penyelenggara);
    if (r->draft) {
        char *subject = xasprintf(W_DRAFT_SUBJECT, store->subject, W_DRAFT_NOTE);
        free(store->subject);
        store->subject = subject;
        free(store->footer_left);
        store->footer_left = xasprintf(W_DRAFT_FOOTER, W_DRAFT_NOTE, e->penyelenggara);
    }
    store->creator = xasprintf("anugerah %s", ANUGERAH_VERSION);
    layout_setup s = {
        .title = store->title,
        .author = e->penyelenggara,
        .subject = store->subject,
        .keywords = store->keywords,
        .creator = store->creator,
        .year = e->tanggal.year,
        .month = e->tanggal.month,
        .day = e->tanggal.day,
        .header_left = e->judul,
        .footer = label_page_footer,
        .footer_left = store->footer_left,
        .watermark = r->draft ? W_DRAFT_MARK : NULL,
    };
    return s;
}

void doc_strings_clear(doc_strings *s)
{
    free(s->title);
    free(s->subject);
    free(s->keywords);
    free(s->creator);
    free(s->footer_left);
}

layout_doc *doc_open(const layout_setup *s, const doc_target *t, char **error)
{
    layout_setup copy = *s;
    copy.icc_profile = t->icc_profile;
    copy.id_seed = t->id_seed;
    copy.id_name = t->name;
    return layout_doc_new(t->font_dir, &copy, error);
}

bool doc_close(layout_doc *d, doc_target *t, char **error)
{
    t->pages = layout_page_count(d);
    bool ok = layout_doc_save(d, t->path, error);
    layout_doc_free(d);
    return ok;
}

layout_image doc_image(const kip_image *img, bool clear_white)
{
    layout_image l = {img->width, img->height, img->rgb, clear_white};
    return l;
}

size_t doc_logos(const kip_round *r, layout_image out[2])
{
    const kip_event *e = r->event;
    size_t n = 0;
    for (size_t i = 0; i < e->n_logos && i < 2; i++)
        if (e->logos[i].rgb)
            out[n++] = doc_image(&e->logos[i], false);
    return n;
}

size_t doc_logo_marks(const kip_round *r, layout_image out[2])
{
    const kip_event *e = r->event;
    size_t n = 0;
    for (size_t i = 0; i < e->n_logos && i < 2; i++)
        if (e->logo_thumbs[i].rgb)
            out[n++] = doc_image(&e->logo_thumbs[i], false);
    return n;
}

bool doc_has_letterhead(const kip_round *r)
{
    layout_image logos[2];
    return doc_logos(r, logos) > 0 || r->event->n_kop > 0;
}

#define LOGO_BOX 62.0 /* an emblem's box, points a side */
#define LOGO_GAP 12.0 /* between an emblem and the kop lines */
#define KOP_FIRST_SIZE 14.0
#define KOP_SIZE 9.5
#define KOP_LEADING 1.25 /* as the layout layer's lines */

void doc_letterhead(layout_doc *d, const kip_round *r)
{
    const kip_event *e = r->event;
    layout_image logos[2];
    size_t n_logos = doc_logos(r, logos);
    if (n_logos == 0 && e->n_kop == 0)
        return;
    /* The kop lines are centred on the page: a single emblem keeps the
     * same room free on the right. */
    double left = layout_left(d), width = layout_width(d);
    double side = n_logos > 0 ? LOGO_BOX + LOGO_GAP : 0;
    double text_x = left + side, text_w = width - 2 * side;

    char *fallback = NULL;
    const char *const *lines = (const char *const *)e->kop;
    size_t n_lines = e->n_kop;
    if (n_lines == 0) {
        fallback = text_upper(e->penyelenggara);
        lines = (const char *const *)&fallback;
        n_lines = 1;
    }
    double text_h = 0;
    for (size_t i = 0; i < n_lines; i++) {
        double size = i == 0 ? KOP_FIRST_SIZE : KOP_SIZE;
        layout_font f = i == 0 ? LAYOUT_SANS_BOLD : LAYOUT_SANS;
        text_h += (double)layout_line_count(d, lines[i], f, size, text_w) * size * KOP_LEADING;
    }
    double logo_w[2] = {0, 0}, logo_h[2] = {0, 0}, block_h = text_h;
    for (size_t i = 0; i < n_logos; i++) {
        layout_image_fit(&logos[i], LOGO_BOX, LOGO_BOX, &logo_w[i], &logo_h[i]);
        if (logo_h[i] > block_h)
            block_h = logo_h[i];
    }

    double top = layout_y(d);
    /* each emblem in the middle of its box, level with the middle of the
     * kop lines; the second (the commission's) on the right */
    for (size_t i = 0; i < n_logos; i++) {
        double box_x = i == 0 ? left : left + width - LOGO_BOX;
        layout_image_draw(d, &logos[i], box_x + (LOGO_BOX - logo_w[i]) / 2,
                          top - block_h / 2 - logo_h[i] / 2, logo_w[i], logo_h[i]);
    }
    double y = top - (block_h - text_h) / 2;
    for (size_t i = 0; i < n_lines; i++) {
        double size = i == 0 ? KOP_FIRST_SIZE : KOP_SIZE;
        layout_font f = i == 0 ? LAYOUT_SANS_BOLD : LAYOUT_SANS;
        size_t drawn = layout_text_lines(d, text_x, y, text_w, lines[i], f, size, LAYOUT_CENTER,
                                         LAYOUT_BLACK, 0);
        y -= (double)drawn * size * KOP_LEADING;
    }
    free(fallback);

    /* the double rule of a kop surat: a thick line over a thin one */
    double rule_y = top - block_h - 6;
    layout_line(d, left, rule_y, left + width, rule_y, 2.2, LAYOUT_BLACK);
    layout_line(d, left, rule_y - 3.4, left + width, rule_y - 3.4, 0.7, LAYOUT_BLACK);
    layout_move(d, top - (rule_y - 3.4) + 14);
}

void doc_first_page(layout_doc *d, const kip_round *r)
{
    if (!doc_has_letterhead(r)) {
        layout_new_page(d);
        return;
    }
    layout_new_page_bare(d, 30);
    doc_letterhead(d, r);
}

void doc_signatory(layout_doc *d, const kip_round *r, const char *title, double x, double w,
                   layout_font regular, layout_font bold, double size, double space)
{
    const char *name = r->event->penandatangan_nama;
    layout_paragraph_in(d, x, w, title, regular, size, LAYOUT_CENTER, LAYOUT_BLACK);
    doc_signature_images(d, r, x + w / 2, layout_y(d) - 2, space - 5);
    layout_move(d, space);
    layout_paragraph_in(d, x, w, name, bold, size, LAYOUT_CENTER, LAYOUT_BLACK);
    double nw = layout_text_width(d, name, bold, size);
    if (nw > w)
        nw = w;
    layout_line(d, x + w / 2 - nw / 2, layout_y(d) + 2, x + w / 2 + nw / 2, layout_y(d) + 2, 0.7,
                LAYOUT_BLACK);
}

void doc_signature_images(layout_doc *d, const kip_round *r, double cx, double top, double height)
{
    const kip_event *e = r->event;
    double mid = top - height / 2;
    double sig_w = 0, sig_h = 0;
    if (e->tanda_tangan.rgb) {
        layout_image sig = doc_image(&e->tanda_tangan, true);
        layout_image_fit(&sig, height * 2.6, height * 0.95, &sig_w, &sig_h);
        layout_image_draw(d, &sig, cx - sig_w / 2, mid - sig_h / 2, sig_w, sig_h);
    }
    if (e->stempel.rgb) {
        /* a little larger than the band, over the signature's left part */
        layout_image seal = doc_image(&e->stempel, true);
        double w, h;
        layout_image_fit(&seal, height * 1.2, height * 1.2, &w, &h);
        double seal_cx = cx - (sig_w > 0 ? sig_w / 2 : w * 0.6);
        layout_image_draw(d, &seal, seal_cx - w / 2, mid - h / 2, w, h);
    }
}

layout_rgb doc_band_color(const kip_round *r, size_t band)
{
    kip_rgb c = r->event->bands[band].color;
    layout_rgb l = {c.r, c.g, c.b};
    return l;
}

void doc_score_text(const kip_body *b, char *buf, size_t size)
{
    if (b->status == KIP_DINILAI)
        score_format_id(b->score, buf, size);
    else
        snprintf(buf, size, "\u2013");
}

char *doc_body_url(const kip_round *r, const kip_body *b)
{
    if (!r->event->situs)
        return NULL;
    char *page = xasprintf(DOC_BODY_PAGE, b->id);
    char *url = xasprintf("%s%s", r->event->situs, page);
    free(page);
    return url;
}

bool doc_qr(layout_doc *d, const char *url, double x, double y, double size)
{
    /* counting pages, nothing is drawn: a code always fits an address
     * (the event's are bounded far below a code's capacity) */
    if (layout_counting(d))
        return true;
    qr_code *q = qr_encode(url);
    if (!q)
        return false;
    layout_qr(d, q->modules, q->width, x, y, size);
    qr_free(q);
    return true;
}

char *doc_url_lines(layout_doc *d, const char *url, layout_font f, double size, double width)
{
    size_t len = strlen(url);
    char *out = xmalloc(2 * len + 1), *line = xmalloc(len + 1);
    size_t n = 0, line_len = 0;
    for (const char *p = url; *p;) {
        /* the next part: up to and including a '/' */
        size_t part = strcspn(p, "/");
        if (p[part] == '/')
            part++;
        memcpy(line + line_len, p, part);
        line[line_len + part] = '\0';
        if (line_len > 0 && layout_text_width(d, line, f, size) > width) {
            out[n++] = '\n';
            memcpy(line, p, part);
            line_len = 0;
        }
        memcpy(out + n, p, part);
        n += part;
        line_len += part;
        p += part;
    }
    out[n] = '\0';
    free(line);
    return out;
}

/* A document's limit when it is read back to be joined (a card is ~30 KB,
 * a certificate ~60 KB). */
#define READ_BACK_MAX_BYTES (16L * 1024 * 1024)

char *doc_read_back(const char *path, size_t *len, char **error)
{
    problems *pr = problems_new();
    char *data = input_read(path, path, READ_BACK_MAX_BYTES, pr, len);
    if (!data)
        *error = xstrdup(problems_count(pr) ? problems_get(pr, 0) : path);
    problems_free(pr);
    return data;
}
