/* NUMBER,NUMBER,... lists (blochgen finite and bin/<model> finite --init). */
#include <stdio.h>
#include <string.h>
#include "cmdline.h"

int cmdline_parse_list(void *field, const char *value, const cmdline_opt_t *opt, void *ctx)
{
    cmdline_list_t *l = field;
    const char *p = value;

    (void) ctx;
    for (l->n = 0;; l->n++)
    {
        size_t len = strcspn(p, ",");
        int st;
        if (l->n == CMDLINE_LIST_MAX)
        {
            fprintf(stderr, "%s: more than %d numbers in '%s'\n", opt->name, CMDLINE_LIST_MAX,
                    value);
            return CMDLINE_BAD_INPUT;
        }
        if ((st = cmdline_parse_number(l->v + l->n, p, len)) != CMDLINE_NUMBER_OK)
        {
            fprintf(stderr, "%s: number %d of '%s', '%.*s', %s\n", opt->name, l->n + 1, value,
                    (int) len, p, cmdline_number_error(st));
            return CMDLINE_BAD_INPUT;
        }
        if (p[len] == '\0')
            break;
        p += len + 1;
    }
    l->n++;
    l->given = 1;
    return 0;
}
