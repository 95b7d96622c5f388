#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "cli.h"
#include "num.h"
#include "cmdline.h"
#include "dm.h"
#include "quench.h"

typedef struct
{
    cli_params_t set, from, to;
    const char *init, *method, *out;
    double t, every, epsilon, tol;
    long max_rows;
} quench_opts_t;

typedef struct
{
    FILE *f;
    double gamma;
} rows_t;

static int write_row(const quench_row_t *r, void *data)
{
    rows_t *w = data;

    fprintf(w->f, "%.15g,%.15g,%.15g,%.15g,%.15g,%.15g,%.15g,%.15g,%.15g\n", r->t,
            w->gamma > 0 ? r->t * w->gamma : NAN, r->mx1, r->mx2, r->O, r->purity, r->F, r->rate + 0.0,
            r->conc);
    return 0;
}

/* "# from: h1=0.7 -> 1.1, T=..." : the parameters the quench changes */
static void print_change(FILE *f, const double *pf, const double *pt, const bloch_model_t *m)
{
    const char *sep = "";
    char s1[NUM_SHORTEST_MAX], s2[NUM_SHORTEST_MAX];
    int k;

    fprintf(f, "# quench:");
    for (k = 0; k < m->nparams; k++)
        if (pf[k] != pt[k])
            fprintf(f, "%s %s=%s -> %s", sep, m->params[k], num_shortest(s1, pf[k]),
                    num_shortest(s2, pt[k])), sep = ",";
    fprintf(f, "%s\n", sep[0] ? "" : " none (--from and --to agree)");
}

/* The transitions and the run's checks, as lines prefixed by pre. */
static void summary(FILE *f, const char *pre, const quench_t *q, double gamma)
{
    const dm_stats_t *st = &q->st;
    const quench_event_t *e = q->ev;
    double tg = gamma > 0 ? e->t * gamma : NAN;
    double frac = q->mx1_0 > 0 ? q->amp_after / q->mx1_0 : NAN;

    switch (q->imx1 < 0 ? -1 : quench_classify(q))
    {
    case -1:
        fprintf(f, "%sno observable sx1: no events watched\n", pre);
        break;
    case QUENCH_NONE:
        fprintf(f, "%sno dynamical transition: m_x1 keeps its sign up to the end\n", pre);
        break;
    case QUENCH_TRANSITION:
        fprintf(f, "%st* = %.15g  t*gamma = %.15g  dynamical transition: m_x1 reaches 0 "
                "(dm_x1/dt = %.4g) and stays near 0 (|m_x1| <= %.3g = %.1f%% of |m_x1(0)| "
                "afterwards, %d sign changes)\n", pre, e->t, tg, e->slope, q->amp_after,
                100 * frac, q->nev);
        break;
    case QUENCH_OSCILLATION:
        fprintf(f, "%sno dynamical transition: m_x1 oscillates through 0 (first zero t = %.12g, "
                "t*gamma = %.12g; |m_x1| returns to %.3g = %.0f%% of |m_x1(0)|; %d sign "
                "changes)\n", pre, e->t, tg, q->amp_after, 100 * frac, q->nev);
        break;
    default:
        fprintf(f, "%st* = %.15g  t*gamma = %.15g  m_x1 reaches 0 (dm_x1/dt = %.4g); the run "
                "ends before a transition can be told from an oscillation through 0: "
                "integrate further\n", pre, e->t, tg, e->slope);
    }
    fprintf(f, "%schecks: %ld steps, %ld rhs evaluations; max |Tr rho - 1| = %.2e, max |rho - "
            "rho^dag| = %.2e, min eigenvalue %.3e at t = %.6g%s; level tracking min overlap "
            "%.6f\n", pre, st->steps, st->rhs_evals, st->max_trace_err, st->max_herm_err,
            st->min_eig, st->t_min_eig, st->pos_violated ? " (POSITIVITY VIOLATED)" : "",
            st->min_overlap);
}

/* The initial state: --init, or prepared at the --from parameters. */
static int initial_state(double *x0, char *msg, size_t len, const quench_opts_t *a,
                         const double *pf, const bloch_model_t *m)
{
    double resid;
    char why[768];
    int st;

    if (a->init)
    {
        if ((st = cli_state_from_spec(x0, "--init", a->init, 1, pf, m)) != 0)
            return st;
        snprintf(msg, len, "--init %s", a->init);
        return 0;
    }
    if ((st = quench_prepare(x0, &resid, pf, a->epsilon, m, why, sizeof why)) != QUENCH_OK)
    {
        fprintf(stderr, "%s\n", why);
        return st == QUENCH_BAD_INPUT ? CMDLINE_BAD_INPUT : CMDLINE_NO_CONVERGENCE;
    }
    if (m->thermal_param >= 0)
        snprintf(msg, len, "thermal state at the --from parameters: the ansatz A1-A3 with "
                 "epsilon=%g relaxed (all level pairs at rate 1), then Newton to the "
                 "self-consistent Gibbs state (|dx/dt| = %.2e there)", a->epsilon, resid);
    else
        snprintf(msg, len, "steady state at the --from parameters, relaxed from the maximally "
                 "mixed state with epsilon=%g on sx_n, then Newton (|dx/dt| = %.2e there)",
                 a->epsilon, resid);
    return 0;
}

static int run(const quench_opts_t *a, const bloch_model_t *m, const double *pf, const double *pt,
               const double *x0, const char *init_msg)
{
    quench_t q;
    rows_t w;
    const char *what = "";
    cmdline_out_t out;
    char why[512];
    int st, r, wst;

    if ((st = quench_init(&q, m, pt, x0, why, sizeof why)) != QUENCH_OK)
    {
        fprintf(stderr, "%s\n", why);
        quench_clear(&q);
        return st == QUENCH_BAD_INPUT ? CMDLINE_BAD_INPUT : CMDLINE_NO_CONVERGENCE;
    }
    q.method = a->method ? a->method : "rk8pd";
    q.tol = a->tol;
    w.gamma = quench_gamma(m, pt, &what);
    if ((st = cmdline_out_open(&out, a->out)) != 0)
    {
        quench_clear(&q);
        return st;
    }
    w.f = out.f;
    fprintf(w.f, "t,t_gamma,m_x1,m_x2,O,purity,F,rate,concurrence\n");
    csv_print_params(w.f, pt, m);
    print_change(w.f, pf, pt, m);
    fprintf(w.f, "# initial state: %s\n", init_msg);
    fprintf(w.f, "# t_gamma = t*gamma, gamma = %.17g (%s, post-quench)\n", w.gamma, what);
    fprintf(w.f, "# method=%s, tol=%g; F: Uhlmann fidelity (Eq. 30) between the %dx%d density "
            "matrices of one mean-field site at 0 and t; rate = -log F (Eq. 31)\n", q.method,
            q.tol, q.c.d, q.c.d);
    r = quench_run(&q, a->t, a->every > 0 ? a->every : 0, write_row, &w, why, sizeof why);
    if (r != QUENCH_OK && r != QUENCH_STOPPED)
        fprintf(stderr, "%s\n", why);
    st = r == QUENCH_OK ? CMDLINE_OK : CMDLINE_NO_CONVERGENCE;
    if (r == 0 && q.st.pos_violated)
    {
        fprintf(stderr, "%s quench: positivity violated: rho has eigenvalue %.3e at t = %.9g "
                "(first below -%g at t = %.9g)\n", m->name, q.st.min_eig, q.st.t_min_eig,
                q.st.pos_tol, q.st.t_violated);
        st = 3;
    }
    if (r == 0 && a->out == NULL)
        summary(w.f, "# ", &q, w.gamma);
    if ((wst = cmdline_out_close(&out, r == 0)) != 0 && st == 0)
        st = wst;
    if (r == 0 && a->out != NULL)
        summary(stdout, "", &q, w.gamma);
    quench_clear(&q);
    return st;
}

static int quench_cmd(const quench_opts_t *a, const bloch_model_t *m)
{
    double *pf = blochgen_calloc(m->nparams + 1, sizeof(double));
    double *pt = blochgen_calloc(m->nparams + 1, sizeof(double));
    double *x0 = blochgen_calloc(m->nobs + 1, sizeof(double));
    char msg[512];
    int k, st;

    for (k = 0; k < m->nparams; k++)
    {
        pf[k] = a->from.seen[k] ? a->from.v[k] : a->set.v[k];
        pt[k] = a->to.seen[k] ? a->to.v[k] : a->set.v[k];
    }
    if (a->method && !num_ode_method(a->method, NUM_ODE_ONE_STEP))
    {
        fprintf(stderr, "%s quench: unknown --method '%s' (known: %s)\n", m->name, a->method,
                num_ode_method_list(NUM_ODE_ONE_STEP));
        st = 2;
    }
    else if (a->tol < 1e-15)
    {
        fprintf(stderr, "%s quench: --tol %g is below double-precision rounding (give >= "
                "1e-15)\n", m->name, a->tol);
        st = 2;
    }
    else if ((st = initial_state(x0, msg, sizeof msg, a, pf, m)) == 0)
        st = run(a, m, pf, pt, x0, msg);
    free(pf);
    free(pt);
    free(x0);
    return st;
}

/* checks of options taken together, then the command */
static int cmd_run(const void *opts, const char *prog, const bloch_model_t *m,
                   const bloch_model_arb_t *arb)
{
    const quench_opts_t *a = opts;

    (void) arb;
    if (cli_params_check(&a->set, NULL, NULL, &a->from, &a->to, prog, m) != 0 ||
        cli_rows_check(a->t, a->every, a->max_rows, prog) != 0)
        return CMDLINE_BAD_INPUT;
    return quench_cmd(a, m);
}

static const cmdline_opt_t options[] = {
    {NULL, CMDLINE_GROUP, offsetof(quench_opts_t, set), .group = cli_opt_set},
    {"--from", CMDLINE_CUSTOM, offsetof(quench_opts_t, from), .flags = CMDLINE_REQUIRED, .value = "p=v,...",
     .help = "parameters before the quench (the rest from --set)", .parse = cli_params_parse,
     .init = cli_params_init, .clear = cli_params_clear},
    {"--to", CMDLINE_CUSTOM, offsetof(quench_opts_t, to), .flags = CMDLINE_REQUIRED, .value = "p=v,...",
     .help = "parameters after the quench (the rest from --set)", .parse = cli_params_parse,
     .init = cli_params_init, .clear = cli_params_clear},
    {"--t", CMDLINE_NUMBER, offsetof(quench_opts_t, t), .flags = CMDLINE_REQUIRED, .value = "T",
     .help = "evolve from time 0 to T", CMDLINE_POSITIVE},
    {"--every", CMDLINE_NUMBER, offsetof(quench_opts_t, every), .value = "DT",
     .help = "a row every DT (default: rows at t = 0 and T only)", CMDLINE_POSITIVE},
    {"--epsilon", CMDLINE_NUMBER, offsetof(quench_opts_t, epsilon), .value = "E",
     .help = "symmetry-breaking seed of the initial state", .dflt = "1e-3"},
    {"--init", CMDLINE_STRING, offsetof(quench_opts_t, init), .value = "v1,...",
     .help = "the initial state (default: the thermal state at --from)"},
    {NULL, CMDLINE_GROUP, offsetof(quench_opts_t, method), .group = cli_opt_method},
    {"--tol", CMDLINE_NUMBER, offsetof(quench_opts_t, tol), .value = "T",
     .help = "the integrator's error tolerance per step", .dflt = "1e-10", CMDLINE_POSITIVE},
    {NULL, CMDLINE_GROUP, offsetof(quench_opts_t, out), .group = cli_opt_out},
    {NULL, CMDLINE_GROUP, offsetof(quench_opts_t, max_rows), .group = cli_opt_max_rows},
    {NULL}
};

const cli_cmd_t cli_cmd_quench = {
    {"quench", "quench from the thermal state at --from: m_x, O, purity, fidelity, rate function, "
     "concurrence; dynamical-transition times", options, sizeof(quench_opts_t)}, cmd_run, 0};
