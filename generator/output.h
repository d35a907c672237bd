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
#include <stddef.h>

typedef struct output output;

/* Checks that the target can be written: returns false with a message
 * (caller frees) when it exists and is not a folder, when it exists and
 * `force` is false, or when forced over a folder that is neither empty nor
 * an earlier output (it has no manifest.json). */
bool output_target_ok(const char *target, bool force, char **error);

/* Creates the target's parent folders and the temporary folder; NULL with
 * a message (caller frees) naming the folder that could not be made, and
 * the parent folders it made removed again. */
output *output_begin(const char *target, char **error);

/* A path inside the temporary folder (caller frees); sub-folders of
 * `relative` are created.  NULL with a message (caller frees) naming the
 * folder that could not be made. */
char *output_path(output *o, const char *relative, char **error);

/* `message` with the temporary folder's path replaced by the target's
 * (caller frees): the clerk reads the names the files would have had. */
char *output_message(const output *o, const char *message);

/* The temporary folder being written. */
const char *output_dir(const output *o);

/* Moves the finished folder into place and frees `o`.  False with a
 * message (caller frees) saying what happened to the old output: left in
 * place, or where it is when it could not be moved back, or that the new
 * one is in place but the old could not be removed. */
bool output_commit(output *o, bool force, char **error);

/* Removes the temporary folder and the parent folders output_begin made,
 * and frees `o`. */
void output_abort(output *o);

/* Writes `text` and a final line break to a new file; false with a message
 * (caller frees) when it cannot be created or written whole. */
bool output_write_text(const char *path, const char *text, char **error);

/* A new file written in parts: every error of a write or of the closing
 * (where a full disk often shows) is kept and reported by
 * output_file_close as "<path> tidak dapat ditulis: <why>". */
typedef struct output_file output_file;

/* NULL with a message (caller frees) when the file cannot be created. */
output_file *output_file_create(const char *path, char **error);
void output_file_write(output_file *f, const void *data, size_t len);
/* Closes and frees `f`; false with a message (caller frees) when any write
 * or the closing failed. */
bool output_file_close(output_file *f, char **error);

/* Removes a folder and everything in it. */
bool output_remove_tree(const char *path);

#endif
