/*
 * build — the pipeline: read the inputs, apply the rules, write every
 * document into a temporary folder, move it into place.
 */
#ifndef ANUGERAH_BUILD_H
#define ANUGERAH_BUILD_H

#include <stdbool.h>
#include <stdio.h>

#include "problems.h"
#include "round.h"

/* Exit statuses. */
enum { EXIT_OK = 0, EXIT_FAILURE_OTHER = 1, EXIT_BAD_INPUT = 2 };

typedef struct {
    const char *event_path;
    const char *scores_path;
    const char *out_dir;
    const char *font_dir;
    const char *template_path; /* the press release's template */
    const char *icc_profile;   /* sRGB profile for the PDFs' output intent */
    const char *previous_dir;  /* last year's archived folder, or NULL */
    int jobs;                  /* documents written at once; 0: one per core */
    bool quiet;                /* no progress on a terminal */
    bool force;
    bool draft; /* provisional results: DRAF on every page, no certificates */
    /* the categories' fact sheets' template */
    const char *fact_template_path;
} build_options;

/* Reads both inputs and applies the rules.  Returns the round, or NULL when
 * `pr` received problems. */
kip_round *build_load(const char *event_path, const char *scores_path, problems *pr);

/* The same, taking last year's scores from an archived folder (may be
 * NULL). */
kip_round *build_load_previous(const char *event_path, const char *scores_path,
                               const char *previous_dir, problems *pr);

/* `anugerah verify DIR`: 0 when every file matches the manifest, 1 when
 * any is missing, changed or unlisted, 2 when there is no usable manifest. */
int build_verify(const char *dir, FILE *out, FILE *err);

/* `anugerah check`: reports problems on `err`; returns the exit status. */
int build_check(const build_options *o, FILE *out, FILE *err);

/* `anugerah build`: returns the exit status; messages go to `err`. */
int build_run(const build_options *o, FILE *out, FILE *err);

#endif
