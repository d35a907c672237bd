/*
 * qr — a QR code of a text, as a square matrix of modules, for the layout
 * layer to draw (layout_qr).  Encoded with libqrencode: 8-bit bytes, error
 * correction level M, the smallest version that holds the text.
 */
#ifndef ANUGERAH_QR_H
#define ANUGERAH_QR_H

typedef struct {
    int width;              /* modules a side, without the quiet zone */
    unsigned char *modules; /* width * width bytes, rows top down; 1: dark */
} qr_code;

/* The QR code of `text`; NULL when it cannot be encoded (too long: more
 * than about 2 300 bytes).  Free with qr_free. */
qr_code *qr_encode(const char *text);
void qr_free(qr_code *q);

#endif
