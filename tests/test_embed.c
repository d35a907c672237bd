/* The font programs and widths a document embeds (layout/embed.c), read
 * back from a card of the sample: BUMD-05, the largest card. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

static workspace w;
static char *card; /* the card as written */
static char *qdf;  /* the same, uncompressed, object streams undone */

static void setup(void)
{
    w = workspace_shared("banten-2021", SAMPLE("event.json"), SAMPLE("scores.csv"));
    card = workspace_file(&w, "kartu-nilai/bumd/BUMD-05.pdf");
    qdf = xasprintf("%s/card.pdf", w.dir);
    char *cmd = xasprintf("qpdf --qdf --object-streams=disable '%s' '%s'", card, qdf);
    int status;
    free(shell_output(cmd, &status));
    cr_assert_eq(status, 0, "%s", cmd);
    free(cmd);
}

static void teardown(void)
{
    free(card);
    free(qdf);
    workspace_free(&w);
}

TestSuite(embed, .init = setup, .fini = teardown);

static unsigned u16(const unsigned char *p)
{
    return (unsigned)p[0] << 8 | p[1];
}

static uint32_t u32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* The TrueType checksum: the sum, modulo 2^32, of the data read as
 * big-endian 32-bit words, the last one padded with zero bytes. */
static uint32_t checksum(const unsigned char *p, size_t len)
{
    uint32_t sum = 0;
    for (size_t i = 0; i < len; i += 4)
        for (size_t k = 0; k < 4; k++)
            sum += (uint32_t)(i + k < len ? p[i + k] : 0) << (24 - 8 * k);
    return sum;
}

typedef struct {
    unsigned char *data;
    size_t len;
    long length1; /* the stream's /Length1 */
} program;

/* The font programs (/FontFile2 streams) of the card, decompressed; *n
 * of them. */
static program *programs(size_t *n)
{
    size_t len = 0;
    char *text = slurp(qdf, &len);
    cr_assert_not_null(text);
    program *ps = NULL;
    *n = 0;
    for (const char *at = text; (at = memmem(at, len - (size_t)(at - text), "/FontFile2 ", 11));
         at += 11) {
        long id = atol(at + 11);
        char *file = xasprintf("%s/font-%ld.ttf", w.dir, id);
        char *cmd =
            xasprintf("qpdf --show-object=%ld --filtered-stream-data '%s' > '%s'", id, qdf, file);
        int status;
        free(shell_output(cmd, &status));
        cr_assert_eq(status, 0, "%s", cmd);
        ps = xrealloc(ps, (*n + 1) * sizeof *ps);
        ps[*n].data = (unsigned char *)slurp(file, &ps[*n].len);
        cr_assert_not_null(ps[*n].data);
        free(cmd);
        cmd = xasprintf("qpdf --show-object=%ld '%s' | sed -n 's|.*/Length1 \\([0-9]*\\).*|\\1|p'",
                        id, qdf);
        char *length1 = shell_output(cmd, NULL);
        ps[*n].length1 = atol(length1);
        free(length1);
        free(cmd);
        free(file);
        (*n)++;
    }
    free(text);
    cr_assert(*n == 2, "the card embeds the sans, regular and bold: %zu programs", *n);
    return ps;
}

static void programs_free(program *ps, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(ps[i].data);
    free(ps);
}

/* The table `tag` of a program: its offset and length; false when it has
 * none. */
static bool table(const program *p, const char *tag, uint32_t *offset, uint32_t *length)
{
    cr_assert(p->len >= 12);
    unsigned n = u16(p->data + 4);
    cr_assert(12 + 16 * (size_t)n <= p->len);
    for (unsigned i = 0; i < n; i++) {
        const unsigned char *e = p->data + 12 + 16 * i;
        if (memcmp(e, tag, 4) == 0) {
            *offset = u32(e + 8);
            *length = u32(e + 12);
            cr_assert(*offset <= p->len && *length <= p->len - *offset, "%s past the end", tag);
            return true;
        }
    }
    return false;
}

/* ISO 32000-1, 9.9: a simple TrueType font needs head, hhea, loca, maxp,
 * cvt, prep, glyf, hmtx, fpgm and cmap; the font's names (and licence
 * notice) and its PostScript table are left out, the files in fonts/ keep
 * them. */
Test(embed, a_font_program_has_the_tables_a_pdf_needs_and_no_names)
{
    size_t n;
    program *ps = programs(&n);
    const char *needed[] = {"head", "hhea", "loca", "maxp", "cvt ",
                            "prep", "glyf", "hmtx", "fpgm", "cmap"};
    for (size_t i = 0; i < n; i++) {
        uint32_t off, len;
        for (size_t t = 0; t < sizeof needed / sizeof needed[0]; t++)
            cr_expect(table(&ps[i], needed[t], &off, &len), "no %s table", needed[t]);
        cr_expect(!table(&ps[i], "name", &off, &len), "a name table of %u bytes", len);
        cr_expect(!table(&ps[i], "post", &off, &len), "a post table of %u bytes", len);
        /* OS/2 and the ten above */
        cr_expect_eq(u16(ps[i].data + 4), 11);
        cr_expect_eq(ps[i].length1, (long)ps[i].len, "/Length1 %ld, the program %zu bytes",
                     ps[i].length1, ps[i].len);
    }
    programs_free(ps, n);
}

/* Each table starts on a four-byte boundary and its directory entry gives
 * its checksum (head's counted with checkSumAdjustment zero); the whole
 * font then sums to 0xB1B0AFBA (the TrueType rule for
 * checkSumAdjustment). */
Test(embed, a_font_programs_checksums_are_right)
{
    size_t n;
    program *ps = programs(&n);
    for (size_t i = 0; i < n; i++) {
        const program *p = &ps[i];
        unsigned tables = u16(p->data + 4);
        /* searchRange, entrySelector, rangeShift for 11 tables: 8 is the
         * largest power of two not above 11 */
        cr_expect_eq(u16(p->data + 6), 16 * 8);
        cr_expect_eq(u16(p->data + 8), 3);
        cr_expect_eq(u16(p->data + 10), 16 * 11 - 16 * 8);
        for (unsigned t = 0; t < tables; t++) {
            const unsigned char *e = p->data + 12 + 16 * t;
            uint32_t off = u32(e + 8), len = u32(e + 12);
            cr_assert(off <= p->len && len <= p->len - off);
            cr_expect_eq(off % 4, 0, "%.4s at %u", (const char *)e, off);
            unsigned char *copy = xmalloc(len ? len : 1);
            memcpy(copy, p->data + off, len);
            if (memcmp(e, "head", 4) == 0)
                memset(copy + 8, 0, 4);
            cr_expect_eq(checksum(copy, len), u32(e + 4), "checksum of %.4s", (const char *)e);
            free(copy);
        }
        cr_expect_eq(checksum(p->data, p->len), 0xB1B0AFBAu, "whole font sums to %08x",
                     checksum(p->data, p->len));
    }
    programs_free(ps, n);
}

/* Glyphs the subset does not keep have no outline (loca's offsets i and
 * i+1 equal) and now no metrics either: only the space, kept but blank,
 * keeps its advance, 569 units of 2048 (Liberation Sans' space, regular
 * and bold alike). */
Test(embed, glyphs_left_out_have_no_metrics)
{
    size_t n;
    program *ps = programs(&n);
    for (size_t i = 0; i < n; i++) {
        const program *p = &ps[i];
        uint32_t head, hhea, hmtx, loca, maxp, len;
        cr_assert(table(p, "head", &head, &len) && table(p, "hhea", &hhea, &len)
                  && table(p, "hmtx", &hmtx, &len) && table(p, "loca", &loca, &len)
                  && table(p, "maxp", &maxp, &len));
        cr_expect_eq(u16(p->data + head + 18), 2048, "units per em");
        unsigned glyphs = u16(p->data + maxp + 4), metrics = u16(p->data + hhea + 34);
        bool long_loca = u16(p->data + head + 50) != 0;
        unsigned blank_with_advance = 0, blank = 0;
        for (unsigned g = 0; g < glyphs; g++) {
            uint32_t from = long_loca ? u32(p->data + loca + 4 * g) : u16(p->data + loca + 2 * g);
            uint32_t to =
                long_loca ? u32(p->data + loca + 4 * g + 4) : u16(p->data + loca + 2 * g + 2);
            if (from != to)
                continue;
            blank++;
            unsigned advance = g < metrics ? u16(p->data + hmtx + 4 * g) : 0;
            unsigned lsb = g < metrics ? u16(p->data + hmtx + 4 * g + 2)
                                       : u16(p->data + hmtx + 4 * metrics + 2 * (g - metrics));
            if (advance) {
                blank_with_advance++;
                cr_expect_eq(advance, 569, "glyph %u: advance %u", g, advance);
            }
            cr_expect_eq(lsb, 0, "glyph %u: left side bearing %u", g, lsb);
        }
        cr_expect_eq(blank_with_advance, 1, "%u blank glyphs with an advance", blank_with_advance);
        /* most of the font's ~230 glyphs are not on the card */
        cr_expect(blank > 100, "%u blank glyphs", blank);
    }
    programs_free(ps, n);
}

/* /Widths gives the codes from FirstChar to LastChar (ISO 32000-1, 9.6.2:
 * LastChar - FirstChar + 1 entries), here from the space (32) to the
 * footer's middle dot (0xB7, 183), the lowest and highest codes printed
 * on the card, not the whole of Windows-1252 up to 255. */
Test(embed, a_fonts_widths_cover_the_codes_it_uses)
{
    char *cmd = xasprintf("python3 -c '"
                          "import re, sys\n"
                          "t = open(sys.argv[1], \"rb\").read().decode(\"latin-1\")\n"
                          "for m in re.finditer(r\"/FirstChar (\\d+)\\s*/LastChar (\\d+).*?"
                          "/Widths \\[([^]]*)\\]\", t, re.S):\n"
                          "    print(m.group(1), m.group(2), len(m.group(3).split()))' '%s'",
                          card);
    char *fonts = shell_output(cmd, NULL);
    cr_expect_str_eq(fonts, "32 183 152\n32 183 152\n");
    free(fonts);
    free(cmd);
}

/* The fonts as cut still give the card's text back. */
Test(embed, the_cards_text_is_extracted)
{
    char *text = pdf_text(card);
    cr_expect(strstr(text, "Perusahaan Umum Daerah Air Minum"), "%s", text);
    cr_expect(strstr(text, "Tirta Kerta Raharja"), "%s", text);
    free(text);
}
