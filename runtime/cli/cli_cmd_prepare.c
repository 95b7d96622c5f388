#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "alloc.h"
#include "cli.h"
#include "num.h"
#include "equil.h"

typedef struct
{
    cli_params_t set;
    const char *method;
    double epsilon, t, tol;
} prepare_opts_t;

/* The lowest-F solution nearest to x: its index, distances and whether
   the nearest solution of all is a lowest one.  0 or the exit status. */
static int nearest(int *best, double *td, double *inf, int *nearest_lowest, const double *x,
                   const equil_sols_t *S, equil_ctx_t *q)
{
    double dmin = INFINITY, dall = INFINITY;
    int k;

    *best = -1;
    *nearest_lowest = 0;
    for (k = 0; k < S->n; k++)
    {
        double t, f;
        if (equil_distance(&t, &f, x, S->s[k].x, &q->dm) != 0)
            return 3;
        if (S->s[k].lowest && t < dmin)
            dmin = t, *best = k, *td = t, *inf = f;
        if (t < dall)
            dall = t, *nearest_lowest = S->s[k].lowest;
    }
    return *best >= 0 ? 0 : 3;
}

static void report(const double *x, const equil_prep_t *pr, double g_eps, const equil_sols_t *S,
                   int best, double td, double inf, int nl, const prepare_opts_t *a,
                   const equil_ctx_t *q, const bloch_model_t *m)
{
    int k;

    csv_print_params(stdout, a->set.v, m);
    printf("# relaxed from the ansatz (A1-A3) with epsilon=%.17g, level pairs at equal rates, "
           "until t = %.17g (%ld steps, %s): the last interval 1/g changed the state by %.3g; "
           "then Newton on the mean fields %s; |dx/dt| = %.3g\n", g_eps, pr->t, pr->st.steps,
           pr->method ? pr->method : "rk8pd", pr->change,
           pr->polished ? "(the self-consistent Gibbs state)" : "did not apply (relaxed state kept)",
           pr->dxdt);
    printf("# positivity: smallest eigenvalue of rho along the run %.3g%s\n", pr->st.min_eig,
           pr->st.pos_violated ? " (VIOLATED)" : "");
    for (k = 0; k < m->nobs; k++)
        printf("%-12s % .17g\n", m->observables[k], x[k]);
    printf("# fields:");
    for (k = 0; k < q->nf; k++)
        printf(" %s=%.17g", m->observables[q->field[k]], x[q->field[k]]);
    printf("\n# distance to the lowest-free-energy Gibbs state (`equilibrium` solution %d of "
           "%d): trace distance %.3g, 1 - fidelity %.3g\n", best, S->n, td, inf);
    if (!nl)
        printf("# note: the nearest self-consistent solution is NOT a lowest-free-energy one\n");
}

static int prepare_cmd(const prepare_opts_t *a, const bloch_model_t *m)
{
    double *x = blochgen_calloc(m->nobs + 1, sizeof(double)), td = NAN, inf = NAN;
    equil_prep_t pr;
    equil_ctx_t q;
    equil_sols_t S;
    char msg[768];
    int st, best = -1, nl = 0;

    equil_prep_init(&pr);
    pr.method = a->method;
    pr.tol = a->tol;
    if (!isnan(a->t))
        pr.tmax = a->t;
    if (a->method && !num_ode_method(a->method, NUM_ODE_ONE_STEP))
    {
        fprintf(stderr, "%s prepare: --method: unknown method '%s' (known: %s)\n", m->name,
                a->method, num_ode_method_list(NUM_ODE_ONE_STEP));
        free(x);
        return 2;
    }
    if ((st = equil_prepare_run(x, &pr, a->set.v, a->epsilon, m, msg, sizeof msg)) != EQUIL_OK)
    {
        fprintf(stderr, "%s\n", msg);
        free(x);
        return st == EQUIL_BAD_INPUT ? CMDLINE_BAD_INPUT : CMDLINE_NO_CONVERGENCE;
    }
    if (equil_ctx_init(&q, m, a->set.v, msg, sizeof msg) != EQUIL_OK)
    {
        fprintf(stderr, "%s\n", msg);
        free(x);
        return CMDLINE_BAD_INPUT;
    }
    equil_sols_init(&S);
    if ((st = equil_solve(&S, &q)) != 0)
        fprintf(stderr, "%s prepare: the equilibrium solver did not converge from %d seeds\n",
                m->name, S.failed);
    else if ((st = nearest(&best, &td, &inf, &nl, x, &S, &q)) != 0)
        fprintf(stderr, "%s prepare: no distance to the equilibrium\n", m->name);
    else
        report(x, &pr, a->epsilon, &S, best, td, inf, nl, a, &q, m);
    if (st == 0 && pr.st.pos_violated)
        fprintf(stderr, "%s prepare: positivity violated along the relaxation (smallest "
                "eigenvalue %.3g at t = %g)\n", m->name, pr.st.min_eig, pr.st.t_min_eig);
    equil_sols_clear(&S);
    equil_ctx_clear(&q);
    free(x);
    return st == 0 ? 0 : 3;
}

/* checks of options taken together, then the command */
static int cmd_run(const void *opts, const char *prog, const bloch_model_t *m,
                   const bloch_model_arb_t *arb)
{
    const prepare_opts_t *a = opts;

    (void) arb;
    if (cli_params_check(&a->set, NULL, NULL, NULL, NULL, prog, m) != 0)
        return CMDLINE_BAD_INPUT;
    return prepare_cmd(a, m);
}

static const cmdline_opt_t options[] = {
    {NULL, CMDLINE_GROUP, offsetof(prepare_opts_t, set), .group = cli_opt_set},
    {"--epsilon", CMDLINE_NUMBER, offsetof(prepare_opts_t, epsilon), .value = "E",
     .help = "symmetry-breaking seed of the initial state", .dflt = "1e-3"},
    {"--t", CMDLINE_NUMBER, offsetof(prepare_opts_t, t), .value = "TMAX",
     .help = "longest relaxation time", CMDLINE_POSITIVE},
    {"--tol", CMDLINE_NUMBER, offsetof(prepare_opts_t, tol), .value = "T",
     .help = "the relaxation tolerance", .dflt = "1e-10", CMDLINE_POSITIVE},
    {NULL, CMDLINE_GROUP, offsetof(prepare_opts_t, method), .group = cli_opt_method},
    {NULL}
};

const cli_cmd_t cli_cmd_prepare = {
    {"prepare", "the thermal state by dissipative relaxation from the seeded ansatz (Appendix A), "
     "and its distance to the equilibrium", options, sizeof(prepare_opts_t)}, cmd_run, 0};
