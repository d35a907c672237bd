#include "round.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void parts_free(kip_part *parts, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(parts[i].kode);
        free(parts[i].nama);
    }
    free(parts);
}

void kip_event_free(kip_event *e)
{
    if (!e)
        return;
    free(e->judul);
    free(e->penyelenggara);
    free(e->tempat);
    free(e->penandatangan_nama);
    free(e->penandatangan_jabatan);
    for (size_t i = 0; i < e->n_categories; i++) {
        free(e->categories[i].kode);
        free(e->categories[i].nama);
    }
    free(e->categories);
    for (size_t i = 0; i < e->n_bands; i++)
        free(e->bands[i].nama);
    free(e->bands);
    parts_free(e->stages, e->n_stages);
    parts_free(e->indicators, e->n_indicators);
    free(e->source);
    free(e->keputusan.nomor);
    free(e->keputusan.tentang);
    for (size_t i = 0; i < e->n_logos; i++) {
        image_clear(&e->logos[i]);
        image_clear(&e->logo_thumbs[i]);
    }
    for (size_t i = 0; i < e->n_kop; i++)
        free(e->kop[i]);
    free(e->kop);
    image_clear(&e->tanda_tangan);
    image_clear(&e->stempel);
    free(e->kontak.nama);
    free(e->kontak.telepon);
    free(e->kontak.surel);
    free(e->kutipan.teks);
    free(e->kutipan.nama);
    free(e->kutipan.jabatan);
    free(e->piagam_nomor);
    free(e->situs);
    for (size_t i = 0; i < e->n_awards; i++) {
        kip_award *a = &e->awards[i];
        free(a->kode);
        free(a->nama);
        free(a->bands);
        for (size_t k = 0; k < a->n_ids; k++)
            free(a->ids[k]);
        free(a->ids);
        free(a->categories);
    }
    free(e->awards);
    free(e);
}

void kip_body_clear(kip_body *b)
{
    free(b->id);
    free(b->place);
    free(b->nama);
    free(b->pimpinan);
    free(b->wilayah);
    free(b->previous_band);
    free(b->catatan);
    for (size_t i = 0; i < b->n_history; i++)
        free(b->history[i].kualifikasi);
    free(b->history);
    free(b->has_stage);
    free(b->stage);
    free(b->has_indicator);
    free(b->indicator);
}

void kip_round_free(kip_round *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n_bodies; i++)
        kip_body_clear(&r->bodies[i]);
    free(r->bodies);
    for (size_t c = 0; r->sections && c < r->event->n_categories; c++) {
        free(r->sections[c].stages);
        free(r->sections[c].indicators);
        free(r->sections[c].per_band);
    }
    free(r->sections);
    free(r->per_band);
    for (size_t i = 0; i < r->n_certificates; i++)
        free(r->certificates[i].nomor);
    free(r->certificates);
    kip_event_free(r->event);
    free(r->scores_source);
    free(r);
}

bool kip_leap_year(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

bool kip_date_parse(const char *s, kip_date *d)
{
    int used = 0;
    if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%n", &d->year, &d->month, &d->day, &used) != 3
        || used != 10)
        return false;
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d->year < 1900 || d->year > 2999 || d->month < 1 || d->month > 12 || d->day < 1
        || d->day > days[d->month - 1])
        return false;
    return !(d->month == 2 && d->day == 29 && !kip_leap_year(d->year));
}
