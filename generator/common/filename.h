/*
 * filename — the one rule for names that become file or folder names in
 * the output folder (a body's id, a category's code) and for the paths a
 * manifest may list, so that every output the build accepts verifies, is
 * chained next year, and copies to any disk a clerk may use:
 *
 *   1 to FILENAME_MAX_ID characters (FILENAME_MAX_PART in a manifest path)
 *   of A–Z a–z 0–9 '.' '_' '-'; not starting or ending with '.', no "..",
 *   and not a name Windows reserves for a device (CON, PRN, AUX, NUL,
 *   COM1–COM9, LPT1–LPT9, with or without an extension, in any case).
 */
#ifndef ANUGERAH_FILENAME_H
#define ANUGERAH_FILENAME_H

#include <stdbool.h>
#include <stddef.h>

#define FILENAME_MAX_ID 64
#define FILENAME_MAX_PART 96 /* an id with ".pdf" and room to spare */

/* True when `name` follows the rule within `max` characters. */
bool filename_ok(const char *name, size_t max);

/* True when `path` is relative and each of its '/'-separated parts
 * follows the rule (FILENAME_MAX_PART). */
bool filename_path_ok(const char *path);

#endif
