#include "problems.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

typedef struct {
    size_t file_rank; /* files in the order they first had a problem */
    long line;
    char *text;
} problem;

struct problems {
    problem *items;
    size_t count;
    size_t cap;
    char **files;
    size_t n_files;
};

problems *problems_new(void)
{
    return xcalloc(1, sizeof(problems));
}

void problems_free(problems *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->count; i++)
        free(p->items[i].text);
    free(p->items);
    for (size_t i = 0; i < p->n_files; i++)
        free(p->files[i]);
    free(p->files);
    free(p);
}

void problems_add(problems *p, const char *file, long line, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);

    size_t rank = 0;
    while (rank < p->n_files && strcmp(p->files[rank], file) != 0)
        rank++;
    if (rank == p->n_files) {
        p->files = xrealloc(p->files, (p->n_files + 1) * sizeof(char *));
        p->files[p->n_files++] = xstrdup(file);
    }
    if (p->count == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 16;
        p->items = xrealloc(p->items, p->cap * sizeof(problem));
    }
    /* Kept in order of file, then line; equal lines keep the order found. */
    size_t at = p->count;
    while (at > 0
           && (p->items[at - 1].file_rank > rank
               || (p->items[at - 1].file_rank == rank && p->items[at - 1].line > line)))
        at--;
    memmove(&p->items[at + 1], &p->items[at], (p->count - at) * sizeof(problem));
    p->items[at].file_rank = rank;
    p->items[at].line = line;
    p->items[at].text =
        line > 0 ? xasprintf("%s:%ld: %s", file, line, msg) : xasprintf("%s: %s", file, msg);
    p->count++;
}

size_t problems_count(const problems *p)
{
    return p->count;
}

const char *problems_get(const problems *p, size_t i)
{
    return i < p->count ? p->items[i].text : NULL;
}

void problems_print(const problems *p, FILE *out)
{
    for (size_t i = 0; i < p->count; i++)
        fprintf(out, "%s\n", p->items[i].text);
}
