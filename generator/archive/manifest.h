/*
 * manifest — manifest.json, what makes an output folder an archive entry:
 * every file with its path, size, page count and SHA-256; each input's
 * name and SHA-256; the round (title, year, organiser); the program's
 * version.  And the check of a folder against it (`anugerah verify`).
 */
#ifndef ANUGERAH_MANIFEST_H
#define ANUGERAH_MANIFEST_H

#include <stdbool.h>
#include <stdio.h>

#include "problems.h"
#include "round.h"

#define MANIFEST_NAME "manifest.json"

/* Limit of an archive's manifest.json and peringkat-<tahun>.json (a round
 * of 100 000 bodies writes about 20 MB). */
#define MANIFEST_MAX_BYTES (32L * 1024 * 1024)

typedef struct {
    const char *role; /* "acara", "nilai", "templat", "arsip_sebelumnya" */
    const char *path;
    char sha256[65];
} manifest_input;

typedef struct {
    const char *name; /* path inside the folder */
    int pages;        /* 0 for files that are not PDFs */
    long long size;   /* as measured by whoever wrote the file */
    char sha256[65];
} manifest_file;

/* The SHA-256 of a file as 64 hex digits; false when it cannot be read. */
bool manifest_sha256_file(const char *path, char hex[65]);

/* The same, or false with a message (caller frees) naming the file and
 * why it cannot be read: "… tidak dapat dibaca untuk menghitung sidik
 * SHA-256-nya: …". */
bool manifest_hash_file(const char *path, char hex[65], char **error);

/* Writes dir/manifest.json from the files' measured sizes and hashes;
 * files are listed sorted by name. */
bool manifest_write(const char *dir, const kip_round *r, const manifest_input *inputs,
                    size_t n_inputs, manifest_file *files, size_t n_files, char **error);

/* Checks a folder against its manifest: every problem (a file missing,
 * changed, or not in the manifest; a manifest missing or unreadable) is
 * added to `pr` as "DIR/PATH: ..." (the W_MANIFEST_* words of labels.h).
 * Returns the number of files checked, or -1 when the manifest itself
 * cannot be used. */
long manifest_check(const char *dir, problems *pr);

/* The paths a folder's manifest lists, in its order (caller frees each and
 * the array); NULL when the manifest is missing, was not written by this
 * program, or lists a path that leaves the folder. */
char **manifest_paths(const char *dir, size_t *n);

/* The round's year written in a folder's manifest; 0 when unknown. */
int manifest_year(const char *dir);

/* The build's status written in the manifest ("status"): a draft for the
 * objection period, or the final results. */
#define MANIFEST_DRAFT "draf"
#define MANIFEST_FINAL "final"

/* 1 for a draft, 2 for a final build, 0 when the manifest says neither
 * (written before builds had a status). */
int manifest_status(const char *dir);

#endif
