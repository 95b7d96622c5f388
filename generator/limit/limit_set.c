#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "limit.h"

int limit_set(limit_t L, const char *spec, char *msg, size_t size)
{
    const char *p = spec;

    if (*p == '\0')
    {
        snprintf(msg, size, "--limit expects name=value[,name=value...]");
        return 2;
    }
    while (*p)
    {
        const char *comma = strchr(p, ','), *eq = strchr(p, '=');
        size_t len = comma ? (size_t) (comma - p) : strlen(p);
        char *end;
        long long v;
        int k;

        if (eq == NULL || eq > p + len)
        {
            snprintf(msg, size, "--limit expects name=value, got '%.*s'", (int) len, p);
            return 2;
        }
        for (k = 0; k < LIMIT_COUNT; k++)
            if (strlen(limit_name(k)) == (size_t) (eq - p) &&
                strncmp(limit_name(k), p, eq - p) == 0)
                break;
        if (k == LIMIT_COUNT)
        {
            snprintf(msg, size, "--limit: unknown limit '%.*s' (expected depth, degree, terms, "
                     "bits, equations, sites or root-bits)", (int) (eq - p), p);
            return 2;
        }
        errno = 0;
        v = strtoll(eq + 1, &end, 10);
        if (end == eq + 1 || end != p + len || errno != 0 || v < 1 || v > WORD_MAX / 4)
        {
            snprintf(msg, size, "--limit %s: expected a positive integer, got '%.*s'",
                     limit_name(k), (int) (p + len - eq - 1), eq + 1);
            return 2;
        }
        L->max[k] = (slong) v;
        p += len + (comma != NULL);
    }
    return 0;
}
