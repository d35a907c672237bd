#include "input.h"
#include "labels.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "util.h"

/* "95 MB", "1 MB", "512 KB" */
static void human(char *buf, size_t size, long long bytes)
{
    if (bytes >= 1024 * 1024)
        snprintf(buf, size, "%lld MB", bytes / (1024 * 1024));
    else
        snprintf(buf, size, "%lld KB", (bytes + 1023) / 1024);
}

char *input_read(const char *path, const char *what, long max_bytes, problems *pr, size_t *len)
{
    struct stat st;
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > max_bytes) {
        char have[32], limit[32];
        human(have, sizeof have, (long long)st.st_size);
        human(limit, sizeof limit, max_bytes);
        problems_add(pr, path, 0, "%s terlalu besar (%s); batasnya %s", what, have, limit);
        return NULL;
    }
    char *text = file_read(path, len);
    if (!text)
        problems_add(pr, path, 0, "%s tidak dapat dibaca: %s", what, label_errno(errno));
    return text;
}
