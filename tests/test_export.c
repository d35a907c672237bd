#include <cjson/cJSON.h>
#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

/* The file `name` of a build of the rules fixture (caller frees). */
static char *built_file(const char *event, const char *scores, const char *name)
{
    workspace w = workspace_new("hasil");
    build_ok(event, scores, w.out);
    char *path = workspace_file(&w, name);
    char *text = slurp(path, NULL);
    cr_assert_not_null(text, "%s", name);
    free(path);
    workspace_free(&w);
    return text;
}

Test(export, csv_in_category_then_rank_then_name_order)
{
    char *csv =
        built_file(FIXTURE("rules/event.json"), FIXTURE("rules/scores.csv"), "peringkat-2024.csv");
    /* the ranking's six first columns (the others: test_hand_round.c) */
    char *ranking = csv_first_columns(csv, 6);
    cr_expect_str_eq(ranking, "kategori,peringkat,id,nama,nilai,kualifikasi\n"
                              "desa,1,D1,Desa Mawar,91.50,Informatif\n"
                              "desa,2,D3,desa anggrek,88.00,Menuju Informatif\n"
                              "desa,2,D4,Desa Bakung,88.00,Menuju Informatif\n"
                              "desa,2,D2,Desa Kenanga,88.00,Menuju Informatif\n"
                              "desa,5,D6,Desa Edelweis,40.00,Kurang Informatif\n"
                              "desa,,D5,Desa Cempaka,,Tidak Informatif\n"
                              "desa,,D5b,Desa Dahlia,,Tidak Informatif\n"
                              "pt,1,P1,Universitas Kedua,90.00,Informatif\n"
                              "pt,2,P3,Institut Ketiga,80.00,Menuju Informatif\n"
                              "pt,3,P4,Politeknik Keempat,79.99,Cukup Informatif\n"
                              "pt,4,P2,Universitas Pertama,39.99,Tidak Informatif\n");
    free(ranking);
    free(csv);
}

Test(export, csv_quotes_only_where_needed_and_has_no_bom)
{
    char *csv =
        built_file(FIXTURE("jatim-2023/event.json"), FIXTURE("quoting.csv"), "peringkat-2023.csv");
    cr_expect(strncmp(csv, "kategori,", 9) == 0, "no BOM");
    cr_expect(strstr(csv, ",\"Universitas \"\"Merdeka\"\", Malang\","), "%s", csv);
    cr_expect(strstr(csv, ",Institut Seni; Budaya,"), "%s", csv);
    free(csv);
}

Test(export, json_holds_exact_scores_and_null_ranks)
{
    char *text =
        built_file(FIXTURE("rules/event.json"), FIXTURE("rules/scores.csv"), "peringkat-2024.json");
    cr_expect(strstr(text, "\"nilai\":\t91.50"), "the score is written as its exact text");
    cJSON *root = cJSON_Parse(text);
    cr_assert_not_null(root);
    cr_expect_eq(cJSON_GetObjectItemCaseSensitive(root, "tahun")->valueint, 2024);
    cJSON *rows = cJSON_GetObjectItemCaseSensitive(root, "peringkat");
    cr_assert_eq(cJSON_GetArraySize(rows), 11);
    cJSON *d5 = cJSON_GetArrayItem(rows, 5);
    cr_expect_str_eq(cJSON_GetObjectItemCaseSensitive(d5, "id")->valuestring, "D5");
    cr_expect(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(d5, "peringkat")));
    cr_expect(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(d5, "nilai")));
    cr_expect_str_eq(cJSON_GetObjectItemCaseSensitive(d5, "catatan")->valuestring,
                     "tidak mengisi SAQ");
    cJSON_Delete(root);
    free(text);
}
