/* The colour profile of the PDF/A output intent: Debian's sRGB.icc (6 922
 * bytes: a 128-byte header, 12 tags, three equal 1024-point curves) made
 * compact, with the same colours; and a damaged or odd profile file
 * refused with the profile's message.  The reference colours are those of
 * the original file as Little CMS computes them, not of our code. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <lcms2.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "pdfa.h"
#include "util.h"

#define SRGB "/usr/share/color/icc/sRGB.icc"

static uint32_t be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* The tag table entry of `sig` in the profile: its data and size, or NULL. */
static const unsigned char *tag(const unsigned char *icc, size_t len, const char *sig,
                                uint32_t *size)
{
    uint32_t n = be32(icc + 128);
    for (uint32_t i = 0; i < n && 132 + 12 * (i + 1) <= len; i++) {
        const unsigned char *e = icc + 132 + 12 * i;
        if (memcmp(e, sig, 4) == 0 && be32(e + 4) + be32(e + 8) <= len) {
            *size = be32(e + 8);
            return icc + be32(e + 4);
        }
    }
    return NULL;
}

static unsigned char *compact(size_t *len)
{
    char *error = NULL;
    unsigned char *icc = pdfa_compact_profile(SRGB, len, &error);
    cr_assert_not_null(icc, "%s", error ? error : "");
    return icc;
}

Test(pdfa, profile_keeps_the_file_tags_and_shares_one_short_curve)
{
    size_t olen = 0, len = 0;
    unsigned char *orig = (unsigned char *)slurp(SRGB, &olen);
    cr_assert_eq(olen, 6922);
    unsigned char *icc = compact(&len);
    /* header 128, tag count 4, 9 entries of 12, desc 104, four XYZ of 20,
     * one curv of 12 + 2 * 64, cprt 33, padded to a multiple of 4 */
    cr_expect_eq(len, 600);
    cr_expect_eq(be32(icc), len, "the header's size");
    cr_expect_eq(icc[8], 2, "version 2.x");
    cr_expect_eq(memcmp(icc + 12, "mntrRGB XYZ ", 12), 0, "class, colour space, PCS");
    cr_expect_eq(memcmp(icc + 64, orig + 64, 4), 0, "rendering intent");
    cr_expect_eq(be32(icc + 128), 9);
    static const char *const kept[] = {"desc", "wtpt", "rXYZ", "gXYZ", "bXYZ", "cprt"};
    for (size_t i = 0; i < sizeof kept / sizeof kept[0]; i++) {
        uint32_t n = 0, on = 0;
        const unsigned char *t = tag(icc, len, kept[i], &n);
        const unsigned char *o = tag(orig, olen, kept[i], &on);
        cr_assert(t && o, "%s", kept[i]);
        cr_expect(n == on && memcmp(t, o, n) == 0, "%s differs from the file's", kept[i]);
    }
    uint32_t rn = 0, gn = 0, bn = 0, n = 0;
    const unsigned char *r = tag(icc, len, "rTRC", &rn);
    cr_assert_not_null(r);
    cr_expect_eq(tag(icc, len, "gTRC", &gn), r, "gTRC shares rTRC's data");
    cr_expect_eq(tag(icc, len, "bTRC", &bn), r, "bTRC shares rTRC's data");
    cr_expect_eq(memcmp(r, "curv", 4), 0);
    cr_expect_eq(be32(r + 8), 64, "points");
    cr_expect_eq(rn, 12 + 2 * 64);
    /* the ends of the sRGB curve: black and white */
    cr_expect_eq(r[12] << 8 | r[13], 0);
    cr_expect_eq(r[12 + 2 * 63] << 8 | r[12 + 2 * 63 + 1], 65535);
    cr_expect_null(tag(icc, len, "dmnd", &n));
    cr_expect_null(tag(icc, len, "dmdd", &n));
    cr_expect_null(tag(icc, len, "chrm", &n));
    free(icc);
    free(orig);
}

/* Lab of each RGB colour through the profile, by Little CMS. */
static void to_lab(const void *icc, size_t len, const unsigned char *rgb, cmsCIELab *lab, size_t n)
{
    cmsHPROFILE p = cmsOpenProfileFromMem(icc, (cmsUInt32Number)len);
    cr_assert_not_null(p, "Little CMS does not open the profile");
    cmsHPROFILE l = cmsCreateLab4Profile(NULL);
    cmsHTRANSFORM t = cmsCreateTransform(p, TYPE_RGB_8, l, TYPE_Lab_DBL,
                                         INTENT_RELATIVE_COLORIMETRIC, cmsFLAGS_NOOPTIMIZE);
    cr_assert_not_null(t);
    cmsDoTransform(t, rgb, lab, (cmsUInt32Number)n);
    cmsDeleteTransform(t);
    cmsCloseProfile(l);
    cmsCloseProfile(p);
}

Test(pdfa, profile_gives_the_file_colours_within_one_lab_unit)
{
    /* the grey ramp (every step of the curve) and some colours */
    enum { GREYS = 256, COLOURS = 8, N = GREYS + COLOURS };
    static const unsigned char colours[COLOURS][3] = {
        {255, 0, 0},   {0, 255, 0},    {0, 0, 255}, {255, 255, 0},
        {30, 60, 200}, {250, 200, 10}, {12, 3, 7},  {128, 64, 200},
    };
    unsigned char rgb[N * 3];
    for (int i = 0; i < GREYS; i++)
        rgb[3 * i] = rgb[3 * i + 1] = rgb[3 * i + 2] = (unsigned char)i;
    memcpy(rgb + 3 * GREYS, colours, sizeof colours);
    size_t olen = 0, len = 0;
    char *orig = slurp(SRGB, &olen);
    unsigned char *icc = compact(&len);
    static cmsCIELab want[N], got[N];
    to_lab(orig, olen, rgb, want, N);
    to_lab(icc, len, rgb, got, N);
    for (int i = 0; i < N; i++) {
        const unsigned char *c = rgb + 3 * i;
        cr_expect(fabs(got[i].L - want[i].L) < 1 && fabs(got[i].a - want[i].a) < 1
                      && fabs(got[i].b - want[i].b) < 1,
                  "RGB %d %d %d: Lab %.2f %.2f %.2f, the file gives %.2f %.2f %.2f", c[0], c[1],
                  c[2], got[i].L, got[i].a, got[i].b, want[i].L, want[i].a, want[i].b);
    }
    free(icc);
    free(orig);
}

/* Linear interpolation of 64 points against the file's 1024 (worked out
 * beside this test in Python: at most 6.83 in 16-bit units, at 65086):
 * every input from 0 to 65535 within 16, a sixteenth of an 8-bit step
 * (257).  With 12 points it is about 200. */
Test(pdfa, profile_curve_stays_within_a_sixteenth_of_an_8_bit_step)
{
    size_t len = 0;
    unsigned char *icc = compact(&len);
    cmsHPROFILE o = cmsOpenProfileFromFile(SRGB, "r");
    cmsHPROFILE c = cmsOpenProfileFromMem(icc, (cmsUInt32Number)len);
    cr_assert(o && c);
    static const cmsTagSignature curves[] = {cmsSigRedTRCTag, cmsSigGreenTRCTag, cmsSigBlueTRCTag};
    for (size_t k = 0; k < 3; k++) {
        const cmsToneCurve *want = cmsReadTag(o, curves[k]);
        const cmsToneCurve *got = cmsReadTag(c, curves[k]);
        cr_assert(want && got);
        int worst = 0, at = 0;
        for (int x = 0; x <= 65535; x++) {
            int d = abs((int)cmsEvalToneCurve16(got, (cmsUInt16Number)x)
                        - (int)cmsEvalToneCurve16(want, (cmsUInt16Number)x));
            if (d > worst) {
                worst = d;
                at = x;
            }
        }
        cr_expect_leq(worst, 16, "curve %zu: %d off at %d", k, worst, at);
    }
    cmsCloseProfile(c);
    cmsCloseProfile(o);
    free(icc);
}

/* A damaged or odd profile file: a copy of sRGB.icc cut to `len` bytes
 * (all of them when 0), with the bytes at `at` replaced by `with`.  Arrays,
 * not pointers: Criterion copies parameters into each test's process. */
typedef struct {
    char what[40];
    size_t len;
    size_t at;
    char with[80];
} odd_profile;

/* Offsets in Debian's sRGB.icc: the version at 8, the class at 12, the
 * colour space at 16; the tag table from 132, 12 bytes an entry: wtpt is
 * entry 3, gTRC 8 (its 1024 points from 2732 + 12), bTRC 9, cprt 11.  The
 * compact curve's point 21 falls on the file's point 21 * 1023 / 63 = 341;
 * the 32 points from 320 are overwritten with 0x7A7A (5 226 to 6 319 there). */
static odd_profile odd_profiles[] = {
    {"not a profile", 20, 0, "bukan profil warna, "},
    {"version 4", 0, 8, "\x04\x20"},
    {"grey, not RGB", 0, 16, "GRAY"},
    {"a printer profile", 0, 12, "prtr"},
    {"no wtpt (renamed)", 0, 132 + 12 * 3, "xxxx"},
    {"no bTRC (renamed)", 0, 132 + 12 * 9, "xxxx"},
    {"no cprt (renamed)", 0, 132 + 12 * 11, "xxxx"},
    {"cut after the tag table", 280, 0, ""},
    {"green curve unlike the red", 0, 2732 + 12 + 2 * 320,
     "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"},
};

ParameterizedTestParameters(pdfa, odd_profile_is_refused_with_the_profile_message)
{
    return cr_make_param_array(odd_profile, odd_profiles,
                               sizeof odd_profiles / sizeof odd_profiles[0]);
}

ParameterizedTest(odd_profile *o, pdfa, odd_profile_is_refused_with_the_profile_message)
{
    size_t len = 0;
    unsigned char *icc = (unsigned char *)slurp(SRGB, &len);
    cr_assert_eq(len, 6922);
    cr_assert_eq(memcmp(icc + 132 + 12 * 11, "cprt", 4), 0, "the offsets above are Debian's");
    cr_assert_eq(memcmp(icc + 132 + 12 * 9, "bTRC", 4), 0);
    cr_assert_eq(memcmp(icc + 132 + 12 * 3, "wtpt", 4), 0);
    cr_assert_eq(be32(icc + 132 + 12 * 8 + 4), 2732, "gTRC's data");
    memcpy(icc + o->at, o->with, strlen(o->with));
    if (o->len)
        len = o->len;
    char *dir = temp_dir();
    char *path = xasprintf("%s/odd.icc", dir);
    FILE *f = fopen(path, "wb");
    cr_assert_not_null(f);
    cr_assert_eq(fwrite(icc, 1, len, f), len);
    fclose(f);

    char *error = NULL;
    size_t out_len = 0;
    unsigned char *out = pdfa_compact_profile(path, &out_len, &error);
    cr_expect_null(out, "%s: accepted", o->what);
    char *want = xasprintf("profil warna %s tidak dapat dimuat", path);
    cr_expect_str_eq(error ? error : "", want, "%s", o->what);

    /* the same message from pdfa_apply, which every PDF writer calls */
    HPDF_Doc pdf = HPDF_New(NULL, NULL);
    cr_assert_not_null(pdf);
    pdfa_info info = {.title = "uji", .year = 2024, .month = 1, .day = 2, .icc_profile = path};
    char *apply_error = NULL;
    cr_expect_not(pdfa_apply(pdf, &info, &apply_error), "%s: applied", o->what);
    cr_expect_str_eq(apply_error ? apply_error : "", want, "%s", o->what);
    HPDF_Free(pdf);

    free(apply_error);
    free(want);
    free(error);
    free(out);
    free(path);
    remove_tree(dir);
    free(dir);
    free(icc);
}

Test(pdfa, missing_profile_names_the_debian_package)
{
    char *error = NULL;
    size_t len = 0;
    cr_expect_null(pdfa_compact_profile("/tidak/ada/sRGB.icc", &len, &error));
    cr_expect_str_eq(error ? error : "", "profil warna sRGB /tidak/ada/sRGB.icc tidak ada "
                                         "(pasang paket Debian icc-profiles-free)");
    free(error);
}
