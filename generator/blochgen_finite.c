/* blochgen finite: an N-body model of k = 1 or 2 spins per site solved
   exactly at finite N on the symmetric Liouville space (runtime/finite,
   its terms from generator/nbody; docs/cumulants.md). */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <math.h>
#ifdef __GLIBC__
#endif
#include "derive.h"
#include "nbody.h"
#include "blochgen_cmd.h"
#include "alloc.h"
#include "cmdline.h"
#include "num.h"

typedef struct
{
    blochgen_opts_t common;
    const char *model;
    const char *set;
    long order;
    double t;
    double dt;
    cmdline_list_t init;
    const char *method;
    const char *A, *B;
    cmdline_grid_t tau, w;
} finite_opts_t;

/* C(N + T - 1, T - 1), the dimension of the symmetric space */
static long sym_dim(int T, int N)
{
    long r = 1;
    int i;
    for (i = 1; i < T; i++)
        r = r * (N + i) / i;
    return r;
}

typedef struct
{
    double *par;
    const model_struct *m;
} set_ctx_t;

static int set_value(int k, const char *v, size_t len, void *ctx)
{
    set_ctx_t *c = ctx;
    int st = cmdline_parse_number(c->par + k, v, len);

    if (st != CMDLINE_NUMBER_OK)
    {
        fprintf(stderr, "blochgen finite: --set: value of %s %s\n", c->m->params[k],
                cmdline_number_error(st));
        return CMDLINE_BAD_INPUT;
    }
    return 0;
}

/* OP:SITE into a single-site operator (d x d, d = 2^k, re and im
   interleaved) and a site in 1 .. N; OP one of plus, minus, x, y, z for
   k = 1, the same with the spin appended (x1, plus2) for k = 2.  0, or
   exit 2 after a message */
static int parse_op(double *m, int *site, const char *name, const char *v, int N, int k)
{
    static const char *ops[] = {"plus", "minus", "x", "y", "z"};
    /* sigma^+ = |0><1| = (x + i y)/2 in the basis sz = diag(1, -1) of the
       model language's sz1, sp1, sm1 */
    static const double mats[5][8] = {
        {0, 0, 1, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 1, 0, 0, 0}, {0, 0, 1, 0, 1, 0, 0, 0},
        {0, 0, 0, -1, 0, 1, 0, 0}, {1, 0, 0, 0, 0, 0, -1, 0}};
    size_t l = strcspn(v, ":"), lo = k == 2 && l > 0 ? l - 1 : l;
    int i, spin = k == 2 && l > 0 ? v[l - 1] - '0' : 1, p, q;
    char *end;
    long s;

    for (i = 0; i < 5; i++)
        if (strlen(ops[i]) == lo && !strncmp(v, ops[i], lo))
            break;
    s = v[l] == ':' ? strtol(v + l + 1, &end, 10) : 0;
    if (i == 5 || spin < 1 || spin > k || v[l] != ':' || *end != '\0' || s < 1 || s > N)
    {
        if (k == 1)
            fprintf(stderr, "blochgen finite: %s: expected OP:SITE with OP one of plus, minus, "
                    "x, y, z and SITE from 1 to N = %d, got '%s'\n", name, N, v);
        else
            fprintf(stderr, "blochgen finite: %s: expected OP:SITE with OP one of plus, minus, "
                    "x, y, z followed by the spin 1 or 2 of the site (x1, plus2) and SITE from 1 "
                    "to N = %d, got '%s'\n", name, N, v);
        return CMDLINE_BAD_INPUT;
    }
    if (k == 1)
        memcpy(m, mats[i], sizeof mats[i]);
    else
        /* op (x) 1 on spin 1 (the high index bit, as the solver's types),
           1 (x) op on spin 2 */
        for (p = 0; p < 4; p++)
            for (q = 0; q < 4; q++)
            {
                int hi = (p >> 1) == (q >> 1), lw = (p & 1) == (q & 1);
                int e = spin == 1 ? 2 * (p >> 1) + (q >> 1) : 2 * (p & 1) + (q & 1);
                int on = spin == 1 ? lw : hi;
                m[2 * (4 * p + q)] = on ? mats[i][2 * e] : 0;
                m[2 * (4 * p + q) + 1] = on ? mats[i][2 * e + 1] : 0;
            }
    *site = (int) s;
    return 0;
}

/* a^dag == b (d x d, re and im interleaved) */
static int adjoint(const double *a, const double *b, int d)
{
    int i, j;
    for (i = 0; i < d; i++)
        for (j = 0; j < d; j++)
            if (a[2 * (d * j + i)] != b[2 * (d * i + j)] || -a[2 * (d * j + i) + 1] != b[2 * (d * i + j) + 1])
                return 0;
    return 1;
}

/* The rows of a correlation or spectrum: the first `rows` points of grid
   g, then one (re, times scale) or two (re, im) value columns of out,
   rounded to decimals. */
static void print_rows(const cmdline_grid_t *g, long rows, double *out, int cols, double scale,
                       int decimals)
{
    char num[NUM_SHORTEST_MAX];
    double p = pow(10, decimals);
    long r;

    for (r = 0; r < 2 * rows; r++)
    {
        /* rounded here, so that no -0.000 is printed */
        double v = round(scale * out[r] * p) / p;
        out[r] = v == 0 ? 0.0 : v;
    }
    for (r = 0; r < rows; r++)
    {
        printf("%s,%.*f", num_shortest(num, num_grid_value(g->a, g->b, (int) g->k, (int) r)),
               decimals, out[2 * r]);
        if (cols == 2)
            printf(",%.*f", decimals, out[2 * r + 1]);
        printf("\n");
    }
}

/* <A_i(tau) B_j(0)> on the grid by the regression theorem on the marked
   space (site j marked), RK4 with steps h = finite_step(dt) and h/2 (not
   dt and dt/2: where the stability cap takes over, both would be the cap
   and their difference zero): the difference is
   the integration's error estimate; CSV tau,re,im rounded as the steady
   state's moments.  0 or an exit status. */
static int correlation(long *done, const finite_opts_t *o, const finite_t f, const double *x,
                       double err, const double *A, const double *B, int same)
{
    finite_t fm;
    long g, n, steps = 0;
    double *y, est = 2 * err, prev = o->tau.a, h;
    double *out;
    cmdline_progress_t pb;
    int decimals;

    if (finite_marked_init(fm, f))
        return CMDLINE_BAD_INPUT;
    h = finite_step(fm, o->dt);
    y = blochgen_malloc(4 * fm->dim * sizeof(double));
    out = blochgen_malloc(2 * o->tau.k * sizeof(double));
    finite_marked_start(y, y + fm->dim, fm, f, x, B);
    memcpy(y + 2 * fm->dim, y, 2 * fm->dim * sizeof(double));
    /* Ctrl-C keeps the delays done (a "# partial" line) */
    cmdline_interrupt_install();
    cmdline_progress_init(&pb, o->tau.k, 0);
    for (g = 0; g < o->tau.k && !cmdline_interrupted(); g++)
    {
        double t = num_grid_value(o->tau.a, o->tau.b, (int) o->tau.k, (int) g), r1, i1, r2, i2;
        for (n = 0; n < 4; n++)
            steps += finite_evolve(y + n * fm->dim, fm, t - (g ? prev : 0), n < 2 ? h : h / 2);
        prev = t;
        finite_marked_read(&r1, &i1, fm, y, y + fm->dim, A, same);
        finite_marked_read(&r2, &i2, fm, y + 2 * fm->dim, y + 3 * fm->dim, A, same);
        est = fmax(est, fmax(fabs(r1 - r2), fabs(i1 - i2)));
        out[2 * g] = r2, out[2 * g + 1] = i2;
        cmdline_progress_add(&pb, 1);
    }
    cmdline_progress_clear(&pb);
    if ((decimals = finite_decimals(est)) < 1)
    {
        fprintf(stderr, "blochgen finite: the correlation's error estimate is %.2g: not one "
                "decimal established (try a smaller --dt)\n", est);
        free(y), free(out), finite_clear(fm);
        return CMDLINE_NO_CONVERGENCE;
    }
    printf("tau,re,im\n");
    print_rows(&o->tau, g, out, 2, 1, decimals);
    printf("# <A(tau) B(0)> with A = %s, B = %s in the steady state, regression theorem on the "
           "space with B's site marked (dimension %ld), RK4 with steps <= %g and <= %g\n",
           o->A, o->B, fm->dim, h, h / 2);
    printf("# error estimate %.2g (the two step sizes' difference plus twice the steady state's; "
           "rounded to %d decimals)\n", est, decimals);
    *done = g;
    free(y), free(out), finite_clear(fm);
    return g < o->tau.k ? cmdline_interrupt_status() : 0;
}

/* The spectrum of <dA_i(tau) dB_j(0)>: F(w) = Tr(A (i w - L)^-1 (B - <B>) rho)
   on the marked space; CSV omega,S with S = 2 Re F (the two-sided
   transform) when B = A^dag on the same site, else omega,re,im of F.
   0 or an exit status. */
static int spectrum(long *done, const finite_opts_t *o, const finite_t f, const double *x,
                    double err, const double *A, const double *B, int same, int two_sided)
{
    double one[32] = {0};
    finite_t fm;
    finite_resolvent_t *r;
    long g, n;
    double *y, *u, bre, bim, est = 0, *out, ymax = 0;
    int decimals, st = 0;
    cmdline_progress_t pb;

    if (finite_marked_init(fm, f))
        return CMDLINE_BAD_INPUT;
    y = blochgen_malloc(4 * fm->dim * sizeof(double));
    u = y + 2 * fm->dim;
    out = blochgen_malloc(2 * o->w.k * sizeof(double));
    for (n = 0; n < (1 << f->k); n++)
        one[2 * n * ((1 << f->k) + 1)] = 1;
    /* X0 = (B - <B>) rho: traceless, so no steady-state part at w = 0 */
    finite_marked_start(y, y + fm->dim, fm, f, x, B);
    finite_marked_start(u, u + fm->dim, fm, f, x, one);
    finite_marked_read(&bre, &bim, fm, u, u + fm->dim, B, 1);
    for (n = 0; n < fm->dim; n++)
    {
        y[n] -= bre * u[n] - bim * u[fm->dim + n];
        y[fm->dim + n] -= bre * u[fm->dim + n] + bim * u[n];
        ymax = fmax(ymax, fmax(fabs(y[n]), fabs(y[fm->dim + n])));
    }
    r = finite_resolvent_init(fm);
    cmdline_interrupt_install();
    cmdline_progress_init(&pb, o->w.k, 0);
    for (g = 0; g < o->w.k && st == 0 && !cmdline_interrupted(); g++)
    {
        double w = num_grid_value(o->w.a, o->w.b, (int) o->w.k, (int) g), e, xmax = 0;
        int rs = finite_resolvent_solve(u, u + fm->dim, &e, r, w, y, y + fm->dim);
        if (rs == FINITE_TOO_LARGE)
        {
            double need, have;
            finite_resolvent_memory(&need, &have, r);
            fprintf(stderr, "blochgen finite: --spectrum: the complex LU of i w - L on the space "
                    "with B's site marked (dimension %ld) could need %.3g GB (UMFPACK's bound), "
                    "this machine has %.3g GB: use --tau (the same correlation in time, by RK4), "
                    "or a smaller N\n", fm->dim, need / 1e9, have / 1e9);
            st = CMDLINE_BAD_INPUT;
            break;
        }
        if (rs)
        {
            fprintf(stderr, "blochgen finite: --spectrum: i w - L is singular at w = %g\n", w);
            st = CMDLINE_NO_CONVERGENCE;
            break;
        }
        for (n = 0; n < 2 * fm->dim; n++)
            xmax = fmax(xmax, fabs(u[n]));
        /* the solve's own estimate, and the steady state's error carried
           through B rho with the amplification x / y this solve shows */
        est = fmax(est, 2 * (e + 2 * err * (ymax > 0 ? xmax / ymax : 1)));
        finite_marked_read(out + 2 * g, out + 2 * g + 1, fm, u, u + fm->dim, A, same);
        cmdline_progress_add(&pb, 1);
    }
    cmdline_progress_clear(&pb);
    finite_resolvent_clear(r);
    decimals = finite_decimals(est);
    if (st == 0 && decimals < 1)
    {
        fprintf(stderr, "blochgen finite: the spectrum's error estimate is %.2g: not one decimal "
                "established\n", est);
        st = CMDLINE_NO_CONVERGENCE;
    }
    if (st == 0)
    {
        printf(two_sided ? "omega,S\n" : "omega,re,im\n");
        print_rows(&o->w, g, out, two_sided ? 1 : 2, two_sided ? 2 : 1, decimals);
        printf("# %s of <dA(tau) dB(0)>, A = %s, B = %s, in the steady state: the resolvent "
               "(i w - L)^-1 on the space with B's site marked (dimension %ld), complex sparse LU "
               "(UMFPACK)\n", two_sided ? "S(w) = 2 Re int_0^inf e^{-i w tau}" :
               "int_0^inf e^{-i w tau}", o->A, o->B, fm->dim);
        printf("# error estimate %.2g (a refinement step's correction plus the steady state's, "
               "amplified; rounded to %d decimals)\n", est, decimals);
        if (g < o->w.k)
            st = cmdline_interrupt_status();
    }
    *done = g;
    free(y), free(out), finite_clear(fm);
    return st;
}

static int finite_run(void *opts)
{
    const finite_opts_t *o = opts;
    model_t nb, mo;
    finite_t f;
    char *seen, msg[256], name[256];
    /* the initial product state's Pauli expectations on the types:
       s[4 a + b] = s1[a] s2[b] (k = 2), s[a] = s1[a] (k = 1) */
    double *par, *x, s[16], b[6] = {0, 0, -1, 0, 0, -1}, err = 0, secs;
    set_ctx_t c;
    slong k, v;
    int st, N, K = (int) o->order, ks;
    long steps = 0, done = 0;
    clock_t t0;
    int has_t = !isnan(o->t), decimals = 17, siteA = 0, siteB = 0;
    double opA[32], opB[32];
    finite_steady_info_t info = {0};

    if ((st = model_load(nb, o->model, o->common.limit)) != 0)
        return st;
    if (!nb->nbody || (nb->sites != 1 && nb->sites != 2))
    {
        fprintf(stderr, "%s: blochgen finite needs an N-body model of one or two spins per site "
                "(docs/cumulants.md)\n", o->model);
        model_clear(nb);
        return CMDLINE_BAD_INPUT;
    }
    ks = (int) nb->sites;
    par = blochgen_calloc(nb->nparams + 1, sizeof(double));
    seen = blochgen_calloc(nb->nparams, 1);
    c.par = par, c.m = nb;
    st = cmdline_parse_assign("blochgen finite: --set", o->set, (const char *const *) nb->params,
                              (int) nb->nparams, seen, set_value, &c);
    for (k = 0; st == 0 && k < nb->nparams; k++)
        if (!seen[k])
        {
            fprintf(stderr, "blochgen finite: --set: %s is not given\n", nb->params[k]);
            st = CMDLINE_BAD_INPUT;
        }
    N = (int) par[nb->nparams - 1];
    if (st == 0 && (par[nb->nparams - 1] != N || N < 1 || N > 255))
    {
        fprintf(stderr, "blochgen finite: --set: N must be an integer from 1 to 255\n");
        st = CMDLINE_BAD_INPUT;
    }
    if (st == 0 && ks == 2 && N > FINITE_K2_MAX_N)
    {
        fprintf(stderr, "blochgen finite: two spins per site at N = %d: the symmetric space "
                "has dimension C(N+15, 15) = %ld (measured: " FINITE_K2_MAX_WHY "): N <= %d\n",
                N, sym_dim(16, N), FINITE_K2_MAX_N);
        st = CMDLINE_BAD_INPUT;
    }
    if (st == 0 && o->init.given && !has_t)
    {
        fprintf(stderr, "blochgen finite: --init is the initial state of --t\n");
        st = CMDLINE_BAD_INPUT;
    }
    if (st == 0 && o->init.given)
        memcpy(b, o->init.v, sizeof(double) * (o->init.n < 6 ? o->init.n : 6));
    if (st == 0 && ((o->init.given && o->init.n != 3 * ks) || finite_product_bloch(s, ks, b)))
    {
        fprintf(stderr, ks == 1 ? "blochgen finite: --init: a Bloch vector sx,sy,sz of "
                "length <= 1\n" : "blochgen finite: --init: two spins per site: two Bloch "
                "vectors sx1,sy1,sz1,sx2,sy2,sz2 (a product state of the site's spins), "
                "each of length <= 1\n");
        st = CMDLINE_BAD_INPUT;
    }
    if (st == 0 && (!o->A != !o->B || !o->A != !(o->tau.given || o->w.given) ||
                    (o->tau.given && o->w.given) || (o->A && has_t)))
    {
        fprintf(stderr, "blochgen finite: --A, --B and one of --tau, --spectrum go together "
                "(a two-time correlation in the steady state), and not with --t\n");
        st = CMDLINE_BAD_INPUT;
    }
    if (st == 0 && o->A)
        st = parse_op(opA, &siteA, "--A", o->A, N, ks);
    if (st == 0 && o->A)
        st = parse_op(opB, &siteB, "--B", o->B, N, ks);
    if (st == 0 && o->tau.given && o->tau.a < 0)
    {
        fprintf(stderr, "blochgen finite: --tau: the delays must be >= 0\n");
        st = CMDLINE_BAD_INPUT;
    }
    if (st == 0 && o->A && N < 2)
    {
        fprintf(stderr, "blochgen finite: --A, --B need N >= 2\n");
        st = CMDLINE_BAD_INPUT;
    }
    if (st == 0 && K > N)
        K = N;
    free(seen);
    if (st != 0)
    {
        free(par), model_clear(nb);
        return st;
    }
    par[nb->nparams] = 1.0 / N;
    if (derive_moment_model(mo, nb, K, msg, sizeof msg))
    {
        fprintf(stderr, "%s: %s\n", o->model, msg);
        free(par), model_clear(nb);
        return CMDLINE_BAD_INPUT;
    }
    finite_tune_process();
    t0 = clock();
    if (finite_init(f, ks, N))
        snprintf(msg, sizeof msg, "the symmetric space at N = %d is too large", N);
    if (f->dim == 0 || nbody_finite_set(f, nb, par, msg, sizeof msg))
    {
        fprintf(stderr, "%s: blochgen finite: %s\n", o->model, msg);
        finite_clear(f), model_clear(mo), free(par), model_clear(nb);
        return CMDLINE_BAD_INPUT;
    }
    x = blochgen_malloc(f->dim * sizeof(double));
    if (has_t)
    {
        finite_product_state(x, f, s);
        steps = finite_evolve_est(x, &info.err, f, o->t, o->dt);
    }
    else if ((st = finite_steady_auto(x, &info, f, o->method)) != 0)
    {
        if (st == -3)
            fprintf(stderr, "%s: blochgen finite: GMRES did not converge in %d products "
                    "(relative residual %.2g, %g asked): a very slow mode, as next to a "
                    "first-order transition (docs/cumulants.md); nothing printed\n",
                    o->model, info.it.iters, info.it.resid, FINITE_GMRES_TOL);
        else
            fprintf(stderr, "%s: blochgen finite: %s\n", o->model,
                    finite_steady_strerror(st, &info));
        free(x), finite_clear(f), model_clear(mo), free(par), model_clear(nb);
        return st == FINITE_TOO_LARGE ? CMDLINE_BAD_INPUT : CMDLINE_NO_CONVERGENCE;
    }
    secs = (double) (clock() - t0) / CLOCKS_PER_SEC;
    err = info.err;
    /* print the decimals the error estimate leaves, with a factor 20 to
       spare: it is no bound (measured against the certified dtfim-exact
       values: up to 9 times the estimate, LU at N = 40) */
    if ((decimals = has_t ? finite_decimals(err) : info.decimals) < 1)
    {
        fprintf(stderr, has_t ? "%s: blochgen finite: the error estimate of the evolved state "
                "is %.2g: not one decimal established (try a smaller --dt); nothing printed\n"
                : "%s: blochgen finite: the error estimate of the steady state is %.2g: not one "
                "decimal established (a very slow mode, docs/cumulants.md); nothing printed\n",
                o->model, err);
        free(x), finite_clear(f), model_clear(mo), free(par), model_clear(nb);
        return CMDLINE_NO_CONVERGENCE;
    }
    if (o->A && (st = o->tau.given ? correlation(&done, o, f, x, err, opA, opB, siteA == siteB)
                            : spectrum(&done, o, f, x, err, opA, opB, siteA == siteB,
                                       siteA == siteB && adjoint(opA, opB, 1 << ks))) != 0 &&
        !(cmdline_interrupted() && st == cmdline_interrupt_status()))
    {
        free(x), finite_clear(f), model_clear(mo), free(par), model_clear(nb);
        return st;
    }
    /* an interrupted grid printed its rows: the run's parameters follow */
    if (!o->A)
        printf("moment,value\n");
    for (v = 0; v < mo->nobs && !o->A; v++)
    {
        model_obs_name(name, sizeof name, mo, v);
        printf("%s,%.*f\n", name, decimals, nbody_moment(x, f, mo->obs[v], K));
    }
    printf("# model %s (%s)\n# ", nb->name, o->model);
    for (k = 0; k < nb->nparams; k++)
        printf("%s%s=%s", k ? "," : "", nb->params[k], num_shortest(name, par[k]));
    printf("\n# method symmetric Liouville space (symmetric Pauli moments), dimension %ld, "
           "%ld nonzeros\n", f->dim, (long) f->rowptr[f->dim]);
    if (has_t && ks == 1)
        printf("# evolve t=%s from the product state %g,%g,%g, RK4, %ld steps\n",
               num_shortest(name, o->t), b[0], b[1], b[2], steps);
    else if (has_t)
        printf("# evolve t=%s from the product state %g,%g,%g (spin 1), %g,%g,%g (spin 2), "
               "RK4, %ld steps\n", num_shortest(name, o->t), b[0], b[1], b[2], b[3], b[4],
               b[5], steps);
    else
    {
        finite_steady_method(name, sizeof name, &info);
        printf("# steady state by %s\n", name);
    }
    if (has_t)
        printf("# error estimate %.2g (the largest difference to the run with twice the step; "
               "values rounded to %d decimals, a unit of the last >= 20 x the estimate)\n",
               err, decimals);
    else
        printf("# error estimate %.2g (the largest correction of one refinement step; values "
               "rounded to %d decimals, a unit of the last >= 20 x the estimate)\n", err, decimals);
    printf("# cpu %.3f s\n", secs);
    if (st != 0)
        printf("# partial: stopped by signal %d after %ld of %ld points\n", cmdline_interrupted(),
               done, o->tau.given ? o->tau.k : o->w.k);
    free(x), finite_clear(f), model_clear(mo), free(par), model_clear(nb);
    return st;
}

static const cmdline_opt_t finite_opts[] = {
    {"MODEL", CMDLINE_POSITIONAL, offsetof(finite_opts_t, model), .flags = CMDLINE_REQUIRED,
     .help = "an N-body model of one or two spins per site (docs/cumulants.md)"},
    {"--set", CMDLINE_STRING, offsetof(finite_opts_t, set), .flags = CMDLINE_REQUIRED,
     .value = "NAME=VALUE,...",
     .help = "every parameter and N (an integer, 1 to 255; 1 to 8 for two spins per site)"},
    {"--order", CMDLINE_INTEGER, offsetof(finite_opts_t, order), .value = "K",
     .help = "print the moments of up to K sites, named as the order-K solver's variables "
     "(two spins per site: sSPIN_SITE, e.g. sz1_2 is spin 1 of site 2)",
     .dflt = "2", .min = 1, .max = 3},
    {"--t", CMDLINE_NUMBER, offsetof(finite_opts_t, t), .value = "T",
     .help = "evolve to time T from the product state --init instead of the steady state",
     .min = 0, .max = 1e9},
    {"--dt", CMDLINE_NUMBER, offsetof(finite_opts_t, dt), .value = "DT",
     .help = "the largest RK4 step (also at most 1/max row sum)", .dflt = "0.01",
     .min = 1e-9, .max = 1},
    {"--init", CMDLINE_CUSTOM, offsetof(finite_opts_t, init), .value = "SX,SY,SZ",
     .parse = cmdline_parse_list,
     .help = "the initial product state's Bloch vector (default 0,0,-1); two spins per site: "
     "SX1,SY1,SZ1,SX2,SY2,SZ2, the two spins' Bloch vectors (default both 0,0,-1)"},
    {"--method", CMDLINE_CHOICE, offsetof(finite_opts_t, method), .value = "auto|lu|gmres",
     .dflt = "auto",
     .help = "steady state by sparse LU (lu), by preconditioned GMRES (gmres), or lu up to "
             "N = 40 (N = 4 for two spins per site) and gmres above (auto)"},
    {"--A", CMDLINE_STRING, offsetof(finite_opts_t, A), .value = "OP:SITE",
     .help = "with --B and --tau (or --spectrum): the two-time correlation <A(tau) B(0)> in the steady state "
     "(regression theorem; CSV tau,re,im); OP one of plus, minus, x, y, z (sigma^+, ...); "
     "two spins per site: the spin appended, x1, plus2, ..."},
    {"--B", CMDLINE_STRING, offsetof(finite_opts_t, B), .value = "OP:SITE",
     .help = "B of <A(tau) B(0)>, the same form (only whether the sites are equal matters)"},
    {"--tau", CMDLINE_CUSTOM, offsetof(finite_opts_t, tau), .value = "T0:T1:COUNT",
     .help = "the delays tau (0 <= T0 <= T1), COUNT points", .parse = cmdline_parse_grid},
    {"--spectrum", CMDLINE_CUSTOM, offsetof(finite_opts_t, w), .value = "W0:W1:COUNT",
     .help = "instead of --tau, frequencies: int e^{-i w tau} <dA(tau) dB(0)> dtau by the "
     "resolvent; CSV omega,S (two-sided, S = 2 Re, when B = A^dag on A's site) or omega,re,im",
     .parse = cmdline_parse_grid},
    {NULL, CMDLINE_GROUP, offsetof(finite_opts_t, common), .group = blochgen_common_opts},
    {NULL}
};

const blochgen_cmd_t blochgen_finite_cmd = {
    {"finite",
     "an N-body model solved exactly at finite N\n"
     "The steady state (or, with --t, the state at time T) of N identical sites of\n"
     "one or two spins, on the symmetric Liouville space of dimension C(N+3, 3)\n"
     "(one spin) or C(N+15, 15) (two spins: N <= 8), and its moments of up\n"
     "to K sites as the order-K cumulant solver names them.",
     finite_opts, sizeof(finite_opts_t)},
    finite_run
};
