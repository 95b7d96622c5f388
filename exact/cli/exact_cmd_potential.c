/* exact_cmd_potential.c: `dtfim-exact potential`: the large-N potential
   f(m) of Eq. 16 on a grid of m, its derivatives (Eq. S49) and, with --N,
   the 1/N correction of Eq. S48.  Doubles, not certified. */
#include <stddef.h>
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

typedef struct
{
    exact_theory_opts_t th;
    long grid;
} potential_opts_t;

static const cmdline_opt_t potential_opts[] = {
    {NULL, CMDLINE_GROUP, offsetof(potential_opts_t, th), .group = exact_theory_opts},
    {"--grid", CMDLINE_INTEGER, offsetof(potential_opts_t, grid), .value = "M",
     .help = "grid of m", .dflt = "200", .min = 2, .max = 10000000},
    {NULL}
};

static int potential(const exact_theory_t *t, long M)
{
    double v[5];
    int nc;

    /* every value is checked before the first is printed (then computed
       again: cheaper than keeping 10^7 rows) */
    for (long k = 1; k < M; k++)
    {
        double m = (double) k / M;
        nc = row(v, t, m);
        for (int c = 0; c < nc; c++)
            if (!isfinite(v[c]))
            {
                fprintf(stderr, "dtfim-exact potential: %s(m = %.17g) = %g is not resolved in doubles at these "
                        "parameters; nothing printed\n", column[c], m, v[c]);
                return CMDLINE_NO_CONVERGENCE;
            }
    }
    printf(t->N > 0 ? "m,f,df,d2f,df_N,f_N\n" : "m,f,df,d2f\n");
    exact_theory_print(stdout, "potential", t, NULL);
    for (long k = 1; k < M; k++)
    {
        double m = (double) k / M;
        nc = row(v, t, m);
        printf("%.17g", m);
        for (int c = 0; c < nc; c++)
            printf(",%.17g", v[c]);
        putchar('\n');
    }
    return 0;
}

static int run(const void *opts)
{
    const potential_opts_t *o = opts;
    exact_theory_t t;
    exact_model_t m;
    int rc = exact_args_theory(&t, &m, &o->th, "potential", 1, 0);

    if (rc == 0)
        rc = potential(&t, o->grid);
    exact_model_clear(&m);
    return rc;
}

const exact_cmd_t exact_cmd_potential = {
    {"potential",
     "CSV m,f,df,d2f[,df_N,f_N]: the large-N potential f(m) of Eq. 16 (f(0) = 0), f', f''\n"
     "(Eq. S49) on m = k/M, k = 1..M-1; with --N the 1/N correction df_N of Eq. S48 and\n"
     "f_N = f + df_N.  Doubles, not certified.\n"
     "Needs --Jbar (or --J with --N: Jbar = N J), --hz, one --hx, --gamma > 0; --Gamma\n"
     "with --N gives Gbar = N Gamma; --N adds the 1/N correction (r-bar then uses\n"
     "gamma + Gbar/N).",
     potential_opts, sizeof(potential_opts_t)},
    run};
