#define _XOPEN_SOURCE 700
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include "alloc.h"
#include "cli.h"
#include "num.h"
#include "cmdline.h"
#include "evolve.h"
#include "phys.h"
#include "plot.h"

/* Every row's density matrix is checked up to this cluster dimension
   (3 sites); above, the last row's only (an eigenvalue problem per row
   would cost more than the integration). */
#define EVOLVE_PHYS_ALL_DIM 8

/* The smallest eigenvalue of rho over the rows checked, and where. */
typedef struct
{
    phys_t ph;
    int ok, all;
    double lam, t;
    long rows;
} phys_watch_t;

static void watch_row(phys_watch_t *w, double t, const double *x)
{
    double lam;

    if (!w->ok || phys_min_eig(&lam, x, &w->ph) != 0)
        return;
    if (w->rows++ == 0 || lam < w->lam)
        w->lam = lam, w->t = t;
}

typedef struct
{
    cli_params_t set;
    cli_range_t ramp;
    const char *init, *method, *out, *plot;
    cli_obs_list_t plot_obs;
    double t, every, tol;
    long max_rows;
    int cycle;
} evolve_opts_t;

/* --cycle: the rows of the second half of the run, kept for num_cycle */
typedef struct
{
    long n, alloc;
    double *t, *x;
} rows_t;

static void keep_row(rows_t *r, double t, const double *x, int dim)
{
    if (r->n == r->alloc)
    {
        r->alloc = r->alloc ? 2 * r->alloc : 1024;
        r->t = blochgen_realloc(r->t, sizeof(double) * r->alloc);
        r->x = blochgen_realloc(r->x, sizeof(double) * r->alloc * dim);
    }
    r->t[r->n] = t;
    memcpy(r->x + r->n * dim, x, sizeof(double) * dim);
    r->n++;
}

static int write_row(double t, const double *x, void *data)
{
    const evolve_opts_t *a = ((void **) data)[0];
    const bloch_model_t *m = ((void **) data)[1];
    FILE *f = ((void **) data)[2];
    rows_t *kept = ((void **) data)[3];
    const evolve_ramp_t *ramp = ((void **) data)[4];
    phys_watch_t *pw = ((void **) data)[5];
    rows_t *drawn = ((void **) data)[6];
    const cli_obs_list_t *po = ((void **) data)[7];
    int k;

    if (pw->all || t >= a->t)
        watch_row(pw, t, x);
    if (a->cycle && t >= a->t / 2)
        keep_row(kept, t, x, m->nobs);
    if (a->plot)
    {
        double y[CLI_PLOT_OBS_MAX];
        for (k = 0; k < po->n; k++)
            y[k] = x[po->v[k]];
        keep_row(drawn, t, y, po->n);
    }
    fprintf(f, "%.17g", t);
    if (ramp)
        fprintf(f, ",%.17g", evolve_ramp_value(ramp, t, 0, a->t));
    for (k = 0; k < m->nobs; k++)
        fprintf(f, ",%.17g", x[k]);
    fprintf(f, "\n");
    return 0;
}

/* --plot: the observables of obs (n rows of r) against t in one panel. */
static void plot_rows(const rows_t *r, const cli_obs_list_t *obs, const evolve_opts_t *a,
                      const bloch_model_t *m)
{
    char msg[PLOT_MSG_SIZE];
    FILE *f = plot_script_open(a->plot, 900, 600, msg, sizeof msg);
    long i;
    int k;

    if (f == NULL)
    {
        fprintf(stderr, "%s\n", msg);
        return;
    }
    fprintf(f, "set title '%s: time evolution%s%s'\nset xlabel 't'\nset ylabel '%s'\n"
               "set key outside right top\nset grid lc rgb '#dddddd'\n$d << EOD\n",
            m->name, a->ramp.given ? ", ramp of " : "",
            a->ramp.given ? m->params[a->ramp.r.param] : "",
            obs->n == 1 ? m->observables[obs->v[0]] : "expectation");
    for (i = 0; i < r->n; i++)
    {
        fprintf(f, "%.10g", r->t[i]);
        for (k = 0; k < obs->n; k++)
            fprintf(f, " %.10g", r->x[i * obs->n + k]);
        fprintf(f, "\n");
    }
    fprintf(f, "EOD\nplot ");
    for (k = 0; k < obs->n; k++)
        fprintf(f, "%s$d using 1:%d with lines lw 2 title '<%s>'", k ? ", \\\n     " : "",
                k + 2, m->observables[obs->v[k]]);
    fprintf(f, "\n");
    if (plot_script_run(f, a->plot, msg, sizeof msg) != PLOT_OK)
        fprintf(stderr, "%s\n", msg);  /* a failed figure is a warning only */
}

/* "# limit cycle: ..." on stdout from the second half's rows: CMDLINE_OK
   for a settled cycle (the last two periods agree to CYCLE_SETTLED in
   length, and in range to that plus what the sampling resolves),
   CMDLINE_NO_CONVERGENCE while it still settles, CMDLINE_NO_RESULT when
   nothing oscillates. */
#define CYCLE_SETTLED 1e-6
static int report_cycle(const rows_t *r, const evolve_opts_t *a, const bloch_model_t *m)
{
    num_cycle_t c;
    double *amp = blochgen_malloc(sizeof(double) * m->nobs);
    int st = num_cycle(&c, amp, r->t, r->x, r->n, m->nobs), k, settled;

    if (st != NUM_OK)
    {
        printf("# no limit cycle: %d upward crossing(s) of the mid-range of %s in t = [%.10g, "
               "%.10g] (three are needed)\n", c.crossings, m->observables[c.var], a->t / 2, a->t);
        free(amp);
        return CMDLINE_NO_RESULT;
    }
    settled = c.change <= CYCLE_SETTLED && c.amp_change <= CYCLE_SETTLED + c.amp_tol;
    printf("# limit cycle: period %.10g (frequency %.10g), from %d crossings of %s = %.6g; "
           "the last two periods differ by %.2g in length and %.2g in range (relative)%s\n"
           "# amplitude (half the range over the last period):", c.period,
           2 * M_PI / c.period, c.crossings, m->observables[c.var], c.level, c.change,
           c.amp_change, settled ? "" : ": NOT settled (a spiral, or run longer)");
    for (k = 0; k < m->nobs; k++)
        printf(" %s %.6g", m->observables[k], amp[k]);
    printf("\n");
    free(amp);
    return settled ? CMDLINE_OK : CMDLINE_NO_CONVERGENCE;
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
    void *ctx[8];
    cli_obs_list_t po = a->plot_obs;
    phys_watch_t pw = {0};
    rows_t kept = {0, 0, NULL, NULL}, drawn = {0, 0, NULL, NULL};
    char msg[256];
    int st = 0, k, w;
    evolve_ramp_t ramp = {a->ramp.r.param, a->ramp.r.a, a->ramp.r.b};

    (void) arb;
    if (a->cycle && !(a->every > 0))
    {
        fprintf(stderr, "%s: --cycle needs --every DT: the period is read from the rows, so "
                "DT must be well below it\n", prog);
        return CMDLINE_BAD_INPUT;
    }
    if (a->plot_obs.n > 0 && a->plot == NULL)
    {
        fprintf(stderr, "%s: --plot-obs needs --plot F.png\n", prog);
        return CMDLINE_BAD_INPUT;
    }
    if (a->ramp.given && a->ramp.r.n != 0)
    {
        fprintf(stderr, "%s: --ramp p=A:B takes no point count (the ramp is continuous)\n",
                prog);
        return CMDLINE_BAD_INPUT;
    }
    if (cli_params_check(&a->set, &a->ramp, NULL, NULL, NULL, prog, m) != 0 ||
        cli_rows_check(a->t, a->every, a->max_rows, prog) != 0)
        return CMDLINE_BAD_INPUT;
    if (po.n == 0)
    {
        /* default: the first odd observable (an order parameter), else the first */
        po.n = 1, po.v[0] = 0;
        for (k = m->nobs - 1; k >= 0; k--)
            if (m->parity[k] == 1)
                po.v[0] = k;
    }
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
    fprintf(f, "t");
    if (a->ramp.given)
        fprintf(f, ",%s", m->params[ramp.param]);
    for (k = 0; k < m->nobs; k++)
        fprintf(f, ",%s", m->observables[k]);
    fprintf(f, "\n");
    csv_print_params(f, a->set.v, m);
    fprintf(f, "# method=%s, tol=%g\n", method, tol);
    if (a->ramp.given)
    {
        char s1[NUM_SHORTEST_MAX], s2[NUM_SHORTEST_MAX], s3[NUM_SHORTEST_MAX];
        fprintf(f, "# ramp: %s from %s at t = 0 to %s at t = %s\n", m->params[ramp.param],
                num_shortest(s1, ramp.a), num_shortest(s2, ramp.b), num_shortest(s3, a->t));
    }
    ctx[0] = (void *) a, ctx[1] = (void *) m, ctx[2] = f, ctx[3] = &kept;
    ctx[4] = a->ramp.given ? &ramp : NULL;
    pw.ok = phys_init(&pw.ph, m, a->set.v, msg, sizeof msg) == DM_OK;
    pw.all = pw.ok && pw.ph.c.d <= EVOLVE_PHYS_ALL_DIM;
    ctx[5] = &pw;
    ctx[6] = &drawn;
    ctx[7] = &po;
    cmdline_interrupt_install();
    st = evolve_run_ramp(x, 0, a->t, a->every > 0 ? a->every : 0, method, tol, a->set.v,
                         ctx[4], m, write_row, ctx, cmdline_interrupted,
                         msg, sizeof msg);
    if (pw.rows > 0)
        fprintf(f, "# physical: %s: the smallest eigenvalue of rho %s is %.3g (t = %.10g)%s\n",
                pw.lam >= -PHYS_TOL ? "yes" : "NO", pw.all ? "over the rows" : "at the last row",
                pw.lam + 0.0, pw.t, pw.lam >= -PHYS_TOL ? "" :
                ": the integration left the density matrices (tighten --tol)");
    else
        fprintf(f, "# physical: unknown (the density matrix could not be checked)\n");
    if (pw.ok)
        phys_clear(&pw.ph);
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
    if (st == CMDLINE_OK && a->plot)
        plot_rows(&drawn, &po, a, m);
    if (st == CMDLINE_OK && a->cycle)
        st = report_cycle(&kept, a, m);
    free(drawn.t);
    free(drawn.x);
    free(kept.t);
    free(kept.x);
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
     .help = "a row every DT (default: rows at t = 0 and T only)", CMDLINE_POSITIVE},
    {"--ramp", CMDLINE_CUSTOM, offsetof(evolve_opts_t, ramp), .value = "p=A:B",
     .help = "move parameter p linearly from A at t = 0 to B at t = T (hysteresis under a "
             "finite sweep rate); the CSV gains its column after t", .parse = cli_vary_parse},
    {"--cycle", CMDLINE_FLAG, offsetof(evolve_opts_t, cycle),
     .help = "report the limit cycle the run ends on: period and amplitudes from a Poincare "
             "section of the second half's rows (exit 1: no oscillation; 3: not settled)"},
    {NULL, CMDLINE_GROUP, offsetof(evolve_opts_t, method), .group = cli_opt_method},
    {"--tol", CMDLINE_NUMBER, offsetof(evolve_opts_t, tol), .value = "T",
     .help = "the integrator's error tolerance per step", .dflt = "1e-10", CMDLINE_POSITIVE},
    {NULL, CMDLINE_GROUP, offsetof(evolve_opts_t, out), .group = cli_opt_out},
    {NULL, CMDLINE_GROUP, offsetof(evolve_opts_t, max_rows), .group = cli_opt_max_rows},
    {NULL, CMDLINE_GROUP, offsetof(evolve_opts_t, plot), .group = cli_opt_plot},
    {NULL, CMDLINE_GROUP, offsetof(evolve_opts_t, plot_obs), .group = cli_opt_plot_obs},
    {NULL}
};

const cli_cmd_t cli_cmd_evolve = {
    {"evolve", "time evolution (GSL odeiv2), CSV of t and every observable", options,
     sizeof(evolve_opts_t)}, evolve, 1};
