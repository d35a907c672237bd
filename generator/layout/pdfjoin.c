#include "pdfjoin.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "labels.h"
#include "output.h"
#include "sha256.h"
#include "util.h"

/* The whole file's first objects, written last; the parts' objects are
 * numbered after them. */
enum { OBJ_CATALOG = 1, OBJ_PAGES = 2, OBJ_OUTLINES = 3, OBJ_FIRST_FREE = 4 };

typedef struct {
    char *title; /* UTF-8 */
    int parent, page;
    bool open;
    int first, last, prev, next; /* indexes of marks, -1: none */
    long visible;                /* descendants shown when every open one is */
} mark;

typedef struct {
    int page;
    char *prefix;
} label;

typedef struct {
    uint8_t digest[SHA256_BYTES];
    long number;
} seen_stream;

/* A growable buffer of bytes. */
typedef struct {
    char *data;
    size_t len, cap;
} buf;

static void buf_add(buf *b, const void *data, size_t len)
{
    if (b->len + len + 1 > b->cap) {
        while (b->len + len + 1 > b->cap)
            b->cap = b->cap ? b->cap * 2 : 256;
        b->data = xrealloc(b->data, b->cap);
    }
    memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0';
}

static void buf_str(buf *b, const char *s)
{
    buf_add(b, s, strlen(s));
}

__attribute__((format(printf, 2, 3))) static void buf_fmt(buf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof small) {
        buf_add(b, small, (size_t)n);
        return;
    }
    char *big = xmalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    buf_add(b, big, (size_t)n);
    free(big);
}

struct pdfjoin {
    char *name;
    output_file *file;  /* NULL: nothing written */
    long long offset;   /* bytes written so far */
    long next;          /* the next object number */
    long long *offsets; /* by object number */
    size_t cap_offsets;
    long *pages; /* the pages' object numbers, in order */
    size_t n_pages, cap_pages;
    seen_stream *streams;
    size_t n_streams, cap_streams;
    mark *marks;
    size_t n_marks, cap_marks;
    label *labels;
    size_t n_labels, cap_labels;
    bool have_first;
    long info;           /* the first part's Info, renumbered; 0: none */
    char *id;            /* its trailer's /ID value, as written */
    char *catalog_extra; /* its catalog's /OutputIntents and /Metadata */
};

static void emit(pdfjoin *j, const void *data, size_t len)
{
    if (j->file)
        output_file_write(j->file, data, len);
    j->offset += (long long)len;
}

static void emit_buf(pdfjoin *j, const buf *b)
{
    emit(j, b->data, b->len);
}

/* Object `number` starts here. */
static void start_object(pdfjoin *j, long number)
{
    if ((size_t)number >= j->cap_offsets) {
        size_t cap = j->cap_offsets ? j->cap_offsets : 1024;
        while ((size_t)number >= cap)
            cap *= 2;
        j->offsets = xrealloc(j->offsets, cap * sizeof(long long));
        memset(j->offsets + j->cap_offsets, 0, (cap - j->cap_offsets) * sizeof(long long));
        j->cap_offsets = cap;
    }
    j->offsets[number] = j->offset;
    char head[48];
    int n = snprintf(head, sizeof head, "%ld 0 obj\n", number);
    emit(j, head, (size_t)n);
}

pdfjoin *pdfjoin_begin(const char *path, const char *name, char **error)
{
    pdfjoin *j = xcalloc(1, sizeof(pdfjoin));
    j->name = xstrdup(name ? name : path ? path : "PDF");
    if (path) {
        j->file = output_file_create(path, error);
        if (!j->file) {
            free(j->name);
            free(j);
            return NULL;
        }
    }
    j->next = OBJ_FIRST_FREE;
    return j;
}

int pdfjoin_pages(const pdfjoin *j)
{
    return (int)j->n_pages;
}

/* Reading a part. */

typedef struct {
    const unsigned char *pdf;
    size_t len;
    size_t n;                  /* objects 0 .. n-1 */
    size_t *offsets;           /* 0: not in use */
    long *map;                 /* the part's number -> the whole's; 0: dropped */
    unsigned char *is_len;     /* the object is only a stream's /Length */
    unsigned char *is_content; /* the object is a page's content stream */
    unsigned char *skip;       /* not written (a later part's archival objects) */
    char **footer;             /* a page's footer stream: the content put in its place */
} part;

/* The characters' classes (ISO 32000-1, 7.2.2): white space and
 * delimiters, looked up (the parse of every card of the book asks for
 * each of its bytes). */
enum { SPACE = 1, DELIM = 2 };
static const unsigned char char_class[256] = {
    [' '] = SPACE, ['\n'] = SPACE, ['\r'] = SPACE, ['\t'] = SPACE, ['\f'] = SPACE, ['\0'] = SPACE,
    ['('] = DELIM, [')'] = DELIM,  ['<'] = DELIM,  ['>'] = DELIM,  ['['] = DELIM,  [']'] = DELIM,
    ['{'] = DELIM, ['}'] = DELIM,  ['/'] = DELIM,  ['%'] = DELIM,
};

static bool is_space(unsigned char c)
{
    return char_class[c] & SPACE;
}

static bool is_delim(unsigned char c)
{
    return char_class[c] & DELIM;
}

static size_t skip_space(const part *p, size_t i, size_t end)
{
    while (i < end && is_space(p->pdf[i]))
        i++;
    return i;
}

/* A non-negative integer at i (digits only, then a delimiter); its end in
 * *after, or false. */
static bool integer_at(const part *p, size_t i, size_t end, long *value, size_t *after)
{
    size_t k = i;
    long v = 0;
    while (k < end && p->pdf[k] >= '0' && p->pdf[k] <= '9' && k - i < 12)
        v = v * 10 + (p->pdf[k++] - '0');
    if (k == i || (k < end && !is_space(p->pdf[k]) && !is_delim(p->pdf[k])))
        return false;
    *value = v;
    *after = k;
    return true;
}

/* "N G R" at i: the number N and the end in *after. */
static bool ref_at(const part *p, size_t i, size_t end, long *number, size_t *after)
{
    long n, g;
    size_t k;
    if (!integer_at(p, i, end, &n, &k))
        return false;
    size_t s = skip_space(p, k, end);
    if (s == k || !integer_at(p, s, end, &g, &k))
        return false;
    s = skip_space(p, k, end);
    if (s == k || s >= end || p->pdf[s] != 'R'
        || (s + 1 < end && !is_space(p->pdf[s + 1]) && !is_delim(p->pdf[s + 1])))
        return false;
    *number = n;
    *after = s + 1;
    return true;
}

/* The end of the token at i (a string, a hex string, a name, a number or
 * a keyword); "<<", ">>", "[" and "]" are tokens of their own. */
static size_t token_end(const part *p, size_t i, size_t end)
{
    unsigned char c = p->pdf[i];
    if (c == '(') {
        int depth = 0;
        for (size_t k = i; k < end; k++) {
            if (p->pdf[k] == '\\')
                k++;
            else if (p->pdf[k] == '(')
                depth++;
            else if (p->pdf[k] == ')' && --depth == 0)
                return k + 1;
        }
        return end;
    }
    if (c == '<' || c == '>') {
        if (i + 1 < end && p->pdf[i + 1] == c)
            return i + 2;
        if (c == '>')
            return i + 1;
        const unsigned char *close = memchr(p->pdf + i, '>', end - i);
        return close ? (size_t)(close - p->pdf) + 1 : end;
    }
    if (c == '[' || c == ']' || c == '{' || c == '}')
        return i + 1;
    size_t k = i + 1;
    while (k < end && !is_space(p->pdf[k]) && !is_delim(p->pdf[k]))
        k++;
    return k;
}

/* One value from i (after spaces): its end.  With `out`, the value is
 * copied there with every reference renumbered, and `length` (>= 0)
 * written as the value of a /Length key at the top of a dictionary.
 * Counts in *refs the references met, a /Length's own not counted and
 * its number in *length_ref. */
static size_t value(const part *p, size_t i, size_t end, buf *out, long length, long *refs,
                    long *length_ref)
{
    int depth = 0;
    bool after_length = false;
    i = skip_space(p, i, end);
    while (i < end) {
        size_t s = skip_space(p, i, end);
        if (out && s > i)
            buf_add(out, p->pdf + i, s - i);
        i = s;
        if (i >= end)
            break;
        long number;
        size_t after;
        size_t t;
        bool was_length = after_length;
        after_length = false;
        if (ref_at(p, i, end, &number, &after)) {
            if (was_length) {
                if (length_ref)
                    *length_ref = number;
                if (out)
                    buf_fmt(out, "%ld", length);
            } else {
                if (refs)
                    (*refs)++;
                if (out) {
                    long to = number < (long)p->n ? p->map[number] : 0;
                    buf_fmt(out, "%ld 0 R", to);
                }
            }
            t = after;
        } else {
            t = token_end(p, i, end);
            unsigned char c = p->pdf[i];
            bool open = (c == '<' && t == i + 2) || c == '[';
            bool close = (c == '>' && t == i + 2) || c == ']';
            if (was_length && out && !open && !close && c != '/')
                buf_fmt(out, "%ld", length);
            else if (out)
                buf_add(out, p->pdf + i, t - i);
            if (open)
                depth++;
            if (close)
                depth--;
            if (depth == 1 && c == '/' && t - i == 7 && memcmp(p->pdf + i, "/Length", 7) == 0)
                after_length = true;
        }
        i = t;
        if (depth <= 0)
            return i;
    }
    return i;
}

/* The object `n` of the part: where its value starts, ends, and its
 * stream's data (start and length; *data_len -1 without a stream). */
typedef struct {
    size_t start, end;
    size_t data;
    long data_len;
    long length_ref; /* the /Length's object, or 0 */
    long refs;       /* references in the value, /Length's not counted */
} object;

/* Where the value of object n starts, after "n 0 obj". */
static bool object_start(const part *p, size_t n, size_t *start)
{
    if (n == 0 || n >= p->n || !p->offsets[n])
        return false;
    size_t i = p->offsets[n], k;
    long num, gen;
    if (!integer_at(p, i, p->len, &num, &k) || (size_t)num != n)
        return false;
    i = skip_space(p, k, p->len);
    if (!integer_at(p, i, p->len, &gen, &k))
        return false;
    i = skip_space(p, k, p->len);
    if (p->len - i < 3 || memcmp(p->pdf + i, "obj", 3) != 0)
        return false;
    *start = i + 3;
    return true;
}

/* Object n when it is a plain integer (a stream's length). */
static bool integer_object(const part *p, long n, long *v)
{
    size_t at, k;
    return n > 0 && object_start(p, (size_t)n, &at)
           && integer_at(p, skip_space(p, at, p->len), p->len, v, &k);
}

static bool object_at(const part *p, size_t n, object *o)
{
    size_t k;
    if (!object_start(p, n, &o->start))
        return false;
    o->refs = 0;
    o->length_ref = 0;
    o->end = value(p, o->start, p->len, NULL, -1, &o->refs, &o->length_ref);
    o->data_len = -1;
    size_t s = skip_space(p, o->end, p->len);
    if (p->len - s >= 6 && memcmp(p->pdf + s, "stream", 6) == 0) {
        s += 6;
        if (s < p->len && p->pdf[s] == '\r')
            s++;
        if (s < p->len && p->pdf[s] == '\n')
            s++;
        o->data = s;
        /* the length: given directly, or as an object holding it */
        long length = -1;
        if (o->length_ref > 0) {
            if (!integer_object(p, o->length_ref, &length))
                return false;
        } else {
            /* a direct /Length: find it again in the dictionary */
            for (size_t a = o->start; a + 8 < o->end; a++)
                if (memcmp(p->pdf + a, "/Length", 7) == 0 && is_space(p->pdf[a + 7])) {
                    size_t at = skip_space(p, a + 7, o->end);
                    if (integer_at(p, at, o->end, &length, &k))
                        break;
                }
        }
        if (length < 0 || (size_t)length > p->len - s)
            return false;
        o->data_len = length;
    }
    return true;
}

/* The value of `key` at the top of the dictionary of object n: its span. */
static bool dict_get(const part *p, const object *o, const char *key, size_t *from, size_t *to)
{
    size_t i = skip_space(p, o->start, o->end);
    if (o->end - i < 2 || p->pdf[i] != '<' || p->pdf[i + 1] != '<')
        return false;
    i += 2;
    size_t klen = strlen(key);
    while (i < o->end) {
        i = skip_space(p, i, o->end);
        if (i >= o->end || p->pdf[i] != '/')
            return false;
        size_t k = token_end(p, i, o->end);
        size_t v = skip_space(p, k, o->end);
        size_t e = value(p, v, o->end, NULL, -1, NULL, NULL);
        if (k - i == klen && memcmp(p->pdf + i, key, klen) == 0) {
            *from = v;
            *to = e;
            return true;
        }
        i = e;
    }
    return false;
}

static bool dict_ref(const part *p, const object *o, const char *key, long *number)
{
    size_t from, to, after;
    return dict_get(p, o, key, &from, &to) && ref_at(p, from, to, number, &after)
           && (size_t)*number < p->n && p->offsets[*number] != 0;
}

/* The cross-reference table and the trailer's span. */
static bool read_xref(part *p, size_t *trailer_from)
{
    static const char tail[] = "startxref";
    size_t at = 0;
    bool found = false;
    size_t look = p->len > 64 ? p->len - 64 : 0;
    for (size_t i = p->len >= sizeof tail ? p->len - sizeof tail : 0; !found && i >= look; i--) {
        if (memcmp(p->pdf + i, tail, sizeof tail - 1) == 0) {
            at = i;
            found = true;
        }
        if (i == 0)
            break;
    }
    long xref;
    size_t k;
    if (!found || !integer_at(p, skip_space(p, at + sizeof tail - 1, p->len), p->len, &xref, &k)
        || (size_t)xref + 4 > p->len || memcmp(p->pdf + xref, "xref", 4) != 0)
        return false;
    size_t i = skip_space(p, (size_t)xref + 4, p->len);
    long first, count;
    if (!integer_at(p, i, p->len, &first, &k) || first != 0)
        return false;
    i = skip_space(p, k, p->len);
    if (!integer_at(p, i, p->len, &count, &k) || count < 1 || count > 10000000)
        return false;
    i = skip_space(p, k, p->len);
    if ((size_t)count > (p->len - i) / 20)
        return false;
    p->n = (size_t)count;
    p->offsets = xcalloc(p->n, sizeof(size_t));
    for (size_t e = 0; e < p->n; e++, i += 20) {
        const unsigned char *entry = p->pdf + i;
        if (entry[17] != 'n')
            continue;
        long off;
        if (!integer_at(p, i, i + 10, &off, &k) || (size_t)off >= p->len)
            return false;
        p->offsets[e] = (size_t)off;
    }
    i = skip_space(p, i, p->len);
    if (p->len - i < 7 || memcmp(p->pdf + i, "trailer", 7) != 0)
        return false;
    *trailer_from = i + 7;
    return true;
}

/* The trailer's value of `key`, as a span. */
static bool trailer_get(const part *p, size_t from, const char *key, size_t *vfrom, size_t *vto)
{
    object t = {.start = from};
    t.end = value(p, from, p->len, NULL, -1, NULL, NULL);
    return dict_get(p, &t, key, vfrom, vto);
}

static char *part_error(const pdfjoin *j, const char *what)
{
    return xasprintf(W_PDFJOIN_PART_UNREADABLE, j->name, what);
}

static long stream_seen(pdfjoin *j, const uint8_t digest[SHA256_BYTES])
{
    for (size_t i = 0; i < j->n_streams; i++)
        if (memcmp(j->streams[i].digest, digest, SHA256_BYTES) == 0)
            return j->streams[i].number;
    return 0;
}

static void part_free(part *p)
{
    if (p->footer)
        for (size_t n = 0; n < p->n; n++)
            free(p->footer[n]);
    free(p->footer);
    free(p->offsets);
    free(p->map);
    free(p->is_len);
    free(p->is_content);
    free(p->skip);
}

/* The span from..to as an object of its own, to read a dictionary inside
 * another (a page's /Resources). */
static object span_object(size_t from, size_t to)
{
    object o = {.start = from, .end = to, .data_len = -1};
    return o;
}

/* The dictionary at from..to, or the object it refers to. */
static bool dict_at(const part *p, size_t from, size_t to, object *objs, object *o)
{
    long n;
    size_t after;
    if (ref_at(p, from, to, &n, &after)) {
        if ((size_t)n >= p->n || !p->offsets[n])
            return false;
        *o = objs[n];
        return true;
    }
    *o = span_object(from, to);
    return true;
}

/* The name (without its slash) under which the page's resources give the
 * font whose /BaseFont is `base` (a subset's tag before it allowed). */
static char *font_resource(const part *p, object *objs, const object *page, const char *base)
{
    size_t from, to;
    object res, fonts;
    if (!dict_get(p, page, "/Resources", &from, &to) || !dict_at(p, from, to, objs, &res)
        || !dict_get(p, &res, "/Font", &from, &to) || !dict_at(p, from, to, objs, &fonts))
        return NULL;
    size_t i = skip_space(p, fonts.start, fonts.end);
    if (fonts.end - i < 2 || p->pdf[i] != '<' || p->pdf[i + 1] != '<')
        return NULL;
    size_t blen = strlen(base);
    for (i += 2; i < fonts.end;) {
        i = skip_space(p, i, fonts.end);
        if (i >= fonts.end || p->pdf[i] != '/')
            return NULL;
        size_t k = token_end(p, i, fonts.end);
        size_t v = skip_space(p, k, fonts.end);
        size_t e = value(p, v, fonts.end, NULL, -1, NULL, NULL);
        long n;
        size_t after, bf, bt;
        if (ref_at(p, v, e, &n, &after) && (size_t)n < p->n && p->offsets[n]
            && dict_get(p, &objs[n], "/BaseFont", &bf, &bt) && bt - bf > blen
            && memcmp(p->pdf + bt - blen, base, blen) == 0
            && (p->pdf[bt - blen - 1] == '/' || p->pdf[bt - blen - 1] == '+')) {
            char *name = xmalloc(k - i);
            memcpy(name, p->pdf + i + 1, k - i - 1);
            name[k - i - 1] = '\0';
            return name;
        }
        i = e;
    }
    return NULL;
}

/* The name at from..to is `name`. */
static bool name_is(const part *p, size_t from, size_t to, const char *name)
{
    size_t len = strlen(name);
    return to - from == len && memcmp(p->pdf + from, name, len) == 0;
}

/* Every reference in the renumbered text has its number ("0 0 R": one
 * not numbered yet, so the text cannot be compared). */
static bool all_renumbered(const buf *b)
{
    const char *s = b->data ? strstr(b->data, "0 0 R") : NULL;
    for (; s; s = strstr(s + 1, "0 0 R"))
        if (s == b->data || s[-1] < '0' || s[-1] > '9')
            return false;
    return true;
}

static bool add_part(pdfjoin *j, const unsigned char *pdf, size_t len, const char *font,
                     pdfjoin_footer_fn footer, void *footer_ctx, char **error)
{
    part p = {.pdf = pdf, .len = len};
    size_t trailer;
    bool ok = false;
    object *objs = NULL;
    uint8_t(*digests)[SHA256_BYTES] = NULL;
    unsigned char *dup = NULL;
    buf b = {0};
    long *kids = NULL;
    size_t n_kids = 0, cap_kids = 0;
    const char *why = W_PDFJOIN_PART_XREF;
    if (!read_xref(&p, &trailer))
        goto done;
    objs = xcalloc(p.n, sizeof(object));
    digests = xcalloc(p.n, sizeof *digests);
    p.map = xcalloc(p.n, sizeof(long));
    p.is_len = xcalloc(p.n, 1);
    p.is_content = xcalloc(p.n, 1);
    p.skip = xcalloc(p.n, 1);
    if (footer)
        p.footer = xcalloc(p.n, sizeof(char *));
    why = W_PDFJOIN_PART_OBJECT;
    for (size_t n = 1; n < p.n; n++)
        if (p.offsets[n] && !object_at(&p, n, &objs[n]))
            goto done;
    size_t from, to, after;
    long root, info = 0, pages;
    why = W_PDFJOIN_PART_TRAILER;
    if (!trailer_get(&p, trailer, "/Root", &from, &to) || !ref_at(&p, from, to, &root, &after)
        || (size_t)root >= p.n || !p.offsets[root])
        goto done;
    if (trailer_get(&p, trailer, "/Info", &from, &to) && ref_at(&p, from, to, &info, &after)
        && ((size_t)info >= p.n || !p.offsets[info]))
        goto done;
    why = W_PDFJOIN_PART_CATALOG;
    if (!dict_ref(&p, &objs[root], "/Pages", &pages))
        goto done;

    /* the pages, in the order of the part's page tree; their contents
     * are never shared (each has its own footer) */
    why = W_PDFJOIN_PART_PAGES;
    if (!dict_get(&p, &objs[pages], "/Kids", &from, &to) || p.pdf[from] != '[')
        goto done;
    for (size_t i = from + 1; i < to;) {
        i = skip_space(&p, i, to);
        long page, contents;
        if (i >= to || p.pdf[i] == ']')
            break;
        if (!ref_at(&p, i, to, &page, &after) || (size_t)page >= p.n || !p.offsets[page]
            || page == root || page == pages || page == info)
            goto done;
        if (n_kids == cap_kids) {
            cap_kids = cap_kids ? 2 * cap_kids : 64;
            kids = xrealloc(kids, cap_kids * sizeof(long));
        }
        kids[n_kids++] = page;
        if (dict_ref(&p, &objs[page], "/Contents", &contents))
            p.is_content[contents] = 1;
        size_t cf, ct;
        if (footer) {
            /* [body footer]: every stream the page's, the last replaced */
            if (!dict_get(&p, &objs[page], "/Contents", &cf, &ct) || p.pdf[cf] != '[')
                goto done;
            long last = 0;
            size_t streams = 0;
            for (size_t c = skip_space(&p, cf + 1, ct); c < ct && p.pdf[c] != ']';
                 c = skip_space(&p, c, ct)) {
                if (!ref_at(&p, c, ct, &last, &c) || (size_t)last >= p.n || !p.offsets[last]
                    || objs[last].data_len < 0 || p.footer[last])
                    goto done;
                p.is_content[last] = 1;
                streams++;
            }
            char *name = font_resource(&p, objs, &objs[page], font);
            if (streams < 2 || !name) {
                free(name);
                goto done;
            }
            p.footer[last] = footer(footer_ctx, (int)(j->n_pages + n_kids - 1), name);
            free(name);
            if (!p.footer[last])
                goto done;
        }
        i = after;
    }
    /* a later part's own archival objects (its metadata, output intents)
     * are the first part's already */
    if (j->have_first) {
        long meta;
        if (dict_ref(&p, &objs[root], "/Metadata", &meta))
            p.skip[meta] = 1;
        if (dict_get(&p, &objs[root], "/OutputIntents", &from, &to) && p.pdf[from] == '[')
            for (size_t c = skip_space(&p, from + 1, to); c < to && p.pdf[c] != ']';
                 c = skip_space(&p, c, to)) {
                long intent;
                if (!ref_at(&p, c, to, &intent, &c))
                    break;
                if ((size_t)intent < p.n)
                    p.skip[intent] = 1;
            }
    }

    /* which objects are written, and their numbers in the whole */
    for (size_t n = 1; n < p.n; n++)
        if (p.offsets[n] && objs[n].data_len >= 0 && objs[n].length_ref > 0
            && (size_t)objs[n].length_ref < p.n)
            p.is_len[objs[n].length_ref] = 1;
    /* Objects met before byte for byte (once their references are
     * renumbered) are shared, not written again: in order, the streams
     * that refer to nothing (a font program, an emblem, a palette, the
     * colour profile), then the images that refer to those (a palette
     * image), the font descriptors that refer to font programs, then the
     * fonts that refer to the descriptors.  The rest get numbers of their
     * own. */
    enum { PASS_STREAMS, PASS_IMAGES, PASS_DESCRIPTORS, PASS_FONTS, PASS_REST };
    dup = xcalloc(p.n, 1);
    for (int pass = PASS_STREAMS; pass <= PASS_REST; pass++)
        for (size_t n = 1; n < p.n; n++) {
            if (!p.offsets[n] || p.is_len[n] || p.skip[n] || p.map[n] || (long)n == root
                || (long)n == pages)
                continue;
            if ((long)n == info && j->have_first)
                continue;
            const object *o = &objs[n];
            bool shared = false;
            if (pass == PASS_STREAMS)
                shared = o->data_len >= 0 && o->refs == 0 && !p.is_content[n];
            else if (pass == PASS_IMAGES)
                shared = o->data_len >= 0 && !p.is_content[n]
                         && dict_get(&p, o, "/Subtype", &from, &to)
                         && name_is(&p, from, to, "/Image");
            else if (pass < PASS_REST)
                shared = o->data_len < 0 && dict_get(&p, o, "/Type", &from, &to)
                         && name_is(&p, from, to,
                                    pass == PASS_DESCRIPTORS ? "/FontDescriptor" : "/Font");
            if (pass < PASS_REST && !shared)
                continue;
            if (shared) {
                b.len = 0;
                value(&p, o->start, o->end, &b, o->data_len, NULL, NULL);
                if (!all_renumbered(&b)) {
                    p.map[n] = j->next++;
                    continue;
                }
                sha256_ctx *ctx = sha256_new();
                sha256_update(ctx, b.data, b.len);
                if (o->data_len >= 0)
                    sha256_update(ctx, pdf + o->data, (size_t)o->data_len);
                sha256_final(ctx, digests[n]);
                long same = stream_seen(j, digests[n]);
                if (same) {
                    p.map[n] = same;
                    dup[n] = 1; /* not written again */
                    continue;
                }
                p.map[n] = j->next++;
                if (j->n_streams == j->cap_streams) {
                    j->cap_streams = j->cap_streams ? 2 * j->cap_streams : 32;
                    j->streams = xrealloc(j->streams, j->cap_streams * sizeof(seen_stream));
                }
                memcpy(j->streams[j->n_streams].digest, digests[n], SHA256_BYTES);
                j->streams[j->n_streams++].number = p.map[n];
                continue;
            }
            p.map[n] = j->next++;
        }
    p.map[pages] = OBJ_PAGES;

    if (!j->have_first) {
        /* the header, as libharu wrote it (the version and binary marks) */
        size_t first = len;
        for (size_t n = 1; n < p.n; n++)
            if (p.offsets[n] && p.offsets[n] < first)
                first = p.offsets[n];
        emit(j, pdf, first);
        j->info = info ? p.map[info] : 0;
        if (trailer_get(&p, trailer, "/ID", &from, &to)) {
            b.len = 0;
            buf_add(&b, pdf + from, to - from);
            j->id = xstrdup(b.data);
        }
        b.len = 0;
        static const char *const keep[] = {"/OutputIntents", "/Metadata"};
        for (size_t k = 0; k < 2; k++)
            if (dict_get(&p, &objs[root], keep[k], &from, &to)) {
                buf_fmt(&b, "%s ", keep[k]);
                value(&p, from, to, &b, -1, NULL, NULL);
                buf_str(&b, "\n");
            }
        j->catalog_extra = xstrdup(b.data ? b.data : "");
        j->have_first = true;
    }

    /* the objects, renumbered */
    for (size_t n = 1; n < p.n; n++) {
        const object *o = &objs[n];
        if (!p.offsets[n] || p.is_len[n] || p.skip[n] || (long)n == root || (long)n == pages
            || ((long)n == info && p.map[n] == 0))
            continue;
        if (p.footer && p.footer[n]) {
            /* the page's new footer in place of its own */
            size_t flen = strlen(p.footer[n]);
            start_object(j, p.map[n]);
            b.len = 0;
            buf_fmt(&b, "<< /Length %zu >>\nstream\r\n", flen);
            emit_buf(j, &b);
            emit(j, p.footer[n], flen);
            emit(j, "\r\nendstream\nendobj\n", 19);
            continue;
        }
        if (dup[n])
            continue;
        b.len = 0;
        value(&p, o->start, o->end, &b, o->data_len, NULL, NULL);
        start_object(j, p.map[n]);
        emit_buf(j, &b);
        if (o->data_len >= 0) {
            emit(j, "\nstream\r\n", 9);
            emit(j, pdf + o->data, (size_t)o->data_len);
            emit(j, "\r\nendstream", 11);
        }
        emit(j, "\nendobj\n", 8);
    }

    for (size_t i = 0; i < n_kids; i++) {
        if (j->n_pages == j->cap_pages) {
            j->cap_pages = j->cap_pages ? 2 * j->cap_pages : 256;
            j->pages = xrealloc(j->pages, j->cap_pages * sizeof(long));
        }
        j->pages[j->n_pages++] = p.map[kids[i]];
    }
    ok = true;
done:
    if (!ok)
        *error = part_error(j, why);
    free(b.data);
    free(objs);
    free(digests);
    free(dup);
    free(kids);
    part_free(&p);
    return ok;
}

bool pdfjoin_add(pdfjoin *j, const unsigned char *pdf, size_t len, char **error)
{
    return add_part(j, pdf, len, NULL, NULL, NULL, error);
}

bool pdfjoin_add_refooted(pdfjoin *j, const unsigned char *pdf, size_t len, const char *font,
                          pdfjoin_footer_fn footer, void *ctx, char **error)
{
    return add_part(j, pdf, len, font, footer, ctx, error);
}

int pdfjoin_bookmark(pdfjoin *j, int parent, int page, const char *utf8, bool open)
{
    if (j->n_marks == j->cap_marks) {
        j->cap_marks = j->cap_marks ? 2 * j->cap_marks : 64;
        j->marks = xrealloc(j->marks, j->cap_marks * sizeof(mark));
    }
    mark *m = &j->marks[j->n_marks];
    *m = (mark){xstrdup(utf8), parent, page, open, -1, -1, -1, -1, 0};
    return (int)j->n_marks++;
}

void pdfjoin_page_label(pdfjoin *j, int page, const char *prefix)
{
    if (j->n_labels == j->cap_labels) {
        j->cap_labels = j->cap_labels ? 2 * j->cap_labels : 16;
        j->labels = xrealloc(j->labels, j->cap_labels * sizeof(label));
    }
    j->labels[j->n_labels++] = (label){page, xstrdup(prefix)};
}

/* A text string: UTF-16BE with its byte order mark, in hexadecimal. */
static void text_string(buf *b, const char *utf8)
{
    buf_str(b, "<FEFF");
    const unsigned char *s = (const unsigned char *)utf8;
    while (*s) {
        unsigned c = *s, extra = 0;
        if (c >= 0xF0)
            c &= 0x07, extra = 3;
        else if (c >= 0xE0)
            c &= 0x0F, extra = 2;
        else if (c >= 0xC0)
            c &= 0x1F, extra = 1;
        s++;
        for (unsigned k = 0; k < extra && (*s & 0xC0) == 0x80; k++)
            c = (c << 6) | (*s++ & 0x3F);
        if (c >= 0x10000) {
            c -= 0x10000;
            buf_fmt(b, "%04X%04X", 0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF));
        } else {
            buf_fmt(b, "%04X", c);
        }
    }
    buf_str(b, ">");
}

/* A string as written by libharu: literal, its specials escaped. */
static void literal_string(buf *b, const char *s)
{
    buf_str(b, "(");
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        if (*c == '(' || *c == ')' || *c == '\\')
            buf_fmt(b, "\\%c", *c);
        else if (*c < 32 || *c > 126)
            buf_fmt(b, "\\%03o", *c);
        else
            buf_add(b, c, 1);
    }
    buf_str(b, ")");
}

static long mark_number(long first, int i)
{
    return i < 0 ? 0 : first + i;
}

static void write_outlines(pdfjoin *j, buf *b)
{
    long first = j->next;
    j->next += (long)j->n_marks;
    int top_first = -1, top_last = -1;
    long top_visible = 0;
    /* the tree: children in the order given */
    for (size_t i = 0; i < j->n_marks; i++) {
        mark *m = &j->marks[i];
        int *head = m->parent < 0 ? &top_first : &j->marks[m->parent].first;
        int *tail = m->parent < 0 ? &top_last : &j->marks[m->parent].last;
        if (*head < 0)
            *head = (int)i;
        else {
            j->marks[*tail].next = (int)i;
            m->prev = *tail;
        }
        *tail = (int)i;
    }
    /* descendants shown: counted from the last mark back (a child comes
     * after its parent) */
    for (size_t i = j->n_marks; i-- > 0;) {
        mark *m = &j->marks[i];
        long shown = 1 + (m->open ? m->visible : 0);
        if (m->parent >= 0)
            j->marks[m->parent].visible += shown;
        else
            top_visible += shown;
    }
    for (size_t i = 0; i < j->n_marks; i++) {
        const mark *m = &j->marks[i];
        b->len = 0;
        buf_str(b, "<<\n/Title ");
        text_string(b, m->title);
        buf_fmt(b, "\n/Parent %ld 0 R\n",
                m->parent < 0 ? (long)OBJ_OUTLINES : mark_number(first, m->parent));
        if (m->page >= 0 && (size_t)m->page < j->n_pages)
            buf_fmt(b, "/Dest [ %ld 0 R /Fit ]\n", j->pages[m->page]);
        if (m->prev >= 0)
            buf_fmt(b, "/Prev %ld 0 R\n", mark_number(first, m->prev));
        if (m->next >= 0)
            buf_fmt(b, "/Next %ld 0 R\n", mark_number(first, m->next));
        if (m->first >= 0)
            buf_fmt(b, "/First %ld 0 R\n/Last %ld 0 R\n/Count %ld\n", mark_number(first, m->first),
                    mark_number(first, m->last), m->open ? m->visible : -m->visible);
        buf_str(b, ">>");
        start_object(j, first + (long)i);
        emit_buf(j, b);
        emit(j, "\nendobj\n", 8);
    }
    b->len = 0;
    buf_str(b, "<<\n/Type /Outlines\n");
    if (top_first >= 0)
        buf_fmt(b, "/First %ld 0 R\n/Last %ld 0 R\n/Count %ld\n", mark_number(first, top_first),
                mark_number(first, top_last), top_visible);
    buf_str(b, ">>");
    start_object(j, OBJ_OUTLINES);
    emit_buf(j, b);
    emit(j, "\nendobj\n", 8);
}

static void free_join(pdfjoin *j)
{
    for (size_t i = 0; i < j->n_marks; i++)
        free(j->marks[i].title);
    for (size_t i = 0; i < j->n_labels; i++)
        free(j->labels[i].prefix);
    free(j->marks);
    free(j->labels);
    free(j->streams);
    free(j->pages);
    free(j->offsets);
    free(j->id);
    free(j->catalog_extra);
    free(j->name);
    free(j);
}

bool pdfjoin_finish(pdfjoin *j, bool outline_open, char **error)
{
    if (!j->have_first || j->n_pages == 0) {
        *error = part_error(j, W_PDFJOIN_PART_EMPTY);
        pdfjoin_abandon(j);
        return false;
    }
    buf b = {0};
    if (j->n_marks > 0)
        write_outlines(j, &b);

    /* the page tree: one node */
    start_object(j, OBJ_PAGES);
    b.len = 0;
    buf_str(&b, "<<\n/Type /Pages\n/Kids [ ");
    for (size_t i = 0; i < j->n_pages; i++) {
        buf_fmt(&b, "%ld 0 R ", j->pages[i]);
        if (b.len > 60000) {
            emit_buf(j, &b);
            b.len = 0;
        }
    }
    buf_fmt(&b, "]\n/Count %zu\n>>", j->n_pages);
    emit_buf(j, &b);
    emit(j, "\nendobj\n", 8);

    start_object(j, OBJ_CATALOG);
    b.len = 0;
    buf_fmt(&b, "<<\n/Type /Catalog\n/Pages %d 0 R\n", OBJ_PAGES);
    if (outline_open)
        buf_str(&b, "/PageMode /UseOutlines\n");
    if (j->n_labels > 0) {
        buf_str(&b, "/PageLabels <<\n/Nums [ ");
        for (size_t i = 0; i < j->n_labels; i++) {
            buf_fmt(&b, "%d <<\n/S /D\n/P ", j->labels[i].page);
            literal_string(&b, j->labels[i].prefix);
            buf_str(&b, "\n/St 1\n>> ");
        }
        buf_str(&b, "]\n>>\n");
    }
    if (j->n_marks > 0)
        buf_fmt(&b, "/Outlines %d 0 R\n", OBJ_OUTLINES);
    buf_str(&b, j->catalog_extra);
    buf_str(&b, ">>");
    emit_buf(j, &b);
    emit(j, "\nendobj\n", 8);

    /* the cross-reference table and the trailer */
    long long xref = j->offset;
    b.len = 0;
    buf_fmt(&b, "xref\n0 %ld\n0000000000 65535 f\r\n", j->next);
    for (long n = 1; n < j->next; n++) {
        long long at = (size_t)n < j->cap_offsets ? j->offsets[n] : 0;
        if (at > 0)
            buf_fmt(&b, "%010lld 00000 n\r\n", at);
        else
            buf_str(&b, "0000000000 65535 f\r\n");
        if (b.len > 60000) {
            emit_buf(j, &b);
            b.len = 0;
        }
    }
    buf_str(&b, "trailer\n<<\n");
    if (j->id)
        buf_fmt(&b, "/ID %s\n", j->id);
    buf_fmt(&b, "/Root %d 0 R\n", OBJ_CATALOG);
    if (j->info)
        buf_fmt(&b, "/Info %ld 0 R\n", j->info);
    buf_fmt(&b, "/Size %ld\n>>\nstartxref\n%lld\n%%%%EOF\n", j->next, xref);
    emit_buf(j, &b);
    free(b.data);

    bool ok = true;
    if (j->file)
        ok = output_file_close(j->file, error);
    j->file = NULL;
    free_join(j);
    return ok;
}

void pdfjoin_abandon(pdfjoin *j)
{
    if (!j)
        return;
    if (j->file) {
        char *ignored = NULL;
        output_file_close(j->file, &ignored);
        free(ignored);
    }
    free_join(j);
}
