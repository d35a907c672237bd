#include "embed.h"

#include <hpdf_doc.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

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

/* The font files' bytes, found by path.  Entries are never removed, so
 * that the bytes a reader holds stay valid. */
typedef struct {
    char *path;
    unsigned char *data;
    size_t len;
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
        files[n_files] = (font_file){xstrdup(path), (unsigned char *)data, len};
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

/* A font file's bytes read by libharu where they are: a stream of our
 * own over the run's copy (a memory stream would first copy the file in,
 * a byte at a time, for every document).  The position is the stream's
 * own; the bytes are never freed (font_file).  Read and seek behave as
 * libharu's memory stream's do. */
typedef struct {
    const unsigned char *data;
    HPDF_UINT len, pos;
} font_reader;

static HPDF_STATUS reader_read(HPDF_Stream s, HPDF_BYTE *buf, HPDF_UINT *size)
{
    font_reader *r = s->attr;
    HPDF_UINT want = *size, left = r->len - r->pos;
    HPDF_UINT n = want < left ? want : left;
    memcpy(buf, r->data + r->pos, n);
    r->pos += n;
    *size = n;
    return n < want ? HPDF_STREAM_EOF : HPDF_OK;
}

static HPDF_STATUS reader_seek(HPDF_Stream s, HPDF_INT pos, HPDF_WhenceMode mode)
{
    font_reader *r = s->attr;
    long at = pos;
    if (mode == HPDF_SEEK_CUR)
        at += (long)r->pos;
    else if (mode == HPDF_SEEK_END)
        at = (long)r->len - pos;
    if (at < 0 || at > (long)r->len)
        return HPDF_SetError(s->error, HPDF_STREAM_EOF, 0);
    r->pos = (HPDF_UINT)at;
    return HPDF_OK;
}

static HPDF_INT32 reader_tell(HPDF_Stream s)
{
    return (HPDF_INT32)((font_reader *)s->attr)->pos;
}

static HPDF_UINT32 reader_size(HPDF_Stream s)
{
    return ((font_reader *)s->attr)->len;
}

static void reader_free(HPDF_Stream s)
{
    HPDF_FreeMem(s->mmgr, s->attr);
}

const char *embed_font_load(HPDF_Doc pdf, const char *path, char **why)
{
    const font_file *b = file_bytes(path, why);
    if (!b)
        return NULL;
    /* every failure is given its reason: libharu records a font it cannot
     * parse without calling the document's error handler, and the
     * document would be written without the font's text */
    font_reader *r = HPDF_GetMem(pdf->mmgr, sizeof(font_reader));
    HPDF_Stream s = r ? HPDF_CallbackReader_New(pdf->mmgr, reader_read, reader_seek, reader_tell,
                                                reader_size, r)
                      : NULL;
    if (!s) {
        if (r)
            HPDF_FreeMem(pdf->mmgr, r);
        *why = xstrdup(W_LAYOUT_FONT_NOT_TRUETYPE);
        return NULL;
    }
    r->data = b->data;
    r->len = (HPDF_UINT)b->len;
    r->pos = 0;
    s->free_fn = reader_free;
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

/* The subset libharu cuts for the flagged glyphs, deflated as libharu
 * deflates streams; false when it cannot be cut (a table of the font
 * points past the file's end) or memory ran out. */
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
            uLongf bound = compressBound(size);
            p->flate = xmalloc(bound);
            if (compress2(p->flate, &bound, raw, size, Z_DEFAULT_COMPRESSION) == Z_OK) {
                p->flate_len = bound;
                p->length1 = tt->length1;
                ok = true;
            } else {
                free(p->flate);
                p->flate = NULL;
            }
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
    /* the tag, before the subset is cut: its name table carries it too */
    char tag[7];
    subset_tag(def, want.flags, want.n_flags, tag);
    HPDF_TTFontDef_SetTagName(def, tag);
    if (HPDF_Dict_AddName(font, "BaseFont", tt->base_font) != HPDF_OK)
        return false;
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
        HPDF_Dict data = pdfa_flate_stream(pdf, found->flate, found->flate_len);
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
