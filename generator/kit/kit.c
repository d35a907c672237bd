#include "kit.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <xlsxwriter.h>

#include "build.h"
#include "decimal.h"
#include "event.h"
#include "filename.h"
#include "image.h"
#include "input.h"
#include "json.h"
#include "labels.h"
#include "manifest.h"
#include "output.h"
#include "scores.h"
#include "sources.h"
#include "text.h"
#include "util.h"

/* Bounds on what an archive may hand the kit. */
#define KIT_MAX_CATEGORIES 100
#define KIT_MAX_BANDS 20
#define KIT_MAX_PARTS 100

typedef struct {
    char *kode, *nama;
} kit_category;

typedef struct {
    char *nama;
    score_t min;
    char *warna; /* "#RRGGBB" or NULL */
} kit_band;

typedef struct {
    char *kode, *nama;
    bool has_bobot;
    score_t bobot;
} kit_part;

typedef struct {
    char *id, *nama, *wilayah, *pimpinan;
    size_t category;
} kit_body;

/* An image of last year's round, copied from the archive's masukan/gambar/
 * into the kit's gambar/. */
typedef struct {
    char *name; /* as in masukan/gambar/: "logo-1.png", "tanda-tangan.jpg" */
    char *bytes;
    size_t len;
} kit_image;

/* What the new round starts from: last year's archive, or the national
 * defaults. */
typedef struct {
    int year; /* the archive's year; 0 without one */
    char *judul, *penyelenggara;
    kip_date tanggal;
    kit_category *categories;
    size_t n_categories;
    kit_band *bands;
    size_t n_bands;
    kit_part *stages, *indicators;
    size_t n_stages, n_indicators;
    kit_body *bodies;
    size_t n_bodies;
    /* Last year's event as given (the archive's masukan/acara.json), or
     * NULL for an archive made before archives kept their inputs. */
    cJSON *event;
    kit_image *images;
    size_t n_images;
} kit_round;

static void round_free(kit_round *r)
{
    free(r->judul);
    free(r->penyelenggara);
    for (size_t i = 0; i < r->n_categories; i++) {
        free(r->categories[i].kode);
        free(r->categories[i].nama);
    }
    free(r->categories);
    for (size_t i = 0; i < r->n_bands; i++) {
        free(r->bands[i].nama);
        free(r->bands[i].warna);
    }
    free(r->bands);
    kit_part *lists[] = {r->stages, r->indicators};
    size_t counts[] = {r->n_stages, r->n_indicators};
    for (size_t l = 0; l < 2; l++) {
        for (size_t i = 0; i < counts[l]; i++) {
            free(lists[l][i].kode);
            free(lists[l][i].nama);
        }
        free(lists[l]);
    }
    for (size_t i = 0; i < r->n_bodies; i++) {
        free(r->bodies[i].id);
        free(r->bodies[i].nama);
        free(r->bodies[i].wilayah);
        free(r->bodies[i].pimpinan);
    }
    free(r->bodies);
    cJSON_Delete(r->event);
    for (size_t i = 0; i < r->n_images; i++) {
        free(r->images[i].name);
        free(r->images[i].bytes);
    }
    free(r->images);
}

/* ---- the national defaults (a kit without --dari) ---- */

static void add_category(kit_round *r, const char *kode, const char *nama)
{
    r->categories = xrealloc(r->categories, (r->n_categories + 1) * sizeof(kit_category));
    r->categories[r->n_categories++] = (kit_category){xstrdup(kode), xstrdup(nama)};
}

static void add_band(kit_round *r, const char *nama, int min)
{
    r->bands = xrealloc(r->bands, (r->n_bands + 1) * sizeof(kit_band));
    r->bands[r->n_bands++] = (kit_band){xstrdup(nama), (score_t)min * 100, NULL};
}

static void add_part(kit_part **parts, size_t *n, const char *kode, const char *nama, int bobot)
{
    *parts = xrealloc(*parts, (*n + 1) * sizeof(kit_part));
    (*parts)[(*n)++] = (kit_part){xstrdup(kode), xstrdup(nama), true, (score_t)bobot * 100};
}

/* The design card's five categories, the bands of Perki No. 1 Tahun 2022,
 * SAQ and site visit 80/20, and the national scheme's six indicators. */
static void national_defaults(kit_round *r)
{
    add_category(r, "opd", W_KIT_CAT_OPD);
    add_category(r, "pemda", W_KIT_CAT_PEMDA);
    add_category(r, "bumd", W_KIT_CAT_BUMD);
    add_category(r, "parpol", W_KIT_CAT_PARPOL);
    add_category(r, "lnsv", W_KIT_CAT_LNSV);
    add_band(r, W_EVENT_BAND_INFORMATIVE, 90);
    add_band(r, W_EVENT_BAND_TOWARDS, 80);
    add_band(r, W_EVENT_BAND_FAIRLY, 60);
    add_band(r, W_EVENT_BAND_LESS, 40);
    add_band(r, W_EVENT_BAND_NOT, 0);
    add_part(&r->stages, &r->n_stages, "saq", W_KIT_STAGE_SAQ, 80);
    add_part(&r->stages, &r->n_stages, "visitasi", W_KIT_STAGE_VISIT, 20);
    add_part(&r->indicators, &r->n_indicators, "jenis_informasi", W_KIT_IND_KINDS, 40);
    add_part(&r->indicators, &r->n_indicators, "digitalisasi", W_KIT_IND_DIGITAL, 20);
    add_part(&r->indicators, &r->n_indicators, "kualitas_informasi", W_KIT_IND_QUALITY, 10);
    add_part(&r->indicators, &r->n_indicators, "pelayanan_informasi", W_KIT_IND_SERVICE, 10);
    add_part(&r->indicators, &r->n_indicators, "komitmen_organisasi", W_KIT_IND_COMMITMENT, 10);
    add_part(&r->indicators, &r->n_indicators, "sarana_prasarana", W_KIT_IND_FACILITIES, 10);
}

/* ---- last year's archive ---- */

typedef struct {
    const char *path; /* the archive's peringkat-<tahun>.json */
    problems *pr;
} archive_reader;

/* A text of the archive: a string of 1 to `max` bytes of UTF-8 without a
 * line break (a copy), or NULL after a problem naming `what`.  Absent and
 * optional: NULL without a problem. */
static char *archive_text(archive_reader *a, const cJSON *obj, const char *key, size_t max,
                          bool required, const char *what)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!v || cJSON_IsNull(v)) {
        if (required)
            problems_add(a->pr, a->path, 0, W_KIT_ARCHIVE_MISSING, what, key);
        return NULL;
    }
    size_t len = cJSON_IsString(v) ? strlen(v->valuestring) : 0, bad;
    if (len == 0 || len > max || !utf8_valid(v->valuestring, len, &bad)
        || strpbrk(v->valuestring, "\r\n")) {
        problems_add(a->pr, a->path, 0, W_KIT_ARCHIVE_NOT_LINE, what, key, max);
        return NULL;
    }
    return xstrdup(v->valuestring);
}

/* A number 0 to 100 with at most two decimals, as hundredths. */
static bool archive_score(archive_reader *a, const cJSON *obj, const char *key, const char *what,
                          score_t *out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!cJSON_IsNumber(v) || !score_from_double(v->valuedouble, out) || *out < 0 || *out > 10000) {
        problems_add(a->pr, a->path, 0, W_KIT_ARCHIVE_NOT_SCORE, what, key);
        return false;
    }
    return true;
}

/* An array of 0..max items; NULL after a problem when it is not one. */
static const cJSON *archive_list(archive_reader *a, const cJSON *root, const char *key, size_t max,
                                 bool required)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, key);
    if (!v && !required)
        return NULL;
    if (!cJSON_IsArray(v) || (size_t)cJSON_GetArraySize(v) > max
        || (required && cJSON_GetArraySize(v) == 0)) {
        problems_add(a->pr, a->path, 0, W_KIT_ARCHIVE_NOT_LIST, key, required ? "" : W_KIT_ZERO_OR,
                     max);
        return NULL;
    }
    return v;
}

static void read_parts(archive_reader *a, const cJSON *root, const char *key, kit_part **out,
                       size_t *n)
{
    const cJSON *list = archive_list(a, root, key, KIT_MAX_PARTS, false), *item;
    cJSON_ArrayForEach(item, list)
    {
        char *kode = archive_text(a, item, "kode", 64, true, key);
        char *nama = archive_text(a, item, "nama", EVENT_MAX_TEXT, true, key);
        kit_part p = {kode, nama, false, 0};
        const cJSON *bobot = cJSON_GetObjectItemCaseSensitive(item, "bobot");
        if (bobot && !cJSON_IsNull(bobot))
            p.has_bobot = archive_score(a, item, "bobot", key, &p.bobot);
        if (!kode || !nama) {
            free(kode);
            free(nama);
            continue;
        }
        *out = xrealloc(*out, (*n + 1) * sizeof(kit_part));
        (*out)[(*n)++] = p;
    }
}

static size_t category_of(const kit_round *r, const char *kode)
{
    for (size_t i = 0; i < r->n_categories; i++)
        if (strcmp(r->categories[i].kode, kode) == 0)
            return i;
    return (size_t)-1;
}

static int text_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void read_bodies(archive_reader *a, const cJSON *root, kit_round *r)
{
    const cJSON *rows = archive_list(a, root, "peringkat", SCORES_MAX_BODIES, true), *row;
    size_t n = rows ? (size_t)cJSON_GetArraySize(rows) : 0;
    r->bodies = xcalloc(n ? n : 1, sizeof(kit_body));
    size_t shown = problems_count(a->pr);
    cJSON_ArrayForEach(row, rows)
    {
        if (problems_count(a->pr) > shown + 20)
            break; /* an archive this broken is not read to its end */
        kit_body b = {0};
        b.id = archive_text(a, row, "id", SCORES_MAX_FIELD, true, W_KIT_BODY_ID);
        b.nama = archive_text(a, row, "nama", SCORES_MAX_FIELD, true, W_KIT_BODY_NAME);
        char *kode = archive_text(a, row, "kategori", 64, true, W_KIT_BODY_CATEGORY);
        b.wilayah = archive_text(a, row, "wilayah", SCORES_MAX_FIELD, false, W_KIT_BODY_REGION);
        b.pimpinan = archive_text(a, row, "pimpinan", SCORES_MAX_FIELD, false, W_KIT_BODY_HEAD);
        b.category = kode ? category_of(r, kode) : (size_t)-1;
        if (kode && b.category == (size_t)-1)
            problems_add(a->pr, a->path, 0, W_KIT_BODY_CATEGORY_UNKNOWN, b.id ? b.id : "", kode);
        free(kode);
        if (!b.id || !b.nama || b.category == (size_t)-1) {
            free(b.id);
            free(b.nama);
            free(b.wilayah);
            free(b.pimpinan);
            continue;
        }
        r->bodies[r->n_bodies++] = b;
    }
    /* each body once (this program writes each once: a forged archive
     * would hand the clerk a template with a row twice) */
    const char **ids = xcalloc(r->n_bodies ? r->n_bodies : 1, sizeof(char *));
    for (size_t i = 0; i < r->n_bodies; i++)
        ids[i] = r->bodies[i].id;
    if (r->n_bodies > 1)
        qsort(ids, r->n_bodies, sizeof(char *), text_cmp);
    for (size_t i = 1; i < r->n_bodies; i++)
        if (strcmp(ids[i - 1], ids[i]) == 0 && (i < 2 || strcmp(ids[i - 2], ids[i]) != 0))
            problems_add(a->pr, a->path, 0, W_KIT_BODY_TWICE, ids[i]);
    free(ids);
}

/* Last year's event and images from the archive's copies of its inputs
 * (masukan/), when its manifest lists them: each read within its limit,
 * the images decoded to be sure they are images.  An archive that does not
 * list masukan/acara.json (made before archives kept their inputs) leaves
 * r->event NULL. */
static void read_inputs(const char *dir, kit_round *r, problems *pr)
{
    size_t n = 0;
    char **paths = manifest_paths(dir, &n);
    bool has_event = false;
    for (size_t i = 0; i < n; i++)
        has_event = has_event || strcmp(paths[i], SOURCES_EVENT) == 0;
    if (has_event) {
        char *path = xasprintf("%s/%s", dir, SOURCES_EVENT);
        size_t len, before = problems_count(pr);
        char *text =
            input_read_flags(path, W_KIT_LAST_EVENT, INPUT_NO_LINK, EVENT_MAX_BYTES, pr, &len);
        /* the reader's own checks (UTF-8, keys) come when the kit is built */
        size_t start = text && len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
        r->event = text && json_check_bound(text + start, len - start, path, pr)
                       ? cJSON_ParseWithLength(text + start, len - start)
                       : NULL;
        if (!cJSON_IsObject(r->event)) {
            if (problems_count(pr) == before)
                problems_add(pr, path, 0, W_KIT_LAST_EVENT_NOT_JSON);
            cJSON_Delete(r->event);
            r->event = NULL;
        }
        free(text);
        free(path);
    }
    const char *prefix = SOURCES_IMAGES "/";
    for (size_t i = 0; i < n && r->event; i++) {
        if (strncmp(paths[i], prefix, strlen(prefix)) != 0)
            continue;
        const char *name = paths[i] + strlen(prefix);
        if (!filename_ok(name, FILENAME_MAX_PART) || r->n_images >= 8)
            continue; /* not one this program writes */
        char *path = xasprintf("%s/%s", dir, paths[i]);
        size_t len;
        char *bytes =
            input_read_flags(path, W_KIT_LAST_IMAGE, INPUT_NO_LINK, IMAGE_MAX_BYTES, pr, &len);
        kip_image img;
        if (bytes
            && image_decode((const unsigned char *)bytes, len, W_KIT_LAST_IMAGE, path, 0, &img,
                            pr)) {
            image_clear(&img);
            r->images = xrealloc(r->images, (r->n_images + 1) * sizeof(kit_image));
            r->images[r->n_images++] = (kit_image){xstrdup(name), bytes, len};
            bytes = NULL;
        }
        free(bytes);
        free(path);
    }
    for (size_t i = 0; i < n; i++)
        free(paths[i]);
    free(paths);
}

/* Reads the archive's ranking into `r`; problems go to `pr`. */
static void read_archive(const char *dir, int new_year, kit_round *r, problems *pr)
{
    problems *check = problems_new();
    long checked = manifest_check(dir, check);
    if (checked < 0 || problems_count(check) > 0) {
        problems_add(pr, dir, 0, W_KIT_ARCHIVE_NOT_WHOLE, dir,
                     problems_count(check) ? problems_get(check, 0) : "");
        problems_free(check);
        return;
    }
    problems_free(check);
    if (manifest_status(dir) == 1) {
        problems_add(pr, dir, 0, W_KIT_ARCHIVE_DRAFT);
        return;
    }
    int year = manifest_year(dir);
    if (year == 0) {
        problems_add(pr, dir, 0, W_KIT_ARCHIVE_NO_YEAR);
        return;
    }
    if (year >= new_year) {
        problems_add(pr, dir, 0, W_KIT_ARCHIVE_NOT_EARLIER, year, new_year);
        return;
    }
    char *path = xasprintf("%s/peringkat-%d.json", dir, year);
    archive_reader a = {path, pr};
    size_t len;
    size_t before = problems_count(pr);
    char *text =
        input_read_flags(path, W_KIT_LAST_RANKING, INPUT_NO_LINK, MANIFEST_MAX_BYTES, pr, &len);
    cJSON *root =
        text && json_check_bound(text, len, path, pr) ? cJSON_ParseWithLength(text, len) : NULL;
    free(text);
    if (!cJSON_IsObject(root)) {
        if (problems_count(pr) == before)
            problems_add(pr, path, 0, W_KIT_LAST_RANKING_NOT_JSON);
        cJSON_Delete(root);
        free(path);
        return;
    }
    r->year = year;
    r->judul = archive_text(&a, root, "judul", EVENT_MAX_TEXT, true, W_KIT_EVENT_TITLE);
    r->penyelenggara =
        archive_text(&a, root, "penyelenggara", EVENT_MAX_TEXT, true, W_KIT_ARCHIVE_ORGANISER);
    char *tanggal = archive_text(&a, root, "tanggal", 10, true, W_KIT_EVENT_DATE);
    if (tanggal && !kip_date_parse(tanggal, &r->tanggal))
        problems_add(pr, path, 0, W_KIT_EVENT_DATE_BAD, tanggal);
    free(tanggal);

    const cJSON *list = archive_list(&a, root, "kategori", KIT_MAX_CATEGORIES, true), *item;
    cJSON_ArrayForEach(item, list)
    {
        char *kode = archive_text(&a, item, "kode", 64, true, W_KIT_CATEGORY_CODE);
        char *nama = archive_text(&a, item, "nama", EVENT_MAX_TEXT, true, W_KIT_CATEGORY_NAME);
        if (kode && nama && category_of(r, kode) == (size_t)-1) {
            add_category(r, kode, nama);
        } else if (kode && nama) {
            problems_add(pr, path, 0, W_KIT_CATEGORY_TWICE, kode);
        }
        free(kode);
        free(nama);
    }
    list = archive_list(&a, root, "kualifikasi", KIT_MAX_BANDS, true);
    cJSON_ArrayForEach(item, list)
    {
        kit_band b = {0};
        b.nama = archive_text(&a, item, "nama", 100, true, W_KIT_BAND_NAME);
        bool ok = archive_score(&a, item, "min", W_KIT_BAND_MIN, &b.min);
        b.warna = archive_text(&a, item, "warna", 7, false, W_KIT_BAND_COLOUR);
        if (!b.nama || !ok) {
            free(b.nama);
            free(b.warna);
            continue;
        }
        r->bands = xrealloc(r->bands, (r->n_bands + 1) * sizeof(kit_band));
        r->bands[r->n_bands++] = b;
    }
    read_parts(&a, root, "tahapan", &r->stages, &r->n_stages);
    read_parts(&a, root, "indikator", &r->indicators, &r->n_indicators);
    read_bodies(&a, root, r);
    cJSON_Delete(root);
    free(path);
    read_inputs(dir, r, pr);
}

/* ---- what the kit holds ---- */

/* `title` with every year `from` standing alone (not inside a longer
 * number) changed to `to` (caller frees). */
static char *advance_years(const char *title, int from, int to)
{
    char old[16], now[16];
    snprintf(old, sizeof old, "%d", from);
    snprintf(now, sizeof now, "%d", to);
    size_t n_old = strlen(old), n_now = strlen(now);
    /* one pass over the runs of digits, each the year alone or not; at
     * most every n_old bytes grow to n_now */
    size_t len = strlen(title);
    char *out = xmalloc(len / n_old * (n_now > n_old ? n_now : n_old) + len % n_old + 1);
    size_t k = 0;
    for (const char *p = title; *p;) {
        size_t run = 0;
        while (p[run] >= '0' && p[run] <= '9')
            run++;
        if (run == n_old && memcmp(p, old, n_old) == 0) {
            memcpy(out + k, now, n_now);
            k += n_now;
        } else {
            run = run ? run : 1;
            memcpy(out + k, p, run);
            k += run;
        }
        p += run;
    }
    out[k] = '\0';
    return out;
}

static cJSON *number(score_t hundredths)
{
    return cJSON_CreateNumber((double)hundredths / 100.0);
}

static void add_parts_json(cJSON *root, const char *key, const kit_part *parts, size_t n)
{
    cJSON *list = cJSON_AddArrayToObject(root, key);
    for (size_t i = 0; i < n; i++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "kode", parts[i].kode);
        cJSON_AddStringToObject(o, "nama", parts[i].nama);
        if (parts[i].has_bobot)
            cJSON_AddItemToObject(o, "bobot", number(parts[i].bobot));
        cJSON_AddItemToArray(list, o);
    }
}

static void add_formatted(cJSON *o, const char *key, char *text)
{
    cJSON_AddStringToObject(o, key, text);
    free(text);
}

/* "YYYY-MM-DD" moved on by the years between (29 February becoming the
 * 28th in a common year), or NULL when `s` is not a date (caller frees). */
static char *advance_date(const char *s, int years)
{
    kip_date d;
    if (!kip_date_parse(s, &d))
        return NULL;
    d.year += years;
    if (d.month == 2 && d.day == 29 && !kip_leap_year(d.year))
        d.day = 28;
    return xasprintf("%04d-%02d-%02d", d.year, d.month, d.day);
}

/* Replaces the string `key` of obj, when it is one, by what `change`
 * makes of it (NULL: left as it was). */
static void change_text(cJSON *obj, const char *key, char *(*change)(const char *, int, int),
                        int from, int to)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!cJSON_IsString(v))
        return;
    char *now = change(v->valuestring, from, to);
    if (now)
        cJSON_ReplaceItemInObjectCaseSensitive(obj, key, cJSON_CreateString(now));
    free(now);
}

static char *years_in_text(const char *s, int from, int to)
{
    return advance_years(s, from, to);
}

static char *years_in_date(const char *s, int from, int to)
{
    return advance_date(s, to - from);
}

/* The kit's name of the image copied for `role` ("gambar/logo-1.png"),
 * or the placeholder when the archive holds no copy of it (caller
 * frees). */
static char *image_for(const kit_round *r, const char *role, const char *placeholder)
{
    size_t n = strlen(role);
    for (size_t i = 0; i < r->n_images; i++)
        if (strncmp(r->images[i].name, role, n) == 0 && r->images[i].name[n] == '.')
            return xasprintf("gambar/%s", r->images[i].name);
    return xstrdup(placeholder);
}

static void point_image(const kit_round *r, cJSON *obj, const char *key, const char *role,
                        const char *placeholder)
{
    if (!cJSON_IsString(cJSON_GetObjectItemCaseSensitive(obj, key)))
        return;
    char *name = image_for(r, role, placeholder);
    cJSON_ReplaceItemInObjectCaseSensitive(obj, key, cJSON_CreateString(name));
    free(name);
}

/* Last year's event as this year's: every key kept, the year and dates
 * advanced (the title's, the decree's subject's and the site address's
 * years too), the images pointing at their copies in the kit's gambar/.
 * Last year's decree number is left out, since each year's decree is new:
 * until the clerk adds this year's, the annex prints a dotted line to fill
 * in by hand, and the kit builds with only the scores filled in. */
static cJSON *event_from_last_year(const kit_round *r, int year)
{
    cJSON *root = cJSON_Duplicate(r->event, 1);
    if (!root) {
        fputs(W_KIT_OUT_OF_MEMORY, stderr);
        exit(EXIT_FAILURE_OTHER);
    }
    change_text(root, "judul", years_in_text, r->year, year);
    if (cJSON_GetObjectItemCaseSensitive(root, "tahun"))
        cJSON_ReplaceItemInObjectCaseSensitive(root, "tahun", cJSON_CreateNumber(year));
    change_text(root, "tanggal", years_in_date, r->year, year);
    cJSON *kep = cJSON_GetObjectItemCaseSensitive(root, "keputusan");
    if (cJSON_IsObject(kep)) {
        cJSON_DeleteItemFromObjectCaseSensitive(kep, "nomor");
        change_text(kep, "tanggal", years_in_date, r->year, year);
        change_text(kep, "tentang", years_in_text, r->year, year);
    }
    cJSON *pub = cJSON_GetObjectItemCaseSensitive(root, "publikasi");
    if (cJSON_IsObject(pub))
        change_text(pub, "situs", years_in_text, r->year, year);
    cJSON *ttd = cJSON_GetObjectItemCaseSensitive(root, "penandatangan");
    if (cJSON_IsObject(ttd)) {
        point_image(r, ttd, "tanda_tangan", SOURCES_SIGNATURE, W_KIT_SIGNATURE);
        point_image(r, ttd, "stempel", SOURCES_SEAL, W_KIT_SEAL);
    }
    cJSON *logo = cJSON_GetObjectItemCaseSensitive(root, "logo");
    if (cJSON_IsString(logo)) {
        point_image(r, root, "logo", SOURCES_LOGO "-1", W_KIT_LOGO_LEFT);
    } else if (cJSON_IsArray(logo) && cJSON_GetArraySize(logo) <= 2) {
        for (int i = 0; i < cJSON_GetArraySize(logo); i++) {
            char role[32];
            snprintf(role, sizeof role, SOURCES_LOGO "-%d", i + 1);
            char *name = image_for(r, role, i == 0 ? W_KIT_LOGO_LEFT : W_KIT_LOGO_RIGHT);
            cJSON_ReplaceItemInArray(logo, i, cJSON_CreateString(name));
            free(name);
        }
    }
    return root;
}

/* The event file's text (caller frees): every key the reader knows, in
 * the order of the sample's. */
static char *event_text(const kit_round *r, int year)
{
    if (r->event) {
        cJSON *last = event_from_last_year(r, year);
        char *text = cJSON_Print(last);
        cJSON_Delete(last);
        if (!text) {
            fputs(W_KIT_OUT_OF_MEMORY, stderr);
            exit(EXIT_FAILURE_OTHER);
        }
        return text;
    }
    cJSON *root = cJSON_CreateObject();
    if (r->judul)
        add_formatted(root, "judul", advance_years(r->judul, r->year, year));
    else
        add_formatted(root, "judul", xasprintf(W_KIT_TITLE, year));
    cJSON_AddNumberToObject(root, "tahun", year);
    cJSON_AddStringToObject(root, "penyelenggara",
                            r->penyelenggara ? r->penyelenggara : W_KIT_ORGANISER);
    cJSON_AddStringToObject(root, "tempat", W_KIT_PLACE);
    if (r->year > 0) {
        kip_date d = r->tanggal;
        d.year += year - r->year;
        if (d.month == 2 && d.day == 29 && !kip_leap_year(d.year))
            d.day = 28;
        add_formatted(root, "tanggal", xasprintf("%04d-%02d-%02d", d.year, d.month, d.day));
    } else {
        add_formatted(root, "tanggal", xasprintf(W_KIT_DATE, year));
    }
    cJSON *ttd = cJSON_AddObjectToObject(root, "penandatangan");
    cJSON_AddStringToObject(ttd, "nama", W_KIT_SIGNER);
    if (r->penyelenggara)
        add_formatted(ttd, "jabatan", xasprintf(W_KIT_SIGNER_TITLE, r->penyelenggara));
    else
        cJSON_AddStringToObject(ttd, "jabatan", W_KIT_SIGNER_TITLE_ANY);
    cJSON_AddStringToObject(ttd, "tanda_tangan", W_KIT_SIGNATURE);
    cJSON_AddStringToObject(ttd, "stempel", W_KIT_SEAL);
    cJSON *kep = cJSON_AddObjectToObject(root, "keputusan");
    cJSON_AddStringToObject(kep, "nomor", W_KIT_DECREE_NO);
    add_formatted(kep, "tanggal", xasprintf(W_KIT_DECREE_DATE, year));
    add_formatted(kep, "tentang", xasprintf(W_KIT_DECREE_ABOUT, year));
    const char *logos[] = {W_KIT_LOGO_LEFT, W_KIT_LOGO_RIGHT};
    cJSON_AddItemToObject(root, "logo", cJSON_CreateStringArray(logos, 2));
    const char *kop[] = {W_KIT_HEAD_1, W_KIT_HEAD_2, W_KIT_HEAD_3};
    cJSON_AddItemToObject(root, "kop", cJSON_CreateStringArray(kop, 3));
    cJSON *pub = cJSON_AddObjectToObject(root, "publikasi");
    add_formatted(pub, "situs", xasprintf(W_KIT_SITE, year));
    cJSON *kontak = cJSON_AddObjectToObject(root, "kontak");
    cJSON_AddStringToObject(kontak, "nama", W_KIT_CONTACT);
    cJSON_AddStringToObject(kontak, "telepon", W_KIT_PHONE);
    cJSON_AddStringToObject(kontak, "surel", W_KIT_MAIL);
    cJSON *press = cJSON_AddObjectToObject(root, "siaran_pers");
    cJSON_AddStringToObject(press, "kutipan", W_KIT_QUOTE);
    cJSON *piagam = cJSON_AddObjectToObject(root, "piagam");
    cJSON_AddStringToObject(piagam, "nomor", W_KIT_CERT_NUMBER);
    cJSON_AddBoolToObject(piagam, "tampilkan_nilai", true);
    /* today's awards, written out so that the clerk sees how to change them */
    cJSON *awards = cJSON_AddArrayToObject(root, "penghargaan");
    cJSON *top = cJSON_CreateObject();
    cJSON_AddStringToObject(top, "kode", "informatif");
    cJSON_AddStringToObject(top, "nama", W_KIT_AWARD_TOP);
    const char *top_band[] = {r->n_bands ? r->bands[0].nama : W_EVENT_BAND_INFORMATIVE};
    cJSON_AddItemToObject(top, "kualifikasi", cJSON_CreateStringArray(top_band, 1));
    cJSON_AddItemToArray(awards, top);
    cJSON *best = cJSON_CreateObject();
    cJSON_AddStringToObject(best, "kode", "terbaik");
    cJSON_AddStringToObject(best, "nama", W_KIT_AWARD_BEST);
    cJSON_AddNumberToObject(best, "peringkat", 3);
    cJSON_AddItemToArray(awards, best);

    cJSON *cats = cJSON_AddArrayToObject(root, "kategori");
    for (size_t i = 0; i < r->n_categories; i++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "kode", r->categories[i].kode);
        cJSON_AddStringToObject(o, "nama", r->categories[i].nama);
        cJSON_AddItemToArray(cats, o);
    }
    cJSON *bands = cJSON_AddArrayToObject(root, "kualifikasi");
    for (size_t i = 0; i < r->n_bands; i++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "nama", r->bands[i].nama);
        cJSON_AddItemToObject(o, "min", number(r->bands[i].min));
        if (r->bands[i].warna)
            cJSON_AddStringToObject(o, "warna", r->bands[i].warna);
        cJSON_AddItemToArray(bands, o);
    }
    add_parts_json(root, "tahapan", r->stages, r->n_stages);
    add_parts_json(root, "indikator", r->indicators, r->n_indicators);
    char *text = cJSON_Print(root);
    cJSON_Delete(root);
    if (!text) {
        fputs(W_KIT_OUT_OF_MEMORY, stderr);
        exit(EXIT_FAILURE_OTHER);
    }
    return text;
}

/* The template's columns: id, nama, kategori, status, the scores, wilayah,
 * pimpinan.  Returns how many; names[first_score .. first_score+n_scores)
 * are the score columns. */
typedef struct {
    const char **names;
    size_t n, first_score, n_scores;
} kit_columns;

static kit_columns columns_of(const kit_round *r)
{
    kit_columns c = {0};
    c.names = xcalloc(r->n_stages + r->n_indicators + 8, sizeof(char *));
    c.names[c.n++] = "id";
    c.names[c.n++] = "nama";
    c.names[c.n++] = "kategori";
    c.names[c.n++] = "status";
    c.first_score = c.n;
    if (r->n_stages == 0)
        c.names[c.n++] = "nilai";
    for (size_t i = 0; i < r->n_stages; i++)
        c.names[c.n++] = r->stages[i].kode;
    for (size_t i = 0; i < r->n_indicators; i++)
        c.names[c.n++] = r->indicators[i].kode;
    c.n_scores = c.n - c.first_score;
    c.names[c.n++] = "wilayah";
    c.names[c.n++] = "pimpinan";
    return c;
}

/* A body's text in a column other than the scores ("" for none). */
static const char *cell_of(const kit_round *r, const kit_columns *c, size_t body, size_t col)
{
    const kit_body *b = &r->bodies[body];
    const char *name = c->names[col];
    const char *v = NULL;
    if (col >= c->first_score && col < c->first_score + c->n_scores)
        v = NULL;
    else if (strcmp(name, "id") == 0)
        v = b->id;
    else if (strcmp(name, "nama") == 0)
        v = b->nama;
    else if (strcmp(name, "kategori") == 0)
        v = r->categories[b->category].kode;
    else if (strcmp(name, "wilayah") == 0)
        v = b->wilayah;
    else if (strcmp(name, "pimpinan") == 0)
        v = b->pimpinan;
    return v ? v : "";
}

/* One field of the Indonesian spreadsheet dialect: quoted when it holds
 * the separator, a quote or a line break. */
static void put_sheet_field(output_file *f, const char *s, bool last)
{
    if (strpbrk(s, ";\"\r\n")) {
        output_file_write(f, "\"", 1);
        for (const char *p = s; *p; p++) {
            if (*p == '"')
                output_file_write(f, "\"", 1);
            output_file_write(f, p, 1);
        }
        output_file_write(f, "\"", 1);
    } else {
        output_file_write(f, s, strlen(s));
    }
    output_file_write(f, last ? "\r\n" : ";", last ? 2 : 1);
}

static bool write_csv(const kit_round *r, const kit_columns *c, const char *path, char **error)
{
    output_file *f = output_file_create(path, error);
    if (!f)
        return false;
    output_file_write(f, "\xEF\xBB\xBF", 3);
    for (size_t k = 0; k < c->n; k++)
        put_sheet_field(f, c->names[k], k + 1 == c->n);
    for (size_t i = 0; i < r->n_bodies; i++)
        for (size_t k = 0; k < c->n; k++)
            put_sheet_field(f, cell_of(r, c, i, k), k + 1 == c->n);
    return output_file_close(f, error);
}

static bool write_xlsx(const kit_round *r, const kit_columns *c, int year, const char *path,
                       char **error)
{
    lxw_workbook *wb = workbook_new(path);
    if (!wb) {
        *error = xasprintf(W_FILE_CANNOT_CREATE, path);
        return false;
    }
    struct tm day = {.tm_year = year - 1900, .tm_mon = 0, .tm_mday = 1};
    lxw_doc_properties props = {.title = W_KIT_SHEET, .created = timegm(&day)};
    workbook_set_properties(wb, &props);
    lxw_worksheet *ws = workbook_add_worksheet(wb, W_KIT_SHEET);
    lxw_worksheet *lists = workbook_add_worksheet(wb, W_KIT_LIST_SHEET);
    lxw_format *head = workbook_add_format(wb);
    format_set_bold(head);
    format_set_bg_color(head, 0xE7EEF7);
    format_set_border(head, LXW_BORDER_THIN);
    lxw_format *score = workbook_add_format(wb);
    format_set_num_format(score, "0.00");
    lxw_format *text = workbook_add_format(wb);
    format_set_num_format(text, "@"); /* ids such as 001 stay text */

    for (size_t k = 0; k < c->n; k++) {
        worksheet_write_string(ws, 0, (lxw_col_t)k, c->names[k], head);
        bool is_score = k >= c->first_score && k < c->first_score + c->n_scores;
        double width = strcmp(c->names[k], "nama") == 0 ? 48 : is_score ? 12 : 18;
        if (!is_score && strlen(c->names[k]) + 2 > width)
            width = (double)strlen(c->names[k]) + 2;
        worksheet_set_column(ws, (lxw_col_t)k, (lxw_col_t)k, width, is_score ? score : text);
    }
    for (size_t i = 0; i < r->n_bodies; i++)
        for (size_t k = 0; k < c->n; k++) {
            const char *v = cell_of(r, c, i, k);
            if (*v)
                worksheet_write_string(ws, (lxw_row_t)(i + 1), (lxw_col_t)k, v, NULL);
        }
    worksheet_freeze_panes(ws, 1, 0);

    worksheet_write_string(lists, 0, 0, W_KIT_LIST_CODE, head);
    worksheet_write_string(lists, 0, 1, W_KIT_LIST_NAME, head);
    worksheet_set_column(lists, 0, 0, 16, NULL);
    worksheet_set_column(lists, 1, 1, 48, NULL);
    for (size_t i = 0; i < r->n_categories; i++) {
        worksheet_write_string(lists, (lxw_row_t)(i + 1), 0, r->categories[i].kode, NULL);
        worksheet_write_string(lists, (lxw_row_t)(i + 1), 1, r->categories[i].nama, NULL);
    }

    /* the checks cover the bodies listed and KIT_SPARE_ROWS more */
    lxw_row_t last = (lxw_row_t)(r->n_bodies + KIT_SPARE_ROWS);
    /* the category codes as a list of their own when Excel can hold it
     * (255 characters joined by commas), else from the sheet; a list
     * formula costs a few bytes that libxlsxwriter 1.1.4 never frees */
    size_t joined = 0;
    for (size_t i = 0; i < r->n_categories; i++)
        joined += strlen(r->categories[i].kode) + 1;
    char **codes = xcalloc(r->n_categories + 1, sizeof(char *));
    for (size_t i = 0; i < r->n_categories; i++)
        codes[i] = r->categories[i].kode;
    char formula[128];
    snprintf(formula, sizeof formula, "'%s'!$A$2:$A$%zu", W_KIT_LIST_SHEET, r->n_categories + 1);
    lxw_data_validation category = {.error_title = W_KIT_BAD_CATEGORY,
                                    .error_message = W_KIT_BAD_CATEGORY_TEXT};
    if (joined <= 256) {
        category.validate = LXW_VALIDATION_TYPE_LIST;
        category.value_list = codes;
    } else {
        category.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
        category.value_formula = formula;
    }
    char scored[] = W_KIT_STATUS_SCORED, no_saq[] = W_KIT_STATUS_NO_SAQ;
    char *status_words[] = {scored, no_saq, NULL};
    lxw_data_validation status = {.validate = LXW_VALIDATION_TYPE_LIST,
                                  .value_list = status_words,
                                  .error_title = W_KIT_BAD_STATUS,
                                  .error_message = W_KIT_BAD_STATUS_TEXT};
    lxw_data_validation scores = {.validate = LXW_VALIDATION_TYPE_DECIMAL,
                                  .criteria = LXW_VALIDATION_CRITERIA_BETWEEN,
                                  .minimum_number = 0,
                                  .maximum_number = 100,
                                  .error_title = W_KIT_BAD_SCORE,
                                  .error_message = W_KIT_BAD_SCORE_TEXT};
    char unique[128];
    snprintf(unique, sizeof unique, "=COUNTIF($A$2:$A$%u,A2)=1", (unsigned)last + 1);
    lxw_data_validation id = {.validate = LXW_VALIDATION_TYPE_CUSTOM_FORMULA,
                              .value_formula = unique,
                              .error_title = W_KIT_BAD_ID,
                              .error_message = W_KIT_BAD_ID_TEXT};
    lxw_error st = worksheet_data_validation_range(ws, 1, 0, last, 0, &id);
    if (!st)
        st = worksheet_data_validation_range(ws, 1, 2, last, 2, &category);
    if (!st)
        st = worksheet_data_validation_range(ws, 1, 3, last, 3, &status);
    if (!st && c->n_scores > 0)
        st =
            worksheet_data_validation_range(ws, 1, (lxw_col_t)c->first_score, last,
                                            (lxw_col_t)(c->first_score + c->n_scores - 1), &scores);
    lxw_error closed = workbook_close(wb);
    free(codes);
    if (st || closed) {
        *error = xasprintf(W_FILE_CANNOT_WRITE, path, lxw_strerror(st ? st : closed));
        return false;
    }
    return true;
}

static int by_category_then_id(const void *a, const void *b, void *ctx)
{
    (void)ctx;
    const kit_body *x = a, *y = b;
    if (x->category != y->category)
        return x->category < y->category ? -1 : 1;
    return strcmp(x->id, y->id);
}

/* ---- the command ---- */

static bool folder_is_empty(const char *path)
{
    DIR *d = opendir(path);
    if (!d)
        return false;
    bool empty = true;
    struct dirent *e;
    while (empty && (e = readdir(d)))
        empty = strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0;
    closedir(d);
    return empty;
}

static int fail(output *o, char *message, FILE *err)
{
    char *said = o ? output_message(o, message) : xstrdup(message);
    fprintf(err, "anugerah: %s\n", said);
    free(said);
    free(message);
    if (o) {
        char *left = NULL;
        if (!output_abort(o, &left)) {
            fprintf(err, "anugerah: %s\n", left);
            free(left);
        }
    }
    return EXIT_FAILURE_OTHER;
}

int kit_init(const kit_options *o, FILE *out, FILE *err)
{
    problems *pr = problems_new();
    struct stat st;
    bool existed = lstat(o->folder, &st) == 0;
    if (existed && !S_ISDIR(st.st_mode))
        problems_add(pr, o->folder, 0, W_KIT_NOT_FOLDER);
    else if (existed && !folder_is_empty(o->folder))
        problems_add(pr, o->folder, 0, W_KIT_FOLDER_NOT_EMPTY);
    if (o->from && output_within(o->folder, o->from))
        problems_add(pr, o->folder, 0, W_KIT_FOLDER_IN_ARCHIVE, o->from);
    kit_round r = {0};
    if (o->from)
        read_archive(o->from, o->year, &r, pr);
    else
        national_defaults(&r);
    if (problems_count(pr) > 0) {
        problems_print(pr, err);
        fprintf(err, W_KIT_PROBLEMS_FOUND, problems_count(pr));
        problems_free(pr);
        round_free(&r);
        return EXIT_BAD_INPUT;
    }
    problems_free(pr);
    if (r.n_bodies > 1)
        qsort_r(r.bodies, r.n_bodies, sizeof(kit_body), by_category_then_id, NULL);

    char *error = NULL;
    output_catch_signals(); /* an interrupted kit leaves nothing */
    char *swept = output_sweep(o->folder);
    if (swept)
        fprintf(err, "anugerah: %s\n", swept);
    free(swept);
    output *kit = output_begin(o->folder, &error);
    if (!kit) {
        round_free(&r);
        return fail(NULL, error, err);
    }
    kit_columns cols = columns_of(&r);
    char *csv_name = xasprintf("nilai-%d.csv", o->year);
    char *xlsx_name = xasprintf("nilai-%d.xlsx", o->year);
    char *event_path = output_path(kit, "event.json", &error);
    char *event = event_text(&r, o->year);
    bool ok = event_path && output_write_text(event_path, event, &error);
    free(event);
    char *csv_path = ok ? output_path(kit, csv_name, &error) : NULL;
    ok = ok && csv_path && write_csv(&r, &cols, csv_path, &error);
    char *xlsx_path = ok ? output_path(kit, xlsx_name, &error) : NULL;
    ok = ok && xlsx_path && write_xlsx(&r, &cols, o->year, xlsx_path, &error);
    for (size_t i = 0; ok && i < r.n_images; i++) {
        char *name = xasprintf("gambar/%s", r.images[i].name);
        char *path = output_path(kit, name, &error);
        source_copy copy = {name, r.images[i].bytes, r.images[i].len};
        ok = path && sources_write(&copy, path, &error);
        free(path);
        free(name);
    }
    free(event_path);
    free(csv_path);
    free(xlsx_path);
    free(cols.names);
    size_t n_bodies = r.n_bodies, n_images = r.n_images;
    bool from_inputs = r.event != NULL;
    round_free(&r);
    if (!ok) {
        free(csv_name);
        free(xlsx_name);
        return fail(kit, error, err);
    }
    output_status done = output_commit(kit, existed, &error);
    if (done != OUTPUT_DONE) {
        fprintf(err, "anugerah: %s\n", error ? error : W_KIT_STOPPED);
        free(error);
        free(csv_name);
        free(xlsx_name);
        return done == OUTPUT_REFUSED ? EXIT_BAD_INPUT : EXIT_FAILURE_OTHER;
    }
    fprintf(out, W_KIT_DONE, o->year, o->folder);
    if (from_inputs)
        fprintf(out, W_KIT_DONE_EVENT_FROM, n_images);
    else
        fprintf(out, W_KIT_DONE_EVENT);
    fprintf(out, W_KIT_DONE_CSV, csv_name);
    if (n_bodies)
        fprintf(out, W_KIT_DONE_BODIES, n_bodies);
    fprintf(out, W_KIT_DONE_XLSX, xlsx_name);
    fprintf(out, W_KIT_DONE_CHECK, o->folder, o->folder, csv_name, o->from ? " --previous " : "",
            o->from ? o->from : "");
    free(csv_name);
    free(xlsx_name);
    return EXIT_OK;
}
