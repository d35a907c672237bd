#include "sources.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "output.h"
#include "util.h"

char *sources_image_name(const char *role, const unsigned char *bytes, size_t len)
{
    static const unsigned char png[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    bool is_png = len >= sizeof png && memcmp(bytes, png, sizeof png) == 0;
    return xasprintf("%s.%s", role, is_png ? "png" : "jpg");
}

/* "nilai.<ext>" with the given name's extension, lower-cased, when it is
 * 1 to 8 letters and digits; plain "nilai" otherwise (the one file-name
 * rule holds either way). */
static char *scores_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    const char *dot = strrchr(base, '.');
    char ext[9];
    size_t n = 0;
    bool ok = dot && dot != base && strlen(dot + 1) >= 1 && strlen(dot + 1) <= 8;
    for (const char *p = dot ? dot + 1 : ""; ok && *p; p++) {
        char c = *p >= 'A' && *p <= 'Z' ? (char)(*p - 'A' + 'a') : *p;
        ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        ext[n++] = c;
    }
    ext[n] = '\0';
    return ok ? xasprintf(SOURCES_DIR "/nilai.%s", ext) : xstrdup(SOURCES_DIR "/nilai");
}

static void add(source_copy **list, size_t *n, char *name, const void *bytes, size_t len)
{
    *list = xrealloc(*list, (*n + 1) * sizeof(source_copy));
    (*list)[(*n)++] = (source_copy){name, bytes, len};
}

static void add_image(source_copy **list, size_t *n, const char *role, const kip_image *img)
{
    if (!img->file)
        return;
    char *base = sources_image_name(role, img->file, img->file_len);
    add(list, n, xasprintf(SOURCES_IMAGES "/%s", base), img->file, img->file_len);
    free(base);
}

source_copy *sources_plan(const kip_round *r, const char *scores_path, size_t *n)
{
    source_copy *list = NULL;
    *n = 0;
    const kip_event *e = r->event;
    if (e->source)
        add(&list, n, xstrdup(SOURCES_EVENT), e->source, e->source_len);
    if (r->scores_source && scores_path)
        add(&list, n, scores_name(scores_path), r->scores_source, r->scores_source_len);
    for (size_t i = 0; i < e->n_logos; i++) {
        char role[32];
        snprintf(role, sizeof role, SOURCES_LOGO "-%zu", i + 1);
        add_image(&list, n, role, &e->logos[i]);
    }
    add_image(&list, n, SOURCES_SIGNATURE, &e->tanda_tangan);
    add_image(&list, n, SOURCES_SEAL, &e->stempel);
    return list;
}

void sources_free(source_copy *copies, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(copies[i].name);
    free(copies);
}

bool sources_write(const source_copy *c, const char *path, char **error)
{
    output_file *f = output_file_create(path, error);
    if (!f)
        return false;
    output_file_write(f, c->bytes, c->len);
    return output_file_close(f, error);
}
