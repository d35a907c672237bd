#include <criterion/criterion.h>
#include <string.h>

#include "event.h"
#include "helpers.h"

static kip_event *load(const char *path, problems **pr)
{
    *pr = problems_new();
    return event_load(path, *pr);
}

static bool has(const problems *pr, const char *fragment)
{
    for (size_t i = 0; i < problems_count(pr); i++)
        if (strstr(problems_get(pr, i), fragment))
            return true;
    return false;
}

Test(event, national_bands_are_the_default)
{
    problems *pr;
    kip_event *e = load(FIXTURE("rules/event.json"), &pr);
    cr_assert_eq(problems_count(pr), 0);
    cr_assert_eq(e->n_bands, 5);
    cr_expect_str_eq(e->bands[0].nama, "Informatif");
    cr_expect_eq(e->bands[0].min, 9000);
    cr_expect_str_eq(e->bands[3].nama, "Kurang Informatif");
    cr_expect_eq(e->bands[3].min, 4000);
    cr_expect_eq(e->bands[4].min, 0);
    cr_expect_eq(e->tanggal.day, 10);
    cr_expect_eq(e->n_stages, 0);
    kip_event_free(e);
    problems_free(pr);
}

Test(event, stages_and_indicators_are_read)
{
    problems *pr;
    kip_event *e = load(SAMPLE("event.json"), &pr);
    cr_assert_eq(problems_count(pr), 0);
    cr_expect_eq(e->n_categories, 5);
    cr_expect_str_eq(e->categories[1].kode, "pemda");
    cr_expect_eq(e->n_stages, 2);
    cr_expect_eq(e->stages[0].bobot, 8000);
    cr_expect_eq(e->n_indicators, 6);
    cr_expect_str_eq(e->indicators[1].kode, "digitalisasi");
    kip_event_free(e);
    problems_free(pr);
}

Test(event, unknown_keys_are_errors_with_their_line)
{
    problems *pr;
    kip_event *e = load(FIXTURE("bad/unknown_key.json"), &pr);
    cr_expect_eq(problems_count(pr), 2);
    cr_expect(has(pr, "unknown_key.json:12: kunci \"kategory\" tidak dikenal"));
    cr_expect(has(pr, "unknown_key.json:10: kunci \"urutan\" tidak dikenal pada kategori ke-2"));
    kip_event_free(e);
    problems_free(pr);
}

Test(event, syntax_error_gives_its_line)
{
    problems *pr;
    kip_event *e = load(FIXTURE("bad/syntax.json"), &pr);
    cr_expect_null(e);
    cr_expect(has(pr, "syntax.json:4: JSON tidak sah"));
    problems_free(pr);
}

Test(event, stage_weights_must_sum_to_hundred)
{
    problems *pr;
    kip_event *e = load(FIXTURE("bad/weights.json"), &pr);
    cr_expect(
        has(pr, "weights.json:9: bobot tahapan berjumlah 90,00, padahal harus berjumlah 100"));
    kip_event_free(e);
    problems_free(pr);
}

Test(event, duplicate_keys_and_impossible_dates_are_reported)
{
    problems *pr;
    kip_event *e = load(FIXTURE("bad/duplicate_key.json"), &pr);
    cr_expect(has(pr, "duplicate_key.json:9: kunci \"tahun\" ditulis dua kali"));
    cr_expect(has(pr, "duplicate_key.json:6: \"tanggal\" \"2024-02-30\" bukan tanggal yang sah"));
    kip_event_free(e);
    problems_free(pr);
}

Test(event, missing_required_keys_are_each_named)
{
    problems *pr;
    kip_event *e = load(FIXTURE("bad/missing_keys.json"), &pr);
    cr_expect_eq(problems_count(pr), 5);
    cr_expect(has(pr, "\"penandatangan\" wajib diisi"));
    cr_expect(has(pr, "\"kategori\" wajib diisi"));
    kip_event_free(e);
    problems_free(pr);
}

/* The chair's quote: read with its speaker; without its text, or with a
 * key of its own that is not known, an error at its line. */
Test(event, the_chairs_quote)
{
    problems *pr;
    kip_event *e = load(TEST_ROOT "/samples/banten-2022/event.json", &pr);
    cr_assert_eq(problems_count(pr), 0);
    cr_expect(strncmp(e->kutipan.teks, "Kenaikan kualifikasi 14 badan publik", 36) == 0);
    cr_expect_str_eq(e->kutipan.nama, "Toni Anwar Mahmud");
    kip_event_free(e);
    problems_free(pr);
    e = load(FIXTURE("bad/siaran_pers.json"), &pr);
    cr_expect_eq(problems_count(pr), 2);
    cr_expect(has(pr, "siaran_pers.json:10: kunci \"kata\" tidak dikenal pada siaran_pers"));
    cr_expect(has(pr, "siaran_pers.json:8: \"kutipan\" wajib diisi pada siaran_pers"));
    kip_event_free(e);
    problems_free(pr);
}
