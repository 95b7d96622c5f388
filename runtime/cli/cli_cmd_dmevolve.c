/* dmevolve: time evolution of the cluster's density matrix (runtime/dm/),
   with every dissipator of the model, the eigenbasis thermal one included. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "cli.h"
#include "num.h"
#include "cmdline.h"
#include "dm.h"

typedef struct
{
    cli_params_t set;
    const char *init, *method, *out;
    double t, every, tol;
    long max_rows;
} dmevolve_opts_t;

typedef struct
{
    const bloch_model_t *m;
    dm_ctx_t *c;
    FILE *f;
} row_ctx_t;

static int write_row(double t, const double *x, const dm_cplx *rho, void *data)
{
    row_ctx_t *r = data;
    dm_check_t chk;
    int k;

    if (dm_check(&chk, rho, r->c) != 0)
        chk.purity = chk.min_eig = NAN;
    fprintf(r->f, "%.17g", t);
    for (k = 0; k < r->m->nobs; k++)
        fprintf(r->f, ",%.17g", x[k]);
    fprintf(r->f, ",%.17g,%.17g\n", chk.purity, chk.min_eig);
    return 0;
}

/* Gibbs state of H_MF at x = 0 at the bath temperature. */
static int thermal_state(double *x, const dmevolve_opts_t *a, const bloch_model_t *m, dm_ctx_t *c)
{
    double T;

    if (m->thermal_param < 0)
    {
        fprintf(stderr, "%s dmevolve: --init thermal needs a 'thermal T' statement in the "
                "model (it names the temperature parameter)\n", m->name);
        return 2;
    }
    T = a->set.v[m->thermal_param];
    if (!(T > 0))
    {
        fprintf(stderr, "%s dmevolve: --init thermal needs %s > 0, got %g\n", m->name,
                m->params[m->thermal_param], T);
        return 2;
    }
    memset(x, 0, m->nobs * sizeof(double));
    dm_hamiltonian(c->H, x, c);
    if (dm_gibbs(c->rho, c->H, T, c) != 0)
    {
        fprintf(stderr, "%s dmevolve: eigensolver failed on H_MF\n", m->name);
        return 3;
    }
    dm_to_bloch(x, c->rho, c);
    return 0;
}

static int initial_state(double *x, const dmevolve_opts_t *a, const bloch_model_t *m, dm_ctx_t *c)
{
    dm_check_t chk;
    int st = 0;

    if (a->init == NULL)
        memset(x, 0, m->nobs * sizeof(double));
    else if (strcmp(a->init, "thermal") == 0)
        st = thermal_state(x, a, m, c);
    else if (m->dm_only && (strcmp(a->init, "symmetric") == 0 ||
                            strcmp(a->init, "broken") == 0 || strcmp(a->init, "-broken") == 0))
    {
        fprintf(stderr, "%s dmevolve: --init %s comes from the Bloch equations, which omit "
                "this model's thermal dissipator (expected thermal or v1,...)\n", m->name,
                a->init);
        st = 2;
    }
    else
        st = cli_state_from_spec(x, "--init", a->init, 1, a->set.v, m);
    if (st != 0)
        return st;
    dm_from_bloch(c->rho, x, c);
    if (dm_check(&chk, c->rho, c) != 0 || chk.min_eig < -DM_POS_TOL)
    {
        fprintf(stderr, "%s dmevolve: --init is not a density matrix: its smallest eigenvalue "
                "is %g\n", m->name, chk.min_eig);
        return 2;
    }
    return 0;
}

static void header(FILE *f, const char *method, double tol, const dmevolve_opts_t *a,
                   const bloch_model_t *m)
{
    int k;

    fprintf(f, "t");
    for (k = 0; k < m->nobs; k++)
        fprintf(f, ",%s", m->observables[k]);
    fprintf(f, ",purity,min_eig\n");
    csv_print_params(f, a->set.v, m);
    fprintf(f, "# engine=density matrix, method=%s, tol=%g, init=%s\n", method, tol,
            a->init ? a->init : "zero (maximally mixed)");
}

/* What the monitor saw; 3 when positivity was violated. */
static int report(const dm_stats_t *st, const bloch_model_t *m)
{
    if (st->min_overlap < 0.5)
        fprintf(stderr, "%s dmevolve: warning: level tracking was ambiguous (eigenvector "
                "overlap %.3g < 1/2 across one step): a crossing was passed in one step; "
                "a smaller --tol resolves it\n", m->name, st->min_overlap);
    if (st->pos_violated)
    {
        fprintf(stderr, "%s dmevolve: positivity violated: rho has eigenvalue %.3g < -%g "
                "(first at t = %.10g; smallest at t = %.10g).  The rows are written; the "
                "model or --tol is at fault\n", m->name, st->min_eig, st->pos_tol,
                st->t_violated, st->t_min_eig);
        return 3;
    }
    return 0;
}

static int dmevolve_cmd(const dmevolve_opts_t *a, const bloch_model_t *m)
{
    const char *method = a->method ? a->method : "rk8pd";
    double tol = a->tol;
    double *x = blochgen_calloc(m->nobs + 1, sizeof(double));
    dm_ctx_t c;
    dm_levels_t lv;
    dm_stats_t st;
    row_ctx_t rc;
    cmdline_out_t out;
    FILE *f;
    char msg[256];
    int status, r, w;

    if (!num_ode_method(method, NUM_ODE_ONE_STEP) || tol < 1e-15)
    {
        if (!num_ode_method(method, NUM_ODE_ONE_STEP))
            fprintf(stderr, "%s dmevolve: unknown --method '%s' (known: %s)\n", m->name,
                    method, num_ode_method_list(NUM_ODE_ONE_STEP));
        else
            fprintf(stderr, "%s dmevolve: --tol %g is below double-precision rounding (give "
                    ">= 1e-15)\n", m->name, tol);
        free(x);
        return 2;
    }
    if (dm_ctx_init(&c, m, a->set.v, msg, sizeof msg) != DM_OK)
    {
        fprintf(stderr, "%s\n", msg);
        free(x);
        return CMDLINE_BAD_INPUT;
    }
    dm_levels_init(&lv, &c);
    dm_stats_init(&st);
    status = initial_state(x, a, m, &c);
    if (status == 0 && dm_levels_start(&lv, x, &c) != 0)
        status = 3;
    if (status == 0)
        status = cmdline_out_open(&out, a->out);
    if (status == 0)
    {
        f = out.f;
        header(f, method, tol, a, m);
        rc.m = m, rc.c = &c, rc.f = f;
        r = dm_evolve(x, 0, a->t, a->every > 0 ? a->every : 0, method, tol, write_row, &rc,
                      &st, &lv, &c, msg, sizeof msg);
        if (r == DM_FAILED)
            fprintf(stderr, "%s\n", msg);
        status = r == DM_OK ? CMDLINE_OK : CMDLINE_NO_CONVERGENCE;
        if ((w = cmdline_out_close(&out, r == 0)) != 0 && status == 0)
            status = w;
        if (status == 0)
            status = report(&st, m);
    }
    dm_levels_clear(&lv);
    dm_ctx_clear(&c);
    free(x);
    return status;
}

/* checks of options taken together, then the command */
static int cmd_run(const void *opts, const char *prog, const bloch_model_t *m,
                   const bloch_model_arb_t *arb)
{
    const dmevolve_opts_t *a = opts;

    (void) arb;
    if (cli_params_check(&a->set, NULL, NULL, NULL, NULL, prog, m) != 0 ||
        cli_rows_check(a->t, a->every, a->max_rows, prog) != 0)
        return CMDLINE_BAD_INPUT;
    return dmevolve_cmd(a, m);
}

static const cmdline_opt_t options[] = {
    {NULL, CMDLINE_GROUP, offsetof(dmevolve_opts_t, set), .group = cli_opt_set},
    {"--t", CMDLINE_NUMBER, offsetof(dmevolve_opts_t, t), .flags = CMDLINE_REQUIRED, .value = "T",
     .help = "evolve from time 0 to T", CMDLINE_POSITIVE},
    {"--init", CMDLINE_STRING, offsetof(dmevolve_opts_t, init), .value = "symmetric|thermal|v1,...",
     .help = "the initial state"},
    {"--every", CMDLINE_NUMBER, offsetof(dmevolve_opts_t, every), .value = "DT",
     .help = "a row every DT (default: rows at t = 0 and T only)", CMDLINE_POSITIVE},
    {NULL, CMDLINE_GROUP, offsetof(dmevolve_opts_t, method), .group = cli_opt_method},
    {"--tol", CMDLINE_NUMBER, offsetof(dmevolve_opts_t, tol), .value = "T",
     .help = "the integrator's error tolerance per step", .dflt = "1e-10", CMDLINE_POSITIVE},
    {NULL, CMDLINE_GROUP, offsetof(dmevolve_opts_t, out), .group = cli_opt_out},
    {NULL, CMDLINE_GROUP, offsetof(dmevolve_opts_t, max_rows), .group = cli_opt_max_rows},
    {NULL}
};

const cli_cmd_t cli_cmd_dmevolve = {
    {"dmevolve", "time evolution of the density matrix (every dissipator), CSV with purity, min "
     "eigenvalue", options, sizeof(dmevolve_opts_t)}, cmd_run, 0};
