#include <string.h>
#include "cmdline.h"

static int index_of(const char *name, size_t len, const char *const *names, int n)
{
    for (int k = 0; k < n; k++)
        if (strlen(names[k]) == len && strncmp(names[k], name, len) == 0)
            return k;
    return -1;
}

int cmdline_parse_assign(const char *opt, const char *spec, const char *const *names, int n,
                         char *seen, int (*set)(int k, const char *value, size_t len, void *ctx),
                         void *ctx)
{
    const char *s = spec;

    if (*s == '\0')
    {
        fprintf(stderr, "%s: expected name=value,..., got an empty list\n", opt);
        return CMDLINE_BAD_INPUT;
    }
    while (1)
    {
        const char *comma = strchr(s, ','), *eq;
        size_t len = comma ? (size_t) (comma - s) : strlen(s);
        int k, st;

        eq = memchr(s, '=', len);
        if (eq == NULL)
        {
            fprintf(stderr, "%s: expected name=value, got '%.*s'\n", opt, (int) len, s);
            return CMDLINE_BAD_INPUT;
        }
        if ((k = index_of(s, (size_t) (eq - s), names, n)) < 0)
        {
            fprintf(stderr, "%s: unknown parameter '%.*s' (known:", opt, (int) (eq - s), s);
            for (k = 0; k < n; k++)
                fprintf(stderr, " %s", names[k]);
            fprintf(stderr, ")\n");
            return CMDLINE_BAD_INPUT;
        }
        if (seen[k])
        {
            fprintf(stderr, "%s: parameter '%s' given twice\n", opt, names[k]);
            return CMDLINE_BAD_INPUT;
        }
        if ((st = set(k, eq + 1, len - (size_t) (eq + 1 - s), ctx)) != 0)
            return st;
        seen[k] = 1;
        if (comma == NULL)
            break;
        s = comma + 1;
    }
    return CMDLINE_OK;
}
