/* finite: the N-body model a moment model comes from, solved exactly at
   finite N (runtime/finite; docs/cumulants.md): its one-site moments, and
   with --pairs the two-site ones, of the steady state or (--t) of the
   state evolved from a product state, printed as `steady` prints a state. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "alloc.h"
#include "cli.h"
#include "finite.h"

typedef struct
{
    cli_params_t set;
    long N;
    int pairs;
    const char *method;
    double t, dt;
    cmdline_list_t init;
} finite_opts_t;

/* The parameters with N from --N (N is the model's last parameter);
   0, or 2 after a message. */
static int params(double *p, const finite_opts_t *a, const char *prog, const bloch_model_t *m)
{
    int iN = m->nparams - 1, st;
    cli_params_t s = a->set;
    char *seen = blochgen_malloc(m->nparams);

    memcpy(seen, a->set.seen, m->nparams);
    memcpy(p, a->set.v, sizeof(double) * m->nparams);
    if (a->N > 0 && seen[iN] && p[iN] != (double) a->N)
    {
        fprintf(stderr, "%s: --N %ld and --set N=%s differ: give N once\n", prog, a->N,
                a->set.text[iN]);
        free(seen);
        return CMDLINE_BAD_INPUT;
    }
    if (a->N > 0)
        seen[iN] = 1, p[iN] = (double) a->N;
    if (!seen[iN])
    {
        fprintf(stderr, "%s: --N: the number of sites is not given (--N N, or N=... in --set)\n",
                prog);
        free(seen);
        return CMDLINE_BAD_INPUT;
    }
    s.seen = seen;
    s.v = p;
    st = cli_params_check(&s, NULL, NULL, NULL, NULL, prog, m);
    free(seen);
    if (st != 0)
        return CMDLINE_BAD_INPUT;
    if (p[iN] != (int) p[iN] || p[iN] < 1 || p[iN] > 255)
    {
        fprintf(stderr, "%s: N must be an integer from 1 to 255 (the sites), got %g\n", prog,
                p[iN]);
        return CMDLINE_BAD_INPUT;
    }
    if (m->cluster_sites == 2 && p[iN] > FINITE_K2_MAX_N)
    {
        fprintf(stderr, "%s: --N %g: two spins per site need N <= %d (the symmetric space has "
                "dimension C(N+15, 15): " FINITE_K2_MAX_WHY ")\n",
                prog, p[iN], FINITE_K2_MAX_N);
        return CMDLINE_BAD_INPUT;
    }
    return 0;
}

static void print_moments(const double *x, const finite_t f, int pairs, int decimals,
                          const bloch_model_t *m)
{
    int j;

    for (j = 0; j < m->nbody_nmoments; j++)
    {
        const bloch_nbody_moment_t *u = m->nbody_moments + j;
        if (u->type[1] != 0 && (!pairs || f->N < 2))
            continue;
        printf("%-12s % .*f\n", u->name, decimals, finite_moment(x, f, u->type[0], u->type[1]));
    }
}

/* x = the steady state, or (--t) the product state s evolved to t, with
   info's error estimate and decimals (and *steps); 0, or an exit status
   after a message. */
static int solve(double *x, finite_steady_info_t *info, long *steps, const finite_opts_t *a,
                 const double *s, const char *prog, const finite_t f)
{
    int st = 0;

    if (!isnan(a->t))
    {
        finite_product_state(x, f, s);
        *steps = finite_evolve_est(x, &info->err, f, a->t, a->dt);
        if ((info->decimals = finite_decimals(info->err)) < 1)
        {
            fprintf(stderr, "%s: the error estimate of the evolved state is %.2g (%ld RK4 "
                    "steps): not one decimal established; try a smaller --dt; nothing "
                    "printed\n", prog, info->err, *steps);
            return CMDLINE_NO_CONVERGENCE;
        }
        return 0;
    }
    st = finite_steady_auto(x, info, f, a->method);
    if (st == 0 && info->decimals < 1)
        fprintf(stderr, "%s: the error estimate of the steady state is %.2g: not one decimal "
                "established (a very slow mode, docs/cumulants.md); nothing printed\n", prog,
                info->err);
    else if (st == -3)
        fprintf(stderr, "%s: GMRES did not converge in %d products (relative residual %.2g, "
                "%g asked): a very slow mode, as next to a first-order transition "
                "(docs/cumulants.md); try --method lu; nothing printed\n", prog,
                info->it.iters, info->it.resid, FINITE_GMRES_TOL);
    else if (st != 0)
        fprintf(stderr, "%s: %s; nothing printed\n", prog, finite_steady_strerror(st, info));
    if (st == FINITE_TOO_LARGE)
        return CMDLINE_BAD_INPUT;
    return st != 0 || info->decimals < 1 ? CMDLINE_NO_CONVERGENCE : 0;
}

/* the `#` lines: how the state was found and how far it is established */
static void print_method(const finite_opts_t *a, const finite_steady_info_t *info, long steps,
                         const double *b, const finite_t f)
{
    char how[512];

    printf("# method: exact, the symmetric Liouville space of N = %d sites (symmetric Pauli "
           "moments), dimension %ld, %ld nonzeros\n", f->N, f->dim, (long) f->rowptr[f->dim]);
    if (!isnan(a->t))
    {
        printf("# evolved to t = %g from the product state of Bloch vector %g,%g,%g", a->t,
               b[0], b[1], b[2]);
        if (f->k == 2)
            printf(" (spin 1), %g,%g,%g (spin 2)", b[3], b[4], b[5]);
        printf(", RK4, %ld steps of <= %g\n", steps, finite_step(f, a->dt) / 2);
        printf("# error estimate %.2g (the largest difference to the run with twice the step; "
               "values rounded to %d decimals, a unit of the last >= 20 x the estimate)\n",
               info->err, info->decimals);
        return;
    }
    finite_steady_method(how, sizeof how, info);
    printf("# steady state by %s\n", how);
    printf("# error estimate %.2g (the largest correction of one refinement step; values "
           "rounded to %d decimals, a unit of the last >= 20 x the estimate)\n", info->err,
           info->decimals);
}

static int finite(const void *opts, const char *prog, const bloch_model_t *m,
                  const bloch_model_arb_t *arb)
{
    const finite_opts_t *a = opts;
    /* the initial product state (--t): the site's spins' Bloch vectors,
       and its Pauli expectations on the site types */
    double *p, *x, imag, secs, b[6] = {0, 0, -1, 0, 0, -1}, s[16];
    finite_t f;
    finite_steady_info_t info = {0};
    long steps = 0;
    clock_t t0;
    int st, k = m->cluster_sites;

    (void) arb;
    if (m->nbody == NULL)
    {
        fprintf(stderr, "%s: not built from an N-body model: `finite` solves the N-site model "
                "of a file with `pairs` or N (docs/cumulants.md), built with `make model "
                "M=FILE ORDER=K`\n", prog);
        return CMDLINE_BAD_INPUT;
    }
    if (a->init.given && isnan(a->t))
    {
        fprintf(stderr, "%s: --init is the initial state of --t\n", prog);
        return CMDLINE_BAD_INPUT;
    }
    if (a->init.given)
        memcpy(b, a->init.v, sizeof(double) * (a->init.n < 6 ? a->init.n : 6));
    if ((a->init.given && a->init.n != 3 * k) || finite_product_bloch(s, k, b))
    {
        fprintf(stderr, k == 1 ? "%s: --init: a Bloch vector SX,SY,SZ of length <= 1\n"
                : "%s: --init: two spins per site: the two spins' Bloch vectors "
                "SX1,SY1,SZ1,SX2,SY2,SZ2, each of length <= 1\n", prog);
        return CMDLINE_BAD_INPUT;
    }
    p = blochgen_malloc(sizeof(double) * m->nparams);
    if ((st = params(p, a, prog, m)) != 0)
    {
        free(p);
        return st;
    }
    finite_tune_process();
    t0 = clock();
    if (finite_init(f, k, (int) p[m->nparams - 1]) != 0)
    {
        fprintf(stderr, "%s: N = %g: the symmetric space is too large\n", prog,
                p[m->nparams - 1]);
        free(p);
        return CMDLINE_BAD_INPUT;
    }
    if (finite_set_model(f, &imag, m, p) != 0)
    {
        fprintf(stderr, "%s: the generator is not real (%.3g) at these parameters: a "
                "non-Hermitian Hamiltonian term?\n", prog, imag);
        finite_clear(f), free(p);
        return CMDLINE_BAD_INPUT;
    }
    x = blochgen_malloc(sizeof(double) * f->dim);
    st = solve(x, &info, &steps, a, s, prog, f);
    secs = (double) (clock() - t0) / CLOCKS_PER_SEC;
    if (st == 0)
    {
        csv_print_params(stdout, p, m);
        print_moments(x, f, a->pairs, info.decimals, m);
        print_method(a, &info, steps, b, f);
        printf("# cpu %.3f s\n", secs);
    }
    free(x), finite_clear(f), free(p);
    return st;
}

static const cmdline_opt_t finite_opts[] = {
    {NULL, CMDLINE_GROUP, offsetof(finite_opts_t, set), .group = cli_opt_set},
    {"--N", CMDLINE_INTEGER, offsetof(finite_opts_t, N), .value = "N",
     .help = "the number of sites (or N=... in --set); two spins per site: N <= 8",
     .min = 1, .max = 255},
    {"--pairs", CMDLINE_FLAG, offsetof(finite_opts_t, pairs),
     .help = "also the two-site moments <P_i Q_j>, i != j"},
    {"--method", CMDLINE_CHOICE, offsetof(finite_opts_t, method), .value = "auto|lu|gmres",
     .dflt = "auto",
     .help = "sparse LU (lu), preconditioned GMRES (gmres), or lu up to N = 40 (N = 4 for "
             "two spins per site) and gmres above (auto)"},
    {"--t", CMDLINE_NUMBER, offsetof(finite_opts_t, t), .value = "T",
     .help = "instead of the steady state, the state at time T evolved from the product "
             "state --init (RK4)", CMDLINE_NONNEGATIVE},
    {"--dt", CMDLINE_NUMBER, offsetof(finite_opts_t, dt), .value = "DT", .dflt = "0.01",
     .help = "with --t: the largest RK4 step (also at most 1 / max row sum of the generator); "
             "the run with half the step is printed, their difference is the error estimate",
     CMDLINE_POSITIVE},
    {"--init", CMDLINE_CUSTOM, offsetof(finite_opts_t, init), .value = "SX,SY,SZ",
     .parse = cmdline_parse_list,
     .help = "with --t: the initial product state's Bloch vector (default 0,0,-1); two spins "
             "per site: SX1,SY1,SZ1,SX2,SY2,SZ2 (default both 0,0,-1)"},
    {NULL}
};

const cli_cmd_t cli_cmd_finite = {
    {"finite",
     "the N-body model solved exactly at finite N (no closure)\n"
     "The steady state of the N-site model this moment model was derived from,\n"
     "on the symmetric Liouville space (dimension C(N+3, 3), or C(N+15, 15) for\n"
     "two spins per site), by sparse LU or GMRES; its one-site moments (--pairs:\n"
     "and the two-site ones) named as `info` names the variables, rounded to the\n"
     "error estimate; with --t the state at time T from a product state instead.\n"
     "Two-time correlations at finite N: `blochgen finite`.",
     finite_opts, sizeof(finite_opts_t)},
    finite, 0};
