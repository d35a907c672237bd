#include "doc_common.h"

#include <stdio.h>
#include <stdlib.h>

#include "labels.h"
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
