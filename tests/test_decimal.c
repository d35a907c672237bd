#include <criterion/criterion.h>

#include "decimal.h"

static score_t parse2(const char *text)
{
    decimal d;
    cr_assert_eq(decimal_parse(text, &d), DECIMAL_OK, "parse %s", text);
    return decimal_round2(d);
}

Test(decimal, comma_and_point_are_both_decimal_marks)
{
    cr_expect_eq(parse2("92,5"), 9250);
    cr_expect_eq(parse2("92.5"), 9250);
    cr_expect_eq(parse2("60,62"), 6062);
    cr_expect_eq(parse2("100"), 10000);
    cr_expect_eq(parse2(" 7 "), 700);
    cr_expect_eq(parse2(",5"), 50);
}

Test(decimal, rounds_half_up_exactly)
{
    /* 89.995 is 89.99499999999999744 as a double: only exact decimals give 90. */
    cr_expect_eq(parse2("89,995"), 9000);
    cr_expect_eq(parse2("89,994999"), 8999);
    cr_expect_eq(parse2("39,99"), 3999);
    cr_expect_eq(parse2("0,005"), 1);
    cr_expect_eq(parse2("0,004999999999999999"), 0);
}

Test(decimal, rejects_what_is_not_a_number)
{
    decimal d;
    cr_expect_eq(decimal_parse("", &d), DECIMAL_EMPTY);
    cr_expect_eq(decimal_parse("   ", &d), DECIMAL_EMPTY);
    cr_expect_eq(decimal_parse("abc", &d), DECIMAL_NOT_NUMBER);
    cr_expect_eq(decimal_parse("9O", &d), DECIMAL_NOT_NUMBER);
    cr_expect_eq(decimal_parse("1e308", &d), DECIMAL_NOT_NUMBER);
    cr_expect_eq(decimal_parse("NaN", &d), DECIMAL_NOT_NUMBER);
    cr_expect_eq(decimal_parse("1.234,5", &d), DECIMAL_NOT_NUMBER);
    cr_expect_eq(decimal_parse(",", &d), DECIMAL_NOT_NUMBER);
    cr_expect_eq(decimal_parse("1,0000000000000000001", &d), DECIMAL_TOO_PRECISE);
}

Test(decimal, range_is_zero_to_hundred)
{
    decimal d;
    decimal_parse("100,00", &d);
    cr_expect(decimal_in_score_range(d));
    decimal_parse("-0", &d);
    cr_expect(decimal_in_score_range(d));
    decimal_parse("100,01", &d);
    cr_expect_not(decimal_in_score_range(d));
    decimal_parse("-1", &d);
    cr_expect_not(decimal_in_score_range(d));
    decimal_parse("99999999999999", &d);
    cr_expect_not(decimal_in_score_range(d));
}

Test(decimal, weighted_final_score_is_rounded_once)
{
    decimal s[2];
    score_t w[2] = {8000, 2000};
    decimal_parse("60,00", &s[0]);
    decimal_parse("63,10", &s[1]);
    cr_expect_eq(decimal_weighted(s, w, 2), 6062);
    /* 0.8 * 89.99 + 0.2 * 90.015 = 89.995 -> 90.00 */
    decimal_parse("89,99", &s[0]);
    decimal_parse("90,015", &s[1]);
    cr_expect_eq(decimal_weighted(s, w, 2), 9000);
    score_t thirds[3] = {3333, 3333, 3334};
    decimal t[3];
    decimal_parse("90", &t[0]);
    decimal_parse("90", &t[1]);
    decimal_parse("90", &t[2]);
    cr_expect_eq(decimal_weighted(t, thirds, 3), 9000);
}

Test(decimal, formats_indonesian_and_export)
{
    char buf[32];
    cr_expect_str_eq(score_format_id(9250, buf, sizeof buf), "92,50");
    cr_expect_str_eq(score_format_id(5, buf, sizeof buf), "0,05");
    cr_expect_str_eq(score_format_point(10000, buf, sizeof buf), "100.00");
    cr_expect_str_eq(score_format_point(6062, buf, sizeof buf), "60.62");
    /* a change can be negative: the sign before the whole part */
    cr_expect_str_eq(score_format_id(-1205, buf, sizeof buf), "-12,05");
    cr_expect_str_eq(score_format_id(-5, buf, sizeof buf), "-0,05");
    cr_expect_str_eq(score_format_id(0, buf, sizeof buf), "0,00");
    /* a buffer too small keeps what fits, ended, as snprintf does */
    char small[4];
    cr_expect_str_eq(score_format_id(9250, small, sizeof small), "92,");
}
