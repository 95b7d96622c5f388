/* exact_cmd_potential.c: `dtfim-exact potential`: the large-N potential
   f(m) of Eq. 16 on a grid of m, its derivatives (Eq. S49) and, with --N,
   the 1/N correction of Eq. S48.  Doubles, not certified. */
#include <stdlib.h>
#include "exact_cli.h"

int exact_cmd_potential(const exact_args_t *a)
{
    exact_theory_t t;
    const char *g = exact_args_get(a, "grid");
    char *end;
    long M = 200;
    int rc;

    if ((rc = exact_args_theory(&t, a, "potential", 1, 0)))
        return rc;
    if (g && ((M = strtol(g, &end, 10)) < 2 || *g == '\0' || *end != '\0' || M > 10000000))
        return fprintf(stderr, "dtfim-exact potential: --grid: expected an integer in 2..10000000, got '%s'\n", g),
               CMDLINE_BAD_INPUT;
    exact_theory_print(stdout, "potential", &t, NULL);
    printf(t.N > 0 ? "m,f,df,d2f,df_N,f_N\n" : "m,f,df,d2f\n");
    for (long k = 1; k < M; k++)
    {
        double m = (double) k / M, f = exact_potential(&t, m);
        printf("%.17g,%.17g,%.17g,%.17g", m, f, exact_potential_d1(&t, m), exact_potential_d2(&t, m));
        if (t.N > 0)
        {
            double d = exact_potential_corr(&t, m);
            printf(",%.17g,%.17g", d, f + d);
        }
        putchar('\n');
    }
    return 0;
}
