#include <stdio.h>
#include <stdlib.h>
#include "alloc.h"
#include "cli.h"
#include "num.h"
#include "cmdline.h"
#include "evolve.h"

typedef struct
{
    cli_params_t set;
    cli_range_t ramp;
    const char *init, *method, *out;
    double t, every, tol;
    long max_rows;
} evolve_opts_t;

static int write_row(double t, const double *x, void *data)
{
    const evolve_opts_t *a = ((void **) data)[0];
    const bloch_model_t *m = ((void **) data)[1];
    FILE *f = ((void **) data)[2];
    int k;

    fprintf(f, "%.17g", t);
    if (a->ramp.given)
        fprintf(f, ",%.17g", a->ramp.r.a + (a->ramp.r.b - a->ramp.r.a) * t / a->t);
    for (k = 0; k < m->nobs; k++)
        fprintf(f, ",%.17g", x[k]);
    fprintf(f, "\n");
    return 0;
}

static int evolve(const void *opts, const char *prog, const bloch_model_t *m,
                  const bloch_model_arb_t *arb)
{
    const evolve_opts_t *a = opts;
    double *x;
    const char *method = a->method ? a->method : "rk8pd";
    double tol = a->tol;
    cmdline_out_t out;
    FILE *f;
    void *ctx[3];
    char msg[256];
    int st = 0, k, w;
    evolve_ramp_t ramp = {a->ramp.r.param, a->ramp.r.a, a->ramp.r.b};

    (void) arb;
    if (a->ramp.given && a->ramp.r.n != 0)
    {
        fprintf(stderr, "%s: --ramp p=A:B takes no point count (the ramp is continuous)\n",
                prog);
        return CMDLINE_BAD_INPUT;
    }
    if (cli_params_check(&a->set, &a->ramp, NULL, NULL, NULL, prog, m) != 0 ||
        cli_rows_check(a->t, a->every, a->max_rows, prog) != 0)
        return CMDLINE_BAD_INPUT;
    if (a->ramp.given)
        a->set.v[ramp.param] = ramp.a;      /* for the parameter line and --init */
    x = blochgen_calloc(m->nobs, sizeof(double));
    if (!num_ode_method(method, NUM_ODE_ANY))
    {
        fprintf(stderr, "%s evolve: unknown --method '%s' (known: %s)\n", m->name, method,
                num_ode_method_list(NUM_ODE_ANY));
        free(x);
        return 2;
    }
    if (tol < 1e-15)
    {
        /* the step control would shrink the step to rounding level and
           never reach --t */
        fprintf(stderr, "%s evolve: --tol %g is below double-precision rounding (give >= "
                "1e-15)\n", m->name, tol);
        free(x);
        return 2;
    }
    if (a->init && (st = cli_state_from_spec(x, "--init", a->init, 1, a->set.v, m)) != 0)
    {
        free(x);
        return st;
    }
    if ((st = cmdline_out_open(&out, a->out)) != 0)
    {
        free(x);
        return st;
    }
    f = out.f;
    csv_print_params(f, a->set.v, m);
    fprintf(f, "# method=%s, tol=%g\n", method, tol);
    if (a->ramp.given)
        fprintf(f, "# ramp: %s from %.17g at t = 0 to %.17g at t = %.17g\nt,%s",
                m->params[ramp.param], ramp.a, ramp.b, a->t, m->params[ramp.param]);
    else
        fprintf(f, "t");
    for (k = 0; k < m->nobs; k++)
        fprintf(f, ",%s", m->observables[k]);
    fprintf(f, "\n");
    ctx[0] = (void *) a, ctx[1] = (void *) m, ctx[2] = f;
    cmdline_interrupt_install();
    st = evolve_run_ramp(x, 0, a->t, a->every > 0 ? a->every : 0, method, tol, a->set.v,
                         a->ramp.given ? &ramp : NULL, m, write_row, ctx, cmdline_interrupted,
                         msg, sizeof msg);
    if (st == EVOLVE_STOPPED && cmdline_interrupted())
    {
        /* the rows written are complete: keep them, say where it stopped */
        fprintf(f, "# partial: stopped by signal %d before t = %.17g; the rows above are "
                "complete\n", cmdline_interrupted(), a->t);
        fprintf(stderr, "%s evolve: interrupted; the rows computed so far are kept%s%s\n",
                m->name, a->out ? " in " : "", a->out ? a->out : "");
        w = cmdline_out_close(&out, 1);
        free(x);
        return w ? w : cmdline_interrupt_status();
    }
    if (st != EVOLVE_OK && st != EVOLVE_STOPPED)
        fprintf(stderr, "%s\n", msg);
    st = st == EVOLVE_OK ? CMDLINE_OK : CMDLINE_NO_CONVERGENCE;
    if ((w = cmdline_out_close(&out, st == 0)) != 0 && st == 0)
        st = w;
    free(x);
    return st;
}

static const cmdline_opt_t options[] = {
    {NULL, CMDLINE_GROUP, offsetof(evolve_opts_t, set), .group = cli_opt_set},
    {"--t", CMDLINE_NUMBER, offsetof(evolve_opts_t, t), .flags = CMDLINE_REQUIRED,
     .value = "T", .help = "evolve from time 0 to T", CMDLINE_POSITIVE},
    {"--init", CMDLINE_STRING, offsetof(evolve_opts_t, init),
     .value = "symmetric|broken|-broken|v1,...", .help = "initial state (default all zeros)"},
    {"--every", CMDLINE_NUMBER, offsetof(evolve_opts_t, every), .value = "DT",
     .help = "a row every DT (default: every step of the integrator)", CMDLINE_POSITIVE},
    {"--ramp", CMDLINE_CUSTOM, offsetof(evolve_opts_t, ramp), .value = "p=A:B",
     .help = "move parameter p linearly from A at t = 0 to B at t = T (hysteresis under a "
             "finite sweep rate); the CSV gains its column after t", .parse = cli_vary_parse},
    {NULL, CMDLINE_GROUP, offsetof(evolve_opts_t, method), .group = cli_opt_method},
    {"--tol", CMDLINE_NUMBER, offsetof(evolve_opts_t, tol), .value = "T",
     .help = "the integrator's error tolerance per step", .dflt = "1e-10", CMDLINE_POSITIVE},
    {NULL, CMDLINE_GROUP, offsetof(evolve_opts_t, out), .group = cli_opt_out},
    {NULL, CMDLINE_GROUP, offsetof(evolve_opts_t, max_rows), .group = cli_opt_max_rows},
    {NULL}
};

const cli_cmd_t cli_cmd_evolve = {
    {"evolve", "time evolution (GSL odeiv2), CSV of t and every observable", options,
     sizeof(evolve_opts_t)}, evolve, 1};
