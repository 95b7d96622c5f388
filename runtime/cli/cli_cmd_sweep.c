#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "cli.h"
#include "cmdline.h"
#include "sweep.h"

typedef struct
{
    cli_params_t set;
    cli_range_t vary;
    const char *direction, *init, *out, *plot;
    cli_obs_list_t plot_obs;
    double tol;
    int quiet, no_cycles;
} sweep_opts_t;

#define SWEEP_DEFAULT_POINTS 101

static void tick(void *pb)
{
    cmdline_progress_add(pb, 1);
}

/* --init names a state at each direction's first parameter value; where
   it does not exist (e.g. no broken state there) that direction starts
   without it. */
static int init_states(double **xi, const int *dirs, int ndir, const sweep_t *sw,
                       const sweep_opts_t *a, const bloch_model_t *m)
{
    double *p = blochgen_malloc(sizeof(double) * (m->nparams + 1));
    int k, st = 0;

    memcpy(p, sw->p, sizeof(double) * m->nparams);
    for (k = 0; k < ndir && st != 2; k++)
    {
        int d = dirs[k] > 0 ? 0 : 1;
        xi[d] = blochgen_malloc(sizeof(double) * m->nobs);
        p[sw->vary] = sweep_grid_value(sw, d ? sw->n - 1 : 0);
        st = cli_state_from_spec(xi[d], "--init", a->init, 1, p, m);
        if (st == 1)
            fprintf(stderr, "%s sweep: --init %s ignored for the %s sweep (at %s=%g)\n",
                    m->name, a->init, d ? "backward" : "forward", m->params[sw->vary],
                    p[sw->vary]);
        if (st != 0)
        {
            free(xi[d]);
            xi[d] = NULL;
        }
    }
    free(p);
    return st == 2 ? 2 : 0;
}

static int run_all(sweep_t *sw, const int *dirs, int ndir, int quiet, const bloch_model_t *m)
{
    cmdline_progress_t pb;
    int k;

    cmdline_progress_init(&pb, (long) sw->n * ndir, quiet);
    for (k = 0; k < ndir; k++)
        if (sweep_run(sw, dirs[k], tick, &pb) != 0)
        {
            cmdline_progress_clear(&pb);
            fprintf(stderr, "%s sweep: no steady state found at %s=%g (the %s sweep's first "
                    "value): Newton and time evolution from the starting states failed\n",
                    m->name, m->params[sw->vary],
                    sweep_grid_value(sw, dirs[k] > 0 ? 0 : sw->n - 1),
                    dirs[k] > 0 ? "forward" : "backward");
        }
    cmdline_progress_clear(&pb);
    return sw->nbr > 0 ? 0 : 3;
}

/* What write_out needs of the sweep, for cmdline_write_out's callbacks. */
typedef struct
{
    const sweep_t *sw;
    const char *dirname;
    const bloch_model_t *m;
} sweep_out_t;

static void body(FILE *f, const void *ctx)
{
    const sweep_out_t *o = ctx;
    const sweep_t *sw = o->sw;
    num_range_t r = {sw->vary, sw->a, sw->b, sw->n};

    sw->p[sw->vary] = sw->a;
    sweep_write_header(f, sw);
    csv_print_params_vary(f, sw->p, o->m, &r, 1);
    fprintf(f, "# sweep %s=", o->m->params[sw->vary]);
    csv_print_range(f, &r);
    fprintf(f, ", direction %s; branch 0 is the followed state\n", o->dirname);
    sweep_write_rows(f, sw);
}

static void summary(FILE *f, const char *prefix, const void *ctx)
{
    sweep_write_summary(f, prefix, ((const sweep_out_t *) ctx)->sw);
}

static int write_out(const sweep_t *sw, const sweep_opts_t *a, const char *dirname,
                     const bloch_model_t *m)
{
    sweep_out_t o = {sw, dirname, m};

    return cmdline_write_out(a->out, body, summary, &o);
}

static int sweep_cmd(const sweep_opts_t *a, const bloch_model_t *m)
{
    const char *dirname = a->direction ? a->direction : "forward";
    int dirs[2] = {1, -1}, ndir = 2, st, k;
    double *xi[2] = {NULL, NULL};
    sweep_t sw;

    if (strcmp(dirname, "backward") == 0)
        dirs[0] = -1, ndir = 1;
    else if (strcmp(dirname, "forward") == 0)
        ndir = 1;
    sweep_init(&sw, a->set.v, a->vary.r.param, a->vary.r.a, a->vary.r.b,
               a->vary.r.n ? a->vary.r.n : SWEEP_DEFAULT_POINTS, a->tol, m);
    st = a->init ? init_states(xi, dirs, ndir, &sw, a, m) : 0;
    for (k = 0; k < 2; k++)
        sw.init_x[k] = xi[k];
    if (st == 0 && (st = run_all(&sw, dirs, ndir, a->quiet, m)) != 0)
        fprintf(stderr, "%s sweep: no branch could be started (no state converged to "
                "|rhs| <= %g; a looser --tol may help)\n", m->name, a->tol);
    if (st == 0 && !a->no_cycles)
        sweep_cycles(&sw);
    if (st == 0)
        st = write_out(&sw, a, dirname, m);
    if (st == 0 && a->plot)
    {
        char msg[PLOT_MSG_SIZE];
        if (sweep_plot(a->plot, a->plot_obs.v, a->plot_obs.n, &sw, msg, sizeof msg) != PLOT_OK)
            fprintf(stderr, "%s\n", msg);   /* a failed figure is a warning only */
    }
    sweep_clear(&sw);
    free(xi[0]);
    free(xi[1]);
    return st;
}

/* checks of options taken together, then the command */
static int cmd_run(const void *opts, const char *prog, const bloch_model_t *m,
                   const bloch_model_arb_t *arb)
{
    const sweep_opts_t *a = opts;

    (void) arb;
    if (cli_params_check(&a->set, &a->vary, NULL, NULL, NULL, prog, m) != 0)
        return CMDLINE_BAD_INPUT;
    if (a->plot_obs.n > 0 && a->plot == NULL)
        return fprintf(stderr, "%s sweep: --plot-obs needs --plot F.png\n", m->name),
               CMDLINE_BAD_INPUT;
    return sweep_cmd(a, m);
}

static const cmdline_opt_t options[] = {
    {NULL, CMDLINE_GROUP, offsetof(sweep_opts_t, set), .group = cli_opt_set},
    {"--vary", CMDLINE_CUSTOM, offsetof(sweep_opts_t, vary), .flags = CMDLINE_REQUIRED, .value = "p=A:B[:N]",
     .help = "the parameter varied, from A to B in N points", .parse = cli_vary_parse},
    {"--direction", CMDLINE_CHOICE, offsetof(sweep_opts_t, direction), .value = "forward|backward|both",
     .help = "which way along --vary", .dflt = "forward"},
    {"--init", CMDLINE_STRING, offsetof(sweep_opts_t, init), .value = "symmetric|broken|v1,...",
     .help = "the state to follow from the first point of each direction"},
    {NULL, CMDLINE_GROUP, offsetof(sweep_opts_t, out), .group = cli_opt_out},
    {NULL, CMDLINE_GROUP, offsetof(sweep_opts_t, plot), .group = cli_opt_plot},
    {NULL, CMDLINE_GROUP, offsetof(sweep_opts_t, plot_obs), .group = cli_opt_plot_obs},
    {"--tol", CMDLINE_NUMBER, offsetof(sweep_opts_t, tol), .value = "T",
     .help = "residual at which Newton stops", .dflt = "1e-12", CMDLINE_POSITIVE},
    {"--no-cycles", CMDLINE_FLAG, offsetof(sweep_opts_t, no_cycles),
     .help = "past a Hopf point, do not measure the limit cycle by integrating in time"},
    {NULL, CMDLINE_GROUP, offsetof(sweep_opts_t, quiet), .group = cli_opt_quiet},
    {NULL}
};

const cli_cmd_t cli_cmd_sweep = {
    {"sweep", "continuation of every steady-state branch, with branch switching at pitchforks", options, sizeof(sweep_opts_t)}, cmd_run, 1};
