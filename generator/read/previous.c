#include "previous.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "json.h"
#include "labels.h"
#include "manifest.h"
#include "text.h"
#include "util.h"

/* A qualification's name as it will be printed: 1 to 100 bytes that the
 * PDFs can print. */
static bool printable_name(const char *s)
{
    size_t len = strlen(s), bad;
    if (len == 0 || len > 100 || !utf8_valid(s, len, &bad) || strchr(s, '\n'))
        return false;
    char *cp = utf8_to_cp1252(s, NULL);
    bool ok = cp != NULL;
    free(cp);
    return ok;
}

static int text_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int id_cmp(const void *a, const void *b)
{
    return strcmp((*(kip_body *const *)a)->id, (*(kip_body *const *)b)->id);
}

/* The archive's own year for one of its rows: its score (none for a body
 * that did not return the SAQ) and qualification, checked.  Reports and
 * returns false when they are unusable. */
typedef struct {
    int tahun;
    bool has_nilai;
    score_t nilai;
    const char *kualifikasi; /* borrowed from the JSON; NULL: not given */
} year_entry;

/* A score of the archive: the export writes two decimals, so the double's
 * rounding is exact. */
static bool archived_score(const cJSON *v, score_t *out)
{
    return score_from_double(v->valuedouble, out) && *out >= 0 && *out <= 10000;
}

static bool row_year(const cJSON *row, int year, const char *path, const char *id, problems *pr,
                     year_entry *out)
{
    const cJSON *nilai = cJSON_GetObjectItemCaseSensitive(row, "nilai");
    const cJSON *band = cJSON_GetObjectItemCaseSensitive(row, "kualifikasi");
    *out = (year_entry){year, false, 0, NULL};
    if (cJSON_IsNumber(nilai)) {
        if (!archived_score(nilai, &out->nilai)) {
            problems_add(pr, path, 0, W_PREV_SCORE_BAD, id);
            return false;
        }
        out->has_nilai = true;
    }
    if (cJSON_IsString(band)) {
        if (!printable_name(band->valuestring)) {
            problems_add(pr, path, 0, W_PREV_BAND_BAD, id);
            return false;
        }
        out->kualifikasi = band->valuestring;
    }
    return true;
}

static void history_add(kip_body *b, const year_entry *y)
{
    kip_year *h = &b->history[b->n_history++];
    *h = (kip_year){y->tahun, y->has_nilai, y->nilai,
                    y->kualifikasi ? xstrdup(y->kualifikasi) : NULL, 0};
}

/* The body's history from its archived row: the row's `riwayat` when it has
 * one (oldest first, at most KIP_MAX_HISTORY years, each a year up to the
 * archive's own), which then ends with the archive's own year; else that
 * year alone. */
static void take_history(const cJSON *row, const year_entry *own, const char *path, const char *id,
                         kip_body *b, problems *pr)
{
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(row, "riwayat");
    int size = cJSON_IsArray(list) ? cJSON_GetArraySize(list) : 0;
    if (list && !cJSON_IsArray(list) && !cJSON_IsNull(list)) {
        problems_add(pr, path, 0, W_PREV_HISTORY_NOT_LIST, id);
        return;
    }
    if (size > KIP_MAX_HISTORY) {
        problems_add(pr, path, 0, W_PREV_HISTORY_TOO_LONG, id, size, KIP_MAX_HISTORY);
        return;
    }
    b->history = xcalloc((size_t)size + 1, sizeof(kip_year));
    const cJSON *item;
    int last = 0;
    size_t errors = problems_count(pr);
    const cJSON *from = size > 0 ? list : NULL;
    cJSON_ArrayForEach(item, from)
    {
        const cJSON *tahun = cJSON_GetObjectItemCaseSensitive(item, "tahun");
        double t = cJSON_IsNumber(tahun) ? tahun->valuedouble : 0;
        if (t < 1900 || t > own->tahun || t != (double)(int)t || (int)t <= last) {
            problems_add(pr, path, 0, W_PREV_HISTORY_YEARS, id, own->tahun);
            break;
        }
        last = (int)t;
        year_entry y;
        if (!row_year(item, last, path, id, pr, &y))
            break;
        if (last == own->tahun)
            y = *own; /* the row itself says what the archive's year was */
        history_add(b, &y);
    }
    if (problems_count(pr) > errors)
        return; /* the build stops: what was taken is freed with the body */
    if (last != own->tahun)
        history_add(b, own);
}

int previous_apply(const char *dir, const char *scores_path, int this_year, kip_body *bodies,
                   size_t n, problems *pr)
{
    problems *check = problems_new();
    long checked = manifest_check(dir, check);
    if (checked < 0 || problems_count(check) > 0) {
        problems_add(pr, dir, 0, W_PREV_NOT_WHOLE, dir,
                     problems_count(check) ? problems_get(check, 0) : "");
        problems_free(check);
        return 0;
    }
    problems_free(check);

    if (manifest_status(dir) == 1) {
        problems_add(pr, dir, 0, W_PREV_DRAFT);
        return 0;
    }
    int year = manifest_year(dir);
    if (year == 0) {
        problems_add(pr, dir, 0, W_PREV_NO_YEAR);
        return 0;
    }
    if (this_year > 0 && year >= this_year) {
        problems_add(pr, dir, 0, W_PREV_NOT_EARLIER, year, this_year);
        return 0;
    }
    char *path = xasprintf("%s/peringkat-%d.json", dir, year);
    size_t len;
    size_t errors = problems_count(pr);
    char *text =
        input_read_flags(path, W_PREV_RANKING, INPUT_NO_LINK, MANIFEST_MAX_BYTES, pr, &len);
    cJSON *root =
        text && json_check_bound(text, len, path, pr) ? cJSON_ParseWithLength(text, len) : NULL;
    const cJSON *rows = cJSON_GetObjectItemCaseSensitive(root, "peringkat");
    bool ok = cJSON_IsArray(rows);
    if (!ok && problems_count(pr) == errors)
        problems_add(pr, path, 0, W_PREV_RANKING_UNREADABLE);

    /* a body twice in the archive (a forged one: this program writes
     * each once) is said of the archive, before its rows are compared
     * with the scores file's */
    if (ok) {
        size_t n_rows = (size_t)cJSON_GetArraySize(rows), n_ids = 0;
        const char **ids = xcalloc(n_rows ? n_rows : 1, sizeof(char *));
        const cJSON *r;
        cJSON_ArrayForEach(r, rows)
        {
            const cJSON *id = cJSON_GetObjectItemCaseSensitive(r, "id");
            if (cJSON_IsString(id))
                ids[n_ids++] = id->valuestring;
        }
        if (n_ids > 1)
            qsort(ids, n_ids, sizeof(char *), text_cmp);
        for (size_t i = 1; i < n_ids && ok; i++)
            if (strcmp(ids[i - 1], ids[i]) == 0) {
                problems_add(pr, path, 0, W_PREV_ID_TWICE, ids[i]);
                ok = false;
            }
        free(ids);
    }

    /* the bodies by id, to find each archived row quickly */
    kip_body **sorted = xcalloc(n ? n : 1, sizeof(kip_body *));
    for (size_t i = 0; i < n; i++)
        sorted[i] = &bodies[i];
    qsort(sorted, n, sizeof(kip_body *), id_cmp);
    const cJSON *row;
    const cJSON *all = ok ? rows : NULL;
    cJSON_ArrayForEach(row, all)
    {
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(row, "id");
        if (!cJSON_IsString(id))
            continue;
        kip_body key = {.id = id->valuestring}, *kp = &key;
        kip_body **found = bsearch(&kp, sorted, n, sizeof(kip_body *), id_cmp);
        kip_body *b = found ? *found : NULL;
        year_entry own;
        if (!row_year(row, year, path, id->valuestring, pr, &own))
            continue;
        if (b && !b->history)
            take_history(row, &own, path, id->valuestring, b, pr);
        if (!own.has_nilai || !b)
            continue; /* unranked last year: no score to compare */
        score_t prev = own.nilai;
        const char *band = own.kualifikasi;
        if (b->has_previous && b->previous != prev) {
            char a[32], c[32];
#define DIFFERS W_PREV_SCORE_DIFFERS
            score_format_id(b->previous, a, sizeof a);
            score_format_id(prev, c, sizeof c);
            /* a workbook's row is named by its id cell */
            if (b->place)
                problems_add_at(pr, scores_path, b->line, b->place, DIFFERS, a, c, path);
            else
                problems_add(pr, scores_path, b->line, DIFFERS, a, c, path);
#undef DIFFERS
        } else {
            b->has_previous = true;
            b->previous = prev;
            free(b->previous_band);
            b->previous_band = band ? xstrdup(band) : NULL;
        }
    }
    free(sorted);
    cJSON_Delete(root);
    free(text);
    free(path);
    return ok ? year : 0;
}
