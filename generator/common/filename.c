#include "filename.h"

#include <string.h>

#include "util.h"

static bool allowed(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
           || c == '_' || c == '-';
}

/* CON, PRN, AUX, NUL, COM1-9, LPT1-9: the part before the first '.' */
static bool device_name(const char *name, size_t len)
{
    static const char *const fixed[] = {"con", "prn", "aux", "nul"};
    const char *dot = memchr(name, '.', len);
    size_t stem = dot ? (size_t)(dot - name) : len;
    char low[5] = "";
    if (stem < 3 || stem > 4)
        return false;
    for (size_t i = 0; i < stem; i++)
        low[i] = (char)(name[i] >= 'A' && name[i] <= 'Z' ? name[i] - 'A' + 'a' : name[i]);
    low[stem] = '\0';
    for (size_t i = 0; stem == 3 && i < 4; i++)
        if (strcmp(low, fixed[i]) == 0)
            return true;
    return stem == 4 && (strncmp(low, "com", 3) == 0 || strncmp(low, "lpt", 3) == 0)
           && low[3] >= '1' && low[3] <= '9';
}

static bool part_ok(const char *name, size_t len, size_t max)
{
    if (len == 0 || len > max || name[0] == '.' || name[len - 1] == '.')
        return false;
    for (size_t i = 0; i < len; i++)
        if (!allowed(name[i]) || (name[i] == '.' && i + 1 < len && name[i + 1] == '.'))
            return false;
    return !device_name(name, len);
}

bool filename_ok(const char *name, size_t max)
{
    return part_ok(name, strlen(name), max);
}

bool filename_path_ok(const char *path)
{
    const char *p = path;
    for (;;) {
        const char *slash = strchr(p, '/');
        size_t len = slash ? (size_t)(slash - p) : strlen(p);
        if (!part_ok(p, len, FILENAME_MAX_PART))
            return false;
        if (!slash)
            return true;
        p = slash + 1;
    }
}
