#include "json.h"

#include <stdlib.h>
#include <string.h>

#include "labels.h"

bool json_within_bound(const char *text, size_t len, size_t *values)
{
    size_t n = 1, limit = JSON_VALUES_FREE + len / JSON_BYTES_PER_VALUE;
    bool in_string = false;
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        if (in_string) {
            if (c == '\\')
                i++;
            else if (c == '"')
                in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{' || c == ',') {
            n++;
        }
    }
    *values = n;
    return n <= limit;
}

bool json_check_bound(const char *text, size_t len, const char *path, problems *pr)
{
    size_t values;
    if (json_within_bound(text, len, &values))
        return true;
    problems_add(pr, path, 0, W_JSON_TOO_DENSE, values, len);
    return false;
}

void json_list_begin(FILE *f, cJSON *root, const char *key)
{
    cJSON_AddArrayToObject(root, key);
    char *head = cJSON_Print(root);
    cJSON_Delete(root);
    /* the printed document ends with the empty list: "[]\n}" */
    size_t len = strlen(head);
    fwrite(head, 1, len - 3, f); /* up to and with the "[" */
    free(head);
}

void json_list_item(FILE *f, cJSON *item, size_t i)
{
    char *entry = cJSON_Print(item);
    cJSON_Delete(item);
    if (i > 0)
        fputs(", ", f);
    /* two levels in: the list's member of the document */
    for (const char *c = entry; *c;) {
        size_t line = strcspn(c, "\n");
        fwrite(c, 1, line, f);
        c += line;
        if (*c == '\n') {
            fputs("\n\t\t", f);
            c++;
        }
    }
    free(entry);
}

void json_list_end(FILE *f)
{
    fputs("]\n}\n", f);
}
