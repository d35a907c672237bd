/*
 * output — the output folder, written whole or not at all.
 *
 * A build writes into a temporary folder beside the target
 * (".<name>.tmp-XXXXXX" in the same parent, so the final rename stays on
 * one file system) and renames it into place only when every document was
 * written.  An existing target is refused unless forced, and even then
 * unless it is an earlier output (it has a manifest.json) or empty; when
 * forced, the old folder is moved aside first and removed only after the
 * new one is in place.
 */
#ifndef ANUGERAH_OUTPUT_H
#define ANUGERAH_OUTPUT_H

#include <stdbool.h>

typedef struct output output;

/* Checks that the target can be written: returns false with a message
 * (caller frees) when it exists and is not a folder, when it exists and
 * `force` is false, or when forced over a folder that is neither empty nor
 * an earlier output (it has no manifest.json). */
bool output_target_ok(const char *target, bool force, char **error);

/* Creates the target's parent folders and the temporary folder. */
output *output_begin(const char *target, char **error);

/* A path inside the temporary folder (caller frees); sub-folders of
 * `relative` are created. */
char *output_path(output *o, const char *relative);

/* The temporary folder being written. */
const char *output_dir(const output *o);

/* Moves the finished folder into place and frees `o`. */
bool output_commit(output *o, bool force, char **error);

/* Removes the temporary folder and frees `o`. */
void output_abort(output *o);

/* Writes `text` and a final line break to a new file; false with a message
 * (caller frees) when it cannot be created or written whole. */
bool output_write_text(const char *path, const char *text, char **error);

/* Removes a folder and everything in it. */
bool output_remove_tree(const char *path);

#endif
