/* libFuzzer harness: the image decoder (PNG and JPEG, the size limits,
 * alpha composited onto white), as `check` and `build` run it on the
 * event's emblems, signature and seal. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "image.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    problems *pr = problems_new();
    kip_image img;
    bool ok = image_decode(data, size, "logo", "fuzz.json", 1, &img, pr);
    if (ok) {
        /* every pixel is there: touch the last byte */
        volatile unsigned char last = img.rgb[(size_t)img.width * (size_t)img.height * 3 - 1];
        (void)last;
        if (img.width > IMAGE_MAX_SIDE || img.height > IMAGE_MAX_SIDE || problems_count(pr) != 0)
            abort();
    } else if (problems_count(pr) == 0 || img.rgb) {
        abort(); /* refused without saying why, or with pixels left */
    } else if (strstr(problems_get(pr, 0), " berukuran 0 ")
               || strstr(problems_get(pr, 0), " berukuran -")) {
        abort(); /* refused for its size, but the size not told */
    }
    image_clear(&img);
    problems_free(pr);
    return 0;
}
