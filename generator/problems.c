#include "problems.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

struct problems {
    char **items;
    size_t count;
    size_t cap;
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
        free(p->items[i]);
    free(p->items);
    free(p);
}

void problems_add(problems *p, const char *file, long line, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);

    if (p->count == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 16;
        p->items = xrealloc(p->items, p->cap * sizeof(char *));
    }
    if (line > 0)
        p->items[p->count++] = xasprintf("%s:%ld: %s", file, line, msg);
    else
        p->items[p->count++] = xasprintf("%s: %s", file, msg);
}

size_t problems_count(const problems *p)
{
    return p->count;
}

const char *problems_get(const problems *p, size_t i)
{
    return i < p->count ? p->items[i] : NULL;
}

void problems_print(const problems *p, FILE *out)
{
    for (size_t i = 0; i < p->count; i++)
        fprintf(out, "%s\n", p->items[i]);
}
