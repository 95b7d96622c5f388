#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "cli.h"
#include "stab.h"
#include "steady.h"

typedef struct
{
    cli_params_t set;
    const char *at;
    int certify;
} stability_opts_t;

static const char *sector_name(int s)
{
    return s == STAB_EVEN ? "even" : s == STAB_ODD ? "odd" : "mixed";
}

/* The conserved quantities with a nonzero gradient at the steady state
   x: each gives the Jacobian a zero eigenvalue (grad C . J = 0 where
   dx/dt = 0), which explains a marginal verdict. */
static void print_conserved(const double *x, const double *p, const bloch_model_t *m)
{
    double *c, *grad;
    int k, v, j = 0;

    if (m->nconserved <= 0 || m->conserved_eval == NULL)
        return;
    c = blochgen_calloc(m->nconserved, sizeof(double));
    grad = blochgen_calloc((size_t) m->nconserved * m->nobs, sizeof(double));
    m->conserved_eval(c, grad, x, p);
    for (k = 0; k < m->nconserved; k++)
    {
        for (v = 0; v < m->nobs && grad[k * m->nobs + v] == 0.0; v++)
            ;
        if (v < m->nobs)
            printf("%sC%d = %s", j++ ? "; " : "; conserved: ", k + 1, m->conserved[k]);
    }
    free(c);
    free(grad);
}

static int certify(const stability_opts_t *a, const bloch_model_t *m,
                   const bloch_model_arb_t *arb)
{
    double lo, hi;
    int v = stab_certify(&lo, &hi, a->set.v, m, arb);

    if (v == STAB_STABLE)
        printf("certified: stable (gap in [%.6g, %.6g])\n", lo, hi);
    else if (v == STAB_UNSTABLE)
        printf("certified: unstable (gap in [%.6g, %.6g])\n", lo, hi);
    else if (isnan(lo))
        printf("certified: undecided (no closed form: the symmetric state is not certified; "
               "Krawczyk's test on the even sector failed at every precision)\n");
    else if (isfinite(lo) && isfinite(hi))
        printf("certified: undecided (gap in [%.6g, %.6g]: the eigenvalue enclosures do not "
               "separate from the imaginary axis)\n", lo, hi);
    else
        printf("certified: undecided (the eigenvalues could not be enclosed in ball "
               "arithmetic)\n");
    return 0;
}

static int stability_cmd(const stability_opts_t *a, const bloch_model_t *m,
                         const bloch_model_arb_t *arb)
{
    const char *at = a->at ? a->at : (m->symmetry ? "symmetric" : NULL);
    double *x = blochgen_calloc(m->nobs, sizeof(double));
    stab_spectrum_t s;
    double lam;
    int st, k;

    if (at == NULL)
    {
        fprintf(stderr, "%s stability: the model declares no symmetry, so it has no symmetric "
                "state; give --at v1,... (e.g. from `%s steady`)\n", m->name, m->name);
        free(x);
        return 2;
    }
    if (a->certify && strcmp(at, "symmetric") != 0)
    {
        fprintf(stderr, "%s stability: --certify works at the symmetric state only (--at "
                "symmetric)\n", m->name);
        free(x);
        return 2;
    }
    if ((st = cli_state_from_spec(x, "--at", at, 1, a->set.v, m)) != 0)
    {
        free(x);
        return st;
    }
    stab_spectrum_init(&s, m);
    if (stab_spectrum(&s, x, a->set.v, m) != 0)
    {
        fprintf(stderr, "%s stability: LAPACK dgeev failed\n", m->name);
        st = 3;
    }
    else
    {
        csv_print_params(stdout, a->set.v, m);
        printf("# eigenvalues of the Jacobian (re im sector), slowest first\n");
        for (k = 0; k < s.n; k++)
            printf("% .17g % .17g %s\n", s.wr[k], s.wi[k], sector_name(s.sector[k]));
        /* + 0.0: a zero gap prints as 0, not -0 */
        printf("gap %.17g\nfrequency %.17g\nsector %s\n", s.gap + 0.0, s.freq,
               sector_name(s.slow_sector));
        if (cli_physical(&lam, x, a->set.v, m) == 0)
            printf("unphysical (rho has the eigenvalue %.3g < 0: the state is no density "
                   "matrix, and its stability is no physical verdict)\n", lam);
        else if (s.verdict == STAB_MARGINAL)
        {
            printf("marginal (the leading real part is zero to within %.3g, the resolution "
                   "of double-precision eigenvalues here", s.tol);
            print_conserved(x, a->set.v, m);
            printf(")\n");
        }
        else
            printf("%s\n", stab_verdict_name(s.verdict));
        if (a->certify)
            st = certify(a, m, arb);
    }
    stab_spectrum_clear(&s);
    free(x);
    return st;
}

/* checks of options taken together, then the command */
static int cmd_run(const void *opts, const char *prog, const bloch_model_t *m,
                   const bloch_model_arb_t *arb)
{
    const stability_opts_t *a = opts;

    if (cli_params_check(&a->set, NULL, NULL, NULL, NULL, prog, m) != 0)
        return CMDLINE_BAD_INPUT;
    return stability_cmd(a, m, arb);
}

static const cmdline_opt_t options[] = {
    {NULL, CMDLINE_GROUP, offsetof(stability_opts_t, set), .group = cli_opt_set},
    {"--at", CMDLINE_STRING, offsetof(stability_opts_t, at), .value = "symmetric|v1,...",
     .help = "the steady state (default: the symmetric state, closed-form or numerical)"},
    {"--certify", CMDLINE_FLAG, offsetof(stability_opts_t, certify),
     .help = "decide stable/unstable in ball arithmetic (Arb), at the symmetric state"},
    {NULL}
};

const cli_cmd_t cli_cmd_stability = {
    {"stability", "Jacobian eigenvalues, stability gap and slowest mode at a steady state", options, sizeof(stability_opts_t)}, cmd_run, 1};
