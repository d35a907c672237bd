#include "qr.h"

#include <pthread.h>
#include <qrencode.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* A body's code is drawn on its scorecard and again on each of its
 * certificates (the same address: its page on the site), so codes are kept
 * once encoded, a bit a module: choosing the mask costs libqrencode most
 * of an encoding.  At most KEPT_MAX codes are kept (~250 bytes each: 16 MB
 * at most); the rest are encoded each time. */
#define BUCKETS 4096
#define KEPT_MAX 65536

typedef struct kept {
    struct kept *next;
    uint32_t hash;
    int width;
    char *text;
    unsigned char bits[]; /* width * width, row by row */
} kept;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static kept *buckets[BUCKETS];
static size_t n_kept;

static uint32_t hash_text(const char *s)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static qr_code *kept_code(const char *text, uint32_t h)
{
    const kept *found = NULL;
    pthread_mutex_lock(&lock);
    for (const kept *k = buckets[h % BUCKETS]; k && !found; k = k->next)
        if (k->hash == h && strcmp(k->text, text) == 0)
            found = k;
    pthread_mutex_unlock(&lock);
    if (!found)
        return NULL;
    /* entries are never removed: found stays valid unlocked */
    size_t n = (size_t)found->width * (size_t)found->width;
    qr_code *q = xcalloc(1, sizeof(qr_code));
    q->width = found->width;
    q->modules = xmalloc(n);
    for (size_t i = 0; i < n; i++)
        q->modules[i] = (found->bits[i / 8] >> (i % 8)) & 1;
    return q;
}

static void keep(const char *text, uint32_t h, const qr_code *q)
{
    size_t n = (size_t)q->width * (size_t)q->width;
    kept *k = xcalloc(1, sizeof(kept) + (n + 7) / 8);
    k->hash = h;
    k->width = q->width;
    k->text = xstrdup(text);
    for (size_t i = 0; i < n; i++)
        k->bits[i / 8] |= (unsigned char)(q->modules[i] << (i % 8));
    pthread_mutex_lock(&lock);
    if (n_kept < KEPT_MAX) {
        k->next = buckets[h % BUCKETS];
        buckets[h % BUCKETS] = k;
        n_kept++;
        k = NULL;
    }
    pthread_mutex_unlock(&lock);
    if (k) {
        free(k->text);
        free(k);
    }
}

qr_code *qr_encode(const char *text)
{
    uint32_t h = hash_text(text);
    qr_code *q = kept_code(text, h);
    if (q)
        return q;
    QRcode *code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return NULL;
    size_t n = (size_t)code->width * (size_t)code->width;
    q = xcalloc(1, sizeof(qr_code));
    q->width = code->width;
    q->modules = xmalloc(n);
    for (size_t i = 0; i < n; i++)
        q->modules[i] = code->data[i] & 1; /* bit 0: a dark module */
    QRcode_free(code);
    keep(text, h, q);
    return q;
}

void qr_free(qr_code *q)
{
    if (!q)
        return;
    free(q->modules);
    free(q);
}
