#include "input.h"
#include "labels.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

/* "95 MB", "1 MB", "512 KB" */
static void human(char *buf, size_t size, long long bytes)
{
    if (bytes >= 1024 * 1024)
        snprintf(buf, size, "%lld MB", bytes / (1024 * 1024));
    else
        snprintf(buf, size, "%lld KB", (bytes + 1023) / 1024);
}

/* The reason a file of this mode is not read, or NULL for a regular file. */
static const char *mode_reason(mode_t mode)
{
    if (S_ISREG(mode))
        return NULL;
    if (S_ISDIR(mode))
        return label_errno(EISDIR);
    if (S_ISLNK(mode))
        return W_INPUT_SYMLINK;
    return W_INPUT_NOT_REGULAR;
}

int input_open(const char *path, unsigned flags, long long *size, const char **why)
{
    bool no_link = (flags & INPUT_NO_LINK) != 0;
    /* What is at the path is looked at first, so that a device is never
     * even opened (opening some devices does something). */
    struct stat st;
    if ((no_link ? lstat(path, &st) : stat(path, &st)) != 0) {
        *why = label_errno(errno);
        return -1;
    }
    *why = mode_reason(st.st_mode);
    if (*why)
        return -1;
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC | (no_link ? O_NOFOLLOW : 0));
    if (fd < 0) {
        *why = errno == ELOOP && no_link ? mode_reason(S_IFLNK) : label_errno(errno);
        return -1;
    }
    /* ... and the file opened is the one that is read: swapped for a FIFO
     * in between, it is refused here, and reading never waits. */
    if (fstat(fd, &st) != 0) {
        *why = label_errno(errno);
        close(fd);
        return -1;
    }
    *why = mode_reason(st.st_mode);
    if (*why) {
        close(fd);
        return -1;
    }
    *size = (long long)st.st_size;
    return fd;
}

static char *too_big(const char *what, long long have, long max_bytes)
{
    char h[32], limit[32];
    human(h, sizeof h, have);
    human(limit, sizeof limit, max_bytes);
    return xasprintf(W_INPUT_TOO_BIG, what, h, limit);
}

bool input_check(const char *path, unsigned flags, long max_bytes, char **why)
{
    const char *reason;
    long long size;
    int fd = input_open(path, flags, &size, &reason);
    if (fd < 0) {
        *why = xstrdup(reason);
        return false;
    }
    close(fd);
    if (size > max_bytes) {
        *why = too_big(W_INPUT_FILE, size, max_bytes);
        return false;
    }
    return true;
}

char *input_read_flags(const char *path, const char *what, unsigned flags, long max_bytes,
                       problems *pr, size_t *len)
{
    const char *why;
    long long size;
    int fd = input_open(path, flags, &size, &why);
    if (fd < 0) {
        if (strcmp(why, W_INPUT_NOT_REGULAR) == 0)
            problems_add(pr, path, 0, "%s", why);
        else
            problems_add(pr, path, 0, W_INPUT_UNREADABLE, what, why);
        return NULL;
    }
    if (size > max_bytes) {
        char *msg = too_big(what, size, max_bytes);
        problems_add(pr, path, 0, "%s", msg);
        free(msg);
        close(fd);
        return NULL;
    }
    /* The size the file had when opened; it may grow while it is read,
     * so at most one byte past the limit is read, to see that it did. */
    size_t cap = (size_t)size + 1, n = 0;
    char *buf = xmalloc(cap + 1);
    int err = 0;
    for (;;) {
        if (n == cap) {
            if ((long long)n > max_bytes)
                break;
            cap = cap * 2 > (size_t)max_bytes + 1 ? (size_t)max_bytes + 1 : cap * 2;
            buf = xrealloc(buf, cap + 1);
        }
        ssize_t got = read(fd, buf + n, cap - n);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            err = errno;
            break;
        }
        if (got == 0)
            break;
        n += (size_t)got;
    }
    close(fd);
    if (err) {
        free(buf);
        problems_add(pr, path, 0, W_INPUT_UNREADABLE, what, label_errno(err));
        return NULL;
    }
    if ((long long)n > max_bytes) { /* it grew while being read */
        free(buf);
        char limit[32];
        human(limit, sizeof limit, max_bytes);
        problems_add(pr, path, 0, W_INPUT_TOO_BIG_LIMIT, what, limit);
        return NULL;
    }
    buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

char *input_read(const char *path, const char *what, long max_bytes, problems *pr, size_t *len)
{
    return input_read_flags(path, what, 0, max_bytes, pr, len);
}
