#ifndef ANUGERAH_JSON_H
#define ANUGERAH_JSON_H

/* Before a JSON text is parsed: cJSON spends about 80 bytes of memory on
 * every value, so a file of "[]," repeated would cost forty times its size.
 * The program's own files average more than 20 bytes a value (indented,
 * keys named) and a clerk's event file is small; a text with more values
 * than JSON_VALUES_FREE + its size / JSON_BYTES_PER_VALUE is refused
 * before it is parsed, which keeps any JSON read within 5 times its size
 * plus 8 MB. */

#include <stdbool.h>
#include <stddef.h>

#define JSON_VALUES_FREE 100000
#define JSON_BYTES_PER_VALUE 16

#include <cjson/cJSON.h>
#include <stdio.h>

#include "problems.h"

/* The number of values in text[0..len) (counted from its brackets and
 * commas outside strings, an upper bound for a valid text), and whether
 * it is within the bound above. */
bool json_within_bound(const char *text, size_t len, size_t *values);
/* The same, a text beyond the bound told as a problem of `path`. */
bool json_check_bound(const char *text, size_t len, const char *path, problems *pr);

/* A document whose last member is a long list, written an item at a time
 * and byte for byte as cJSON_Print would print the whole, without the
 * whole in memory: json_list_begin prints `root` (its last member the
 * empty list, named `key`) up to the list's "[" and frees it;
 * json_list_item prints item i (0, 1, …) indented as inside the list, and
 * frees it; json_list_end closes the list and the document. */
void json_list_begin(FILE *f, cJSON *root, const char *key);
void json_list_item(FILE *f, cJSON *item, size_t i);
void json_list_end(FILE *f);

#endif
