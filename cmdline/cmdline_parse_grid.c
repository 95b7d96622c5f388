/* FROM:TO:COUNT grids of times or frequencies (dtfim-exact correlation,
   blochgen finite --tau). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cmdline.h"

int cmdline_parse_grid(void *field, const char *value, const cmdline_opt_t *opt, void *ctx)
{
    cmdline_grid_t *g = field;
    size_t l1 = strcspn(value, ":"), l2 = value[l1] ? strcspn(value + l1 + 1, ":") : 0;
    const char *k = value[l1] ? value + l1 + 1 + l2 + 1 : value + l1;
    char *end;

    (void) ctx;
    if (value[l1] != ':' || value[l1 + 1 + l2] != ':' || cmdline_parse_number(&g->a, value, l1)
        || cmdline_parse_number(&g->b, value + l1 + 1, l2) || *k < '0' || *k > '9'
        || (g->k = strtol(k, &end, 10), *end != '\0'))
    {
        fprintf(stderr, "%s: expected FROM:TO:COUNT (two numbers and a count), got '%s'\n",
                opt->name, value);
        return CMDLINE_BAD_INPUT;
    }
    if (g->k < 1 || g->k > 10000000 || !(g->a <= g->b) || (g->k == 1 && g->a != g->b))
    {
        fprintf(stderr, "%s: need FROM <= TO and 1 <= COUNT <= 1e7 (COUNT 1 only with "
                "FROM = TO), got '%s'\n", opt->name, value);
        return CMDLINE_BAD_INPUT;
    }
    g->given = 1;
    return 0;
}
