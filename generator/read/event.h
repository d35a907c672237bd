/*
 * event — reads the event JSON (the round's title, organiser, date,
 * signatory, categories, qualification bands, stages and indicators).
 */
#ifndef ANUGERAH_EVENT_H
#define ANUGERAH_EVENT_H

#include "problems.h"
#include "round.h"

/* An event file over 1 MB is refused. */
#define EVENT_MAX_BYTES (1024 * 1024)
/* ... and so is one with more than 5 000 keys. */
#define EVENT_MAX_KEYS 5000
/* A text of the event (title, names, signatory) is at most this many bytes:
 * a PDF cannot hold a longer text in its document information. */
#define EVENT_MAX_TEXT 1000
/* Limit of the publication address (publikasi.situs), in bytes: a body's
 * page under it (+ "situs/badan/", an id of up to 64 characters and
 * ".html") stays within a version 10 QR code (213 bytes at level M, 57
 * modules: 0.28 mm each in the cards' 51 pt square), which a phone reads
 * from paper; at 500 bytes it was version 18 (0.19 mm) and unreadable
 * from a 150 or 200 dpi render. */
#define EVENT_MAX_URL 120

/*
 * Reads and checks the event file.  Every problem found is appended to
 * `pr` as "FILE:LINE: ...".  Returns the event when the file could be read
 * as JSON (possibly incomplete: check problems_count), NULL otherwise.
 * The caller frees the event with kip_event_free.
 */
kip_event *event_load(const char *path, problems *pr);

/* The same from text already in memory (text[len] must be NUL); `path`
 * names it in messages. */
kip_event *event_parse(const char *path, const char *text, size_t len, problems *pr);

#endif
