#include <cjson/cJSON.h>
#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

static char *build_rules(char **dir)
{
    *dir = temp_dir();
    char *out = xasprintf("%s/hasil", *dir);
    const char *args[] = {"build", "--event", FIXTURE("rules/event.json"), "--scores",
                          FIXTURE("rules/scores.csv"), "--out", out, NULL};
    run_result r = run_anugerah(args);
    cr_assert_eq(r.status, 0, "%s", r.err);
    run_result_free(&r);
    return out;
}

Test(export, csv_in_category_then_rank_then_name_order)
{
    char *dir, *out = build_rules(&dir);
    char *path = xasprintf("%s/peringkat-2024.csv", out);
    char *csv = slurp(path, NULL);
    cr_expect_str_eq(csv, "kategori,peringkat,id,nama,nilai,kualifikasi\n"
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
    free(csv);
    free(path);
    remove_tree(dir);
    free(out);
    free(dir);
}

Test(export, csv_quotes_only_where_needed_and_has_no_bom)
{
    char *dir = temp_dir();
    char *out = xasprintf("%s/hasil", dir);
    const char *args[] = {"build", "--event", FIXTURE("jatim-2023/event.json"), "--scores",
                          FIXTURE("quoting.csv"), "--out", out, NULL};
    run_result r = run_anugerah(args);
    cr_assert_eq(r.status, 0, "%s", r.err);
    run_result_free(&r);
    char *path = xasprintf("%s/peringkat-2023.csv", out);
    char *csv = slurp(path, NULL);
    cr_expect(strncmp(csv, "kategori,", 9) == 0, "no BOM");
    cr_expect(strstr(csv, ",\"Universitas \"\"Merdeka\"\", Malang\","), "%s", csv);
    cr_expect(strstr(csv, ",Institut Seni; Budaya,"), "%s", csv);
    free(csv);
    free(path);
    remove_tree(dir);
    free(out);
    free(dir);
}

Test(export, json_holds_exact_scores_and_null_ranks)
{
    char *dir, *out = build_rules(&dir);
    char *path = xasprintf("%s/peringkat-2024.json", out);
    char *text = slurp(path, NULL);
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
    free(path);
    remove_tree(dir);
    free(out);
    free(dir);
}
