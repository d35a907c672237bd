#include "qr.h"

#include <pthread.h>
#include <qrencode.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* Every code is drawn twice in a run — on a scorecard and again in the
 * book, on a certificate and again in the print file — so a code encoded
 * once is kept, its modules a bit each, until it is asked for the second
 * time, and then dropped.  Choosing the mask costs libqrencode most of an
 * encoding.  At most KEPT_MAX codes are kept (~250 bytes each). */
#define BUCKETS 4096
#define KEPT_MAX 200000

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

static qr_code *taken_again(const char *text, uint32_t h)
{
    kept *found = NULL;
    pthread_mutex_lock(&lock);
    for (kept **k = &buckets[h % BUCKETS]; *k; k = &(*k)->next)
        if ((*k)->hash == h && strcmp((*k)->text, text) == 0) {
            found = *k;
            *k = found->next;
            n_kept--;
            break;
        }
    pthread_mutex_unlock(&lock);
    if (!found)
        return NULL;
    size_t n = (size_t)found->width * (size_t)found->width;
    qr_code *q = xcalloc(1, sizeof(qr_code));
    q->width = found->width;
    q->modules = xmalloc(n);
    for (size_t i = 0; i < n; i++)
        q->modules[i] = (found->bits[i / 8] >> (i % 8)) & 1;
    free(found->text);
    free(found);
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
    qr_code *q = taken_again(text, h);
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
