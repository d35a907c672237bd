#include "certificate.h"

#include <stdio.h>
#include <stdlib.h>

#include "doc_common.h"
#include "labels.h"
#include "layout.h"
#include "pdfjoin.h"
#include "util.h"

static const layout_rgb GOLD = {0.70, 0.53, 0.16};
static const layout_rgb NAVY = {0.10, 0.18, 0.34};

#define EMBLEM_BOX 50.0 /* an emblem's box at the top, points a side */
#define EMBLEM_GAP 16.0
#define SIGN_SPACE 58.0 /* between the signatory's title and name */
#define QR_SIZE 57.0    /* the QR code of the body's page: 2 cm a side */
#define QR_X 46.0       /* its bottom left corner, inside the border */
#define QR_Y 44.0
#define QR_TEXT_W 300.0 /* the address beside it */

/* A diamond centred at (x, y). */
static void diamond(layout_doc *d, double x, double y, double rx, double ry, layout_rgb c)
{
    double xy[8] = {x - rx, y, x, y + ry, x + rx, y, x, y - ry};
    layout_polygon(d, xy, 4, c);
}

/* A double frame with ornaments at the corners and the middles of the
 * sides, all vectors. */
static void border(layout_doc *d)
{
    double w = layout_page_width(d), h = layout_page_height(d);
    layout_stroke_rect(d, 22, 22, w - 44, h - 44, 3.0, NAVY);
    layout_stroke_rect(d, 30, 30, w - 60, h - 60, 0.8, GOLD);
    layout_stroke_rect(d, 34, 34, w - 68, h - 68, 0.4, GOLD);
    double corners[4][2] = {{30, 30}, {w - 30, 30}, {30, h - 30}, {w - 30, h - 30}};
    for (int i = 0; i < 4; i++) {
        diamond(d, corners[i][0], corners[i][1], 12, 12, GOLD);
        diamond(d, corners[i][0], corners[i][1], 5, 5, NAVY);
    }
    diamond(d, w / 2, h - 30, 26, 6, GOLD);
    diamond(d, w / 2, 30, 26, 6, GOLD);
    diamond(d, 30, h / 2, 6, 26, GOLD);
    diamond(d, w - 30, h / 2, 6, 26, GOLD);
}

/* A thin rule with a diamond in the middle, at height y. */
static void rule(layout_doc *d, double y)
{
    double w = layout_page_width(d);
    layout_line(d, w / 2 - 130, y, w / 2 + 130, y, 0.8, GOLD);
    diamond(d, w / 2, y, 4, 4, GOLD);
}

/* What the body is honoured for, one or two lines. */
static char *achievement(const kip_round *r, const kip_certificate *c)
{
    const kip_event *e = r->event;
    const kip_award *a = &e->awards[c->award];
    const kip_body *b = &r->bodies[c->body];
    const char *cat = e->categories[b->category].nama;
    const char *band = e->bands[b->band].nama;
    char roman[16], score[32], *with;
    label_roman(b->rank, roman, sizeof roman);
    score_format_id(b->score, score, sizeof score);
    if (b->status != KIP_DINILAI)
        with = xasprintf(W_CERT_WITH_BAND, band);
    else if (e->piagam_tampilkan_nilai)
        with = xasprintf(W_CERT_WITH_BAND_SCORE, band, score);
    else
        with = xasprintf(W_CERT_WITH_BAND, band);
    char *why;
    switch (a->rule) {
    case KIP_AWARD_BY_BAND:
        why = xasprintf(W_CERT_BY_BAND, with, cat);
        break;
    case KIP_AWARD_BY_RANK:
        why = xasprintf(W_CERT_BY_RANK, a->nama, roman, cat, with);
        break;
    default:
        why = xasprintf(W_CERT_BY_ID, a->nama, cat, with);
        break;
    }
    free(with);
    return why;
}

/* The QR code of the body's page at the bottom left, inside the border,
 * with the address beside it; nothing without publikasi.situs. */
static void page_code(layout_doc *d, const kip_round *r, const kip_body *b)
{
    char *url = doc_body_url(r, b);
    if (!url)
        return;
    if (doc_qr(d, url, QR_X, QR_Y, QR_SIZE)) {
        double x = QR_X + QR_SIZE + 4, size = 7;
        char *text = doc_url_lines(d, url, LAYOUT_SANS, size, QR_TEXT_W);
        size_t lines = layout_line_count(d, text, LAYOUT_SANS, size, QR_TEXT_W) + 1;
        /* the caption and the address, centred on the code's height */
        double top = QR_Y + QR_SIZE / 2 + (double)lines * size * 1.25 / 2;
        layout_text_lines(d, x, top, QR_TEXT_W, W_QR_CAPTION, LAYOUT_SANS, size, LAYOUT_LEFT,
                          LAYOUT_GREY, 1);
        layout_text_lines(d, x, top - size * 1.25, QR_TEXT_W, text, LAYOUT_SANS, size, LAYOUT_LEFT,
                          LAYOUT_GREY, 0);
        free(text);
    }
    free(url);
}

/* One certificate on a new page. */
static void draw(layout_doc *d, const kip_round *r, const kip_certificate *c)
{
    const kip_event *e = r->event;
    const kip_body *b = &r->bodies[c->body];
    layout_new_page(d);
    border(d);
    page_code(d, r, b);
    double w = layout_page_width(d), h = layout_page_height(d);
    double col_x = 110, col_w = w - 220;
    layout_move(d, layout_y(d) - (h - 80));
    layout_image logos[2];
    size_t n_logos = doc_logos(r, logos);
    if (n_logos > 0) {
        /* the emblems side by side, centred above the heading */
        double lw[2], lh[2], total = EMBLEM_GAP * (double)(n_logos - 1);
        for (size_t i = 0; i < n_logos; i++) {
            layout_image_fit(&logos[i], EMBLEM_BOX, EMBLEM_BOX, &lw[i], &lh[i]);
            total += lw[i];
        }
        double x = w / 2 - total / 2, top = h - 44;
        for (size_t i = 0; i < n_logos; i++) {
            layout_image_draw(d, &logos[i], x, top - EMBLEM_BOX / 2 - lh[i] / 2, lw[i], lh[i]);
            x += lw[i] + EMBLEM_GAP;
        }
        layout_move(d, layout_y(d) - (top - EMBLEM_BOX - 8));
    }
    layout_paragraph_in(d, col_x, col_w, W_CERT_HEADING, LAYOUT_SERIF_BOLD, 32, LAYOUT_CENTER,
                        NAVY);
    if (c->nomor) {
        char *nomor = xasprintf(W_CERT_NUMBER, c->nomor);
        layout_paragraph_in(d, col_x, col_w, nomor, LAYOUT_SERIF, 12, LAYOUT_CENTER, NAVY);
        free(nomor);
    }
    layout_move(d, 4);
    layout_paragraph_in(d, col_x, col_w, e->judul, LAYOUT_SERIF, 15, LAYOUT_CENTER, NAVY);
    layout_move(d, 12);
    rule(d, layout_y(d));
    double top = layout_y(d) - 18 < h - 205 ? layout_y(d) - 18 : h - 205;
    layout_move(d, layout_y(d) - top);
    layout_paragraph_in(d, col_x, col_w, W_CERT_GIVEN_TO, LAYOUT_SERIF, 14, LAYOUT_CENTER,
                        LAYOUT_BLACK);
    layout_move(d, 10);
    layout_paragraph_in(d, col_x, col_w, b->nama, LAYOUT_SERIF_BOLD, 26, LAYOUT_CENTER,
                        LAYOUT_BLACK);
    layout_move(d, 10);
    char *why = achievement(r, c);
    layout_paragraph_in(d, col_x, col_w, why, LAYOUT_SERIF, 14, LAYOUT_CENTER, LAYOUT_BLACK);
    free(why);
    char *round = xasprintf(W_CERT_ROUND, e->tahun, e->penyelenggara);
    layout_paragraph_in(d, col_x, col_w, round, LAYOUT_SERIF, 14, LAYOUT_CENTER, LAYOUT_BLACK);
    free(round);

    /* The signature block, bottom right: place and date, title, space for
     * the signature and the seal, name. */
    char date[64];
    label_date(&e->tanggal, date, sizeof date);
    char *where = xasprintf(W_PLACE_DATE, e->tempat, date);
    double sig_w = 260, sig_x = w - 70 - sig_w;
    double sig_top = layout_y(d) - 12 < 170 ? layout_y(d) - 12 : 170;
    layout_move(d, layout_y(d) - sig_top);
    layout_paragraph_in(d, sig_x, sig_w, where, LAYOUT_SERIF, 12, LAYOUT_CENTER, LAYOUT_BLACK);
    doc_signatory(d, r, e->penandatangan_jabatan, sig_x, sig_w, LAYOUT_SERIF, LAYOUT_SERIF_BOLD, 12,
                  SIGN_SPACE);
    free(where);
}

static layout_doc *certificate_doc(const kip_round *r, const char *title, const doc_target *t,
                                   char **error)
{
    doc_strings strs = {0};
    layout_setup setup = doc_setup(r, title, &strs);
    setup.landscape = true;
    setup.header_left = NULL;
    setup.footer = NULL;
    setup.footer_left = NULL;
    setup.margin_bottom = 40; /* inside the border */
    layout_doc *d = doc_open(&setup, t, error);
    doc_strings_clear(&strs);
    return d;
}

bool certificate_write(const kip_round *r, size_t k, doc_target *t, char **error)
{
    const kip_certificate *c = &r->certificates[k];
    char *title = xasprintf(W_CERT_TITLE, r->event->awards[c->award].nama, r->bodies[c->body].nama);
    layout_doc *d = certificate_doc(r, title, t, error);
    free(title);
    if (!d)
        return false;
    draw(d, r, c);
    return doc_close(d, t, error);
}

bool certificate_book_write(const kip_round *r, const doc_files *certs, doc_target *t, char **error)
{
    size_t n = r->n_certificates;
    if (n == 0) {
        layout_doc *d = certificate_doc(r, W_CERT_BOOK_TITLE, t, error);
        if (!d)
            return false;
        layout_new_page(d);
        layout_paragraph(d, W_CERT_NONE, LAYOUT_SERIF, 14, LAYOUT_CENTER, LAYOUT_BLACK);
        return doc_close(d, t, error);
    }
    /* the file's own information, ID and archival settings, from a
     * document of no page; then every certificate's pages as written */
    layout_doc *d = certificate_doc(r, W_CERT_BOOK_TITLE, t, error);
    if (!d)
        return false;
    unsigned char *pdf = NULL;
    size_t len = 0;
    bool ok = layout_doc_save_memory(d, &pdf, &len, error);
    layout_doc_free(d);
    if (!ok || !certs->paths) {
        free(pdf); /* checking: none written, the certificates are checked each */
        return ok;
    }
    pdfjoin *j = pdfjoin_begin(t->path, t->name, error);
    ok = j && pdfjoin_add(j, pdf, len, error);
    free(pdf);
    for (size_t k = 0; ok && k < n; k++) {
        char *cert = doc_read_back(certs->paths[k], &len, error);
        ok = cert && pdfjoin_add(j, (unsigned char *)cert, len, error);
        free(cert);
    }
    if (!ok) {
        pdfjoin_abandon(j);
        return false;
    }
    t->pages = pdfjoin_pages(j);
    return pdfjoin_finish(j, false, error);
}
