#include "event.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "image.h"
#include "input.h"
#include "json.h"
#include "labels.h"
#include "text.h"
#include "filename.h"
#include "util.h"

/* The emblems as the scorecards' small marks: 48 pixels a side at most
 * (173 dpi in their 20 pt box) and 32 levels a channel, so that a mark
 * has few enough colours to be a palette image (the sample's largest card
 * 28.8 → 26.2 KB; 64 pixels and 256 levels before). */
#define LOGO_MARK_PIXELS 48
#define LOGO_MARK_BITS 5

/* cJSON keeps no positions: the line of every object member is found by a
 * scan of the text for keys (a string followed by ':'), which come in the
 * same order as a depth-first walk of the parsed tree. */
typedef struct {
    const cJSON *item;
    long line;
} item_line;

typedef struct {
    const char *path;
    char *dir; /* the event file's folder: images are named relative to it */
    problems *pr;
    item_line *lines;
    size_t n_lines;
    long *key_lines; /* line of each key, in text order */
    size_t n_keys;
    size_t next_key;
} reader;

static void scan_keys(reader *rd, const char *text, size_t len)
{
    size_t cap = 64;
    rd->key_lines = xmalloc(cap * sizeof(long));
    long line = 1;
    size_t i = 0;
    while (i < len) {
        char c = text[i];
        if (c == '\n') {
            line++;
            i++;
        } else if (c == '"') {
            long start = line;
            i++;
            while (i < len && text[i] != '"') {
                if (text[i] == '\\' && i + 1 < len)
                    i++;
                if (text[i] == '\n')
                    line++;
                i++;
            }
            i++;
            size_t j = i;
            while (j < len
                   && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r' || text[j] == '\n'))
                j++;
            if (j < len && text[j] == ':') {
                if (rd->n_keys == cap) {
                    cap *= 2;
                    rd->key_lines = xrealloc(rd->key_lines, cap * sizeof(long));
                }
                rd->key_lines[rd->n_keys++] = start;
            }
        } else {
            i++;
        }
    }
}

static void remember(reader *rd, const cJSON *item, long line)
{
    if ((rd->n_lines & (rd->n_lines - 1)) == 0) /* grow at powers of two */
        rd->lines = xrealloc(rd->lines, (rd->n_lines ? 2 * rd->n_lines : 1) * sizeof(item_line));
    rd->lines[rd->n_lines].item = item;
    rd->lines[rd->n_lines].line = line;
    rd->n_lines++;
}

static void assign_lines(reader *rd, const cJSON *node, long line)
{
    for (const cJSON *c = node->child; c; c = c->next) {
        long l = line;
        if (cJSON_IsObject(node)) {
            if (rd->next_key < rd->n_keys)
                l = rd->key_lines[rd->next_key++];
        } else if (cJSON_IsObject(c) && c->child && rd->next_key < rd->n_keys) {
            l = rd->key_lines[rd->next_key]; /* an element: its first key */
        }
        remember(rd, c, l);
        assign_lines(rd, c, l);
    }
}

static long line_of(const reader *rd, const cJSON *item)
{
    for (size_t i = 0; i < rd->n_lines; i++)
        if (rd->lines[i].item == item)
            return rd->lines[i].line;
    return 1;
}

#define PROBLEM(rd, item, ...)                                                                     \
    problems_add((rd)->pr, (rd)->path, line_of((rd), (item)), __VA_ARGS__)

/* Reports keys outside `allowed` and keys given twice. */
static void check_keys(reader *rd, const cJSON *obj, const char *where, const char *const *allowed)
{
    for (const cJSON *c = obj->child; c; c = c->next) {
        bool known = false;
        for (size_t i = 0; allowed[i]; i++)
            if (strcmp(c->string, allowed[i]) == 0)
                known = true;
        if (!known) {
            char list[512] = "";
            for (size_t i = 0; allowed[i]; i++) {
                strncat(list, i ? ", " : "", sizeof list - strlen(list) - 1);
                strncat(list, allowed[i], sizeof list - strlen(list) - 1);
            }
            PROBLEM(rd, c, W_EVENT_UNKNOWN_KEY, c->string, where, list);
        }
        for (const cJSON *d = obj->child; d != c; d = d->next)
            if (strcmp(c->string, d->string) == 0) {
                PROBLEM(rd, c, W_EVENT_DUPLICATE_KEY, c->string, where, line_of(rd, d));
                break;
            }
    }
}

/* Whether a text is one of the starting kit's "GANTI: ..." (anugerah
 * init): reported once by report_placeholders, and not checked further. */
static bool placeholder(const char *s)
{
    return strncmp(s, W_KIT_PLACEHOLDER, strlen(W_KIT_PLACEHOLDER)) == 0;
}

static bool is_placeholder(const cJSON *v)
{
    return cJSON_IsString(v) && placeholder(v->valuestring);
}

/* Every text still holding the kit's placeholder, at its line. */
static void report_placeholders(reader *rd, const cJSON *node, const char *key)
{
    for (const cJSON *c = node->child; c; c = c->next) {
        const char *name = c->string ? c->string : key;
        if (is_placeholder(c))
            PROBLEM(rd, c, W_EVENT_STILL_EXAMPLE, name, c->valuestring);
        else
            report_placeholders(rd, c, name);
    }
}

/* A required or optional string member; returns a copy or NULL. */
static char *get_text(reader *rd, const cJSON *obj, long obj_line, const char *key,
                      const char *where, bool required)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!v) {
        if (required)
            problems_add(rd->pr, rd->path, obj_line, W_EVENT_REQUIRED_IN, key, *where ? " " : "",
                         where);
        return NULL;
    }
    if (!cJSON_IsString(v) || v->valuestring[0] == '\0') {
        PROBLEM(rd, v, W_EVENT_NOT_TEXT, key, where);
        return NULL;
    }
    if (placeholder(v->valuestring))
        return xstrdup(v->valuestring); /* reported already */
    if (strlen(v->valuestring) > EVENT_MAX_TEXT) {
        PROBLEM(rd, v, W_EVENT_TEXT_TOO_LONG, key, where, EVENT_MAX_TEXT);
        return NULL;
    }
    unsigned bad;
    char *printable = utf8_to_cp1252(v->valuestring, &bad);
    if (!printable) {
        char desc[64];
        text_describe_char(bad, desc, sizeof desc);
        PROBLEM(rd, v, W_EVENT_UNPRINTABLE, key, where, desc);
    }
    free(printable);
    return xstrdup(v->valuestring);
}

/* A number with at most two decimals, as hundredths. */
static bool get_number(reader *rd, const cJSON *obj, long obj_line, const char *key,
                       const char *where, bool required, score_t *out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!v) {
        if (required)
            problems_add(rd->pr, rd->path, obj_line, W_EVENT_REQUIRED_IN, key, *where ? " " : "",
                         where);
        return false;
    }
    if (!cJSON_IsNumber(v) || !score_from_double(v->valuedouble, out)) {
        PROBLEM(rd, v, W_EVENT_NOT_NUMBER, key, where);
        return false;
    }
    return true;
}

static bool is_code(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_' || *s == '-'))
            return false;
    return true;
}

static const cJSON *get_array(reader *rd, const cJSON *root, const char *key, bool required)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, key);
    if (!v) {
        if (required)
            problems_add(rd->pr, rd->path, 1, W_EVENT_REQUIRED, key);
        return NULL;
    }
    if (!cJSON_IsArray(v)) {
        PROBLEM(rd, v, W_EVENT_NOT_LIST, key);
        return NULL;
    }
    return v;
}

static void read_categories(reader *rd, const cJSON *root, kip_event *e)
{
    const cJSON *arr = get_array(rd, root, "kategori", true);
    if (!arr)
        return;
    static const char *const keys[] = {"kode", "nama", NULL};
    size_t n = (size_t)cJSON_GetArraySize(arr);
    if (n == 0)
        PROBLEM(rd, arr, W_EVENT_NO_CATEGORIES);
    e->categories = xcalloc(n, sizeof(kip_category));
    size_t i = 0;
    for (const cJSON *c = arr->child; c; c = c->next, i++) {
        char where[64];
        snprintf(where, sizeof where, W_EVENT_IN_CATEGORY_N, i + 1);
        if (!cJSON_IsObject(c)) {
            PROBLEM(rd, c, W_EVENT_CATEGORY_NOT_OBJECT, i + 1);
            continue;
        }
        check_keys(rd, c, where, keys);
        long l = line_of(rd, c);
        char *kode = get_text(rd, c, l, "kode", where, true);
        char *nama = get_text(rd, c, l, "nama", where, true);
        if (kode && (!is_code(kode) || !filename_ok(kode, FILENAME_MAX_ID))) {
            PROBLEM(rd, cJSON_GetObjectItemCaseSensitive(c, "kode"), W_EVENT_CATEGORY_CODE, kode,
                    FILENAME_MAX_ID);
        }
        for (size_t k = 0; kode && k < e->n_categories; k++)
            if (e->categories[k].kode && ascii_casecmp(e->categories[k].kode, kode) == 0)
                PROBLEM(rd, c, W_EVENT_CATEGORY_TWICE, kode);
        e->categories[e->n_categories].kode = kode ? kode : xstrdup("");
        e->categories[e->n_categories].nama = nama ? nama : xstrdup("");
        e->n_categories++;
    }
}

static const kip_rgb band_palette[5] = {
    {0.09, 0.49, 0.22}, /* green */
    {0.36, 0.58, 0.10}, /* yellow-green */
    {0.80, 0.53, 0.00}, /* amber */
    {0.85, 0.33, 0.10}, /* orange */
    {0.74, 0.11, 0.11}, /* red */
};

static const struct {
    const char *nama;
    int min;
} national_bands[] = {
    {W_EVENT_BAND_INFORMATIVE, 90}, {W_EVENT_BAND_TOWARDS, 80}, {W_EVENT_BAND_FAIRLY, 60},
    {W_EVENT_BAND_LESS, 40},        {W_EVENT_BAND_NOT, 0},
};

static bool parse_color(const char *s, kip_rgb *out)
{
    unsigned r, g, b;
    char tail;
    if (strlen(s) != 7 || sscanf(s, "#%2x%2x%2x%c", &r, &g, &b, &tail) != 3)
        return false;
    out->r = r / 255.0;
    out->g = g / 255.0;
    out->b = b / 255.0;
    return true;
}

static int band_cmp(const void *a, const void *b)
{
    const kip_band *x = a, *y = b;
    return (x->min < y->min) - (x->min > y->min);
}

static void read_bands(reader *rd, const cJSON *root, kip_event *e)
{
    const cJSON *arr = get_array(rd, root, "kualifikasi", false);
    if (!arr) {
        size_t n = sizeof national_bands / sizeof national_bands[0];
        e->bands = xcalloc(n, sizeof(kip_band));
        for (size_t i = 0; i < n; i++) {
            e->bands[i].nama = xstrdup(national_bands[i].nama);
            e->bands[i].min = national_bands[i].min * 100;
            e->bands[i].color = band_palette[i];
        }
        e->n_bands = n;
        return;
    }
    static const char *const keys[] = {"nama", "min", "warna", NULL};
    size_t n = (size_t)cJSON_GetArraySize(arr);
    e->bands = xcalloc(n ? n : 1, sizeof(kip_band));
    bool *colored = xcalloc(n ? n : 1, sizeof(bool));
    size_t i = 0;
    for (const cJSON *c = arr->child; c; c = c->next, i++) {
        char where[64];
        snprintf(where, sizeof where, W_EVENT_IN_BAND_N, i + 1);
        if (!cJSON_IsObject(c)) {
            PROBLEM(rd, c, W_EVENT_BAND_NOT_OBJECT, i + 1);
            continue;
        }
        check_keys(rd, c, where, keys);
        long l = line_of(rd, c);
        kip_band *b = &e->bands[e->n_bands];
        b->nama = get_text(rd, c, l, "nama", where, true);
        if (!b->nama)
            b->nama = xstrdup("");
        if (get_number(rd, c, l, "min", where, true, &b->min) && (b->min < 0 || b->min > 10000))
            PROBLEM(rd, cJSON_GetObjectItemCaseSensitive(c, "min"), W_EVENT_BAND_MIN_RANGE, where);
        char *warna = get_text(rd, c, l, "warna", where, false);
        if (warna) {
            if (parse_color(warna, &b->color))
                colored[e->n_bands] = true;
            else
                PROBLEM(rd, cJSON_GetObjectItemCaseSensitive(c, "warna"), W_EVENT_BAND_COLOUR,
                        where);
            free(warna);
        }
        for (size_t k = 0; k < e->n_bands; k++) {
            if (e->bands[k].min == b->min)
                PROBLEM(rd, c, W_EVENT_BAND_SAME_MIN, (long long)b->min / 100);
        }
        e->n_bands++;
    }
    /* Colours not given go by position once sorted: top band green, bottom
     * band red.  Mark them before sorting (r < 0 means "not given"). */
    kip_band *sorted = e->bands;
    for (size_t k = 0; k < e->n_bands; k++)
        if (!colored[k])
            sorted[k].color.r = -1;
    qsort(sorted, e->n_bands, sizeof(kip_band), band_cmp);
    for (size_t k = 0; k < e->n_bands; k++) {
        if (sorted[k].color.r < 0) {
            size_t p = e->n_bands > 1 ? (k * 4 + (e->n_bands - 1) / 2) / (e->n_bands - 1) : 0;
            sorted[k].color = band_palette[p > 4 ? 4 : p];
        }
    }
    free(colored);
    if (n == 0)
        PROBLEM(rd, arr, W_EVENT_NO_BANDS);
    else if (e->n_bands > 0 && e->bands[e->n_bands - 1].min != 0)
        PROBLEM(rd, arr, W_EVENT_BAND_LOWEST);
}

static const char *const reserved_columns[] = {
    "id", "nama", "kategori", "nilai", "status", "nilai_sebelumnya", "pimpinan", "wilayah", NULL,
};

static void read_parts(reader *rd, const cJSON *root, const char *key, const char *label,
                       bool weights_required, kip_part **out, size_t *n_out)
{
    const cJSON *arr = get_array(rd, root, key, false);
    if (!arr)
        return;
    static const char *const keys[] = {"kode", "nama", "bobot", NULL};
    size_t n = (size_t)cJSON_GetArraySize(arr);
    kip_part *parts = xcalloc(n ? n : 1, sizeof(kip_part));
    size_t count = 0;
    score_t sum = 0;
    bool all_weights = true;
    size_t i = 0;
    for (const cJSON *c = arr->child; c; c = c->next, i++) {
        char where[64];
        snprintf(where, sizeof where, W_EVENT_IN_PART_N, label, i + 1);
        if (!cJSON_IsObject(c)) {
            PROBLEM(rd, c, W_EVENT_PART_NOT_OBJECT, label, i + 1);
            all_weights = false;
            continue;
        }
        check_keys(rd, c, where, keys);
        long l = line_of(rd, c);
        kip_part *p = &parts[count];
        p->kode = get_text(rd, c, l, "kode", where, true);
        p->nama = get_text(rd, c, l, "nama", where, true);
        if (p->kode && !is_code(p->kode)) {
            PROBLEM(rd, c, W_EVENT_PART_CODE, p->kode);
        }
        for (size_t k = 0; p->kode && reserved_columns[k]; k++)
            if (strcmp(p->kode, reserved_columns[k]) == 0)
                PROBLEM(rd, c, W_EVENT_PART_CODE_FIXED, p->kode, where);
        for (size_t k = 0; p->kode && k < count; k++)
            if (parts[k].kode && strcmp(parts[k].kode, p->kode) == 0)
                PROBLEM(rd, c, W_EVENT_PART_CODE_TWICE, p->kode, key);
        if (get_number(rd, c, l, "bobot", where, weights_required, &p->bobot)) {
            if (p->bobot <= 0 || p->bobot > 10000)
                PROBLEM(rd, cJSON_GetObjectItemCaseSensitive(c, "bobot"), W_EVENT_WEIGHT_RANGE,
                        where);
            sum += p->bobot;
        } else {
            all_weights = false;
        }
        if (!p->kode)
            p->kode = xstrdup("");
        if (!p->nama)
            p->nama = xstrdup("");
        count++;
    }
    if (weights_required && all_weights && count > 0 && sum != 10000) {
        char s[32];
        PROBLEM(rd, arr, W_EVENT_WEIGHT_SUM, label, score_format_id(sum, s, sizeof s));
    }
    *out = parts;
    *n_out = count;
}

/* An image named by `key` in obj, relative to the event file's folder. */
static void get_image(reader *rd, const cJSON *obj, const char *key, const char *what,
                      kip_image *out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!v)
        return;
    if (!cJSON_IsString(v) || v->valuestring[0] == '\0') {
        PROBLEM(rd, v, W_EVENT_NOT_IMAGE, key);
        return;
    }
    if (placeholder(v->valuestring))
        return;
    char *path = v->valuestring[0] == '/' ? xstrdup(v->valuestring)
                                          : xasprintf("%s/%s", rd->dir, v->valuestring);
    image_load(path, what, rd->path, line_of(rd, v), out, rd->pr);
    free(path);
}

/* An optional object member, checked for its keys; NULL when absent. */
static const cJSON *get_object(reader *rd, const cJSON *root, const char *key,
                               const char *const *keys, const char *shape)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, key);
    if (!v)
        return NULL;
    if (!cJSON_IsObject(v)) {
        PROBLEM(rd, v, W_EVENT_NOT_OBJECT, key, shape);
        return NULL;
    }
    char *where = xasprintf(W_EVENT_IN_KEY, key);
    check_keys(rd, v, where, keys);
    free(where);
    return v;
}

/* A list of texts; returns how many (the copies in *out). */
static size_t get_texts(reader *rd, const cJSON *v, const char *key, size_t max, char ***out)
{
    *out = NULL;
    if (!cJSON_IsArray(v) || cJSON_GetArraySize(v) == 0 || (size_t)cJSON_GetArraySize(v) > max) {
        PROBLEM(rd, v, W_EVENT_NOT_TEXT_LIST, key, max);
        return 0;
    }
    size_t n = 0;
    *out = xcalloc((size_t)cJSON_GetArraySize(v), sizeof(char *));
    const cJSON *item;
    cJSON_ArrayForEach(item, v)
    {
        if (!cJSON_IsString(item) || item->valuestring[0] == '\0'
            || strlen(item->valuestring) > EVENT_MAX_TEXT) {
            PROBLEM(rd, item, W_EVENT_LIST_ITEM_TEXT, key, EVENT_MAX_TEXT);
            continue;
        }
        unsigned bad;
        char *printable = utf8_to_cp1252(item->valuestring, &bad);
        if (!printable) {
            char desc[64];
            text_describe_char(bad, desc, sizeof desc);
            PROBLEM(rd, item, W_EVENT_LIST_ITEM_UNPRINTABLE, key, desc);
        }
        free(printable);
        (*out)[n++] = xstrdup(item->valuestring);
    }
    return n;
}

/* The placeholders a certificate number may hold. */
static void check_number_pattern(reader *rd, const cJSON *v, const char *pattern)
{
    static const char *const names[] = {"urut", "tahun", "bulan", "bulan_romawi", "kategori", NULL};
    bool has_urut = false;
    for (const char *p = strchr(pattern, '{'); p; p = strchr(p + 1, '{')) {
        const char *end = strchr(p, '}');
        size_t len = end ? (size_t)(end - p - 1) : 0;
        bool known = false;
        for (size_t i = 0; end && names[i]; i++)
            if (strlen(names[i]) == len && strncmp(p + 1, names[i], len) == 0)
                known = true;
        if (!known) {
            PROBLEM(rd, v, W_EVENT_CERT_NUMBER_MARK, end ? (int)(end - p + 1) : (int)strlen(p), p);
            return;
        }
        has_urut = has_urut || strncmp(p, "{urut}", 6) == 0;
    }
    if (!has_urut)
        PROBLEM(rd, v, W_EVENT_CERT_NUMBER_NO_SEQ);
}

static size_t band_index(const kip_event *e, const char *name)
{
    for (size_t b = 0; b < e->n_bands; b++)
        if (e->bands[b].nama && strcmp(e->bands[b].nama, name) == 0)
            return b;
    return (size_t)-1;
}

static size_t category_index(const kip_event *e, const char *kode)
{
    for (size_t c = 0; c < e->n_categories; c++)
        if (e->categories[c].kode && strcmp(e->categories[c].kode, kode) == 0)
            return c;
    return (size_t)-1;
}

static void read_award(reader *rd, const cJSON *item, kip_event *e, kip_award *a)
{
    static const char *const keys[] = {"kode", "nama",     "kualifikasi", "peringkat",
                                       "id",   "kategori", NULL};
    long l = line_of(rd, item);
    a->line = l;
    check_keys(rd, item, W_EVENT_IN_AWARD, keys);
    a->kode = get_text(rd, item, l, "kode", W_EVENT_IN_AWARD, true);
    a->nama = get_text(rd, item, l, "nama", W_EVENT_IN_AWARD, true);
    if (a->kode && (!is_code(a->kode) || !filename_ok(a->kode, FILENAME_MAX_ID)))
        PROBLEM(rd, cJSON_GetObjectItemCaseSensitive(item, "kode"), W_EVENT_AWARD_CODE, a->kode);
    const cJSON *kual = cJSON_GetObjectItemCaseSensitive(item, "kualifikasi");
    const cJSON *rank = cJSON_GetObjectItemCaseSensitive(item, "peringkat");
    const cJSON *ids = cJSON_GetObjectItemCaseSensitive(item, "id");
    int rules = (kual != NULL) + (rank != NULL) + (ids != NULL);
    if (rules != 1) {
        PROBLEM(rd, item, W_EVENT_AWARD_ONE_RULE);
    } else if (kual) {
        char **names;
        size_t n = get_texts(rd, kual, "kualifikasi", 16, &names);
        a->rule = KIP_AWARD_BY_BAND;
        a->bands = xcalloc(n ? n : 1, sizeof(size_t));
        for (size_t i = 0; i < n; i++) {
            size_t b = band_index(e, names[i]);
            if (b == (size_t)-1)
                PROBLEM(rd, kual, W_EVENT_AWARD_NO_BAND, names[i]);
            else
                a->bands[a->n_bands++] = b;
            free(names[i]);
        }
        free(names);
    } else if (rank) {
        a->rule = KIP_AWARD_BY_RANK;
        if (!cJSON_IsNumber(rank) || !(rank->valuedouble >= 1 && rank->valuedouble <= 39)
            || rank->valuedouble != (int)rank->valuedouble)
            PROBLEM(rd, rank, W_EVENT_AWARD_RANK);
        else
            a->ranks = (int)rank->valuedouble;
    } else {
        a->rule = KIP_AWARD_BY_ID;
        a->n_ids = get_texts(rd, ids, "id", 1000, &a->ids);
    }
    const cJSON *cats = cJSON_GetObjectItemCaseSensitive(item, "kategori");
    if (cats) {
        char **codes;
        size_t n = get_texts(rd, cats, "kategori", 100, &codes);
        a->categories = xcalloc(n ? n : 1, sizeof(size_t));
        for (size_t i = 0; i < n; i++) {
            size_t c = category_index(e, codes[i]);
            if (c == (size_t)-1)
                PROBLEM(rd, cats, W_EVENT_AWARD_NO_CATEGORY, codes[i]);
            else
                a->categories[a->n_categories++] = c;
            free(codes[i]);
        }
        free(codes);
    }
}

/* Today's awards when the event names none: the top qualification, and
 * the best three of each category. */
static void default_awards(kip_event *e)
{
    e->n_awards = 2;
    e->awards = xcalloc(2, sizeof(kip_award));
    e->awards[0] = (kip_award){.kode = xstrdup("informatif"),
                               .nama = xstrdup(e->n_bands ? e->bands[0].nama : ""),
                               .rule = KIP_AWARD_BY_BAND,
                               .bands = xcalloc(1, sizeof(size_t)),
                               .n_bands = 1};
    e->awards[1] = (kip_award){.kode = xstrdup("terbaik"),
                               .nama = xstrdup(W_EVENT_AWARD_BEST),
                               .rule = KIP_AWARD_BY_RANK,
                               .ranks = 3};
}

/* The commission's identity: decree, emblems, letterhead, contact,
 * certificates and awards. */
static void read_identity(reader *rd, const cJSON *root, kip_event *e)
{
    static const char *const dkeys[] = {"nomor", "tanggal", "tentang", NULL};
    const cJSON *kep = get_object(rd, root, "keputusan", dkeys,
                                  "{\"nomor\": ..., \"tanggal\": ..., \"tentang\": ...}");
    if (kep) {
        long l = line_of(rd, kep);
        e->has_keputusan = true;
        e->keputusan.nomor = get_text(rd, kep, l, "nomor", W_EVENT_IN_DECREE, false);
        e->keputusan.tentang = get_text(rd, kep, l, "tentang", W_EVENT_IN_DECREE, false);
        char *tanggal = get_text(rd, kep, l, "tanggal", W_EVENT_IN_DECREE, false);
        if (tanggal && placeholder(tanggal))
            ; /* reported already */
        else if (tanggal && !kip_date_parse(tanggal, &e->keputusan.tanggal))
            PROBLEM(rd, cJSON_GetObjectItemCaseSensitive(kep, "tanggal"), W_EVENT_DECREE_DATE,
                    tanggal);
        else if (tanggal)
            e->keputusan.has_tanggal = true;
        free(tanggal);
    }

    const cJSON *logo = cJSON_GetObjectItemCaseSensitive(root, "logo");
    if (logo && cJSON_IsString(logo)) {
        get_image(rd, root, "logo", "logo", &e->logos[0]);
        e->n_logos = e->logos[0].rgb ? 1 : 0;
    } else if (logo && cJSON_IsArray(logo) && cJSON_GetArraySize(logo) >= 1
               && cJSON_GetArraySize(logo) <= 2) {
        const cJSON *item;
        cJSON_ArrayForEach(item, logo)
        {
            if (!cJSON_IsString(item) || item->valuestring[0] == '\0') {
                PROBLEM(rd, item, W_EVENT_LOGO_NOT_IMAGE);
                continue;
            }
            if (placeholder(item->valuestring))
                continue;
            char *path = item->valuestring[0] == '/'
                             ? xstrdup(item->valuestring)
                             : xasprintf("%s/%s", rd->dir, item->valuestring);
            if (image_load(path, "logo", rd->path, line_of(rd, logo), &e->logos[e->n_logos],
                           rd->pr))
                e->n_logos++;
            free(path);
        }
    } else if (logo) {
        PROBLEM(rd, logo, W_EVENT_LOGO_LIST);
    }

    /* the small marks of the scorecards' running header (20 pt high) */
    for (size_t i = 0; i < e->n_logos; i++) {
        image_shrink(&e->logos[i], LOGO_MARK_PIXELS, &e->logo_thumbs[i]);
        image_posterize(&e->logo_thumbs[i], LOGO_MARK_BITS);
    }

    const cJSON *kop = cJSON_GetObjectItemCaseSensitive(root, "kop");
    if (kop)
        e->n_kop = get_texts(rd, kop, "kop", 6, &e->kop);

    static const char *const ckeys[] = {"nama", "telepon", "surel", NULL};
    const cJSON *kontak =
        get_object(rd, root, "kontak", ckeys, "{\"nama\": ..., \"telepon\": ..., \"surel\": ...}");
    if (kontak) {
        long l = line_of(rd, kontak);
        e->kontak.nama = get_text(rd, kontak, l, "nama", W_EVENT_IN_CONTACT, true);
        e->kontak.telepon = get_text(rd, kontak, l, "telepon", W_EVENT_IN_CONTACT, false);
        e->kontak.surel = get_text(rd, kontak, l, "surel", W_EVENT_IN_CONTACT, false);
    }

    static const char *const qkeys[] = {"kutipan", "kutipan_nama", "kutipan_jabatan", NULL};
    const cJSON *press = get_object(rd, root, "siaran_pers", qkeys,
                                    "{\"kutipan\": ..., \"kutipan_nama\": ..., "
                                    "\"kutipan_jabatan\": ...}");
    if (press) {
        long l = line_of(rd, press);
        e->kutipan.teks = get_text(rd, press, l, "kutipan", W_EVENT_IN_PRESS, true);
        e->kutipan.nama = get_text(rd, press, l, "kutipan_nama", W_EVENT_IN_PRESS, false);
        e->kutipan.jabatan = get_text(rd, press, l, "kutipan_jabatan", W_EVENT_IN_PRESS, false);
    }

    e->piagam_tampilkan_nilai = true;
    static const char *const pkeys[] = {"nomor", "tampilkan_nilai", NULL};
    const cJSON *piagam =
        get_object(rd, root, "piagam", pkeys, "{\"nomor\": ..., \"tampilkan_nilai\": true}");
    if (piagam) {
        long l = line_of(rd, piagam);
        e->piagam_nomor = get_text(rd, piagam, l, "nomor", W_EVENT_IN_CERTIFICATE, false);
        if (e->piagam_nomor)
            check_number_pattern(rd, cJSON_GetObjectItemCaseSensitive(piagam, "nomor"),
                                 e->piagam_nomor);
        const cJSON *show = cJSON_GetObjectItemCaseSensitive(piagam, "tampilkan_nilai");
        if (show && !cJSON_IsBool(show))
            PROBLEM(rd, show, W_EVENT_SHOW_SCORE_BOOL);
        else if (show)
            e->piagam_tampilkan_nilai = cJSON_IsTrue(show);
    }

    const cJSON *awards = get_array(rd, root, "penghargaan", false);
    if (awards
        && (cJSON_GetArraySize(awards) == 0 || cJSON_GetArraySize(awards) > KIP_MAX_AWARDS)) {
        PROBLEM(rd, awards, W_EVENT_AWARD_COUNT, KIP_MAX_AWARDS);
    } else if (awards) {
        e->awards = xcalloc((size_t)cJSON_GetArraySize(awards), sizeof(kip_award));
        const cJSON *item;
        cJSON_ArrayForEach(item, awards)
        {
            if (!cJSON_IsObject(item)) {
                PROBLEM(rd, item, W_EVENT_AWARD_NOT_OBJECT);
                continue;
            }
            kip_award *a = &e->awards[e->n_awards++];
            read_award(rd, item, e, a);
            for (size_t k = 0; a->kode && k + 1 < e->n_awards; k++)
                if (e->awards[k].kode && strcmp(e->awards[k].kode, a->kode) == 0)
                    PROBLEM(rd, item, W_EVENT_AWARD_TWICE, a->kode);
        }
    }
    if (e->n_awards == 0)
        default_awards(e);
}

/* Why `url` is not an absolute http(s) address the documents can print and
 * encode, or NULL when it is one: the scheme, a host, then a path of
 * printable ASCII without spaces, quotes, a query or a fragment. */
static const char *site_url_problem(const char *url)
{
    for (const char *p = url; *p; p++) {
        unsigned char ch = (unsigned char)*p;
        if (ch <= ' ' || ch >= 0x7f)
            return W_EVENT_URL_CHARS;
        if (strchr("\"'<>\\`{}|^", ch))
            return W_EVENT_URL_QUOTES;
        if (ch == '?' || ch == '#')
            return W_EVENT_URL_QUERY;
    }
    const char *host;
    if (strncmp(url, "https://", 8) == 0)
        host = url + 8;
    else if (strncmp(url, "http://", 7) == 0)
        host = url + 7;
    else
        return W_EVENT_URL_NOT_ABSOLUTE;
    size_t host_len = strcspn(host, "/");
    if (host_len == 0 || host[0] == ':' || host[0] == '.' || host[0] == '@')
        return W_EVENT_URL_NO_HOST;
    return NULL;
}

/* Where the output folder will be published: "publikasi": {"situs": URL}. */
static void read_publication(reader *rd, const cJSON *root, kip_event *e)
{
    static const char *const keys[] = {"situs", NULL};
    const cJSON *pub = get_object(rd, root, "publikasi", keys, "{\"situs\": \"https://...\"}");
    if (!pub)
        return;
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(pub, "situs");
    if (!v)
        return;
    if (!cJSON_IsString(v) || v->valuestring[0] == '\0') {
        PROBLEM(rd, v, W_EVENT_SITE_NOT_URL);
        return;
    }
    if (placeholder(v->valuestring))
        return;
    size_t len = strlen(v->valuestring);
    if (len > EVENT_MAX_URL) {
        PROBLEM(rd, v, W_EVENT_SITE_TOO_LONG, EVENT_MAX_URL);
        return;
    }
    const char *why = site_url_problem(v->valuestring);
    if (why) {
        /* the address is not repeated: it may be unprintable */
        PROBLEM(rd, v, W_EVENT_SITE_BAD, why);
        return;
    }
    e->situs =
        v->valuestring[len - 1] == '/' ? xstrdup(v->valuestring) : xasprintf("%s/", v->valuestring);
}

static void read_top(reader *rd, const cJSON *root, kip_event *e)
{
    static const char *const keys[] = {
        "judul",         "tahun",     "penyelenggara", "tempat",  "tanggal",
        "penandatangan", "kategori",  "kualifikasi",   "tahapan", "indikator",
        "keputusan",     "logo",      "kop",           "kontak",  "piagam",
        "penghargaan",   "publikasi", "siaran_pers",   NULL,
    };
    check_keys(rd, root, W_EVENT_IN_FILE, keys);
    e->judul = get_text(rd, root, 1, "judul", "", true);
    e->penyelenggara = get_text(rd, root, 1, "penyelenggara", "", true);
    e->tempat = get_text(rd, root, 1, "tempat", "", true);

    const cJSON *tahun = cJSON_GetObjectItemCaseSensitive(root, "tahun");
    if (!tahun)
        problems_add(rd->pr, rd->path, 1, W_EVENT_YEAR_REQUIRED);
    else if (!cJSON_IsNumber(tahun) || !(tahun->valuedouble >= 1900 && tahun->valuedouble <= 2999)
             || tahun->valuedouble != (int)tahun->valuedouble) /* range first: no UB */
        PROBLEM(rd, tahun, W_EVENT_YEAR_BAD);
    else
        e->tahun = (int)tahun->valuedouble;

    char *tanggal = get_text(rd, root, 1, "tanggal", "", true);
    if (tanggal && !placeholder(tanggal) && !kip_date_parse(tanggal, &e->tanggal))
        PROBLEM(rd, cJSON_GetObjectItemCaseSensitive(root, "tanggal"), W_EVENT_DATE_BAD, tanggal);
    free(tanggal);

    const cJSON *ttd = cJSON_GetObjectItemCaseSensitive(root, "penandatangan");
    if (!ttd) {
        problems_add(rd->pr, rd->path, 1, W_EVENT_SIGNATORY_REQUIRED);
    } else if (!cJSON_IsObject(ttd)) {
        PROBLEM(rd, ttd, W_EVENT_SIGNATORY_NOT_OBJECT);
    } else {
        static const char *const tkeys[] = {"nama", "jabatan", "tanda_tangan", "stempel", NULL};
        check_keys(rd, ttd, W_EVENT_IN_SIGNATORY, tkeys);
        long l = line_of(rd, ttd);
        e->penandatangan_nama = get_text(rd, ttd, l, "nama", W_EVENT_IN_SIGNATORY, true);
        e->penandatangan_jabatan = get_text(rd, ttd, l, "jabatan", W_EVENT_IN_SIGNATORY, true);
        get_image(rd, ttd, "tanda_tangan", W_EVENT_SIGNATURE, &e->tanda_tangan);
        get_image(rd, ttd, "stempel", W_EVENT_STAMP, &e->stempel);
    }

    read_categories(rd, root, e);
    read_bands(rd, root, e);
    read_identity(rd, root, e);
    read_publication(rd, root, e);
    read_parts(rd, root, "tahapan", W_EVENT_STAGES, true, &e->stages, &e->n_stages);
    read_parts(rd, root, "indikator", W_EVENT_INDICATORS, false, &e->indicators, &e->n_indicators);

    for (size_t i = 0; i < e->n_stages; i++)
        for (size_t k = 0; k < e->n_indicators; k++)
            if (strcmp(e->stages[i].kode, e->indicators[k].kode) == 0)
                problems_add(rd->pr, rd->path, 1, W_EVENT_CODE_STAGE_AND_INDICATOR,
                             e->stages[i].kode);
}

/* The offset of the first "\u0000" escape inside a JSON string of text
 * (cJSON would cut the string there), or (size_t)-1 when there is none.
 * An escaped backslash followed by "u0000" is not one. */
static size_t escaped_nul(const char *text, size_t len)
{
    bool in_string = false;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '"') {
            in_string = !in_string;
        } else if (in_string && text[i] == '\\' && i + 1 < len) {
            if (text[i + 1] == 'u' && i + 6 <= len && memcmp(text + i + 2, "0000", 4) == 0)
                return i;
            i++; /* the escaped character */
        }
    }
    return (size_t)-1;
}

static long line_at(const char *text, size_t offset)
{
    long line = 1;
    for (size_t i = 0; i < offset; i++)
        if (text[i] == '\n')
            line++;
    return line;
}

kip_event *event_parse(const char *path, const char *text, size_t len, problems *pr)
{
    size_t start = 0;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        start = 3;
    size_t i = start;
    while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n'))
        i++;
    if (i == len) {
        problems_add(pr, path, 0, W_EVENT_EMPTY);
        return NULL;
    }
    size_t bad;
    if (!utf8_valid(text, len, &bad)) {
        problems_add(pr, path, line_at(text, bad), W_EVENT_NOT_UTF8);
        return NULL;
    }
    if (memchr(text, '\0', len)) {
        problems_add(pr, path,
                     line_at(text, (size_t)((const char *)memchr(text, '\0', len) - text)),
                     W_EVENT_NUL_BYTE);
        return NULL;
    }
    size_t nul = escaped_nul(text + start, len - start);
    if (nul != (size_t)-1) {
        problems_add(pr, path, line_at(text, start + nul), W_EVENT_NUL_ESCAPE);
        return NULL;
    }

    if (!json_check_bound(text + start, len - start, path, pr))
        return NULL;
    const char *end = NULL;
    /* The length includes the terminating NUL: cJSON wants to see it. */
    cJSON *root = cJSON_ParseWithLengthOpts(text + start, len - start + 1, &end, 1);
    if (!root) {
        size_t off = end ? (size_t)(end - text) : len;
        if (off > len)
            off = len;
        problems_add(pr, path, line_at(text, off), W_EVENT_BAD_JSON);
        return NULL;
    }
    if (!cJSON_IsObject(root)) {
        problems_add(pr, path, 1, W_EVENT_NOT_OBJECT_ROOT);
        cJSON_Delete(root);
        return NULL;
    }

    const char *slash = strrchr(path, '/');
    reader rd = {.path = path,
                 .pr = pr,
                 .dir = slash ? xstrndup(path, (size_t)(slash - path)) : xstrdup(".")};
    scan_keys(&rd, text + start, len - start);
    if (rd.n_keys > EVENT_MAX_KEYS) {
        /* checking keys is quadratic in the worst case: a real event has
         * about a hundred */
        problems_add(pr, path, 0, W_EVENT_TOO_MANY_KEYS, rd.n_keys, EVENT_MAX_KEYS);
        free(rd.key_lines);
        free(rd.dir);
        cJSON_Delete(root);
        return NULL;
    }
    assign_lines(&rd, root, 1);

    kip_event *e = xcalloc(1, sizeof(kip_event));
    report_placeholders(&rd, root, "");
    read_top(&rd, root, e);

    free(rd.lines);
    free(rd.key_lines);
    free(rd.dir);
    cJSON_Delete(root);
    return e;
}

kip_event *event_load(const char *path, problems *pr)
{
    size_t len;
    char *text = input_read(path, W_EVENT_FILE, EVENT_MAX_BYTES, pr, &len);
    if (!text)
        return NULL;
    kip_event *e = event_parse(path, text, len, pr);
    if (e) {
        e->source = text; /* kept for the archive's copy */
        e->source_len = len;
    } else {
        free(text);
    }
    return e;
}
