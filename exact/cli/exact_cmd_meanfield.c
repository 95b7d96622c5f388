/* exact_cmd_meanfield.c: `dtfim-exact meanfield`: the mean-field steady
   states (the real roots of the cubic Eq. S53) with the Jacobian
   eigenvalues of the mean-field equations, beside the minima of the
   potential f found directly from f' (Eq. S49), and with --N those of
   f + delta f (Eq. S48).  Doubles, not certified. */
#include "exact_cli.h"

static void state_cols(const exact_theory_t *t, double m)
{
    double s[3];

    exact_meanfield_state(s, t, m);
    printf("%.17g,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g", m, -m, s[0], s[1], s[2],
           exact_potential(t, m) + exact_potential_corr(t, m), exact_potential_d2(t, m));
}

int exact_cmd_meanfield(const exact_args_t *a)
{
    exact_theory_t t, t0;
    double m[3], fm[4], re[3], im[3], s[3];
    int n, nf, rc, glob = 0;

    if ((rc = exact_args_theory(&t, a, "meanfield", 1, 0)))
        return rc;
    t0 = t;
    t0.N = 0;
    exact_theory_update(&t0);
    n = exact_meanfield_roots(m, &t0);
    for (int k = 1; k < n; k++)
        if (exact_potential(&t0, m[k]) < exact_potential(&t0, m[glob]))
            glob = k;
    exact_theory_print(stdout, "meanfield", &t, NULL);
    printf("kind,m,mz,sx,sy,sz,f,d2f,stable,global,re1,im1,re2,im2,re3,im3\n");
    for (int k = 0; k < n; k++)
    {
        exact_meanfield_state(s, &t0, m[k]);
        if (exact_meanfield_eigs(re, im, &t0, s))
            return fprintf(stderr, "dtfim-exact meanfield: GSL could not find the Jacobian eigenvalues\n"),
                   CMDLINE_NO_CONVERGENCE;
        printf("root,");
        state_cols(&t0, m[k]);
        printf(",%d,%d", re[0] < 0, k == glob);
        for (int i = 0; i < 3; i++)
            printf(",%.17g,%.17g", re[i], im[i]);
        putchar('\n');
    }
    nf = exact_potential_minima(fm, 4, &t0);
    for (int k = 0; k < nf; k++)
    {
        printf("fmin,");
        state_cols(&t0, fm[k]);
        printf(",,,,,,,,\n");
    }
    if (t.N > 0)
    {
        nf = exact_potential_minima(fm, 4, &t);
        for (int k = 0; k < nf; k++)
        {
            printf("fmin-N,");
            state_cols(&t, fm[k]);
            printf(",,,,,,,,\n");
        }
    }
    return 0;
}
