#include "sha256.h"

#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>

#include "util.h"

struct sha256_ctx {
    EVP_MD_CTX *ctx;
};

/* libcrypto fails here only without memory: the program's answer to
 * that is the same as xmalloc's. */
static void check(int ok)
{
    if (ok != 1)
        xfail_memory();
}

sha256_ctx *sha256_new(void)
{
    sha256_ctx *h = xcalloc(1, sizeof(sha256_ctx));
    h->ctx = EVP_MD_CTX_new();
    check(h->ctx != NULL);
    check(EVP_DigestInit_ex(h->ctx, EVP_sha256(), NULL));
    return h;
}

void sha256_update(sha256_ctx *h, const void *data, size_t len)
{
    if (len > 0)
        check(EVP_DigestUpdate(h->ctx, data, len));
}

void sha256_final(sha256_ctx *h, uint8_t out[SHA256_BYTES])
{
    unsigned int len = 0;
    check(EVP_DigestFinal_ex(h->ctx, out, &len));
    check(len == SHA256_BYTES);
    sha256_free(h);
}

void sha256_free(sha256_ctx *h)
{
    if (h) {
        EVP_MD_CTX_free(h->ctx);
        free(h);
    }
}

void sha256_hex(const uint8_t digest[SHA256_BYTES], char hex[SHA256_HEX])
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < SHA256_BYTES; i++) {
        hex[2 * i] = digits[digest[i] >> 4];
        hex[2 * i + 1] = digits[digest[i] & 15];
    }
    hex[2 * SHA256_BYTES] = '\0';
}

void sha256_final_hex(sha256_ctx *h, char hex[SHA256_HEX])
{
    uint8_t digest[SHA256_BYTES];
    sha256_final(h, digest);
    sha256_hex(digest, hex);
}

void sha256_data_hex(const void *data, size_t len, char hex[SHA256_HEX])
{
    sha256_ctx *h = sha256_new();
    sha256_update(h, data, len);
    sha256_final_hex(h, hex);
}
