/* UTF-8 checks and the conversion to Windows-1252, the encoding the PDFs
 * print with.  Expected bytes are those of the Windows-1252 code page. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

/* The conversion of s, which must succeed, compared with the bytes. */
static void expect_bytes(const char *utf8, const char *cp1252)
{
    unsigned bad = 0;
    char *out = utf8_to_cp1252(utf8, &bad);
    cr_assert_not_null(out, "«%s» refused (U+%04X)", utf8, bad);
    cr_expect_str_eq(out, cp1252, "«%s»", utf8);
    free(out);
}

/* The conversion of s, which must fail on the code point `bad`. */
static void expect_refused(const char *utf8, unsigned bad_cp, const char *why)
{
    unsigned bad = 0;
    char *out = utf8_to_cp1252(utf8, &bad);
    cr_expect_null(out, "%s: converted", why);
    cr_expect_eq(bad, bad_cp, "%s: reported U+%04X, not U+%04X", why, bad, bad_cp);
    free(out);
}

Test(text, ascii_is_unchanged)
{
    expect_bytes("Dinas Komunikasi & Informatika (DISKOMINFO) 2021: 92,5 %",
                 "Dinas Komunikasi & Informatika (DISKOMINFO) 2021: 92,5 %");
    expect_bytes("", "");
}

Test(text, accented_latin_letters_take_their_latin_1_byte)
{
    expect_bytes("Kecamatan Ciamis \u2013 Jawa Barat", "Kecamatan Ciamis \x96 Jawa Barat");
    expect_bytes("caf\u00e9", "caf\xe9");
    expect_bytes("\u00c9\u00e8\u00fc\u00f1\u00df\u00ff", "\xc9\xe8\xfc\xf1\xdf\xff");
    expect_bytes("\u00a0\u00b7\u00a9", "\xa0\xb7\xa9"); /* no-break space, middle dot, © */
}

Test(text, typographic_quotes_dashes_and_the_euro_take_the_bytes_80_to_9f)
{
    expect_bytes("PT Bank Banten (\u201cBank Banten\u201d)", "PT Bank Banten (\x93"
                                                             "Bank Banten\x94)");
    expect_bytes("\u2018ya\u2019", "\x91ya\x92");
    expect_bytes("1\u20132 \u2014 \u2026", "1\x96"
                                           "2 \x97 \x85");
    expect_bytes("\u20ac \u2022 \u2122 \u0160 \u0178", "\x80 \x95 \x99 \x8a \x9f");
}

Test(text, a_tab_becomes_a_space_and_a_line_break_is_kept)
{
    expect_bytes("a\tb", "a b");
    expect_bytes("a\nb", "a\nb");
}

Test(text, characters_outside_windows_1252_are_refused_with_their_code_point)
{
    expect_refused("Desa \u4e2d", 0x4E2D, "a CJK character");
    expect_refused("\U0001F600", 0x1F600, "an emoji");
    expect_refused("Pecs \u0150", 0x0150, "O with double acute (Latin-2)");
    expect_refused("\xc2\x80", 0x80, "a C1 control");
    expect_refused("\xc2\x81", 0x81, "U+0081, the hole at 0x81 of the code page");
    expect_refused("a\x01"
                   "b",
                   0x01, "a control character");
    expect_refused("a\x7f", 0x7F, "DEL");
}

Test(text, malformed_utf8_is_refused_as_u_fffd)
{
    expect_refused("caf\xc3", 0xFFFD, "a sequence cut short");
    expect_refused("\xc0\xaf", 0xFFFD, "an overlong slash");
    expect_refused("\xed\xa0\x80", 0xFFFD, "a surrogate");
    expect_refused("\x80"
                   "abc",
                   0xFFFD, "a stray continuation byte");
    expect_refused("\xe9t\xe9", 0xFFFD, "Latin-1 bytes, not UTF-8");
}

Test(text, utf8_valid_reports_the_offset_of_the_first_bad_sequence)
{
    size_t at = 99;
    const char *ok = "Kab. Pandegl\u00e9ng \u201c\u2013\u201d";
    cr_expect(utf8_valid(ok, strlen(ok), &at));
    cr_expect(utf8_valid("\xf4\x8f\xbf\xbf", 4, &at), "U+10FFFF, the last code point");
    cr_expect_not(utf8_valid("abc\xc3(", 5, &at));
    cr_expect_eq(at, 3);
    cr_expect_not(utf8_valid("ok \xf4\x90\x80\x80", 7, &at), "beyond U+10FFFF");
    cr_expect_eq(at, 3);
    cr_expect_not(utf8_valid("\xe2\x80", 2, &at), "cut short at the end");
    cr_expect_eq(at, 0);
}

Test(text, a_refused_character_is_described_for_the_clerk)
{
    char buf[64];
    text_describe_char(0x4E2D, buf, sizeof buf);
    cr_expect_str_eq(buf, "\"\u4e2d\" (U+4E2D)");
    text_describe_char(0x01, buf, sizeof buf);
    cr_expect_str_eq(buf, "U+0001");
    text_describe_char(0xFFFD, buf, sizeof buf);
    cr_expect_str_eq(buf, "U+FFFD");
}

Test(text, squeeze_makes_runs_of_white_space_one_space)
{
    char *s = text_squeeze("  Dinas \t Kesehatan\r\n\nProvinsi  ");
    cr_expect_str_eq(s, "Dinas Kesehatan Provinsi");
    free(s);
}
