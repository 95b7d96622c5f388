#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "cli.h"
#include "num.h"
#include "cmdline.h"
#include "dmss.h"

typedef struct
{
    cli_params_t set;
    cli_range_t vary;
    const char *direction, *init, *out, *plot, *method;
    double tol, t;
    int quiet;
} dmsweep_opts_t;

#define DMSWEEP_DEFAULT_POINTS 51
#define DMSWEEP_MAX_INTERVALS 16

static void tick(void *pb)
{
    cmdline_progress_add(pb, 1);
}

/* --init: broken (default), -broken, symmetric or explicit values. */
static int init_state(dmss_sweep_t *s, double *x, const dmsweep_opts_t *a, const bloch_model_t *m)
{
    const char *spec = a->init ? a->init : "broken";

    if (strcmp(spec, "broken") == 0 || strcmp(spec, "-broken") == 0 ||
        strcmp(spec, "symmetric") == 0)
    {
        s->init_sign = spec[0] == 's' ? 0 : spec[0] == '-' ? -1 : 1;
        return 0;
    }
    if (cli_parse_state(x, "--init", spec, m) != 0)
        return 2;
    s->init_x = x;
    return 0;
}

static int relax_options(dmss_opts_t *o, const dmsweep_opts_t *a, const bloch_model_t *m)
{
    dmss_opts_init(o);
    o->tol = a->tol;
    if (!isnan(a->t))
        o->tcap = a->t;
    if (a->method && !num_ode_method(a->method, NUM_ODE_ONE_STEP))
    {
        fprintf(stderr, "%s dmsweep: --method: unknown '%s' (expected one of %s)\n", m->name,
                a->method, num_ode_method_list(NUM_ODE_ONE_STEP));
        return 2;
    }
    if (a->method)
        o->method = a->method;
    return 0;
}

static int run(dmss_sweep_t *s, const int *dirs, int ndir, int quiet, const bloch_model_t *m)
{
    cmdline_progress_t pb;
    int k, st = 0;

    cmdline_progress_init(&pb, (long) s->n * ndir, quiet);
    for (k = 0; k < ndir && st == 0; k++)
        if ((st = dmss_sweep_run(s, dirs[k], tick, &pb)) != 0)
        {
            int d = dirs[k] > 0 ? 0 : 1, g = dirs[k] > 0 ? s->done[d] : s->n - 1 - s->done[d];
            const dmss_info_t *i = &s->row[d][g].info;
            cmdline_progress_clear(&pb);
            if (s->fail_msg[0])
                fprintf(stderr, "%s\n", s->fail_msg);
            if (st == 3)
                fprintf(stderr, "%s dmsweep: no steady state at %s=%.15g (%s sweep): no stable "
                        "state with |rhs|_2 <= %g accepted within t = %g (--t); |rhs|_2 = %.3g "
                        "when relaxation stopped\n", m->name, m->params[s->vary], s->fail_par,
                        dirs[k] > 0 ? "forward" : "backward", s->opts.tol, s->opts.tcap,
                        i->relax_res);
            else
                fprintf(stderr, "%s dmsweep: the integrator or an eigensolver failed at %s=%.15g "
                        "(%s sweep)\n", m->name, m->params[s->vary], s->fail_par,
                        dirs[k] > 0 ? "forward" : "backward");
        }
    cmdline_progress_clear(&pb);
    return st == 0 ? 0 : 3;
}

static void summary(FILE *f, const char *pre, const dmss_sweep_t *s)
{
    const char *par = s->m->params[s->vary];
    int d, k, lo[DMSWEEP_MAX_INTERVALS], hi[DMSWEEP_MAX_INTERVALS], nh;

    for (d = 0; d < 2; d++)
    {
        double res = 0, t = 0, jerr = 0, dpmin = INFINITY, dpmax = 0, gmin = INFINITY, gpar = 0;
        double emin = INFINITY;
        int conv = 0, pos = 0;
        if (s->done[d] == 0)
            continue;
        for (k = 0; k < s->done[d]; k++)
        {
            const dmss_row_t *r = &s->row[d][d ? s->n - 1 - k : k];
            res = fmax(res, r->info.residual);
            t += r->info.t;
            jerr = fmax(jerr, r->info.jac_err);
            conv += r->chi_ok == 0;
            pos |= r->info.pos_violated;
            emin = fmin(emin, r->info.min_eig);
            if (isfinite(r->chi_dp))
                dpmin = fmin(dpmin, r->chi_dp), dpmax = fmax(dpmax, r->chi_dp);
            if (r->info.gap < gmin)
                gmin = r->info.gap, gpar = r->par;
        }
        fprintf(f, "%s%s: %d points, max |rhs|_2 %.2g, relaxation time %.4g in all, Jacobian "
                "error <= %.2g, smallest gap %.6g at %s=%.6g\n", pre, d ? "backward" : "forward",
                s->done[d], res, t, jerr, gmin, par, gpar);
        fprintf(f, "%s%s: chi_F converged (rtol %g) at %d of %d points, dp in [%.3g, %.3g]\n",
                pre, d ? "backward" : "forward", s->opts.chi_rtol, conv, s->done[d], dpmin, dpmax);
        if (pos)
            fprintf(f, "%s%s: POSITIVITY VIOLATED along a relaxation (smallest eigenvalue of rho "
                    "%.3g)\n", pre, d ? "backward" : "forward", emin);
    }
    if (s->done[0] < s->n || s->done[1] < s->n)
        return;
    nh = dmss_hysteresis(lo, hi, DMSWEEP_MAX_INTERVALS, DMSS_HYST_TOL, s);
    for (k = 0; k < nh; k++)
        fprintf(f, "%shysteresis %s=[%.15g,%.15g]\n", pre, par, dmss_grid_value(s, lo[k]),
                dmss_grid_value(s, hi[k]));
    if (nh == 0)
        fprintf(f, "%sno hysteresis: forward and backward steady states agree to %.2g "
                "(tolerance %g)\n", pre, dmss_max_disagreement(s), DMSS_HYST_TOL);
}

/* What write_out needs of the sweep, for cmdline_write_out's callbacks. */
typedef struct
{
    dmss_sweep_t *s;
    const char *dirname;
    const bloch_model_t *m;
} dmsweep_out_t;

static void body(FILE *f, const void *ctx)
{
    const dmsweep_out_t *o = ctx;
    dmss_sweep_t *s = o->s;
    num_range_t r = {s->vary, s->a, s->b, s->n};

    s->p[s->vary] = s->a;
    dmss_write_header(f, s);
    csv_print_params_vary(f, s->p, o->m, &r, 1);
    fprintf(f, "# dmsweep %s=", o->m->params[s->vary]);
    csv_print_range(f, &r);
    fprintf(f, ", direction %s; relaxation (dm_evolve %s, tol %g) to "
            "|rhs|_2 <= %g, Newton to %g; chi_F from dp = %g halved to rtol %g\n",
            o->dirname, s->opts.method, s->opts.int_tol,
            s->opts.relax_tol, s->opts.tol, s->opts.chi_dp0, s->opts.chi_rtol);
    dmss_write_rows(f, s);
}

static void summary_out(FILE *f, const char *prefix, const void *ctx)
{
    summary(f, prefix, ((const dmsweep_out_t *) ctx)->s);
}

static int write_out(dmss_sweep_t *s, const dmsweep_opts_t *a, const char *dirname,
                     const bloch_model_t *m)
{
    dmsweep_out_t o = {s, dirname, m};

    return cmdline_write_out(a->out, body, summary_out, &o);
}

static int dmsweep_cmd(const dmsweep_opts_t *a, const bloch_model_t *m)
{
    const char *dirname = a->direction ? a->direction : "forward";
    int dirs[2] = {1, -1}, ndir = 2, st;
    double *x0 = blochgen_calloc(m->nobs + 1, sizeof(double));
    dmss_opts_t o;
    dmss_sweep_t s;

    if (strcmp(dirname, "backward") == 0)
        dirs[0] = -1, ndir = 1;
    else if (strcmp(dirname, "forward") == 0)
        ndir = 1;
    if ((st = relax_options(&o, a, m)) != 0)
    {
        free(x0);
        return st;
    }
    dmss_sweep_init(&s, a->set.v, a->vary.r.param, a->vary.r.a, a->vary.r.b,
                    a->vary.r.n ? a->vary.r.n : DMSWEEP_DEFAULT_POINTS, &o, m);
    st = init_state(&s, x0, a, m);
    if (st == 0)
        st = run(&s, dirs, ndir, a->quiet, m);
    if (st == 0)
        st = write_out(&s, a, dirname, m);
    if (st == 0 && a->plot)
    {
        char msg[PLOT_MSG_SIZE];
        if (dmss_plot(a->plot, &s, msg, sizeof msg) != PLOT_OK)
            fprintf(stderr, "%s\n", msg);   /* a failed figure is a warning only */
    }
    dmss_sweep_clear(&s);
    free(x0);
    return st;
}

/* checks of options taken together, then the command */
static int cmd_run(const void *opts, const char *prog, const bloch_model_t *m,
                   const bloch_model_arb_t *arb)
{
    const dmsweep_opts_t *a = opts;

    (void) arb;
    if (cli_params_check(&a->set, &a->vary, NULL, NULL, NULL, prog, m) != 0)
        return CMDLINE_BAD_INPUT;
    return dmsweep_cmd(a, m);
}

static const cmdline_opt_t options[] = {
    {NULL, CMDLINE_GROUP, offsetof(dmsweep_opts_t, set), .group = cli_opt_set},
    {"--vary", CMDLINE_CUSTOM, offsetof(dmsweep_opts_t, vary), .flags = CMDLINE_REQUIRED, .value = "p=A:B[:N]",
     .help = "the parameter varied, from A to B in N points", .parse = cli_vary_parse},
    {"--direction", CMDLINE_CHOICE, offsetof(dmsweep_opts_t, direction), .value = "forward|backward|both",
     .help = "which way along --vary", .dflt = "forward"},
    {"--init", CMDLINE_STRING, offsetof(dmsweep_opts_t, init), .value = "broken|-broken|symmetric|v1,...",
     .help = "the state relaxed at the first point"},
    {"--t", CMDLINE_NUMBER, offsetof(dmsweep_opts_t, t), .value = "TCAP",
     .help = "longest relaxation time per point", CMDLINE_POSITIVE},
    {"--tol", CMDLINE_NUMBER, offsetof(dmsweep_opts_t, tol), .value = "T",
     .help = "the steady-state tolerance", .dflt = "1e-10", CMDLINE_POSITIVE},
    {NULL, CMDLINE_GROUP, offsetof(dmsweep_opts_t, method), .group = cli_opt_method},
    {NULL, CMDLINE_GROUP, offsetof(dmsweep_opts_t, out), .group = cli_opt_out},
    {NULL, CMDLINE_GROUP, offsetof(dmsweep_opts_t, plot), .group = cli_opt_plot},
    {NULL, CMDLINE_GROUP, offsetof(dmsweep_opts_t, quiet), .group = cli_opt_quiet},
    {NULL}
};

const cli_cmd_t cli_cmd_dmsweep = {
    {"dmsweep", "density-matrix steady states by relaxation with continuation, concurrence, chi_F", options, sizeof(dmsweep_opts_t)}, cmd_run, 0};
