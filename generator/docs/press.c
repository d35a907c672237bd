#include "press.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "labels.h"
#include "markup.h"
#include "doc_common.h"
#include "util.h"

static void set_count(tpl_map *m, const char *key, size_t n)
{
    char words[32];
    label_count(words, sizeof words, n);
    tpl_set_text(m, key, words);
    label_count_words(words, sizeof words, n);
    char *k = xasprintf("%s_kata", key);
    tpl_set_text(m, k, words);
    free(k);
    k = xasprintf("ada_%s", key);
    tpl_set_bool(m, k, n > 0);
    free(k);
}

static void set_score(tpl_map *m, const char *key, score_t s)
{
    char buf[32];
    tpl_set_text(m, key, score_format_id(s, buf, sizeof buf));
}

/* Counts per band of a range of bodies, with shares. */
static void band_list(tpl_map *m, const kip_event *e, const size_t *n, size_t count)
{
    tpl_list *l = tpl_set_list(m, "kualifikasi");
    for (size_t b = 0; b <= e->n_bands; b++) {
        tpl_map *item = b < e->n_bands ? tpl_list_add(l) : tpl_list_proto(l);
        size_t k = b < e->n_bands ? b : 0;
        char share[32];
        label_share(share, sizeof share, n[k], count);
        tpl_set_text(item, "nama", e->bands[k].nama);
        set_count(item, "jumlah", n[k]);
        tpl_set_text(item, "persen", share);
    }
}

/* A body in a list: name, score, rank. */
static void body_item(tpl_map *m, const kip_body *b)
{
    char roman[16], score[32];
    tpl_set_text(m, "nama", b->nama);
    tpl_set_text(m, "id", b->id);
    doc_score_text(b, score, sizeof score);
    tpl_set_text(m, "nilai", score);
    /* an unranked body (no SAQ) has no rank: "–", as its score */
    if (b->rank > 0) {
        tpl_set_textf(m, "peringkat", "%d", b->rank);
        tpl_set_text(m, "peringkat_romawi", label_roman(b->rank, roman, sizeof roman));
    } else {
        tpl_set_text(m, "peringkat", "\u2013");
        tpl_set_text(m, "peringkat_romawi", "\u2013");
    }
}

/* "A (97,22), B (96,79), dan C (94,09)": the top band of a category in
 * one sentence; or, with `none`, its non-respondents, by name only. */
static bool in_text(const kip_body *b, bool none)
{
    return none ? b->status != KIP_DINILAI : b->status == KIP_DINILAI && b->band == 0;
}

static char *names_text(const kip_round *r, const kip_section *s, bool none)
{
    size_t listed = 0, shown = 0, len = 1;
    for (size_t i = s->first; i < s->first + s->count; i++) {
        const kip_body *b = &r->bodies[i];
        if (in_text(b, none)) {
            listed++;
            len += strlen(b->nama) + 48;
        }
    }
    char *text = xcalloc(len, 1);
    for (size_t i = s->first; i < s->first + s->count; i++) {
        const kip_body *b = &r->bodies[i];
        if (!in_text(b, none))
            continue;
        shown++;
        const char *sep = shown == 1       ? ""
                          : shown < listed ? W_LIST_SEP
                          : listed == 2    ? W_AND
                                           : W_LIST_LAST_SEP;
        char score[32];
        doc_score_text(b, score, sizeof score);
        size_t used = strlen(text);
        if (none)
            snprintf(text + used, len - used, "%s%s", sep, b->nama);
        else
            snprintf(text + used, len - used, "%s%s (%s)", sep, b->nama, score);
    }
    return text;
}

/* A body compared with last year. */
static void previous_item(tpl_map *m, const kip_round *r, const kip_body *b)
{
    const kip_event *e = r->event;
    char change[48];
    body_item(m, b);
    set_score(m, "nilai_sebelumnya", b->previous);
    tpl_set_text(m, "kualifikasi_sebelumnya", b->previous_band_name ? b->previous_band_name : "");
    tpl_set_text(m, "kualifikasi", e->bands[b->band].nama);
    if (b->status == KIP_DINILAI)
        label_change(change, sizeof change, b->change);
    else
        snprintf(change, sizeof change, "%s", LABEL_NO_SAQ);
    tpl_set_text(m, "perubahan", change);
}

/* The lists "naik" and "turun": the bodies of bodies[first..first+count)
 * whose qualification moved up or down since last year. */
static void mover_lists(tpl_map *m, const kip_round *r, size_t first, size_t count)
{
    tpl_list *up = tpl_set_list(m, "naik");
    tpl_list *down = tpl_set_list(m, "turun");
    kip_body proto = {.nama = "", .id = "", .status = KIP_DINILAI};
    previous_item(tpl_list_proto(up), r, &proto);
    previous_item(tpl_list_proto(down), r, &proto);
    for (size_t i = first; i < first + count; i++) {
        const kip_body *b = &r->bodies[i];
        if (b->move == KIP_MOVE_UP)
            previous_item(tpl_list_add(up), r, b);
        else if (b->move == KIP_MOVE_DOWN)
            previous_item(tpl_list_add(down), r, b);
    }
}

/* "A (97,22), B (96,79), dan C (94,09)": bodies in one sentence. */
static char *join_names(const kip_body *const *list, size_t n)
{
    size_t len = 1;
    for (size_t k = 0; k < n; k++)
        len += strlen(list[k]->nama) + 48;
    char *text = xcalloc(len, 1);
    for (size_t k = 0; k < n; k++) {
        const char *sep = k == 0 ? "" : k + 1 < n ? W_LIST_SEP : n == 2 ? W_AND : W_LIST_LAST_SEP;
        char score[32];
        doc_score_text(list[k], score, sizeof score);
        size_t used = strlen(text);
        snprintf(text + used, len - used, "%s%s (%s)", sep, list[k]->nama, score);
    }
    return text;
}

/* A run of `years` rounds in the top band and its bodies. */
static void run_item(tpl_map *item, int years, const kip_body *const *list, size_t n)
{
    char words[32];
    tpl_set_textf(item, "tahun", "%d", years);
    label_count_words(words, sizeof words, (size_t)years);
    tpl_set_text(item, "tahun_kata", words);
    set_count(item, "jumlah", n);
    tpl_list *bodies = tpl_set_list(item, "badan_publik");
    kip_body none = {.nama = "", .id = "", .status = KIP_DINILAI};
    body_item(tpl_list_proto(bodies), &none);
    for (size_t k = 0; k < n; k++)
        body_item(tpl_list_add(bodies), list[k]);
    char *text = join_names(list, n);
    tpl_set_text(item, "nama_teks", text);
    free(text);
}

/* The bodies of bodies[first..first+count) in the top band for two or more
 * rounds in a row, grouped by the length of their run, longest first
 * ("informatif_berturut"); those there for the first time
 * ("pertama_informatif"). */
static void history_lists(tpl_map *m, const kip_round *r, size_t first, size_t count)
{
    const kip_body **list = xcalloc(count ? count : 1, sizeof(kip_body *));
    int longest = 0;
    for (size_t i = first; i < first + count; i++)
        longest = r->bodies[i].top_streak > longest ? r->bodies[i].top_streak : longest;
    tpl_list *runs = tpl_set_list(m, "informatif_berturut");
    for (int len = longest; len >= 2; len--) {
        size_t n = 0;
        for (size_t i = first; i < first + count; i++)
            if (r->bodies[i].top_streak == len)
                list[n++] = &r->bodies[i];
        if (n > 0)
            run_item(tpl_list_add(runs), len, list, n);
    }
    run_item(tpl_list_proto(runs), 2, list, 0);
    size_t runs_of_two = 0;
    for (size_t i = first; i < first + count; i++)
        runs_of_two += r->bodies[i].top_streak >= 2;
    tpl_set_bool(m, "ada_informatif_berturut", runs_of_two > 0);

    tpl_list *firsts = tpl_set_list(m, "pertama_informatif");
    kip_body none = {.nama = "", .id = "", .status = KIP_DINILAI};
    body_item(tpl_list_proto(firsts), &none);
    size_t n = 0;
    for (size_t i = first; i < first + count; i++)
        if (r->bodies[i].top_first) {
            list[n++] = &r->bodies[i];
            body_item(tpl_list_add(firsts), &r->bodies[i]);
        }
    set_count(m, "jumlah_pertama_informatif", n);
    char *text = join_names(list, n);
    tpl_set_text(m, "pertama_informatif_teks", text);
    free(text);
    free(list);
}

/* The press contact; each part may be missing. */
static void set_contact(tpl_map *m, const kip_contact *k)
{
    const char *parts[][2] = {{"kontak_nama", k->nama},
                              {"kontak_telepon", k->telepon},
                              {"kontak_surel", k->surel}};
    bool any = false;
    for (size_t i = 0; i < 3; i++) {
        const char *v = parts[i][1] ? parts[i][1] : "";
        char *key = xasprintf("ada_%s", parts[i][0]);
        tpl_set_text(m, parts[i][0], v);
        tpl_set_bool(m, key, *v != '\0');
        free(key);
        any = any || *v != '\0';
    }
    tpl_set_bool(m, "ada_kontak", any);
}

static void set_movement(tpl_map *m, const kip_movement *mv)
{
    tpl_set_bool(m, "pembanding", mv->compared > 0);
    set_count(m, "jumlah_pembanding", mv->compared);
    set_count(m, "naik_kualifikasi", mv->up);
    set_count(m, "turun_kualifikasi", mv->down);
    set_count(m, "tetap_kualifikasi", mv->same);
    set_score(m, "rata_rata_sebelumnya", mv->previous_average);
}

static void category_item(tpl_map *m, const kip_round *r, size_t c)
{
    const kip_event *e = r->event;
    const kip_section *s = &r->sections[c];
    tpl_set_text(m, "kode", e->categories[c].kode);
    tpl_set_text(m, "nama", e->categories[c].nama);
    tpl_set_textf(m, "nomor", "%zu", c + 1);
    char *chart = xasprintf("@grafik %s", e->categories[c].kode);
    tpl_set_markup(m, "grafik", chart);
    free(chart);
    set_count(m, "jumlah", s->count);
    set_count(m, "dinilai", s->ranked);
    set_count(m, "tidak_mengisi_saq", s->count - s->ranked);
    band_list(m, e, s->per_band, s->count);
    set_score(m, "rata_rata", s->final.average);
    set_score(m, "tertinggi", s->final.best);

    tpl_list *top = tpl_set_list(m, "informatif");
    tpl_list *three = tpl_set_list(m, "tiga_besar");
    tpl_list *none = tpl_set_list(m, "tidak_mengisi");
    tpl_list *prev = tpl_set_list(m, "sebelumnya");
    kip_body proto = {.nama = "", .id = "", .status = KIP_DINILAI};
    body_item(tpl_list_proto(top), &proto);
    body_item(tpl_list_proto(three), &proto);
    body_item(tpl_list_proto(none), &proto);
    previous_item(tpl_list_proto(prev), r, &proto);
    score_t lowest = 0;
    for (size_t i = s->first; i < s->first + s->count; i++) {
        const kip_body *b = &r->bodies[i];
        if (b->status == KIP_DINILAI && b->band == 0)
            body_item(tpl_list_add(top), b);
        if (b->rank >= 1 && b->rank <= 3)
            body_item(tpl_list_add(three), b);
        if (b->status != KIP_DINILAI)
            body_item(tpl_list_add(none), b);
        if (b->has_previous)
            previous_item(tpl_list_add(prev), r, b);
        if (b->status == KIP_DINILAI)
            lowest = b->score; /* ranked bodies come best first */
    }
    set_score(m, "terendah", lowest);
    char *text = names_text(r, s, false);
    tpl_set_text(m, "informatif_teks", text);
    free(text);
    text = names_text(r, s, true);
    tpl_set_text(m, "tidak_mengisi_teks", text);
    free(text);
    set_movement(m, &s->movement);
    mover_lists(m, r, s->first, s->count);
    history_lists(m, r, s->first, s->count);
}

tpl_map *press_data(const kip_round *r)
{
    const kip_event *e = r->event;
    tpl_map *m = tpl_map_new();
    char date[64];
    label_date(&e->tanggal, date, sizeof date);
    tpl_set_text(m, "judul", e->judul);
    tpl_set_textf(m, "tahun", "%d", e->tahun);
    tpl_set_textf(m, "tahun_lalu", "%d", r->previous_year ? r->previous_year : e->tahun - 1);
    tpl_set_text(m, "penyelenggara", e->penyelenggara);
    tpl_set_text(m, "tempat", e->tempat);
    tpl_set_text(m, "tanggal", date);
    tpl_set_text(m, "hari", label_weekday(&e->tanggal));
    tpl_set_text(m, "penandatangan_nama", e->penandatangan_nama);
    tpl_set_text(m, "penandatangan_jabatan", e->penandatangan_jabatan);
    tpl_set_text(m, "kualifikasi_teratas", e->bands[0].nama);
    tpl_set_text(m, "kualifikasi_terendah", e->bands[e->n_bands - 1].nama);

    set_count(m, "jumlah_badan_publik", r->n_bodies);
    set_count(m, "jumlah_dinilai", r->ranked);
    set_count(m, "jumlah_tidak_mengisi_saq", r->n_bodies - r->ranked);
    size_t top = 0;
    for (size_t i = 0; i < r->n_bodies; i++)
        top += r->bodies[i].status == KIP_DINILAI && r->bodies[i].band == 0;
    set_count(m, "jumlah_informatif", top);
    set_count(m, "jumlah_kategori", e->n_categories);
    set_movement(m, &r->movement);
    set_contact(m, &e->kontak);
    band_list(m, e, r->per_band, r->n_bodies);

    /* "39 Organisasi Perangkat Daerah, delapan Pemerintah Daerah, dan 12
     * Partai Politik": the categories that have bodies */
    size_t len = 1, listed = 0, shown = 0;
    for (size_t c = 0; c < e->n_categories; c++) {
        len += strlen(e->categories[c].nama) + 32;
        listed += r->sections[c].count > 0;
    }
    char *list = xcalloc(len, 1);
    for (size_t c = 0; c < e->n_categories; c++) {
        if (r->sections[c].count == 0)
            continue;
        shown++;
        const char *sep = shown == 1       ? ""
                          : shown < listed ? W_LIST_SEP
                          : listed == 2    ? W_AND
                                           : W_LIST_LAST_SEP;
        size_t used = strlen(list);
        char count[32];
        label_count_words(count, sizeof count, r->sections[c].count);
        snprintf(list + used, len - used, "%s%s %s", sep, count, e->categories[c].nama);
    }
    tpl_set_text(m, "rincian_kategori", list);
    free(list);

    tpl_list *cats = tpl_set_list(m, "kategori");
    for (size_t c = 0; c < e->n_categories; c++)
        category_item(tpl_list_add(cats), r, c);
    if (e->n_categories > 0)
        category_item(tpl_list_proto(cats), r, 0);
    mover_lists(m, r, 0, r->n_bodies);
    history_lists(m, r, 0, r->n_bodies);
    return m;
}

char *press_render(const kip_round *r, const tpl *t, problems *pr)
{
    tpl_map *data = press_data(r);
    long *lines = NULL;
    char *text = tpl_render_lines(t, data, markup_escape, pr, &lines);
    tpl_map_free(data);
    if (text && !press_layout_check(text, lines, tpl_path(t), pr)) {
        free(text);
        text = NULL;
    }
    free(lines);
    return text;
}
