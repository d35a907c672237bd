#include <criterion/criterion.h>
#include <string.h>

#include "event.h"
#include "helpers.h"
#include "rules.h"
#include "scores.h"

static kip_round *load(const char *event, const char *scores)
{
    problems *pr = problems_new();
    kip_event *e = event_load(event, pr);
    size_t n = 0;
    kip_body *b = scores_load(scores, e, pr, &n);
    for (size_t i = 0; i < problems_count(pr); i++)
        cr_log_error("%s", problems_get(pr, i));
    cr_assert_eq(problems_count(pr), 0);
    problems_free(pr);
    return rules_apply(e, b, n, 0);
}

static const kip_body *find(const kip_round *r, const char *id)
{
    for (size_t i = 0; i < r->n_bodies; i++)
        if (strcmp(r->bodies[i].id, id) == 0)
            return &r->bodies[i];
    cr_assert_fail("no body %s", id);
    return NULL;
}

static const char *band(const kip_round *r, const char *id)
{
    return r->event->bands[find(r, id)->band].nama;
}

Test(rules, rank_shares_equal_scores_and_skips)
{
    kip_round *r = load(FIXTURE("rules/event.json"), FIXTURE("rules/scores.csv"));
    cr_expect_eq(find(r, "D1")->rank, 1);
    cr_expect_eq(find(r, "D2")->rank, 2);
    cr_expect_eq(find(r, "D3")->rank, 2);
    cr_expect_eq(find(r, "D4")->rank, 2, "87,999 rounds to 88,00 and ties");
    cr_expect_eq(find(r, "D6")->rank, 5);
    kip_round_free(r);
}

Test(rules, tied_bodies_are_listed_by_name)
{
    kip_round *r = load(FIXTURE("rules/event.json"), FIXTURE("rules/scores.csv"));
    const kip_section *s = &r->sections[0];
    const char *expected[] = {"D1", "D3", "D4", "D2", "D6", "D5", "D5b"};
    cr_assert_eq(s->count, 7);
    for (size_t i = 0; i < 7; i++)
        cr_expect_str_eq(r->bodies[s->first + i].id, expected[i], "position %zu", i);
    kip_round_free(r);
}

Test(rules, non_respondents_are_unranked_tidak_informatif_and_last)
{
    kip_round *r = load(FIXTURE("rules/event.json"), FIXTURE("rules/scores.csv"));
    cr_expect_eq(find(r, "D5")->rank, 0);
    cr_expect_eq(find(r, "D5b")->rank, 0, "a score given with tidak_mengisi_saq is not ranked");
    cr_expect_str_eq(band(r, "D5"), "Tidak Informatif");
    cr_expect_str_eq(band(r, "D5b"), "Tidak Informatif");
    cr_expect_eq(r->sections[0].ranked, 5);
    kip_round_free(r);
}

Test(rules, national_bands_at_their_edges)
{
    kip_round *r = load(FIXTURE("rules/event.json"), FIXTURE("rules/scores.csv"));
    cr_expect_str_eq(band(r, "P1"), "Informatif", "89,995 is 90,00");
    cr_expect_eq(find(r, "P1")->score, 9000);
    cr_expect_str_eq(band(r, "P3"), "Menuju Informatif");
    cr_expect_str_eq(band(r, "P4"), "Cukup Informatif", "79,994 is 79,99");
    cr_expect_str_eq(band(r, "P2"), "Tidak Informatif", "39,99");
    cr_expect_str_eq(band(r, "D6"), "Kurang Informatif", "40,00");
    cr_expect_eq(find(r, "P2")->rank, 4);
    kip_round_free(r);
}

Test(rules, categories_follow_the_event_order)
{
    kip_round *r = load(FIXTURE("rules/event.json"), FIXTURE("rules/scores.csv"));
    cr_expect_eq(r->sections[0].first, 0);
    cr_expect_eq(r->sections[1].first, 7);
    cr_expect_eq(r->sections[1].count, 4);
    cr_expect_str_eq(r->bodies[7].id, "P1");
    kip_round_free(r);
}

Test(rules, final_score_from_stage_weights)
{
    kip_round *r = load(SAMPLE("event.json"), SAMPLE("scores.csv"));
    const kip_body *cilegon = find(r, "PEMDA-08");
    cr_expect_eq(cilegon->score, 6062, "60,70 x 80 %% + 60,31 x 20 %% = 60,622");
    cr_expect_eq(cilegon->rank, 8);
    cr_expect_str_eq(band(r, "PEMDA-08"), "Cukup Informatif");
    cr_expect_str_eq(band(r, "PEMDA-07"), "Menuju Informatif");
    cr_expect_eq(r->n_bodies, 101);
    size_t informatif = 0;
    for (size_t i = r->sections[1].first; i < r->sections[1].first + 8; i++)
        informatif += r->bodies[i].band == 0;
    cr_expect_eq(informatif, 6);
    kip_round_free(r);
}
