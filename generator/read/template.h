/*
 * template — the small Mustache subset the press release is written in,
 * so that a clerk can change its wording without recompiling:
 *
 *   {{nama}}             a value
 *   {{#daftar}}…{{/daftar}}  repeated for each item of a list; for a text or
 *                        yes/no value, shown only when it is non-empty / yes
 *   {{^daftar}}…{{/daftar}}  shown only when the list is empty, the text
 *                        empty or the value no
 *   {{! catatan }}       a comment, not printed
 *
 * A line holding only a section or comment tag disappears whole, as in
 * Mustache.  Values are escaped by the function the caller renders with
 * (as Mustache escapes HTML), so that text from the inputs is never read as
 * the document's markup; values set with tpl_set_markup are not.
 * Errors — an unclosed tag or section, a section closed under the wrong
 * name, a placeholder the data does not have — are reported with the
 * template's file and line.
 */
#ifndef ANUGERAH_TEMPLATE_H
#define ANUGERAH_TEMPLATE_H

#include <stdbool.h>

#include "problems.h"

/* Limits: a template file over 1 MB is refused, and so are sections nested
 * more than 32 deep; rendering stops with a problem past 16 MB of text,
 * 500 000 lines or a million steps (sections over lists nested in each
 * other multiply; the release of a 10 000-body round takes about 150 000
 * steps and 30 000 lines). */
#define TPL_MAX_BYTES (1024 * 1024)
#define TPL_MAX_DEPTH 32
#define TPL_MAX_OUTPUT (16L * 1024 * 1024)
#define TPL_MAX_LINES 500000L
#define TPL_MAX_STEPS 1000000L

typedef struct tpl tpl;
typedef struct tpl_map tpl_map;
typedef struct tpl_list tpl_list;

/* Parses a template; NULL (with problems added) when it is malformed. */
tpl *tpl_parse(const char *path, const char *text, problems *pr);
/* Reads and parses a template file. */
tpl *tpl_load(const char *path, problems *pr);
/* The same, but a malformed template is still returned (NULL only when it
 * cannot be read), its open sections closed at its end, so that rendering
 * it reports its other problems too — names the data does not have; such
 * a template renders to NULL.  tpl_broken tells it. */
tpl *tpl_parse_all(const char *path, const char *text, problems *pr);
tpl *tpl_load_all(const char *path, problems *pr);
bool tpl_broken(const tpl *t);
/* The SHA-256 of the file as it was read (64 hexadecimal digits): the
 * manifest records these bytes, not the file read again. */
const char *tpl_sha256(const tpl *t);
void tpl_free(tpl *t);

/* The data: maps of names to text, yes/no values and lists of maps. */
tpl_map *tpl_map_new(void);
void tpl_map_free(tpl_map *m);
void tpl_set_text(tpl_map *m, const char *key, const char *text);
/* A value that is the document's own markup, never escaped. */
void tpl_set_markup(tpl_map *m, const char *key, const char *text);
void tpl_set_textf(tpl_map *m, const char *key, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void tpl_set_bool(tpl_map *m, const char *key, bool value);
/* A new list under `key`.  Its prototype is an item that is never shown:
 * fill it with the same keys as the items, so that a template is checked
 * even where a list is empty. */
tpl_list *tpl_set_list(tpl_map *m, const char *key);
tpl_map *tpl_list_add(tpl_list *l);
tpl_map *tpl_list_proto(tpl_list *l);

/* Returns its text escaped, newly allocated. */
typedef char *(*tpl_escape_fn)(const char *text);

/* Renders, escaping each text value with `escape` (NULL: none); NULL (with
 * problems added) when the template names a value the data does not have
 * (with the nearest name known there, or the sections it is known in), or
 * when the template is malformed.
 * The caller frees the text. */
char *tpl_render(const tpl *t, const tpl_map *data, tpl_escape_fn escape, problems *pr);

/* The same, and in *lines (caller frees) the template's line each line of
 * the text comes from (its first character's), so that what is wrong
 * with the text can be reported at the template's line. */
char *tpl_render_lines(const tpl *t, const tpl_map *data, tpl_escape_fn escape, problems *pr,
                       long **lines);

/* The template's file, as given to tpl_parse or tpl_load (borrowed). */
const char *tpl_path(const tpl *t);

#endif
