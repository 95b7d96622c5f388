/* exact_args_pair.c: --sites i,j of the two-site commands (xx, yy, g2). */
#include <stdlib.h>
#include "exact_cli.h"

int exact_args_pair(slong *i, slong *j, const exact_model_t *m, const char *list, const char *cmd)
{
    char *e1, *e2;
    long x, y;

    if (m->have_cluster)
    {
        fprintf(stderr, "dtfim-exact %s: --plus/--minus do not apply; give the two sites with --sites i,j\n", cmd);
        return CMDLINE_BAD_INPUT;
    }
    if (m->p.N < 2)
    {
        fprintf(stderr, "dtfim-exact %s: --N must be at least 2 for a two-site correlation\n", cmd);
        return CMDLINE_BAD_INPUT;
    }
    if (list == NULL)
        return *i = 0, *j = 1, 0;
    x = strtol(list, &e1, 10);
    if (e1 == list || *e1 != ',' || (y = strtol(e1 + 1, &e2, 10), e2 == e1 + 1) || *e2 != '\0'
        || x < 1 || x > m->p.N || y < 1 || y > m->p.N || x == y)
    {
        fprintf(stderr, "dtfim-exact %s: --sites: expected two different 1-based sites i,j in 1..%ld, got '%s'\n",
                cmd, (long) m->p.N, list);
        return CMDLINE_BAD_INPUT;
    }
    /* both observables are symmetric in i, j: report the pair as i < j */
    *i = (x < y ? x : y) - 1;
    *j = (x < y ? y : x) - 1;
    return 0;
}
