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
 * one sentence; or, with `none`, its non-respondents, by name only.  A
 * list longer than PRESS_LIST_FULL names gives its first PRESS_LIST_SHOWN
 * only, all separated by commas (the template adds "dan N lainnya");
 * *more is the number left out. */
static bool in_text(const kip_body *b, bool none)
{
    return none ? b->status != KIP_DINILAI : b->status == KIP_DINILAI && b->band == 0;
}

static char *join_names(const kip_body *const *list, size_t n, size_t more, bool scores);

static char *names_text(const kip_round *r, const kip_section *s, bool none, size_t *more)
{
    size_t listed = 0;
    for (size_t i = s->first; i < s->first + s->count; i++)
        listed += in_text(&r->bodies[i], none);
    size_t limit = listed > PRESS_LIST_FULL ? PRESS_LIST_SHOWN : listed;
    *more = listed - limit;
    const kip_body **list = xcalloc(limit ? limit : 1, sizeof(kip_body *));
    for (size_t i = s->first, k = 0; i < s->first + s->count && k < limit; i++)
        if (in_text(&r->bodies[i], none))
            list[k++] = &r->bodies[i];
    char *text = join_names(list, limit, *more, !none);
    free(list);
    return text;
}

/* The count of what a list leaves out: "<key>_lainnya" (and its words,
 * and "ada_<key>_lainnya"). */
static void set_more(tpl_map *m, const char *key, size_t more)
{
    char *k = xasprintf("%s_lainnya", key);
    set_count(m, k, more);
    free(k);
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

/* The lists "naik" and "turun" of the bodies of bodies[first..first+count)
 * whose qualification moved up or down since last year, and "berubah",
 * both in one (up first), each item saying which ("arah").  A list longer
 * than PRESS_LIST_FULL keeps its first PRESS_LIST_SHOWN (best scores
 * first); "<list>_lainnya" counts the others.  Returns how many were
 * left out of the three lists. */
static size_t mover_lists(tpl_map *m, const kip_round *r, size_t first, size_t count)
{
    static const char *const keys[] = {"naik", "turun", "berubah"};
    tpl_list *lists[3];
    size_t n[3] = {0, 0, 0};
    for (size_t i = first; i < first + count; i++) {
        n[0] += r->bodies[i].move == KIP_MOVE_UP;
        n[1] += r->bodies[i].move == KIP_MOVE_DOWN;
    }
    n[2] = n[0] + n[1];
    size_t limit[3];
    kip_body proto = {.nama = "", .id = "", .status = KIP_DINILAI};
    for (size_t k = 0; k < 3; k++) {
        lists[k] = tpl_set_list(m, keys[k]);
        previous_item(tpl_list_proto(lists[k]), r, &proto);
        tpl_set_text(tpl_list_proto(lists[k]), "arah", "");
        limit[k] = n[k] > PRESS_LIST_FULL ? PRESS_LIST_SHOWN : n[k];
        set_more(m, keys[k], n[k] - limit[k]);
        char *has = xasprintf("ada_%s", keys[k]);
        tpl_set_bool(m, has, n[k] > 0);
        free(has);
    }
    size_t added[3] = {0, 0, 0};
    for (int pass = 0; pass < 2; pass++) /* up, then down */
        for (size_t i = first; i < first + count; i++) {
            const kip_body *b = &r->bodies[i];
            kip_move want = pass == 0 ? KIP_MOVE_UP : KIP_MOVE_DOWN;
            if (b->move != want)
                continue;
            const char *arah = pass == 0 ? W_PRESS_UP : W_PRESS_DOWN;
            size_t k = (size_t)pass;
            if (added[k] < limit[k]) {
                tpl_map *item = tpl_list_add(lists[k]);
                previous_item(item, r, b);
                tpl_set_text(item, "arah", arah);
                added[k]++;
            }
            if (added[2] < limit[2]) {
                tpl_map *item = tpl_list_add(lists[2]);
                previous_item(item, r, b);
                tpl_set_text(item, "arah", arah);
                added[2]++;
            }
        }
    return n[0] - limit[0] + n[1] - limit[1] + n[2] - limit[2];
}

/* The movers of a category grouped by their change ("perpindahan"): one
 * item per pair of last year's and this year's qualification, those that
 * rose first, each pair in the order of this year's bands, with the names
 * in rank order ("A, B, dan C") and their count.  When the category has
 * more than PRESS_LIST_FULL movers the items give their counts only
 * ("ada_nama" no).  Returns whether they do. */
typedef struct {
    bool up;
    const char *from; /* last year's qualification, as archived */
    size_t to;        /* this year's band */
    size_t n;
    char *names;
} move_group;

static const char *from_name(const kip_body *b)
{
    return b->previous_band_name ? b->previous_band_name : "";
}

static bool in_group(const move_group *g, const kip_body *b)
{
    return (b->move == KIP_MOVE_UP || b->move == KIP_MOVE_DOWN) && (b->move == KIP_MOVE_UP) == g->up
           && b->band == g->to && strcmp(from_name(b), g->from) == 0;
}

static bool move_groups(tpl_map *m, const kip_round *r, size_t first, size_t count)
{
    const kip_event *e = r->event;
    move_group *g = NULL;
    size_t n = 0, movers = 0;
    for (size_t i = first; i < first + count; i++) {
        const kip_body *b = &r->bodies[i];
        if (b->move != KIP_MOVE_UP && b->move != KIP_MOVE_DOWN)
            continue;
        movers++;
        size_t k = 0;
        while (k < n && !in_group(&g[k], b))
            k++;
        if (k == n) {
            g = xrealloc(g, (n + 1) * sizeof(move_group));
            g[n++] = (move_group){b->move == KIP_MOVE_UP, from_name(b), b->band, 0, NULL};
        }
        g[k].n++;
    }
    bool named = movers <= PRESS_LIST_FULL;
    /* the names, now that each group's size is known */
    for (size_t k = 0; k < n && named; k++) {
        size_t len = 1, shown = 0;
        for (size_t i = first; i < first + count; i++)
            if (in_group(&g[k], &r->bodies[i]))
                len += strlen(r->bodies[i].nama) + 8;
        g[k].names = xcalloc(len, 1);
        for (size_t i = first; i < first + count; i++) {
            const kip_body *b = &r->bodies[i];
            if (!in_group(&g[k], b))
                continue;
            shown++;
            const char *sep = shown == 1       ? ""
                              : shown < g[k].n ? W_LIST_SEP
                              : g[k].n == 2    ? W_AND
                                               : W_LIST_LAST_SEP;
            size_t used = strlen(g[k].names);
            snprintf(g[k].names + used, len - used, "%s%s", sep, b->nama);
        }
    }
    tpl_list *l = tpl_set_list(m, "perpindahan");
    tpl_map *proto = tpl_list_proto(l);
    tpl_set_text(proto, "arah", "");
    tpl_set_text(proto, "dari", "");
    tpl_set_text(proto, "ke", "");
    tpl_set_text(proto, "nama_teks", "");
    tpl_set_bool(proto, "ada_nama", false);
    set_count(proto, "jumlah", 0);
    /* up before down; then by this year's band, best first; then as met */
    for (int up = 1; up >= 0; up--)
        for (size_t band = 0; band < e->n_bands; band++)
            for (size_t k = 0; k < n; k++) {
                if (g[k].up != (up == 1) || g[k].to != band)
                    continue;
                tpl_map *item = tpl_list_add(l);
                tpl_set_text(item, "arah", up ? W_PRESS_UP : W_PRESS_DOWN);
                tpl_set_text(item, "dari", g[k].from);
                tpl_set_text(item, "ke", e->bands[band].nama);
                tpl_set_text(item, "nama_teks", g[k].names ? g[k].names : "");
                tpl_set_bool(item, "ada_nama", named);
                set_count(item, "jumlah", g[k].n);
            }
    for (size_t k = 0; k < n; k++)
        free(g[k].names);
    free(g);
    return named;
}

/* "A (97,22), B (96,79), dan C (94,09)": bodies in one sentence, with
 * their scores or without; when `more` others follow (", dan N badan
 * publik lainnya" in the template), the last name takes a comma too. */
static char *join_names(const kip_body *const *list, size_t n, size_t more, bool scores)
{
    size_t len = 1;
    for (size_t k = 0; k < n; k++)
        len += strlen(list[k]->nama) + 48;
    char *text = xcalloc(len, 1);
    for (size_t k = 0; k < n; k++) {
        const char *sep = k == 0                  ? ""
                          : k + 1 < n || more > 0 ? W_LIST_SEP
                          : n == 2                ? W_AND
                                                  : W_LIST_LAST_SEP;
        size_t used = strlen(text);
        if (scores) {
            char score[32];
            doc_score_text(list[k], score, sizeof score);
            snprintf(text + used, len - used, "%s%s (%s)", sep, list[k]->nama, score);
        } else {
            snprintf(text + used, len - used, "%s%s", sep, list[k]->nama);
        }
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
    /* more than PRESS_LIST_FULL: the count only, as for the movers */
    bool named = n <= PRESS_LIST_FULL;
    char *text = join_names(list, named ? n : 0, 0, true);
    tpl_set_text(item, "nama_teks", text);
    tpl_set_bool(item, "ada_nama", named);
    free(text);
}

/* The bodies of bodies[first..first+count) in the top band for two or more
 * rounds in a row, grouped by the length of their run, longest first
 * ("informatif_berturut"); those there for the first time
 * ("pertama_informatif"). */
static bool history_lists(tpl_map *m, const kip_round *r, size_t first, size_t count)
{
    bool cut = false;
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
        cut = cut || n > PRESS_LIST_FULL;
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
    bool named = n <= PRESS_LIST_FULL;
    char *text = join_names(list, named ? n : 0, 0, true);
    tpl_set_text(m, "pertama_informatif_teks", text);
    tpl_set_bool(m, "ada_pertama_informatif_nama", named);
    free(text);
    free(list);
    return cut || !named;
}

/* The press contact; each part may be missing. */
static void set_contact(tpl_map *m, const kip_contact *k)
{
    const char *parts[][2] = {
        {"kontak_nama", k->nama}, {"kontak_telepon", k->telepon}, {"kontak_surel", k->surel}};
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

/* The chair's quote, ready to stand before "kata ...": without the quote
 * marks the clerk may have typed, its final full stop a comma (as a
 * quoted sentence ends in Indonesian: "…," kata Ketua); a question or an
 * exclamation keeps its mark. */
static void set_quote(tpl_map *m, const kip_event *e)
{
    const kip_quote *q = &e->kutipan;
    tpl_set_bool(m, "ada_kutipan", q->teks != NULL);
    tpl_set_text(m, "kutipan_nama", q->nama ? q->nama : e->penandatangan_nama);
    tpl_set_text(m, "kutipan_jabatan", q->jabatan ? q->jabatan : e->penandatangan_jabatan);
    if (!q->teks) {
        tpl_set_text(m, "kutipan", "");
        return;
    }
    static const char *const marks[] = {"\"", "\u201c", "\u201d", "'"};
    const char *s = q->teks;
    size_t len = strlen(s);
    for (bool cut = true; cut;) {
        cut = false;
        while (len > 0 && (s[0] == ' ' || s[len - 1] == ' ')) {
            if (s[0] == ' ')
                s++, len--;
            else
                len--;
        }
        for (size_t k = 0; k < 4; k++) {
            size_t n = strlen(marks[k]);
            if (len >= n && strncmp(s, marks[k], n) == 0)
                s += n, len -= n, cut = true;
            if (len >= n && strncmp(s + len - n, marks[k], n) == 0)
                len -= n, cut = true;
        }
    }
    if (len == 0) { /* nothing but quote marks */
        tpl_set_bool(m, "ada_kutipan", false);
        tpl_set_text(m, "kutipan", "");
        return;
    }
    char *text = xstrndup(s, len);
    if (len > 0 && text[len - 1] == '.')
        text[len - 1] = ',';
    else if (len > 0 && text[len - 1] != ',' && text[len - 1] != '?' && text[len - 1] != '!') {
        char *t = xasprintf("%s,", text);
        free(text);
        text = t;
    }
    tpl_set_text(m, "kutipan", text);
    free(text);
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
    size_t more_top, more_none;
    char *text = names_text(r, s, false, &more_top);
    tpl_set_text(m, "informatif_teks", text);
    set_more(m, "informatif", more_top);
    free(text);
    text = names_text(r, s, true, &more_none);
    tpl_set_text(m, "tidak_mengisi_teks", text);
    set_more(m, "tidak_mengisi", more_none);
    free(text);
    set_movement(m, &s->movement);
    size_t more_movers = mover_lists(m, r, s->first, s->count);
    bool named = move_groups(m, r, s->first, s->count);
    bool cut = history_lists(m, r, s->first, s->count);
    /* any list cut short: the template says where the full ones are */
    tpl_set_bool(m, "ada_diringkas", more_top + more_none + more_movers > 0 || !named || cut);
}

/* The round's own data: everything but the categories. */
static tpl_map *round_data(const kip_round *r)
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
    set_quote(m, e);
    /* where the full lists are */
    tpl_set_textf(m, "berkas_lampiran", "lampiran-keputusan-%d.pdf", e->tahun);
    tpl_set_textf(m, "berkas_buku_kerja", "peringkat-%d.xlsx", e->tahun);
    tpl_set_text(m, "situs", e->situs ? e->situs : "");
    tpl_set_bool(m, "ada_situs", e->situs != NULL);
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

    return m;
}

tpl_map *press_data(const kip_round *r)
{
    const kip_event *e = r->event;
    tpl_map *m = round_data(r);
    tpl_list *cats = tpl_set_list(m, "kategori");
    for (size_t c = 0; c < e->n_categories; c++)
        category_item(tpl_list_add(cats), r, c);
    if (e->n_categories > 0)
        category_item(tpl_list_proto(cats), r, 0);
    /* the round's movers (after the categories: a name known in several
     * lists is told as known in the categories' first) */
    size_t more_movers = mover_lists(m, r, 0, r->n_bodies);
    bool named = move_groups(m, r, 0, r->n_bodies);
    bool cut = history_lists(m, r, 0, r->n_bodies);
    tpl_set_bool(m, "ada_diringkas", more_movers > 0 || !named || cut);
    return m;
}

tpl_map *fact_data(const kip_round *r, size_t c)
{
    tpl_map *m = round_data(r);
    category_item(m, r, c); /* the category's names replace the round's */
    return m;
}

/* The template rendered with `data` (freed here), its lines checked for
 * the layout. */
static char *render(tpl_map *data, const tpl *t, problems *pr)
{
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

char *press_render(const kip_round *r, const tpl *t, problems *pr)
{
    return render(press_data(r), t, pr);
}

char *fact_render(const kip_round *r, size_t c, const tpl *t, problems *pr)
{
    return render(fact_data(r, c), t, pr);
}
