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

#include "problems.h"

/* The number of values in text[0..len) (counted from its brackets and
 * commas outside strings, an upper bound for a valid text), and whether
 * it is within the bound above. */
bool json_within_bound(const char *text, size_t len, size_t *values);
/* The same, a text beyond the bound told as a problem of `path`. */
bool json_check_bound(const char *text, size_t len, const char *path, problems *pr);

#endif
