#include "pdfa.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>
#include <lcms2.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "flate.h"
#include "input.h"
#include "labels.h"
#include "problems.h"
#include "sha256.h"
#include "util.h"

/* Appends s to *buf with XML's five special characters escaped. */
static void append_escaped(char **buf, size_t *len, const char *s)
{
    for (; s && *s; s++) {
        const char *rep = NULL;
        switch (*s) {
        case '&':
            rep = "&amp;";
            break;
        case '<':
            rep = "&lt;";
            break;
        case '>':
            rep = "&gt;";
            break;
        case '"':
            rep = "&quot;";
            break;
        case '\'':
            rep = "&apos;";
            break;
        }
        size_t n = rep ? strlen(rep) : 1;
        *buf = xrealloc(*buf, *len + n + 1);
        memcpy(*buf + *len, rep ? rep : s, n);
        *len += n;
        (*buf)[*len] = '\0';
    }
}

static void append(char **buf, size_t *len, const char *s)
{
    size_t n = strlen(s);
    *buf = xrealloc(*buf, *len + n + 1);
    memcpy(*buf + *len, s, n + 1);
    *len += n;
}

char *pdfa_xmp(const pdfa_info *i, const char *producer)
{
    char date[32];
    snprintf(date, sizeof date, "%04d-%02d-%02dT00:00:00Z", i->year, i->month, i->day);
    char *x = NULL;
    size_t n = 0;
    append(&x, &n,
           "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
           "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           "<rdf:Description rdf:about=\"\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
           "<dc:format>application/pdf</dc:format>\n"
           "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">");
    append_escaped(&x, &n, i->title);
    append(&x, &n, "</rdf:li></rdf:Alt></dc:title>\n<dc:creator><rdf:Seq><rdf:li>");
    append_escaped(&x, &n, i->author);
    append(&x, &n,
           "</rdf:li></rdf:Seq></dc:creator>\n"
           "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">");
    append_escaped(&x, &n, i->subject);
    append(&x, &n,
           "</rdf:li></rdf:Alt></dc:description>\n</rdf:Description>\n"
           "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
           "<xmp:CreatorTool>");
    append_escaped(&x, &n, i->creator);
    append(&x, &n, "</xmp:CreatorTool>\n<xmp:CreateDate>");
    append(&x, &n, date);
    append(&x, &n, "</xmp:CreateDate>\n<xmp:ModifyDate>");
    append(&x, &n, date);
    append(&x, &n,
           "</xmp:ModifyDate>\n</rdf:Description>\n"
           "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
           "<pdf:Keywords>");
    append_escaped(&x, &n, i->keywords);
    append(&x, &n, "</pdf:Keywords>\n<pdf:Producer>");
    append_escaped(&x, &n, producer);
    append(&x, &n,
           "</pdf:Producer>\n</rdf:Description>\n"
           "<rdf:Description rdf:about=\"\" "
           "xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
           "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n"
           "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
           "<?xpacket end=\"w\"?>\n");
    return x;
}

static char *no_memory(const pdfa_info *info)
{
    return xasprintf(W_PDFA_NO_MEMORY, info->id_name ? info->id_name : "PDF");
}

/* The /Filter of a stream that is written already compressed: libharu
 * names only the filters it applies itself. */
static HPDF_STATUS flate_filter(HPDF_Dict dict, HPDF_Stream stream)
{
    (void)dict;
    return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

void pdfa_mark_deflated(HPDF_Dict stream)
{
    stream->filter = HPDF_STREAM_FILTER_NONE;
    stream->write_fn = flate_filter;
}

/* A stream of our own over bytes in memory: libharu reads them where they
 * are.  The position is the stream's own.  Read and seek behave as
 * libharu's memory stream's do. */
typedef struct {
    const unsigned char *data;
    HPDF_UINT len, pos;
} bytes_reader;

static HPDF_STATUS reader_read(HPDF_Stream s, HPDF_BYTE *buf, HPDF_UINT *size)
{
    bytes_reader *r = s->attr;
    HPDF_UINT want = *size, left = r->len - r->pos;
    HPDF_UINT n = want < left ? want : left;
    memcpy(buf, r->data + r->pos, n);
    r->pos += n;
    *size = n;
    return n < want ? HPDF_STREAM_EOF : HPDF_OK;
}

static HPDF_STATUS reader_seek(HPDF_Stream s, HPDF_INT pos, HPDF_WhenceMode mode)
{
    bytes_reader *r = s->attr;
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
    return (HPDF_INT32)((bytes_reader *)s->attr)->pos;
}

static HPDF_UINT32 reader_size(HPDF_Stream s)
{
    return ((bytes_reader *)s->attr)->len;
}

static void reader_free(HPDF_Stream s)
{
    HPDF_FreeMem(s->mmgr, s->attr);
}

HPDF_Stream pdfa_bytes_reader(HPDF_MMgr mmgr, const unsigned char *data, size_t len)
{
    bytes_reader *r = HPDF_GetMem(mmgr, sizeof(bytes_reader));
    HPDF_Stream s =
        r ? HPDF_CallbackReader_New(mmgr, reader_read, reader_seek, reader_tell, reader_size, r)
          : NULL;
    if (!s) {
        if (r)
            HPDF_FreeMem(mmgr, r);
        return NULL;
    }
    r->data = data;
    r->len = (HPDF_UINT)len;
    r->pos = 0;
    s->free_fn = reader_free;
    return s;
}

HPDF_Dict pdfa_flate_stream_kept(HPDF_Doc pdf, const unsigned char *flate, size_t len)
{
    HPDF_Dict stream = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
    HPDF_Stream bytes = stream ? pdfa_bytes_reader(pdf->mmgr, flate, len) : NULL;
    if (!bytes)
        return NULL;
    pdfa_mark_deflated(stream);
    /* the dictionary's own memory stream replaced: written from `flate`
     * as it is when the document is saved */
    HPDF_Stream_Free(stream->stream);
    stream->stream = bytes;
    return stream;
}

HPDF_Dict pdfa_flate_stream(HPDF_Doc pdf, const unsigned char *flate, size_t len)
{
    HPDF_Dict stream = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
    if (stream) {
        pdfa_mark_deflated(stream);
        HPDF_Stream_Write(stream->stream, flate, (HPDF_UINT)len);
    }
    return stream;
}

/* The profiles deflated, once for the whole run rather than once in every
 * document; found by path, never removed (their bytes stay valid). */
typedef struct {
    char *path;
    unsigned char *flate;
    size_t len;
} packed_profile;

static pthread_mutex_t profiles_lock = PTHREAD_MUTEX_INITIALIZER;
static packed_profile profiles[4];
static size_t n_profiles;

/* The tags a display profile's colours need, kept as the file has them
 * (lcms2 copies a tag it was not asked to read byte for byte). */
static const cmsTagSignature kept_tags[] = {
    cmsSigProfileDescriptionTag, cmsSigMediaWhitePointTag, cmsSigRedColorantTag,
    cmsSigGreenColorantTag,      cmsSigBlueColorantTag,    cmsSigCopyrightTag,
};

/* The input of the compact curve's point i, in 16-bit units. */
static cmsUInt16Number curve_input(unsigned i)
{
    const unsigned last = PDFA_ICC_CURVE_POINTS - 1;
    return (cmsUInt16Number)((i * 65535u + last / 2) / last);
}

/* Whether the profile is one whose curves can be shared: version 2 (PDF/A-1
 * names ICC.1:1998-09), a display (mntr) profile from RGB to XYZ, with the
 * kept tags, and three tone curves equal at the curve's points. */
static bool profile_fits(cmsHPROFILE p)
{
    if (cmsGetEncodedICCversion(p) >> 24 != 2 || cmsGetDeviceClass(p) != cmsSigDisplayClass
        || cmsGetColorSpace(p) != cmsSigRgbData || cmsGetPCS(p) != cmsSigXYZData)
        return false;
    for (size_t i = 0; i < sizeof kept_tags / sizeof kept_tags[0]; i++)
        if (!cmsIsTag(p, kept_tags[i]))
            return false;
    const cmsToneCurve *r = cmsReadTag(p, cmsSigRedTRCTag);
    const cmsToneCurve *g = cmsReadTag(p, cmsSigGreenTRCTag);
    const cmsToneCurve *b = cmsReadTag(p, cmsSigBlueTRCTag);
    if (!r || !g || !b)
        return false;
    for (unsigned i = 0; i < PDFA_ICC_CURVE_POINTS; i++) {
        cmsUInt16Number x = curve_input(i);
        cmsUInt16Number y = cmsEvalToneCurve16(r, x);
        if (cmsEvalToneCurve16(g, x) != y || cmsEvalToneCurve16(b, x) != y)
            return false;
    }
    return true;
}

/* Rewrites the profile in place: every tag but the kept ones and the
 * three curves removed, and the red curve, resampled to
 * PDFA_ICC_CURVE_POINTS points, written once and linked from gTRC and
 * bTRC (ICC.1 allows tags to share their data). */
static bool profile_compact(cmsHPROFILE p)
{
    const cmsToneCurve *red = cmsReadTag(p, cmsSigRedTRCTag);
    cmsUInt16Number table[PDFA_ICC_CURVE_POINTS];
    for (unsigned i = 0; i < PDFA_ICC_CURVE_POINTS; i++)
        table[i] = cmsEvalToneCurve16(red, curve_input(i));
    /* a removed tag leaves its place in the table empty (signature 0):
     * the places after it do not move */
    cmsInt32Number count = cmsGetTagCount(p);
    for (cmsInt32Number i = 0; i < count; i++) {
        cmsTagSignature sig = cmsGetTagSignature(p, (cmsUInt32Number)i);
        bool kept = sig == 0 || sig == cmsSigRedTRCTag || sig == cmsSigGreenTRCTag
                    || sig == cmsSigBlueTRCTag;
        for (size_t k = 0; !kept && k < sizeof kept_tags / sizeof kept_tags[0]; k++)
            kept = sig == kept_tags[k];
        if (!kept && !cmsWriteTag(p, sig, NULL))
            return false;
    }
    cmsToneCurve *curve = cmsBuildTabulatedToneCurve16(NULL, PDFA_ICC_CURVE_POINTS, table);
    bool ok = curve && cmsWriteTag(p, cmsSigRedTRCTag, curve)
              && cmsLinkTag(p, cmsSigGreenTRCTag, cmsSigRedTRCTag)
              && cmsLinkTag(p, cmsSigBlueTRCTag, cmsSigRedTRCTag);
    cmsFreeToneCurve(curve);
    return ok;
}

unsigned char *pdfa_compact_profile(const char *path, size_t *len, char **error)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        *error = xasprintf(W_PDFA_NO_PROFILE, path);
        return NULL;
    }
    char *why = NULL;
    if (!input_check(path, 0, PDFA_ICC_MAX_BYTES, &why)) {
        *error = xasprintf(W_PDFA_PROFILE_UNREADABLE, path, why);
        free(why);
        return NULL;
    }
    problems *pr = problems_new();
    size_t size = 0;
    char *icc = input_read(path, path, PDFA_ICC_MAX_BYTES, pr, &size);
    problems_free(pr);
    cmsHPROFILE p = icc && size > 0 ? cmsOpenProfileFromMem(icc, (cmsUInt32Number)size) : NULL;
    free(icc);
    unsigned char *out = NULL;
    cmsUInt32Number n = 0;
    if (p && profile_fits(p) && profile_compact(p) && cmsSaveProfileToMem(p, NULL, &n) && n > 0) {
        out = xmalloc(n);
        if (!cmsSaveProfileToMem(p, out, &n)) {
            free(out);
            out = NULL;
        }
    }
    if (p)
        cmsCloseProfile(p);
    if (!out) {
        *error = xasprintf(W_PDFA_PROFILE_UNLOADABLE, path);
        return NULL;
    }
    *len = n;
    return out;
}

/* The profile at `path` made compact and deflated (a cached copy, or the
 * caller's to free when *owned), or NULL with a message (caller frees). */
static const unsigned char *profile_flate(const char *path, size_t *len, bool *owned, char **error)
{
    *owned = false;
    pthread_mutex_lock(&profiles_lock);
    for (size_t i = 0; i < n_profiles; i++)
        if (strcmp(profiles[i].path, path) == 0) {
            *len = profiles[i].len;
            const unsigned char *flate = profiles[i].flate;
            pthread_mutex_unlock(&profiles_lock);
            return flate;
        }
    pthread_mutex_unlock(&profiles_lock);
    size_t size = 0;
    unsigned char *icc = pdfa_compact_profile(path, &size, error);
    if (!icc)
        return NULL;
    size_t bound = 0;
    unsigned char *flate = flate_compress(icc, size, FLATE_LEVEL_MAX, &bound);
    free(icc);
    *len = bound;
    pthread_mutex_lock(&profiles_lock);
    if (n_profiles < sizeof profiles / sizeof profiles[0]) {
        profiles[n_profiles++] = (packed_profile){xstrdup(path), flate, bound};
    } else {
        *owned = true;
    }
    pthread_mutex_unlock(&profiles_lock);
    return flate;
}

static bool output_intent(HPDF_Doc pdf, const pdfa_info *info, char **error)
{
    size_t len;
    bool owned;
    const unsigned char *flate = profile_flate(info->icc_profile, &len, &owned, error);
    if (!flate)
        return false;
    HPDF_Dict icc =
        owned ? pdfa_flate_stream(pdf, flate, len) : pdfa_flate_stream_kept(pdf, flate, len);
    if (owned)
        free((unsigned char *)flate);
    if (icc) {
        HPDF_Dict_AddNumber(icc, "N", 3);
        HPDF_Dict_AddName(icc, "Alternate", "DeviceRGB");
    }
    const char *icc_path = info->icc_profile;
    HPDF_Dict intent = HPDF_Dict_New(pdf->mmgr);
    if (!icc || !intent || HPDF_Xref_Add(pdf->xref, intent) != HPDF_OK) {
        *error = xasprintf(W_PDFA_PROFILE_UNLOADABLE, icc_path);
        return false;
    }
    const char *name = "sRGB IEC61966-2.1";
    HPDF_Dict_AddName(intent, "Type", "OutputIntent");
    HPDF_Dict_AddName(intent, "S", "GTS_PDFA1");
    HPDF_Dict_Add(intent, "OutputConditionIdentifier", HPDF_String_New(pdf->mmgr, name, NULL));
    HPDF_Dict_Add(intent, "Info", HPDF_String_New(pdf->mmgr, name, NULL));
    HPDF_Dict_Add(intent, "RegistryName", HPDF_String_New(pdf->mmgr, "http://www.color.org", NULL));
    HPDF_Dict_Add(intent, "DestOutputProfile", icc);
    HPDF_Array intents = HPDF_Array_New(pdf->mmgr);
    if (!intents) {
        *error = no_memory(info);
        return false;
    }
    HPDF_Array_Add(intents, intent);
    HPDF_Dict_Add(pdf->catalog, "OutputIntents", intents);
    return true;
}

/* The libharu calls that create an object return NULL when memory runs
 * out; nothing is then dereferenced. */
static bool metadata(HPDF_Doc pdf, const pdfa_info *info, char **error)
{
    HPDF_Dict stream = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
    if (!stream) {
        *error = no_memory(info);
        return false;
    }
    const char *producer = HPDF_GetInfoAttr(pdf, HPDF_INFO_PRODUCER);
    char *xmp = pdfa_xmp(info, producer ? producer : "");
    /* PDF/A: the metadata stream is not compressed */
    stream->filter = HPDF_STREAM_FILTER_NONE;
    HPDF_Dict_AddName(stream, "Type", "Metadata");
    HPDF_Dict_AddName(stream, "Subtype", "XML");
    HPDF_Stream_Write(stream->stream, (const HPDF_BYTE *)xmp, (HPDF_UINT)strlen(xmp));
    HPDF_Dict_Add(pdf->catalog, "Metadata", stream);
    free(xmp);
    return true;
}

/* /ID: the same 16 bytes twice, from the inputs' digest and the file's
 * name, so that the same inputs give the same file. */
static bool document_id(HPDF_Doc pdf, const pdfa_info *info, char **error)
{
    uint8_t digest[SHA256_BYTES];
    sha256_ctx *ctx = sha256_new();
    sha256_update(ctx, info->id_seed ? info->id_seed : "",
                  strlen(info->id_seed ? info->id_seed : ""));
    sha256_update(ctx, "\n", 1);
    sha256_update(ctx, info->id_name ? info->id_name : "",
                  strlen(info->id_name ? info->id_name : ""));
    sha256_final(ctx, digest);
    HPDF_Array id = HPDF_Array_New(pdf->mmgr);
    if (!id) {
        *error = no_memory(info);
        return false;
    }
    HPDF_Array_Add(id, HPDF_Binary_New(pdf->mmgr, digest, 16));
    HPDF_Array_Add(id, HPDF_Binary_New(pdf->mmgr, digest, 16));
    HPDF_Dict_Add(pdf->trailer, "ID", id);
    return true;
}

bool pdfa_apply(HPDF_Doc pdf, const pdfa_info *info, char **error)
{
    pdf->pdf_version = HPDF_VER_14;
    return output_intent(pdf, info, error) && metadata(pdf, info, error)
           && document_id(pdf, info, error);
}
