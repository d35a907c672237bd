#ifndef ANUGERAH_SHA256_H
#define ANUGERAH_SHA256_H

/* SHA-256, for the manifest's digests, the PDFs' document IDs and the
 * book's shared streams: OpenSSL's (libcrypto), which uses the processor's
 * SHA instructions where there are some.  One piece of code for every
 * digest the program makes. */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SHA256_BYTES 32
#define SHA256_HEX 65 /* 64 lowercase hexadecimal digits and the NUL */

typedef struct sha256_ctx sha256_ctx;

/* A new digest; out of memory ends the program, as xmalloc does. */
sha256_ctx *sha256_new(void);
void sha256_update(sha256_ctx *h, const void *data, size_t len);
/* The digest of everything given; frees h. */
void sha256_final(sha256_ctx *h, uint8_t out[SHA256_BYTES]);
void sha256_final_hex(sha256_ctx *h, char hex[SHA256_HEX]);
/* A digest given up before its end. */
void sha256_free(sha256_ctx *h);
/* Without the state in between. */
void sha256_data_hex(const void *data, size_t len, char hex[SHA256_HEX]);
void sha256_hex(const uint8_t digest[SHA256_BYTES], char hex[SHA256_HEX]);

#endif
