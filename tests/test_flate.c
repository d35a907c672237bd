/* The deflate wrapper (flate.h): what it writes is a zlib stream that
 * zlib itself inflates back to the same bytes, at every level. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "flate.h"

/* A page's content as the layout writes it: text lines and rules. */
static char *content_stream(size_t *len)
{
    size_t size = 64 * 1024, at = 0;
    char *s = malloc(size);
    cr_assert_not_null(s);
    for (int i = 0; i < 120; i++)
        at += (size_t)snprintf(s + at, size - at,
                               "BT\n/F1 9 Tf\n56.69 %d.5 Td\n(Dinas Kesehatan Nomor %d) Tj\nET\n"
                               "0.5 w\n56.69 %d m\n538.58 %d l\nS\n",
                               780 - 6 * i, i, 778 - 6 * i, 778 - 6 * i);
    *len = at;
    return s;
}

/* The zlib header's two bytes: deflate with a 32 KB window (0x78), and a
 * check value making the pair a multiple of 31 (RFC 1950). */
static void expect_zlib_header(const unsigned char *z, size_t n)
{
    cr_assert_geq(n, 2);
    cr_expect_eq(z[0], 0x78);
    cr_expect_eq((z[0] * 256 + z[1]) % 31, 0);
}

Test(flate, content_stream_inflates_back_at_every_level)
{
    size_t len;
    char *raw = content_stream(&len);
    for (int level = FLATE_LEVEL_MIN; level <= FLATE_LEVEL_MAX; level++) {
        size_t n = 0;
        unsigned char *z = flate_compress(raw, len, level, &n);
        cr_assert_not_null(z);
        expect_zlib_header(z, n);
        if (level > 0)
            cr_expect_lt(n, len / 4, "level %d: %zu bytes from %zu", level, n, len);
        unsigned char *back = malloc(len + 1);
        uLongf back_len = len + 1;
        cr_assert_eq(uncompress(back, &back_len, z, n), Z_OK, "level %d", level);
        cr_expect_eq(back_len, len, "level %d", level);
        cr_expect(memcmp(back, raw, len) == 0, "level %d: other bytes", level);
        free(back);
        free(z);
    }
    free(raw);
}

/* The bytes of an empty stream, written by hand: the header at level 3
 * (78 5E: FLEVEL 1), one empty stored block that is the last (01, length
 * 0000 and its complement FFFF), and Adler-32 of nothing, 1. */
Test(flate, empty_input_is_an_empty_stream)
{
    static const unsigned char expected[] = {0x78, 0x5e, 0x01, 0x00, 0x00, 0xff,
                                             0xff, 0x00, 0x00, 0x00, 0x01};
    size_t n = 99;
    unsigned char *z = flate_compress("", 0, 3, &n);
    cr_assert_not_null(z);
    cr_assert_eq(n, sizeof expected);
    cr_expect(memcmp(z, expected, n) == 0);
    unsigned char back[4];
    uLongf back_len = sizeof back;
    cr_expect_eq(uncompress(back, &back_len, z, n), Z_OK);
    cr_expect_eq(back_len, 0);
    free(z);
}

Test(flate, same_input_same_bytes)
{
    size_t len;
    char *raw = content_stream(&len);
    size_t n1 = 0, n2 = 0;
    unsigned char *a = flate_compress(raw, len, 3, &n1);
    unsigned char *b = flate_compress(raw, len, 3, &n2);
    cr_assert_eq(n1, n2);
    cr_expect(memcmp(a, b, n1) == 0);
    free(a);
    free(b);
    free(raw);
}
