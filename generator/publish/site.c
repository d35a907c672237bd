#include "site.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "labels.h"
#include "output.h"
#include "rules.h"
#include "util.h"

/* ---- writing ---------------------------------------------------------- */

/* Text from the inputs, safe both between tags and inside an attribute's
 * double quotes. */
static void put_esc(FILE *f, const char *s)
{
    while (*s) {
        /* the run of plain characters at once, then one to escape */
        size_t plain = strcspn(s, "&<>\"'");
        fwrite(s, 1, plain, f);
        s += plain;
        switch (*s) {
        case '&':
            fputs("&amp;", f);
            break;
        case '<':
            fputs("&lt;", f);
            break;
        case '>':
            fputs("&gt;", f);
            break;
        case '"':
            fputs("&quot;", f);
            break;
        case '\'':
            fputs("&#39;", f);
            break;
        default:
            return; /* the end */
        }
        s++;
    }
}

/* A formatted text, escaped. */
__attribute__((format(printf, 2, 3))) static void put_escf(FILE *f, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    if (vasprintf(&s, fmt, ap) < 0)
        s = NULL;
    va_end(ap);
    if (!s) {
        fputs("?", f);
        return;
    }
    put_esc(f, s);
    free(s);
}

static void band_hex(const kip_event *e, size_t band, char out[8])
{
    kip_rgb c = e->bands[band].color;
    snprintf(out, 8, "#%02x%02x%02x", (unsigned)(c.r * 255.0 + 0.5) & 0xff,
             (unsigned)(c.g * 255.0 + 0.5) & 0xff, (unsigned)(c.b * 255.0 + 0.5) & 0xff);
}

/* The non-respondents' colour in the summary chart. */
#define NO_SAQ_HEX "#6b6b6b"

/* A qualification: its colour as a small square, its name as text. */
static void put_band(FILE *f, const kip_round *r, const kip_body *b)
{
    char hex[8];
    band_hex(r->event, b->band, hex);
    fprintf(f, "<span class=\"band\"><span class=\"swatch\" style=\"background:%s\"></span>", hex);
    put_esc(f, r->event->bands[b->band].nama);
    if (b->status != KIP_DINILAI) {
        fputs(" <small>(", f);
        put_esc(f, LABEL_NO_SAQ);
        fputs(")</small>", f);
    }
    fputs("</span>", f);
}

static void score_text(const kip_body *b, char *buf, size_t size)
{
    if (b->status == KIP_DINILAI)
        score_format_id(b->score, buf, size);
    else
        snprintf(buf, size, "%s", W_SITE_UNRANKED);
}

/* The head of every page; `up` leads from the page to situs/ ("" or
 * "../"). */
static void page_head(FILE *f, const char *title, const char *description, const char *up)
{
    fputs("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
          f);
    put_esc(f, title);
    fputs("</title>\n<meta name=\"description\" content=\"", f);
    put_esc(f, description);
    fputs("\">\n<meta property=\"og:type\" content=\"website\">\n<meta property=\"og:title\" "
          "content=\"",
          f);
    put_esc(f, title);
    fputs("\">\n<meta property=\"og:description\" content=\"", f);
    put_esc(f, description);
    fprintf(f,
            "\">\n<link rel=\"stylesheet\" href=\"%sgaya.css\">\n"
            "<script src=\"%ssitus.js\" defer></script>\n</head>\n<body>\n",
            up, up);
}

static void page_banner(FILE *f, const kip_round *r)
{
    if (r->draft) {
        fputs("<p class=\"draft\">", f);
        put_esc(f, W_SITE_DRAFT);
        fputs("</p>\n", f);
    }
}

/* The round's header: kicker, title (as h1 or as a link back), organiser,
 * place and date. */
static void round_header(FILE *f, const kip_round *r, const char *home)
{
    const kip_event *e = r->event;
    char date[64];
    label_date(&e->tanggal, date, sizeof date);
    fputs("<header class=\"top\">\n<div class=\"wrap\">\n<p class=\"kicker\">", f);
    put_escf(f, W_SITE_KICKER, e->tahun);
    fputs("</p>\n", f);
    if (home) {
        fprintf(f, "<p class=\"site\"><a href=\"%s\">", home);
        put_esc(f, e->judul);
        fputs("</a></p>\n", f);
    } else {
        fputs("<h1>", f);
        put_esc(f, e->judul);
        fputs("</h1>\n", f);
    }
    fputs("<p class=\"where\">", f);
    put_escf(f, W_SITE_WHERE, e->penyelenggara, e->tempat, date);
    fputs("</p>\n</div>\n</header>\n", f);
    page_banner(f, r);
}

static void page_foot(FILE *f, const kip_round *r, const char *up)
{
    fputs("<footer class=\"foot\">\n<div class=\"wrap\">\n<p>", f);
    put_escf(f, W_SITE_FOOTER, r->event->penyelenggara, r->event->tahun);
    fprintf(f, " \u00b7 <a href=\"%sverifikasi.html\">", up);
    put_esc(f, W_SITE_VERIFY_LINK);
    fputs("</a></p>\n</div>\n</footer>\n</body>\n</html>\n", f);
}

/* ---- index.html ------------------------------------------------------- */

/* A summary row, as on the ranking's first page: bodies, the scored ones
 * in each band, the non-respondents in their own column.  `c` is the
 * category, or n_categories for the whole round.  counts has n_bands + 2
 * entries: total, bands..., no SAQ. */
static void summary_counts(const kip_round *r, size_t c, size_t *counts)
{
    const kip_event *e = r->event;
    size_t nb = e->n_bands;
    bool all = c == e->n_categories;
    const size_t *per_band = all ? r->per_band : r->sections[c].per_band;
    counts[0] = all ? r->n_bodies : r->sections[c].count;
    size_t ranked = all ? r->ranked : r->sections[c].ranked;
    size_t no_saq = counts[0] - ranked;
    for (size_t b = 0; b < nb; b++)
        counts[1 + b] = per_band[b];
    counts[nb] -= no_saq <= counts[nb] ? no_saq : counts[nb];
    counts[nb + 1] = no_saq;
}

static void summary_chart(FILE *f, const kip_round *r)
{
    const kip_event *e = r->event;
    size_t nb = e->n_bands;
    size_t *counts = xcalloc(nb + 2, sizeof(size_t));
    fputs("<figure class=\"chart\">\n<figcaption>", f);
    put_esc(f, W_SITE_CHART_TITLE);
    fputs("</figcaption>\n", f);
    for (size_t c = 0; c < e->n_categories; c++) {
        summary_counts(r, c, counts);
        fputs("<div class=\"chart-row\">\n<p class=\"chart-label\">", f);
        put_escf(f, W_SITE_CHART_ROW, e->categories[c].nama, counts[0]);
        fputs("</p>\n", f);
        if (counts[0] == 0) {
            fputs("</div>\n", f);
            continue;
        }
        /* 1000 units wide; segment edges from the running count, so that
         * they meet exactly */
        fputs("<svg class=\"stack\" viewBox=\"0 0 1000 24\" preserveAspectRatio=\"none\" "
              "role=\"img\" aria-label=\"",
              f);
        put_esc(f, e->categories[c].nama);
        for (size_t k = 1; k <= nb + 1; k++) {
            fputs(k == 1 ? ": " : ", ", f);
            put_escf(f, "%s %zu", k <= nb ? e->bands[k - 1].nama : W_RANK_COL_NO_SAQ, counts[k]);
        }
        fputs("\">", f);
        size_t before = 0;
        for (size_t k = 1; k <= nb + 1; k++) {
            if (counts[k] == 0)
                continue;
            size_t x0 = before * 1000 / counts[0];
            before += counts[k];
            size_t x1 = before * 1000 / counts[0];
            char hex[8] = NO_SAQ_HEX;
            if (k <= nb)
                band_hex(e, k - 1, hex);
            fprintf(f, "<rect x=\"%zu\" y=\"0\" width=\"%zu\" height=\"24\" fill=\"%s\"><title>",
                    x0, x1 - x0, hex);
            put_escf(f, "%s: %zu", k <= nb ? e->bands[k - 1].nama : W_RANK_COL_NO_SAQ, counts[k]);
            fputs("</title></rect>", f);
        }
        fputs("</svg>\n</div>\n", f);
    }
    fputs("<ul class=\"legend\">\n", f);
    for (size_t k = 0; k <= nb; k++) {
        char hex[8] = NO_SAQ_HEX;
        if (k < nb)
            band_hex(e, k, hex);
        fprintf(f, "<li><span class=\"swatch\" style=\"background:%s\"></span>", hex);
        put_esc(f, k < nb ? e->bands[k].nama : W_RANK_COL_NO_SAQ);
        fputs("</li>\n", f);
    }
    fputs("</ul>\n</figure>\n", f);
    free(counts);
}

static void summary_table(FILE *f, const kip_round *r)
{
    const kip_event *e = r->event;
    size_t nb = e->n_bands;
    size_t *counts = xcalloc(nb + 2, sizeof(size_t));
    fputs("<div class=\"scroll\">\n<table class=\"summary\">\n<caption>", f);
    put_esc(f, W_SITE_SUMMARY_CAPTION);
    fputs("</caption>\n<thead>\n<tr><th scope=\"col\">", f);
    put_esc(f, W_RANK_COL_CATEGORY);
    fputs("</th><th scope=\"col\" class=\"num\">", f);
    put_esc(f, W_RANK_COL_TOTAL);
    fputs("</th>", f);
    for (size_t b = 0; b < nb; b++) {
        char hex[8];
        band_hex(e, b, hex);
        fprintf(f,
                "<th scope=\"col\" class=\"num\"><span class=\"swatch\" style=\"background:%s\">"
                "</span>",
                hex);
        put_esc(f, e->bands[b].nama);
        fputs("</th>", f);
    }
    fputs("<th scope=\"col\" class=\"num\">", f);
    put_esc(f, W_RANK_COL_NO_SAQ);
    fputs("</th></tr>\n</thead>\n<tbody>\n", f);
    for (size_t c = 0; c <= e->n_categories; c++) {
        bool all = c == e->n_categories;
        summary_counts(r, c, counts);
        fputs(all ? "<tr class=\"total\"><th scope=\"row\">" : "<tr><th scope=\"row\">", f);
        put_esc(f, all ? W_RANK_COL_TOTAL : e->categories[c].nama);
        fputs("</th>", f);
        for (size_t k = 0; k < nb + 2; k++)
            fprintf(f, "<td class=\"num\">%zu</td>", counts[k]);
        fputs("</tr>\n", f);
    }
    fputs("</tbody>\n</table>\n</div>\n<p class=\"note\">", f);
    put_escf(f, W_RANK_SUMMARY_NOTE, e->bands[nb - 1].nama);
    fputs("</p>\n", f);
    free(counts);
}

static void bands_table(FILE *f, const kip_round *r)
{
    const kip_event *e = r->event;
    fputs("<div class=\"scroll\">\n<table class=\"bands\">\n<caption>", f);
    put_esc(f, W_SITE_BANDS_CAPTION);
    fputs("</caption>\n<thead>\n<tr><th scope=\"col\">", f);
    put_esc(f, W_RANK_COL_BAND);
    fputs("</th><th scope=\"col\">", f);
    put_esc(f, W_RANK_COL_RANGE);
    fputs("</th></tr>\n</thead>\n<tbody>\n", f);
    for (size_t b = 0; b < e->n_bands; b++) {
        char lo[32], hi[32], hex[8];
        score_format_id(e->bands[b].min, lo, sizeof lo);
        band_hex(e, b, hex);
        fprintf(f,
                "<tr><th scope=\"row\"><span class=\"band\"><span class=\"swatch\" "
                "style=\"background:%s\"></span>",
                hex);
        put_esc(f, e->bands[b].nama);
        fputs("</span></th><td>", f);
        if (b == 0)
            put_escf(f, "%s \u2013 100", lo);
        else
            put_escf(f, "%s \u2013 < %s", lo, score_format_id(e->bands[b - 1].min, hi, sizeof hi));
        fputs("</td></tr>\n", f);
    }
    fputs("</tbody>\n</table>\n</div>\n", f);
}

static void category_table(FILE *f, const kip_round *r, size_t c)
{
    const kip_event *e = r->event;
    const kip_section *s = &r->sections[c];
    fprintf(f, "<section class=\"category\" id=\"kategori-%s\">\n<h3>", e->categories[c].kode);
    put_escf(f, W_SITE_CATEGORY, e->categories[c].nama);
    fputs("</h3>\n", f);
    if (s->count == 0) {
        fputs("<p>", f);
        put_esc(f, W_RANK_EMPTY);
        fputs("</p>\n</section>\n", f);
        return;
    }
    fputs("<div class=\"scroll\">\n<table class=\"ranking\">\n<caption>", f);
    put_escf(f, W_SITE_CATEGORY_CAPTION, e->categories[c].nama, s->count);
    fputs("</caption>\n<thead>\n<tr><th scope=\"col\" class=\"num\">", f);
    put_esc(f, W_RANK_COL_RANK);
    fputs("</th><th scope=\"col\">", f);
    put_esc(f, W_RANK_COL_NAME);
    fputs("</th><th scope=\"col\" class=\"num\">", f);
    put_esc(f, W_RANK_COL_SCORE);
    fputs("</th><th scope=\"col\">", f);
    put_esc(f, W_RANK_COL_BAND);
    fputs("</th></tr>\n</thead>\n<tbody>\n", f);
    for (size_t i = s->first; i < s->first + s->count; i++) {
        const kip_body *b = &r->bodies[i];
        char score[32];
        score_text(b, score, sizeof score);
        fputs("<tr><td class=\"num\">", f);
        if (b->rank > 0)
            fprintf(f, "%d", b->rank);
        else
            put_esc(f, W_SITE_UNRANKED);
        fprintf(f, "</td><th scope=\"row\"><a href=\"badan/%s.html\">", b->id);
        put_esc(f, b->nama);
        fputs("</a></th><td class=\"num\">", f);
        put_esc(f, score);
        fputs("</td><td>", f);
        put_band(f, r, b);
        fputs("</td></tr>\n", f);
    }
    fputs("</tbody>\n</table>\n</div>\n</section>\n", f);
}

static void no_saq_list(FILE *f, const kip_round *r)
{
    const kip_event *e = r->event;
    fputs("<section id=\"tidak-mengisi\">\n<h2>", f);
    put_esc(f, W_SITE_NO_SAQ_HEADING);
    fputs("</h2>\n", f);
    size_t n = 0;
    for (size_t i = 0; i < r->n_bodies; i++)
        n += r->bodies[i].status != KIP_DINILAI;
    if (n == 0) {
        fputs("<p>", f);
        put_esc(f, W_SITE_NO_SAQ_NONE);
        fputs("</p>\n</section>\n", f);
        return;
    }
    fputs("<p>", f);
    put_escf(f, W_ANNEX_NO_SAQ_NOTE, e->bands[e->n_bands - 1].nama);
    fputs("</p>\n<ul class=\"plain\">\n", f);
    for (size_t i = 0; i < r->n_bodies; i++) {
        const kip_body *b = &r->bodies[i];
        if (b->status == KIP_DINILAI)
            continue;
        fprintf(f, "<li><a href=\"badan/%s.html\">", b->id);
        put_esc(f, b->nama);
        fputs("</a> <span class=\"muted\">(", f);
        put_esc(f, e->categories[b->category].nama);
        fputs(")</span></li>\n", f);
    }
    fputs("</ul>\n</section>\n", f);
}

static void doc_link(FILE *f, const char *href, const char *label)
{
    fputs("<li><a href=\"", f);
    put_esc(f, href);
    fputs("\">", f);
    put_esc(f, label);
    fputs("</a></li>\n", f);
}

static void documents(FILE *f, const kip_round *r)
{
    int y = r->event->tahun;
    fputs("<section id=\"dokumen\">\n<h2>", f);
    put_esc(f, W_SITE_DOCS);
    fputs("</h2>\n<ul class=\"docs\">\n", f);
    struct {
        const char *pattern, *label;
        bool final_only;
    } docs[] = {
        {"../peringkat-%d.pdf", W_SITE_DOC_RANKING, false},
        {"../lampiran-keputusan-%d.pdf", W_SITE_DOC_ANNEX, false},
        {"../siaran-pers-%d.pdf", W_SITE_DOC_PRESS, false},
        {"../kartu-nilai-%d.pdf", W_SITE_DOC_BOOK, false},
        {"../presentasi-%d.pdf", W_SITE_DOC_DECK, false},
        {"../piagam-%d.pdf", W_SITE_DOC_CERTS, true},
        {"../piagam-%d.csv", W_SITE_DOC_REGISTER, true},
        {"../peringkat-%d.xlsx", W_SITE_DOC_XLSX, false},
        {"../peringkat-%d.csv", W_SITE_DOC_CSV, false},
        {"../peringkat-%d.json", W_SITE_DOC_JSON, false},
    };
    for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
        if (docs[i].final_only && r->draft)
            continue;
        char href[96];
        snprintf(href, sizeof href, docs[i].pattern, y);
        doc_link(f, href, docs[i].label);
        if (strcmp(docs[i].label, W_SITE_DOC_PRESS) != 0)
            continue;
        /* after the release, each category's fact sheet */
        for (size_t c = 0; c < r->event->n_categories; c++) {
            char *fact = xasprintf("../lembar-fakta/%s.pdf", r->event->categories[c].kode);
            char *label = xasprintf(W_SITE_DOC_FACT, r->event->categories[c].nama);
            doc_link(f, fact, label);
            free(label);
            free(fact);
        }
    }
    doc_link(f, "../metadata.json", W_SITE_DOC_METADATA);
    doc_link(f, "../manifest.json", W_SITE_DOC_MANIFEST);
    doc_link(f, "verifikasi.html", W_SITE_VERIFY_LINK);
    fputs("</ul>\n</section>\n", f);
}

bool site_index_write(const kip_round *r, const char *path, char **error)
{
    FILE *f = output_fopen_said(path, error);
    if (!f)
        return false;
    const kip_event *e = r->event;
    char *description =
        xasprintf(W_SITE_DESCRIPTION, e->tahun, e->penyelenggara, r->n_bodies, e->n_categories);
    page_head(f, e->judul, description, "");
    free(description);
    round_header(f, r, NULL);
    fputs("<main class=\"wrap\">\n<section id=\"ringkasan\">\n<h2>", f);
    put_esc(f, W_RANK_SUMMARY);
    fputs("</h2>\n", f);
    summary_chart(f, r);
    summary_table(f, r);
    fputs("</section>\n<section id=\"kualifikasi\">\n<h2>", f);
    put_esc(f, W_RANK_BANDS);
    fputs("</h2>\n", f);
    bands_table(f, r);
    fputs("</section>\n<section id=\"peringkat\">\n<h2>", f);
    put_esc(f, W_SITE_RANKING);
    /* shown by the script: without it there is nothing to search with */
    fputs("</h2>\n<div class=\"search\" id=\"cari-kotak\" hidden>\n<label for=\"cari\">", f);
    put_esc(f, W_SITE_SEARCH_LABEL);
    fputs("</label>\n<input type=\"search\" id=\"cari\" autocomplete=\"off\">\n"
          "<p id=\"cari-hasil\" class=\"muted\" aria-live=\"polite\" data-found=\"",
          f);
    put_esc(f, W_SITE_SEARCH_FOUND);
    fputs("\" data-none=\"", f);
    put_esc(f, W_SITE_SEARCH_NONE);
    fputs("\"></p>\n</div>\n", f);
    for (size_t c = 0; c < e->n_categories; c++)
        category_table(f, r, c);
    fputs("</section>\n", f);
    no_saq_list(f, r);
    documents(f, r);
    fputs("</main>\n", f);
    page_foot(f, r, "");
    return output_fclose(f, path, error);
}

/* ---- badan/<id>.html -------------------------------------------------- */

char *site_body_name(const kip_body *b)
{
    return xasprintf("situs/badan/%s.html", b->id);
}

/* "34.5" from hundredths: a coordinate on a 0..100 scale. */
static void coord(score_t s, char *buf, size_t size)
{
    if (s < 0)
        s = 0;
    if (s > 10000)
        s = 10000;
    snprintf(buf, size, "%lld.%02lld", (long long)s / 100, (long long)s % 100);
}

/* The bars of the stages or the indicators, with the category's average
 * and best as marks; nothing when the body has none. */
static void parts_bars(FILE *f, const kip_round *r, const kip_body *b, const char *title,
                       const kip_part *parts, size_t n, const bool *has, const decimal *values,
                       const kip_stat *stats)
{
    bool any = false;
    for (size_t i = 0; i < n; i++)
        any = any || has[i];
    if (!any)
        return;
    char hex[8];
    band_hex(r->event, b->band, hex);
    fputs("<section>\n<h2>", f);
    put_esc(f, title);
    fputs("</h2>\n<ul class=\"bars\">\n", f);
    for (size_t i = 0; i < n; i++) {
        score_t v = has[i] ? rules_part_score(values[i]) : 0;
        char value[32], avg[32], best[32], x[16];
        fputs("<li>\n<p class=\"bar-name\">", f);
        put_esc(f, parts[i].nama);
        if (parts[i].bobot > 0) {
            char w[32];
            if (parts[i].bobot % 100 == 0)
                snprintf(w, sizeof w, "%lld", (long long)parts[i].bobot / 100);
            else
                score_format_id(parts[i].bobot, w, sizeof w);
            fputs(" <span class=\"muted\">(", f);
            put_escf(f, W_SITE_WEIGHT, w);
            fputs(")</span>", f);
        }
        fputs("</p>\n<svg class=\"bar\" viewBox=\"0 0 100 14\" preserveAspectRatio=\"none\" "
              "aria-hidden=\"true\">"
              "<rect class=\"track\" x=\"0\" y=\"2\" width=\"100\" height=\"10\"/>",
              f);
        if (has[i]) {
            coord(v, x, sizeof x);
            fprintf(f, "<rect x=\"0\" y=\"2\" width=\"%s\" height=\"10\" fill=\"%s\"/>", x, hex);
        }
        if (stats[i].count > 0) {
            coord(stats[i].average, x, sizeof x);
            fprintf(f, "<line class=\"avg\" x1=\"%s\" x2=\"%s\" y1=\"0\" y2=\"14\"/>", x, x);
            coord(stats[i].best, x, sizeof x);
            fprintf(f, "<line class=\"best\" x1=\"%s\" x2=\"%s\" y1=\"0\" y2=\"14\"/>", x, x);
        }
        fputs("</svg>\n<p class=\"bar-text\"><strong>", f);
        if (has[i])
            put_escf(f, W_SITE_VALUE, score_format_id(v, value, sizeof value));
        else
            put_esc(f, W_SITE_NO_VALUE);
        fputs("</strong>", f);
        if (stats[i].count > 0) {
            fputs(" \u00b7 <span class=\"mark-avg\">", f);
            put_escf(f, "%s %s", W_CARD_MARK_AVERAGE,
                     score_format_id(stats[i].average, avg, sizeof avg));
            fputs("</span> \u00b7 <span class=\"mark-best\">", f);
            put_escf(f, "%s %s", W_CARD_MARK_BEST,
                     score_format_id(stats[i].best, best, sizeof best));
            fputs("</span>", f);
        }
        fputs("</p>\n</li>\n", f);
    }
    fputs("</ul>\n</section>\n", f);
}

static void year_on_year(FILE *f, const kip_round *r, const kip_body *b)
{
    if (!b->has_previous)
        return;
    const kip_event *e = r->event;
    char prev[32], now[32], change[48];
    fputs("<section>\n<h2>", f);
    put_escf(f, W_CARD_COMPARED, r->previous_year);
    fputs("</h2>\n<ul class=\"plain\">\n<li>", f);
    put_escf(f, W_CARD_YEAR_SCORE, r->previous_year,
             score_format_id(b->previous, prev, sizeof prev), b->previous_band_name);
    fputs("</li>\n<li>", f);
    if (b->status != KIP_DINILAI) {
        put_escf(f, W_CARD_YEAR_NOTE, e->tahun, LABEL_NO_SAQ);
        fputs("</li>\n</ul>\n</section>\n", f);
        return;
    }
    put_escf(f, W_CARD_YEAR_SCORE, e->tahun, score_format_id(b->score, now, sizeof now),
             e->bands[b->band].nama);
    fputs("</li>\n", f);
    if (b->move != KIP_MOVE_NONE) {
        label_change(change, sizeof change, b->change);
        const char *cls = b->change > 0 ? "up" : b->change < 0 ? "down" : "same";
        const char *sign = b->change > 0 ? "\u25b2" : b->change < 0 ? "\u25bc" : "\u25ac";
        fprintf(f, "<li class=\"change %s\">", cls);
        put_esc(f, W_SITE_CHANGE);
        fprintf(f, ": <span aria-hidden=\"true\">%s</span> <strong>", sign);
        put_esc(f, change);
        fputs("</strong></li>\n", f);
    }
    fputs("</ul>\n</section>\n", f);
}

static void figure(FILE *f, const char *label, const char *value, const char *note)
{
    fputs("<div class=\"figure\">\n<p class=\"figure-label\">", f);
    put_esc(f, label);
    fputs("</p>\n<p class=\"figure-value\">", f);
    put_esc(f, value);
    fputs("</p>\n", f);
    if (note) {
        fputs("<p class=\"muted\">", f);
        put_esc(f, note);
        fputs("</p>\n", f);
    }
    fputs("</div>\n", f);
}

bool site_body_write(const kip_round *r, size_t body, const char *path, char **error)
{
    FILE *f = output_fopen_said(path, error);
    if (!f)
        return false;
    const kip_event *e = r->event;
    const kip_body *b = &r->bodies[body];
    const kip_section *s = &r->sections[b->category];
    const char *category = e->categories[b->category].nama;
    char score[32], rank[64];
    score_text(b, score, sizeof score);
    char *standing;
    if (b->rank > 0) {
        label_rank_of(rank, sizeof rank, b->rank, s->count);
        standing = xasprintf(W_SITE_RANK_IN, rank, category);
    } else {
        standing = xasprintf(W_SITE_UNRANKED_IN, LABEL_NO_SAQ);
    }
    char *title = xasprintf(W_CARD_TITLE_OF, b->nama);
    char *description =
        xasprintf(W_SITE_BODY_DESCRIPTION, b->nama, score, e->bands[b->band].nama, standing);
    free(standing);
    page_head(f, title, description, "../");
    free(title);
    free(description);
    round_header(f, r, "../index.html");

    char hex[8];
    band_hex(e, b->band, hex);
    fputs("<main class=\"wrap\">\n<p class=\"crumbs\"><a href=\"../index.html\">", f);
    put_esc(f, W_SITE_BACK);
    fprintf(f, "</a> \u203a <a href=\"../index.html#kategori-%s\">",
            e->categories[b->category].kode);
    put_esc(f, category);
    fputs("</a></p>\n<h1>", f);
    put_esc(f, b->nama);
    fputs("</h1>\n<p class=\"muted\">", f);
    put_escf(f, W_CARD_CATEGORY, category);
    if (b->wilayah) {
        fputs(" \u00b7 ", f);
        put_escf(f, W_CARD_REGION, b->wilayah);
    }
    if (b->pimpinan) {
        fputs(" \u00b7 ", f);
        put_escf(f, W_CARD_HEAD, b->pimpinan);
    }
    fprintf(f, "</p>\n<div class=\"panel\" style=\"border-left-color:%s\">\n", hex);
    figure(f, W_CARD_FINAL, score, NULL);
    fputs("<div class=\"figure\">\n<p class=\"figure-label\">", f);
    put_esc(f, W_CARD_BAND);
    fputs("</p>\n<p class=\"figure-value\">", f);
    put_band(f, r, b);
    fputs("</p>\n</div>\n", f);
    if (b->rank > 0) {
        char *note = xasprintf(W_CARD_IN_CATEGORY, category);
        figure(f, W_CARD_RANK, rank, note);
        free(note);
    } else {
        figure(f, W_CARD_RANK, W_CARD_UNRANKED, LABEL_NO_SAQ);
    }
    fputs("</div>\n", f);
    if (b->status != KIP_DINILAI) {
        fputs("<p>", f);
        put_esc(f, W_CARD_NO_SAQ);
        fputs("</p>\n", f);
    }
    if (s->final.count > 0) {
        char avg[32], best[32];
        fputs("<p class=\"muted\">", f);
        put_escf(f, W_CARD_CATEGORY_FINAL, category,
                 score_format_id(s->final.average, avg, sizeof avg),
                 score_format_id(s->final.best, best, sizeof best));
        fputs("</p>\n", f);
    }
    parts_bars(f, r, b, W_CARD_STAGES, e->stages, e->n_stages, b->has_stage, b->stage, s->stages);
    parts_bars(f, r, b, W_CARD_INDICATORS, e->indicators, e->n_indicators, b->has_indicator,
               b->indicator, s->indicators);
    bool bars = false;
    for (size_t i = 0; i < e->n_stages; i++)
        bars = bars || b->has_stage[i];
    for (size_t i = 0; i < e->n_indicators; i++)
        bars = bars || b->has_indicator[i];
    if (bars) {
        fputs("<p class=\"legend-line\"><span class=\"key avg\" aria-hidden=\"true\"></span>", f);
        put_esc(f, W_CARD_MARK_AVERAGE);
        fputs(" <span class=\"key best\" aria-hidden=\"true\"></span>", f);
        put_esc(f, W_CARD_MARK_BEST);
        fputs("</p>\n", f);
    }
    year_on_year(f, r, b);

    fputs("<section>\n<h2>", f);
    put_esc(f, W_SITE_BODY_DOCS);
    fputs("</h2>\n<ul class=\"docs\">\n", f);
    char *href = xasprintf("../../kartu-nilai/%s/%s.pdf", e->categories[b->category].kode, b->id);
    doc_link(f, href, W_SITE_CARD_PDF);
    free(href);
    for (size_t k = 0; k < r->n_certificates && !r->draft; k++) {
        const kip_certificate *c = &r->certificates[k];
        if (c->body != body)
            continue;
        href = xasprintf("../../piagam/%s/%s.pdf", e->awards[c->award].kode, b->id);
        char *label = xasprintf(W_SITE_CERT_PDF, e->awards[c->award].nama);
        doc_link(f, href, label);
        free(label);
        free(href);
    }
    href = xasprintf("../verifikasi.html#%s", b->id);
    doc_link(f, href, W_SITE_BODY_VERIFY);
    free(href);
    fputs("</ul>\n</section>\n</main>\n", f);
    page_foot(f, r, "../");
    return output_fclose(f, path, error);
}

/* ---- verifikasi.html -------------------------------------------------- */

bool site_verify_write(const kip_round *r, const site_document *docs, size_t n, const char *path,
                       char **error)
{
    FILE *f = output_fopen_said(path, error);
    if (!f)
        return false;
    const kip_event *e = r->event;
    char *title = xasprintf("%s \u2014 %s", W_SITE_VERIFY_TITLE, e->judul);
    page_head(f, title, W_SITE_VERIFY_INTRO, "");
    free(title);
    round_header(f, r, "index.html");
    fputs("<main class=\"wrap\">\n<h1>", f);
    put_esc(f, W_SITE_VERIFY_TITLE);
    fputs("</h1>\n<p>", f);
    put_esc(f, W_SITE_VERIFY_INTRO);
    fputs("</p>\n<div class=\"drop\" id=\"seret\">\n<label for=\"berkas\">", f);
    put_esc(f, W_SITE_VERIFY_PICK);
    fputs("</label>\n<input type=\"file\" id=\"berkas\" accept=\".pdf,application/pdf\">\n"
          "<p class=\"muted\">",
          f);
    put_esc(f, W_SITE_VERIFY_DROP);
    fputs("</p>\n</div>\n<div id=\"hasil\" class=\"result\" role=\"status\" aria-live=\"polite\"",
          f);
    struct {
        const char *attr, *text;
    } words[] = {
        {"data-working", W_SITE_VERIFY_WORKING},
        {"data-match", W_SITE_VERIFY_MATCH},
        {"data-body", W_SITE_VERIFY_MATCH_BODY},
        {"data-award", W_SITE_VERIFY_MATCH_AWARD},
        {"data-no-match", W_SITE_VERIFY_NO_MATCH},
        {"data-no-crypto", W_SITE_VERIFY_NO_CRYPTO},
        {"data-of", W_SITE_VERIFY_OF},
    };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        fprintf(f, " %s=\"", words[i].attr);
        put_esc(f, words[i].text);
        fputs("\"", f);
    }
    fputs("></div>\n<section id=\"daftar-dokumen\">\n<h2 id=\"daftar-judul\">", f);
    put_esc(f, W_SITE_VERIFY_LIST);
    fputs("</h2>\n<p>", f);
    put_escf(f, W_SITE_VERIFY_LIST_NOTE, n);
    fputs("</p>\n<details id=\"daftar-buka\">\n<summary>", f);
    put_esc(f, W_SITE_VERIFY_SHOW);
    fputs("</summary>\n<div class=\"scroll\">\n<table class=\"hashes\" id=\"daftar\">\n<caption>",
          f);
    put_esc(f, W_SITE_VERIFY_LIST);
    fputs("</caption>\n<thead>\n<tr>", f);
    const char *cols[] = {W_SITE_COL_FILE, W_SITE_COL_BODY, W_SITE_COL_AWARD, W_SITE_COL_HASH};
    for (size_t i = 0; i < 4; i++) {
        fputs("<th scope=\"col\">", f);
        put_esc(f, cols[i]);
        fputs("</th>", f);
    }
    fputs("</tr>\n</thead>\n<tbody>\n", f);
    for (size_t i = 0; i < n; i++) {
        const site_document *d = &docs[i];
        const kip_body *b = d->body != SIZE_MAX ? &r->bodies[d->body] : NULL;
        fputs("<tr", f);
        if (b)
            fprintf(f, " data-id=\"%s\"", b->id);
        fprintf(f, " data-sha256=\"%s\"><th scope=\"row\"><a href=\"../", d->sha256);
        put_esc(f, d->name);
        fputs("\">", f);
        put_esc(f, d->name);
        fputs("</a></th><td>", f);
        if (b)
            put_esc(f, b->nama);
        fputs("</td><td>", f);
        if (d->award != SIZE_MAX)
            put_esc(f, e->awards[d->award].nama);
        fprintf(f, "</td><td class=\"hash\">%s</td></tr>\n", d->sha256);
    }
    fputs("</tbody>\n</table>\n</div>\n</details>\n</section>\n</main>\n", f);
    page_foot(f, r, "");
    return output_fclose(f, path, error);
}

/* ---- gaya.css and situs.js -------------------------------------------- */

/* Colours meet WCAG 2.1 AA on white: text #1b1b1b (17:1), muted #4d4d4d
 * (8.6:1), links #0b4f8a (8.3:1), the header's white on #12355b (12:1).
 * A qualification's colour is never the only sign of it: its name is
 * always written beside. */
static const char STYLE[] =
    "*,*::before,*::after{box-sizing:border-box}\n"
    "html{-webkit-text-size-adjust:100%}\n"
    "body{margin:0;font:16px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Liberation "
    "Sans\",Arial,sans-serif;color:#1b1b1b;background:#fff;overflow-wrap:break-word}\n"
    ".wrap{max-width:64rem;margin:0 auto;padding:0 1rem}\n"
    "a{color:#0b4f8a}\n"
    "a:focus-visible,input:focus-visible,summary:focus-visible{outline:3px solid #b35c00;"
    "outline-offset:2px}\n"
    "h1{font-size:1.6rem;line-height:1.25;margin:1rem 0 .6rem}\n"
    "h2{font-size:1.3rem;margin:2rem 0 .6rem;padding-bottom:.2rem;border-bottom:2px solid "
    "#d8dee6}\n"
    "h3{font-size:1.1rem;margin:1.5rem 0 .4rem}\n"
    ".top{background:#12355b;color:#fff;padding:1rem 0}\n"
    ".top h1{margin:.2rem 0}\n"
    ".top a{color:#fff}\n"
    ".kicker{margin:0;font-size:.8rem;letter-spacing:.06em;text-transform:uppercase}\n"
    ".site{margin:.2rem 0;font-weight:700;font-size:1.1rem}\n"
    ".where{margin:.2rem 0 0}\n"
    ".draft{margin:0;padding:.6rem 1rem;background:#fff4d6;color:#5c3d00;font-weight:700;"
    "text-align:center;border-bottom:2px solid #b37400}\n"
    ".muted{color:#4d4d4d}\n"
    ".note{font-size:.9rem;color:#4d4d4d}\n"
    ".scroll{overflow-x:auto;max-width:100%;margin:.5rem 0 1rem}\n"
    "table{border-collapse:collapse;min-width:100%}\n"
    "caption{text-align:left;font-weight:700;padding:.3rem 0}\n"
    "th,td{padding:.4rem .6rem;border-bottom:1px solid #d8dee6;text-align:left;"
    "vertical-align:top}\n"
    "thead th{background:#eef2f6;border-bottom:2px solid #9aa8b8}\n"
    "tbody th{font-weight:400}\n"
    ".num{text-align:right;white-space:nowrap}\n"
    "thead th.num{white-space:normal;vertical-align:bottom}\n"
    "caption{position:sticky;left:0;max-width:calc(100vw - 2rem)}\n"
    "tr.total th,tr.total td{font-weight:700;border-top:2px solid #9aa8b8}\n"
    ".swatch{display:inline-block;width:.8em;height:.8em;margin-right:.35em;"
    "vertical-align:-.05em;border:1px solid #1b1b1b}\n"
    ".band{white-space:nowrap}\n"
    ".chart{margin:0 0 1rem}\n"
    ".chart figcaption{font-weight:700;margin-bottom:.4rem}\n"
    ".chart-row{margin:.4rem 0}\n"
    ".chart-label{margin:0}\n"
    ".stack{display:block;width:100%;height:1.5rem;border:1px solid #1b1b1b}\n"
    ".legend{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.3rem 1rem}\n"
    ".search{margin:.5rem 0 1rem}\n"
    ".search label{display:block;font-weight:700}\n"
    ".search input{width:100%;max-width:28rem;font:inherit;padding:.4rem .6rem;border:2px solid "
    "#4d4d4d;border-radius:4px}\n"
    ".search p{margin:.3rem 0 0;min-height:1.5em}\n"
    ".plain{padding-left:1.2rem}\n"
    ".docs{padding-left:1.2rem}\n"
    ".docs li{margin:.25rem 0}\n"
    ".crumbs{margin:1rem 0 0;font-size:.95rem}\n"
    ".panel{display:flex;flex-wrap:wrap;gap:1rem 2rem;padding:1rem;margin:1rem 0;"
    "background:#f3f5f8;border-left:8px solid #12355b}\n"
    ".figure{min-width:9rem}\n"
    ".figure p{margin:0}\n"
    ".figure-label{font-size:.85rem;color:#4d4d4d}\n"
    ".figure-value{font-size:1.5rem;font-weight:700}\n"
    ".bars{list-style:none;padding:0;margin:0}\n"
    ".bars li{margin:.8rem 0}\n"
    ".bars p{margin:0}\n"
    ".bar-name{font-weight:700}\n"
    ".bar{display:block;width:100%;height:1.4rem}\n"
    ".bar .track{fill:#e4e8ee}\n"
    ".bar line{vector-effect:non-scaling-stroke;stroke-width:3}\n"
    ".bar .avg{stroke:#1b1b1b;stroke-dasharray:3 2}\n"
    ".bar .best{stroke:#b35c00}\n"
    ".legend-line{font-size:.9rem;color:#4d4d4d}\n"
    ".key{display:inline-block;width:1.2em;height:0;margin:0 .3em .25em 0;vertical-align:middle}\n"
    ".key.avg{border-top:3px dashed #1b1b1b}\n"
    ".key.best{border-top:3px solid #b35c00;margin-left:1em}\n"
    ".change.up strong{color:#0f6b2f}\n"
    ".change.down strong{color:#a31515}\n"
    ".drop{border:2px dashed #4d4d4d;border-radius:6px;padding:1rem;margin:1rem 0}\n"
    ".drop.over{background:#eef2f6;border-color:#0b4f8a}\n"
    ".drop label{display:block;font-weight:700;margin-bottom:.3rem}\n"
    ".drop input{max-width:100%}\n"
    ".drop p{margin:.4rem 0 0}\n"
    ".result p{margin:.2rem 0}\n"
    ".result.ok{padding:1rem;border-left:8px solid #0f6b2f;background:#e9f6ee}\n"
    ".result.bad{padding:1rem;border-left:8px solid #a31515;background:#fbeaea}\n"
    ".hash{font-family:ui-monospace,\"Liberation Mono\",monospace;font-size:.8rem;"
    "word-break:break-all;min-width:12rem}\n"
    ".foot{margin-top:3rem;padding:1rem 0;border-top:1px solid #d8dee6;font-size:.9rem}\n"
    "[hidden]{display:none!important}\n"
    "@media print{\n"
    "body{font-size:11pt;color:#000}\n"
    ".top{background:none;color:#000;padding:0}\n"
    ".top a,a{color:#000;text-decoration:none}\n"
    ".search,.drop,.foot,.crumbs{display:none!important}\n"
    ".scroll{overflow:visible}\n"
    "table{page-break-inside:auto}\n"
    "tr,.chart-row,.bars li{page-break-inside:avoid}\n"
    "thead{display:table-header-group}\n"
    ".swatch,.panel,.stack,.bar rect{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
    "details{display:block}\n"
    "}\n";

/* The search of index.html and the check of verifikasi.html; each part
 * does nothing on a page without its elements.  Words come from the
 * pages' data- attributes. */
static const char SCRIPT[] =
    "(function () {\n"
    "  \"use strict\";\n"
    "  function fill(text, values) {\n"
    "    return text.replace(/\\{(\\w+)\\}/g, function (m, k) {\n"
    "      return Object.prototype.hasOwnProperty.call(values, k) ? values[k] : m;\n"
    "    });\n"
    "  }\n"
    "\n"
    "  function search() {\n"
    "    var box = document.getElementById(\"cari\");\n"
    "    if (!box) return;\n"
    "    var out = document.getElementById(\"cari-hasil\");\n"
    "    document.getElementById(\"cari-kotak\").hidden = false;\n"
    "    var sections = "
    "Array.prototype.slice.call(document.querySelectorAll(\"section.category\"));\n"
    "    box.addEventListener(\"input\", function () {\n"
    "      var q = box.value.trim().toLowerCase();\n"
    "      var found = 0;\n"
    "      sections.forEach(function (s) {\n"
    "        var shown = 0;\n"
    "        s.querySelectorAll(\"tbody tr\").forEach(function (row) {\n"
    "          var name = row.querySelector(\"th\").textContent.toLowerCase();\n"
    "          var hit = q === \"\" || name.indexOf(q) >= 0;\n"
    "          row.hidden = !hit;\n"
    "          if (hit) shown++;\n"
    "        });\n"
    "        s.hidden = q !== \"\" && shown === 0;\n"
    "        found += shown;\n"
    "      });\n"
    "      if (q === \"\") out.textContent = \"\";\n"
    "      else out.textContent = fill(found ? out.dataset.found : out.dataset.none,\n"
    "                                  {n: String(found), q: box.value.trim()});\n"
    "    });\n"
    "  }\n"
    "\n"
    "  function verify() {\n"
    "    var input = document.getElementById(\"berkas\");\n"
    "    if (!input) return;\n"
    "    var out = document.getElementById(\"hasil\");\n"
    "    var zone = document.getElementById(\"seret\");\n"
    "    var rows = Array.prototype.slice.call(document.querySelectorAll(\"#daftar tbody tr\"));\n"
    "    var byHash = {};\n"
    "    rows.forEach(function (row) { byHash[row.dataset.sha256] = row; });\n"
    "\n"
    "    function say(cls, lines) {\n"
    "      out.className = \"result \" + cls;\n"
    "      out.dataset.status = cls;\n"
    "      out.textContent = \"\";\n"
    "      lines.forEach(function (line) {\n"
    "        var p = document.createElement(\"p\");\n"
    "        p.textContent = line;\n"
    "        out.appendChild(p);\n"
    "      });\n"
    "    }\n"
    "    function hex(buffer) {\n"
    "      return Array.prototype.map.call(new Uint8Array(buffer), function (b) {\n"
    "        return (b < 16 ? \"0\" : \"\") + b.toString(16);\n"
    "      }).join(\"\");\n"
    "    }\n"
    "    function check(file) {\n"
    "      if (!file) return;\n"
    "      if (!window.crypto || !window.crypto.subtle) {\n"
    "        say(\"bad\", [out.dataset.noCrypto]);\n"
    "        return;\n"
    "      }\n"
    "      say(\"working\", [out.dataset.working]);\n"
    "      file.arrayBuffer().then(function (data) {\n"
    "        return window.crypto.subtle.digest(\"SHA-256\", data);\n"
    "      }).then(function (digest) {\n"
    "        var h = hex(digest);\n"
    "        var row = Object.prototype.hasOwnProperty.call(byHash, h) ? byHash[h] : null;\n"
    "        if (!row) {\n"
    "          say(\"bad\", [fill(out.dataset.noMatch, {hash: h})]);\n"
    "          return;\n"
    "        }\n"
    "        var cells = row.children;\n"
    "        var lines = [fill(out.dataset.match, {path: cells[0].textContent})];\n"
    "        if (cells[1].textContent) lines.push(fill(out.dataset.body, {body: "
    "cells[1].textContent}));\n"
    "        if (cells[2].textContent) lines.push(fill(out.dataset.award, {award: "
    "cells[2].textContent}));\n"
    "        say(\"ok\", lines);\n"
    "      }, function (err) {\n"
    "        say(\"bad\", [String(err)]);\n"
    "      });\n"
    "    }\n"
    "    input.addEventListener(\"change\", function () { check(input.files[0]); });\n"
    "    zone.addEventListener(\"dragover\", function (ev) {\n"
    "      ev.preventDefault();\n"
    "      zone.classList.add(\"over\");\n"
    "    });\n"
    "    zone.addEventListener(\"dragleave\", function () { zone.classList.remove(\"over\"); });\n"
    "    zone.addEventListener(\"drop\", function (ev) {\n"
    "      ev.preventDefault();\n"
    "      zone.classList.remove(\"over\");\n"
    "      check(ev.dataTransfer.files[0]);\n"
    "    });\n"
    "\n"
    "    /* verifikasi.html#<id>: only that body's documents */\n"
    "    var heading = document.getElementById(\"daftar-judul\");\n"
    "    var plain = heading.textContent;\n"
    "    function byBody() {\n"
    "      var id = decodeURIComponent(location.hash.slice(1));\n"
    "      var name = \"\";\n"
    "      rows.forEach(function (row) {\n"
    "        var mine = row.dataset.id === id;\n"
    "        row.hidden = id !== \"\" && !mine;\n"
    "        if (mine && !name) name = row.children[1].textContent;\n"
    "      });\n"
    "      if (id !== \"\" && name) {\n"
    "        heading.textContent = fill(out.dataset.of, {body: name});\n"
    "        document.getElementById(\"daftar-buka\").open = true;\n"
    "      } else {\n"
    "        rows.forEach(function (row) { row.hidden = false; });\n"
    "        heading.textContent = plain;\n"
    "      }\n"
    "    }\n"
    "    window.addEventListener(\"hashchange\", byBody);\n"
    "    byBody();\n"
    "  }\n"
    "\n"
    "  search();\n"
    "  verify();\n"
    "})();\n";

static bool write_text(const char *path, const char *text, size_t len, char **error)
{
    FILE *f = output_fopen_said(path, error);
    if (!f)
        return false;
    fwrite(text, 1, len, f);
    return output_fclose(f, path, error);
}

bool site_style_write(const char *path, char **error)
{
    return write_text(path, STYLE, sizeof STYLE - 1, error);
}

bool site_script_write(const char *path, char **error)
{
    return write_text(path, SCRIPT, sizeof SCRIPT - 1, error);
}
