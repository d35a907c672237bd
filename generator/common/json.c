#include "json.h"

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
