/* exact_cmd_potential.c: `dtfim-exact potential`: the large-N potential
   f(m) of Eq. 16 on a grid of m, its derivatives (Eq. S49) and, with --N,
   the 1/N correction of Eq. S48.  Doubles, not certified. */
#include <stdlib.h>
#include <math.h>
#include "exact_cli.h"

static const char *const column[] = {"f", "df", "d2f", "df_N", "f_N"};

/* The columns after m at m; returns their number (3, or 5 with N). */
static int row(double v[5], const exact_theory_t *t, double m)
{
    v[0] = exact_potential(t, m);
    v[1] = exact_potential_d1(t, m);
    v[2] = exact_potential_d2(t, m);
    if (t->N <= 0)
        return 3;
    v[3] = exact_potential_corr(t, m);
    v[4] = v[0] + v[3];
    return 5;
}

int exact_cmd_potential(const exact_args_t *a)
{
    exact_theory_t t;
    const char *g = exact_args_get(a, "grid");
    char *end;
    long M = 200;
    double v[5];
    int rc, nc;

    if ((rc = exact_args_theory(&t, a, "potential", 1, 0)))
        return rc;
    if (g && ((M = strtol(g, &end, 10)) < 2 || *g == '\0' || *end != '\0' || M > 10000000))
        return fprintf(stderr, "dtfim-exact potential: --grid: expected an integer in 2..10000000, got '%s'\n", g),
               CMDLINE_BAD_INPUT;
    /* every value is checked before the first is printed (then computed
       again: cheaper than keeping 10^7 rows) */
    for (long k = 1; k < M; k++)
    {
        double m = (double) k / M;
        nc = row(v, &t, m);
        for (int c = 0; c < nc; c++)
            if (!isfinite(v[c]))
            {
                fprintf(stderr, "dtfim-exact potential: %s(m = %.17g) = %g is not resolved in doubles at these "
                        "parameters; nothing printed\n", column[c], m, v[c]);
                return CMDLINE_NO_CONVERGENCE;
            }
    }
    exact_theory_print(stdout, "potential", &t, NULL);
    printf(t.N > 0 ? "m,f,df,d2f,df_N,f_N\n" : "m,f,df,d2f\n");
    for (long k = 1; k < M; k++)
    {
        double m = (double) k / M;
        nc = row(v, &t, m);
        printf("%.17g", m);
        for (int c = 0; c < nc; c++)
            printf(",%.17g", v[c]);
        putchar('\n');
    }
    return 0;
}
