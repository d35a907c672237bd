#include <criterion/criterion.h>
#include <string.h>

#include "event.h"
#include "helpers.h"
#include "scores.h"
#include "util.h"

typedef struct {
    kip_event *event;
    kip_body *bodies;
    size_t n;
    problems *pr;
} loaded;

static loaded load(const char *event, const char *scores)
{
    loaded l = {0};
    l.pr = problems_new();
    l.event = event_load(event, l.pr);
    l.bodies = scores_load(scores, l.event, l.pr, &l.n);
    return l;
}

static void loaded_free(loaded *l)
{
    for (size_t i = 0; i < l->n; i++)
        kip_body_clear(&l->bodies[i]);
    free(l->bodies);
    kip_event_free(l->event);
    problems_free(l->pr);
}

static const kip_body *by_id(const loaded *l, const char *id)
{
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->bodies[i].id, id) == 0)
            return &l->bodies[i];
    cr_assert_fail("no body %s", id);
    return NULL;
}

Test(scores, semicolon_decimal_comma_bom_crlf_export_is_read)
{
    loaded l = load(FIXTURE("jatim-2023/event.json"), FIXTURE("jatim-2023/semicolon.csv"));
    cr_assert_eq(problems_count(l.pr), 0, "%s", problems_get(l.pr, 0));
    cr_expect_eq(l.n, 10);
    const kip_body *b = by_id(&l, "PT-01");
    cr_expect_str_eq(b->nama, "Universitas Airlangga", "the BOM is not part of the first column");
    cr_expect_eq(decimal_round2(b->stage[0]), 9550, "website 95,5");
    cr_expect_eq(decimal_round2(b->stage[2]), 9025, "presentasi 90,25");
    cr_expect(b->has_previous);
    cr_expect_eq(b->previous, 8810);
    loaded_free(&l);
}

Test(scores, quoted_fields_keep_the_delimiter)
{
    loaded l = load(FIXTURE("jatim-2023/event.json"), FIXTURE("jatim-2023/semicolon.csv"));
    cr_expect_str_eq(by_id(&l, "PT-02")->nama, "Institut Teknologi Sepuluh Nopember; Surabaya");
    loaded_free(&l);
}

Test(scores, a_line_break_inside_quotes_keeps_later_line_numbers_right)
{
    loaded l = load(FIXTURE("jatim-2023/event.json"), FIXTURE("jatim-2023/semicolon.csv"));
    cr_expect_eq(by_id(&l, "PT-03")->line, 4);
    cr_expect_eq(by_id(&l, "PT-04")->line, 6, "row 4 spans lines 4 and 5");
    cr_expect_eq(by_id(&l, "BWS-01")->line, 12);
    loaded_free(&l);
}

Test(scores, both_dialects_give_the_same_bodies)
{
    loaded a = load(FIXTURE("jatim-2023/event.json"), FIXTURE("jatim-2023/semicolon.csv"));
    loaded b = load(FIXTURE("jatim-2023/event.json"), FIXTURE("jatim-2023/comma.csv"));
    cr_assert_eq(problems_count(b.pr), 0, "%s", problems_get(b.pr, 0));
    cr_assert_eq(a.n, b.n);
    for (size_t i = 0; i < a.n; i++) {
        const kip_body *x = &a.bodies[i], *y = by_id(&b, a.bodies[i].id);
        cr_expect_str_eq(x->nama, y->nama);
        cr_expect_eq(x->category, y->category);
        cr_expect_eq(x->status, y->status);
        for (size_t s = 0; s < a.event->n_stages; s++)
            cr_expect(x->stage[s].units == y->stage[s].units, "%s stage %zu", x->id, s);
    }
    loaded_free(&a);
    loaded_free(&b);
}

Test(scores, columns_are_found_by_name_in_any_case_and_order)
{
    loaded l = load(FIXTURE("jatim-2023/event.json"), FIXTURE("jatim-2023/comma.csv"));
    const kip_body *b = by_id(&l, "DESA-03");
    cr_expect_eq(decimal_round2(b->stage[0]), 8501, "website is the 5th column here");
    cr_expect_eq(decimal_round2(b->stage[1]), 8500, "saq is the 4th column here");
    cr_expect_eq(l.event->categories[by_id(&l, "BWS-01")->category].kode[0], 'k',
                 "KPU-BAWASLU matches kpu-bawaslu");
    loaded_free(&l);
}

Test(scores, status_and_utf8_names)
{
    loaded l = load(FIXTURE("jatim-2023/event.json"), FIXTURE("jatim-2023/comma.csv"));
    cr_expect_eq(by_id(&l, "DESA-02")->status, KIP_TIDAK_MENGISI_SAQ);
    cr_expect_eq(by_id(&l, "PT-03")->status, KIP_DINILAI);
    cr_expect_str_eq(by_id(&l, "DESA-02")->nama, "Desa Kemiren \u201cOsing\u201d");
    cr_expect_str_eq(by_id(&l, "DESA-04")->nama, "D\u00e9sa Ngadas");
    loaded_free(&l);
}

Test(scores, every_problem_of_a_file_is_reported)
{
    loaded l = load(FIXTURE("rules/event.json"), FIXTURE("bad/multiple.csv"));
    cr_assert_eq(problems_count(l.pr), 3);
    cr_expect(strstr(problems_get(l.pr, 0), "multiple.csv:3: kolom \"nilai\" berisi \"9O\""));
    cr_expect(strstr(problems_get(l.pr, 1), "multiple.csv:5: status \"libur\""));
    cr_expect(strstr(problems_get(l.pr, 2), "multiple.csv:6: id \"D1\" sudah dipakai di baris 2"));
    loaded_free(&l);
}

/* Appends n copies of unit to text at *len (the buffer is large enough). */
static void repeat(char *text, size_t *len, const char *unit, size_t n)
{
    size_t u = strlen(unit);
    for (size_t i = 0; i < n; i++, *len += u)
        memcpy(text + *len, unit, u);
}

Test(scores, a_field_over_4096_bytes_is_refused_with_its_length)
{
    char *text = xmalloc(100000);
    size_t len = 0;
    repeat(text, &len, "id,nama,kategori,nilai\nD1,", 1);
    repeat(text, &len, "a", 4096); /* the limit itself */
    repeat(text, &len, ",desa,90\nD2,", 1);
    repeat(text, &len, "b", 4097);
    repeat(text, &len, ",desa,80\nD3,\"", 1);
    repeat(text, &len, "x\"\"", 3000); /* 6000 bytes once the quotes are undone */
    repeat(text, &len, "\",desa,70\nD4,Desa Melati", 1);
    repeat(text, &len, " ", 20000); /* trailing blanks are trimmed, not counted */
    repeat(text, &len, ",desa,60\nD5,Desa", 1);
    repeat(text, &len, " ", 5000); /* blanks inside the text count */
    repeat(text, &len, "X,desa,50\n", 1);
    problems *pr = problems_new();
    kip_event *ev = event_load(FIXTURE("rules/event.json"), pr);
    size_t n;
    kip_body *b = scores_parse("t.csv", text, len, ev, pr, &n);
    cr_assert_eq(problems_count(pr), 3, "%s", problems_get(pr, 0));
    cr_expect_str_eq(problems_get(pr, 0),
                     "t.csv:3: kolom ke-2 terlalu panjang (4097 byte; paling banyak 4096)");
    cr_expect_str_eq(problems_get(pr, 1),
                     "t.csv:4: kolom ke-2 terlalu panjang (6000 byte; paling banyak 4096)");
    cr_expect_str_eq(problems_get(pr, 2),
                     "t.csv:6: kolom ke-2 terlalu panjang (5005 byte; paling banyak 4096)");
    cr_assert_eq(n, 2);
    cr_expect_eq(strlen(b[0].nama), 4096);
    cr_expect_str_eq(b[1].nama, "Desa Melati");
    for (size_t i = 0; i < n; i++)
        kip_body_clear(&b[i]);
    free(b);

    len = 0;
    repeat(text, &len, "k", 5000);
    repeat(text, &len, ",nama,kategori,nilai\nD1,Desa,desa,90\n", 1);
    problems *header = problems_new();
    b = scores_parse("t.csv", text, len, ev, header, &n);
    cr_assert_eq(problems_count(header), 1);
    cr_expect_str_eq(problems_get(header, 0),
                     "t.csv:1: judul kolom ke-1 terlalu panjang (5000 byte)");
    free(b);
    problems_free(header);
    kip_event_free(ev);
    problems_free(pr);
    free(text);
}
