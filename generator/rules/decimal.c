#include "decimal.h"

#include <math.h>
#include <string.h>

#include "util.h"

#define PLACES 18
#define WHOLE_MAX 999999

static __int128 pow10_i128(int n)
{
    __int128 r = 1;
    while (n-- > 0)
        r *= 10;
    return r;
}

decimal_status decimal_parse(const char *text, decimal *out)
{
    const char *p = text;
    while (*p == ' ' || *p == '\t')
        p++;
    if (*p == '\0')
        return DECIMAL_EMPTY;

    bool negative = false;
    if (*p == '+' || *p == '-') {
        negative = (*p == '-');
        p++;
    }

    __int128 whole = 0;
    int whole_digits = 0;
    while (*p >= '0' && *p <= '9') {
        if (whole <= WHOLE_MAX)
            whole = whole * 10 + (*p - '0');
        whole_digits++;
        p++;
    }
    if (whole > WHOLE_MAX)
        whole = WHOLE_MAX;

    __int128 frac = 0;
    int frac_digits = 0;
    if (*p == ',' || *p == '.') {
        p++;
        while (*p >= '0' && *p <= '9') {
            if (frac_digits == PLACES) {
                /* Trailing zeros beyond 18 places change nothing. */
                if (*p != '0')
                    return DECIMAL_TOO_PRECISE;
            } else {
                frac = frac * 10 + (*p - '0');
                frac_digits++;
            }
            p++;
        }
    }
    while (*p == ' ' || *p == '\t')
        p++;
    if (*p != '\0' || (whole_digits == 0 && frac_digits == 0))
        return DECIMAL_NOT_NUMBER;

    __int128 units = whole * pow10_i128(PLACES) + frac * pow10_i128(PLACES - frac_digits);
    out->units = negative ? -units : units;
    return DECIMAL_OK;
}

/* Divides by a positive divisor, rounding half away from zero. */
static __int128 div_round_half_up(__int128 n, __int128 divisor)
{
    if (n >= 0)
        return (n + divisor / 2) / divisor;
    return -((-n + divisor / 2) / divisor);
}

score_t decimal_round2(decimal d)
{
    return (score_t)div_round_half_up(d.units, pow10_i128(PLACES - 2));
}

decimal decimal_from_score(score_t s)
{
    decimal d = {(__int128)s * pow10_i128(PLACES - 2)};
    return d;
}

void decimal_add(decimal *sum, decimal d)
{
    sum->units += d.units;
}

decimal decimal_mean(decimal sum, size_t n)
{
    decimal d = {sum.units / (__int128)n};
    return d;
}

bool decimal_in_score_range(decimal d)
{
    return d.units >= 0 && d.units <= 100 * pow10_i128(PLACES);
}

score_t decimal_weighted(const decimal *scores, const score_t *weights, size_t n)
{
    /* units (1e-18) * weight (1e-2 percent) = 1e-20 percent-points */
    __int128 total = 0;
    for (size_t i = 0; i < n; i++)
        total += scores[i].units * weights[i];
    /* value = total * 1e-20 / 100; hundredths = total / 1e20 */
    return (score_t)div_round_half_up(total, pow10_i128(PLACES + 2));
}

/* "-12,05": written by hand (a printf call each was 1 % of a build),
 * cut to `size` as snprintf cuts. */
static char *format(score_t s, char mark, char *buf, size_t size)
{
    char digits[32];
    char *end = digits + sizeof digits, *p = end;
    unsigned long long a = s < 0 ? 0ULL - (unsigned long long)s : (unsigned long long)s;
    *--p = (char)('0' + a % 10);
    *--p = (char)('0' + a / 10 % 10);
    *--p = mark;
    p = digits_before(p, a / 100);
    if (s < 0)
        *--p = '-';
    if (size == 0)
        return buf;
    size_t n = (size_t)(end - p);
    if (n >= size)
        n = size - 1;
    memcpy(buf, p, n);
    buf[n] = '\0';
    return buf;
}

char *score_format_id(score_t s, char *buf, size_t size)
{
    return format(s, ',', buf, size);
}

char *score_format_point(score_t s, char *buf, size_t size)
{
    return format(s, '.', buf, size);
}

bool score_from_double(double v, score_t *out)
{
    if (!isfinite(v) || fabs(v) > 1e12)
        return false;
    double scaled = v * 100.0;
    double r = round(scaled);
    if (fabs(scaled - r) > 1e-6)
        return false;
    *out = (score_t)r;
    return true;
}
