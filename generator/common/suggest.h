/*
 * suggest — "maksud Anda ...?": the nearest of the names known for one
 * that is not, by edit distance.  Serves the command line (commands and
 * options) and the press-release template (placeholders).
 */
#ifndef ANUGERAH_SUGGEST_H
#define ANUGERAH_SUGGEST_H

#include <stddef.h>

/* The edit distance between a and b (insertions, deletions, changes of a
 * byte); names are short, and past 64 bytes only the start is compared. */
size_t suggest_distance(const char *a, const char *b);

/* How far `candidate` is from `word` when it is near enough to be
 * suggested for it, else (size_t)-1: at most a third of the word's length
 * apart (at least 2), and fewer changes than the word has bytes. */
size_t suggest_closeness(const char *word, const char *candidate);

/* The nearest of `names` (NULL-terminated) near enough to `word`, the
 * first of equals; NULL when none is. */
const char *suggest_nearest(const char *word, const char *const *names);

#endif
