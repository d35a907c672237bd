#include "pdfa.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "input.h"
#include "labels.h"
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

static bool output_intent(HPDF_Doc pdf, const pdfa_info *info, char **error)
{
    const char *icc_path = info->icc_profile;
    struct stat st;
    if (stat(icc_path, &st) != 0) {
        *error = xasprintf(W_PDFA_NO_PROFILE, icc_path);
        return false;
    }
    /* libharu opens it by its path: only a regular file of a profile's size */
    char *why = NULL;
    if (!input_check(icc_path, 0, PDFA_ICC_MAX_BYTES, &why)) {
        *error = xasprintf(W_PDFA_PROFILE_UNREADABLE, icc_path, why);
        free(why);
        return false;
    }
    HPDF_OutputIntent icc = HPDF_LoadIccProfileFromFile(pdf, icc_path, 3);
    /* compressed: 6.9 KB stored once in every PDF otherwise */
    if (icc)
        icc->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
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
