#include "embed.h"

#include <hpdf_doc.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "flate.h"
#include "input.h"
#include "labels.h"
#include "layout.h"
#include "pdfa.h"
#include "problems.h"
#include "util.h"

/* The characters (Windows-1252) whose glyphs and widths every document
 * embeds whether it prints them or not: those of most names and numbers,
 * and of the book's footers ("·"), so that documents differ in their
 * glyphs only by a rare letter and share a handful of font programs in
 * the whole run (the sample: 17 cut for 149 documents, not 167, at the
 * cost of ~0.8 KB a font), and a page of a document can be given another
 * footer (pdfjoin) with glyphs it is sure to have. */
#define EMBED_ALWAYS " abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,-()/:\xB7"

/* Font programs are deflated once a run for each set of glyphs, at
 * libdeflate's level 9: on the sample, 12 makes the largest card 67 bytes
 * smaller for 5 % more instructions in all (zlib's default before). */
#define FONT_LEVEL 9

/* The font files' bytes, found by path.  Entries are never removed, so
 * that the bytes a reader holds stay valid. */
typedef struct {
    char *path;
    unsigned char *data;
    size_t len;
    bool sound; /* sfnt_sound: libharu may parse it */
} font_file;

/* A font program: the glyphs of one font file that a document uses
 * (libharu's flags, one byte a glyph), the subset cut from them, deflated. */
typedef struct {
    const font_file *file;
    uint32_t hash; /* of the flags */
    unsigned char *flags;
    size_t n_flags;
    unsigned char *flate;
    size_t flate_len;
    unsigned length1; /* the subset's size before deflating */
} font_program;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static font_file files[16];
static size_t n_files;
/* a round's documents use a few dozen sets of glyphs; further sets are
 * cut for their document alone */
#define PROGRAMS_MAX 256
static font_program *programs;
static size_t n_programs;

static bool sfnt_sound(const unsigned char *font, size_t len);

static const font_file *file_bytes(const char *path, char **why)
{
    const font_file *found = NULL;
    pthread_mutex_lock(&lock);
    for (size_t i = 0; i < n_files && !found; i++)
        if (strcmp(files[i].path, path) == 0)
            found = &files[i];
    pthread_mutex_unlock(&lock);
    if (found)
        return found;
    /* libharu never sees the path: the file is read here, within its limit */
    if (!input_check(path, 0, LAYOUT_FONT_MAX_BYTES, why))
        return NULL;
    problems *pr = problems_new();
    size_t len = 0;
    char *data = input_read(path, path, LAYOUT_FONT_MAX_BYTES, pr, &len);
    if (!data)
        *why = xstrdup(problems_count(pr) ? problems_get(pr, 0) : path);
    problems_free(pr);
    if (!data)
        return NULL;
    pthread_mutex_lock(&lock);
    for (size_t i = 0; i < n_files && !found; i++)
        if (strcmp(files[i].path, path) == 0)
            found = &files[i]; /* read meanwhile by another worker */
    if (!found && n_files < sizeof files / sizeof files[0]) {
        bool sound = sfnt_sound((const unsigned char *)data, len);
        files[n_files] = (font_file){xstrdup(path), (unsigned char *)data, len, sound};
        found = &files[n_files++];
        data = NULL;
    }
    pthread_mutex_unlock(&lock);
    free(data);
    if (!found)
        *why = xstrdup(path);
    return found;
}

bool embed_font_readable(const char *path, char **why)
{
    return file_bytes(path, why) != NULL;
}

const char *embed_font_load(HPDF_Doc pdf, const char *path, char **why)
{
    const font_file *b = file_bytes(path, why);
    if (!b)
        return NULL;
    /* libharu takes a read that stops short in the header or the table
     * directory for a whole one, and goes on with what it did not read;
     * it takes the glyph a cmap gives for one of the font's */
    if (!b->sound) {
        *why = xstrdup(W_LAYOUT_FONT_NOT_TRUETYPE);
        return NULL;
    }
    /* every failure is given its reason: libharu records a font it cannot
     * parse without calling the document's error handler, and the
     * document would be written without the font's text */
    /* read where they are: a memory stream would first copy the file in,
     * a byte at a time, for every document */
    HPDF_Stream s = pdfa_bytes_reader(pdf->mmgr, b->data, b->len);
    if (!s) {
        *why = xstrdup(W_LAYOUT_FONT_NOT_TRUETYPE);
        return NULL;
    }
    HPDF_FontDef def = HPDF_TTFontDef_Load(pdf->mmgr, s, HPDF_TRUE); /* owns s */
    /* a definition it cannot register, HPDF_Doc_RegisterFontDef frees */
    if (!def || HPDF_Doc_RegisterFontDef(pdf, def) != HPDF_OK) {
        *why = xstrdup(W_LAYOUT_FONT_NOT_TRUETYPE);
        return NULL;
    }
    /* the next subset tag, as HPDF_LoadTTFontFromFile gives it: the name
     * HPDF_GetFont finds the font by; the subset's own tag, made from its
     * glyphs, replaces it before the document is saved (subset_tag) */
    if (pdf->ttfont_tag[0] == 0) {
        memcpy(pdf->ttfont_tag, "HPDFAA", 6);
    } else {
        for (int i = 5; i >= 0; i--) {
            if (++pdf->ttfont_tag[i] <= 'Z')
                break;
            pdf->ttfont_tag[i] = 'A';
        }
    }
    HPDF_TTFontDef_SetTagName(def, (char *)pdf->ttfont_tag);
    return def->base_font;
}

static uint32_t hash_flags(const unsigned char *flags, size_t n)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < n; i++)
        h = (h ^ flags[i]) * 16777619u;
    return h;
}

static unsigned be16(const unsigned char *p)
{
    return (unsigned)p[0] << 8 | p[1];
}

static uint32_t be32(const unsigned char *p)
{
    return (uint32_t)be16(p) << 16 | be16(p + 2);
}

static void put16(unsigned char *p, unsigned v)
{
    p[0] = (unsigned char)(v >> 8);
    p[1] = (unsigned char)v;
}

static void put32(unsigned char *p, uint32_t v)
{
    put16(p, v >> 16);
    put16(p + 2, v & 0xFFFF);
}

/* The sum of a table's big-endian 32-bit words, the last one padded with
 * zeros (the TrueType table checksum). */
static uint32_t sfnt_checksum(const unsigned char *p, size_t len)
{
    uint32_t sum = 0;
    for (size_t i = 0; i < len; i += 4) {
        unsigned char w[4] = {0};
        memcpy(w, p + i, len - i < 4 ? len - i : 4);
        sum += be32(w);
    }
    return sum;
}

/* A table of an sfnt (the directory's entry), found by tag. */
typedef struct {
    const unsigned char *entry; /* 16 bytes: tag, checksum, offset, length */
    const unsigned char *data;
    size_t len;
} sfnt_table;

static bool sfnt_find(const unsigned char *font, size_t len, const char *tag, sfnt_table *t)
{
    unsigned n = be16(font + 4);
    for (unsigned i = 0; i < n; i++) {
        const unsigned char *e = font + 12 + 16 * i;
        if (memcmp(e, tag, 4) == 0) {
            uint32_t off = be32(e + 8), tlen = be32(e + 12);
            if (off > len || tlen > len - off)
                return false;
            *t = (sfnt_table){e, font + off, tlen};
            return true;
        }
    }
    return false;
}

/* Whether the font's header, its table directory and every table it
 * lists are within its `len` bytes. */
static bool sfnt_whole(const unsigned char *font, size_t len)
{
    if (len < 12)
        return false;
    unsigned n = be16(font + 4);
    if (12 + 16 * (size_t)n > len)
        return false;
    for (unsigned i = 0; i < n; i++) {
        const unsigned char *e = font + 12 + 16 * i;
        uint32_t off = be32(e + 8), tlen = be32(e + 12);
        if (off > len || tlen > len - off)
            return false;
    }
    return true;
}

/* Whether every glyph the font's format 4 cmaps give (the ones libharu
 * reads) is one of the font's, fewer than maxp's count: libharu looks a
 * glyph's outline up by that number unchecked, and a damaged cmap made it
 * read past its tables.  Anything out of place in them is a no. */
static bool cmap_within(const unsigned char *font, size_t len)
{
    sfnt_table cmap, maxp;
    if (!sfnt_find(font, len, "cmap", &cmap) || !sfnt_find(font, len, "maxp", &maxp) || maxp.len < 6
        || cmap.len < 4)
        return false;
    unsigned glyphs = be16(maxp.data + 4), subtables = be16(cmap.data + 2);
    if (4 + 8 * (size_t)subtables > cmap.len)
        return false;
    for (unsigned i = 0; i < subtables; i++) {
        uint32_t off = be32(cmap.data + 4 + 8 * i + 4);
        if (off > cmap.len || cmap.len - off < 4)
            return false;
        const unsigned char *t = cmap.data + off;
        if (be16(t) != 4)
            continue;
        size_t tlen = be16(t + 2);
        if (tlen < 14 || tlen > cmap.len - off)
            return false;
        unsigned segments = be16(t + 6) / 2;
        if (16 + 8 * (size_t)segments > tlen)
            return false;
        /* endCode[], a pad, startCode[], idDelta[], idRangeOffset[] */
        size_t ends = 14, starts = ends + 2 * (size_t)segments + 2;
        size_t deltas = starts + 2 * (size_t)segments, ranges = deltas + 2 * (size_t)segments;
        for (unsigned sg = 0; sg < segments; sg++) {
            unsigned end = be16(t + ends + 2 * sg), start = be16(t + starts + 2 * sg);
            unsigned delta = be16(t + deltas + 2 * sg), range = be16(t + ranges + 2 * sg);
            if (start > end)
                return false;
            for (unsigned c = start; c <= end; c++) {
                unsigned g = (c + delta) & 0xFFFF;
                if (range != 0) {
                    size_t at = ranges + 2 * (size_t)sg + range + 2 * (size_t)(c - start);
                    if (at + 2 > tlen)
                        return false;
                    g = be16(t + at);
                    g = g ? (g + delta) & 0xFFFF : 0;
                }
                if (g >= glyphs)
                    return false;
            }
        }
    }
    return true;
}

/* Whether libharu may parse the font: all of it there (sfnt_whole), its
 * cmaps within its glyphs. */
static bool sfnt_sound(const unsigned char *font, size_t len)
{
    return sfnt_whole(font, len) && cmap_within(font, len);
}

/* The tables a PDF reader does not need in an embedded simple TrueType
 * font (ISO 32000-1, 9.9), left out of the font programs: "name", the
 * font's names and licence notice (the files in fonts/ keep them, with
 * OFL.txt), and "post", whose libharu cut (format 3) holds no glyph
 * names, only the underline's place that the PDF never uses. */
static bool sfnt_dropped(const unsigned char *tag)
{
    return memcmp(tag, "name", 4) == 0 || memcmp(tag, "post", 4) == 0;
}

/* The subset libharu cut, `raw`, rewritten smaller: without the tables
 * sfnt_dropped names, and with the horizontal metrics (advance and left
 * side bearing) of the glyphs it does not keep (`kept`, libharu's flags,
 * one byte a glyph) made zero, as their outlines are: a PDF takes the
 * widths from the font's /Widths, not from the program.  Tables start on
 * four-byte boundaries, their checksums and the font's
 * checkSumAdjustment computed again.  NULL when `raw` is not a font it
 * can read (then it is embedded as cut). */
static unsigned char *slim(const unsigned char *raw, size_t len, const unsigned char *kept,
                           size_t n_kept, size_t *out_len)
{
    if (!sfnt_whole(raw, len) || be16(raw + 4) == 0)
        return NULL;
    unsigned n = be16(raw + 4);
    sfnt_table head, hhea, hmtx, loca, maxp;
    if (!sfnt_find(raw, len, "head", &head) || head.len < 54 || !sfnt_find(raw, len, "hhea", &hhea)
        || hhea.len < 36 || !sfnt_find(raw, len, "hmtx", &hmtx)
        || !sfnt_find(raw, len, "loca", &loca) || !sfnt_find(raw, len, "maxp", &maxp)
        || maxp.len < 6)
        return NULL;
    size_t glyphs = be16(maxp.data + 4), metrics = be16(hhea.data + 34);
    bool long_loca = be16(head.data + 50) != 0;
    if (metrics == 0 || metrics > glyphs || hmtx.len < 4 * metrics + 2 * (glyphs - metrics)
        || loca.len < (glyphs + 1) * (long_loca ? 4 : 2))
        return NULL;

    unsigned kept_tables = 0;
    size_t size = 12;
    for (unsigned i = 0; i < n; i++) {
        const unsigned char *e = raw + 12 + 16 * i;
        uint32_t tlen = be32(e + 12);
        if (!sfnt_dropped(e)) {
            kept_tables++;
            size += 16 + ((size_t)tlen + 3) / 4 * 4;
        }
    }
    unsigned char *out = xcalloc(size, 1);
    unsigned selector = 0;
    while (2u << selector <= kept_tables)
        selector++;
    put32(out, be32(raw));
    put16(out + 4, kept_tables);
    put16(out + 6, 16u << selector);
    put16(out + 8, selector);
    put16(out + 10, 16 * kept_tables - (16u << selector));
    size_t at = 12 + 16 * (size_t)kept_tables, head_at = 0;
    unsigned char *dir = out + 12;
    for (unsigned i = 0; i < n; i++) {
        const unsigned char *e = raw + 12 + 16 * i;
        if (sfnt_dropped(e))
            continue;
        uint32_t off = be32(e + 8), tlen = be32(e + 12);
        unsigned char *t = out + at;
        memcpy(t, raw + off, tlen);
        if (memcmp(e, "head", 4) == 0) {
            put32(t + 8, 0); /* checkSumAdjustment, set below */
            head_at = at;
        } else if (memcmp(e, "hmtx", 4) == 0) {
            for (size_t g = 0; g < glyphs && g < n_kept; g++) {
                size_t from = long_loca ? be32(loca.data + 4 * g) : 2u * be16(loca.data + 2 * g);
                size_t to =
                    long_loca ? be32(loca.data + 4 * g + 4) : 2u * be16(loca.data + 2 * g + 2);
                if (kept[g] || from != to)
                    continue;
                if (g < metrics)
                    memset(t + 4 * g, 0, 4);
                else
                    memset(t + 4 * metrics + 2 * (g - metrics), 0, 2);
            }
        }
        memcpy(dir, e, 4);
        put32(dir + 4, sfnt_checksum(t, tlen));
        put32(dir + 8, (uint32_t)at);
        put32(dir + 12, tlen);
        dir += 16;
        at += ((size_t)tlen + 3) / 4 * 4;
    }
    put32(out + head_at + 8, 0xB1B0AFBAu - sfnt_checksum(out, size));
    *out_len = size;
    return out;
}

/* The subset libharu cuts for the flagged glyphs, made smaller (slim) and
 * deflated as libharu deflates streams; false when it cannot be cut (a
 * table of the font points past the file's end) or memory ran out. */
static bool cut(HPDF_Doc pdf, HPDF_FontDef def, font_program *p)
{
    HPDF_TTFontDefAttr tt = def->attr;
    HPDF_Stream s = HPDF_MemStream_New(pdf->mmgr, 32 * 1024);
    if (!s)
        return false;
    bool ok = false;
    if (HPDF_TTFontDef_SaveFontData(def, s) == HPDF_OK) {
        HPDF_UINT32 size = HPDF_Stream_Size(s);
        unsigned char *raw = xmalloc(size ? size : 1);
        HPDF_UINT got = size;
        if (HPDF_Stream_Seek(s, 0, HPDF_SEEK_SET) == HPDF_OK
            && HPDF_Stream_Read(s, raw, &got) == HPDF_OK && got == size) {
            /* the flags now hold the parts of composite glyphs too */
            size_t slim_len = 0;
            unsigned char *slimmed = slim(raw, size, tt->glyph_tbl.flgs, tt->num_glyphs, &slim_len);
            const unsigned char *font = slimmed ? slimmed : raw;
            size_t font_len = slimmed ? slim_len : size;
            p->flate = flate_compress(font, font_len, FONT_LEVEL, &p->flate_len);
            p->length1 = (unsigned)font_len;
            ok = true;
            free(slimmed);
        }
        free(raw);
    }
    HPDF_Stream_Free(s);
    return ok;
}

/* The subset's tag (six capitals before the "+" of its name) made from
 * the font's name and the glyphs it keeps, not counted in the document:
 * the documents of a run are joined (the scorecard book, the certificates'
 * print file), and different subsets in one file must have different tags
 * (ISO 32000-1, 9.6.4), as readers and printers may take two fonts of one
 * name for the same.  The same subset gets the same tag in every document,
 * so that joining can still share it. */
static void subset_tag(HPDF_FontDef def, const unsigned char *flags, size_t n, char tag[7])
{
    uint64_t h = 14695981039346656037u; /* FNV-1a, 64 bits */
    for (const char *c = def->base_font; *c; c++)
        h = (h ^ (unsigned char)*c) * 1099511628211u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ flags[i]) * 1099511628211u;
    for (int i = 0; i < 6; i++) {
        tag[i] = (char)('A' + h % 26);
        h /= 26;
    }
    tag[6] = '\0';
}

/* The codes of font `font` whose widths its dictionary gives: from the
 * lowest to the highest code used, not libharu's whole range of the
 * encoding (32 to 255, zeros for codes not used).  False when no code is
 * used (the whole range is then given). */
static bool used_codes(HPDF_Font font, unsigned *first, unsigned *last)
{
    HPDF_FontAttr attr = (HPDF_FontAttr)font->attr;
    HPDF_BasicEncoderAttr enc = (HPDF_BasicEncoderAttr)attr->encoder->attr;
    bool any = false;
    for (unsigned c = enc->first_char; c <= enc->last_char; c++)
        if (attr->used[c]) {
            if (!any)
                *first = c;
            *last = c;
            any = true;
        }
    return any;
}

/* The /Widths of a font's dictionary, as libharu's own writer gives them
 * (hpdf_font_tt.c), for the codes embed_font_program gave it, then its
 * /Encoding. */
static HPDF_STATUS write_widths(HPDF_Dict font, HPDF_Stream stream)
{
    HPDF_FontAttr attr = (HPDF_FontAttr)font->attr;
    HPDF_BasicEncoderAttr enc = (HPDF_BasicEncoderAttr)attr->encoder->attr;
    /* the range embed_font_program gave the dictionary (FirstChar,
     * LastChar), else the encoding's */
    HPDF_Number from = HPDF_Dict_GetItem(font, "FirstChar", HPDF_OCLASS_NUMBER);
    HPDF_Number to = HPDF_Dict_GetItem(font, "LastChar", HPDF_OCLASS_NUMBER);
    unsigned first = from ? (unsigned)from->value : enc->first_char;
    unsigned last = to ? (unsigned)to->value : enc->last_char;
    /* written by hand into one buffer: a printf call a width was 3 % of
     * a build's instructions */
    char *buf = xmalloc(32 + (size_t)(last - first + 1) * 8), *o = buf;
    memcpy(o, "/Widths [\012", 10);
    o += 10;
    for (unsigned c = first; c <= last; c++) {
        int w = attr->widths[c];
        char digits[24], *end = digits + sizeof digits;
        char *p = digits_before(end, w < 0 ? 0ULL - (unsigned long long)w : (unsigned long long)w);
        if (w < 0)
            *o++ = '-';
        memcpy(o, p, (size_t)(end - p));
        o += end - p;
        *o++ = ' ';
        if ((c + 1) % 16 == 0)
            *o++ = '\012';
    }
    memcpy(o, "]\012", 2);
    o += 2;
    HPDF_STATUS ret = HPDF_Stream_Write(stream, (const HPDF_BYTE *)buf, (HPDF_UINT)(o - buf));
    free(buf);
    return ret == HPDF_OK ? attr->encoder->write_fn(attr->encoder, stream) : ret;
}

bool embed_font_program(HPDF_Doc pdf, HPDF_Font font, const char *path, char **why_not)
{
    HPDF_FontAttr attr = (HPDF_FontAttr)font->attr;
    HPDF_FontDef def = attr->fontdef;
    HPDF_TTFontDefAttr tt = def->attr;
    if (def->descriptor || def->type != HPDF_FONTDEF_TYPE_TRUETYPE || !tt->embedding)
        return true;
    char *why = NULL;
    const font_file *file = file_bytes(path, &why);
    free(why);
    if (!file) {
        /* cannot be: the font was loaded from these bytes */
        *why_not = xstrdup(W_LAYOUT_FONT_NOT_TRUETYPE);
        return false;
    }

    font_program want = {.file = file, .flags = tt->glyph_tbl.flgs, .n_flags = tt->num_glyphs};
    /* the tag, before the font's dictionary is written (its /BaseFont and
     * its descriptor's /FontName carry it) */
    char tag[7];
    subset_tag(def, want.flags, want.n_flags, tag);
    HPDF_TTFontDef_SetTagName(def, tag);
    if (HPDF_Dict_AddName(font, "BaseFont", tt->base_font) != HPDF_OK)
        return false;
    /* the widths of the codes used only; the same glyphs of the same font
     * give the same codes, so the dictionaries of two documents that
     * share a program are still alike, and the book shares them */
    unsigned first = 0, last = 0;
    if (used_codes(font, &first, &last)) {
        if (HPDF_Dict_AddNumber(font, "FirstChar", (HPDF_INT32)first) != HPDF_OK
            || HPDF_Dict_AddNumber(font, "LastChar", (HPDF_INT32)last) != HPDF_OK)
            return false;
        font->write_fn = write_widths;
    }
    want.hash = hash_flags(want.flags, want.n_flags);
    const font_program *found = NULL;
    pthread_mutex_lock(&lock);
    for (size_t i = 0; i < n_programs && !found; i++) {
        const font_program *p = &programs[i];
        if (p->file == file && p->hash == want.hash && p->n_flags == want.n_flags
            && memcmp(p->flags, want.flags, want.n_flags) == 0)
            found = p;
    }
    pthread_mutex_unlock(&lock);
    font_program made = {0};
    if (!found) {
        made = want;
        if (!cut(pdf, def, &made)) {
            /* libharu could not copy the tables the subset keeps */
            *why_not = xstrdup(W_LAYOUT_FONT_NOT_TRUETYPE);
            return false;
        }
        pthread_mutex_lock(&lock);
        if (n_programs < PROGRAMS_MAX) {
            if (!programs)
                programs = xcalloc(PROGRAMS_MAX, sizeof(font_program));
            made.flags = xmalloc(want.n_flags);
            memcpy(made.flags, want.flags, want.n_flags);
            programs[n_programs] = made;
            found = &programs[n_programs++];
            made.flate = NULL; /* the store's now */
        }
        pthread_mutex_unlock(&lock);
        if (!found)
            found = &made;
    }

    /* the descriptor libharu would make (hpdf_font_tt.c), in its order */
    HPDF_Dict desc = HPDF_Dict_New(pdf->mmgr);
    bool ok = desc && HPDF_Xref_Add(attr->xref, desc) == HPDF_OK;
    if (ok) {
        HPDF_STATUS ret = 0;
        ret += HPDF_Dict_AddName(desc, "Type", "FontDescriptor");
        ret += HPDF_Dict_AddNumber(desc, "Ascent", def->ascent);
        ret += HPDF_Dict_AddNumber(desc, "Descent", def->descent);
        ret += HPDF_Dict_AddNumber(desc, "CapHeight", def->cap_height);
        ret += HPDF_Dict_AddNumber(desc, "Flags", (HPDF_INT32)def->flags);
        ret += HPDF_Dict_Add(desc, "FontBBox", HPDF_Box_Array_New(pdf->mmgr, def->font_bbox));
        ret += HPDF_Dict_AddName(desc, "FontName", tt->base_font);
        ret += HPDF_Dict_AddNumber(desc, "ItalicAngle", def->italic_angle);
        ret += HPDF_Dict_AddNumber(desc, "StemV", def->stemv);
        ret += HPDF_Dict_AddNumber(desc, "XHeight", def->x_height);
        if (tt->char_set)
            ret += HPDF_Dict_AddName(desc, "CharSet", tt->char_set);
        /* the store's programs outlive the document; one cut in a full
         * store is the caller's, freed below */
        HPDF_Dict data = found == &made
                             ? pdfa_flate_stream(pdf, found->flate, found->flate_len)
                             : pdfa_flate_stream_kept(pdf, found->flate, found->flate_len);
        if (data) {
            ret += HPDF_Dict_Add(desc, "FontFile2", data);
            ret += HPDF_Dict_AddNumber(data, "Length1", (HPDF_INT32)found->length1);
        }
        ok = data && ret == HPDF_OK;
    }
    free(made.flate);
    if (ok)
        def->descriptor = desc;
    return ok;
}

void embed_font_always(HPDF_Font font)
{
    if (font)
        HPDF_Font_TextWidth(font, (const HPDF_BYTE *)EMBED_ALWAYS, sizeof EMBED_ALWAYS - 1);
}
