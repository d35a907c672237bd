#include "markup.h"

#include <string.h>

#include "util.h"

static const char SPECIAL[] = "\\|#-@";

static int special(char c)
{
    return c != '\0' && strchr(SPECIAL, c) != NULL;
}

char *markup_escape(const char *text)
{
    size_t n = 0;
    for (const char *p = text; *p; p++)
        n += special(*p) ? 2 : 1;
    char *out = xmalloc(n + 1), *o = out;
    for (const char *p = text; *p; p++) {
        if (special(*p))
            *o++ = '\\';
        *o++ = (*p == '\n' || *p == '\r') ? ' ' : *p;
    }
    *o = '\0';
    return out;
}

char *markup_unescape(const char *text, size_t len)
{
    char *out = xmalloc(len + 1), *o = out;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\\' && i + 1 < len && special(text[i + 1]))
            i++;
        *o++ = text[i];
    }
    *o = '\0';
    return out;
}

static int blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

size_t markup_cells(const char *row, char ***cells)
{
    size_t n = 0, cap = 0;
    *cells = NULL;
    const char *p = row[0] == '|' ? row + 1 : row;
    while (*p) {
        /* the cell runs to the next bar that is not escaped */
        const char *end = p;
        while (*end && *end != '|') {
            if (*end == '\\' && special(end[1]))
                end++;
            end++;
        }
        const char *s = p, *e = end;
        while (s < e && blank(*s))
            s++;
        while (e > s && blank(e[-1]))
            e--;
        if (!*end && s == e)
            break; /* nothing after the closing bar */
        if (n == cap) {
            cap = cap ? cap * 2 : 8;
            *cells = xrealloc(*cells, cap * sizeof(char *));
        }
        (*cells)[n++] = markup_unescape(s, (size_t)(e - s));
        if (!*end)
            break;
        p = end + 1;
    }
    return n;
}
