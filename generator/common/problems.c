#include "problems.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "labels.h"
#include "util.h"

typedef struct {
    size_t file_rank; /* files in the order they first had a problem */
    long line;
    char *text;
} problem;

struct problems {
    problem *items; /* the first PROBLEMS_SHOWN in order, and room for one more */
    size_t kept;
    size_t count; /* all added */
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
    for (size_t i = 0; i < p->kept; i++)
        free(p->items[i].text);
    free(p->items);
    for (size_t i = 0; i < p->n_files; i++)
        free(p->files[i]);
    free(p->files);
    free(p);
}

static void add(problems *p, const char *file, long line, const char *place, const char *fmt,
                va_list ap) __attribute__((format(printf, 5, 0)));

static void add(problems *p, const char *file, long line, const char *place, const char *fmt,
                va_list ap)
{
    size_t rank = 0;
    while (rank < p->n_files && strcmp(p->files[rank], file) != 0)
        rank++;
    if (rank == p->n_files) {
        p->files = xrealloc(p->files, (p->n_files + 1) * sizeof(char *));
        p->files[p->n_files++] = xstrdup(file);
    }
    p->count++;
    /* Kept in order of file, then line; equal lines keep the order found.
     * When the list is full, one that would come after all it holds is
     * only counted (not even formatted). */
    size_t at = p->kept;
    while (at > 0
           && (p->items[at - 1].file_rank > rank
               || (p->items[at - 1].file_rank == rank && p->items[at - 1].line > line)))
        at--;
    if (at == PROBLEMS_SHOWN)
        return;
    if (!p->items)
        p->items = xcalloc(PROBLEMS_SHOWN + 1, sizeof(problem));

    char msg[1024];
    vsnprintf(msg, sizeof msg, fmt, ap);
    memmove(&p->items[at + 1], &p->items[at], (p->kept - at) * sizeof(problem));
    p->items[at].file_rank = rank;
    p->items[at].line = line;
    if (place)
        p->items[at].text = xasprintf("%s:%s: %s", file, place, msg);
    else if (line > 0)
        p->items[at].text = xasprintf("%s:%ld: %s", file, line, msg);
    else
        p->items[at].text = xasprintf("%s: %s", file, msg);
    if (++p->kept > PROBLEMS_SHOWN)
        free(p->items[--p->kept].text); /* pushed out by an earlier one */
}

void problems_add(problems *p, const char *file, long line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    add(p, file, line, NULL, fmt, ap);
    va_end(ap);
}

void problems_add_at(problems *p, const char *file, long line, const char *place, const char *fmt,
                     ...)
{
    va_list ap;
    va_start(ap, fmt);
    add(p, file, line, place, fmt, ap);
    va_end(ap);
}

size_t problems_count(const problems *p)
{
    return p->count;
}

const char *problems_get(const problems *p, size_t i)
{
    return i < p->kept ? p->items[i].text : NULL;
}

void problems_print(const problems *p, FILE *out)
{
    for (size_t i = 0; i < p->kept; i++)
        fprintf(out, "%s\n", p->items[i].text);
    if (p->count > p->kept)
        fprintf(out, W_PROBLEMS_MORE, p->count - p->kept);
}
