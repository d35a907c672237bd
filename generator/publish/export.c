#include "export.h"

#include <cjson/cJSON.h>
#include <csv.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

static bool finish(FILE *f, const char *path, char **error)
{
    bool bad = ferror(f) != 0;
    if (fclose(f) != 0)
        bad = true;
    if (bad)
        *error = xasprintf("%s tidak dapat ditulis: %s", path, label_errno(errno));
    return !bad;
}

bool export_csv_write(const kip_round *r, const char *path, char **error)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        *error = xasprintf("%s tidak dapat dibuat: %s", path, label_errno(errno));
        return false;
    }
    fputs("kategori,peringkat,id,nama,nilai,kualifikasi\n", f);
    for (size_t i = 0; i < r->n_bodies; i++) {
        const kip_body *b = &r->bodies[i];
        char rank[16] = "", score[32] = "";
        if (b->rank > 0)
            snprintf(rank, sizeof rank, "%d", b->rank);
        if (b->status == KIP_DINILAI)
            score_format_point(b->score, score, sizeof score);
        put_field(f, r->event->categories[b->category].kode, false);
        put_field(f, rank, false);
        put_field(f, b->id, false);
        put_field(f, b->nama, false);
        put_field(f, score, false);
        put_field(f, r->event->bands[b->band].nama, true);
    }
    return finish(f, path, error);
}

bool export_json_write(const kip_round *r, const char *path, char **error)
{
    const kip_event *e = r->event;
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "judul", e->judul);
    cJSON_AddNumberToObject(root, "tahun", e->tahun);
    cJSON_AddStringToObject(root, "penyelenggara", e->penyelenggara);
    cJSON *cats = cJSON_AddArrayToObject(root, "kategori");
    for (size_t c = 0; c < e->n_categories; c++) {
        cJSON *cat = cJSON_CreateObject();
        cJSON_AddStringToObject(cat, "kode", e->categories[c].kode);
        cJSON_AddStringToObject(cat, "nama", e->categories[c].nama);
        cJSON_AddItemToArray(cats, cat);
    }
    cJSON *rows = cJSON_AddArrayToObject(root, "peringkat");
    for (size_t i = 0; i < r->n_bodies; i++) {
        const kip_body *b = &r->bodies[i];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "kategori", e->categories[b->category].kode);
        if (b->rank > 0)
            cJSON_AddNumberToObject(o, "peringkat", b->rank);
        else
            cJSON_AddNullToObject(o, "peringkat");
        cJSON_AddStringToObject(o, "id", b->id);
        cJSON_AddStringToObject(o, "nama", b->nama);
        if (b->status == KIP_DINILAI) {
            char score[32];
            /* Written as the exact decimal text, not through a double. */
            cJSON_AddRawToObject(o, "nilai", score_format_point(b->score, score, sizeof score));
        } else {
            cJSON_AddNullToObject(o, "nilai");
        }
        cJSON_AddStringToObject(o, "kualifikasi", e->bands[b->band].nama);
        if (b->status != KIP_DINILAI)
            cJSON_AddStringToObject(o, "catatan", LABEL_NO_SAQ);
        cJSON_AddItemToArray(rows, o);
    }
    char *text = cJSON_Print(root);
    cJSON_Delete(root);
    bool ok = output_write_text(path, text, error);
    free(text);
    return ok;
}

bool export_register_write(const kip_round *r, const char *path, char **error)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        *error = xasprintf("%s tidak dapat dibuat: %s", path, label_errno(errno));
        return false;
    }
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
    return finish(f, path, error);
}
