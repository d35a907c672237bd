/* libFuzzer harness: the XLSX scores reader, with the sample's event,
 * through the rules to the in-memory round.
 *
 * An input starting with "PK\3\4" is taken as the workbook itself (the zip
 * layer).  Any other input is the first sheet's XML, optionally followed by
 * a zero byte and the shared strings' XML, and another zero byte and the
 * styles' XML: the harness packs them into a workbook (stored, not
 * compressed) so that the mutations reach the XML and the cells instead of
 * breaking the zip's checksums. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "event.h"
#include "fuzz_rules.h"
#include "rules.h"
#include "scores.h"

static kip_event *event;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    problems *pr = problems_new();
    event = event_load(FUZZ_ROOT "/samples/banten-2021/event.json", pr);
    problems_free(pr);
    return 0;
}

static uint32_t crc32(const uint8_t *p, size_t n)
{
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++)
            c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
    }
    return ~c;
}

typedef struct {
    uint8_t *p;
    size_t len, cap;
} bytes;

static void put(bytes *b, const void *s, size_t n)
{
    if (b->len + n > b->cap) {
        b->cap = (b->len + n) * 2;
        b->p = realloc(b->p, b->cap);
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
}

static void put16(bytes *b, unsigned v)
{
    uint8_t x[2] = {(uint8_t)v, (uint8_t)(v >> 8)};
    put(b, x, 2);
}

static void put32(bytes *b, uint32_t v)
{
    uint8_t x[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
    put(b, x, 4);
}

typedef struct {
    const char *name;
    const uint8_t *data;
    size_t len;
} entry;

/* A zip of stored entries. */
static bytes zip_of(const entry *e, size_t n)
{
    bytes z = {0}, dir = {0};
    for (size_t i = 0; i < n; i++) {
        uint32_t crc = crc32(e[i].data, e[i].len), at = (uint32_t)z.len;
        size_t name_len = strlen(e[i].name);
        put32(&z, 0x04034b50);
        put16(&z, 20), put16(&z, 0), put16(&z, 0), put16(&z, 0), put16(&z, 0x21);
        put32(&z, crc), put32(&z, (uint32_t)e[i].len), put32(&z, (uint32_t)e[i].len);
        put16(&z, (unsigned)name_len), put16(&z, 0);
        put(&z, e[i].name, name_len);
        put(&z, e[i].data, e[i].len);
        put32(&dir, 0x02014b50);
        put16(&dir, 20), put16(&dir, 20), put16(&dir, 0), put16(&dir, 0), put16(&dir, 0);
        put16(&dir, 0x21);
        put32(&dir, crc), put32(&dir, (uint32_t)e[i].len), put32(&dir, (uint32_t)e[i].len);
        put16(&dir, (unsigned)name_len), put16(&dir, 0), put16(&dir, 0), put16(&dir, 0);
        put16(&dir, 0), put32(&dir, 0), put32(&dir, at);
        put(&dir, e[i].name, name_len);
    }
    uint32_t dir_at = (uint32_t)z.len;
    put(&z, dir.p, dir.len);
    put32(&z, 0x06054b50);
    put16(&z, 0), put16(&z, 0), put16(&z, (unsigned)n), put16(&z, (unsigned)n);
    put32(&z, (uint32_t)dir.len), put32(&z, dir_at), put16(&z, 0);
    free(dir.p);
    return z;
}

#define S(text) (const uint8_t *)(text), sizeof(text) - 1

static const char WORKBOOK[] =
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<sheets><sheet name=\"Nilai\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
static const char RELS[] =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/styles\" Target=\"styles.xml\"/></Relationships>";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bytes packed = {0};
    const char *workbook = (const char *)data;
    size_t len = size;
    if (size < 4 || memcmp(data, "PK\3\4", 4) != 0) {
        /* up to three parts, each ended by a zero byte */
        const uint8_t *at[3] = {data, NULL, NULL};
        size_t len_of[3] = {size, 0, 0};
        size_t parts = 1;
        for (; parts < 3; parts++) {
            const uint8_t *nul = memchr(at[parts - 1], 0, len_of[parts - 1]);
            if (!nul)
                break;
            at[parts] = nul + 1;
            len_of[parts] = len_of[parts - 1] - (size_t)(nul + 1 - at[parts - 1]);
            len_of[parts - 1] = (size_t)(nul - at[parts - 1]);
        }
        entry e[5] = {
            {"xl/workbook.xml", S(WORKBOOK)},
            {"xl/_rels/workbook.xml.rels", S(RELS)},
            {"xl/worksheets/sheet1.xml", at[0], len_of[0]},
            {"xl/sharedStrings.xml", at[1], len_of[1]},
            {"xl/styles.xml", at[2], len_of[2]},
        };
        /* a part not given is an empty one */
        if (parts < 2)
            e[3].data = (const uint8_t *)"<sst/>", e[3].len = 6;
        if (parts < 3)
            e[4].data = (const uint8_t *)"<styleSheet/>", e[4].len = 13;
        packed = zip_of(e, 5);
        workbook = (const char *)packed.p;
        len = packed.len;
    }
    problems *pr = problems_new();
    size_t n = 0;
    kip_body *bodies = scores_parse_xlsx("fuzz.xlsx", workbook, len, event, pr, &n);
    fuzz_apply_rules(bodies, n, pr);
    problems_free(pr);
    free(packed.p);
    return 0;
}
