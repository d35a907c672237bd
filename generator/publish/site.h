/*
 * site — situs/, a static results site inside the output folder, for the
 * communication office to publish as it is:
 *
 *   situs/index.html        the round, the summary with a chart, the
 *                           qualifications, a ranking table per category
 *                           (filtered by a search box), the bodies that did
 *                           not return the SAQ, links to every document
 *   situs/badan/<id>.html   one page per body: its scorecard in HTML
 *   situs/verifikasi.html   checks a PDF's SHA-256 in the browser against
 *                           the documents of the round, listed in the page
 *   situs/gaya.css          the one stylesheet
 *   situs/situs.js          the one script (search and verification)
 *
 * Every text from the inputs is escaped; every word is in labels.h.  The
 * pages work opened from disk and without JavaScript (every table shown,
 * every link working); nothing is loaded from elsewhere.  The same round
 * gives the same bytes.
 */
#ifndef ANUGERAH_SITE_H
#define ANUGERAH_SITE_H

#include <stdbool.h>
#include <stddef.h>

#include "round.h"

#define SITE_DIR "situs"
#define SITE_INDEX "situs/index.html"
#define SITE_VERIFY "situs/verifikasi.html"
#define SITE_STYLE "situs/gaya.css"
#define SITE_SCRIPT "situs/situs.js"

/* "situs/badan/<id>.html" (caller frees). */
char *site_body_name(const kip_body *b);

bool site_index_write(const kip_round *r, const char *path, char **error);
bool site_body_write(const kip_round *r, size_t body, const char *path, char **error);
bool site_style_write(const char *path, char **error);
bool site_script_write(const char *path, char **error);

/* A document of the output folder, for the verification page. */
typedef struct {
    const char *name;   /* path inside the output folder */
    const char *sha256; /* 64 hex digits */
    size_t body;        /* index into the round's bodies; SIZE_MAX: none */
    size_t award;       /* index into the event's awards; SIZE_MAX: none */
} site_document;

/* Written once every other document is, from their hashes. */
bool site_verify_write(const kip_round *r, const site_document *docs, size_t n, const char *path,
                       char **error);

#endif
