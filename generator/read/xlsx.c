#include "xlsx.h"

#include <libxml/xmlreader.h>
#include <stdarg.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "labels.h"
#include "util.h"

/* ---- numbers ---- */

bool xlsx_number_text(const char *s, char *out, size_t size)
{
    enum { KEEP = 15, MAX_DIGITS = 400, MAX_EXP = 64 };
    const char *p = s;
    while (*p == ' ')
        p++;
    bool negative = false;
    if (*p == '+' || *p == '-')
        negative = *p++ == '-';
    /* significant digits (leading zeros dropped) and the power of ten of
     * the first one: value = 0.d1d2d3… × 10^point */
    char digits[KEEP + 2];
    int n = 0, seen = 0;
    long point = 0;
    bool any = false, after = false;
    int next = -1; /* the first digit not kept */
    for (;; p++) {
        if (*p >= '0' && *p <= '9') {
            any = true;
            if (++seen > MAX_DIGITS)
                return false;
            if (n == 0 && *p == '0') {
                if (after)
                    point--;
                continue;
            }
            if (n < KEEP)
                digits[n++] = *p;
            else if (next < 0)
                next = *p - '0';
            if (!after)
                point++;
        } else if (*p == '.' && !after) {
            after = true;
        } else {
            break;
        }
    }
    if (!any)
        return false;
    if (*p == 'e' || *p == 'E') {
        p++;
        bool eneg = false;
        if (*p == '+' || *p == '-')
            eneg = *p++ == '-';
        if (!(*p >= '0' && *p <= '9'))
            return false;
        long e = 0;
        while (*p >= '0' && *p <= '9') {
            if (e < 10000)
                e = e * 10 + (*p - '0');
            p++;
        }
        point += eneg ? -e : e;
    }
    while (*p == ' ')
        p++;
    if (*p != '\0')
        return false;
    if (n == 0) { /* zero */
        snprintf(out, size, "0");
        return true;
    }
    if (next >= 5) { /* half up, carrying */
        int i = n - 1;
        while (i >= 0 && digits[i] == '9')
            digits[i--] = '0';
        if (i >= 0) {
            digits[i]++;
        } else {
            memmove(digits + 1, digits, (size_t)n);
            digits[0] = '1';
            point++;
            if (n < KEEP)
                n++;
            else
                digits[n] = '\0';
        }
    }
    while (n > 0 && digits[n - 1] == '0' && n > point)
        n--; /* trailing zeros after the point */
    if (point > MAX_EXP || point < -MAX_EXP)
        return false;
    char buf[2 * MAX_EXP + KEEP + 8];
    size_t k = 0;
    if (negative)
        buf[k++] = '-';
    if (point <= 0) {
        buf[k++] = '0';
        buf[k++] = '.';
        for (long i = 0; i < -point; i++)
            buf[k++] = '0';
        for (int i = 0; i < n; i++)
            buf[k++] = digits[i];
    } else {
        for (long i = 0; i < point; i++)
            buf[k++] = i < n ? digits[i] : '0';
        if (n > point) {
            buf[k++] = '.';
            for (int i = (int)point; i < n; i++)
                buf[k++] = digits[i];
        }
    }
    buf[k] = '\0';
    if (k + 1 > size)
        return false;
    memcpy(out, buf, k + 1);
    return true;
}

/* ---- places ---- */

/* "A", "Z", "AA", … for a 1-based column. */
static void column_name(size_t column, char *buf)
{
    char rev[8];
    int n = 0;
    while (column > 0 && n < 7) {
        column--;
        rev[n++] = (char)('A' + column % 26);
        column /= 26;
    }
    for (int i = 0; i < n; i++)
        buf[i] = rev[n - 1 - i];
    buf[n] = '\0';
}

char *xlsx_place(const char *sheet, size_t column, long row, char *buf, size_t size)
{
    bool plain = sheet[0] != '\0' && !(sheet[0] >= '0' && sheet[0] <= '9');
    for (const char *c = sheet; *c && plain; c++)
        plain = (*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9')
                || *c == '_' || *c == '.' || (unsigned char)*c >= 0x80;
    char quoted[256];
    size_t k = 0;
    if (!plain) {
        quoted[k++] = '\'';
        for (const char *c = sheet; *c && k < sizeof quoted - 3; c++) {
            if (*c == '\'')
                quoted[k++] = '\'';
            quoted[k++] = *c;
        }
        quoted[k++] = '\'';
        quoted[k] = '\0';
    }
    char col[8];
    column_name(column, col);
    snprintf(buf, size, "%s!%s%ld", plain ? sheet : quoted, col, row);
    return buf;
}

/* Reads "C7" into a 1-based column and row; false when it is not a cell
 * reference. */
static bool parse_ref(const char *ref, size_t *column, long *row)
{
    size_t c = 0;
    int letters = 0;
    const char *p = ref;
    while (*p >= 'A' && *p <= 'Z') {
        if (++letters > 3)
            return false;
        c = c * 26 + (size_t)(*p - 'A' + 1);
        p++;
    }
    long r = 0;
    int digits = 0;
    while (*p >= '0' && *p <= '9') {
        if (++digits > 7)
            return false;
        r = r * 10 + (*p - '0');
        p++;
    }
    if (*p != '\0' || letters == 0 || r < 1 || r > XLSX_MAX_ROW || c > 16384)
        return false;
    *column = c;
    *row = r;
    return true;
}

/* ---- text buffers ---- */

typedef struct {
    char *s;
    size_t len, cap;
    size_t size; /* what it would hold with nothing dropped */
    size_t max;  /* kept up to this many bytes; past it only counted */
} text_buf;

static void text_add(text_buf *t, const char *s, size_t len)
{
    t->size += len;
    if (t->size > t->max)
        return;
    if (t->len + len + 1 > t->cap) {
        t->cap = (t->len + len + 1) * 2;
        t->s = xrealloc(t->s, t->cap);
    }
    memcpy(t->s + t->len, s, len);
    t->len += len;
    t->s[t->len] = '\0';
}

static void text_reset(text_buf *t)
{
    t->len = t->size = 0;
    if (t->s)
        t->s[0] = '\0';
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/* Decodes in place the escapes a spreadsheet writes for characters XML
 * cannot hold ("_x000D_" is a carriage return, "_x005F_" an underscore).
 * Sets *nul when one is a zero character. */
static size_t decode_escapes(char *s, size_t len, bool *nul)
{
    size_t r = 0, w = 0;
    while (r < len) {
        unsigned cp = 0;
        bool esc = r + 7 <= len && s[r] == '_' && s[r + 1] == 'x' && s[r + 6] == '_';
        for (size_t i = 2; esc && i < 6; i++) {
            int h = hex_value(s[r + i]);
            if (h < 0)
                esc = false;
            else
                cp = cp * 16 + (unsigned)h;
        }
        if (esc && cp >= 0xD800 && cp <= 0xDFFF)
            esc = false; /* half a surrogate pair: left as written */
        if (!esc) {
            s[w++] = s[r++];
            continue;
        }
        r += 7;
        if (cp == 0)
            *nul = true;
        if (cp < 0x80) {
            s[w++] = (char)cp;
        } else if (cp < 0x800) {
            s[w++] = (char)(0xC0 | (cp >> 6));
            s[w++] = (char)(0x80 | (cp & 0x3F));
        } else {
            s[w++] = (char)(0xE0 | (cp >> 12));
            s[w++] = (char)(0x80 | ((cp >> 6) & 0x3F));
            s[w++] = (char)(0x80 | (cp & 0x3F));
        }
    }
    return w;
}

/* ---- parts: a zip entry parsed as an XML stream ---- */

typedef struct {
    const char *path; /* the workbook, for problems */
    problems *pr;
    zip_t *zip;
    char *sheet; /* the first sheet's name, once known */
} workbook;

typedef struct {
    workbook *wb;
    const char *name; /* the part */
    zip_file_t *file;
    long long read, limit;
    bool over, broken;
    bool long_run; /* XLSX_MAX_RUN bytes passed without a '<' */
    size_t run;    /* bytes since the last '<' */
    int xml_line;  /* of the first XML error, or 0 */
    xmlTextReaderPtr xml;
} part;

static int part_read(void *ctx, char *buf, int len)
{
    part *p = ctx;
    zip_int64_t n = zip_fread(p->file, buf, (zip_uint64_t)len);
    if (n < 0) {
        p->broken = true;
        return -1;
    }
    p->read += n;
    if (p->read > p->limit) {
        p->over = true;
        return -1;
    }
    /* libxml2's reader keeps a long text's input while it parses it, and
     * its buffer stays grown: a sheet of 1 MB texts held 266 MB for 250 MB
     * of sheet.  No cell of a spreadsheet is that long (see XLSX_MAX_RUN). */
    const char *c = buf, *end = buf + n;
    while (c < end) {
        const char *lt = memchr(c, '<', (size_t)(end - c));
        size_t run = p->run + (size_t)((lt ? lt : end) - c);
        if (run > XLSX_MAX_RUN) {
            p->long_run = true;
            return -1;
        }
        p->run = lt ? 0 : run;
        c = lt ? lt + 1 : end;
    }
    return (int)n;
}

static void part_error(void *ctx, xmlErrorPtr e)
{
    part *p = ctx;
    if (e && e->level >= XML_ERR_ERROR && p->xml_line == 0)
        p->xml_line = e->line > 0 ? e->line : 1;
}

static long mb(long long bytes)
{
    return (long)(bytes / (1024 * 1024));
}

/* Opens a part; false (with a problem added unless `optional`) when it is
 * missing or cannot be opened. */
static bool part_open(workbook *wb, const char *name, long long limit, bool optional, part *p)
{
    memset(p, 0, sizeof *p);
    p->wb = wb;
    p->name = name;
    p->limit = limit;
    zip_int64_t index = zip_name_locate(wb->zip, name, 0);
    if (index < 0) {
        if (!optional)
            problems_add(wb->pr, wb->path, 0, W_XLSX_PART_MISSING, name);
        return false;
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(wb->zip, (zip_uint64_t)index, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE)
        && st.size > (zip_uint64_t)limit) {
        problems_add(wb->pr, wb->path, 0, W_XLSX_PART_TOO_BIG, name,
                     (long long)(st.size / (1024 * 1024)), mb(limit));
        return false;
    }
    p->file = zip_fopen_index(wb->zip, (zip_uint64_t)index, 0);
    if (!p->file) {
        problems_add(wb->pr, wb->path, 0, W_XLSX_PART_LOCKED, name);
        return false;
    }
    p->xml = xmlReaderForIO(part_read, NULL, p, name, NULL,
                            XML_PARSE_NONET | XML_PARSE_NOBLANKS | XML_PARSE_NOERROR
                                | XML_PARSE_NOWARNING);
    if (!p->xml) {
        zip_fclose(p->file);
        problems_add(wb->pr, wb->path, 0, W_XLSX_PART_UNREADABLE, name);
        return false;
    }
    xmlTextReaderSetStructuredErrorHandler(p->xml, part_error, p);
    return true;
}

static void part_close(part *p)
{
    if (p->xml)
        xmlFreeTextReader(p->xml);
    if (p->file)
        zip_fclose(p->file);
    p->xml = NULL;
    p->file = NULL;
}

/* The next node: 1, 0 at the end of the part, -1 when the part is refused
 * (reported). */
static int part_next(part *p)
{
    problems *pr = p->wb->pr;
    const char *path = p->wb->path;
    int rc = xmlTextReaderRead(p->xml);
    if (rc == 1) {
        int type = xmlTextReaderNodeType(p->xml);
        if (type == XML_READER_TYPE_DOCUMENT_TYPE || type == XML_READER_TYPE_ENTITY_REFERENCE
            || type == XML_READER_TYPE_ENTITY) {
            problems_add(pr, path, 0, W_XLSX_PART_DOCTYPE, p->name);
            return -1;
        }
        if (xmlTextReaderDepth(p->xml) > XLSX_MAX_DEPTH) {
            problems_add(pr, path, 0, W_XLSX_PART_TOO_DEEP, p->name, XLSX_MAX_DEPTH);
            return -1;
        }
        return 1;
    }
    if (rc == 0)
        return 0;
    if (p->long_run)
        problems_add(pr, path, 0, W_XLSX_PART_LONG_TEXT, p->name, XLSX_MAX_RUN / 1024);
    else if (p->over)
        problems_add(pr, path, 0, W_XLSX_PART_ZIP_BOMB, p->name, mb(p->limit));
    else if (p->broken)
        problems_add(pr, path, 0, W_XLSX_PART_BROKEN_ZIP, p->name);
    else
        problems_add(pr, path, 0, W_XLSX_PART_BAD_XML, p->name, p->xml_line > 0 ? p->xml_line : 1);
    return -1;
}

static bool is_element(const part *p, const char *local)
{
    const xmlChar *name = xmlTextReaderConstLocalName(p->xml);
    return name && strcmp((const char *)name, local) == 0;
}

/* An attribute without a namespace (caller frees), or NULL. */
static char *attribute(const part *p, const char *name)
{
    return (char *)xmlTextReaderGetAttribute(p->xml, (const xmlChar *)name);
}

/* The attribute "r:id" whatever its prefix: an attribute named "id" in a
 * namespace (caller frees), or NULL. */
static char *relationship_id(const part *p)
{
    char *id = NULL;
    if (xmlTextReaderMoveToFirstAttribute(p->xml) != 1)
        return NULL;
    do {
        const xmlChar *local = xmlTextReaderConstLocalName(p->xml);
        const xmlChar *ns = xmlTextReaderConstNamespaceUri(p->xml);
        if (!id && ns && local && strcmp((const char *)local, "id") == 0)
            id = (char *)xmlTextReaderValue(p->xml);
    } while (xmlTextReaderMoveToNextAttribute(p->xml) == 1);
    xmlTextReaderMoveToElement(p->xml);
    return id;
}

/* ---- workbook.xml and its relationships ---- */

/* Finds the first sheet's name and relationship id.  False when refused. */
static bool read_workbook(workbook *wb, char **rid)
{
    part p;
    if (!part_open(wb, "xl/workbook.xml", XLSX_MAX_SMALL_BYTES, false, &p))
        return false;
    int rc;
    while ((rc = part_next(&p)) == 1) {
        if (xmlTextReaderNodeType(p.xml) == XML_READER_TYPE_ELEMENT && is_element(&p, "sheet")) {
            wb->sheet = attribute(&p, "name");
            *rid = relationship_id(&p);
            break;
        }
    }
    part_close(&p);
    if (rc < 0) {
        free(wb->sheet);
        free(*rid);
        wb->sheet = *rid = NULL;
        return false;
    }
    if (!wb->sheet || !*rid) {
        problems_add(wb->pr, wb->path, 0, W_XLSX_NO_SHEETS);
        return false;
    }
    /* the name is part of every message: one line, as a spreadsheet
     * allows it */
    size_t chars = 0;
    bool control = false;
    for (const char *c = wb->sheet; *c; c++) {
        chars += ((unsigned char)*c & 0xC0) != 0x80;
        control |= (unsigned char)*c < 0x20 || *c == 0x7F;
    }
    if (chars == 0 || chars > 31 || control) {
        problems_add(wb->pr, wb->path, 0, W_XLSX_SHEET_NAME);
        return false;
    }
    return true;
}

/* A relationship's target as the name of a part ("worksheets/sheet1.xml"
 * from xl/ is "xl/worksheets/sheet1.xml"), or NULL when it leaves the
 * package. */
static char *resolve_target(const char *target)
{
    char *out = xmalloc(strlen(target) + 4);
    size_t len = 0;
    const char *p = target;
    if (*p == '/') {
        p++;
    } else {
        memcpy(out, "xl/", 3);
        len = 3;
    }
    while (*p) {
        const char *end = strchr(p, '/');
        size_t seg = end ? (size_t)(end - p) : strlen(p);
        if (seg == 2 && p[0] == '.' && p[1] == '.') {
            if (len == 0) {
                free(out);
                return NULL;
            }
            len--; /* the slash ending the last segment */
            while (len > 0 && out[len - 1] != '/')
                len--;
        } else if (!(seg == 1 && p[0] == '.') && seg > 0) {
            memcpy(out + len, p, seg);
            len += seg;
            if (end)
                out[len++] = '/';
        }
        p += seg + (end ? 1 : 0);
    }
    out[len] = '\0';
    if (len == 0) {
        free(out);
        return NULL;
    }
    return out;
}

static bool ends_with(const char *s, const char *tail)
{
    size_t a = strlen(s), b = strlen(tail);
    return a >= b && strcmp(s + a - b, tail) == 0;
}

/* The parts of the sheet and of the shared strings (NULL when there are
 * none).  False when refused. */
static bool read_relationships(workbook *wb, const char *rid, char **sheet_part,
                               char **strings_part, char **styles_part)
{
    part p;
    if (!part_open(wb, "xl/_rels/workbook.xml.rels", XLSX_MAX_SMALL_BYTES, false, &p))
        return false;
    int rc, kind = 0; /* of the first sheet: 1 a chart, 2 another without cells */
    while ((rc = part_next(&p)) == 1) {
        if (xmlTextReaderNodeType(p.xml) != XML_READER_TYPE_ELEMENT
            || !is_element(&p, "Relationship"))
            continue;
        char *id = attribute(&p, "Id"), *target = attribute(&p, "Target");
        char *type = attribute(&p, "Type"), *mode = attribute(&p, "TargetMode");
        bool internal = !mode || strcmp(mode, "External") != 0;
        if (id && target && internal && !*sheet_part && strcmp(id, rid) == 0) {
            *sheet_part = resolve_target(target);
            /* a chart, dialog or macro sheet holds no cells to read */
            if (type && !ends_with(type, "/worksheet"))
                kind = ends_with(type, "/chartsheet") ? 1 : 2;
        } else if (target && type && internal && !*strings_part
                   && ends_with(type, "/sharedStrings"))
            *strings_part = resolve_target(target);
        else if (target && type && internal && !*styles_part && ends_with(type, "/styles"))
            *styles_part = resolve_target(target);
        free(id);
        free(target);
        free(type);
        free(mode);
    }
    part_close(&p);
    if (rc < 0)
        return false;
    if (!*sheet_part) {
        problems_add(wb->pr, wb->path, 0, W_XLSX_SHEET_NOT_FOUND, wb->sheet);
        return false;
    }
    if (kind) {
        problems_add(wb->pr, wb->path, 0,
                     kind == 1 ? W_XLSX_FIRST_IS_CHART : W_XLSX_FIRST_NOT_CELLS, wb->sheet);
        return false;
    }
    return true;
}

/* ---- styles: which cell formats show a number as a percentage ---- */

typedef struct {
    bool *percent; /* per cell format (the cell's s="…") */
    size_t n;
} styles;

/* True when a number format's code shows a percentage: a '%' outside
 * quotes, brackets and escapes ("0.0%", not "0.0\"%\""). */
static bool code_is_percent(const char *code)
{
    bool quoted = false;
    int bracket = 0;
    for (const char *c = code; *c; c++) {
        if (*c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (*c == '\\' && c[1])
            c++;
        else if (*c == '[')
            bracket++;
        else if (*c == ']' && bracket > 0)
            bracket--;
        else if (*c == '%' && bracket == 0)
            return true;
    }
    return false;
}

/* Reads the number formats and the cell formats.  A styles part that
 * cannot be read refuses the workbook like any other part. */
static bool read_styles(workbook *wb, const char *name, styles *st)
{
    enum { MAX_FORMATS = 65536 };
    part p;
    if (!part_open(wb, name, XLSX_MAX_STRINGS_BYTES, false, &p))
        return false;
    /* custom formats (ids from 164) that show a percentage */
    unsigned *custom = NULL;
    size_t n_custom = 0;
    bool in_cell_formats = false;
    int rc;
    while ((rc = part_next(&p)) == 1) {
        int type = xmlTextReaderNodeType(p.xml);
        if (type == XML_READER_TYPE_END_ELEMENT && is_element(&p, "cellXfs")) {
            in_cell_formats = false;
            continue;
        }
        if (type != XML_READER_TYPE_ELEMENT)
            continue;
        if (is_element(&p, "cellXfs")) {
            in_cell_formats = !xmlTextReaderIsEmptyElement(p.xml);
        } else if (is_element(&p, "numFmt") && n_custom < MAX_FORMATS) {
            char *id = attribute(&p, "numFmtId"), *code = attribute(&p, "formatCode");
            if (id && code && code_is_percent(code)) {
                custom = xrealloc(custom, (n_custom + 1) * sizeof(unsigned));
                custom[n_custom++] = (unsigned)strtoul(id, NULL, 10);
            }
            free(id);
            free(code);
        } else if (in_cell_formats && is_element(&p, "xf") && st->n < MAX_FORMATS) {
            char *id = attribute(&p, "numFmtId");
            unsigned fmt = id ? (unsigned)strtoul(id, NULL, 10) : 0;
            free(id);
            bool percent = fmt == 9 || fmt == 10; /* the built-in "0%" and "0.00%" */
            for (size_t i = 0; i < n_custom && !percent; i++)
                percent = custom[i] == fmt;
            st->percent = xrealloc(st->percent, (st->n + 1) * sizeof(bool));
            st->percent[st->n++] = percent;
        }
    }
    free(custom);
    part_close(&p);
    return rc == 0;
}

/* ---- shared strings ---- */

typedef struct {
    text_buf all; /* every string, each NUL-terminated */
    size_t *at;   /* where string i starts */
    size_t *len;
    size_t n, cap;
} strings;

/* The texts of <t> elements inside the current element (<si> or <is>),
 * leaving out phonetic runs (<rPh>), appended to t.  Returns 1, or -1 when
 * the part is refused. */
static int read_rich_text(part *p, text_buf *t)
{
    if (xmlTextReaderIsEmptyElement(p->xml))
        return 1;
    int depth = xmlTextReaderDepth(p->xml);
    int in_t = 0, in_phonetic = 0;
    int rc;
    while ((rc = part_next(p)) == 1) {
        int type = xmlTextReaderNodeType(p->xml);
        if (type == XML_READER_TYPE_END_ELEMENT) {
            if (xmlTextReaderDepth(p->xml) == depth)
                return 1;
            if (is_element(p, "t") && in_t)
                in_t--;
            else if (is_element(p, "rPh") && in_phonetic)
                in_phonetic--;
        } else if (type == XML_READER_TYPE_ELEMENT && !xmlTextReaderIsEmptyElement(p->xml)) {
            if (is_element(p, "t"))
                in_t++;
            else if (is_element(p, "rPh"))
                in_phonetic++;
        } else if ((type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA
                    || type == XML_READER_TYPE_WHITESPACE
                    || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE)
                   && in_t && !in_phonetic) {
            const char *v = (const char *)xmlTextReaderConstValue(p->xml);
            if (v)
                text_add(t, v, strlen(v));
        }
    }
    return rc == 0 ? 1 : -1;
}

static bool read_strings(workbook *wb, const char *name, strings *s)
{
    part p;
    if (!part_open(wb, name, XLSX_MAX_STRINGS_BYTES, false, &p))
        return false;
    /* bounded by the part's limit: every string costs at least "<si/>" */
    s->all.max = SIZE_MAX;
    text_buf one = {.max = SIZE_MAX};
    int rc;
    while ((rc = part_next(&p)) == 1) {
        if (xmlTextReaderNodeType(p.xml) != XML_READER_TYPE_ELEMENT || !is_element(&p, "si"))
            continue;
        if (s->n == XLSX_MAX_STRINGS) {
            problems_add(wb->pr, wb->path, 0, W_XLSX_TOO_MANY_STRINGS, name, XLSX_MAX_STRINGS);
            rc = -1;
            break;
        }
        text_reset(&one);
        if (read_rich_text(&p, &one) < 0) {
            rc = -1;
            break;
        }
        if (s->n == s->cap) {
            s->cap = s->cap ? s->cap * 2 : 256;
            s->at = xrealloc(s->at, s->cap * sizeof(size_t));
            s->len = xrealloc(s->len, s->cap * sizeof(size_t));
        }
        s->at[s->n] = s->all.len;
        s->len[s->n] = one.len;
        s->n++;
        text_add(&s->all, one.s ? one.s : "", one.len);
        text_add(&s->all, "", 1);
    }
    free(one.s);
    part_close(&p);
    return rc == 0;
}

/* ---- the sheet ---- */

typedef enum { CELL_NUMBER, CELL_SHARED, CELL_TEXT, CELL_INLINE, CELL_REFUSED } cell_kind;

typedef struct {
    workbook *wb;
    const strings *sst;
    const styles *styles;
    size_t max_cell, max_columns;
    xlsx_row_fn fn;
    void *arg;

    /* the row being read */
    long row;
    text_buf text; /* the cells' texts, each NUL-terminated */
    size_t *at;    /* per column up to n: offset into text, or SIZE_MAX */
    size_t n, cap;
    char **cells;
    xlsx_row out;
    size_t last_column;
    size_t cells_seen;
} sheet_reader;

static void cell_problem(sheet_reader *sr, size_t column, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void cell_problem(sheet_reader *sr, size_t column, const char *fmt, ...)
{
    char place[320], msg[768];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    problems_add_at(sr->wb->pr, sr->wb->path, sr->row,
                    xlsx_place(sr->wb->sheet, column, sr->row, place, sizeof place), "%s", msg);
    sr->out.bad = true;
}

static void row_start(sheet_reader *sr, long row)
{
    sr->row = row;
    sr->n = 0;
    sr->last_column = 0;
    text_reset(&sr->text);
    memset(&sr->out, 0, sizeof sr->out);
}

/* Keeps the text of a cell of the current row, without the spaces and
 * tabs around it (as libcsv reads a CSV's unquoted field: "opd " typed
 * with a trailing space is the category opd). */
static void row_set(sheet_reader *sr, size_t column, const char *s, size_t len, bool nul)
{
    while (len > 0 && (*s == ' ' || *s == '\t'))
        s++, len--;
    while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    if (len == 0)
        return;
    if (column > sr->max_columns) {
        if (!sr->out.far_cell)
            sr->out.far_cell = column;
        return;
    }
    if (len > sr->max_cell) {
        if (!sr->out.long_cell) {
            sr->out.long_cell = column;
            sr->out.long_size = len;
        }
        len = 0;
    }
    if (nul)
        sr->out.has_nul = true;
    if (column > sr->cap) {
        sr->cap = column > 2 * sr->cap ? column : 2 * sr->cap;
        sr->at = xrealloc(sr->at, sr->cap * sizeof(size_t));
        sr->cells = xrealloc(sr->cells, sr->cap * sizeof(char *));
    }
    while (sr->n < column)
        sr->at[sr->n++] = SIZE_MAX;
    sr->at[column - 1] = sr->text.len;
    text_add(&sr->text, s, len);
    text_add(&sr->text, "", 1);
}

static void row_end(sheet_reader *sr)
{
    static char empty[] = "";
    if (sr->n == 0 && !sr->out.far_cell && !sr->out.bad && !sr->out.long_cell)
        return;
    for (size_t i = 0; i < sr->n; i++)
        sr->cells[i] = sr->at[i] == SIZE_MAX ? empty : sr->text.s + sr->at[i];
    sr->out.sheet = sr->wb->sheet;
    sr->out.row = sr->row;
    sr->out.cells = sr->cells;
    sr->out.n = sr->n;
    sr->fn(&sr->out, sr->arg);
}

/* The number with a decimal comma, as a clerk reads it (changed in
 * place). */
static char *decimal_comma(char *number)
{
    char *dot = strchr(number, '.');
    if (dot)
        *dot = ',';
    return number;
}

/* Reads one <c> element; 1, or -1 when the sheet is refused. */
static int read_cell(sheet_reader *sr, part *p)
{
    workbook *wb = sr->wb;
    if (++sr->cells_seen > XLSX_MAX_CELLS) {
        problems_add(wb->pr, wb->path, 0, W_XLSX_TOO_MANY_CELLS, wb->sheet, XLSX_MAX_CELLS);
        return -1;
    }
    char *ref = attribute(p, "r"), *type = attribute(p, "t"), *style = attribute(p, "s");
    unsigned long format =
        style && style[0] >= '0' && style[0] <= '9' ? strtoul(style, NULL, 10) : ULONG_MAX;
    bool percent = format < sr->styles->n && sr->styles->percent[format];
    free(style);
    size_t column = sr->last_column + 1;
    long row = sr->row;
    if (ref && !parse_ref(ref, &column, &row)) {
        char place[320];
        problems_add_at(wb->pr, wb->path, sr->row,
                        xlsx_place(wb->sheet, 1, sr->row, place, sizeof place), W_XLSX_CELL_REF,
                        ref);
        free(ref);
        free(type);
        return -1;
    }
    if (row != sr->row || column <= sr->last_column || column > 16384) {
        char place[320];
        problems_add_at(wb->pr, wb->path, sr->row,
                        xlsx_place(wb->sheet, column, row, place, sizeof place), W_XLSX_CELL_ORDER);
        free(ref);
        free(type);
        return -1;
    }
    free(ref);
    sr->last_column = column;
    cell_kind kind = CELL_NUMBER;
    const char *tname = type ? type : "n";
    if (strcmp(tname, "n") == 0)
        kind = CELL_NUMBER;
    else if (strcmp(tname, "s") == 0)
        kind = CELL_SHARED;
    else if (strcmp(tname, "str") == 0)
        kind = CELL_TEXT;
    else if (strcmp(tname, "inlineStr") == 0)
        kind = CELL_INLINE;
    else
        kind = CELL_REFUSED;

    text_buf v = {.max = sr->max_cell > 64 ? sr->max_cell : 64};
    bool formula = false, has_value = false;
    int rc = 1;
    if (!xmlTextReaderIsEmptyElement(p->xml)) {
        int depth = xmlTextReaderDepth(p->xml);
        int in_v = 0;
        while ((rc = part_next(p)) == 1) {
            int t = xmlTextReaderNodeType(p->xml);
            if (t == XML_READER_TYPE_END_ELEMENT) {
                if (xmlTextReaderDepth(p->xml) == depth)
                    break;
                if (is_element(p, "v") && in_v)
                    in_v--;
            } else if (t == XML_READER_TYPE_ELEMENT) {
                if (is_element(p, "f")) {
                    formula = true;
                } else if (is_element(p, "v")) {
                    has_value = true;
                    if (!xmlTextReaderIsEmptyElement(p->xml))
                        in_v++;
                } else if (is_element(p, "is")) {
                    has_value = true;
                    if (kind == CELL_INLINE && read_rich_text(p, &v) < 0) {
                        rc = -1;
                        break;
                    }
                }
            } else if ((t == XML_READER_TYPE_TEXT || t == XML_READER_TYPE_CDATA
                        || t == XML_READER_TYPE_WHITESPACE
                        || t == XML_READER_TYPE_SIGNIFICANT_WHITESPACE)
                       && in_v) {
                const char *s = (const char *)xmlTextReaderConstValue(p->xml);
                if (s)
                    text_add(&v, s, strlen(s));
            }
        }
        if (rc == 0) { /* the part ended inside the cell */
            problems_add(wb->pr, wb->path, 0, W_XLSX_END_IN_CELL, p->name);
            rc = -1;
        }
    }
    if (rc < 0) {
        free(v.s);
        free(type);
        return -1;
    }
    const char *value = v.s ? v.s : "";
    /* a formula's empty text result is <v></v> with t="str"; an empty
     * value of any other formula is one saved without its result */
    if (formula && (!has_value || (v.size == 0 && kind != CELL_TEXT)) && kind != CELL_REFUSED) {
        cell_problem(sr, column, W_XLSX_FORMULA_NO_VALUE);
    } else if (kind == CELL_REFUSED) {
        if (strcmp(tname, "b") == 0)
            cell_problem(sr, column, W_XLSX_BOOLEAN);
        else if (strcmp(tname, "e") == 0)
            cell_problem(sr, column, W_XLSX_FORMULA_ERROR, value);
        else if (strcmp(tname, "d") == 0)
            cell_problem(sr, column, W_XLSX_DATE);
        else
            cell_problem(sr, column, W_XLSX_CELL_TYPE, tname);
    } else if (kind == CELL_NUMBER) {
        char number[160];
        if (v.size == 0)
            ; /* no value: an empty cell */
        else if (v.size > v.max || !xlsx_number_text(value, number, sizeof number))
            cell_problem(sr, column, W_XLSX_NOT_NUMBER, value);
        else if (percent)
            cell_problem(sr, column, W_XLSX_PERCENT, decimal_comma(number));
        else
            row_set(sr, column, number, strlen(number), false);
    } else if (kind == CELL_SHARED) {
        char *end = NULL;
        unsigned long long i = v.size > 0 && v.size <= 12 ? strtoull(value, &end, 10) : 0;
        if (v.size == 0 || v.size > 12 || *end != '\0' || value[0] < '0' || value[0] > '9'
            || i >= sr->sst->n) {
            cell_problem(sr, column, W_XLSX_SHARED_STRING, value);
        } else {
            /* a copy to decode: the shared text stays as stored */
            size_t len = sr->sst->len[i];
            const char *s = sr->sst->all.s + sr->sst->at[i];
            if (len > sr->max_cell) {
                row_set(sr, column, s, len, false);
            } else {
                char *copy = xstrndup(s, len);
                bool nul = false;
                len = decode_escapes(copy, len, &nul);
                row_set(sr, column, copy, len, nul);
                free(copy);
            }
        }
    } else { /* text: a formula's result or an inline string */
        if (v.size > v.max) {
            if (!sr->out.long_cell && column <= sr->max_columns) {
                sr->out.long_cell = column;
                sr->out.long_size = v.size;
            }
        } else if (v.len > 0) {
            bool nul = false;
            size_t len = decode_escapes(v.s, v.len, &nul);
            row_set(sr, column, v.s, len, nul);
        }
    }
    free(v.s);
    free(type);
    return 1;
}

static bool read_sheet(sheet_reader *sr, const char *name)
{
    workbook *wb = sr->wb;
    part p;
    if (!part_open(wb, name, XLSX_MAX_SHEET_BYTES, false, &p))
        return false;
    int rc;
    bool in_data = false;
    long last_row = 0;
    while ((rc = part_next(&p)) == 1) {
        int type = xmlTextReaderNodeType(p.xml);
        if (!in_data) {
            if (type == XML_READER_TYPE_ELEMENT && is_element(&p, "sheetData")) {
                if (xmlTextReaderIsEmptyElement(p.xml))
                    break;
                in_data = true;
            }
            continue;
        }
        if (type == XML_READER_TYPE_END_ELEMENT && is_element(&p, "sheetData"))
            break;
        if (type != XML_READER_TYPE_ELEMENT || !is_element(&p, "row"))
            continue;
        char *r = attribute(&p, "r");
        long row = last_row + 1;
        if (r) {
            char *end;
            row = strtol(r, &end, 10);
            if (*end != '\0' || r[0] < '0' || r[0] > '9' || row < 1 || row > XLSX_MAX_ROW)
                row = -1;
        }
        free(r);
        if (row <= last_row) {
            char place[320];
            problems_add_at(
                wb->pr, wb->path, last_row,
                xlsx_place(wb->sheet, 1, last_row > 0 ? last_row : 1, place, sizeof place),
                W_XLSX_ROW_ORDER, last_row);
            rc = -1;
            break;
        }
        last_row = row;
        row_start(sr, row);
        if (!xmlTextReaderIsEmptyElement(p.xml)) {
            int depth = xmlTextReaderDepth(p.xml);
            while ((rc = part_next(&p)) == 1) {
                int t = xmlTextReaderNodeType(p.xml);
                if (t == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth(p.xml) == depth)
                    break;
                if (t == XML_READER_TYPE_ELEMENT && is_element(&p, "c") && read_cell(sr, &p) < 0) {
                    rc = -1;
                    break;
                }
            }
            if (rc != 1) {
                if (rc == 0)
                    problems_add(wb->pr, wb->path, 0, W_XLSX_END_IN_ROW, name);
                rc = -1;
                break;
            }
        }
        row_end(sr);
    }
    part_close(&p);
    return rc >= 0;
}

/* ---- the workbook ---- */

/* libxml2 prints some errors (an encoding it cannot convert) on its own
 * channel whatever the parser's options: they are reported here as the
 * part's problem instead. */
static void xml_quiet(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

bool xlsx_looks_like_zip(const char *data, size_t len)
{
    return len >= 4 && memcmp(data, "PK\3\4", 4) == 0;
}

bool xlsx_read(const char *path, const char *data, size_t len, size_t max_cell, size_t max_columns,
               xlsx_row_fn fn, void *arg, problems *pr)
{
    static const char not_xlsx[] = W_XLSX_NOT_WORKBOOK;
    if (!xlsx_looks_like_zip(data, len)) {
        problems_add(pr, path, 0, not_xlsx, W_XLSX_NOT_ZIP);
        return false;
    }
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *src = zip_source_buffer_create(data, len, 0, &err);
    zip_t *zip = src ? zip_open_from_source(src, ZIP_RDONLY, &err) : NULL;
    if (!zip) {
        zip_source_free(src);
        zip_error_fini(&err);
        problems_add(pr, path, 0, not_xlsx, W_XLSX_BROKEN_ZIP);
        return false;
    }
    zip_error_fini(&err);
    workbook wb = {.path = path, .pr = pr, .zip = zip};
    bool ok = false;
    char *rid = NULL, *sheet_part = NULL, *strings_part = NULL, *styles_part = NULL;
    strings sst = {0};
    styles st = {0};
    zip_int64_t entries = zip_get_num_entries(zip, 0);
    if (entries > XLSX_MAX_ENTRIES) {
        problems_add(pr, path, 0, W_XLSX_TOO_MANY_PARTS, (long long)entries, XLSX_MAX_ENTRIES);
        goto done;
    }
    xmlInitParser();
    xmlSetGenericErrorFunc(NULL, xml_quiet);
    if (!read_workbook(&wb, &rid)
        || !read_relationships(&wb, rid, &sheet_part, &strings_part, &styles_part))
        goto done;
    if (styles_part && !read_styles(&wb, styles_part, &st))
        goto done;
    if (strings_part && !read_strings(&wb, strings_part, &sst))
        goto done;
    sheet_reader sr = {.wb = &wb,
                       .sst = &sst,
                       .styles = &st,
                       .max_cell = max_cell,
                       .max_columns = max_columns,
                       .fn = fn,
                       .arg = arg,
                       .text = {.max = SIZE_MAX}};
    ok = read_sheet(&sr, sheet_part);
    free(sr.text.s);
    free(sr.at);
    free(sr.cells);
done:
    free(sst.all.s);
    free(sst.at);
    free(sst.len);
    free(rid);
    free(sheet_part);
    free(strings_part);
    free(styles_part);
    free(st.percent);
    free(wb.sheet);
    zip_discard(zip);
    return ok;
}
