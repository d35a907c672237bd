#include "text.h"

#include <stdio.h>
#include <string.h>

#include <stdlib.h>

#include "util.h"

/* Decodes one UTF-8 sequence; returns its length or 0 when malformed. */
static size_t utf8_decode(const unsigned char *s, size_t len, unsigned *cp)
{
    unsigned c = s[0];
    size_t n;
    unsigned min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if ((c & 0xE0) == 0xC0) {
        n = 2, min = 0x80, c &= 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3, min = 0x800, c &= 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4, min = 0x10000, c &= 0x07;
    } else {
        return 0;
    }
    if (n > len)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return n;
}

bool utf8_valid(const char *s, size_t len, size_t *bad_offset)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        unsigned cp;
        size_t n = utf8_decode(u + i, len - i, &cp);
        if (n == 0) {
            if (bad_offset)
                *bad_offset = i;
            return false;
        }
        i += n;
    }
    return true;
}

/* Windows-1252 bytes 0x80..0x9F and the code points they stand for. */
static const unsigned cp1252_high[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

static int cp1252_byte(unsigned cp)
{
    if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF))
        return (int)cp;
    for (int i = 0; i < 32; i++)
        if (cp1252_high[i] == cp)
            return 0x80 + i;
    return -1;
}

char *text_squeeze(const char *s)
{
    char *out = xmalloc(strlen(s) + 1);
    size_t o = 0;
    bool space = false;
    for (const char *p = s; *p; p++) {
        if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n') {
            space = o > 0;
            continue;
        }
        if (space)
            out[o++] = ' ';
        space = false;
        out[o++] = *p;
    }
    out[o] = '\0';
    return out;
}

char *utf8_to_cp1252(const char *s, unsigned *bad)
{
    size_t len = strlen(s);
    char *out = xmalloc(len + 1);
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, o = 0;
    while (i < len) {
        if (u[i] >= 0x20 && u[i] < 0x7F) {
            /* printable ASCII, most of every text: itself */
            out[o++] = (char)u[i++];
            continue;
        }
        unsigned cp = 0xFFFD;
        size_t n = utf8_decode(u + i, len - i, &cp);
        int b = n ? cp1252_byte(cp) : -1;
        /* Control characters cannot be printed either. */
        if (b < 0 || (b < 0x20 && b != '\t' && b != '\n') || b == 0x7F) {
            if (bad)
                *bad = n ? cp : 0xFFFD;
            free(out);
            return NULL;
        }
        out[o++] = (char)(b == '\t' ? ' ' : b);
        i += n;
    }
    out[o] = '\0';
    return out;
}

void text_describe_char(unsigned cp, char *buf, size_t size)
{
    char utf[5] = {0};
    if (cp < 0x20 || cp == 0xFFFD) {
        snprintf(buf, size, "U+%04X", cp);
        return;
    }
    if (cp < 0x80) {
        utf[0] = (char)cp;
    } else if (cp < 0x800) {
        utf[0] = (char)(0xC0 | (cp >> 6));
        utf[1] = (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        utf[0] = (char)(0xE0 | (cp >> 12));
        utf[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        utf[2] = (char)(0x80 | (cp & 0x3F));
    } else {
        utf[0] = (char)(0xF0 | (cp >> 18));
        utf[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        utf[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        utf[3] = (char)(0x80 | (cp & 0x3F));
    }
    snprintf(buf, size, "\"%s\" (U+%04X)", utf, cp);
}

char *text_upper(const char *s)
{
    char *up = xstrdup(s);
    unsigned char *u = (unsigned char *)up;
    for (size_t i = 0; u[i]; i++) {
        if (u[i] >= 'a' && u[i] <= 'z') {
            u[i] = (unsigned char)(u[i] - 'a' + 'A');
        } else if (u[i] == 0xC3 && u[i + 1] >= 0xA0 && u[i + 1] <= 0xBE && u[i + 1] != 0xB7) {
            /* U+00E0..U+00FE (not U+00F7, the division sign): 0x20 lower */
            u[i + 1] = (unsigned char)(u[i + 1] - 0x20);
            i++;
        }
    }
    return up;
}
