#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "cli.h"
#include "num.h"
#include "dmss.h"

typedef struct
{
    cli_params_t set;
    const char *at, *method;
    double tol, t;
} dmstability_opts_t;

/* The state of --at: relaxed from a seed (steady, -steady) or given. */
static int state(double *x, double *J, double *err, dmss_info_t *info, const char *at,
                 const dmss_opts_t *o, dm_levels_t *lv, dm_ctx_t *c, const bloch_model_t *m)
{
    char msg[256] = "";
    int st;

    if (strcmp(at, "steady") == 0 || strcmp(at, "-steady") == 0)
    {
        if (dmss_seed(x, at[0] == '-' ? -1 : 1, c) != 0)
            return 3;
        st = dmss_relax(x, info, J, o, lv, c, msg, sizeof msg);
        if (st != 0 && msg[0])
            fprintf(stderr, "%s\n", msg);
        if (st != 0)
            fprintf(stderr, "%s dmstability: no stable steady state reached from the %s seed "
                    "within t = %g (|rhs|_2 = %.3g at the end; relaxation tolerance %g, "
                    "Newton tolerance %g)\n", m->name, at[0] == '-' ? "-x" : "+x", o->tcap,
                    info->relax_res, o->relax_tol, o->tol);
        *err = info->jac_err;
        return st == 0 ? 0 : 3;
    }
    if (cli_parse_state(x, "--at", at, m) != 0)
        return 2;
    if (dm_levels_start(lv, x, c) != 0 || dmss_jacobian(J, err, x, lv, c) != 0)
    {
        fprintf(stderr, "%s dmstability: eigensolver failed at --at\n", m->name);
        return 3;
    }
    return 0;
}

static void print(const double *x, const double *J, double err, const dmss_info_t *info,
                  const char *at, const dmstability_opts_t *a, dm_levels_t *lv, dm_ctx_t *c,
                  const bloch_model_t *m)
{
    int n = m->nobs, i, j;
    double *wr = blochgen_malloc(sizeof(double) * 2 * n), *wi = wr + n, gap, freq;
    double res = dmss_residual(x, lv, c);

    dmss_spectrum(wr, wi, &gap, &freq, J, n);
    csv_print_params(stdout, a->set.v, m);
    if (strcmp(at, "steady") == 0 || strcmp(at, "-steady") == 0)
        printf("# state: relaxed from the %s seed for t = %.6g (|rhs|_2 = %.3g), then %d Newton "
               "steps\n", at[0] == '-' ? "-x" : "+x", info->t, info->relax_res,
               info->newton_its);
    else
        printf("# state: --at as given\n");
    printf("# Jacobian of x -> dm_rhs_bloch(x) on the %d Bloch coordinates: central "
           "differences, Richardson-extrapolated (4th order), step per coordinate chosen from "
           "h = %g * 2^-i (i < %d) where two successive extrapolations agree best; estimated "
           "error = their difference\n", n, DMSS_FD_H0, DMSS_FD_STEPS);
    printf("# eigenvalues (re im), slowest first\n");
    for (i = 0; i < n; i++)
        printf("% .17g % .17g\n", wr[i], wi[i]);
    printf("gap %.17g\nfrequency %.17g\njacobian_error %.3g\nresidual %.3g\n%s\n", gap, freq,
           err, res, gap > 0 ? "stable" : "unstable");
    if (info->pos_violated)
        fprintf(stderr, "%s dmstability: warning: positivity violated during the relaxation "
                "(smallest eigenvalue of rho %.3g)\n", m->name, info->min_eig);
    if (res > 1e3 * a->tol)
        fprintf(stderr, "%s dmstability: warning: |rhs|_2 = %.3g at this state: not a steady "
                "state\n", m->name, res);
    printf("# state (info order)\n");
    csv_print_vec(stdout, x, n);
    printf("# jacobian (row i: d(dx_i/dt)/dx_j)\n");
    for (i = 0; i < n; i++)
        for (j = 0; j < n; j++)
            printf("%.17g%c", J[(size_t) i * n + j], j + 1 < n ? ' ' : '\n');
    free(wr);
}

static int dmstability_cmd(const dmstability_opts_t *a, const bloch_model_t *m)
{
    const char *at = a->at ? a->at : "steady";
    int n = m->nobs, st;
    double *x = blochgen_calloc((size_t) n * n + n, sizeof(double)), *J = x + n, err = NAN;
    dmss_opts_t o;
    dmss_info_t info;
    dm_ctx_t c;
    dm_levels_t lv;
    char msg[256];

    dmss_opts_init(&o);
    o.tol = a->tol;
    if (!isnan(a->t))
        o.tcap = a->t;
    if (a->method && !num_ode_method(a->method, NUM_ODE_ONE_STEP))
    {
        fprintf(stderr, "%s dmstability: --method: unknown '%s' (expected one of %s)\n",
                m->name, a->method, num_ode_method_list(NUM_ODE_ONE_STEP));
        free(x);
        return 2;
    }
    if (a->method)
        o.method = a->method;
    if (dm_ctx_init(&c, m, a->set.v, msg, sizeof msg) != DM_OK)
    {
        fprintf(stderr, "%s\n", msg);
        free(x);
        return CMDLINE_BAD_INPUT;
    }
    dm_levels_init(&lv, &c);
    memset(&info, 0, sizeof info);
    st = state(x, J, &err, &info, at, &o, &lv, &c, m);
    if (st == 0)
        print(x, J, err, &info, at, a, &lv, &c, m);
    dm_levels_clear(&lv);
    dm_ctx_clear(&c);
    free(x);
    return st;
}

/* checks of options taken together, then the command */
static int cmd_run(const void *opts, const char *prog, const bloch_model_t *m,
                   const bloch_model_arb_t *arb)
{
    const dmstability_opts_t *a = opts;

    (void) arb;
    if (cli_params_check(&a->set, NULL, NULL, NULL, NULL, prog, m) != 0)
        return CMDLINE_BAD_INPUT;
    return dmstability_cmd(a, m);
}

static const cmdline_opt_t options[] = {
    {NULL, CMDLINE_GROUP, offsetof(dmstability_opts_t, set), .group = cli_opt_set},
    {"--at", CMDLINE_STRING, offsetof(dmstability_opts_t, at), .value = "steady|-steady|v1,...",
     .help = "the state: relaxed from the seed (default steady), or given"},
    {"--t", CMDLINE_NUMBER, offsetof(dmstability_opts_t, t), .value = "TCAP",
     .help = "longest relaxation time", CMDLINE_POSITIVE},
    {"--tol", CMDLINE_NUMBER, offsetof(dmstability_opts_t, tol), .value = "T",
     .help = "the steady-state tolerance", .dflt = "1e-10", CMDLINE_POSITIVE},
    {NULL, CMDLINE_GROUP, offsetof(dmstability_opts_t, method), .group = cli_opt_method},
    {NULL}
};

const cli_cmd_t cli_cmd_dmstability = {
    {"dmstability", "Jacobian of the density-matrix equation (finite differences), gap, omega_slow", options, sizeof(dmstability_opts_t)}, cmd_run, 0};
