/*
 * output — the output folder, written whole or not at all, and never a
 * file lost that this program did not write.
 *
 * A build writes into a temporary folder beside the target
 * (".<name>.tmp-XXXXXX" in the same parent, so the final rename stays on
 * one file system), marked as this program's by a file
 * OUTPUT_MARKER holding the process id, and puts it in place only when
 * every document was written.
 *
 * An existing target is refused unless forced, and even then unless it is
 * empty or an earlier output every file of which is listed in its
 * manifest.json with the same size and SHA-256 (a listed file that has
 * gone does not matter).  That check is made at the start and again at the
 * moment of replacing.  The new folder and the old are then exchanged in
 * one step (renameat2 with RENAME_EXCHANGE), so at every instant one of
 * them is at the target; of the old one, now under the temporary name,
 * only the files its manifest lists and the folders they emptied are
 * removed.
 *
 * Messages may have several lines; the caller starts each with the
 * program's name.
 */
#ifndef ANUGERAH_OUTPUT_H
#define ANUGERAH_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef struct output output;

/* The file that marks a temporary folder as this program's: the process
 * id, then the host name, one a line. */
#define OUTPUT_MARKER ".anugerah-sementara"

/* How a build's last step ended. */
typedef enum {
    OUTPUT_DONE,       /* the new folder is in place */
    OUTPUT_REFUSED,    /* the target may not be replaced: nothing written */
    OUTPUT_FAILED,     /* a system error; the message says what is where */
    OUTPUT_INTERRUPTED /* a signal came first: nothing written */
} output_status;

/* From now on SIGINT, SIGTERM and SIGHUP only set a flag (a second one of
 * the same kind ends the program at once).  A signal ignored when the
 * program started stays ignored. */
void output_catch_signals(void);

/* The signal caught, or 0.  Safe to call from any thread. */
int output_interrupted(void);

/* Checks that the target can be written: returns false with a message
 * (caller frees) when it exists and is not a folder, when it exists and
 * `force` is false, or when forced over a folder that is neither empty nor
 * an earlier output whose files are all listed, unchanged, in its
 * manifest (then one line per file that is not). */
bool output_target_ok(const char *target, bool force, char **error);

/* Whether `path` (which need not exist yet; the folders on its way that do
 * are followed, links included) is the folder `dir` or lies inside it. */
bool output_within(const char *path, const char *dir);

/* Removes the temporary folders of this program's earlier runs on the same
 * target that were killed: beside the target, named like its temporary
 * folder, owned by this user, with a marker whose process (on this host)
 * no longer runs.  Returns a line per folder removed or not wholly
 * removable (caller frees), or NULL when there was none. */
char *output_sweep(const char *target);

/* Creates the target's parent folders and the temporary folder; NULL with
 * a message (caller frees) naming the folder that could not be made, and
 * the parent folders it made removed again. */
output *output_begin(const char *target, char **error);

/* A path inside the temporary folder (caller frees), recorded as written
 * by this build; sub-folders of `relative` are created.  Safe to call
 * from several threads.  NULL with a message (caller frees) naming the
 * folder that could not be made. */
char *output_path(output *o, const char *relative, char **error);

/* The path of a file output_path gave before (caller frees). */
char *output_temp_path(const output *o, const char *relative);

/* Forgets this thread's last folder (output_path remembers it so as not
 * to make it again); a thread calls it before it ends, and a build before
 * its folders could be removed. */
void output_path_forget(void);

/* `message` with the temporary folder's path replaced by the target's
 * (caller frees): the clerk reads the names the files would have had. */
char *output_message(const output *o, const char *message);

/* The temporary folder being written. */
const char *output_dir(const output *o);

/* Puts the finished folder in place, after checking the target again as
 * output_target_ok does, and frees `o`.  Anything but OUTPUT_DONE comes
 * with a message (caller frees): why the target was not replaced (the
 * temporary folder then removed), or what failed and where the old output
 * is — which, when the new one is already in place, means that something
 * its manifest did not list was found in the old one and left there. */
output_status output_commit(output *o, bool force, char **error);

/* Removes what this build wrote in the temporary folder (every path given
 * to output_path, the manifest, the marker), the folders that emptied,
 * and the parent folders output_begin made; frees `o`.  False with a
 * message (caller frees) naming the temporary folder when something else
 * was found in it and left there. */
bool output_abort(output *o, char **error);

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

/* fopen(path, "wb") for a file of the output, its SHA-256 computed while
 * it is written.  NULL with errno set when it cannot be created. */
FILE *output_fopen(const char *path);
/* The same, saying why not in *error (caller frees) when it cannot. */
FILE *output_fopen_said(const char *path, char **error);
/* fclose for a file of output_fopen: false, with why in *error (caller
 * frees), when a write or the closing failed. */
bool output_fclose(FILE *f, const char *path, char **error);

/* When the file this thread closed last (made by output_fopen or
 * output_file_create) is `path`, and every write and the closing
 * succeeded: true with its SHA-256 (hex) and size. */
bool output_written(const char *path, char sha256[65], long long *size);
/* Forgets what this thread closed last (before a job starts). */
void output_written_clear(void);

#endif
