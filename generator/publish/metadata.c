#include "metadata.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>

#include "columns.h"
#include "labels.h"
#include "output.h"
#include "util.h"

/* The year last year's columns are from. */
static int previous_year(const kip_round *r)
{
    return r->previous_year > 0 ? r->previous_year : r->event->tahun - 1;
}

/* What a column holds, in Indonesian (caller frees). */
static char *describe(const kip_round *r, const column *c)
{
    const kip_event *e = r->event;
    switch (c->kind) {
    case COL_CATEGORY:
        return xstrdup(W_META_COL_CATEGORY);
    case COL_RANK:
        return xstrdup(W_META_COL_RANK);
    case COL_ID:
        return xstrdup(W_META_COL_ID);
    case COL_NAME:
        return xstrdup(W_META_COL_NAME);
    case COL_SCORE:
        return xstrdup(W_META_COL_SCORE);
    case COL_BAND:
        return xstrdup(W_META_COL_BAND);
    case COL_REGION:
        return xstrdup(W_META_COL_REGION);
    case COL_STAGE: {
        const kip_part *p = &e->stages[c->part];
        char weight[32];
        if (p->bobot <= 0)
            return xasprintf(W_META_COL_STAGE_NO_WEIGHT, p->nama);
        score_format_id(p->bobot, weight, sizeof weight);
        return xasprintf(W_META_COL_STAGE, p->nama, weight);
    }
    case COL_INDICATOR:
        return xasprintf(W_META_COL_INDICATOR, e->indicators[c->part].nama);
    case COL_STATUS:
        return xstrdup(W_META_COL_STATUS);
    case COL_PREV_SCORE:
        return xasprintf(W_META_COL_PREV_SCORE, previous_year(r));
    case COL_PREV_BAND:
        return xasprintf(W_META_COL_PREV_BAND, previous_year(r));
    case COL_CHANGE:
        return xasprintf(W_META_COL_CHANGE, previous_year(r));
    case COL_COLOR:
        return xstrdup(W_META_COL_COLOR);
    case COL_CERTIFICATES:
        return xstrdup(W_META_COL_CERTIFICATES);
    }
    return xstrdup("");
}

static void add_file(cJSON *list, char *name, const char *format)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "nama", name);
    cJSON_AddStringToObject(o, "format", format);
    cJSON_AddItemToArray(list, o);
    free(name);
}

bool metadata_write(const kip_round *r, const char *path, char **error)
{
    const kip_event *e = r->event;
    cJSON *root = cJSON_CreateObject();
    char *title = xasprintf(W_META_TITLE, e->tahun, e->penyelenggara);
    char *about = xasprintf(W_META_DESCRIBES, e->tahun, e->penyelenggara);
    char date[16];
    snprintf(date, sizeof date, "%04d-%02d-%02d", e->tanggal.year, e->tanggal.month,
             e->tanggal.day);
    cJSON_AddStringToObject(root, "judul", title);
    cJSON_AddStringToObject(root, "deskripsi", about);
    cJSON_AddStringToObject(root, "produsen", e->penyelenggara);
    cJSON_AddNumberToObject(root, "periode", e->tahun);
    cJSON_AddStringToObject(root, "tanggal", date);
    cJSON_AddStringToObject(root, "lisensi", W_META_LICENCE);
    cJSON_AddStringToObject(root, "frekuensi", W_META_FREQUENCY);
    cJSON_AddStringToObject(root, "bahasa", "id");
    free(title);
    free(about);

    cJSON *files = cJSON_AddArrayToObject(root, "berkas");
    add_file(files, xasprintf("peringkat-%d.csv", e->tahun), "CSV");
    add_file(files, xasprintf("peringkat-%d.json", e->tahun), "JSON");
    add_file(files, xasprintf("peringkat-%d.xlsx", e->tahun), "XLSX");
    cJSON *csv = cJSON_AddObjectToObject(root, "format_csv");
    cJSON_AddStringToObject(csv, "pengodean", "UTF-8");
    cJSON_AddStringToObject(csv, "pemisah", ",");
    cJSON_AddStringToObject(csv, "desimal", ".");
    cJSON_AddBoolToObject(csv, "baris_judul", true);

    column_list cols = columns_of(r);
    cJSON *list = cJSON_AddArrayToObject(root, "kolom");
    for (size_t k = 0; k < cols.n; k++) {
        const column *c = &cols.cols[k];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "nama", c->name);
        cJSON_AddStringToObject(o, "tipe",
                                c->type == COLUMN_TEXT      ? W_META_TEXT
                                : c->type == COLUMN_INTEGER ? W_META_INTEGER
                                                            : W_META_DECIMAL);
        cJSON_AddStringToObject(o, "satuan",
                                c->type == COLUMN_TEXT      ? W_META_NO_UNIT
                                : c->type == COLUMN_INTEGER ? W_META_UNIT_RANK
                                                            : W_META_UNIT_POINTS);
        char *text = describe(r, c);
        cJSON_AddStringToObject(o, "deskripsi", text);
        free(text);
        cJSON_AddItemToArray(list, o);
    }
    columns_free(&cols);

    char *out = cJSON_Print(root);
    cJSON_Delete(root);
    bool ok = output_write_text(path, out, error);
    free(out);
    return ok;
}
