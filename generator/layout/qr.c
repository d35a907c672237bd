#include "qr.h"

#include <qrencode.h>
#include <stdlib.h>

#include "util.h"

qr_code *qr_encode(const char *text)
{
    QRcode *code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return NULL;
    size_t n = (size_t)code->width * (size_t)code->width;
    qr_code *q = xcalloc(1, sizeof(qr_code));
    q->width = code->width;
    q->modules = xmalloc(n);
    for (size_t i = 0; i < n; i++)
        q->modules[i] = code->data[i] & 1; /* bit 0: a dark module */
    QRcode_free(code);
    return q;
}

void qr_free(qr_code *q)
{
    if (!q)
        return;
    free(q->modules);
    free(q);
}
