#include "previous.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"
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

static int id_cmp(const void *a, const void *b)
{
    return strcmp((*(kip_body *const *)a)->id, (*(kip_body *const *)b)->id);
}

int previous_apply(const char *dir, const char *scores_path, int this_year, kip_body *bodies,
                   size_t n, problems *pr)
{
    problems *check = problems_new();
    long checked = manifest_check(dir, check);
    if (checked < 0 || problems_count(check) > 0) {
        problems_add(pr, dir, 0,
                     "arsip tahun lalu tidak utuh, jadi tidak dipakai; periksa dengan "
                     "'anugerah verify %s' (%s)",
                     dir, problems_count(check) ? problems_get(check, 0) : "");
        problems_free(check);
        return 0;
    }
    problems_free(check);

    if (manifest_status(dir) == 1) {
        problems_add(pr, dir, 0,
                     "arsip --previous adalah hasil DRAF untuk masa sanggah, bukan hasil final; "
                     "pakai folder hasil final tahun itu");
        return 0;
    }
    int year = manifest_year(dir);
    if (year == 0) {
        problems_add(pr, dir, 0,
                     "arsip --previous tidak mencantumkan tahun yang sah (1900 sampai 9999) di "
                     "manifest.json-nya");
        return 0;
    }
    if (this_year > 0 && year >= this_year) {
        problems_add(pr, dir, 0,
                     "arsip --previous adalah hasil tahun %d, tidak lebih awal dari tahun %d "
                     "putaran ini; pilih folder hasil tahun sebelumnya",
                     year, this_year);
        return 0;
    }
    char *path = xasprintf("%s/peringkat-%d.json", dir, year);
    size_t len;
    size_t errors = problems_count(pr);
    char *text =
        input_read_flags(path, "peringkat tahun lalu", INPUT_NO_LINK, MANIFEST_MAX_BYTES, pr, &len);
    cJSON *root = text ? cJSON_ParseWithLength(text, len) : NULL;
    const cJSON *rows = cJSON_GetObjectItemCaseSensitive(root, "peringkat");
    bool ok = cJSON_IsArray(rows);
    if (!ok && problems_count(pr) == errors)
        problems_add(pr, path, 0, "peringkat tahun lalu tidak dapat dibaca");

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
        const cJSON *nilai = cJSON_GetObjectItemCaseSensitive(row, "nilai");
        const cJSON *band = cJSON_GetObjectItemCaseSensitive(row, "kualifikasi");
        if (!cJSON_IsString(id) || !cJSON_IsNumber(nilai))
            continue; /* unranked last year: no score to compare */
        /* the export writes two decimals: the double's rounding is exact */
        score_t prev;
        if (!score_from_double(nilai->valuedouble, &prev) || prev < 0 || prev > 10000) {
            problems_add(pr, path, 0,
                         "nilai badan publik \"%.64s\" di arsip bukan nilai 0 sampai 100 dengan "
                         "paling banyak dua desimal",
                         id->valuestring);
            continue;
        }
        if (cJSON_IsString(band) && !printable_name(band->valuestring)) {
            problems_add(pr, path, 0,
                         "kualifikasi badan publik \"%.64s\" di arsip bukan nama yang dapat "
                         "dicetak (kosong, lebih dari 100 karakter, atau memuat karakter yang "
                         "tidak dapat dicetak)",
                         id->valuestring);
            continue;
        }
        kip_body key = {.id = id->valuestring}, *kp = &key;
        kip_body **found = bsearch(&kp, sorted, n, sizeof(kip_body *), id_cmp);
        if (found) {
            kip_body *b = *found;
            if (b->has_previous && b->previous != prev) {
                char a[32], c[32];
#define DIFFERS                                                                                    \
    "nilai_sebelumnya %s berbeda dengan arsip tahun lalu (%s di %s); kosongkan kolom itu atau "    \
    "perbaiki"
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
                b->previous_band = cJSON_IsString(band) ? xstrdup(band->valuestring) : NULL;
            }
        }
    }
    free(sorted);
    cJSON_Delete(root);
    free(text);
    free(path);
    return ok ? year : 0;
}
