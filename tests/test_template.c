#include <criterion/criterion.h>
#include <string.h>

#include <ctype.h>

#include "event.h"
#include "helpers.h"
#include "press.h"
#include "rules.h"
#include "scores.h"
#include "template.h"
#include "util.h"

static char *render(const char *text, const tpl_map *data, problems *pr)
{
    tpl *t = tpl_parse("t.txt", text, pr);
    if (!t)
        return NULL;
    char *out = tpl_render(t, data, NULL, pr);
    tpl_free(t);
    return out;
}

static tpl_map *sample_data(void)
{
    tpl_map *m = tpl_map_new();
    tpl_set_text(m, "tahun", "2021");
    tpl_set_text(m, "kosong", "");
    tpl_set_bool(m, "ya", true);
    tpl_list *l = tpl_set_list(m, "kategori");
    const char *names[] = {"OPD", "Pemda"};
    for (size_t i = 0; i < 2; i++)
        tpl_set_text(tpl_list_add(l), "nama", names[i]);
    tpl_set_text(tpl_list_proto(l), "nama", "");
    tpl_list *e = tpl_set_list(m, "kosongan");
    tpl_set_text(tpl_list_proto(e), "nama", "");
    return m;
}

Test(template, values_lists_and_conditions)
{
    problems *pr = problems_new();
    tpl_map *m = sample_data();
    char *out = render("Tahun {{tahun}}:\n"
                       "{{#kategori}}\n"
                       "- {{nama}} {{tahun}}\n"
                       "{{/kategori}}\n"
                       "{{#ya}}ya{{/ya}}{{^ya}}tidak{{/ya}}{{#kosong}}X{{/kosong}}"
                       "{{^kosongan}} tanpa butir{{/kosongan}}\n",
                       m, pr);
    cr_assert_not_null(out, "%s", problems_get(pr, 0));
    cr_expect_str_eq(out, "Tahun 2021:\n- OPD 2021\n- Pemda 2021\nya tanpa butir\n");
    free(out);
    tpl_map_free(m);
    problems_free(pr);
}

Test(template, an_unclosed_section_is_reported_at_its_line)
{
    problems *pr = problems_new();
    tpl *t = tpl_load(FIXTURE("templates/unclosed.txt"), pr);
    cr_expect_null(t);
    cr_assert_eq(problems_count(pr), 1);
    cr_expect(strstr(problems_get(pr, 0), "unclosed.txt:7: \"{{/kategori}}\" menutup bagian yang "
                                          "salah: yang terbuka \"{{#tiga_besar}}\" dari baris 5"),
              "%s", problems_get(pr, 0));
    problems_free(pr);
}

Test(template, a_section_left_open_is_reported)
{
    problems *pr = problems_new();
    tpl *t = tpl_parse("t.txt", "a\n{{#kategori}}\nb\n", pr);
    cr_expect_null(t);
    cr_expect(
        strstr(problems_get(pr, 0), "t.txt:2: bagian \"{{#kategori}}\" tidak pernah ditutup"));
    problems_free(pr);
}

Test(template, an_unterminated_tag_is_reported)
{
    problems *pr = problems_new();
    tpl *t = tpl_load(FIXTURE("templates/unterminated_tag.txt"), pr);
    cr_expect_null(t);
    cr_expect(strstr(problems_get(pr, 0), "unterminated_tag.txt:2: penanda \"{{\" tidak ditutup"));
    problems_free(pr);
}

Test(template, unknown_names_are_reported_even_in_empty_lists)
{
    problems *pr = problems_new();
    tpl_map *m = sample_data();
    char *out = render("{{tahun}}\n{{#kosongan}}\n{{nama}} {{alasan}}\n{{/kosongan}}\n"
                       "{{#kategori}}{{salah}}{{/kategori}}\n",
                       m, pr);
    cr_expect_null(out);
    cr_assert_eq(problems_count(pr), 2, "once per tag, not per item");
    cr_expect(strstr(problems_get(pr, 0), "t.txt:3: penanda \"{{alasan}}\" tidak dikenal"));
    cr_expect(strstr(problems_get(pr, 1), "t.txt:5: penanda \"{{salah}}\" tidak dikenal"));
    tpl_map_free(m);
    problems_free(pr);
}

Test(template, nested_sections_over_lists_stop_at_a_limit, .timeout = 20)
{
    /* found by fuzzing: sections over the same list nested in each other */
    tpl_map *m = tpl_map_new();
    tpl_list *l = tpl_set_list(m, "k");
    for (int i = 0; i < 10; i++)
        tpl_set_text(tpl_list_add(l), "n", "0123456789");
    tpl_set_text(tpl_list_proto(l), "n", "");
    char text[4096] = "";
    for (int i = 0; i < 12; i++)
        strcat(text, "{{#k}}{{n}}");
    for (int i = 0; i < 12; i++)
        strcat(text, "{{/k}}");
    problems *pr = problems_new();
    char *out = render(text, m, pr);
    cr_expect_null(out);
    cr_assert_eq(problems_count(pr), 1);
    cr_expect(strstr(problems_get(pr, 0), "t.txt:1: templat menghasilkan terlalu banyak teks"),
              "%s", problems_get(pr, 0));
    tpl_map_free(m);
    problems_free(pr);
}

Test(template, sections_nested_too_deep_are_refused)
{
    char text[8192] = "";
    for (int i = 0; i < 40; i++)
        strcat(text, "{{#a}}\n");
    problems *pr = problems_new();
    tpl *t = tpl_parse("t.txt", text, pr);
    cr_expect_null(t);
    cr_expect(strstr(problems_get(pr, 0), "t.txt:33: bagian \"{{#a}}\" bersarang terlalu dalam"),
              "%s", problems_get(pr, 0));
    problems_free(pr);
}

Test(template, the_fuzzer_s_slow_template_fails_fast, .timeout = 20)
{
    workspace w = workspace_new("x");
    const char *args[] = {"check",
                          "--event",
                          SAMPLE("event.json"),
                          "--scores",
                          SAMPLE("scores.csv"),
                          "--template",
                          FIXTURE("templates/fuzz-nested-sections.txt"),
                          NULL};
    run_result r = run_anugerah(args);
    cr_expect_eq(r.status, 2);
    cr_expect(strstr(r.err, "fuzz-nested-sections.txt:"), "%s", r.err);
    run_result_free(&r);
    workspace_free(&w);
}

Test(template, an_unknown_name_suggests_the_nearest_known_one)
{
    problems *pr = problems_new();
    tpl_map *m = sample_data();
    tpl_set_text(m, "penandatangan_nama", "Ketua");
    char *out = render("{{tahn}}\n{{penandatangan_nma}}\n{{#kategori}}{{nma}}{{/kategori}}\n"
                       "{{zzzz}}\n",
                       m, pr);
    cr_expect_null(out);
    cr_assert_eq(problems_count(pr), 4);
    cr_expect_str_eq(problems_get(pr, 0),
                     "t.txt:1: penanda \"{{tahn}}\" tidak dikenal; maksud Anda {{tahun}}?");
    cr_expect_str_eq(problems_get(pr, 1), "t.txt:2: penanda \"{{penandatangan_nma}}\" tidak "
                                          "dikenal; maksud Anda {{penandatangan_nama}}?");
    cr_expect_str_eq(problems_get(pr, 2),
                     "t.txt:3: penanda \"{{nma}}\" tidak dikenal; maksud Anda {{nama}}?");
    cr_expect_str_eq(problems_get(pr, 3), "t.txt:4: penanda \"{{zzzz}}\" tidak dikenal");
    tpl_map_free(m);
    problems_free(pr);
}

Test(template, a_name_known_only_inside_a_section_says_which)
{
    problems *pr = problems_new();
    tpl_map *m = sample_data();
    tpl_list *k = tpl_set_list(m, "kelompok");
    tpl_list *b = tpl_set_list(tpl_list_proto(k), "badan");
    tpl_set_text(tpl_list_proto(b), "nilai", "");
    tpl_list *t = tpl_set_list(m, "teratas");
    tpl_set_text(tpl_list_proto(t), "nilai", "");
    char *out = render("{{tahun}}\n{{nama}}\n{{nilai}}\n", m, pr);
    cr_expect_null(out);
    cr_assert_eq(problems_count(pr), 2);
    cr_expect_str_eq(problems_get(pr, 0), "t.txt:2: penanda \"{{nama}}\" hanya dikenal di dalam "
                                          "{{#kategori}} atau {{#kosongan}}");
    cr_expect_str_eq(problems_get(pr, 1), "t.txt:3: penanda \"{{nilai}}\" hanya dikenal di dalam "
                                          "{{#badan}} atau {{#teratas}}");
    tpl_map_free(m);
    problems_free(pr);
}

Test(template, an_unclosed_section_does_not_hide_the_other_problems)
{
    problems *pr = problems_new();
    tpl_map *m = sample_data();
    tpl *t = tpl_parse_all("t.txt", "{{tahun}}\n{{#kategori}}\n{{nama}}\n{{tahn}}\n", pr);
    cr_assert_not_null(t);
    cr_expect(tpl_broken(t));
    char *out = tpl_render(t, m, NULL, pr);
    cr_expect_null(out, "a malformed template renders to nothing");
    cr_assert_eq(problems_count(pr), 2);
    cr_expect_str_eq(problems_get(pr, 0), "t.txt:2: bagian \"{{#kategori}}\" tidak pernah "
                                          "ditutup dengan \"{{/kategori}}\"");
    cr_expect_str_eq(problems_get(pr, 1),
                     "t.txt:4: penanda \"{{tahn}}\" tidak dikenal; maksud Anda {{tahun}}?");
    tpl_free(t);
    tpl_map_free(m);
    problems_free(pr);
}

/* The names of a text's tags, {{name}}, {{#name}}, {{^name}}, {{/name}}, or,
 * with `ticks`, the words in backticks that are names (a-z, 0-9, _), bare
 * or as such a tag; each once, in *names (caller frees). */
static size_t names_in(const char *text, bool ticks, char ***names)
{
    size_t n = 0;
    *names = NULL;
    const char *open = ticks ? "`" : "{{";
    for (const char *p = strstr(text, open); p; p = strstr(p, open)) {
        const char *s = p + strlen(open);
        const char *close = strstr(s, ticks ? "`" : "}}");
        if (!close)
            break;
        p = close + (ticks ? 1 : 2);
        if (ticks && strncmp(s, "{{", 2) == 0 && close - s > 4 && close[-1] == '}')
            s += 2, close -= 2;
        if (*s == '#' || *s == '^' || *s == '/')
            s++;
        else if (*s == '!')
            continue;
        while (s < close && *s == ' ')
            s++;
        const char *e = close;
        while (e > s && e[-1] == ' ')
            e--;
        bool name = e > s;
        for (const char *q = s; q < e; q++)
            name = name && (islower((unsigned char)*q) || isdigit((unsigned char)*q) || *q == '_');
        if (!name)
            continue;
        char *word = xstrndup(s, (size_t)(e - s));
        bool seen = false;
        for (size_t i = 0; i < n && !seen; i++)
            seen = strcmp((*names)[i], word) == 0;
        if (seen) {
            free(word);
            continue;
        }
        *names = xrealloc(*names, (n + 1) * sizeof(char *));
        (*names)[n++] = word;
    }
    return n;
}

static void names_free(char **names, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
}

/* templates/README.md's list of placeholders and the data the release is
 * rendered with agree: every name listed is one the program gives (at the
 * top or inside a list), and every name the default template uses is
 * listed. */
Test(template, the_clerk_s_guide_lists_every_placeholder_and_no_other)
{
    problems *pr = problems_new();
    kip_event *e = event_load(SAMPLE("event.json"), pr);
    size_t n_bodies = 0;
    kip_body *b = scores_load(SAMPLE("scores.csv"), e, pr, &n_bodies);
    cr_assert_eq(problems_count(pr), 0);
    kip_round *r = rules_apply(e, b, n_bodies, 0);
    tpl_map *data = press_data(r);

    char *guide = slurp(TEST_ROOT "/templates/README.md", NULL);
    cr_assert_not_null(guide);
    char *start = strstr(guide, "\n## Daftar penanda\n");
    cr_assert_not_null(start);
    char *end = strstr(start + 1, "\n## ");
    cr_assert_not_null(end);
    *end = '\0';
    char **listed;
    size_t n_listed = names_in(start, true, &listed);
    cr_expect_gt(n_listed, 60, "%zu names listed", n_listed);

    for (size_t i = 0; i < n_listed; i++) {
        char *text = xasprintf("{{%s}}", listed[i]);
        problems *p = problems_new();
        free(render(text, data, p));
        /* known at the top, or inside a list, or a list itself */
        for (size_t k = 0; k < problems_count(p); k++)
            cr_expect(strstr(problems_get(p, k), "hanya dikenal di dalam")
                          || strstr(problems_get(p, k), "adalah daftar"),
                      "README.md lists a name the program does not give: %s", problems_get(p, k));
        problems_free(p);
        free(text);
    }

    char *release = slurp(TEST_ROOT "/templates/siaran-pers.txt", NULL);
    cr_assert_not_null(release);
    char **used;
    size_t n_used = names_in(release, false, &used);
    cr_expect_gt(n_used, 20);
    for (size_t i = 0; i < n_used; i++) {
        bool found = false;
        for (size_t k = 0; k < n_listed && !found; k++)
            found = strcmp(used[i], listed[k]) == 0;
        cr_expect(found, "siaran-pers.txt uses {{%s}}, not listed in README.md", used[i]);
    }

    /* and the default template renders with the sample round */
    problems *p = problems_new();
    char *text = render(release, data, p);
    cr_expect_not_null(text);
    cr_expect_eq(problems_count(p), 0);
    free(text);
    problems_free(p);

    /* the fact sheets' template: listed names too, and it renders with
     * the data of a category */
    char *sheet = slurp(TEST_ROOT "/templates/lembar-fakta.txt", NULL);
    cr_assert_not_null(sheet);
    char **sheet_used;
    size_t n_sheet = names_in(sheet, false, &sheet_used);
    cr_expect_gt(n_sheet, 20);
    for (size_t i = 0; i < n_sheet; i++) {
        bool found = false;
        for (size_t k = 0; k < n_listed && !found; k++)
            found = strcmp(sheet_used[i], listed[k]) == 0;
        cr_expect(found, "lembar-fakta.txt uses {{%s}}, not listed in README.md", sheet_used[i]);
    }
    tpl_map *opd = fact_data(r, 0);
    p = problems_new();
    text = render(sheet, opd, p);
    cr_expect_not_null(text);
    cr_expect_eq(problems_count(p), 0);
    free(text);
    problems_free(p);
    tpl_map_free(opd);
    names_free(sheet_used, n_sheet);
    free(sheet);

    names_free(used, n_used);
    names_free(listed, n_listed);
    free(release);
    free(guide);
    tpl_map_free(data);
    kip_round_free(r);
    problems_free(pr);
}
