#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "cli.h"
#include "steady.h"

typedef struct
{
    cli_params_t set;
    const char *init;
    double tol;
    int all;
    long starts, seed;
} steady_opts_t;

/* --init broken / -broken: the search of steady_broken itself, so that its
   Newton iterations (not those of a re-run on the converged state) are
   reported.  0, or the exit status after a message. */
static int broken_state(double *x, steady_info_t *info, const steady_opts_t *a,
                        const bloch_model_t *m)
{
    int st = cli_state_from_spec(x, "--init", "symmetric", 1, a->set.v, m);

    if (st != 0)
        return st;      /* no or a singular symmetric state: message given */
    st = steady_broken(x, info, a->init[0] == '-' ? -1 : 1, a->set.v, a->tol, m);
    if (st == 1)
        fprintf(stderr, "%s steady: the symmetric state has no unstable odd mode here, so no "
                "broken state branches off it (see `%s stability`)\n", m->name, m->name);
    else if (st != 0)
        fprintf(stderr, "%s steady: Newton from the symmetric state displaced along its "
                "unstable odd mode found no broken state (to --tol %g)\n", m->name, a->tol);
    return st == 0 ? 0 : st == 1 ? 1 : 3;
}

/* Default start: the closed-form symmetric state when there is one, else
   all zeros (the maximally mixed state; no numerical search: Newton from
   there is what the search would do first). */
static int initial_state(double *x, const steady_opts_t *a, const bloch_model_t *m)
{
    if (a->init)
        return cli_state_from_spec(x, "--init", a->init, 1, a->set.v, m);
    if (m->has_symmetric && steady_symmetric(x, a->set.v, m) == 0)
        return 0;
    memset(x, 0, sizeof(double) * m->nobs);
    return 0;
}

static void print_state(const double *x, const steady_info_t *info, const steady_opts_t *a,
                        const bloch_model_t *m)
{
    int k;

    csv_print_params(stdout, a->set.v, m);
    for (k = 0; k < m->nobs; k++)
        printf("%-12s % .17g\n", m->observables[k], x[k]);
    printf("# residual %.3g after %d Newton iterations%s\n", info->resid, info->iters,
           info->relaxed ? " (after relaxation in time)" : "");
    cli_print_physical(stdout, x, a->set.v, m);
}

static int steady(const void *opts, const char *prog, const bloch_model_t *m,
                  const bloch_model_arb_t *arb)
{
    const steady_opts_t *a = opts;
    double *x;
    steady_info_t info;
    int st;

    if (cli_params_check(&a->set, NULL, NULL, NULL, NULL, prog, m) != 0)
        return CMDLINE_BAD_INPUT;
    if (a->all && a->init)
    {
        fprintf(stderr, "%s: --all lists every steady state; --init chooses where one search "
                "starts: give one of them\n", prog);
        return CMDLINE_BAD_INPUT;
    }
    if (a->all)
        return cli_steady_all(&a->set, a->starts, a->seed, m, arb);
    x = blochgen_calloc(m->nobs, sizeof(double));
    if (a->init && (strcmp(a->init, "broken") == 0 || strcmp(a->init, "-broken") == 0))
    {
        if ((st = broken_state(x, &info, a, m)) == 0)
            print_state(x, &info, a, m);
        free(x);
        return st;
    }
    if ((st = initial_state(x, a, m)) == 0)
    {
        /* an unconverged iterate is no steady state: nothing on stdout */
        st = steady_newton(x, &info, a->set.v, a->tol, m);
        if (st == 0)
            print_state(x, &info, a, m);
        else if (!isfinite(info.resid))
        {
            fprintf(stderr, "%s steady: the residual is not finite in double precision at "
                    "these parameters (overflow; rescale them)\n", m->name);
            st = 3;
        }
        else
        {
            fprintf(stderr, "%s steady: Newton did not converge (residual %.3g > %.3g after %d "
                    "iterations)\n", m->name, info.resid, a->tol, info.iters);
            st = 3;
        }
    }
    free(x);
    return st;
}

static const cmdline_opt_t options[] = {
    {NULL, CMDLINE_GROUP, offsetof(steady_opts_t, set), .group = cli_opt_set},
    {"--init", CMDLINE_STRING, offsetof(steady_opts_t, init),
     .value = "symmetric|broken|-broken|v1,...",
     .help = "where Newton starts (default: the symmetric state, else all "
             "zeros); broken: the symmetric state displaced along its unstable odd mode"},
    {"--tol", CMDLINE_NUMBER, offsetof(steady_opts_t, tol), .value = "T",
     .help = "residual at which Newton stops", .dflt = "1e-12", CMDLINE_POSITIVE},
    {"--all", CMDLINE_FLAG, offsetof(steady_opts_t, all),
     .help = "every steady state, as CSV (index,stability,physical,certified,<observables>): "
             "by exact elimination in the mean fields at the parameters as typed (exact "
             "rationals), certified with Arb and certified complete where every candidate is "
             "decided; else a numerical search, not certified"},
    {"--starts", CMDLINE_INTEGER, offsetof(steady_opts_t, starts), .value = "N",
     .help = "random physical initial states of --all's numerical search (when exact "
             "elimination is not possible)", .dflt = "200", .min = 1, .max = 1e7},
    {"--seed", CMDLINE_INTEGER, offsetof(steady_opts_t, seed), .value = "S",
     .help = "seed of those initial states", .dflt = "1", .min = 0, .max = 4e9},
    {NULL}
};

const cli_cmd_t cli_cmd_steady = {
    {"steady", "a steady state by damped Newton iteration from --init; with --all, every steady state", options,
     sizeof(steady_opts_t)}, steady, 1};
