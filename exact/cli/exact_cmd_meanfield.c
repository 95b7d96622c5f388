/* exact_cmd_meanfield.c: `dtfim-exact meanfield`: the mean-field steady
   states (the real roots of the cubic Eq. S53) with the Jacobian
   eigenvalues of the mean-field equations, beside the minima of the
   potential f found directly from f' (Eq. S49), and with --N those of
   f + delta f (Eq. S48).  Doubles, not certified; every row is computed
   and checked before anything is printed. */
#include <math.h>
#include "exact_cli.h"

static const char *const column[] = {"m", "mz", "sx", "sy", "sz", "f", "d2f", "stable", "global",
                                     "re1", "im1", "re2", "im2", "re3", "im3"};
#define NCOL 15

typedef struct
{
    const char *kind;
    double v[NCOL];
    int n;              /* columns filled (the rest are empty) */
} mf_row_t;

/* The columns m..d2f of the state m (f + delta f at the N of t). */
static void state_cols(mf_row_t *r, const char *kind, const exact_theory_t *t, double m)
{
    double s[3];

    exact_meanfield_state(s, t, m);
    r->kind = kind;
    r->v[0] = m;
    r->v[1] = -m;
    r->v[2] = s[0];
    r->v[3] = s[1];
    r->v[4] = s[2];
    r->v[5] = exact_potential(t, m) + exact_potential_corr(t, m);
    r->v[6] = exact_potential_d2(t, m);
    r->n = 7;
}

static int meanfield(const exact_theory_t *t)
{
    exact_theory_t t0;
    double m[3], fm[4], re[3], im[3], s[3];
    mf_row_t row[3 + 4 + 4];
    int n, nf, nr = 0, glob = 0;

    t0 = *t;
    t0.N = 0;
    exact_theory_update(&t0);
    n = exact_meanfield_roots(m, &t0);
    for (int k = 1; k < n; k++)
        if (exact_potential(&t0, m[k]) < exact_potential(&t0, m[glob]))
            glob = k;
    for (int k = 0; k < n; k++)
    {
        mf_row_t *r = row + nr++;
        exact_meanfield_state(s, &t0, m[k]);
        if (exact_meanfield_eigs(re, im, &t0, s))
            return fprintf(stderr, "dtfim-exact meanfield: GSL could not find the Jacobian eigenvalues\n"),
                   CMDLINE_NO_CONVERGENCE;
        state_cols(r, "root", &t0, m[k]);
        r->v[7] = re[0] < 0;
        r->v[8] = k == glob;
        for (int i = 0; i < 3; i++)
            r->v[9 + 2 * i] = re[i], r->v[10 + 2 * i] = im[i];
        r->n = NCOL;
    }
    nf = exact_potential_minima(fm, 4, &t0);
    for (int k = 0; k < nf; k++)
        state_cols(row + nr++, "fmin", &t0, fm[k]);
    if (t->N > 0)
    {
        nf = exact_potential_minima(fm, 4, t);
        for (int k = 0; k < nf; k++)
            state_cols(row + nr++, "fmin-N", t, fm[k]);
    }
    for (int i = 0; i < nr; i++)
        for (int c = 0; c < row[i].n; c++)
            if (!isfinite(row[i].v[c]))
            {
                fprintf(stderr, "dtfim-exact meanfield: %s of the %s at m = %.17g is %g: not resolved in doubles "
                        "at these parameters; nothing printed\n", column[c], row[i].kind, row[i].v[0], row[i].v[c]);
                return CMDLINE_NO_CONVERGENCE;
            }
    printf("kind,m,mz,sx,sy,sz,f,d2f,stable,global,re1,im1,re2,im2,re3,im3\n");
    exact_theory_print(stdout, "meanfield", t, NULL);
    for (int i = 0; i < nr; i++)
    {
        fputs(row[i].kind, stdout);
        for (int c = 0; c < NCOL; c++)
            if (c >= row[i].n)
                putchar(',');
            else if (c == 7 || c == 8)
                printf(",%d", (int) row[i].v[c]);
            else
                printf(",%.17g", row[i].v[c]);
        putchar('\n');
    }
    return 0;
}

static int run(const void *opts)
{
    exact_theory_t t;
    exact_model_t m;
    int rc = exact_args_theory(&t, &m, opts, "meanfield", 1, 0);

    if (rc == 0)
        rc = meanfield(&t);
    exact_model_clear(&m);
    return rc;
}

/* the large-N options alone */
const exact_cmd_t exact_cmd_meanfield = {
    {"meanfield",
     "CSV: the mean-field states (kind root: the real roots of the cubic Eq. S53, their Bloch\n"
     "vector, f, f'', stable = all Jacobian eigenvalues with Re < 0, global = deepest f, the\n"
     "eigenvalues) beside the minima of f found from f' (kind fmin; fmin-N: of f + df_N).\n"
     "Needs --Jbar (or --J with --N: Jbar = N J), --hz, one --hx, --gamma > 0; --Gamma\n"
     "with --N gives Gbar = N Gamma; --N adds the minima of f + df_N (Eq. S48).",
     exact_theory_opts, sizeof(exact_theory_opts_t)},
    run};
