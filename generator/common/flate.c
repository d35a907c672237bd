#include "flate.h"

#include <assert.h>
#include <libdeflate.h>
#include <pthread.h>
#include <stdlib.h>

#include "util.h"

#define FLATE_LEVELS (FLATE_LEVEL_MAX + 1)

typedef struct {
    struct libdeflate_compressor *level[FLATE_LEVELS];
} flate_cache;

/* This thread's compressors, one per level used, kept rather than made
 * for each call: one is several hundred KB, over glibc's mmap threshold
 * (fixed at 128 KB once main.c sets M_TRIM_THRESHOLD), so each new one is
 * fresh pages from the system; made per call, the sample round took
 * 15 500 more page faults and 30 % more CPU.  Found through the
 * thread-local pointer (no lock, no call); freed by the key's destructor
 * when a thread ends, and by the exit handler for the thread that calls
 * exit (the main thread, whose key destructors do not run): libdeflate
 * aligns its allocation inside the block, so a compressor left at exit
 * shows as "possibly lost" to valgrind. */
static __thread flate_cache *cache;
static pthread_key_t cache_key;
static pthread_once_t cache_key_once = PTHREAD_ONCE_INIT;

static void cache_free(void *p)
{
    flate_cache *c = p;
    if (!c)
        return;
    for (int i = 0; i < FLATE_LEVELS; i++)
        libdeflate_free_compressor(c->level[i]);
    free(c);
}

static void cache_free_at_exit(void)
{
    pthread_setspecific(cache_key, NULL);
    cache_free(cache);
    cache = NULL;
}

static void cache_key_make(void)
{
    if (pthread_key_create(&cache_key, cache_free) != 0 || atexit(cache_free_at_exit) != 0)
        xfail_memory();
}

static struct libdeflate_compressor *compressor(int level)
{
    if (!cache) {
        pthread_once(&cache_key_once, cache_key_make);
        cache = xcalloc(1, sizeof *cache);
        if (pthread_setspecific(cache_key, cache) != 0)
            xfail_memory();
    }
    if (!cache->level[level]) {
        /* fails only without memory, the level being in range */
        cache->level[level] = libdeflate_alloc_compressor(level);
        if (!cache->level[level])
            xfail_memory();
    }
    return cache->level[level];
}

unsigned char *flate_compress(const void *in, size_t len, int level, size_t *out_len)
{
    assert(level >= FLATE_LEVEL_MIN && level <= FLATE_LEVEL_MAX);
    struct libdeflate_compressor *c = compressor(level);
    size_t bound = libdeflate_zlib_compress_bound(c, len);
    unsigned char *out = xmalloc(bound);
    /* 0 only when the output does not fit, which the bound rules out */
    size_t n = libdeflate_zlib_compress(c, in, len, out, bound);
    assert(n > 0);
    *out_len = n;
    return out;
}
