#include "image.h"

#include <jpeglib.h>
#include <png.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "labels.h"
#include "util.h"

void image_clear(kip_image *img)
{
    free(img->path);
    free(img->rgb);
    free(img->file);
    memset(img, 0, sizeof *img);
}

void image_shrink(const kip_image *src, int max_side, kip_image *out)
{
    memset(out, 0, sizeof *out);
    if (!src->rgb)
        return;
    int big = src->width > src->height ? src->width : src->height;
    int w = src->width, h = src->height;
    if (big > max_side) {
        w = (int)((long)src->width * max_side / big);
        h = (int)((long)src->height * max_side / big);
        w = w < 1 ? 1 : w;
        h = h < 1 ? 1 : h;
    }
    out->width = w;
    out->height = h;
    out->rgb = xmalloc((size_t)w * (size_t)h * 3);
    for (int y = 0; y < h; y++) {
        int y0 = (int)((long)y * src->height / h), y1 = (int)((long)(y + 1) * src->height / h);
        for (int x = 0; x < w; x++) {
            int x0 = (int)((long)x * src->width / w), x1 = (int)((long)(x + 1) * src->width / w);
            unsigned long sum[3] = {0, 0, 0}, n = 0;
            for (int sy = y0; sy < y1; sy++)
                for (int sx = x0; sx < x1; sx++, n++)
                    for (int c = 0; c < 3; c++)
                        sum[c] += src->rgb[((size_t)sy * (size_t)src->width + (size_t)sx) * 3
                                           + (size_t)c];
            for (int c = 0; c < 3; c++)
                out->rgb[((size_t)y * (size_t)w + (size_t)x) * 3 + (size_t)c] =
                    (unsigned char)((sum[c] + n / 2) / n);
        }
    }
}

void image_posterize(kip_image *img, int bits)
{
    if (!img->rgb || bits < 1 || bits >= 8)
        return;
    int top = (1 << bits) - 1;
    size_t n = (size_t)img->width * (size_t)img->height * 3;
    for (size_t i = 0; i < n; i++) {
        int level = (img->rgb[i] * top + 127) / 255;
        img->rgb[i] = (unsigned char)((level * 255 + top / 2) / top);
    }
}

static bool too_large(int w, int h)
{
    return w <= 0 || h <= 0 || w > IMAGE_MAX_SIDE || h > IMAGE_MAX_SIDE;
}

/* PNG with libpng's simplified API: any PNG becomes RGB, transparency
 * composited onto white. */
static const char *decode_png(const unsigned char *bytes, size_t len, kip_image *out)
{
    png_image img;
    memset(&img, 0, sizeof img);
    img.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&img, bytes, len))
        return W_IMAGE_PNG_BROKEN;
    /* PNG sides are below 2^31, so they fit an int */
    out->width = (int)img.width;
    out->height = (int)img.height;
    if (too_large(out->width, out->height)) {
        png_image_free(&img);
        return NULL; /* the caller reports the size */
    }
    img.format = PNG_FORMAT_RGB;
    out->rgb = xmalloc(PNG_IMAGE_SIZE(img));
    png_color white = {255, 255, 255};
    if (!png_image_finish_read(&img, &white, out->rgb, 0, NULL)) {
        png_image_free(&img);
        return W_IMAGE_PNG_BROKEN;
    }
    return NULL;
}

typedef struct {
    struct jpeg_error_mgr base;
    jmp_buf jump;
    bool warned; /* a warning, such as a premature end of the data */
} jpeg_errors;

static void jpeg_fail(j_common_ptr c)
{
    longjmp(((jpeg_errors *)c->err)->jump, 1);
}

static void jpeg_message(j_common_ptr c, int level)
{
    if (level < 0)
        ((jpeg_errors *)c->err)->warned = true;
}

static const char *decode_jpeg(const unsigned char *bytes, size_t len, kip_image *out)
{
    struct jpeg_decompress_struct c;
    jpeg_errors err;
    c.err = jpeg_std_error(&err.base);
    err.base.error_exit = jpeg_fail;
    err.base.emit_message = jpeg_message;
    err.warned = false;
    /* volatile: it changes between setjmp and a longjmp back */
    const char *volatile why = W_IMAGE_JPEG_BROKEN;
    if (setjmp(err.jump)) {
        jpeg_destroy_decompress(&c);
        return why;
    }
    jpeg_create_decompress(&c);
    jpeg_mem_src(&c, bytes, (unsigned long)len);
    jpeg_read_header(&c, TRUE);
    if (c.jpeg_color_space == JCS_CMYK || c.jpeg_color_space == JCS_YCCK) {
        jpeg_destroy_decompress(&c);
        return W_IMAGE_JPEG_CMYK;
    }
    if (too_large((int)c.image_width, (int)c.image_height)) {
        out->width = (int)c.image_width;
        out->height = (int)c.image_height;
        jpeg_destroy_decompress(&c);
        return NULL;
    }
    c.out_color_space = JCS_RGB;
    jpeg_start_decompress(&c);
    out->width = (int)c.output_width;
    out->height = (int)c.output_height;
    out->rgb = xmalloc((size_t)out->width * (size_t)out->height * 3);
    while (c.output_scanline < c.output_height) {
        JSAMPROW row = out->rgb + (size_t)c.output_scanline * (size_t)out->width * 3;
        jpeg_read_scanlines(&c, &row, 1);
    }
    jpeg_finish_decompress(&c);
    jpeg_destroy_decompress(&c);
    return err.warned ? W_IMAGE_JPEG_BROKEN : NULL;
}

bool image_decode(const unsigned char *bytes, size_t len, const char *what, const char *file,
                  long line, kip_image *out, problems *pr)
{
    static const unsigned char png_sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    static const unsigned char jpeg_sig[3] = {0xFF, 0xD8, 0xFF};
    const char *why;
    memset(out, 0, sizeof *out);
    if (len >= 8 && memcmp(bytes, png_sig, 8) == 0)
        why = decode_png(bytes, len, out);
    else if (len >= 3 && memcmp(bytes, jpeg_sig, 3) == 0)
        why = decode_jpeg(bytes, len, out);
    else
        why = W_IMAGE_NOT_IMAGE;
    if (!why && (too_large(out->width, out->height) || !out->rgb)) {
        problems_add(pr, file, line, W_IMAGE_TOO_LARGE, what, out->width, out->height,
                     IMAGE_MAX_SIDE);
        image_clear(out);
        return false;
    }
    if (why) {
        problems_add(pr, file, line, "%s: %s", what, why);
        image_clear(out);
        return false;
    }
    return true;
}

bool image_load(const char *path, const char *what, const char *file, long line, kip_image *out,
                problems *pr)
{
    problems *read = problems_new();
    size_t len = 0;
    char *bytes = input_read(path, W_IMAGE_FILE, IMAGE_MAX_BYTES, read, &len);
    bool ok = false;
    memset(out, 0, sizeof *out);
    if (!bytes) {
        problems_add(pr, file, line, "%s: %s", what, problems_get(read, 0));
    } else {
        char *named = xasprintf("%s \"%s\"", what, path);
        ok = image_decode((const unsigned char *)bytes, len, named, file, line, out, pr);
        free(named);
        if (ok) {
            out->path = xstrdup(path);
            out->file = (unsigned char *)bytes;
            out->file_len = len;
            bytes = NULL;
        }
    }
    free(bytes);
    problems_free(read);
    return ok;
}
