/* exact_cmd_transitions.c: `dtfim-exact transitions`: spinodals,
   first-order points (degenerate minima of f, Eq. 16; with --N also of
   f + delta f, Eq. S48), the Maxwell estimate and the critical points
   (f' = f'' = f''' = 0) along hz at fixed hx (Fig. 3a); a list of hx
   values gives one line of hz each.  Doubles. */
#include <stdlib.h>
#include <math.h>
#include "exact_cli.h"

#define MAXPT 256

/* ",x", or "," when x was not found (the minima of f + df_N at a
   first-order-N point that has lost one of them) */
static void print_m(double x)
{
    if (isfinite(x))
        printf(",%.17g", x);
    else
        putchar(',');
}

int exact_cmd_transitions(const exact_args_t *a)
{
    exact_theory_t t;
    exact_point_t pt[MAXPT];
    char *lo, *hi, more[256];
    slong k, n;
    int rc;

    if ((rc = exact_args_theory(&t, a, "transitions", 0, 1))
        || (rc = exact_args_vary(&lo, &hi, &k, a, "transitions", 2001)))
        return rc;
    snprintf(more, sizeof(more), "hz=%s:%s:%ld", lo, hi, (long) k);
    exact_theory_print(stdout, "transitions", &t, more);
    if (a->p.nhx > 1)
    {
        printf("# one line of hz for each hx=");
        for (slong j = 0; j < a->p.nhx; j++)
            printf("%s%s", j ? "," : "", a->p.hx[j]);
        putchar('\n');
    }
    printf("kind,hz,hx,m1,m2\n");
    for (slong j = 0; j < a->p.nhx; j++)
    {
        t.hx = a->p.dhx[j];
        n = exact_transitions(pt, MAXPT, &t, atof(lo), atof(hi), k);
        for (slong i = 0; i < n; i++)
            if (pt[i].kind != EXACT_CRITICAL || j == 0)
            {
                printf("%s,%.17g,%.17g", exact_point_kind_name(pt[i].kind), pt[i].hz, pt[i].hx);
                print_m(pt[i].m1);
                print_m(pt[i].m2);
                putchar('\n');
            }
    }
    free(lo);
    free(hi);
    return 0;
}
