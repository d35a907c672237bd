/*
 * decimal — exact decimal scores, never through binary floating point.
 *
 * A score as written in a spreadsheet ("92,5", "89.995", "60,62") is parsed
 * exactly into a fixed-point number with 18 places after the point, and
 * rounded half up to two places only when a final value is needed.  Final
 * values are kept as whole hundredths (score_t: 9250 means 92,50).
 */
#ifndef ANUGERAH_DECIMAL_H
#define ANUGERAH_DECIMAL_H

#include <stdbool.h>
#include <stddef.h>

/* A final score in hundredths: 9250 is 92,50. */
typedef long long score_t;

/* An exact parsed decimal: units / 10^18. */
typedef struct {
    __int128 units;
} decimal;

typedef enum {
    DECIMAL_OK,
    DECIMAL_EMPTY, /* nothing but spaces */
    DECIMAL_NOT_NUMBER,
    DECIMAL_TOO_PRECISE /* more than 18 places after the point */
} decimal_status;

/* Parses "92", "92,5", "92.50", "-3" (a sign is accepted so that the caller
 * can say the value is out of range).  Both ',' and '.' are the decimal mark;
 * thousands separators are not accepted.  Values whose whole part exceeds
 * 999999 are clamped to 999999 (still out of range for any score). */
decimal_status decimal_parse(const char *text, decimal *out);

/* Rounds half up (away from zero) to hundredths. */
score_t decimal_round2(decimal d);

/* A score in hundredths as an exact decimal. */
decimal decimal_from_score(score_t s);

/* Adds d to *sum exactly. */
void decimal_add(decimal *sum, decimal d);

/* The mean of a sum of n values (n > 0), to 18 places; the division
 * truncates below 1e-18, far under half a hundredth. */
decimal decimal_mean(decimal sum, size_t n);

/* True when 0 <= d <= 100. */
bool decimal_in_score_range(decimal d);

/* The weighted final score: sum(scores[i] * weights[i]) / 100, rounded half
 * up to hundredths.  Weights are percentages in hundredths (8000 is 80 %). */
score_t decimal_weighted(const decimal *scores, const score_t *weights, size_t n);

/* Writes "92,50" (Indonesian decimal comma) into buf; returns buf. */
char *score_format_id(score_t s, char *buf, size_t size);

/* Writes "92.50" (decimal point, for exports) into buf; returns buf. */
char *score_format_point(score_t s, char *buf, size_t size);

/* Converts a double read from JSON (a weight or a band minimum) to
 * hundredths.  Returns false when it has more than two decimals. */
bool score_from_double(double v, score_t *out);

#endif
