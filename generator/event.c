#include "event.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "input.h"
#include "text.h"
#include "filename.h"
#include "util.h"

/* cJSON keeps no positions: the line of every object member is found by a
 * scan of the text for keys (a string followed by ':'), which come in the
 * same order as a depth-first walk of the parsed tree. */
typedef struct {
    const cJSON *item;
    long line;
} item_line;

typedef struct {
    const char *path;
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
            PROBLEM(rd, c, "kunci \"%s\" tidak dikenal %s (yang boleh: %s)", c->string, where,
                    list);
        }
        for (const cJSON *d = obj->child; d != c; d = d->next)
            if (strcmp(c->string, d->string) == 0) {
                PROBLEM(rd, c, "kunci \"%s\" ditulis dua kali %s (juga di baris %ld)", c->string,
                        where, line_of(rd, d));
                break;
            }
    }
}

/* A required or optional string member; returns a copy or NULL. */
static char *get_text(reader *rd, const cJSON *obj, long obj_line, const char *key,
                      const char *where, bool required)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!v) {
        if (required)
            problems_add(rd->pr, rd->path, obj_line, "\"%s\" wajib diisi%s%s", key,
                         *where ? " " : "", where);
        return NULL;
    }
    if (!cJSON_IsString(v) || v->valuestring[0] == '\0') {
        PROBLEM(rd, v, "\"%s\" %s harus berupa teks yang tidak kosong", key, where);
        return NULL;
    }
    if (strlen(v->valuestring) > EVENT_MAX_TEXT) {
        PROBLEM(rd, v, "\"%s\" %s terlalu panjang (lebih dari %d bita)", key, where,
                EVENT_MAX_TEXT);
        return NULL;
    }
    unsigned bad;
    char *printable = utf8_to_cp1252(v->valuestring, &bad);
    if (!printable) {
        char desc[64];
        text_describe_char(bad, desc, sizeof desc);
        PROBLEM(rd, v, "\"%s\" %s memuat karakter %s yang tidak dapat dicetak di PDF", key, where,
                desc);
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
            problems_add(rd->pr, rd->path, obj_line, "\"%s\" wajib diisi%s%s", key,
                         *where ? " " : "", where);
        return false;
    }
    if (!cJSON_IsNumber(v) || !score_from_double(v->valuedouble, out)) {
        PROBLEM(rd, v, "\"%s\" %s harus berupa angka dengan paling banyak dua desimal", key, where);
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
            problems_add(rd->pr, rd->path, 1, "\"%s\" wajib diisi", key);
        return NULL;
    }
    if (!cJSON_IsArray(v)) {
        PROBLEM(rd, v, "\"%s\" harus berupa daftar [ ... ]", key);
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
        PROBLEM(rd, arr, "\"kategori\" kosong: sebutkan paling sedikit satu kategori");
    e->categories = xcalloc(n, sizeof(kip_category));
    size_t i = 0;
    for (const cJSON *c = arr->child; c; c = c->next, i++) {
        char where[64];
        snprintf(where, sizeof where, "pada kategori ke-%zu", i + 1);
        if (!cJSON_IsObject(c)) {
            PROBLEM(rd, c, "kategori ke-%zu harus berupa objek {\"kode\": ..., \"nama\": ...}",
                    i + 1);
            continue;
        }
        check_keys(rd, c, where, keys);
        long l = line_of(rd, c);
        char *kode = get_text(rd, c, l, "kode", where, true);
        char *nama = get_text(rd, c, l, "nama", where, true);
        if (kode && (!is_code(kode) || !filename_ok(kode, FILENAME_MAX_ID))) {
            PROBLEM(rd, cJSON_GetObjectItemCaseSensitive(c, "kode"),
                    "kode kategori \"%s\" menjadi nama folder, jadi hanya boleh memuat huruf "
                    "kecil a-z, angka, '_' dan '-' (paling banyak %d, bukan nama perangkat seperti "
                    "con atau aux)",
                    kode, FILENAME_MAX_ID);
        }
        for (size_t k = 0; kode && k < e->n_categories; k++)
            if (e->categories[k].kode && ascii_casecmp(e->categories[k].kode, kode) == 0)
                PROBLEM(rd, c, "kode kategori \"%s\" dipakai dua kali", kode);
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
    {"Informatif", 90},        {"Menuju Informatif", 80}, {"Cukup Informatif", 60},
    {"Kurang Informatif", 40}, {"Tidak Informatif", 0},
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
        snprintf(where, sizeof where, "pada kualifikasi ke-%zu", i + 1);
        if (!cJSON_IsObject(c)) {
            PROBLEM(rd, c, "kualifikasi ke-%zu harus berupa objek {\"nama\": ..., \"min\": ...}",
                    i + 1);
            continue;
        }
        check_keys(rd, c, where, keys);
        long l = line_of(rd, c);
        kip_band *b = &e->bands[e->n_bands];
        b->nama = get_text(rd, c, l, "nama", where, true);
        if (!b->nama)
            b->nama = xstrdup("");
        if (get_number(rd, c, l, "min", where, true, &b->min) && (b->min < 0 || b->min > 10000))
            PROBLEM(rd, cJSON_GetObjectItemCaseSensitive(c, "min"),
                    "\"min\" %s harus di antara 0 dan 100", where);
        char *warna = get_text(rd, c, l, "warna", where, false);
        if (warna) {
            if (parse_color(warna, &b->color))
                colored[e->n_bands] = true;
            else
                PROBLEM(rd, cJSON_GetObjectItemCaseSensitive(c, "warna"),
                        "\"warna\" %s harus ditulis seperti \"#1B7F3B\"", where);
            free(warna);
        }
        for (size_t k = 0; k < e->n_bands; k++) {
            if (e->bands[k].min == b->min)
                PROBLEM(rd, c, "dua kualifikasi memakai \"min\" yang sama (%lld)",
                        (long long)b->min / 100);
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
        PROBLEM(rd, arr,
                "\"kualifikasi\" kosong: hapus kunci ini untuk memakai kualifikasi "
                "nasional, atau sebutkan kualifikasinya");
    else if (e->n_bands > 0 && e->bands[e->n_bands - 1].min != 0)
        PROBLEM(rd, arr,
                "kualifikasi terendah harus memiliki \"min\": 0 agar setiap nilai "
                "mendapat kualifikasi");
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
        snprintf(where, sizeof where, "pada %s ke-%zu", label, i + 1);
        if (!cJSON_IsObject(c)) {
            PROBLEM(rd, c, "%s ke-%zu harus berupa objek {\"kode\": ..., \"nama\": ...}", label,
                    i + 1);
            all_weights = false;
            continue;
        }
        check_keys(rd, c, where, keys);
        long l = line_of(rd, c);
        kip_part *p = &parts[count];
        p->kode = get_text(rd, c, l, "kode", where, true);
        p->nama = get_text(rd, c, l, "nama", where, true);
        if (p->kode && !is_code(p->kode)) {
            PROBLEM(rd, c,
                    "kode \"%s\" hanya boleh memuat huruf kecil a-z, angka, '_' dan '-' "
                    "(kode ini menjadi nama kolom di berkas nilai)",
                    p->kode);
        }
        for (size_t k = 0; p->kode && reserved_columns[k]; k++)
            if (strcmp(p->kode, reserved_columns[k]) == 0)
                PROBLEM(rd, c, "kode \"%s\" %s sudah dipakai sebagai kolom tetap berkas nilai",
                        p->kode, where);
        for (size_t k = 0; p->kode && k < count; k++)
            if (parts[k].kode && strcmp(parts[k].kode, p->kode) == 0)
                PROBLEM(rd, c, "kode \"%s\" dipakai dua kali di \"%s\"", p->kode, key);
        if (get_number(rd, c, l, "bobot", where, weights_required, &p->bobot)) {
            if (p->bobot <= 0 || p->bobot > 10000)
                PROBLEM(rd, cJSON_GetObjectItemCaseSensitive(c, "bobot"),
                        "\"bobot\" %s harus lebih dari 0 dan paling besar 100", where);
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
        PROBLEM(rd, arr, "bobot %s berjumlah %s, padahal harus berjumlah 100", label,
                score_format_id(sum, s, sizeof s));
    }
    *out = parts;
    *n_out = count;
}

static bool parse_date(const char *s, kip_date *d)
{
    char tail;
    if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%c", &d->year, &d->month, &d->day, &tail) != 3)
        return false;
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d->year < 1900 || d->year > 2999 || d->month < 1 || d->month > 12 || d->day < 1
        || d->day > days[d->month - 1])
        return false;
    bool leap = (d->year % 4 == 0 && d->year % 100 != 0) || d->year % 400 == 0;
    return !(d->month == 2 && d->day == 29 && !leap);
}

static void read_top(reader *rd, const cJSON *root, kip_event *e)
{
    static const char *const keys[] = {
        "judul",    "tahun",       "penyelenggara", "tempat",    "tanggal", "penandatangan",
        "kategori", "kualifikasi", "tahapan",       "indikator", NULL,
    };
    check_keys(rd, root, "di berkas acara", keys);
    e->judul = get_text(rd, root, 1, "judul", "", true);
    e->penyelenggara = get_text(rd, root, 1, "penyelenggara", "", true);
    e->tempat = get_text(rd, root, 1, "tempat", "", true);

    const cJSON *tahun = cJSON_GetObjectItemCaseSensitive(root, "tahun");
    if (!tahun)
        problems_add(rd->pr, rd->path, 1, "\"tahun\" wajib diisi");
    else if (!cJSON_IsNumber(tahun) || !(tahun->valuedouble >= 1900 && tahun->valuedouble <= 2999)
             || tahun->valuedouble != (int)tahun->valuedouble) /* range first: no UB */
        PROBLEM(rd, tahun, "\"tahun\" harus berupa tahun seperti 2021");
    else
        e->tahun = (int)tahun->valuedouble;

    char *tanggal = get_text(rd, root, 1, "tanggal", "", true);
    if (tanggal && !parse_date(tanggal, &e->tanggal))
        PROBLEM(rd, cJSON_GetObjectItemCaseSensitive(root, "tanggal"),
                "\"tanggal\" \"%s\" bukan tanggal yang sah; tulis seperti \"2021-11-24\" "
                "(tahun-bulan-hari)",
                tanggal);
    free(tanggal);

    const cJSON *ttd = cJSON_GetObjectItemCaseSensitive(root, "penandatangan");
    if (!ttd) {
        problems_add(rd->pr, rd->path, 1, "\"penandatangan\" wajib diisi");
    } else if (!cJSON_IsObject(ttd)) {
        PROBLEM(rd, ttd, "\"penandatangan\" harus berupa objek {\"nama\": ..., \"jabatan\": ...}");
    } else {
        static const char *const tkeys[] = {"nama", "jabatan", NULL};
        check_keys(rd, ttd, "pada penandatangan", tkeys);
        long l = line_of(rd, ttd);
        e->penandatangan_nama = get_text(rd, ttd, l, "nama", "pada penandatangan", true);
        e->penandatangan_jabatan = get_text(rd, ttd, l, "jabatan", "pada penandatangan", true);
    }

    read_categories(rd, root, e);
    read_bands(rd, root, e);
    read_parts(rd, root, "tahapan", "tahapan", true, &e->stages, &e->n_stages);
    read_parts(rd, root, "indikator", "indikator", false, &e->indicators, &e->n_indicators);

    for (size_t i = 0; i < e->n_stages; i++)
        for (size_t k = 0; k < e->n_indicators; k++)
            if (strcmp(e->stages[i].kode, e->indicators[k].kode) == 0)
                problems_add(rd->pr, rd->path, 1,
                             "kode \"%s\" dipakai oleh tahapan dan indikator sekaligus",
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
        problems_add(pr, path, 0, "berkas kosong");
        return NULL;
    }
    size_t bad;
    if (!utf8_valid(text, len, &bad)) {
        problems_add(pr, path, line_at(text, bad),
                     "teks bukan UTF-8; simpan ulang berkas dengan pengodean UTF-8");
        return NULL;
    }
    if (memchr(text, '\0', len)) {
        problems_add(pr, path,
                     line_at(text, (size_t)((const char *)memchr(text, '\0', len) - text)),
                     "berkas memuat byte nol; ini bukan berkas teks JSON");
        return NULL;
    }
    size_t nul = escaped_nul(text + start, len - start);
    if (nul != (size_t)-1) {
        problems_add(pr, path, line_at(text, start + nul),
                     "teks memuat \"\\u0000\" (karakter nol), yang akan memotong teks di situ; "
                     "hapus karakter itu");
        return NULL;
    }

    const char *end = NULL;
    /* The length includes the terminating NUL: cJSON wants to see it. */
    cJSON *root = cJSON_ParseWithLengthOpts(text + start, len - start + 1, &end, 1);
    if (!root) {
        size_t off = end ? (size_t)(end - text) : len;
        if (off > len)
            off = len;
        problems_add(pr, path, line_at(text, off),
                     "JSON tidak sah di baris ini atau di akhir baris sebelumnya (periksa koma, "
                     "tanda kutip dan kurung)");
        return NULL;
    }
    if (!cJSON_IsObject(root)) {
        problems_add(pr, path, 1, "isi berkas acara harus berupa objek { ... }");
        cJSON_Delete(root);
        return NULL;
    }

    reader rd = {.path = path, .pr = pr};
    scan_keys(&rd, text + start, len - start);
    if (rd.n_keys > EVENT_MAX_KEYS) {
        /* checking keys is quadratic in the worst case: a real event has
         * about a hundred */
        problems_add(pr, path, 0, "berkas acara memuat %zu kunci; paling banyak %d", rd.n_keys,
                     EVENT_MAX_KEYS);
        free(rd.key_lines);
        cJSON_Delete(root);
        return NULL;
    }
    assign_lines(&rd, root, 1);

    kip_event *e = xcalloc(1, sizeof(kip_event));
    read_top(&rd, root, e);

    free(rd.lines);
    free(rd.key_lines);
    cJSON_Delete(root);
    return e;
}

kip_event *event_load(const char *path, problems *pr)
{
    size_t len;
    char *text = input_read(path, "berkas acara", EVENT_MAX_BYTES, pr, &len);
    if (!text)
        return NULL;
    kip_event *e = event_parse(path, text, len, pr);
    free(text);
    return e;
}
