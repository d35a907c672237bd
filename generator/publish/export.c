#include "export.h"

#include <cjson/cJSON.h>
#include <csv.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "columns.h"
#include "json.h"
#include "labels.h"
#include "output.h"
#include "util.h"

/* A CSV dialect: the delimiter and the line end. */
typedef struct {
    char sep;
    const char *eol;
} dialect;

/* For websites: comma, LF. */
static const dialect WEB = {',', "\n"};
/* For a clerk's spreadsheet in an Indonesian locale: semicolon, CRLF (and
 * a BOM, and decimal commas, written by the caller). */
static const dialect SHEET = {';', "\r\n"};

/* One CSV field: quoted by libcsv only when it holds the delimiter, a
 * quote or a line break. */
static void put_field_in(FILE *f, const dialect *d, const char *s, bool last)
{
    char special[] = {d->sep, '"', '\r', '\n', '\0'};
    if (strpbrk(s, special))
        csv_fwrite(f, s, strlen(s));
    else
        fputs(s, f);
    if (last)
        fputs(d->eol, f);
    else
        fputc(d->sep, f);
}

static void put_field(FILE *f, const char *s, bool last)
{
    put_field_in(f, &WEB, s, last);
}

bool export_csv_write(const kip_round *r, const char *path, char **error)
{
    FILE *f = output_fopen_said(path, error);
    if (!f)
        return false;
    column_list cols = columns_of(r);
    for (size_t k = 0; k < cols.n; k++)
        put_field(f, cols.cols[k].name, k + 1 == cols.n);
    for (size_t i = 0; i < r->n_bodies; i++) {
        for (size_t k = 0; k < cols.n; k++) {
            char *cell = column_text(r, cols.cols[k].kind, cols.cols[k].part, i);
            put_field(f, cell, k + 1 == cols.n);
            free(cell);
        }
    }
    columns_free(&cols);
    return output_fclose(f, path, error);
}

/* A number of hundredths as its exact decimal text ("91.50"), not
 * through a double. */
static void add_score(cJSON *o, const char *key, bool has, score_t v)
{
    char text[32];
    if (has)
        cJSON_AddRawToObject(o, key, score_format_point(v, text, sizeof text));
    else
        cJSON_AddNullToObject(o, key);
}

static void add_text_or_null(cJSON *o, const char *key, const char *text)
{
    if (text)
        cJSON_AddStringToObject(o, key, text);
    else
        cJSON_AddNullToObject(o, key);
}

/* The scores of one kind of part, keyed by the part's code. */
static void add_parts(cJSON *o, const char *key, const kip_round *r, size_t body, column_kind kind,
                      const kip_part *parts, size_t n)
{
    cJSON *obj = cJSON_AddObjectToObject(o, key);
    for (size_t p = 0; p < n; p++) {
        long long v;
        bool has = column_number(r, kind, p, body, &v);
        add_score(obj, parts[p].kode, has, v);
    }
}

/* The parts' definitions: code, name and weight (null when not given). */
static void add_part_list(cJSON *root, const char *key, const kip_part *parts, size_t n)
{
    cJSON *list = cJSON_AddArrayToObject(root, key);
    for (size_t p = 0; p < n; p++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "kode", parts[p].kode);
        cJSON_AddStringToObject(o, "nama", parts[p].nama);
        add_score(o, "bobot", parts[p].bobot > 0, parts[p].bobot);
        cJSON_AddItemToArray(list, o);
    }
}

/* One body's entry of the ranking. */
static cJSON *body_entry(const kip_round *r, size_t i)
{
    const kip_event *e = r->event;
    char text[64];
    const kip_body *b = &r->bodies[i];
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "kategori", e->categories[b->category].kode);
    if (b->rank > 0)
        cJSON_AddNumberToObject(o, "peringkat", b->rank);
    else
        cJSON_AddNullToObject(o, "peringkat");
    cJSON_AddStringToObject(o, "id", b->id);
    cJSON_AddStringToObject(o, "nama", b->nama);
    add_score(o, "nilai", b->status == KIP_DINILAI, b->score);
    cJSON_AddStringToObject(o, "kualifikasi", e->bands[b->band].nama);
    if (b->status != KIP_DINILAI)
        cJSON_AddStringToObject(o, "catatan", LABEL_NO_SAQ);
    add_text_or_null(o, "wilayah", b->wilayah);
    add_text_or_null(o, "pimpinan", b->pimpinan);
    add_parts(o, "tahapan", r, i, COL_STAGE, e->stages, e->n_stages);
    add_parts(o, "indikator", r, i, COL_INDICATOR, e->indicators, e->n_indicators);
    cJSON_AddStringToObject(o, "status", column_status_words(b->status));
    add_score(o, "nilai_sebelumnya", b->has_previous, b->previous);
    add_text_or_null(o, "kualifikasi_sebelumnya", b->has_previous ? b->previous_band_name : NULL);
    add_score(o, "perubahan", b->move != KIP_MOVE_NONE, b->change);
    cJSON_AddStringToObject(o, "warna",
                            column_color_hex(e->bands[b->band].color, text, sizeof text));
    cJSON *years = cJSON_AddArrayToObject(o, "riwayat");
    for (size_t k = 0; k < b->n_history; k++) {
        const kip_year *y = &b->history[k];
        cJSON *item = cJSON_CreateObject();
        cJSON_AddNumberToObject(item, "tahun", y->tahun);
        add_score(item, "nilai", y->has_nilai, y->nilai);
        cJSON_AddStringToObject(item, "kualifikasi", y->kualifikasi);
        cJSON_AddItemToArray(years, item);
    }
    char **numbers;
    size_t n = column_certificates(r, i, &numbers);
    cJSON *certs = cJSON_AddArrayToObject(o, "nomor_piagam");
    for (size_t k = 0; k < n; k++) {
        cJSON_AddItemToArray(certs, cJSON_CreateString(numbers[k]));
        free(numbers[k]);
    }
    free(numbers);
    return o;
}

bool export_json_write(const kip_round *r, const char *path, char **error)
{
    const kip_event *e = r->event;
    char text[64];
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "judul", e->judul);
    cJSON_AddNumberToObject(root, "tahun", e->tahun);
    cJSON_AddStringToObject(root, "penyelenggara", e->penyelenggara);
    snprintf(text, sizeof text, "%04d-%02d-%02d", e->tanggal.year, e->tanggal.month,
             e->tanggal.day);
    cJSON_AddStringToObject(root, "tanggal", text);
    if (r->previous_year > 0)
        cJSON_AddNumberToObject(root, "tahun_sebelumnya", r->previous_year);
    else
        cJSON_AddNullToObject(root, "tahun_sebelumnya");
    cJSON *cats = cJSON_AddArrayToObject(root, "kategori");
    for (size_t c = 0; c < e->n_categories; c++) {
        cJSON *cat = cJSON_CreateObject();
        cJSON_AddStringToObject(cat, "kode", e->categories[c].kode);
        cJSON_AddStringToObject(cat, "nama", e->categories[c].nama);
        cJSON_AddItemToArray(cats, cat);
    }
    cJSON *bands = cJSON_AddArrayToObject(root, "kualifikasi");
    for (size_t b = 0; b < e->n_bands; b++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "nama", e->bands[b].nama);
        add_score(o, "min", true, e->bands[b].min);
        cJSON_AddStringToObject(o, "warna", column_color_hex(e->bands[b].color, text, sizeof text));
        cJSON_AddItemToArray(bands, o);
    }
    add_part_list(root, "tahapan", e->stages, e->n_stages);
    add_part_list(root, "indikator", e->indicators, e->n_indicators);
    /* the ranking, the last member, is written a body at a time: the
     * document printed with it empty, then each body printed alone and
     * indented as it would be inside (two levels), so that memory holds
     * one body's entry, not the round's */
    FILE *f = output_fopen_said(path, error);
    if (!f) {
        cJSON_Delete(root);
        return false;
    }
    json_list_begin(f, root, "peringkat");
    for (size_t i = 0; i < r->n_bodies; i++)
        json_list_item(f, body_entry(r, i), i);
    json_list_end(f);
    return output_fclose(f, path, error);
}

bool export_register_write(const kip_round *r, const char *path, char **error)
{
    FILE *f = output_fopen_said(path, error);
    if (!f)
        return false;
    const kip_event *e = r->event;
    fputs("\xEF\xBB\xBF", f);
    const char *head[] = {"nomor", "penghargaan", "kategori", "id", "nama", "nilai"};
    for (size_t i = 0; i < 6; i++)
        put_field_in(f, &SHEET, head[i], i == 5);
    for (size_t k = 0; k < r->n_certificates; k++) {
        const kip_certificate *c = &r->certificates[k];
        const kip_body *b = &r->bodies[c->body];
        char nomor[32], score[32] = "";
        snprintf(nomor, sizeof nomor, "%d", c->urut);
        if (b->status == KIP_DINILAI)
            score_format_id(b->score, score, sizeof score);
        put_field_in(f, &SHEET, c->nomor ? c->nomor : nomor, false);
        put_field_in(f, &SHEET, e->awards[c->award].nama, false);
        put_field_in(f, &SHEET, e->categories[b->category].nama, false);
        put_field_in(f, &SHEET, b->id, false);
        put_field_in(f, &SHEET, b->nama, false);
        put_field_in(f, &SHEET, score, true);
    }
    return output_fclose(f, path, error);
}
